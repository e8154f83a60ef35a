//! Measuring and cutting text by terminal cells: a Chinese character is two cells,
//! an emoji sequence is one grapheme. Wrapping is in `wrap`.

mod wrap;

use ratatui::style::Style;
use ratatui::text::Line;

use unicode_width::UnicodeWidthStr;

pub use wrap::{cursor_cell, wrap, wrap_cut, wrap_list, wrap_rows, wrapped};

use super::graphemes::{graphemes, width_alone};

pub fn width(text: &str) -> usize {
    text.width()
}

/// The width of the widest of `texts` (0 for none): a column as wide as its
/// longest entry.
pub fn widest<T: AsRef<str>>(texts: impl IntoIterator<Item = T>) -> usize {
    texts
        .into_iter()
        .map(|text| width(text.as_ref()))
        .max()
        .unwrap_or(0)
}

/// The width of the widest of `texts`, counted no further than past `cap`: for
/// columns of names people typed, one of which may be pasted pages long.
pub fn widest_capped<T: AsRef<str>>(texts: impl IntoIterator<Item = T>, cap: usize) -> usize {
    texts
        .into_iter()
        .map(|text| width_capped(text.as_ref(), cap).min(cap))
        .max()
        .unwrap_or(0)
}

/// The width of `text`, counted no further than past `cap`: enough to size a column
/// that is never wider than `cap`, without measuring a long text to its end.
pub fn width_capped(text: &str, cap: usize) -> usize {
    let mut used = 0;
    for grapheme in graphemes(text) {
        used += match grapheme.single {
            Some(c) => width_alone(c),
            None => grapheme.text.width(),
        };
        if used > cap {
            break;
        }
    }
    used
}

/// Cuts `text` to at most `max` cells, ending with `ellipsis` when it was cut.
/// Line breaks and tabs show as spaces. Only as much of the text as could be shown
/// is looked at, so a text of megabytes costs no more than a short one.
pub fn fit(text: &str, max: usize, ellipsis: &str) -> String {
    let mut fitting = Fitting {
        out: String::with_capacity(text.len().min(max.saturating_mul(4)) + ellipsis.len()),
        used: 0,
        within_room: 0,
        max,
        room: max.saturating_sub(ellipsis.width()),
    };
    for grapheme in graphemes(text) {
        let fits = match grapheme.single {
            Some('\n' | '\t') => fitting.take(" ", 1),
            Some(c) => fitting.take(grapheme.text, width_alone(c)),
            // `\r\n` is one grapheme but two spaces, as [`one_line`] makes it.
            None if grapheme.text.contains(['\n', '\r', '\t']) => {
                grapheme.text.chars().all(|_| fitting.take(" ", 1))
            }
            None => fitting.take(grapheme.text, grapheme.text.width()),
        };
        if !fits {
            let mut out = fitting.out;
            out.truncate(fitting.within_room);
            if max >= ellipsis.width() {
                out.push_str(ellipsis);
            }
            return out;
        }
    }
    fitting.out
}

/// Text being cut to `max` cells.
struct Fitting {
    out: String,
    used: usize,
    /// How much of `out` stays when the ellipsis has to be added.
    within_room: usize,
    max: usize,
    /// The cells left for text when the ellipsis is added.
    room: usize,
}

impl Fitting {
    /// Adds `piece` if it fits; false when it does not.
    fn take(&mut self, piece: &str, cells: usize) -> bool {
        if self.used + cells > self.max {
            return false;
        }
        self.used += cells;
        self.out.push_str(piece);
        if self.used <= self.room {
            self.within_room = self.out.len();
        }
        true
    }
}

/// Cuts `text` to at most `max` cells from the front, starting with `ellipsis` when
/// it was cut: for file names, whose ends tell them apart.
pub fn fit_tail(text: &str, max: usize, ellipsis: &str) -> String {
    if text.width() <= max {
        return text.to_string();
    }
    let room = max.saturating_sub(ellipsis.width());
    let mut used = 0;
    let mut start = text.len();
    for (at, c) in text.char_indices().rev() {
        used += width_alone(c);
        if used > room {
            break;
        }
        start = at;
    }
    let ellipsis = if max >= ellipsis.width() {
        ellipsis
    } else {
        ""
    };
    format!("{ellipsis}{}", &text[start..])
}

/// Pads `text` with spaces to `cells` wide (after fitting it).
pub fn pad(text: &str, cells: usize, ellipsis: &str) -> String {
    let mut out = fit(text, cells, ellipsis);
    let missing = cells.saturating_sub(out.width());
    out.extend(std::iter::repeat_n(' ', missing));
    out
}

/// A heading whose parts are joined by " · ": wrapped, each part kept on one line
/// where it fits on one, when that takes no more than `rows` lines; otherwise one
/// line, cut with `ellipsis`.
pub fn heading(
    text: &str,
    width: usize,
    rows: usize,
    style: Style,
    ellipsis: &str,
) -> Vec<Line<'static>> {
    let parts: Vec<String> = text.split(" · ").map(str::to_string).collect();
    let wrapped = wrap_list(&parts, " · ", width, 0);
    if wrapped.len() <= rows.max(1) {
        wrapped
            .into_iter()
            .map(|line| Line::styled(line, style))
            .collect()
    } else {
        vec![Line::styled(fit(text, width, ellipsis), style)]
    }
}

/// `[label]`, padded with spaces to as wide as the widest of `labels` in brackets,
/// so that what follows starts in the same column on every row.
pub fn tag<'a>(label: &str, labels: impl IntoIterator<Item = &'a str>) -> String {
    let widest = labels.into_iter().map(width).max().unwrap_or(0);
    let mut out = format!("[{label}]");
    let missing = (widest + 2).saturating_sub(out.width());
    out.extend(std::iter::repeat_n(' ', missing));
    out
}

/// Multi-line text shown on one line.
pub fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_wraps_by_parts_only_into_the_rows_it_has() {
        let text = "Frictions · y present · n absent · u unsure";
        let lines = |rows| -> Vec<String> {
            heading(text, 20, rows, Style::new(), "…")
                .iter()
                .map(|line| line.to_string())
                .collect()
        };
        assert_eq!(
            lines(3),
            ["Frictions ·", "y present · n absent", "u unsure"]
        );
        assert_eq!(lines(2), ["Frictions · y prese…"]);
        assert_eq!(lines(0), ["Frictions · y prese…"]);
    }

    #[test]
    fn tags_of_one_kind_are_as_wide_as_each_other() {
        let labels = ["open", "doing", "进行中"];
        let tags: Vec<String> = labels.iter().map(|l| tag(l, labels)).collect();
        assert_eq!(tags, ["[open]  ", "[doing] ", "[进行中]"]);
        assert_eq!(tag("x", []), "[x]");
    }

    #[test]
    fn a_long_text_is_fitted_like_a_short_one() {
        assert_eq!(fit("a\tb\nc", 10, "…"), "a b c");
        assert_eq!(fit("a\r\nb", 3, "…"), "a …");
        assert_eq!(fit(&"中".repeat(1_000_000), 5, "…"), "中中…");
        assert_eq!(fit("abc", 0, "…"), "");
    }

    #[test]
    fn fitting_counts_cells_not_bytes() {
        assert_eq!(fit("全脑型战略规划", 7, "…"), "全脑型…");
        assert_eq!(pad("ab", 4, "…"), "ab  ");
        assert_eq!(width(&pad("中文字", 5, "..")), 5);
    }
}
