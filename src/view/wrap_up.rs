//! The wrap-up step: the closing summary, decisions, actions, the parking lot and
//! indicators.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::notes;
use super::split;
use super::tabs;
use super::text::{fit, pad, tag, widest, wrap, wrap_list};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::{Focus, SessionScreen};
use crate::session::Session;
use crate::session::summary::{OpenProblem, summarise};
use crate::session::wrap_up::{ActionStatus, IndicatorKind, Link};

const SIDE_BY_SIDE: u16 = 80;

pub fn render(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let focused =
        (screen.editing.is_none() && screen.focus != Focus::Agenda).then_some(screen.focus);
    let wide = area.width >= SIDE_BY_SIDE;
    let list = match screen.focus {
        Focus::Agenda | Focus::Summary => Focus::Actions,
        other => other,
    };
    let shown: Vec<Focus> = match (wide, screen.focus) {
        (true, _) => vec![list, Focus::Summary],
        (false, Focus::Agenda) => vec![Focus::Summary],
        (false, focus) => vec![focus],
    };
    let body = tabs::above(frame, area, screen, &shown, focused, lang, theme);
    let areas: Vec<Rect> = if wide {
        let [left, _, right] = split::beside(body, 58, 2);
        vec![left, right]
    } else {
        vec![body]
    };
    for (panel, area) in shown.iter().zip(areas) {
        let has_keys = focused == Some(*panel);
        let lines = match panel {
            Focus::Summary => summary(screen, area, lang, theme, (has_keys, !wide)),
            Focus::Decisions => decisions(screen, area, lang, theme, has_keys),
            Focus::Actions => actions(screen, area, lang, theme, has_keys),
            Focus::Parking => parking(screen, area, lang, theme, has_keys),
            Focus::Indicators => indicators(screen, area, lang, theme, has_keys),
            _ => {
                notes::render(frame, area, screen, lang, theme);
                continue;
            }
        };
        frame.render_widget(Lines::new(scrolled(lines, area.height)), area);
    }
}

/// A heading line, then rows; keeps the selected row (marked by `selected_at`) in view.
struct Rows {
    lines: Vec<Line<'static>>,
    selected_at: Option<usize>,
}

fn scrolled(rows: Rows, height: u16) -> Vec<Line<'static>> {
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

fn person(doc: &Session, id: Option<u32>) -> String {
    id.and_then(|id| doc.participant(id))
        .map_or(String::new(), |p| p.name.clone())
}

fn list_heading(text: String, cells: usize, theme: Theme) -> Line<'static> {
    Line::styled(fit(&text, cells, theme.ellipsis()), theme.heading())
}

/// One row of a list: `cursor` highlights it, and marks it unless it goes on from
/// the row above (`more`).
fn row(cursor: bool, spans: Vec<Span<'static>>, theme: Theme, more: bool) -> Line<'static> {
    let mark = if cursor && !more {
        theme.current_mark()
    } else {
        " "
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

/// The summary; `alone` when no list stands beside it, when it lists the decisions
/// and open actions itself in the rows it leaves free.
fn summary(
    screen: &SessionScreen,
    area: Rect,
    lang: Lang,
    theme: Theme,
    (has_keys, alone): (bool, bool),
) -> Rows {
    let (cells, height) = (usize::from(area.width), area.height);
    let ui = lang.ui();
    let doc = &screen.doc;
    let found = summarise(doc, screen.today());
    let mut lines = vec![list_heading(ui.summary_heading.to_string(), cells, theme)];
    let counts: Vec<String> = doc
        .steps
        .iter()
        .zip(&found.per_step)
        .map(|(step, count)| format!("{} {count}", step.title.get(lang)))
        .collect();
    // The heading, two blank lines, the open-or-clear line and the next session.
    let others = 5 + found.open.len();
    let room = usize::from(height).saturating_sub(others);
    let counts = wrap_list(&counts, theme.separator(), cells, room);
    lines.extend(counts.into_iter().map(Line::raw));
    lines.push(Line::raw(""));
    if found.open.is_empty() {
        lines.push(Line::styled(ui.summary_all_clear, theme.good()));
    } else {
        lines.push(Line::styled(ui.summary_open, theme.strong()));
    }
    let next = doc
        .wrap_up
        .next_session
        .map_or(ui.not_set.to_string(), |date| {
            crate::describe::date_with_weekday(date, lang)
        });
    let next = fill(ui.next_session, &[&next]);
    let problems: Vec<(&str, Style, String)> = found
        .open
        .iter()
        .map(|problem| problem_text(*problem, lang, theme))
        .collect();
    // Each problem wraps under its text, and the next session's line under itself,
    // while the panel has the rows for all of them; otherwise each keeps a row.
    let text_cells = cells.saturating_sub(2);
    let wrapped_rows = problems
        .iter()
        .map(|(.., text)| wrap(text, text_cells).len())
        .sum::<usize>()
        + wrap(&next, cells).len();
    let wrapping = lines.len() + 1 + wrapped_rows <= usize::from(height);
    for (mark, style, text) in problems {
        if wrapping {
            for (index, range) in wrap(&text, text_cells).into_iter().enumerate() {
                let lead = if index == 0 { mark } else { " " };
                lines.push(Line::styled(format!("{lead} {}", &text[range]), style));
            }
        } else {
            lines.push(Line::styled(
                fit(&format!("{mark} {text}"), cells, theme.ellipsis()),
                style,
            ));
        }
    }
    lines.push(Line::raw(""));
    let style = if has_keys {
        theme.selected(true)
    } else {
        theme.strong()
    };
    if wrapping {
        for range in wrap(&next, cells) {
            lines.push(Line::styled(next[range].to_string(), style));
        }
    } else {
        lines.push(Line::styled(fit(&next, cells, theme.ellipsis()), style));
    }
    if alone {
        let free = usize::from(height).saturating_sub(lines.len());
        let label = super::outcomes::label_cells(lang);
        lines.extend(super::outcomes::render(
            screen,
            (free, ui.summary_more),
            (label, cells.saturating_sub(label)),
            lang,
            theme,
        ));
    }
    Rows {
        lines,
        selected_at: None,
    }
}

fn problem_text(problem: OpenProblem, lang: Lang, theme: Theme) -> (&'static str, Style, String) {
    let (error, text) = crate::describe::open_problem(problem, lang);
    if error {
        (theme.error_mark(), theme.error(), text)
    } else {
        (theme.warning_mark(), theme.warning(), text)
    }
}

/// What a list panel shows above and instead of its rows.
struct ListText {
    heading: String,
    empty: &'static str,
}

/// A list panel: its heading, then the items. Where every item fits wrapped under
/// itself (`row_of(index, true)` gives its rows), each reads whole. Otherwise each
/// takes one row (`row_of(index, false)`), of which only those in view are built,
/// so a long list costs only the rows the panel has; and where the whole list fits
/// with rows to spare, the text that the selected row had to cut (`cut_of` gives
/// it) follows in full below.
fn list_rows(
    text: ListText,
    (count, selected): (usize, usize),
    area: Rect,
    (theme, has_keys): (Theme, bool),
    row_of: impl Fn(usize, bool) -> Vec<Vec<Span<'static>>>,
    cut_of: impl Fn(usize) -> Option<String>,
) -> Rows {
    let cells = usize::from(area.width);
    let height = usize::from(area.height);
    let mut lines = vec![list_heading(text.heading, cells, theme)];
    if count == 0 {
        lines.push(Line::styled(
            fit(text.empty, cells, theme.ellipsis()),
            theme.dim(),
        ));
    }
    if count > 0 && count < height {
        let items: Vec<Vec<Vec<Span<'static>>>> = (0..count).map(|i| row_of(i, true)).collect();
        let total: usize = items.iter().map(Vec::len).sum();
        if total > count && total < height {
            let mut selected_at = None;
            for (index, rows) in items.into_iter().enumerate() {
                if index == selected {
                    selected_at = Some(lines.len());
                }
                let cursor = has_keys && index == selected;
                for (at, spans) in rows.into_iter().enumerate() {
                    lines.push(row(cursor, spans, theme, at > 0));
                }
            }
            return Rows { lines, selected_at };
        }
    }
    let in_view = rows_in_view(selected, count, area.height);
    let first = in_view.start;
    lines.extend(in_view.map(|index| {
        let spans = row_of(index, false).into_iter().next().unwrap_or_default();
        row(has_keys && index == selected, spans, theme, false)
    }));
    let spare = usize::from(area.height).saturating_sub(count + 2);
    if has_keys
        && first == 0
        && selected < count
        && spare > 0
        && let Some(whole) = cut_of(selected)
    {
        let rows = super::text::wrap_rows(&whole, cells.saturating_sub(2), spare);
        lines.push(Line::raw(""));
        lines.extend(
            rows.into_iter()
                .map(|range| Line::raw(format!("  {}", &whole[range]))),
        );
    }
    Rows {
        lines,
        selected_at: Some(selected.saturating_sub(first) + 1),
    }
}

/// A list whose rows are each item's text, cut to the panel's width.
fn text_rows(
    text: ListText,
    at: (usize, usize),
    area: Rect,
    keys: (Theme, bool),
    whole: impl Fn(usize) -> String,
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
            if wrapping {
                wrap(&text, room)
                    .into_iter()
                    .map(|range| vec![Span::styled(text[range].to_string(), style)])
                    .collect()
            } else {
                vec![vec![Span::styled(fit(&text, room, ellipsis), style)]]
            }
        },
        |index| cut(whole(index), room),
    )
}

/// `text` when it is wider than the `cells` its row gave it.
fn cut(text: String, cells: usize) -> Option<String> {
    (super::text::width(&text) > cells).then_some(text)
}

/// Which of `count` rows under a heading [`scrolled`] would show in `height` lines
/// with row `selected` in view.
fn rows_in_view(selected: usize, count: usize, height: u16) -> std::ops::Range<usize> {
    let room = usize::from(height).max(2);
    let first = (selected + 2).saturating_sub(room).min(count);
    first..count.min(first + room - 1)
}

fn decisions(screen: &SessionScreen, area: Rect, lang: Lang, theme: Theme, has_keys: bool) -> Rows {
    let ui = lang.ui();
    let doc = &screen.doc;
    let items = &doc.wrap_up.decisions;
    let text = ListText {
        heading: fill(ui.decisions_heading, &[&items.len().to_string()]),
        empty: ui.decisions_empty,
    };
    let at = (items.len(), screen.decision);
    let whole = |index: usize| {
        let decision: &crate::session::wrap_up::Decision = &items[index];
        let link = match &decision.link {
            Some(Link::Step(id)) => doc.step_index(id).map_or(String::new(), |i| {
                format!(" → {}", doc.steps[i].title.get(lang))
            }),
            Some(Link::Initiative(id)) => doc
                .initiative(*id)
                .map_or(String::new(), |i| format!(" → {}", i.title)),
            None => String::new(),
        };
        format!("{}{link}", decision.text)
    };
    text_rows(text, at, area, (theme, has_keys), whole, |_| Style::new())
}

fn actions(screen: &SessionScreen, area: Rect, lang: Lang, theme: Theme, has_keys: bool) -> Rows {
    let ui = lang.ui();
    let doc = &screen.doc;
    let items = &doc.wrap_up.actions;
    let text = ListText {
        heading: fill(ui.actions_heading, &[&items.len().to_string()]),
        empty: ui.actions_empty,
    };
    let cells = usize::from(area.width);
    let today = screen.today();
    let at = (items.len(), screen.action);
    let labels = ActionStatus::ALL.map(|status| status.label(lang));
    let status_of = |item: &crate::session::wrap_up::ActionItem| {
        format!("{} ", tag(item.status.label(lang), labels))
    };
    let owner_of = |item: &crate::session::wrap_up::ActionItem| {
        let owner = person(doc, item.owner);
        if owner.is_empty() {
            ui.no_owner.to_string()
        } else {
            owner
        }
    };
    // Owners in a column of their own, so that every action's text ends at one place.
    let owner_cells = widest(items.iter().map(|item| owner_of(item))).min(cells / 4);
    let due_of = |item: &crate::session::wrap_up::ActionItem| {
        crate::describe::due_short(item, today, lang)
    };
    let due_cells = widest(items.iter().map(|item| due_of(item)));
    let tail_of = |item: &crate::session::wrap_up::ActionItem| {
        let owner = pad(&owner_of(item), owner_cells, theme.ellipsis());
        let due = pad(&due_of(item), due_cells, theme.ellipsis());
        format!("  {owner}  {due}")
    };
    let text_cells = |item: &crate::session::wrap_up::ActionItem| {
        let used = super::text::width(&status_of(item)) + super::text::width(&tail_of(item));
        cells.saturating_sub(2 + used)
    };
    list_rows(
        text,
        at,
        area,
        (theme, has_keys),
        |index, wrapping| {
            let item = &items[index];
            let late = item.is_overdue(today);
            let status_style = if item.status.is_finished() {
                theme.dim()
            } else {
                theme.strong()
            };
            let status = status_of(item);
            let text_cells = text_cells(item);
            // The text wraps in its own column; owner and date stay on the first row.
            let texts: Vec<String> = if wrapping {
                wrap(&item.text, text_cells)
                    .into_iter()
                    .map(|range| item.text[range].to_string())
                    .collect()
            } else {
                vec![item.text.clone()]
            };
            let indent = " ".repeat(super::text::width(&status));
            let mut rows = Vec::with_capacity(texts.len());
            for (at, text) in texts.iter().enumerate() {
                if at == 0 {
                    rows.push(vec![
                        Span::styled(status.clone(), status_style),
                        Span::raw(pad(text, text_cells, theme.ellipsis())),
                        Span::styled(tail_of(item), if late { theme.late() } else { theme.dim() }),
                    ]);
                } else {
                    rows.push(vec![Span::raw(indent.clone()), Span::raw(text.clone())]);
                }
            }
            rows
        },
        |index| cut(items[index].text.clone(), text_cells(&items[index])),
    )
}

fn parking(screen: &SessionScreen, area: Rect, lang: Lang, theme: Theme, has_keys: bool) -> Rows {
    let ui = lang.ui();
    let doc = &screen.doc;
    let items = &doc.wrap_up.parking;
    let open = items.iter().filter(|p| !p.closed).count();
    let text = ListText {
        heading: fill(
            ui.parking_heading,
            &[&open.to_string(), &items.len().to_string()],
        ),
        empty: ui.parking_empty,
    };
    let at = (items.len(), screen.parked);
    let whole = |index: usize| {
        let item: &crate::session::wrap_up::ParkedItem = &items[index];
        let from = doc
            .step_index(&item.raised_in)
            .map_or(String::new(), |i| doc.steps[i].title.get(lang).to_string());
        let owner = person(doc, item.owner);
        let due = item
            .due
            .map_or(String::new(), |date| date.format("%m-%d").to_string());
        let mark = if item.closed { theme.done_mark() } else { "·" };
        format!("{mark} {} ({from}) {owner} {due}", item.text)
    };
    let style_of = |index: usize| {
        if items[index].closed {
            theme.dim()
        } else {
            Style::new()
        }
    };
    text_rows(text, at, area, (theme, has_keys), whole, style_of)
}

fn indicators(
    screen: &SessionScreen,
    area: Rect,
    lang: Lang,
    theme: Theme,
    has_keys: bool,
) -> Rows {
    let ui = lang.ui();
    let doc = &screen.doc;
    let items = &doc.wrap_up.indicators;
    let text = ListText {
        heading: fill(ui.indicators_heading, &[&items.len().to_string()]),
        empty: ui.indicators_empty,
    };
    let at = (items.len(), screen.indicator);
    let labels = IndicatorKind::ALL.map(|kind| kind.label(lang));
    let whole = |index: usize| {
        let item: &crate::session::wrap_up::Indicator = &items[index];
        let owner = person(doc, item.owner);
        let values = format!(
            "{} → {}",
            with_unit(&item.baseline, &item.unit),
            with_unit(&item.target, &item.unit)
        );
        format!(
            "{} {}  {values}  {owner}",
            tag(item.kind.label(lang), labels),
            item.name
        )
    };
    text_rows(text, at, area, (theme, has_keys), whole, |_| Style::new())
}

/// A value and its unit as they are read: "72%", "90 秒"; a value typed with its
/// unit already ("72%") keeps it once, and a missing value is a dash.
fn with_unit(value: &str, unit: &str) -> String {
    let (value, unit) = (value.trim(), unit.trim());
    if value.is_empty() {
        "—".to_string()
    } else if unit.is_empty() || value.ends_with(unit) {
        value.to_string()
    } else if unit.starts_with(['%', '‰', '°']) {
        format!("{value}{unit}")
    } else {
        format!("{value} {unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_indicator_value_shows_its_unit_once() {
        assert_eq!(with_unit("72%", "%"), "72%");
        assert_eq!(with_unit("10", "%"), "10%");
        assert_eq!(with_unit("90", "秒"), "90 秒");
        assert_eq!(with_unit("4.5", " points "), "4.5 points");
        assert_eq!(with_unit("3", ""), "3");
        assert_eq!(with_unit(" ", "%"), "—");
    }

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
