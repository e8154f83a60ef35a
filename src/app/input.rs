//! Terminal input on a thread of its own, so that the loop never blocks in a read
//! and keeps checking for signals and for a terminal that went away.
//!
//! crossterm's reader retries for ever once the terminal has hung up (each read
//! returns 0 bytes, or fails). The thread asks `poll(2)` whether the terminal is
//! still there before each wait for events; a hangup during a wait leaves the
//! thread stuck in crossterm, so the loop checks [`Tty::hung_up`] itself on every
//! tick and ends the program, which ends the thread.

use std::cell::{Cell, OnceCell};
use std::fs::File;
use std::io::{self, IsTerminal};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};

/// How long the thread waits in crossterm between checks of the terminal.
const WAIT: Duration = Duration::from_millis(250);
/// How long the input must have been quiet for a drain to end.
const QUIET: Duration = Duration::from_millis(25);

pub enum Input {
    Event(Event),
    /// The terminal hung up, or reading from it failed: nothing more will come.
    Gone,
}

/// The terminal crossterm reads from: standard input when it is a terminal,
/// otherwise `/dev/tty`.
pub struct Tty(OwnedFd);

impl Tty {
    pub fn open() -> io::Result<Tty> {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            Ok(Tty(stdin.as_fd().try_clone_to_owned()?))
        } else {
            Ok(Tty(File::open("/dev/tty")?.into()))
        }
    }

    /// Whether the terminal has hung up (closed window, killed tmux) or is gone.
    pub fn hung_up(&self) -> bool {
        self.poll().is_none_or(gone)
    }

    /// Whether typed input waits in the terminal, not yet read.
    fn has_input(&self) -> bool {
        self.poll()
            .is_some_and(|revents| !gone(revents) && revents & libc::POLLIN != 0)
    }

    /// The terminal's state as `poll(2)` reports it, without waiting.
    fn poll(&self) -> Option<libc::c_short> {
        let mut fd = libc::pollfd {
            fd: self.0.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        loop {
            // SAFETY: one valid pollfd for the duration of the call.
            match unsafe { libc::poll(&mut fd, 1, 0) } {
                0.. => return Some(fd.revents),
                _ if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted => {}
                _ => return None,
            }
        }
    }
}

fn gone(revents: libc::c_short) -> bool {
    revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
}

/// Events from the input thread, which starts when they are first asked for: after
/// the first frame, which a new thread would otherwise delay.
pub struct Events {
    unread: Cell<Option<Tty>>,
    receiver: OnceCell<Receiver<Input>>,
}

impl Events {
    /// Ready to read `tty`.
    pub fn start(tty: &Tty) -> io::Result<Events> {
        Ok(Events {
            unread: Cell::new(Some(Tty(tty.0.try_clone()?))),
            receiver: OnceCell::new(),
        })
    }

    /// The thread's inputs; a thread that cannot be started reads as a terminal
    /// that is gone, so that the work is saved and the program ends.
    fn receiver(&self) -> &Receiver<Input> {
        self.receiver.get_or_init(|| {
            let (sender, receiver) = channel();
            if let Some(tty) = self.unread.take() {
                let _ = std::thread::Builder::new()
                    .name("yeji-input".into())
                    .spawn(move || read(&tty, &sender));
            }
            receiver
        })
    }

    /// The next input, waiting at most `timeout`; `None` when none came.
    pub fn next(&self, timeout: Duration) -> Option<Input> {
        match self.receiver().recv_timeout(timeout) {
            Ok(input) => Some(input),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Input::Gone),
        }
    }

    /// Input already read, without waiting.
    pub fn ready(&self) -> Option<Input> {
        self.receiver().try_recv().ok()
    }

    /// Everything typed before now: waits (at most `limit`) until the terminal
    /// holds no unread input and the thread has passed on what it read, so that
    /// keys typed just before a signal are kept.
    pub fn drain(&self, tty: &Tty, limit: Duration) -> Vec<Input> {
        let deadline = Instant::now() + limit;
        let mut inputs = Vec::new();
        loop {
            inputs.extend(self.receiver().try_iter());
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return inputs;
            }
            if tty.has_input() {
                std::thread::sleep(Duration::from_millis(5));
                continue;
            }
            match self.receiver().recv_timeout(QUIET.min(left)) {
                Ok(input) => inputs.push(input),
                Err(_) => return inputs,
            }
        }
    }
}

fn read(tty: &Tty, sender: &Sender<Input>) {
    loop {
        if tty.hung_up() {
            let _ = sender.send(Input::Gone);
            return;
        }
        let input = match event::poll(WAIT) {
            Ok(false) => continue,
            Ok(true) => event::read().map_or(Input::Gone, Input::Event),
            Err(_) => Input::Gone,
        };
        let gone = matches!(input, Input::Gone);
        if sender.send(input).is_err() || gone {
            return;
        }
    }
}
