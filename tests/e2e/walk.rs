//! A whole session from `yeji new` to `q`: typing Chinese and English, pasting,
//! resizing, walking every step, and the file that is left behind.

use crate::files::{notes_of, only_session_in, read_session, temp_dir};
use crate::harness::{ENTER, PAGE_DOWN, Pty, TAB};

const TITLE: &str = "业技融合 第一期";
const NAME: &str = "王小明";
const DEPARTMENT: &str = "客服运营部";
const NOTE: &str = "工单积压 backlog";
const PASTED: [&str; 3] = ["第一条 first", "第二条 second", "第三条 third"];

/// Waits until the program has redrawn at `cols`×`rows`: the step panel's top
/// right corner sits in the last column, where an older, narrower frame has nothing
/// and a wider one has a straight line.
fn wait_for_redraw(pty: &Pty, cols: u16, rows: u16) {
    assert_eq!(pty.screen_size(), (cols, rows));
    pty.wait_until(&format!("a redraw at {cols}x{rows}"), |_| {
        ["┐", "┓", "╮", "+"].contains(&pty.cell(1, cols - 1).as_str())
    });
}

#[test]
fn a_new_session_walked_to_the_end_saves_what_was_typed_and_pasted() {
    let dir = temp_dir();
    let args = ["new", "--title", TITLE, "--dir", "sessions", "--lang", "zh"];
    let mut pty = Pty::spawn(dir.path(), &args, &[], 80, 24);
    pty.wait_for_row(1, " 1 准备 ");
    pty.wait_for("第 1/7 步");
    pty.wait_for(TITLE);

    // Setup: Tab to the participants, add one with a department.
    pty.send(TAB);
    pty.send("a");
    pty.type_text(NAME);
    pty.wait_for(NAME);
    pty.wait_for_cursor_after('明');
    pty.send(ENTER);
    pty.type_text(DEPARTMENT);
    pty.wait_for(DEPARTMENT);
    pty.send(ENTER);
    pty.wait_for("参与者（1）");

    // Diagnose: a typed note, then three pasted lines (a terminal sends CR).
    pty.send(PAGE_DOWN);
    pty.wait_for_row(1, " 2 诊断 ");
    pty.wait_for("第 2/7 步");
    // Past the stages, picks and frictions to the step's free notes.
    pty.send("\t\t\t");
    pty.wait_for("笔记（0）");
    pty.send("a");
    pty.type_text(NOTE);
    pty.wait_for(NOTE);
    pty.wait_for_cursor_after('g');
    pty.send(ENTER);
    pty.wait_for("笔记（1）");
    pty.paste(&PASTED.join("\r"));
    let screen = pty.wait_for("笔记（4）");
    for line in PASTED {
        assert!(screen.contains(line), "{line:?} missing from:\n{screen}");
    }

    // Esc cancels a note being added.
    pty.send("a");
    pty.type_text("取消 cancel me");
    pty.wait_for("取消 cancel me");
    pty.esc();
    pty.wait_gone("cancel me");
    pty.wait_for("笔记（4）");

    // Too small a window says so; resizing redraws at the new size and keeps everything.
    pty.resize(40, 12);
    pty.wait_for("窗口太小");
    for (cols, rows) in [(120, 40), (60, 20), (80, 24)] {
        pty.resize(cols, rows);
        wait_for_redraw(&pty, cols, rows);
        let screen = pty.wait_for(NOTE);
        assert!(screen.contains("诊断"), "at {cols}x{rows}:\n{screen}");
        assert!(screen.contains("笔记（4）"), "at {cols}x{rows}:\n{screen}");
    }

    // Every remaining step, one PageDown at a time.
    for (number, title) in [
        (3, "全脑型战略规划"),
        (4, "五统一"),
        (5, "四协同"),
        (6, "角色分工"),
        (7, "总结与行动"),
    ] {
        pty.send(PAGE_DOWN);
        pty.wait_for(&format!("第 {number}/7 步"));
        // The agenda lists every title; the step panel's border names this one.
        pty.wait_for_row(1, &format!(" {number} {title} "));
    }
    // One more does not go past the end.
    pty.send(PAGE_DOWN);
    pty.send("q");
    let status = pty.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    pty.assert_terminal_restored();

    let sessions = dir.path().join("sessions");
    let doc = read_session(&only_session_in(&sessions));
    assert_eq!(doc.setup.title, TITLE);
    assert_eq!(doc.setup.participants.len(), 1);
    assert_eq!(doc.setup.participants[0].name, NAME);
    assert_eq!(doc.setup.participants[0].department, DEPARTMENT);
    let mut expected = vec![NOTE.to_string()];
    expected.extend(PASTED.map(String::from));
    assert_eq!(notes_of(&doc, "diagnose"), expected);
    let all_notes: usize = doc.steps.iter().map(|step| step.notes.len()).sum();
    assert_eq!(all_notes, 4, "notes only on the Diagnose step");
    assert_eq!(doc.current_step, doc.steps.last().unwrap().id);
    assert_eq!(doc.current_step, "wrap-up");
}
