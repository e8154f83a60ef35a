//! Job control: SIGTSTP (a shell's Ctrl-Z; in raw mode the key itself is undo)
//! gives the terminal back to the shell before the program stops, and `fg`
//! (SIGCONT) takes it again with a full redraw. Nothing typed is lost.

use crate::files::{notes_of, read_session, temp_dir, wait_for_condition, write_notes_session};
use crate::harness::{ENTER, Pty};
use yeji::i18n::Lang;

const BEFORE: &str = "暂停前 before";
const AFTER: &str = " 之后 after";

/// The state letter of a process (`R`, `S`, `T` for stopped, …).
fn process_state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The name in parentheses may hold spaces; the state follows the last `)`.
    stat.rsplit_once(") ")
        .and_then(|(_, rest)| rest.chars().next())
        .unwrap_or('?')
}

#[test]
fn sigtstp_gives_the_terminal_back_and_sigcont_redraws_everything_and_typing_goes_on() {
    let dir = temp_dir();
    let file = write_notes_session(dir.path(), Lang::En, &[]);
    let path = dir.path().join(file);
    let mut pty = Pty::spawn(dir.path(), &["open", file], &[], 80, 24);
    pty.wait_for("step 2 of 2");
    pty.send("a");
    pty.type_text(BEFORE);
    pty.wait_for(BEFORE);

    pty.signal("TSTP");
    wait_for_condition("the program to stop", || process_state(pty.pid()) == 'T');
    pty.wait_until("the terminal given back", |_| {
        !pty.alternate_screen() && !pty.bracketed_paste() && pty.cooked_mode()
    });
    assert!(!pty.cursor_hidden(), "the shell gets its cursor back");

    pty.signal("CONT");
    pty.wait_until("the terminal taken again", |_| {
        pty.alternate_screen() && pty.bracketed_paste() && !pty.cooked_mode()
    });
    // Entering the alternate screen cleared it: only a full redraw shows these.
    pty.wait_for("step 2 of 2");
    pty.wait_for(BEFORE);

    pty.type_text(AFTER);
    pty.send(ENTER);
    pty.wait_for("Notes (1)");
    pty.send("q");
    assert!(pty.wait_exit().success());
    pty.assert_terminal_restored();
    let expected = format!("{BEFORE}{AFTER}");
    assert_eq!(notes_of(&read_session(&path), "notes"), [expected]);
}
