//! Nothing typed is lost however the program ends: killed outright, stopped by a
//! signal, or panicking.

use std::time::Duration;

use crate::files::{
    file_names, notes_of, only_session_in, read_session, temp_dir, write_notes_session,
    write_notes_template,
};
use crate::harness::{ENTER, PAGE_DOWN, Pty};
use yeji::i18n::Lang;

const NOTE: &str = "来电高峰 peak calls";
const STATUS_ROW: usize = 23;

/// Whether the save state at the right of the status row says "saved HH:MM:SS".
fn shows_saved(status_row: &str) -> bool {
    let Some((before, time)) = status_row.trim_end().rsplit_once(' ') else {
        return false;
    };
    let is_time = time.len() == 8 && time.bytes().filter(|b| *b == b':').count() == 2;
    is_time && before.trim_end().rsplit(' ').next() == Some("saved")
}

#[test]
fn after_sigkill_the_autosaved_note_is_on_disk_and_the_session_opens_again() {
    let dir = temp_dir();
    let template = write_notes_template(dir.path());
    let args = [
        "new",
        "--title",
        "Kill 测试",
        "--dir",
        "sessions",
        "--lang",
        "en",
        "--template",
        template,
    ];
    let mut pty = Pty::spawn(dir.path(), &args, &[], 80, 24);
    pty.wait_for("step 1 of 2");
    pty.send(PAGE_DOWN);
    pty.wait_for("step 2 of 2");
    pty.send("a");
    pty.type_text(NOTE);
    pty.send(ENTER);
    pty.wait_for("Notes (1)");
    // Autosave runs 0.8 s after a change; by now it has happened and been reported.
    std::thread::sleep(Duration::from_millis(2500));
    pty.wait_until_rows("the saved status", |rows| shows_saved(&rows[STATUS_ROW]));

    let killed = pty.kill();
    assert!(!killed.success(), "SIGKILL ends the process: {killed:?}");
    let sessions = dir.path().join("sessions");
    let path = only_session_in(&sessions);
    assert_eq!(notes_of(&read_session(&path), "notes"), [NOTE]);

    // The lock died with the process: the session opens again, on the same step.
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let relative = format!("sessions/{name}");
    let mut again = Pty::spawn(dir.path(), &["open", &relative], &[], 80, 24);
    again.wait_for("step 2 of 2");
    again.wait_for(NOTE);
    again.send("q");
    assert!(again.wait_exit().success());
    again.assert_terminal_restored();
}

#[test]
// The panic can be injected only into a debug build.
#[cfg(debug_assertions)]
fn a_panic_restores_the_terminal_and_leaves_a_recovery_file_that_the_next_open_restores() {
    let dir = temp_dir();
    let file = write_notes_session(dir.path(), Lang::En, &[]);
    let path = dir.path().join(file);
    let recovery = dir.path().join("sessions/s.ron.recovery");
    let before = std::fs::read(&path).unwrap();
    // `a`, the note, then Enter: the panic comes with Enter, while the note is
    // still being typed and long before autosave (all keys arrive in one read).
    let keys = format!("a{NOTE}{ENTER}");
    let panic_at = keys.chars().count().to_string();
    let env = [("YEJI_TEST_PANIC_AFTER_KEYS", panic_at.as_str())];
    let mut pty = Pty::spawn(dir.path(), &["open", file], &env, 80, 24);
    pty.wait_for("step 2 of 2");
    pty.send(&keys);
    pty.wait_exit();
    pty.assert_terminal_restored();
    let screen = pty.screen_text();
    assert!(screen.contains("internal error"), "screen:\n{screen}");
    assert!(
        screen.contains("sessions/s.ron.recovery"),
        "screen:\n{screen}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "no autosave happened"
    );
    assert_eq!(notes_of(&read_session(&recovery), "notes"), [NOTE]);

    // Reviewing the session meanwhile says where the unsaved work is, and keeps it.
    let mut review = Pty::spawn(dir.path(), &["review", file], &[], 80, 24);
    review.wait_for("s.ron.recovery: unsaved work from a crash; yeji open restores it");
    review.send("q");
    assert!(review.wait_exit().success());
    assert_eq!(notes_of(&read_session(&recovery), "notes"), [NOTE]);

    let mut again = Pty::spawn(dir.path(), &["open", file], &[], 80, 24);
    again.wait_for("A recovery file was found");
    again.wait_for("sessions/s.ron.recovery");
    again.send("r");
    again.wait_for(NOTE);
    again.wait_for("Restored the work");
    let restored = std::time::Instant::now();
    crate::files::wait_for_condition(
        "the restored note saved and the recovery file removed",
        || !recovery.exists() && notes_of(&read_session(&path), "notes") == [NOTE],
    );
    assert!(
        restored.elapsed() < Duration::from_secs(3),
        "saved promptly"
    );
    again.send("q");
    assert!(again.wait_exit().success());
    assert_eq!(notes_of(&read_session(&path), "notes"), [NOTE]);
    let names = file_names(&dir.path().join("sessions"));
    let leftovers = |name: &String| name.ends_with(".recovery") || name.ends_with(".tmp");
    assert!(!names.iter().any(leftovers), "{names:?}");
}

/// Types a note and sends `signal` before autosave; the note must be saved.
fn note_survives(signal: &str, confirm: bool) {
    let dir = temp_dir();
    let file = write_notes_session(dir.path(), Lang::En, &[]);
    let path = dir.path().join(file);
    let mut pty = Pty::spawn(dir.path(), &["open", file], &[], 80, 24);
    pty.wait_for("step 2 of 2");
    pty.send("a");
    pty.type_text(NOTE);
    if confirm {
        pty.send(ENTER);
        pty.wait_for("Notes (1)");
    }
    let rows = pty.wait_until_rows("the note", |rows| rows.join("\n").contains(NOTE));
    // In the same frame as the note: not saved yet.
    let status = &rows[STATUS_ROW];
    assert!(status.trim_end().ends_with("unsaved"), "status: {status:?}");
    pty.signal(signal);
    pty.wait_exit();
    pty.assert_terminal_restored();
    assert_eq!(notes_of(&read_session(&path), "notes"), [NOTE]);
    let names = file_names(&dir.path().join("sessions"));
    assert!(
        !names.iter().any(|name| name.ends_with(".recovery")),
        "{names:?}"
    );
}

#[test]
fn sigterm_right_after_typing_saves_the_note_before_exiting() {
    note_survives("TERM", true);
}

#[test]
fn sighup_while_still_typing_saves_the_half_typed_note() {
    note_survives("HUP", false);
}

#[test]
// The panic can be injected only into a debug build.
#[cfg(debug_assertions)]
fn a_panic_exits_with_failure_and_its_report_stays_readable_above_the_recovery_message() {
    let dir = temp_dir();
    let file = write_notes_session(dir.path(), Lang::En, &[]);
    let env = [("YEJI_TEST_PANIC_AFTER_KEYS", "2"), ("RUST_BACKTRACE", "0")];
    let mut pty = Pty::spawn(dir.path(), &["open", file], &env, 80, 24);
    pty.wait_for("step 2 of 2");
    pty.send("ab");
    let status = pty.wait_exit();
    let screen = pty.screen_text();
    assert!(screen.contains("panicked at"), "screen:\n{screen}");
    assert!(
        screen.contains("sessions/s.ron.recovery"),
        "screen:\n{screen}"
    );
    assert!(
        !status.success(),
        "a crash is reported as a failure: {status:?}"
    );
}
