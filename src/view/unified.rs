//! The five unified step: the five items with their status and owner, the selected
//! item's agreements, the initiatives, and the dot vote.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::split;
use super::tabs;
use super::text::{fit, pad, tag, widest, width, wrap, wrap_rows, wrapped};
use super::theme::Theme;
use super::{notes, voting};
use crate::i18n::{Lang, fill};
use crate::model::{Focus, SessionScreen};
use crate::session::unified::{AgreementStatus, Priority};

const SIDE_BY_SIDE: u16 = 80;

pub fn render(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
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
            Focus::Unified => items(frame, area, screen, lang, theme, has_keys),
            Focus::Agreements => agreements(frame, area, screen, lang, theme, has_keys),
            Focus::Initiatives => initiatives(frame, area, screen, lang, theme, has_keys),
            Focus::Voting => voting::render(frame, area, screen, lang, theme, has_keys),
            _ => notes::render(frame, area, screen, lang, theme),
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

fn items(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    lang: Lang,
    theme: Theme,
    has_keys: bool,
) {
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
    let owner_cells = widest(
        doc.unified
            .iter()
            .map(|item| crate::describe::owner_name(doc, item.owner, lang)),
    )
    .min(16);
    // The name takes the width of the longest one where the row has room for it
    // and the owners: status, count and owner then stand in columns close to it.
    let longest = widest(doc.unified.iter().map(|item| item.kind.name(lang))) + 3;
    let fixed = 2 + 1 + status_cells + 1 + count_cells + 1;
    let room = cells.saturating_sub(fixed);
    let name_cells = if longest + owner_cells <= room {
        longest
    } else {
        // Short of room the name, which says what the row is, keeps two thirds.
        room.saturating_sub(owner_cells)
            .max(room * 2 / 3)
            .min(longest)
    }
    .max(6);
    for (index, item) in doc.unified.iter().enumerate() {
        let cursor = has_keys && index == screen.unified_item;
        let selected = index == screen.unified_item;
        let marker = if cursor { theme.current_mark() } else { " " };
        let name = pad(
            &format!("{} {}", item.kind.circled(), item.kind.name(lang)),
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
    }
    lines.push(Line::raw(""));
    let item = &doc.unified[screen.unified_item.min(4)];
    lines.extend(wrapped(item.kind.explanation(lang), cells, theme.dim()));
    if !item.notes.is_empty() {
        lines.push(Line::styled(
            fit(
                &fill(ui.unified_notes, &[&item.notes]),
                cells,
                theme.ellipsis(),
            ),
            Style::new(),
        ));
    }
    frame.render_widget(Lines::new(lines), area);
}

fn agreements(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    lang: Lang,
    theme: Theme,
    has_keys: bool,
) {
    let ui = lang.ui();
    let item = &screen.doc.unified[screen.unified_item.min(4)];
    let cells = usize::from(area.width);
    let heading = fill(
        ui.agreements_heading,
        &[
            item.kind.circled(),
            item.kind.name(lang),
            &item.agreements.len().to_string(),
        ],
    );
    let mut lines = vec![Line::styled(
        fit(&heading, cells, theme.ellipsis()),
        theme.heading(),
    )];
    if item.agreements.is_empty() {
        lines.extend(wrapped(ui.agreements_empty, cells, theme.dim()));
    }
    let visible = usize::from(area.height).saturating_sub(1).max(1);
    let first = (screen.agreement + 1).saturating_sub(visible);
    for (index, agreement) in item.agreements.iter().enumerate().skip(first).take(visible) {
        let cursor = has_keys && index == screen.agreement;
        let lead = if cursor {
            theme.current_mark()
        } else {
            theme.bullet()
        };
        let style = if cursor {
            theme.selected(true)
        } else {
            Style::new()
        };
        lines.push(Line::styled(
            fit(
                &format!("{lead} {}", agreement.text),
                cells,
                theme.ellipsis(),
            ),
            style,
        ));
    }
    frame.render_widget(Lines::new(lines), area);
}

fn initiatives(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    lang: Lang,
    theme: Theme,
    has_keys: bool,
) {
    let ui = lang.ui();
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    let mut lines = vec![Line::styled(
        fit(
            &fill(
                ui.initiatives_heading,
                &[&doc.initiatives.len().to_string()],
            ),
            cells,
            theme.ellipsis(),
        ),
        theme.heading(),
    )];
    if doc.initiatives.is_empty() {
        for range in wrap(ui.initiatives_empty, cells) {
            lines.push(Line::styled(
                ui.initiatives_empty[range].to_string(),
                theme.dim(),
            ));
        }
        frame.render_widget(Lines::new(lines), area);
        return;
    }
    let detail_rows = if area.height >= 12 { 4 } else { 0 };
    let room = usize::from(area.height)
        .saturating_sub(1 + detail_rows)
        .max(1);
    let selected = screen.initiative.min(doc.initiatives.len() - 1);
    let first = (selected + 1).saturating_sub(room);
    for (index, initiative) in doc.initiatives.iter().enumerate().skip(first).take(room) {
        let cursor = has_keys && index == selected;
        let marker = if cursor { theme.current_mark() } else { " " };
        let quarter = initiative.quarter.clone().unwrap_or_else(|| "—".into());
        let labels = Priority::ALL.map(|priority| priority.label(lang));
        let tags = format!(
            "{} {:<7} ",
            tag(initiative.priority.label(lang), labels),
            quarter
        );
        let style = if cursor {
            theme.selected(true)
        } else {
            Style::new()
        };
        let title_cells = cells.saturating_sub(width(&tags) + 2);
        lines.push(Line::from(vec![
            Span::raw(format!("{marker} ")),
            Span::styled(tags, theme.strong()),
            Span::styled(fit(&initiative.title, title_cells, theme.ellipsis()), style),
        ]));
    }
    if detail_rows > 0 {
        let initiative = &doc.initiatives[selected];
        lines.resize(usize::from(area.height) - detail_rows, Line::raw(""));
        let description = if initiative.description.is_empty() {
            ui.no_description
        } else {
            &initiative.description
        };
        for range in wrap_rows(description, cells, 2) {
            lines.push(Line::styled(description[range].to_string(), theme.dim()));
        }
        lines.resize(usize::from(area.height) - 2, Line::raw(""));
        let served: Vec<String> = initiative
            .serves
            .iter()
            .filter_map(|id| doc.strategy.statements.iter().find(|s| s.id == *id))
            .map(|s| format!("{} {}", s.quadrant.letter(), s.text))
            .collect();
        let serves = if served.is_empty() {
            ui.serves_nothing.to_string()
        } else {
            served.join(" / ")
        };
        lines.push(Line::styled(
            fit(&fill(ui.serves, &[&serves]), cells, theme.ellipsis()),
            Style::new(),
        ));
        let dots = if doc.voting.hidden {
            "?".to_string()
        } else {
            doc.voting.total(initiative.id).to_string()
        };
        lines.push(Line::styled(
            fit(&fill(ui.initiative_dots, &[&dots]), cells, theme.ellipsis()),
            theme.dim(),
        ));
    }
    frame.render_widget(Lines::new(lines), area);
}
