//! SIGTERM, SIGHUP (the terminal window closed) and SIGINT ask the loop to save and
//! exit; the loop checks between events.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

pub struct Stop(Arc<AtomicBool>);

pub fn register() -> io::Result<Stop> {
    let flag = Arc::new(AtomicBool::new(false));
    for signal in [SIGTERM, SIGHUP, SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&flag))?;
    }
    Ok(Stop(flag))
}

impl Stop {
    pub fn requested(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}
