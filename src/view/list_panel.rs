//! A list panel (the wrap-up step's lists, five unified's agreements and
//! initiatives, the strategy statements): its heading, then its items, wrapped
//! under themselves while they all fit so, else a row each with the selected one
//! kept in view, and under them what its row could not show of the selected one;
//! only the rows in view are made.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use std::borrow::Cow;

use super::text::{fit, width_capped, wrap_cut, wrap_rows};
use super::theme::Theme;

/// A heading line, then rows; keeps the selected row (marked by `selected_at`) in view.
pub(super) struct Rows {
    pub(super) lines: Vec<Line<'static>>,
    pub(super) selected_at: Option<usize>,
}

pub(super) fn scrolled(rows: Rows, height: u16) -> Vec<Line<'static>> {
    let room = usize::from(height).max(2);
    let first = rows
        .selected_at
        .map_or(0, |at| (at + 1).saturating_sub(room));
    if first == 0 {
        return rows.lines;
    }
    let mut lines = vec![rows.lines[0].clone()];
    lines.extend(rows.lines.into_iter().skip(first + 1));
    lines
}

pub(super) fn list_heading(text: String, cells: usize, theme: Theme) -> Line<'static> {
    Line::styled(fit(&text, cells, theme.ellipsis()), theme.heading())
}

/// One row of a list: `cursor` highlights it, and marks it (`bullet` for a row
/// without the cursor) unless it goes on from the row above (`more`).
fn row(
    cursor: bool,
    spans: Vec<Span<'static>>,
    (theme, bullet): (Theme, &'static str),
    more: bool,
) -> Line<'static> {
    let mark = match (cursor, more) {
        (_, true) => " ",
        (true, false) => theme.current_mark(),
        (false, false) => bullet,
    };
    let mut out = vec![Span::raw(format!("{mark} "))];
    out.extend(spans.into_iter().map(|span| {
        if cursor {
            span.patch_style(theme.selected(true))
        } else {
            span
        }
    }));
    Line::from(out)
}

/// What a list panel shows above and instead of its rows.
pub(super) struct ListText {
    pub(super) heading: String,
    pub(super) empty: String,
    /// What starts each item's first row where the cursor is not (one cell).
    pub(super) bullet: &'static str,
}

/// The items of a list panel, each asked for only when it is shown.
pub(super) struct Items<'a> {
    pub(super) count: usize,
    pub(super) selected: usize,
    /// An item's rows: wrapped under itself into no more than `Some(most)` rows (an
    /// item that needs them all cannot fit anyway), or its one row (`None`).
    pub(super) rows: &'a dyn Fn(usize, Option<usize>) -> Vec<Vec<Span<'static>>>,
    /// One row of an item made a line, marked as the item's first row or as one
    /// going on from the row above (`true`).
    pub(super) line: &'a dyn Fn(usize, bool, Vec<Span<'static>>) -> Line<'static>,
    /// The selected item's text, where its one row had to cut it.
    pub(super) cut: &'a dyn Fn(usize) -> Option<String>,
    /// What the selected item's row does not say (who said it, say): it keeps a
    /// row under the list whenever the panel has three.
    pub(super) about: Option<(String, Style)>,
}

/// A list panel: its heading, then the items. Where every item fits wrapped under
/// itself, with `about` whole below, each reads whole; where only the selected
/// one does, and there is an `about`, it alone wraps. Otherwise each takes one
/// row, of which only those in view are built, so a long list costs only the rows
/// the panel has. Under the list, in the rows it leaves free (and, when it has to
/// scroll, in a third of the panel kept for them if there is an `about`), come the
/// text that the selected row had to cut, in full, then `about`, wrapped while the
/// rows allow.
pub(super) fn list(text: ListText, items: &Items, area: Rect, theme: Theme) -> Rows {
    let cells = usize::from(area.width);
    let height = usize::from(area.height);
    let (count, selected) = (items.count, items.selected);
    let mut lines = vec![list_heading(text.heading, cells, theme)];
    if count == 0 {
        let rows = height.saturating_sub(1).max(1);
        lines.extend(
            wrap_cut(&text.empty, cells, rows, theme.ellipsis())
                .into_iter()
                .map(|line| Line::styled(line, theme.dim())),
        );
        return Rows {
            lines,
            selected_at: None,
        };
    }
    let about_row = usize::from(items.about.is_some() && height >= 3);
    // Items wrap only where `about` still reads whole under them.
    let about_rows = match &items.about {
        Some((text, style)) if about_row > 0 => {
            super::text::heading(text, cells, height, *style, theme.ellipsis()).len()
        }
        _ => 0,
    };
    if count < height {
        // Wrapped, items are made only until they no longer fit.
        let mut wrapped: Vec<Vec<Vec<Span<'static>>>> = Vec::with_capacity(count);
        let mut total = 0;
        for index in 0..count {
            let rows = (items.rows)(index, Some(height));
            total += rows.len();
            if 1 + total + about_rows > height {
                break;
            }
            wrapped.push(rows);
        }
        let all = wrapped.len() == count && total > count;
        // Short of that, a list with an `about` wraps the selected item in its
        // place, which takes fewer rows than its text again below.
        let in_place = match wrapped.get(selected) {
            Some(rows) => rows.len(),
            None if items.about.is_some() => (items.rows)(selected, Some(height)).len(),
            None => 0,
        };
        let one = !all
            && items.about.is_some()
            && in_place > 1
            && count + in_place + about_rows <= height;
        if all || one {
            let mut selected_at = None;
            for index in 0..count {
                let rows = match wrapped.get_mut(index) {
                    Some(rows) if all || index == selected => std::mem::take(rows),
                    _ if index == selected => (items.rows)(index, Some(height)),
                    _ => {
                        let mut rows = (items.rows)(index, None);
                        rows.truncate(1);
                        rows
                    }
                };
                if index == selected {
                    selected_at = Some(lines.len());
                }
                for (at, spans) in rows.into_iter().enumerate() {
                    lines.push((items.line)(index, at > 0, spans));
                }
            }
            let free = height.saturating_sub(lines.len());
            lines.extend(below(None, items.about.as_ref(), (cells, free), theme));
            return Rows { lines, selected_at };
        }
    }
    // The rows under the list: those it leaves free, or, when it has to scroll and
    // there is an `about`, a third of the panel; the list takes what they leave.
    let free = if 1 + count + about_row <= height {
        height - 1 - count
    } else if items.about.is_some() {
        about_row.max(height.saturating_sub(1) / 3)
    } else {
        0
    };
    let cut = (selected < count && free >= 2)
        .then(|| (items.cut)(selected))
        .flatten();
    let under = below(cut, items.about.as_ref(), (cells, free), theme);
    let in_view = rows_in_view(selected, count, area.height - under.len() as u16);
    let first = in_view.start;
    lines.extend(in_view.map(|index| {
        let spans = (items.rows)(index, None)
            .into_iter()
            .next()
            .unwrap_or_default();
        (items.line)(index, false, spans)
    }));
    lines.extend(under);
    Rows {
        lines,
        selected_at: Some(selected.saturating_sub(first) + 1),
    }
}

/// What goes in the `free` rows under a list: the selected item's `cut` text
/// after a blank row, as much as fits once `about` has its rows (ending with `…`
/// where it goes on), then `about` (wrapped a ` · ` part at a time if it fits,
/// else cut to a row), parted from the list by a blank row where one is left.
pub(super) fn below(
    cut: Option<String>,
    about: Option<&(String, Style)>,
    (cells, free): (usize, usize),
    theme: Theme,
) -> Vec<Line<'static>> {
    let about = match about {
        Some((text, style)) if free > 0 => {
            super::text::heading(text, cells, free, *style, theme.ellipsis())
        }
        _ => Vec::new(),
    };
    let left = free - about.len();
    let mut lines = Vec::with_capacity(free);
    match cut {
        Some(whole) if left >= 2 => {
            let rows = wrap_cut(&whole, cells.saturating_sub(2), left - 1, theme.ellipsis());
            lines.push(Line::raw(""));
            lines.extend(rows.into_iter().map(|row| Line::raw(format!("  {row}"))));
        }
        _ if left > 0 && !about.is_empty() => lines.push(Line::raw("")),
        _ => {}
    }
    lines.extend(about);
    lines
}

/// A list panel whose items are marked as the wrap-up's are: the selected one
/// highlighted and marked while the panel has the keys; its cut text and `about`
/// follow only then.
pub(super) fn list_rows(
    text: ListText,
    (count, selected): (usize, usize),
    area: Rect,
    (theme, has_keys): (Theme, bool),
    (row_of, cut_of): (
        impl Fn(usize, Option<usize>) -> Vec<Vec<Span<'static>>>,
        impl Fn(usize) -> Option<String>,
    ),
    about: Option<(String, Style)>,
) -> Rows {
    let marks = (theme, text.bullet);
    let items = Items {
        count,
        selected,
        rows: &row_of,
        line: &|index, more, spans| row(has_keys && index == selected, spans, marks, more),
        cut: &|index| if has_keys { cut_of(index) } else { None },
        about: about.filter(|_| has_keys),
    };
    list(text, &items, area, theme)
}

/// A list whose rows are each item's text, cut to the panel's width.
pub(super) fn text_rows<'a>(
    text: ListText,
    at: (usize, usize),
    area: Rect,
    keys: (Theme, bool),
    whole: impl Fn(usize) -> Cow<'a, str>,
    style_of: impl Fn(usize) -> Style,
) -> Rows {
    let room = usize::from(area.width).saturating_sub(2);
    let ellipsis = keys.0.ellipsis();
    list_rows(
        text,
        at,
        area,
        keys,
        (
            |index, wrapping| {
                let text = whole(index);
                let style = style_of(index);
                match wrapping {
                    Some(most) => wrap_rows(&text, room, most)
                        .into_iter()
                        .map(|range| vec![Span::styled(text[range].to_string(), style)])
                        .collect(),
                    None => vec![vec![Span::styled(fit(&text, room, ellipsis), style)]],
                }
            },
            |index| cut(&whole(index), room),
        ),
        None,
    )
}

/// `text` when it is wider than the `cells` its row gave it; a long text is
/// measured only as far as that.
pub(super) fn cut(text: &str, cells: usize) -> Option<String> {
    (width_capped(text, cells) > cells).then(|| text.to_string())
}

/// Which of `count` rows under a heading [`scrolled`] would show in `height` lines
/// with row `selected` in view.
fn rows_in_view(selected: usize, count: usize, height: u16) -> std::ops::Range<usize> {
    let room = usize::from(height).max(2);
    let first = (selected + 2).saturating_sub(room).min(count);
    first..count.min(first + room - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A heading, then one line per row in `range`, as a panel builds them.
    fn rows(range: std::ops::Range<usize>, selected: usize) -> Rows {
        let first = range.start;
        let mut lines = vec![Line::raw("heading")];
        lines.extend(range.map(|row| Line::raw(format!("row {row}"))));
        Rows {
            lines,
            selected_at: Some(selected - first + 1),
        }
    }

    #[test]
    fn building_only_the_rows_in_view_shows_what_building_them_all_shows() {
        for count in [0, 1, 5, 23, 300] {
            for height in [1, 2, 3, 10, 22, 60] {
                for selected in 0..count.max(1) {
                    let all = scrolled(rows(0..count, selected), height);
                    let in_view = rows(rows_in_view(selected, count, height), selected);
                    let shown = usize::from(height).max(2);
                    assert_eq!(
                        scrolled(in_view, height)
                            .into_iter()
                            .take(shown)
                            .collect::<Vec<_>>(),
                        all.into_iter().take(shown).collect::<Vec<_>>(),
                        "{count} rows, {height} lines, row {selected} selected"
                    );
                }
            }
        }
    }
}
