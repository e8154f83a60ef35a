//! The box text is typed into. It wraps exactly as `text::wrap` says and puts the
//! real terminal cursor at the insertion point every frame, so an input method's
//! candidate window opens where the user is typing.

use super::canvas::Canvas;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;

use super::lines::Lines;
use super::text::{cursor_cell, wrap};
use super::theme::Theme;
use crate::model::text::TextBuffer;

/// Most rows the box takes, borders included.
const MAX_ROWS: u16 = 8;

/// Rows the box needs for `buffer` at an outer width of `width`.
pub fn height(buffer: &TextBuffer, width: u16) -> u16 {
    let inner = usize::from(width.saturating_sub(2));
    let lines = wrap(buffer.text(), inner).len() as u16;
    (lines + 2).clamp(3, MAX_ROWS)
}

pub fn render(frame: &mut Canvas, area: Rect, label: &str, buffer: &TextBuffer, theme: Theme) {
    if area.width < 3 || area.height < 3 {
        return;
    }
    let block = theme
        .block(true)
        .title(Line::styled(format!(" {label} "), theme.strong()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let text = buffer.text();
    let lines = wrap(text, width);
    let (row, column) = cursor_cell(text, buffer.cursor(), width);
    let visible = usize::from(inner.height).max(1);
    let first = (row + 1).saturating_sub(visible);
    let shown: Vec<Line> = lines
        .iter()
        .skip(first)
        .take(visible)
        .map(|range| Line::raw(&text[range.clone()]))
        .collect();
    frame.render_widget(Lines::new(shown), inner);
    let x = inner.x + column.min(width.saturating_sub(1)) as u16;
    let y = inner.y + (row - first) as u16;
    frame.set_cursor_position(Position::new(x, y));
}
