//! A program in a pseudo-terminal of 200×60, read as it writes: the time a text
//! first appears is taken when the bytes that complete it arrive, not at the next
//! poll, so start-up can be timed to the millisecond.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

pub const COLS: u16 = 200;
pub const ROWS: u16 = 60;
const TIMEOUT: Duration = Duration::from_secs(20);
/// The question "where is the cursor?", which a terminal must answer.
const CURSOR_QUERY: &[u8] = b"\x1b[6n";

pub struct Running {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    /// What the program wrote, each piece with the moment it arrived.
    chunks: Receiver<(Instant, Vec<u8>)>,
    parser: vt100::Parser,
    /// How many bytes the program has written so far.
    received: usize,
    /// Just before the program was spawned.
    start: Instant,
}

/// `program ARGS` in `dir`, with a known terminal type and language.
pub fn command(program: &Path, args: &[&str], dir: &Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.cwd(dir);
    for name in ["LC_ALL", "LC_MESSAGES", "NO_COLOR", "COLUMNS", "LINES"] {
        cmd.env_remove(name);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    cmd
}

impl Running {
    pub fn spawn(cmd: CommandBuilder) -> Running {
        let size = PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("a pty opens");
        let writer = pair.master.take_writer().expect("pty writer");
        let chunks = read_in_background(pair.master.try_clone_reader().expect("pty reader"));
        let start = Instant::now();
        let child = pair.slave.spawn_command(cmd).expect("the program starts");
        drop(pair.slave);
        let parser = vt100::Parser::new(ROWS.try_into().unwrap(), COLS.try_into().unwrap(), 0);
        Running {
            child,
            writer,
            chunks,
            parser,
            received: 0,
            start,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child
            .process_id()
            .expect("the program has a process id")
    }

    pub fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Reads until the screen shows `text`; returns the time from the spawn to the
    /// arrival of the bytes that completed it (this side's parsing is not counted).
    pub fn wait_for(&mut self, text: &str) -> Duration {
        let mut arrived = self.start;
        loop {
            if self.parser.screen().contents().contains(text) {
                return arrived - self.start;
            }
            let left = TIMEOUT.saturating_sub(self.start.elapsed());
            let Ok((at, chunk)) = self.chunks.recv_timeout(left) else {
                let screen = self.parser.screen().contents();
                panic!("{text:?} never appeared; the screen shows:\n{screen}\n---");
            };
            arrived = at;
            self.received += chunk.len();
            self.parser.process(&chunk);
            let queries = chunk.windows(CURSOR_QUERY.len());
            for _ in queries.filter(|window| *window == CURSOR_QUERY) {
                let (row, col) = self.parser.screen().cursor_position();
                let _ = write!(self.writer, "\x1b[{};{}R", row + 1, col + 1);
                let _ = self.writer.flush();
            }
        }
    }

    pub fn received(&self) -> usize {
        self.received
    }

    /// Presses `q` and waits a moment for the program to end; kills it otherwise.
    pub fn quit(mut self) {
        let _ = self
            .writer
            .write_all(b"q")
            .and_then(|()| self.writer.flush());
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn read_in_background(mut reader: Box<dyn Read + Send>) -> Receiver<(Instant, Vec<u8>)> {
    let (sender, chunks) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n @ 1..) = reader.read(&mut buf) {
            if sender.send((Instant::now(), buf[..n].to_vec())).is_err() {
                return;
            }
        }
    });
    chunks
}
