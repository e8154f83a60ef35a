//! The five unified step: the five items with their status and owner, the selected
//! item's agreements, the initiatives, and the dot vote.

use std::borrow::Cow;

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::list_panel::{ListText, cut, list_rows, scrolled, text_rows};
use super::split;
use super::step_view::StepView;
use super::tabs;
use super::text::{
    fit, pad, tag, widest, widest_capped, width, wrap, wrap_cut, wrap_rows, wrapped,
};
use super::theme::Theme;
use super::{notes, voting};
use crate::i18n::fill;
use crate::model::Focus;
use crate::session::unified::{AgreementStatus, Initiative, Priority};

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
    let second = match screen.focus {
        Focus::Initiatives | Focus::Voting | Focus::Notes => screen.focus,
        _ => Focus::Agreements,
    };
    let shown: Vec<Focus> = match (wide, screen.focus) {
        (true, _) => vec![Focus::Unified, second],
        (false, Focus::Agenda) => vec![Focus::Unified],
        (false, focus) => vec![focus],
    };
    let body = tabs::above(frame, area, screen, &shown, focused, lang, theme);
    let areas: Vec<Rect> = if wide {
        let [left, _, right] = split::beside(body, 48, 2);
        vec![left, right]
    } else {
        vec![body]
    };
    for (panel, area) in shown.iter().zip(areas) {
        let has_keys = focused == Some(*panel);
        match panel {
            Focus::Unified => items(frame, area, view, has_keys),
            Focus::Agreements => agreements(frame, area, view, has_keys),
            Focus::Initiatives => initiatives(frame, area, view, has_keys),
            Focus::Voting => voting::render(frame, area, view, has_keys),
            _ => notes::render(frame, area, view),
        }
    }
}

fn status_style(status: AgreementStatus, theme: Theme) -> Style {
    match status {
        AgreementStatus::Agreed => theme.good(),
        AgreementStatus::Disputed => theme.error(),
        AgreementStatus::Partly => theme.warning(),
        AgreementStatus::Open => theme.dim(),
    }
}

fn items(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    let agreed = doc
        .unified
        .iter()
        .filter(|i| i.status == AgreementStatus::Agreed)
        .count();
    let disputed = doc
        .unified
        .iter()
        .filter(|i| i.status == AgreementStatus::Disputed)
        .count();
    let mut progress = vec![Span::styled(
        fill(ui.unified_progress, &[&agreed.to_string()]),
        theme.heading(),
    )];
    if disputed > 0 {
        progress.push(Span::raw("  "));
        progress.push(Span::styled(
            fill(ui.unified_disputed, &[&disputed.to_string()]),
            theme.error(),
        ));
    }
    // What the bracketed number in each row counts, where the line has room.
    let legend = format!("   {}", ui.unified_count_legend);
    if progress
        .iter()
        .map(|span| width(&span.content))
        .sum::<usize>()
        + width(&legend)
        <= cells
    {
        progress.push(Span::styled(legend, theme.dim()));
    }
    let mut lines = vec![Line::from(progress)];
    let status_cells = AgreementStatus::ALL
        .iter()
        .map(|s| width(s.label(lang)))
        .max()
        .unwrap_or(4)
        + 2;
    let count_cells = doc
        .unified
        .iter()
        .map(|item| item.agreements.len().to_string().len())
        .max()
        .unwrap_or(1)
        + 2;
    // The widest owner `r` could pick, not the widest picked so far: cycling the
    // owners then never moves the columns.
    let owner_cells = widest_capped(
        doc.setup
            .participants
            .iter()
            .map(|person| person.name.as_str())
            .chain(doc.roles.iter().map(|role| role.name.get(lang))),
        16,
    );
    // The name takes the width of the longest one where the row has room for it
    // and the owners: status, count and owner then stand in columns close to it.
    let needed = widest(doc.unified.iter().map(|item| item.kind.name(lang))) + width("① ");
    let longest = needed + 1;
    let fixed = 2 + 1 + status_cells + 1 + count_cells + 1;
    let room = cells.saturating_sub(fixed);
    let name_cells = if longest + owner_cells <= room {
        longest
    } else {
        // Short of room the name, which says what the row is, keeps two thirds,
        // and a name one wide character over takes it from the owner rather than
        // leave it alone on a row of its own.
        let name = room.saturating_sub(owner_cells).max(room * 2 / 3);
        if needed <= (name + 2).min(room) {
            needed
        } else {
            name
        }
    }
    .max(6);
    let selected_item = &doc.unified[screen.unified_item.min(4)];
    let explanation = wrapped(selected_item.kind.explanation(lang), cells, theme.dim());
    // A name too long for its column goes on in the row under it, across the
    // columns, after its number, while the five and the explanation under them all
    // fit: the room reads each whole.
    let number_cells = width("① ");
    let name_rows: Vec<Vec<&str>> = doc
        .unified
        .iter()
        .map(|item| name_rows(item.kind.name(lang), name_cells - number_cells, cells))
        .collect();
    let notes =
        (!selected_item.notes.is_empty()).then(|| fill(ui.unified_notes, &[&selected_item.notes]));
    let notes_rows = notes.as_deref().map_or(0, |notes| wrap(notes, cells).len());
    let wrapped_rows: usize = name_rows.iter().map(Vec::len).sum();
    let wrapping =
        1 + wrapped_rows + 1 + explanation.len() + notes_rows <= usize::from(area.height);
    for (index, item) in doc.unified.iter().enumerate() {
        let cursor = has_keys && index == screen.unified_item;
        let selected = index == screen.unified_item;
        let marker = if cursor { theme.current_mark() } else { " " };
        let rest: &[&str] = if wrapping {
            &name_rows[index][1..]
        } else {
            &[]
        };
        let first = match rest {
            [] => item.kind.name(lang),
            _ => name_rows[index][0],
        };
        let name = pad(
            &format!("{} {first}", item.kind.circled()),
            name_cells,
            theme.ellipsis(),
        );
        let status = tag(
            item.status.label(lang),
            AgreementStatus::ALL.map(|status| status.label(lang)),
        );
        let count = format!(" {:>count_cells$} ", format!("({})", item.agreements.len()));
        let owner = crate::describe::owner_name(doc, item.owner, lang);
        let name_style = if cursor {
            theme.selected(true)
        } else if selected {
            theme.strong()
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{marker} ")),
            Span::styled(name, name_style),
            Span::raw(" "),
            Span::styled(status, status_style(item.status, theme)),
            Span::raw(count),
            Span::raw(fit(
                &owner,
                cells.saturating_sub(name_cells + fixed),
                theme.ellipsis(),
            )),
        ]));
        for part in rest {
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{:number_cells$}{part}", ""), name_style),
            ]));
        }
    }
    lines.push(Line::raw(""));
    lines.extend(explanation);
    if let Some(notes) = notes {
        let free = usize::from(area.height).saturating_sub(lines.len());
        lines.extend(
            wrap_cut(&notes, cells, free, theme.ellipsis())
                .into_iter()
                .map(Line::raw),
        );
    }
    frame.render_widget(Lines::new(lines), area);
}

/// A five-unified item's name in rows: as much as its column holds, then the rest
/// wrapped across the row, indented under the name (`cells` the whole row's width).
fn name_rows(name: &str, column: usize, cells: usize) -> Vec<&str> {
    let Some(first) = wrap_rows(name, column, 1).pop() else {
        return vec![name];
    };
    let rest = name[first.end..].trim_start();
    let mut rows = vec![name[first].trim_end()];
    if rest.is_empty() {
        return rows;
    }
    rows.extend(
        wrap(rest, cells.saturating_sub(2 + width("① ")))
            .into_iter()
            .map(|range| rest[range].trim_end()),
    );
    rows
}

fn agreements(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let item = &screen.doc.unified[screen.unified_item.min(4)];
    let text = ListText {
        heading: fill(
            ui.agreements_heading,
            &[
                item.kind.circled(),
                item.kind.name(lang),
                &item.agreements.len().to_string(),
            ],
        ),
        empty: view.with_keys(ui.agreements_empty, ui.agreements_empty_keys),
        bullet: theme.bullet(),
    };
    let at = (item.agreements.len(), screen.agreement);
    let whole = |index: usize| Cow::Borrowed(item.agreements[index].text.as_str());
    let rows = text_rows(text, at, area, (theme, has_keys), whole, |_| Style::new());
    frame.render_widget(Lines::new(scrolled(rows, area.height)), area);
}

/// Rows an initiatives panel this tall keeps below its list for the selected
/// initiative: a blank row, its description, what it serves and its dots.
const DETAIL_ROWS: u16 = 4;

fn initiatives(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    let count = doc.initiatives.len();
    let selected = screen.initiative.min(count.saturating_sub(1));
    let text = ListText {
        heading: fill(ui.initiatives_heading, &[&count.to_string()]),
        empty: view.with_keys(ui.initiatives_empty, ui.initiatives_empty_keys),
        bullet: " ",
    };
    let reserved = if area.height >= 12 { DETAIL_ROWS } else { 0 };
    let list = Rect {
        height: area.height - reserved,
        ..area
    };
    let labels = Priority::ALL.map(|priority| priority.label(lang));
    let tags_of = |initiative: &Initiative| {
        let quarter = initiative.quarter.as_deref().unwrap_or("—");
        format!(
            "{} {quarter:<7} ",
            tag(initiative.priority.label(lang), labels)
        )
    };
    // The title wraps in a column of its own, after the priority and the quarter.
    let title_cells = |tags: &str| cells.saturating_sub(2 + width(tags));
    let rows = list_rows(
        text,
        (count, selected),
        list,
        (theme, has_keys),
        (
            |index, wrapping| {
                let initiative = &doc.initiatives[index];
                let tags = tags_of(initiative);
                let room = title_cells(&tags);
                title_rows(&initiative.title, (tags, room), wrapping, theme)
            },
            |index| {
                let initiative = &doc.initiatives[index];
                cut(&initiative.title, title_cells(&tags_of(initiative)))
            },
        ),
        None,
    );
    let mut lines = scrolled(rows, list.height);
    if count > 0 {
        let free = usize::from(area.height).saturating_sub(lines.len());
        let initiative = &doc.initiatives[selected];
        lines.extend(details(initiative, view, (cells, free)));
    }
    frame.render_widget(Lines::new(lines), area);
}

/// An initiative's rows: its priority and quarter (`tags`), then its title in the
/// `room` left, wrapped in that column into at most `wrapping` rows, or cut to one.
fn title_rows(
    title: &str,
    (tags, room): (String, usize),
    wrapping: Option<usize>,
    theme: Theme,
) -> Vec<Vec<Span<'static>>> {
    let Some(most) = wrapping else {
        return vec![vec![
            Span::styled(tags, theme.strong()),
            Span::raw(fit(title, room, theme.ellipsis())),
        ]];
    };
    let indent = " ".repeat(width(&tags));
    let mut tags = Some(tags);
    wrap_rows(title, room, most)
        .into_iter()
        .map(|range| {
            let lead = match tags.take() {
                Some(tags) => Span::styled(tags, theme.strong()),
                None => Span::raw(indent.clone()),
            };
            vec![lead, Span::raw(title[range].to_string())]
        })
        .collect()
}

/// The selected initiative's description, what it serves and its dots, in the
/// `free` rows under the list: the description takes what the other two leave.
fn details(
    initiative: &Initiative,
    view: StepView,
    (cells, free): (usize, usize),
) -> Vec<Line<'static>> {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    if free < 2 {
        return Vec::new();
    }
    let description = if initiative.description.is_empty() {
        fill(ui.no_description, &[view.keys(ui.no_description_keys)])
    } else {
        initiative.description.clone()
    };
    // Serves and dots take a row each where the rows allow them beside the description.
    let others = if free >= usize::from(DETAIL_ROWS) {
        2
    } else {
        0
    };
    let mut lines = vec![Line::raw("")];
    lines.extend(
        wrap_cut(&description, cells, free - 1 - others, theme.ellipsis())
            .into_iter()
            .map(|row| Line::styled(row, theme.dim())),
    );
    if others == 0 {
        return lines;
    }
    let served: Vec<String> = initiative
        .serves
        .iter()
        .filter_map(|id| doc.strategy.statements.iter().find(|s| s.id == *id))
        .map(|s| format!("{} {}", s.quadrant.letter(), s.text))
        .collect();
    let serves = if served.is_empty() {
        view.with_keys(ui.serves_nothing, ui.serves_nothing_keys)
    } else {
        served.join(" / ")
    };
    let room = free - lines.len() - 1;
    lines.extend(
        wrap_cut(&fill(ui.serves, &[&serves]), cells, room, theme.ellipsis())
            .into_iter()
            .map(Line::raw),
    );
    let dots = if doc.voting.hidden {
        "?".to_string()
    } else {
        doc.voting.total(initiative.id).to_string()
    };
    lines.push(Line::styled(
        fit(&fill(ui.initiative_dots, &[&dots]), cells, theme.ellipsis()),
        theme.dim(),
    ));
    lines
}
