//! The yardstick for yeji's start-up: the least a ratatui program does before its
//! first frame (raw mode, alternate screen, one paragraph), then waits for `q`.
//! `tests/large/startup.rs` starts it beside `yeji open` through a pseudo-terminal.
//!
//! Given a session file, it first loads and checks it, on a second thread while
//! the terminal is set up, as `yeji open` does: the floor for any program that
//! reads the session before its first frame.
//!
//! Build with `cargo build --release --example bare_paragraph`.

use std::io;
use std::path::PathBuf;

use ratatui::crossterm::event::{self, Event, KeyCode};
use ratatui::widgets::Paragraph;

/// The last thing the frame shows: seeing it means the frame is complete.
const TEXT: &str = "A bare ratatui program: one paragraph. Press q to quit.";

fn main() -> io::Result<()> {
    let loading = std::env::args_os()
        .nth(1)
        .map(|path| std::thread::spawn(move || yeji::session::file::load(&PathBuf::from(path))));
    let mut terminal = ratatui::init();
    let text = match loading.map(std::thread::JoinHandle::join) {
        None | Some(Ok(Ok(_))) => TEXT.to_string(),
        Some(Ok(Err(error))) => error.line(yeji::i18n::Lang::En),
        Some(Err(_)) => "loading panicked".to_string(),
    };
    let drawn = terminal.draw(|frame| frame.render_widget(Paragraph::new(text), frame.area()));
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
