//! The Diagnose and whole-brain strategy steps through the real program: the room's
//! picks, the agreed stage, the friction checklist and ten tagged statements, all
//! found again in the saved file.

use crate::files::{only_session_in, read_session, temp_dir};
use crate::harness::{ENTER, PAGE_DOWN, Pty, TAB};
use yeji::session::Side;
use yeji::session::diagnosis::{Friction, Presence, Stage};
use yeji::session::raci::Raci;
use yeji::session::strategy::{Principle, Quadrant};

const BACK_TAB: &str = "\x1b[Z";
const DOWN: &str = "\x1b[B";
const RIGHT: &str = "\x1b[C";
const LEFT: &str = "\x1b[D";

#[test]
fn a_diagnosis_and_ten_statements_recorded_in_the_terminal_are_in_the_saved_file() {
    let dir = temp_dir();
    let args = [
        "new",
        "--title",
        "诊断与战略",
        "--dir",
        "sessions",
        "--lang",
        "en",
    ];
    let mut pty = Pty::spawn(dir.path(), &args, &[], 100, 30);
    pty.wait_for("step 1 of 7");

    // Three participants pasted from a spreadsheet.
    pty.send(TAB);
    pty.paste("张伟\t客服部\t业务\rLi Na\tIT\ttechnology\r陈杰\t数据中心\tdata");
    pty.wait_for("Participants (3)");

    // Diagnose: one key per person, the agreed stage, three frictions.
    pty.send(PAGE_DOWN);
    pty.wait_for("step 2 of 7");
    pty.send(TAB);
    pty.send("332");
    pty.wait_for("2 Steady operation");
    pty.send(TAB);
    pty.send("ynu");
    pty.wait_for("[unsure");
    pty.send(&BACK_TAB.repeat(2));
    pty.wait_for("3 picks spread over 2 stages");
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));
    pty.wait_for("★ agreed");

    // Strategy: ten statements, tags set with single keys after Enter.
    pty.send(PAGE_DOWN);
    pty.wait_for("step 3 of 7");
    for number in 1..=10 {
        pty.send("a");
        pty.type_text(&format!("战略表述 statement {number}"));
        pty.send(ENTER);
        match number {
            2 => pty.send("B2"),
            5 => pty.send("Ds"),
            8 => pty.send("C6p"),
            _ => {}
        }
        pty.wait_for(&format!("Statements ({number})"));
    }
    pty.wait_for("statement 10");
    pty.send("q");
    assert!(pty.wait_exit().success());

    let doc = read_session(&only_session_in(&dir.path().join("sessions")));
    let id = |name: &str| {
        doc.setup
            .participants
            .iter()
            .find(|p| p.name == name)
            .unwrap()
            .id
    };
    let votes = &doc.diagnosis.votes;
    assert_eq!(votes[&id("张伟")], Stage::EarlyDigitalisation);
    assert_eq!(votes[&id("Li Na")], Stage::EarlyDigitalisation);
    assert_eq!(votes[&id("陈杰")], Stage::SteadyOperation);
    assert_eq!(doc.diagnosis.agreed, Some(Stage::EarlyDigitalisation));
    let frictions: Vec<_> = doc
        .diagnosis
        .frictions
        .iter()
        .map(|(f, p)| (*f, *p))
        .collect();
    assert_eq!(
        frictions,
        [
            (Friction::SiloThinking, Presence::Present),
            (Friction::NoWholePlanning, Presence::Absent),
            (Friction::TechAsSupport, Presence::Unsure),
        ]
    );

    let statements = &doc.strategy.statements;
    assert_eq!(statements.len(), 10);
    assert_eq!(statements[0].text, "战略表述 statement 1");
    assert_eq!(
        (statements[0].quadrant, statements[0].principle),
        (Quadrant::A, Principle::CustomerFirst)
    );
    // Tags carry over from the statement before.
    assert_eq!(
        (statements[2].quadrant, statements[2].principle),
        (Quadrant::B, Principle::DigitalFirst)
    );
    assert_eq!(
        (statements[4].quadrant, statements[4].side),
        (Quadrant::D, Side::Technology)
    );
    assert_eq!(statements[5].side, Side::Technology);
    let eighth = &statements[7];
    assert_eq!(
        (eighth.quadrant, eighth.principle),
        (Quadrant::C, Principle::RelentlessInnovation)
    );
    assert_eq!(eighth.authors, [id("张伟")]);
    assert_eq!(eighth.side, Side::Business, "the speaker's side");
    let ids: Vec<u32> = statements.iter().map(|s| s.id).collect();
    assert_eq!(ids, (1..=10).collect::<Vec<_>>());
}

#[test]
fn initiatives_votes_and_all_four_synergy_ratings_typed_in_the_terminal_are_saved() {
    let dir = temp_dir();
    let args = [
        "new",
        "--title",
        "五统一与四协同",
        "--dir",
        "sessions",
        "--lang",
        "zh",
    ];
    let mut pty = Pty::spawn(dir.path(), &args, &[], 100, 30);
    pty.wait_for("第 1/7 步");
    pty.send(TAB);
    pty.paste("张伟\t客服部\t业务\rLi Na\tIT\ttechnology");
    pty.wait_for("参与者（2）");

    // Five unified: two initiatives, then dots from both participants.
    pty.send(&PAGE_DOWN.repeat(3));
    pty.wait_for("第 4/7 步");
    pty.send(&TAB.repeat(2));
    for title in ["智能质检试点", "统一数据口径"] {
        pty.send("a");
        pty.type_text(title);
        pty.send(ENTER);
        pty.wait_for(title);
    }
    pty.send("1t");
    pty.type_text("2026 Q3");
    pty.send(ENTER);
    pty.wait_for("2026-Q3");
    pty.send(TAB);
    pty.wait_for("点投票 · 每人 3 点");
    pty.send("  ");
    pty.send(&format!("{RIGHT}{DOWN} h"));
    pty.wait_for("结果已公布");

    // Four synergies: the whole grid as sixteen digits.
    pty.send(PAGE_DOWN);
    pty.wait_for("第 5/7 步");
    pty.send("2445343442551423");
    pty.wait_for("1     4     2     3");
    pty.wait_for("相差 2");
    pty.send("q");
    assert!(pty.wait_exit().success());

    let doc = read_session(&only_session_in(&dir.path().join("sessions")));
    let titles: Vec<&str> = doc.initiatives.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["智能质检试点", "统一数据口径"]);
    assert_eq!(doc.initiatives[1].quarter.as_deref(), Some("2026-Q3"));
    assert_eq!(doc.voting.given(1, 1), 2);
    assert_eq!(doc.voting.given(2, 2), 1);
    assert!(!doc.voting.hidden);
    let grid: Vec<[Option<u8>; 4]> = doc
        .synergies
        .iter()
        .map(|s| {
            [
                s.business.today,
                s.business.target,
                s.technology.today,
                s.technology.target,
            ]
        })
        .collect();
    let rated = |digits: [u8; 4]| digits.map(Some);
    assert_eq!(
        grid,
        [
            rated([2, 4, 4, 5]),
            rated([3, 4, 3, 4]),
            rated([4, 2, 5, 5]),
            rated([1, 4, 2, 3])
        ]
    );
    assert!(doc.synergies[0].has_friction(&doc.setup.participants));
    assert!(!doc.synergies[2].has_friction(&doc.setup.participants));
}

#[test]
fn a_raci_matrix_filled_in_the_terminal_is_saved_and_checked() {
    let dir = temp_dir();
    let args = [
        "new",
        "--title",
        "Role mapping",
        "--dir",
        "sessions",
        "--lang",
        "en",
    ];
    let mut pty = Pty::spawn(dir.path(), &args, &[], 120, 36);
    pty.wait_for("step 1 of 7");
    pty.send(TAB);
    pty.paste("张伟\t客服部\t业务\rLi Na\tIT\ttechnology");
    pty.wait_for("Participants (2)");
    pty.send(&PAGE_DOWN.repeat(3));
    pty.wait_for("step 4 of 7");
    pty.send(&TAB.repeat(2));
    for title in ["Quality pilot", "KPI dictionary"] {
        pty.send("a");
        pty.type_text(title);
        pty.send(ENTER);
        pty.wait_for(title);
    }

    pty.send(&PAGE_DOWN.repeat(2));
    pty.wait_for("step 6 of 7");
    pty.wait_for("errors 4");
    // Row 1: A for role 1, R for role 2; row 2: R for role 3 only.
    pty.send(&format!("a{RIGHT}r{DOWN}{RIGHT}r"));
    pty.wait_for("errors 1");
    pty.send(&format!("{LEFT}{LEFT}{LEFT}a"));
    pty.wait_for("ready");
    // Roles: role 1 held by 张伟.
    pty.send(TAB);
    pty.send("p ");
    pty.send(ENTER);
    pty.wait_until_rows("role 1 held by 张伟", |rows| {
        rows.iter()
            .any(|row| row.contains("director") && row.contains("张伟"))
    });
    pty.send("q");
    assert!(pty.wait_exit().success());

    let doc = read_session(&only_session_in(&dir.path().join("sessions")));
    let letter = |initiative: u32, role: u32| doc.raci.cell(initiative, role);
    assert_eq!((letter(1, 1), letter(1, 2)), (Some(Raci::A), Some(Raci::R)));
    assert_eq!((letter(2, 1), letter(2, 3)), (Some(Raci::A), Some(Raci::R)));
    assert_eq!(doc.raci.holders_of(1), [1]);
    assert!(yeji::session::raci_checks::is_ready(&doc));
}

#[test]
fn actions_with_relative_due_dates_are_saved_as_dates() {
    let dir = temp_dir();
    let args = [
        "new", "--title", "收尾", "--dir", "sessions", "--lang", "zh",
    ];
    let mut pty = Pty::spawn(dir.path(), &args, &[], 100, 30);
    pty.wait_for("第 1/7 步");
    pty.send(TAB);
    pty.paste("张伟\t客服部\t业务");
    pty.wait_for("参与者（1）");
    // Parked from the Diagnose step without leaving it.
    pty.send(PAGE_DOWN);
    pty.wait_for("第 2/7 步");
    pty.send("P");
    pty.type_text("预算归属");
    pty.send(ENTER);
    pty.wait_for("已放进停车场");
    pty.send("g");
    pty.type_text("7");
    pty.send(ENTER);
    pty.wait_for("第 7/7 步");
    pty.send(&TAB.repeat(2));
    for (text, due) in [
        ("统一口径", "+10d"),
        ("试点班组", "下周一"),
        ("复盘", "+2w"),
    ] {
        pty.send("a");
        pty.type_text(text);
        pty.send(ENTER);
        pty.send("od");
        pty.type_text(due);
        pty.wait_for("截止日期 → 20");
        pty.send(ENTER);
    }
    pty.wait_for("复盘");
    pty.send("q");
    assert!(pty.wait_exit().success());

    let today = chrono::Local::now().date_naive();
    let doc = read_session(&only_session_in(&dir.path().join("sessions")));
    let dues: Vec<_> = doc.wrap_up.actions.iter().map(|a| a.due).collect();
    let expected: Vec<_> = ["+10d", "下周一", "+2w"]
        .iter()
        .map(|typed| yeji::dates::parse_due(typed, today))
        .collect();
    assert_eq!(dues, expected);
    assert!(dues.iter().all(Option::is_some));
    assert!(doc.wrap_up.actions.iter().all(|a| a.owner == Some(1)));
    assert_eq!(doc.wrap_up.parking[0].raised_in, "diagnose");
    let text = std::fs::read_to_string(only_session_in(&dir.path().join("sessions"))).unwrap();
    assert!(
        text.contains(&format!("due: Some(\"{}\")", expected[0].unwrap())),
        "absolute dates in the file"
    );
}
