//! Entering and leaving the terminal's full-screen mode. Leaving is idempotent and
//! also runs from the panic hook, so the user's shell is never left in raw mode
//! with bracketed paste switched on.

use std::io::{self, BufWriter, Stdout, stdout};

use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::sync::atomic::{AtomicBool, Ordering};

use super::backend::FrameBackend;
use super::screen::Screen;

pub type Term = Screen<FrameBackend<BufWriter<Stdout>>>;

/// Room for a whole frame of a large screen, so that it reaches the terminal in one
/// write rather than in the standard output's 1 KiB pieces. The screen flushes after
/// every frame, so nothing waits in it between frames.
const FRAME_BUFFER: usize = 256 * 1024;

/// The terminal with its screen buffers, made without writing anything to it: this
/// can happen while the session is still being read, and be dropped unused.
pub fn prepare() -> io::Result<Term> {
    install_panic_hook();
    Screen::new(FrameBackend::new(BufWriter::with_capacity(
        FRAME_BUFFER,
        stdout(),
    )))
}

/// Full-screen mode: raw input, the alternate screen, bracketed paste.
pub fn enter_modes() -> io::Result<()> {
    enable_raw_mode()?;
    // No keyboard enhancement flags: several terminals then drop input-method text.
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    // A plain clear: asking the terminal where its cursor is would fail on terminals
    // that do not answer.
    execute!(stdout(), Clear(ClearType::All))?;
    ENTERED.store(true, Ordering::SeqCst);
    Ok(())
}

/// Whether the terminal is in full-screen mode. Leaving twice would move the cursor
/// back over whatever was printed in between (a panic report, for one).
static ENTERED: AtomicBool = AtomicBool::new(false);

/// Gives the terminal back, once. Errors are ignored: after SIGHUP there may be no
/// terminal.
pub fn leave() {
    if !ENTERED.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

/// The terminal went away: there is nothing to give back, and writing to it
/// could only fail.
pub fn abandon() {
    ENTERED.store(false, Ordering::SeqCst);
}

/// After a stop: takes the terminal again and makes the next draw a full one
/// (the shell has used the screen meanwhile).
pub fn resume(terminal: &mut Term) -> io::Result<()> {
    enter_modes()?;
    terminal.clear()
}

fn install_panic_hook() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            leave();
            previous(info);
        }));
    });
}
