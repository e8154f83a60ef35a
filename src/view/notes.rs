//! The notes list of a step: each note wrapped to the width, the selected one
//! highlighted and kept in view.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::lines::Lines;
use super::step_view::StepView;
use super::text::{self, wrap_rows};
use crate::i18n::fill;
use crate::model::Focus;

/// The notes of the step on screen.
pub fn render(frame: &mut Canvas, area: Rect, view: StepView) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let step = &screen.doc.steps[screen.step_index()];
    let ui = lang.ui();
    let focused = screen.focus == Focus::Notes && screen.editing.is_none();
    let heading = fill(ui.notes_heading, &[&step.notes.len().to_string()]);
    let mut lines = vec![Line::styled(heading, theme.heading())];
    if step.notes.is_empty() {
        lines.extend(text::wrapped(
            &view.with_keys(ui.notes_empty, ui.notes_empty_keys),
            usize::from(area.width),
            theme.dim(),
        ));
        frame.render_widget(Lines::new(lines), area);
        return;
    }
    let text_cells = usize::from(area.width).saturating_sub(3).max(1);
    let room = usize::from(area.height).saturating_sub(lines.len()).max(1);
    // A note taller than the room shows only its first rows anyway.
    let wrapped: Vec<Vec<&str>> = step
        .notes
        .iter()
        .map(|note| {
            wrap_rows(&note.text, text_cells, room)
                .into_iter()
                .map(|range| &note.text[range])
                .collect()
        })
        .collect();
    let selected = screen.note.min(step.notes.len() - 1);
    let first = first_visible(&wrapped, selected, room);
    for (index, note_lines) in wrapped.iter().enumerate().skip(first) {
        let is_selected = index == selected && screen.focus == Focus::Notes;
        let style = if is_selected {
            theme.selected(focused)
        } else {
            Style::new()
        };
        for (row, text) in note_lines.iter().enumerate() {
            let lead = match (row, is_selected) {
                (0, true) => theme.current_mark(),
                (0, false) => theme.bullet(),
                _ => " ",
            };
            lines.push(Line::styled(format!("{lead} {text}"), style));
        }
        if lines.len() > room + 1 {
            break;
        }
    }
    frame.render_widget(Lines::new(lines), area);
}

/// The first note to draw so that the selected one fits in `room` rows.
fn first_visible(wrapped: &[Vec<&str>], selected: usize, room: usize) -> usize {
    let mut used = 0;
    let mut first = selected;
    loop {
        used += wrapped[first].len();
        if first == 0 || used + wrapped[first - 1].len() > room {
            return first;
        }
        first -= 1;
    }
}
