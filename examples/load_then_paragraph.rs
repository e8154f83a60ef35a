//! The floor for any program that reads the session before its first frame: the
//! bare program (`bare_paragraph.rs`), which also loads and checks the session
//! given as its argument, on a second thread while the terminal is set up, as
//! `yeji open` does. `tests/large/startup.rs` starts it beside the other two.
//!
//! Build with `cargo build --release --example load_then_paragraph`.

use std::io;
use std::path::PathBuf;

use ratatui::crossterm::event::{self, Event, KeyCode};
use ratatui::widgets::Paragraph;

/// The last thing the frame shows: seeing it means the frame is complete.
const TEXT: &str = "The session loaded; one paragraph. Press q to quit.";

fn main() -> io::Result<()> {
    let path = PathBuf::from(std::env::args_os().nth(1).expect("a session file"));
    let loading = std::thread::spawn(move || yeji::session::file::load(&path));
    let mut terminal = ratatui::init();
    let text = match loading.join() {
        Ok(Ok(_)) => TEXT.to_string(),
        Ok(Err(error)) => error.line(yeji::i18n::Lang::En),
        Err(_) => "loading panicked".to_string(),
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
