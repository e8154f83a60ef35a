//! `update` on the session screen: moving around, and the Setup step's fields and
//! participants.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Focus, NoticeText, ParticipantColumn, SetupField, Target};
use yeji::msg::{Action::*, Effect, Msg};
use yeji::session::Side;

#[test]
fn next_and_previous_step_stop_at_the_ends_and_are_remembered_in_the_file() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[PreviousStep]);
    assert_eq!(doc(&model).current_step, "setup");
    act(&mut model, &[NextStep, NextStep]);
    assert_eq!(doc(&model).current_step, "strategy");
    for _ in 0..10 {
        act(&mut model, &[NextStep]);
    }
    assert_eq!(doc(&model).current_step, "wrap-up");
    assert!(
        screen(&model).save.is_dirty(),
        "where the room is gets saved"
    );
}

#[test]
fn moving_between_steps_is_not_an_undoable_change() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[NextStep, Undo]);
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::NothingToUndo
    );
    assert_eq!(doc(&model).current_step, "diagnose");
}

#[test]
fn tab_cycles_through_the_panels_of_the_current_step() {
    let mut model = session_model(new_session("t", Lang::En));
    assert_eq!(screen(&model).focus, Focus::Fields);
    act(&mut model, &[NextPanel]);
    assert_eq!(screen(&model).focus, Focus::Participants);
    act(&mut model, &[NextPanel]);
    assert_eq!(screen(&model).focus, Focus::Agenda);
    act(&mut model, &[PreviousPanel]);
    assert_eq!(screen(&model).focus, Focus::Participants);
    act(&mut model, &[NextStep]);
    assert_eq!(screen(&model).focus, Focus::Stages);
    act(&mut model, &[NextPanel, NextPanel, NextPanel]);
    assert_eq!(screen(&model).focus, Focus::Notes);
    act(&mut model, &[NextPanel]);
    assert_eq!(screen(&model).focus, Focus::Agenda);
    act(&mut model, &[NextStep, NextStep]);
    assert_eq!(screen(&model).focus, Focus::Unified);
    act(&mut model, &[NextStep]);
    assert_eq!(screen(&model).focus, Focus::Ratings);
    act(&mut model, &[NextStep]);
    assert_eq!(screen(&model).focus, Focus::Matrix);
    act(&mut model, &[NextStep]);
    assert_eq!(screen(&model).focus, Focus::Summary);
    act(&mut model, &[PreviousPanel]);
    assert_eq!(screen(&model).focus, Focus::Agenda);
}

#[test]
fn the_agenda_panel_jumps_to_the_chosen_step() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[PreviousPanel]);
    assert_eq!(screen(&model).focus, Focus::Agenda);
    act(&mut model, &[Down, Down, Down, EditOrConfirm]);
    assert_eq!(doc(&model).current_step, "five-unified");
}

#[test]
fn typing_a_title_in_chinese_is_written_live_and_kept_on_enter() {
    let mut model = session_model(new_session("", Lang::Zh));
    act(&mut model, &[EditOrConfirm]);
    send(&mut model, [typed("业"), typed("技融合")]);
    assert_eq!(
        doc(&model).setup.title,
        "业技融合",
        "written before Enter, for autosave"
    );
    act(&mut model, &[Backspace, ConfirmEdit]);
    assert_eq!(doc(&model).setup.title, "业技融");
    assert!(screen(&model).editing.is_none());
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).setup.title, "");
}

#[test]
fn escape_puts_the_field_back_as_it_was() {
    let mut model = session_model(new_session("Kick-off", Lang::En));
    act(&mut model, &[EditOrConfirm, DeleteWordBack]);
    send(&mut model, [typed("Review")]);
    act(&mut model, &[CancelEdit]);
    assert_eq!(doc(&model).setup.title, "Kick-off");
    act(&mut model, &[Undo]);
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::NothingToUndo
    );
}

#[test]
fn a_start_time_is_checked_before_it_is_accepted() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[Down, Down, Down]);
    assert_eq!(screen(&model).field, SetupField::StartsAt);
    act(&mut model, &[EditOrConfirm, DeleteToLineStart]);
    send(&mut model, [typed("next week")]);
    act(&mut model, &[ConfirmEdit]);
    assert!(
        screen(&model).editing.is_some(),
        "stays open to fix the text"
    );
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::BadDateTime("next week".into())
    );
    act(&mut model, &[DeleteToLineStart]);
    send(&mut model, [typed("2026-12-01 09:30")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(
        doc(&model).setup.starts_at.to_rfc3339(),
        "2026-12-01T09:30:00+08:00"
    );
}

fn add_participant(model: &mut yeji::model::Model, name: &str, department: &str) {
    act(model, &[AddItem]);
    send(model, [typed(name)]);
    act(model, &[ConfirmEdit]);
    send(model, [typed(department)]);
    act(model, &[ConfirmEdit]);
}

#[test]
fn adding_a_participant_asks_for_name_then_department() {
    let mut model = session_model(new_session("t", Lang::Zh));
    act(&mut model, &[NextPanel]);
    add_participant(&mut model, "张伟", "客户服务部");
    let people = &doc(&model).setup.participants;
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].name, "张伟");
    assert_eq!(people[0].department, "客户服务部");
    assert_eq!(people[0].side, Side::Business);
    assert!(screen(&model).editing.is_none());
}

#[test]
fn a_new_participant_takes_the_side_of_the_selected_one() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[NextPanel]);
    add_participant(&mut model, "Li", "IT");
    act(&mut model, &[Right, Right, EditOrConfirm]);
    assert_eq!(doc(&model).setup.participants[0].side, Side::Technology);
    add_participant(&mut model, "Wang", "Apps");
    assert_eq!(doc(&model).setup.participants[1].side, Side::Technology);
    assert_eq!(screen(&model).participant_column, ParticipantColumn::Name);
}

#[test]
fn cancelling_a_new_participant_removes_it_entirely() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[NextPanel, AddItem]);
    send(&mut model, [typed("Half typed")]);
    act(&mut model, &[CancelEdit]);
    assert!(doc(&model).setup.participants.is_empty());
    act(&mut model, &[Undo]);
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::NothingToUndo
    );
}

#[test]
fn participants_can_be_deleted_reordered_and_brought_back() {
    let mut model = session_model(typical_session(Lang::Zh));
    act(&mut model, &[NextPanel, Down, MoveItemUp]);
    let names: Vec<_> = doc(&model)
        .setup
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(names[..2], ["李娜".to_string(), "张伟".to_string()]);
    assert_eq!(screen(&model).participant, 0);
    act(&mut model, &[DeleteItem]);
    assert_eq!(doc(&model).setup.participants[0].name, "张伟");
    assert_eq!(model.notice.as_ref().unwrap().text, NoticeText::Deleted);
    act(&mut model, &[Undo, Undo]);
    assert_eq!(
        doc(&model).setup.participants,
        typical_session(Lang::Zh).setup.participants
    );
    act(&mut model, &[Redo]);
    assert_eq!(doc(&model).setup.participants[0].name, "李娜");
}

#[test]
fn a_pasted_table_of_people_becomes_participants() {
    let mut model = session_model(new_session("t", Lang::Zh));
    act(&mut model, &[NextPanel]);
    let table = "张伟\t客户服务部\t业务\r\nLi Na\tIT\ttechnology\n\n赵静\t中心领导\n";
    send(&mut model, [Msg::Paste(table.into())]);
    let people = &doc(&model).setup.participants;
    let summary: Vec<_> = people
        .iter()
        .map(|p| (p.name.as_str(), p.department.as_str(), p.side))
        .collect();
    assert_eq!(
        summary,
        [
            ("张伟", "客户服务部", Side::Business),
            ("Li Na", "IT", Side::Technology),
            ("赵静", "中心领导", Side::Business),
        ]
    );
    let ids: Vec<_> = people.iter().map(|p| p.id).collect();
    assert_eq!(ids, [1, 2, 3]);
    act(&mut model, &[Undo]);
    assert!(
        doc(&model).setup.participants.is_empty(),
        "one paste, one undo"
    );
}

/// A table copied with its heading row adds only the people; sides written
/// loosely are understood, and a side that is not is named in the footer rather
/// than quietly made "business".
#[test]
fn a_pasted_heading_row_is_skipped_and_sides_not_understood_are_named() {
    let mut model = session_model(new_session("t", Lang::Zh));
    act(&mut model, &[NextPanel]);
    let table = "姓名\t部门\t所属方\n张伟\t客服部\t业务方\n周婷\t质检组\t一线\nLi Na\tIT\tIT\n赵静\t中心\t外包\n";
    send(&mut model, [Msg::Paste(table.into())]);
    let people: Vec<_> = doc(&model)
        .setup
        .participants
        .iter()
        .map(|p| (p.name.as_str(), p.side))
        .collect();
    assert_eq!(
        people,
        [
            ("张伟", Side::Business),
            ("周婷", Side::Business),
            ("Li Na", Side::Technology),
            ("赵静", Side::Business),
        ]
    );
    let notice = model.notice.as_ref().expect("the paste is reported");
    assert!(notice.is_error);
    let shown = screen_text(&model, 160, 30);
    assert!(shown.contains("没认出的所属方：一线、外包"), "{shown}");

    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[NextPanel]);
    send(
        &mut model,
        [Msg::Paste("Name\tDept\tSide\nAnn\tOps\ttech\n".into())],
    );
    assert_eq!(doc(&model).setup.participants.len(), 1);
    let shown = screen_text(&model, 120, 30);
    assert!(shown.contains("1 participant added"), "{shown}");
}

#[test]
fn pasting_onto_a_field_edits_it_with_newlines_flattened() {
    let mut model = session_model(new_session("", Lang::En));
    act(&mut model, &[Down]);
    send(&mut model, [Msg::Paste("95598\r\nhotline centre".into())]);
    let editing = screen(&model).editing.as_ref().unwrap();
    assert_eq!(editing.target, Target::Setup(SetupField::Organisation));
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(doc(&model).setup.organisation, "95598 hotline centre");
}

#[test]
fn marking_a_step_done_is_undoable() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[ToggleStepDone]);
    assert!(doc(&model).steps[0].done);
    act(&mut model, &[Undo]);
    assert!(!doc(&model).steps[0].done);
}

#[test]
fn undo_and_redo_work_across_steps_and_return_to_where_the_change_was() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[ToggleStepDone]);
    to_notes_step(&mut model);
    act(&mut model, &[AddItem]);
    send(&mut model, [typed("a note")]);
    act(&mut model, &[ConfirmEdit, NextStep, NextStep]);
    act(&mut model, &[Undo]);
    assert!(doc(&model).steps[NOTES_STEP].notes.is_empty());
    assert_eq!(
        doc(&model).current_step,
        "diagnose",
        "undo shows where it acted"
    );
    act(&mut model, &[Undo]);
    assert!(!doc(&model).steps[0].done);
    assert_eq!(doc(&model).current_step, "setup");
    act(&mut model, &[Redo, Redo]);
    assert_eq!(doc(&model).steps[NOTES_STEP].notes[0].text, "a note");
    assert!(doc(&model).steps[0].done);
    let effect = act(&mut model, &[Redo]);
    assert_eq!(effect, Effect::None);
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::NothingToRedo
    );
}
