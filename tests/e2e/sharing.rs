//! One session, one editor: a second `yeji open` is refused before it draws
//! anything, and `yeji review` reads without locking or writing.

use crate::files::{file_names, temp_dir, write_notes_session, write_session};
use crate::harness::{CTRL_S, CTRL_Z, F2, Pty, run_plain};
use yeji::i18n::Lang;

#[test]
fn a_second_open_of_an_open_session_is_refused_before_the_screen_is_touched() {
    let dir = temp_dir();
    let file = write_session(dir.path(), Lang::En, "setup", &[]);
    let path = dir.path().join(file);
    let before = std::fs::read(&path).unwrap();
    let mut first = Pty::spawn(dir.path(), &["open", file], &[], 80, 24);
    first.wait_for("step 1 of 7");

    let second = run_plain(dir.path(), &["open", file, "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(!second.status.success(), "{:?}: {stderr}", second.status);
    assert!(
        stderr.contains("already open in another yeji"),
        "stderr: {stderr}"
    );
    assert!(
        stderr.contains(&first.pid().to_string()),
        "names the holder"
    );
    assert!(stderr.contains(file), "names the file: {stderr}");
    assert!(
        second.stdout.is_empty(),
        "drew nothing: {:?}",
        second.stdout
    );

    // The first one carries on, and once it quits the session opens again.
    first.wait_for("step 1 of 7");
    first.send("q");
    assert!(first.wait_exit().success());
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing changed");
    let mut third = Pty::spawn(dir.path(), &["open", file], &[], 80, 24);
    third.wait_for("step 1 of 7");
    third.send("q");
    assert!(third.wait_exit().success());
}

#[test]
fn review_shows_read_only_refuses_changes_and_leaves_the_folder_byte_identical() {
    let dir = temp_dir();
    let file = write_notes_session(dir.path(), Lang::En, &["已有 existing note"]);
    let path = dir.path().join(file);
    let sessions = dir.path().join("sessions");
    let before = std::fs::read(&path).unwrap();
    let names_before = file_names(&sessions);

    let args = ["review", file, "--lang", "en"];
    let mut pty = Pty::spawn(dir.path(), &args, &[], 80, 24);
    pty.wait_for_row(0, "read-only");
    pty.wait_for("Overview");
    pty.send("\r");
    pty.wait_for("已有 existing note");
    assert!(
        !sessions.join("s.ron.lock").exists(),
        "review takes no lock"
    );

    pty.send("a");
    pty.wait_for("Read-only: nothing can be changed");
    pty.paste("pasted line");
    for key in [CTRL_Z, CTRL_S, F2, F2] {
        pty.send(key);
    }
    pty.send("x");
    // Longer than the autosave delay, so a wrongly started save would show.
    std::thread::sleep(std::time::Duration::from_millis(1200));
    let screen = pty.wait_for("Notes (1)");
    assert!(!screen.contains("pasted line"), "screen:\n{screen}");
    assert!(!screen.contains("✓"), "step not marked done:\n{screen}");

    pty.send("q");
    assert!(pty.wait_exit().success());
    pty.assert_terminal_restored();
    assert_eq!(std::fs::read(&path).unwrap(), before, "file unchanged");
    assert_eq!(
        file_names(&sessions),
        names_before,
        "no lock, backup or temp file"
    );
}
