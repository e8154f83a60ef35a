//! Dialog boxes drawn over the session: their question and the keys that answer it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::centered;
use super::text::wrap;
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::keymap::{Context, bindings_of};
use crate::model::Dialog;

pub fn render(frame: &mut Frame, area: Rect, dialog: &Dialog, lang: Lang, theme: Theme) {
    let ui = lang.ui();
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
    };
    let box_width = area.width.saturating_sub(4).min(70);
    let inner_width = usize::from(box_width.saturating_sub(2));
    let mut lines: Vec<Line> = wrap(&text, inner_width)
        .into_iter()
        .map(|range| Line::raw(text[range].to_string()))
        .collect();
    lines.push(Line::raw(""));
    for binding in bindings_of(context) {
        let keys = super::help::keys_label(binding.keys);
        lines.push(Line::from(vec![
            Span::styled(format!("  {keys}  "), theme.key()),
            Span::raw(super::help::action_label(binding.action, lang)),
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
