//! A list panel (the wrap-up step's lists, five unified's agreements and
//! initiatives): its heading, then its items, wrapped under themselves while they
//! all fit so, else a row each with the selected one kept in view; only the rows in
//! view are made.

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
    pub(super) empty: &'static str,
    /// What starts each item's first row where the cursor is not (one cell).
    pub(super) bullet: &'static str,
}

/// A list panel: its heading, then the items. Where every item fits wrapped under
/// itself (`row_of(index, Some(most))` gives its rows, no more than `most`: an item
/// that needs them all cannot fit anyway), each reads whole. Otherwise each takes
/// one row (`row_of(index, None)`), of which only those in view are built, so a
/// long list costs only the rows the panel has; and where the whole list fits with
/// rows to spare, the text that the selected row had to cut (`cut_of` gives it)
/// follows in full below.
pub(super) fn list_rows(
    text: ListText,
    (count, selected): (usize, usize),
    area: Rect,
    (theme, has_keys): (Theme, bool),
    row_of: impl Fn(usize, Option<usize>) -> Vec<Vec<Span<'static>>>,
    cut_of: impl Fn(usize) -> Option<String>,
) -> Rows {
    let cells = usize::from(area.width);
    let height = usize::from(area.height);
    let mut lines = vec![list_heading(text.heading, cells, theme)];
    if count == 0 {
        let rows = height.saturating_sub(1).max(1);
        lines.extend(
            wrap_cut(text.empty, cells, rows, theme.ellipsis())
                .into_iter()
                .map(|line| Line::styled(line, theme.dim())),
        );
    }
    let marks = (theme, text.bullet);
    if count > 0 && count < height {
        let mut items: Vec<Vec<Vec<Span<'static>>>> = Vec::with_capacity(count);
        let mut total = 0;
        for index in 0..count {
            let rows = row_of(index, Some(height));
            total += rows.len();
            if total >= height {
                break;
            }
            items.push(rows);
        }
        if total > count && total < height {
            let mut selected_at = None;
            for (index, rows) in items.into_iter().enumerate() {
                if index == selected {
                    selected_at = Some(lines.len());
                }
                let cursor = has_keys && index == selected;
                for (at, spans) in rows.into_iter().enumerate() {
                    lines.push(row(cursor, spans, marks, at > 0));
                }
            }
            return Rows { lines, selected_at };
        }
    }
    let in_view = rows_in_view(selected, count, area.height);
    let first = in_view.start;
    lines.extend(in_view.map(|index| {
        let spans = row_of(index, None).into_iter().next().unwrap_or_default();
        row(has_keys && index == selected, spans, marks, false)
    }));
    let spare = usize::from(area.height).saturating_sub(count + 2);
    if has_keys
        && first == 0
        && selected < count
        && spare > 0
        && let Some(whole) = cut_of(selected)
    {
        let rows = wrap_cut(&whole, cells.saturating_sub(2), spare, theme.ellipsis());
        lines.push(Line::raw(""));
        lines.extend(rows.into_iter().map(|row| Line::raw(format!("  {row}"))));
    }
    Rows {
        lines,
        selected_at: Some(selected.saturating_sub(first) + 1),
    }
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
