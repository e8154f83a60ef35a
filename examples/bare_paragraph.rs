//! The yardstick for yeji's start-up: the least a ratatui program does before its
//! first frame (raw mode, alternate screen, one paragraph), then waits for `q`.
//! `tests/large/startup.rs` starts it beside `yeji open` through a pseudo-terminal.
//!
//! Build with `cargo build --release --example bare_paragraph`.

use std::io;

use ratatui::crossterm::event::{self, Event, KeyCode};
use ratatui::widgets::Paragraph;

/// The last thing the frame shows: seeing it means the frame is complete.
const TEXT: &str = "A bare ratatui program: one paragraph. Press q to quit.";

fn main() -> io::Result<()> {
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|frame| frame.render_widget(Paragraph::new(TEXT), frame.area()));
    let result = drawn.and_then(|_| {
        loop {
            if let Event::Key(key) = event::read()?
                && key.code == KeyCode::Char('q')
            {
                break Ok(());
            }
        }
    });
    ratatui::restore();
    result
}
