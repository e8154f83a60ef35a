//! The session screen: a header, the agenda down the side, the current step with its
//! prompt and editor, and any dialog on top.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::text::{fit, width, wrap};
use super::theme::Theme;
use super::{diagnose, dialog, editor, notes, raci, setup, strategy, synergies, unified};
use crate::i18n::{Lang, fill};
use crate::model::{Focus, SessionScreen, Target};
use crate::session::StepKind;

pub fn render(frame: &mut Frame, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let [header_area, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    header(frame, header_area, screen, lang, theme);
    let sidebar_width = (area.width / 4).clamp(18, 30);
    let [sidebar, main] =
        Layout::horizontal([Constraint::Length(sidebar_width), Constraint::Min(1)]).areas(body);
    agenda(frame, sidebar, screen, lang, theme);
    step(frame, main, screen, lang, theme);
    if screen.dialog.is_some() {
        dialog::render(frame, area, screen, lang, theme);
    }
}

fn header(frame: &mut Frame, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let ui = lang.ui();
    let doc = &screen.doc;
    let title = if doc.setup.title.trim().is_empty() {
        ui.untitled
    } else {
        &doc.setup.title
    };
    let position = fill(
        ui.step_of,
        &[
            &(screen.step_index() + 1).to_string(),
            &doc.steps.len().to_string(),
        ],
    );
    let mut spans = vec![
        Span::styled(" 业技 yeji ", theme.heading()),
        Span::raw(theme.bar().trim_start()),
        Span::styled(
            fit(title, usize::from(area.width) / 2, theme.ellipsis()),
            theme.strong(),
        ),
        Span::raw(format!("{}{position} ", theme.bar())),
    ];
    if screen.read_only {
        spans.push(Span::styled(format!(" {} ", ui.read_only), theme.warning()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn agenda(frame: &mut Frame, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let focused = screen.focus == Focus::Agenda && screen.editing.is_none();
    let block = theme
        .block(focused)
        .title(format!(" {} ", lang.ui().agenda));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let current = screen.step_index();
    let lines: Vec<Line> = screen
        .doc
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let mark = if index == current {
                theme.current_mark()
            } else {
                " "
            };
            let done = if step.done {
                format!("{} ", theme.done_mark())
            } else {
                String::new()
            };
            let text = format!("{mark} {} {done}{}", index + 1, step.title.get(lang));
            let text = fit(&text, width, theme.ellipsis());
            let style = if index == screen.agenda_cursor && focused {
                theme.selected(true)
            } else if index == current {
                theme.strong()
            } else if step.done {
                theme.good()
            } else {
                ratatui::style::Style::new()
            };
            Line::styled(text, style)
        })
        .collect();
    let visible = usize::from(inner.height).max(1);
    let first = (screen.agenda_cursor.max(current) + 1).saturating_sub(visible);
    frame.render_widget(Paragraph::new(lines).scroll((first as u16, 0)), inner);
}

fn step(frame: &mut Frame, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let ui = lang.ui();
    let step = &screen.doc.steps[screen.step_index()];
    let focused = screen.focus != Focus::Agenda || screen.editing.is_some();
    let mut title = vec![Span::styled(
        format!(" {} {} ", screen.step_index() + 1, step.title.get(lang)),
        theme.heading(),
    )];
    let minutes = fill(ui.minutes, &[&step.minutes.to_string()]);
    title.push(Span::raw(format!(
        "{}{minutes} ",
        theme.separator().trim_start()
    )));
    if step.done {
        title.push(Span::styled(
            format!("{} {} ", theme.done_mark(), ui.done),
            theme.good(),
        ));
    }
    let block = theme.block(focused).title(Line::from(title));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let editor_rows = screen
        .editing
        .as_ref()
        .map_or(0, |editing| editor::height(&editing.buffer, inner.width));
    let prompt_text = step.prompt.get(lang);
    let prompt_cells = usize::from(inner.width);
    let mut prompt_lines: Vec<String> = wrap(prompt_text, prompt_cells)
        .into_iter()
        .map(|range| prompt_text[range].trim_end().to_string())
        .collect();
    let prompt_rows = (prompt_lines.len() as u16).min(inner.height / 3).max(1);
    // A prompt cut short says so.
    if prompt_lines.len() > usize::from(prompt_rows) {
        prompt_lines.truncate(usize::from(prompt_rows));
        if let Some(last) = prompt_lines.last_mut() {
            let room = prompt_cells.saturating_sub(width(theme.ellipsis()));
            *last = format!("{}{}", fit(last, room, ""), theme.ellipsis());
        }
    }
    let prompt_lines: Vec<Line> = prompt_lines
        .into_iter()
        .map(|text| Line::styled(text, theme.dim()))
        .collect();
    let prompt = Paragraph::new(prompt_lines);
    let [prompt_area, _, content, editor_area] = Layout::vertical([
        Constraint::Length(prompt_rows),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(editor_rows),
    ])
    .areas(inner);
    frame.render_widget(prompt, prompt_area);
    match step.kind {
        StepKind::Setup => setup::render(frame, content, screen, lang, theme),
        StepKind::Diagnose => diagnose::render(frame, content, screen, lang, theme),
        StepKind::Strategy => strategy::render(frame, content, screen, lang, theme),
        StepKind::FiveUnified => unified::render(frame, content, screen, lang, theme),
        StepKind::FourSynergies => synergies::render(frame, content, screen, lang, theme),
        StepKind::RoleMapping => raci::render(frame, content, screen, lang, theme),
        _ => notes::render(frame, content, screen, step, lang, theme),
    }
    if let Some(editing) = &screen.editing {
        editor::render(
            frame,
            editor_area,
            editing_label(editing.target, lang),
            &editing.buffer,
            theme,
        );
    }
}

fn editing_label(target: Target, lang: Lang) -> &'static str {
    let ui = lang.ui();
    match target {
        Target::Setup(field) => setup::field_label(field, lang),
        Target::ParticipantName(_) => ui.participant_name,
        Target::ParticipantDepartment(_) => ui.participant_department,
        Target::Note(_) => ui.editing_note,
        Target::Statement(_) => ui.editing_statement,
        Target::Agreement(_) => ui.editing_agreement,
        Target::UnifiedNotes(_) => ui.editing_unified_notes,
        Target::InitiativeTitle(_) => ui.editing_initiative,
        Target::InitiativeDescription(_) => ui.editing_description,
        Target::InitiativeQuarter(_) => ui.editing_quarter,
        Target::Mechanism(_) => ui.editing_mechanism,
        Target::RoleName(_) => ui.editing_role,
    }
}
