//! Signals, noted by flags that the loop checks on every tick.
//!
//! SIGTERM, SIGHUP (the terminal window closed) and SIGINT ask the loop to save and
//! exit. SIGTSTP (`kill -TSTP`, or a shell's job control; in raw mode Ctrl-Z is a
//! key) asks it to give the terminal back and stop until continued. SIGCONT after
//! any stop asks for a full redraw, since the screen may have been used meanwhile.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGSTOP, SIGTERM, SIGTSTP};

pub struct Signals {
    stop: Arc<AtomicBool>,
    suspend: Arc<AtomicBool>,
    continued: Arc<AtomicBool>,
}

pub fn register() -> io::Result<Signals> {
    let flag = |signals: &[i32]| -> io::Result<Arc<AtomicBool>> {
        let flag = Arc::new(AtomicBool::new(false));
        for signal in signals {
            signal_hook::flag::register(*signal, Arc::clone(&flag))?;
        }
        Ok(flag)
    };
    Ok(Signals {
        stop: flag(&[SIGTERM, SIGHUP, SIGINT])?,
        suspend: flag(&[SIGTSTP])?,
        continued: flag(&[SIGCONT])?,
    })
}

impl Signals {
    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Whether a suspension was asked for since the last call.
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }

    /// Whether the program was continued after a stop since the last call.
    pub fn take_continued(&self) -> bool {
        self.continued.swap(false, Ordering::SeqCst)
    }
}

/// Stops the whole program until SIGCONT. SIGSTOP rather than SIGTSTP's default
/// action, which the kernel drops in a process group with no shell to continue it.
pub fn stop_until_continued() {
    let _ = signal_hook::low_level::raise(SIGSTOP);
}
