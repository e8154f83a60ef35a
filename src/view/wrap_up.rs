//! The wrap-up step: the closing summary, decisions, actions, the parking lot and
//! indicators.

use std::borrow::Cow;

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::list_panel::{ListText, Rows, cut, list_heading, list_rows, scrolled, text_rows};
use super::notes;
use super::split;
use super::step_view::StepView;
use super::tabs;
use super::text::{fit, pad, tag, widest, widest_capped, wrap, wrap_list, wrap_rows};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::Focus;
use crate::session::Session;
use crate::session::summary::{OpenProblem, summarise};
use crate::session::wrap_up::{ActionStatus, IndicatorKind, Link};

const SIDE_BY_SIDE: u16 = 80;

pub fn render(frame: &mut Canvas, area: Rect, view: StepView) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
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
            Focus::Summary => summary(view, area, (has_keys, !wide)),
            Focus::Decisions => decisions(view, area, has_keys),
            Focus::Actions => actions(view, area, has_keys),
            Focus::Parking => parking(view, area, has_keys),
            Focus::Indicators => indicators(view, area, has_keys),
            _ => {
                notes::render(frame, area, view);
                continue;
            }
        };
        frame.render_widget(Lines::new(scrolled(lines, area.height)), area);
    }
}

fn person(doc: &Session, id: Option<u32>) -> String {
    id.and_then(|id| doc.participant(id))
        .map_or(String::new(), |p| p.name.clone())
}

/// The summary; `alone` when no list stands beside it, when it lists the decisions
/// and open actions itself in the rows it leaves free.
fn summary(view: StepView, area: Rect, (has_keys, alone): (bool, bool)) -> Rows {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
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
    let next = view.with_keys(&fill(ui.next_session, &[&next]), ui.next_session_keys);
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

fn decisions(view: StepView, area: Rect, has_keys: bool) -> Rows {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let items = &doc.wrap_up.decisions;
    let text = ListText {
        heading: view.with_keys(
            &fill(ui.decisions_heading, &[&items.len().to_string()]),
            ui.decisions_heading_keys,
        ),
        empty: ui.decisions_empty.to_string(),
        bullet: " ",
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
        Cow::Owned(format!("{}{link}", decision.text))
    };
    text_rows(text, at, area, (theme, has_keys), whole, |_| Style::new())
}

fn actions(view: StepView, area: Rect, has_keys: bool) -> Rows {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let items = &doc.wrap_up.actions;
    let text = ListText {
        heading: view.with_keys(
            &fill(ui.actions_heading, &[&items.len().to_string()]),
            ui.actions_heading_keys,
        ),
        empty: view.with_keys(ui.actions_empty, ui.actions_empty_keys),
        bullet: " ",
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
    let owner_cells = widest_capped(items.iter().map(|item| owner_of(item)), cells / 4);
    let due_of =
        |item: &crate::session::wrap_up::ActionItem| crate::describe::due_short(item, today, lang);
    let due_cells = widest(items.iter().map(|item| due_of(item)));
    let status_cells = widest(items.iter().map(|item| status_of(item)));
    // Where the owner column would leave the text too few cells to read, the owner
    // moves to a line under the list about the selected action.
    let with_owner =
        cells.saturating_sub(2 + status_cells + 4 + owner_cells + due_cells) >= ACTION_TEXT_CELLS;
    let tail_of = |item: &crate::session::wrap_up::ActionItem| {
        let due = pad(&due_of(item), due_cells, theme.ellipsis());
        if with_owner {
            let owner = pad(&owner_of(item), owner_cells, theme.ellipsis());
            format!("  {owner}  {due}")
        } else {
            format!("  {due}")
        }
    };
    let text_cells = |item: &crate::session::wrap_up::ActionItem| {
        let used = super::text::width(&status_of(item)) + super::text::width(&tail_of(item));
        cells.saturating_sub(2 + used)
    };
    let about = match items.get(screen.action) {
        Some(item) if !with_owner => Some((
            action_about(item, &owner_of(item), (today, lang)),
            theme.dim(),
        )),
        _ => None,
    };
    list_rows(
        text,
        at,
        area,
        (theme, has_keys),
        (
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
                let texts: Vec<String> = match wrapping {
                    Some(most) => wrap_rows(&item.text, text_cells, most)
                        .into_iter()
                        .map(|range| item.text[range].to_string())
                        .collect(),
                    None => vec![item.text.clone()],
                };
                let indent = " ".repeat(super::text::width(&status));
                let mut rows = Vec::with_capacity(texts.len());
                for (at, text) in texts.iter().enumerate() {
                    if at == 0 {
                        rows.push(vec![
                            Span::styled(status.clone(), status_style),
                            Span::raw(pad(text, text_cells, theme.ellipsis())),
                            Span::styled(
                                tail_of(item),
                                if late { theme.late() } else { theme.dim() },
                            ),
                        ]);
                    } else {
                        rows.push(vec![Span::raw(indent.clone()), Span::raw(text.clone())]);
                    }
                }
                rows
            },
            |index| cut(&items[index].text, text_cells(&items[index])),
        ),
        about,
    )
}

/// The fewest cells an action's text keeps on its row before its owner gives way.
const ACTION_TEXT_CELLS: usize = 12;

/// "负责人 李娜 · 截止 12-16 周三": the owner and the due date of an action whose row
/// has no room for its owner (the year only when it is not this one).
fn action_about(
    item: &crate::session::wrap_up::ActionItem,
    owner: &str,
    (today, lang): (chrono::NaiveDate, Lang),
) -> String {
    use chrono::Datelike;
    let ui = lang.ui();
    let due = item.due.map_or(ui.no_due.to_string(), |date| {
        let whole = crate::describe::date_with_weekday(date, lang);
        match whole.split_once('-') {
            Some((_, month_on)) if date.year() == today.year() => month_on.to_string(),
            _ => whole,
        }
    });
    fill(ui.action_about, &[owner, &due])
}

fn parking(view: StepView, area: Rect, has_keys: bool) -> Rows {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let items = &doc.wrap_up.parking;
    let open = items.iter().filter(|p| !p.closed).count();
    let text = ListText {
        heading: view.with_keys(
            &fill(
                ui.parking_heading,
                &[&open.to_string(), &items.len().to_string()],
            ),
            ui.parking_heading_keys,
        ),
        empty: view.with_keys(ui.parking_empty, ui.parking_empty_keys),
        bullet: " ",
    };
    let at = (items.len(), screen.parked);
    let cells = usize::from(area.width);
    let head_of = |item: &crate::session::wrap_up::ParkedItem| {
        let from = doc.step_index(&item.raised_in).map_or(String::new(), |i| {
            fill(ui.parked_from, &[doc.steps[i].title.get(lang)])
        });
        let mark = if item.closed { theme.done_mark() } else { "·" };
        format!("{mark} {}{from}", item.text)
    };
    let owner_of = |item: &crate::session::wrap_up::ParkedItem| person(doc, item.owner);
    let due_of = |item: &crate::session::wrap_up::ParkedItem| {
        item.due
            .map_or(String::new(), |date| date.format("%m-%d").to_string())
    };
    // Owners and dates in columns of their own, as the actions have them.
    let owner_cells = widest_capped(items.iter().map(owner_of), cells / 4);
    let due_cells = widest(items.iter().map(due_of));
    let text_cells = cells.saturating_sub(2 + 2 + owner_cells + 2 + due_cells);
    if text_cells < ACTION_TEXT_CELLS {
        let whole = |index: usize| {
            let item = &items[index];
            Cow::Owned(format!(
                "{} {} {}",
                head_of(item),
                owner_of(item),
                due_of(item)
            ))
        };
        return text_rows(text, at, area, (theme, has_keys), whole, |index| {
            parked_style(items, index, theme)
        });
    }
    let tail_of = |item: &crate::session::wrap_up::ParkedItem| {
        let owner = pad(&owner_of(item), owner_cells, theme.ellipsis());
        format!(
            "  {owner}  {}",
            pad(&due_of(item), due_cells, theme.ellipsis())
        )
    };
    list_rows(
        text,
        at,
        area,
        (theme, has_keys),
        (
            |index, wrapping| {
                let item = &items[index];
                let head = head_of(item);
                let style = parked_style(items, index, theme);
                // The text wraps in its own column; owner and date stay on the first row.
                let texts: Vec<String> = match wrapping {
                    Some(most) => wrap_rows(&head, text_cells, most)
                        .into_iter()
                        .map(|range| head[range].to_string())
                        .collect(),
                    None => vec![head.clone()],
                };
                let mut rows = Vec::with_capacity(texts.len());
                for (at, text) in texts.into_iter().enumerate() {
                    if at == 0 {
                        rows.push(vec![
                            Span::styled(pad(&text, text_cells, theme.ellipsis()), style),
                            Span::styled(tail_of(item), theme.dim()),
                        ]);
                    } else {
                        rows.push(vec![Span::styled(format!("  {text}"), style)]);
                    }
                }
                rows
            },
            |index| cut(&head_of(&items[index]), text_cells),
        ),
        None,
    )
}

/// A parked item already dealt with is dimmed.
fn parked_style(
    items: &[crate::session::wrap_up::ParkedItem],
    index: usize,
    theme: Theme,
) -> Style {
    if items[index].closed {
        theme.dim()
    } else {
        Style::new()
    }
}

fn indicators(view: StepView, area: Rect, has_keys: bool) -> Rows {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let items = &doc.wrap_up.indicators;
    let text = ListText {
        heading: view.with_keys(
            &fill(ui.indicators_heading, &[&items.len().to_string()]),
            ui.indicators_heading_keys,
        ),
        empty: ui.indicators_empty.to_string(),
        bullet: " ",
    };
    let at = (items.len(), screen.indicator);
    let labels = IndicatorKind::ALL.map(|kind| kind.label(lang));
    let whole = |index: usize| {
        let item: &crate::session::wrap_up::Indicator = &items[index];
        let owner = person(doc, item.owner);
        let values = crate::describe::indicator_values(item);
        Cow::Owned(format!(
            "{} {}  {values}  {owner}",
            tag(item.kind.label(lang), labels),
            item.name
        ))
    };
    text_rows(text, at, area, (theme, has_keys), whole, |_| Style::new())
}
