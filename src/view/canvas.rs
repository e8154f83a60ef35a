//! What a screen is drawn on: a buffer of cells, and where the text cursor should
//! stand once it is shown. The app draws on its own buffers (`app::screen`); tests
//! and benchmarks draw through ratatui's `Frame` (see [`super::render`]).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::Widget;

pub struct Canvas<'a> {
    buffer: &'a mut Buffer,
    cursor: Option<Position>,
}

impl<'a> Canvas<'a> {
    /// A canvas over the whole of `buffer`, with the cursor hidden.
    pub fn new(buffer: &'a mut Buffer) -> Canvas<'a> {
        Canvas {
            buffer,
            cursor: None,
        }
    }

    /// The whole screen.
    pub fn area(&self) -> Rect {
        self.buffer.area
    }

    pub fn render_widget<W: Widget>(&mut self, widget: W, area: Rect) {
        widget.render(area, self.buffer);
    }

    /// Shows the text cursor at `position` (where an input method opens its window).
    pub fn set_cursor_position(&mut self, position: Position) {
        self.cursor = Some(position);
    }

    /// Where the cursor stands, if it is shown.
    pub fn cursor_position(&self) -> Option<Position> {
        self.cursor
    }
}
