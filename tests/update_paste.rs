//! Pasting outside a text box: into a list each line becomes an item, as `a`
//! would add it, and one Ctrl-Z takes the paste back; where no text can go the
//! footer says so, and nothing changes unseen.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Focus, Model, NoticeText};
use yeji::msg::Action::*;
use yeji::msg::Msg;
use yeji::session::strategy::Quadrant;

const PASTED: &str = "整理坐席排班方案\r\n\r\n  评估智能质检效果  \n更新知识库流程\n";
const LINES: [&str; 3] = ["整理坐席排班方案", "评估智能质检效果", "更新知识库流程"];

fn paste(model: &mut Model, text: &str) {
    send(model, [Msg::Paste(text.to_string())]);
}

fn on_wrap_up_panel(panel: Focus) -> Model {
    let mut model = session_model(typical_session(Lang::Zh));
    for _ in 0..6 {
        act(&mut model, &[NextStep]);
    }
    while screen(&model).focus != panel {
        act(&mut model, &[NextPanel]);
    }
    model
}

#[test]
fn lines_pasted_into_the_actions_become_actions_and_one_undo_takes_them_back() {
    let mut model = on_wrap_up_panel(Focus::Actions);
    let before = doc(&model).wrap_up.actions.len();
    paste(&mut model, PASTED);
    let texts: Vec<&str> = doc(&model).wrap_up.actions[before..]
        .iter()
        .map(|action| action.text.as_str())
        .collect();
    assert_eq!(texts, LINES);
    assert!(screen(&model).editing.is_none(), "no box is left open");
    assert_eq!(
        model.notice.as_ref().map(|n| &n.text),
        Some(&NoticeText::ItemsAdded(3))
    );
    let shown = screen_text(&model, 80, 24);
    assert!(shown.contains("已添加 3 条"), "{shown}");
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).wrap_up.actions.len(), before);
}

#[test]
fn decisions_and_the_parking_lot_take_pasted_lines_too() {
    let mut model = on_wrap_up_panel(Focus::Decisions);
    paste(&mut model, PASTED);
    let decisions = &doc(&model).wrap_up.decisions;
    assert_eq!(decisions[decisions.len() - 3].text, LINES[0]);

    let mut model = on_wrap_up_panel(Focus::Parking);
    let before = doc(&model).wrap_up.parking.len();
    paste(&mut model, PASTED);
    let parked = &doc(&model).wrap_up.parking[before..];
    assert_eq!(parked.len(), 3);
    assert!(parked.iter().all(|item| item.raised_in == "wrap-up"));
}

#[test]
fn pasted_statements_take_the_tags_of_the_last_one_as_typed_ones_do() {
    let mut model = session_model(typical_session(Lang::En));
    act(&mut model, &[NextStep, NextStep]);
    assert_eq!(screen(&model).focus, Focus::Statements);
    let before = doc(&model).strategy.statements.len();
    let last = doc(&model).strategy.statements[before - 1].clone();
    paste(
        &mut model,
        "Cut repeat calls by half\nEvery agent sees the whole customer",
    );
    let added = &doc(&model).strategy.statements[before..];
    assert_eq!(added.len(), 2);
    assert_eq!(added[1].text, "Every agent sees the whole customer");
    assert!(
        added.iter().all(
            |s| (s.quadrant, s.principle, s.side) == (last.quadrant, last.principle, last.side)
        )
    );
    assert_ne!(last.quadrant, Quadrant::D, "the case tells the tags apart");
}

#[test]
fn a_paste_where_no_text_goes_says_so_and_changes_nothing() {
    let mut model = session_model(typical_session(Lang::En));
    for _ in 0..4 {
        act(&mut model, &[NextStep]);
    }
    assert_eq!(screen(&model).focus, Focus::Ratings);
    let before = doc(&model).clone();
    paste(&mut model, PASTED);
    assert_eq!(doc(&model), &before);
    assert_eq!(
        model.notice.as_ref().map(|n| &n.text),
        Some(&NoticeText::NowhereToPaste)
    );
    assert!(screen_text(&model, 80, 24).contains("Nothing can be pasted here"));

    // Nor does a paste on the overview land in the notes it hides.
    let mut model = session_model(typical_session(Lang::En));
    act(&mut model, &[NextStep, NextPanel, NextPanel, NextPanel]);
    assert_eq!(screen(&model).focus, Focus::Notes);
    act(&mut model, &[ToggleDashboard]);
    let before = doc(&model).clone();
    paste(&mut model, PASTED);
    assert_eq!(doc(&model), &before);
}

#[test]
fn a_review_refuses_a_paste_into_a_list() {
    let mut model = read_only_model(typical_session(Lang::En));
    act(&mut model, &[ToggleDashboard, NextStep, NextStep]);
    let before = doc(&model).clone();
    paste(&mut model, PASTED);
    assert_eq!(doc(&model), &before);
    assert_eq!(
        model.notice.as_ref().map(|n| &n.text),
        Some(&NoticeText::ReadOnly)
    );
}
