//! Dialog boxes drawn over the session: their question, and the keys that answer it
//! (from the key table).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::centered;
use super::help::{action_label, keys_label};
use super::text::{fit, wrap};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::keymap::{Context, bindings_of};
use crate::model::{Dialog, SessionScreen};

pub fn render(frame: &mut Frame, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let Some(dialog) = &screen.dialog else {
        return;
    };
    let ui = lang.ui();
    let box_width = area.width.saturating_sub(4).min(76);
    let inner_width = usize::from(box_width.saturating_sub(2));
    let (title, text, context) = match dialog {
        Dialog::ChangedOnDisk => (
            ui.dialog_changed_title,
            ui.dialog_changed_text.to_string(),
            Context::ChangedOnDisk,
        ),
        Dialog::Recovery { path, doc } => (
            ui.dialog_recovery_title,
            fill(
                ui.dialog_recovery_text,
                &[
                    &path.display().to_string(),
                    &doc.updated.format("%Y-%m-%d %H:%M:%S").to_string(),
                ],
            ),
            Context::Recovery,
        ),
        Dialog::QuitUnsaved { why } => (
            ui.dialog_quit_title,
            fill(ui.dialog_quit_text, &[why]),
            Context::QuitUnsaved,
        ),
        Dialog::ConfirmDeleteInitiative { id } => {
            let title = screen.doc.initiative(*id).map_or("", |i| i.title.as_str());
            let refs = screen.doc.initiative_references(*id);
            let text = fill(
                ui.dialog_delete_text,
                &[
                    title,
                    &refs.voters.to_string(),
                    &refs.mechanisms.to_string(),
                ],
            );
            (ui.dialog_delete_title, text, Context::ConfirmDelete)
        }
        Dialog::PickStatements { .. } => {
            (ui.dialog_pick_title, String::new(), Context::PickStatements)
        }
    };
    let mut lines: Vec<Line> = if text.is_empty() {
        Vec::new()
    } else {
        wrap(&text, inner_width)
            .into_iter()
            .map(|range| Line::raw(text[range].to_string()))
            .collect()
    };
    if let Dialog::PickStatements { initiative, cursor } = dialog {
        let room = usize::from(area.height).saturating_sub(8).max(3);
        lines.extend(statement_choices(
            screen,
            *initiative,
            *cursor,
            inner_width,
            room,
            lang,
            theme,
        ));
    }
    lines.push(Line::raw(""));
    for binding in bindings_of(context) {
        lines.push(Line::from(vec![
            Span::styled(format!("  {}  ", keys_label(binding.keys)), theme.key()),
            Span::raw(action_label(binding.action, lang)),
        ]));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = centered(area, box_width, height);
    frame.render_widget(Clear, rect);
    let block = theme
        .block(true)
        .title(Line::styled(format!(" {title} "), theme.warning()));
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}

/// The statements with a mark on those the initiative serves, scrolled to the cursor.
fn statement_choices(
    screen: &SessionScreen,
    initiative: u32,
    cursor: usize,
    cells: usize,
    room: usize,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let statements = &screen.doc.strategy.statements;
    if statements.is_empty() {
        return vec![Line::styled(lang.ui().dialog_pick_empty, theme.dim())];
    }
    let served = screen
        .doc
        .initiative(initiative)
        .map(|i| i.serves.clone())
        .unwrap_or_default();
    let first = (cursor + 1).saturating_sub(room);
    statements
        .iter()
        .enumerate()
        .skip(first)
        .take(room)
        .map(|(index, statement)| {
            let mark = if served.contains(&statement.id) {
                "[x]"
            } else {
                "[ ]"
            };
            let text = format!("{mark} {} {}", statement.quadrant.letter(), statement.text);
            let style = if index == cursor {
                theme.selected(true)
            } else {
                Style::new()
            };
            Line::styled(fit(&text, cells, theme.ellipsis()), style)
        })
        .collect()
}
