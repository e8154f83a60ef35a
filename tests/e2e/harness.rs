//! The real `yeji` binary in a pseudo-terminal: a reader thread feeds everything the
//! program writes into a `vt100` screen (and keeps the raw bytes), and the test
//! types, pastes, resizes and sends signals the way a terminal and its user would.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// Long enough for a loaded two-core machine, short enough to fail fast when stuck.
pub const TIMEOUT: Duration = Duration::from_secs(15);

pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const PAGE_DOWN: &str = "\x1b[6~";
pub const F2: &str = "\x1bOQ";
pub const CTRL_S: &str = "\x13";
pub const CTRL_Z: &str = "\x1a";

/// What the program has written so far, as a screen and as raw bytes.
struct Captured {
    parser: vt100::Parser,
    raw: Vec<u8>,
}

pub struct Pty {
    output: Arc<Mutex<Captured>>,
    reader_done: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
    writer: Writer,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    status: Option<ExitStatus>,
}

type Writer = Arc<Mutex<Box<dyn Write + Send>>>;

/// The question "where is the cursor?" (DSR), which ratatui asks when it clears.
const CURSOR_QUERY: &[u8] = b"\x1b[6n";

/// Feeds the screen until the program closes the terminal, answering cursor
/// position queries as a terminal would (the program gives up after 2 s otherwise).
fn read_output(
    mut reader: Box<dyn Read + Send>,
    output: &Mutex<Captured>,
    writer: &Mutex<Box<dyn Write + Send>>,
    done: &AtomicBool,
) {
    let mut buf = [0u8; 8192];
    while let Ok(n @ 1..) = reader.read(&mut buf) {
        let mut out = output.lock().unwrap_or_else(|e| e.into_inner());
        let seen_before = out.raw.len().saturating_sub(CURSOR_QUERY.len() - 1);
        out.parser.process(&buf[..n]);
        out.raw.extend_from_slice(&buf[..n]);
        let queries = out.raw[seen_before..]
            .windows(CURSOR_QUERY.len())
            .filter(|window| *window == CURSOR_QUERY)
            .count();
        let (row, col) = out.parser.screen().cursor_position();
        drop(out);
        for _ in 0..queries {
            let mut writer = writer.lock().unwrap_or_else(|e| e.into_inner());
            let _ = write!(writer, "\x1b[{};{}R", row + 1, col + 1);
            let _ = writer.flush();
        }
    }
    done.store(true, Ordering::SeqCst);
}

/// The environment every run gets: a known terminal and language, no inherited
/// locale overrides and no test hooks unless the test asks for them.
fn command(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_yeji"));
    cmd.args(args);
    cmd.cwd(dir);
    for name in [
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "COLUMNS",
        "LINES",
        "YEJI_TEST_PANIC_AFTER_KEYS",
    ] {
        cmd.env_remove(name);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

pub fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal has at least one row and column")
}

impl Pty {
    /// Starts `yeji ARGS` in `dir` in a terminal of `cols`×`rows`.
    pub fn spawn(dir: &Path, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("a pseudo-terminal opens");
        let child = pair
            .slave
            .spawn_command(command(dir, args, env))
            .expect("yeji starts");
        // Only the child keeps the terminal side open, so reading sees the end.
        drop(pair.slave);
        let reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = Arc::new(Mutex::new(pair.master.take_writer().expect("pty writer")));
        let output = Arc::new(Mutex::new(Captured {
            parser: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            raw: Vec::new(),
        }));
        let reader_done = Arc::new(AtomicBool::new(false));
        let reader = {
            let (output, writer) = (Arc::clone(&output), Arc::clone(&writer));
            let done = Arc::clone(&reader_done);
            thread::spawn(move || read_output(reader, &output, &writer, &done))
        };
        Pty {
            output,
            reader_done,
            reader: Some(reader),
            writer,
            master: pair.master,
            child,
            status: None,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Captured> {
        self.output.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child has a process id")
    }

    pub fn send(&mut self, bytes: &str) {
        let mut writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        writer.write_all(bytes.as_bytes()).expect("write to pty");
        writer.flush().expect("flush pty");
    }

    /// Types text as one burst of key presses.
    pub fn type_text(&mut self, text: &str) {
        self.send(text);
    }

    /// Esc alone, then a pause, so that the next key is not read as Alt+key.
    pub fn esc(&mut self) {
        self.send("\x1b");
        thread::sleep(Duration::from_millis(150));
    }

    /// A bracketed paste, as a terminal sends it.
    pub fn paste(&mut self, text: &str) {
        self.send(&format!("\x1b[200~{text}\x1b[201~"));
    }

    /// Resizes the screen first, then the terminal (which signals the program), so
    /// that the redraw the program makes lands on a screen of the new size.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.lock().parser.set_size(nonzero(rows), nonzero(cols));
        self.master.resize(size(cols, rows)).expect("resize pty");
    }

    pub fn screen_size(&self) -> (u16, u16) {
        let (rows, cols) = self.lock().parser.screen().size();
        (cols.get(), rows.get())
    }

    /// The screen as text, one line per row.
    pub fn screen_text(&self) -> String {
        self.lock().parser.screen().contents()
    }

    /// Every row of the screen as text, taken at one moment.
    pub fn rows(&self) -> Vec<String> {
        let out = self.lock();
        let screen = out.parser.screen();
        screen.rows(0, screen.size().1.get()).collect()
    }

    /// One row of the screen as text.
    pub fn row(&self, row: u16) -> String {
        self.rows().swap_remove(usize::from(row))
    }

    /// Waits until row `row` shows `text`.
    pub fn wait_for_row(&self, row: u16, text: &str) {
        self.wait_until(&format!("{text:?} on row {row}"), |_| {
            self.row(row).contains(text)
        });
    }

    /// The text in one cell (empty for a blank cell or the right half of a wide one).
    pub fn cell(&self, row: u16, col: u16) -> String {
        let out = self.lock();
        let cell = out.parser.screen().cell(row, col);
        cell.map_or_else(String::new, |cell| cell.contents().to_string())
    }

    /// Everything the program wrote, decoded leniently.
    pub fn transcript(&self) -> String {
        String::from_utf8_lossy(&self.lock().raw).into_owned()
    }

    pub fn alternate_screen(&self) -> bool {
        self.lock().parser.screen().alternate_screen()
    }

    pub fn bracketed_paste(&self) -> bool {
        self.lock().parser.screen().bracketed_paste()
    }

    pub fn cursor_hidden(&self) -> bool {
        self.lock().parser.screen().hide_cursor()
    }

    /// Where the terminal cursor is, as (row, column).
    pub fn cursor(&self) -> (u16, u16) {
        self.lock().parser.screen().cursor_position()
    }

    /// Waits until the visible cursor sits just after `last`, the final character of
    /// some typed text (where an input method opens its window).
    pub fn wait_for_cursor_after(&self, last: char) {
        let cells = if last.is_ascii() { 1 } else { 2 };
        self.wait_until(&format!("the cursor just after {last:?}"), |_| {
            let (row, col) = self.cursor();
            !self.cursor_hidden() && col >= cells && self.cell(row, col - cells) == last.to_string()
        });
    }

    /// Whether the terminal reads line by line with echo, as a shell expects
    /// (that is, not in raw mode).
    pub fn cooked_mode(&self) -> bool {
        let termios = self.master.get_termios().expect("termios of the pty");
        let flags = format!("{:?}", termios.local_flags);
        let has = |flag: &str| {
            flags
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|token| token == flag)
        };
        has("ICANON") && has("ECHO")
    }

    /// Waits until `done(screen)` holds; fails with the screen and `what`.
    pub fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let screen = self.screen_text();
            if done(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; the screen shows:\n{screen}\n---");
            }
            thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until `done(rows)` holds for one snapshot of the screen's rows.
    pub fn wait_until_rows(&self, what: &str, done: impl Fn(&[String]) -> bool) -> Vec<String> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let rows = self.rows();
            if done(&rows) {
                return rows;
            }
            if Instant::now() > deadline {
                let screen = rows.join("\n");
                panic!("timed out waiting for {what}; the screen shows:\n{screen}\n---");
            }
            thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until the screen shows `text`; returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on screen"), |screen| {
            screen.contains(text)
        })
    }

    /// Waits until the screen no longer shows `text`; returns the screen.
    pub fn wait_gone(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} to leave the screen"), |screen| {
            !screen.contains(text)
        })
    }

    /// Waits for the program to end and for its last output to be read.
    pub fn wait_exit(&mut self) -> ExitStatus {
        if let Some(status) = &self.status {
            return status.clone();
        }
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait for yeji") {
                break status;
            }
            if Instant::now() > deadline {
                let screen = self.screen_text();
                panic!("yeji did not exit; the screen shows:\n{screen}\n---");
            }
            thread::sleep(Duration::from_millis(25));
        };
        while !self.reader_done.load(Ordering::SeqCst) && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(10));
        }
        if let Some(reader) = self.reader.take().filter(|r| r.is_finished()) {
            let _ = reader.join();
        }
        self.status = Some(status.clone());
        status
    }

    /// Sends a signal by name (`KILL`, `TERM`, `HUP`) to the program.
    pub fn signal(&self, name: &str) {
        send_signal(self.pid(), name);
    }

    /// SIGKILL: no handler runs, nothing is cleaned up.
    pub fn kill(&mut self) -> ExitStatus {
        self.signal("KILL");
        self.wait_exit()
    }

    /// After the program ended: the terminal is as the shell left it.
    pub fn assert_terminal_restored(&self) {
        let transcript = self.transcript();
        let left = transcript
            .rfind("\x1b[?1049l")
            .expect("the program left the alternate screen");
        let entered = transcript.rfind("\x1b[?1049h").unwrap_or(0);
        assert!(left > entered, "the alternate screen was entered again");
        assert!(!self.alternate_screen(), "still on the alternate screen");
        assert!(!self.bracketed_paste(), "bracketed paste still on");
        assert!(!self.cursor_hidden(), "the cursor is still hidden");
        assert!(self.cooked_mode(), "the terminal is still in raw mode");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            send_signal(self.pid(), "KILL");
            let _ = self.child.wait();
        }
    }
}

pub fn send_signal(pid: u32, name: &str) {
    let status = Command::new("kill")
        .args(["-s", name, &pid.to_string()])
        .status()
        .expect("the kill command runs");
    assert!(status.success(), "kill -s {name} {pid} failed");
}

/// Runs `yeji ARGS` in `dir` without a terminal (stdin from /dev/null), bounded.
pub fn run_plain(dir: &Path, args: &[&str]) -> Output {
    run_plain_in_locale(dir, args, Some("en_US.UTF-8"))
}

/// [`run_plain`] with `LANG` set to `locale`, or with no locale variable at all.
pub fn run_plain_in_locale(dir: &Path, args: &[&str], locale: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_yeji"));
    match locale {
        Some(locale) => command.env("LANG", locale),
        None => command.env_remove("LANG"),
    };
    let mut child = command
        .args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("yeji starts");
    let deadline = Instant::now() + TIMEOUT;
    while child.try_wait().expect("wait for yeji").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("yeji {args:?} without a terminal did not exit");
        }
        thread::sleep(Duration::from_millis(25));
    }
    child.wait_with_output().expect("output of yeji")
}
