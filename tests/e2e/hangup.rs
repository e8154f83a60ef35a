//! A terminal that goes away under the program (window closed, tmux killed): it
//! saves what was typed, releases its lock and exits at once, whether or not a
//! SIGHUP reaches it. The pseudo-terminal here is opened directly, so that the
//! test holds the only descriptor of its master side and closing it hangs the
//! terminal up, exactly as a terminal emulator that quits does.

use std::ffi::CStr;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::fd::FromRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::files::{file_names, notes_of, read_session, temp_dir, write_notes_session};
use crate::harness::{TIMEOUT, nonzero};
use yeji::i18n::Lang;

const NOTE: &str = "断线前 typed before the hangup";
/// How soon after the hangup the program must have ended.
const PROMPTLY: Duration = Duration::from_secs(5);

/// The program in a terminal whose master side only this test holds.
struct Detached {
    master: Option<File>,
    child: Child,
    parser: vt100::Parser,
}

/// Opens a pseudo-terminal of 80×24; returns its master and terminal sides. Both
/// are close-on-exec, so no other program started meanwhile keeps them open.
fn open_pty() -> (File, File) {
    // SAFETY: plain libc calls on a descriptor this function owns; the name buffer
    // outlives the call that fills it.
    unsafe {
        let fd = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
        assert!(fd >= 0, "posix_openpt: {}", io::Error::last_os_error());
        let master = File::from_raw_fd(fd);
        assert_eq!(libc::grantpt(fd), 0, "grantpt");
        assert_eq!(libc::unlockpt(fd), 0, "unlockpt");
        let mut name = [0 as libc::c_char; 128];
        assert_eq!(libc::ptsname_r(fd, name.as_mut_ptr(), name.len()), 0);
        let path = CStr::from_ptr(name.as_ptr()).to_string_lossy().into_owned();
        let size = libc::winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        assert_eq!(libc::ioctl(fd, libc::TIOCSWINSZ, &size), 0, "window size");
        let flags = libc::fcntl(fd, libc::F_GETFL);
        assert_eq!(libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK), 0);
        let terminal = OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(&path)
            .expect("open the terminal side");
        (master, terminal)
    }
}

impl Detached {
    /// Starts `yeji ARGS` in `dir` in a new session. With `controlling`, the
    /// terminal becomes its controlling terminal, so the hangup also sends SIGHUP;
    /// without, only reads and polls tell the program the terminal is gone.
    fn spawn(dir: &Path, args: &[&str], controlling: bool) -> Detached {
        let (master, terminal) = open_pty();
        let stdio = || Stdio::from(terminal.try_clone().expect("duplicate the terminal"));
        let mut command = Command::new(env!("CARGO_BIN_EXE_yeji"));
        command
            .args(args)
            .current_dir(dir)
            .env("TERM", "xterm-256color")
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("YEJI_TEST_PANIC_AFTER_KEYS")
            .stdin(stdio())
            .stdout(stdio())
            .stderr(stdio());
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            command.pre_exec(move || {
                if libc::setsid() == -1 || (controlling && libc::ioctl(0, libc::TIOCSCTTY, 0) == -1)
                {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("yeji starts");
        // The child has its own copies; the terminal side must not stay open here.
        drop(command);
        drop(terminal);
        Detached {
            master: Some(master),
            child,
            parser: vt100::Parser::new(nonzero(24), nonzero(80), 0),
        }
    }

    /// Feeds the screen with whatever the program wrote.
    fn pump(&mut self) {
        let Some(master) = self.master.as_mut() else {
            return;
        };
        let mut buf = [0u8; 8192];
        while let Ok(n @ 1..) = master.read(&mut buf) {
            self.parser.process(&buf[..n]);
        }
    }

    fn send(&mut self, text: &str) {
        let master = self.master.as_mut().expect("the terminal is open");
        master
            .write_all(text.as_bytes())
            .expect("write to the terminal");
    }

    fn wait_for(&mut self, what: &str, done: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.pump();
            let screen = self.parser.screen().contents();
            if done(&screen) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; the screen shows:\n{screen}\n---"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Closes the master side: the kernel hangs the terminal up.
    fn hang_up(&mut self) {
        self.master = None;
    }

    fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for yeji") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "yeji was still running {limit:?} after its terminal hung up"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Detached {
    /// A program left spinning on a dead terminal is never left behind.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn half_typed_note_survives_a_hangup(controlling: bool) {
    let dir = temp_dir();
    let file = write_notes_session(dir.path(), Lang::En, &[]);
    let path = dir.path().join(file);
    let sessions = dir.path().join("sessions");
    let mut yeji = Detached::spawn(dir.path(), &["open", file], controlling);
    yeji.wait_for("the notes step", |screen| screen.contains("step 2 of 2"));
    assert!(
        sessions.join("s.ron.lock").exists(),
        "the session is locked"
    );
    yeji.send("a");
    yeji.send(NOTE);
    // On screen but not saved yet: autosave waits 0.8 s after a change.
    yeji.wait_for("the note", |screen| {
        screen.contains(NOTE) && screen.contains("unsaved")
    });
    yeji.hang_up();
    let status = yeji.wait_exit(PROMPTLY);
    assert!(status.success(), "exit status {status:?}");
    assert_eq!(notes_of(&read_session(&path), "notes"), [NOTE]);
    let names = file_names(&sessions);
    assert_eq!(
        names,
        ["s.ron", "s.ron.bak"],
        "lock released, nothing else left"
    );
}

#[test]
fn a_closed_terminal_with_sighup_saves_releases_the_lock_and_exits_at_once() {
    half_typed_note_survives_a_hangup(true);
}

#[test]
fn a_closed_terminal_without_sighup_is_noticed_all_the_same() {
    half_typed_note_survives_a_hangup(false);
}
