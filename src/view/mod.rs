//! Drawing the model. Every function here takes `&Model` (never `&mut`) and a frame;
//! widget state such as list offsets is built fresh from the model each frame.

mod agenda;
mod big;
pub mod blank;
pub mod boxed;
pub mod canvas;
mod clock;
mod coverage;
mod dashboard;
mod diagnose;
mod dialog;
mod editor;
mod footer;
pub mod graphemes;
pub mod help;
mod labels;
pub mod lines;
mod list_panel;
mod notes;
mod outcomes;
mod raci;
mod session;
mod setup;
pub mod split;
mod start;
mod step_view;
mod strategy;
mod synergies;
mod tabs;
pub mod text;
pub mod theme;
mod unified;
mod voting;
mod wrap_up;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;

pub use crate::describe::coverage_warning;
use crate::i18n::fill;
use crate::model::{Model, Screen};
use canvas::Canvas;
use lines::Lines;
use theme::Theme;

/// Below this size the screen only says how big it needs to be.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 14;

/// Draws the model on ratatui's frame, cursor included.
pub fn render(model: &Model, frame: &mut Frame) {
    if let Some(cursor) = draw(model, frame.buffer_mut()) {
        frame.set_cursor_position(cursor);
    }
}

/// Draws the model on the whole of `buffer`, which starts out blank; returns where
/// the text cursor should be shown, if anywhere.
pub fn draw(model: &Model, buffer: &mut Buffer) -> Option<Position> {
    let mut canvas = Canvas::new(buffer);
    paint(model, &mut canvas);
    canvas.cursor_position()
}

fn paint(model: &Model, frame: &mut Canvas) {
    let area = frame.area();
    let theme = Theme::new(model.display);
    if let Some(base) = theme.base() {
        frame.render_widget(ratatui::widgets::Block::new().style(base), area);
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(model, frame, area);
        return;
    }
    if let (Screen::Session(screen), true) = (&model.screen, model.display.projector) {
        let rows = footer::projector_rows(model);
        let [body, notice_area] = split::bottom(area, rows);
        session::render_projector(frame, body, screen, model.lang, theme);
        footer::render_projector(frame, notice_area, model, theme);
        if let Some(scroll) = model.help {
            help::render(frame, area, model, scroll, theme);
        }
        return;
    }
    let [body, footer_area] = split::bottom(area, 2);
    match &model.screen {
        Screen::Start(start) => start::render(frame, body, start, model.lang, theme),
        Screen::Session(screen) => session::render(frame, body, screen, model.lang, theme),
    }
    footer::render(frame, footer_area, model, theme);
    if let Some(scroll) = model.help {
        help::render(frame, area, model, scroll, theme);
    }
}

fn too_small(model: &Model, frame: &mut Canvas, area: Rect) {
    let ui = model.lang.ui();
    let sizes = [MIN_WIDTH, MIN_HEIGHT, area.width, area.height].map(|n| n.to_string());
    let sizes = sizes.each_ref().map(String::as_str);
    let width = usize::from(area.width);
    // The short form where the whole explanation would not fit: the sizes matter
    // most.
    let mut message = fill(ui.too_small, &sizes);
    if text::wrap(&message, width).len() > usize::from(area.height) {
        message = fill(ui.too_small_short, &sizes);
    }
    // Wrapped and cut here, by cells: a wide character must never be drawn into a
    // column too narrow for it.
    let lines: Vec<Line> = text::wrap(&message, width)
        .into_iter()
        .map(|range| Line::raw(text::fit(message[range].trim(), width, "")))
        .collect();
    frame.render_widget(Lines::new(lines), area);
}

/// A rectangle of at most `width` × `height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}
