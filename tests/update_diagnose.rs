//! `update` on the Diagnose step: picks, the agreed stage, the friction checklist.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Focus, Model, NoticeText};
use yeji::msg::Action::*;
use yeji::session::diagnosis::{Friction, Presence, Stage};

fn on_diagnose(doc: yeji::session::Session) -> Model {
    let mut model = session_model(doc);
    act(&mut model, &[NextStep]);
    assert_eq!(screen(&model).focus, Focus::Stages);
    model
}

fn with_people() -> yeji::session::Session {
    let mut doc = typical_session(Lang::Zh);
    doc.diagnosis = Default::default();
    doc
}

#[test]
fn one_key_per_participant_records_their_pick_and_moves_on() {
    let mut model = on_diagnose(with_people());
    act(
        &mut model,
        &[
            NextPanel,
            PickStage(2),
            PickStage(2),
            PickStage(1),
            PickStage(3),
        ],
    );
    let votes: Vec<(u32, Stage)> = doc(&model)
        .diagnosis
        .votes
        .iter()
        .map(|(k, v)| (*k, *v))
        .collect();
    assert_eq!(
        votes,
        [
            (1, Stage::EarlyDigitalisation),
            (2, Stage::EarlyDigitalisation),
            (3, Stage::SteadyOperation),
            (4, Stage::Transformation),
        ]
    );
    assert_eq!(screen(&model).voter, 4);
    assert_eq!(doc(&model).diagnosis.tally(), [0, 1, 2, 1]);
    assert!(doc(&model).diagnosis.is_split());
}

#[test]
fn a_pick_can_be_changed_cleared_and_undone() {
    let mut model = on_diagnose(with_people());
    act(&mut model, &[NextPanel, PickStage(0), Up, PickStage(3)]);
    assert_eq!(doc(&model).diagnosis.votes[&1], Stage::Transformation);
    act(&mut model, &[Up, ClearPick]);
    assert!(doc(&model).diagnosis.votes.is_empty());
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).diagnosis.votes[&1], Stage::Transformation);
}

#[test]
fn picking_needs_participants() {
    let mut model = on_diagnose(new_session("t", Lang::En));
    act(&mut model, &[NextPanel, PickStage(0)]);
    assert!(doc(&model).diagnosis.votes.is_empty());
}

#[test]
fn enter_on_a_stage_fixes_it_as_agreed_and_again_releases_it() {
    let mut model = on_diagnose(with_people());
    act(&mut model, &[Down, Down, AgreeStage]);
    assert_eq!(
        doc(&model).diagnosis.agreed,
        Some(Stage::EarlyDigitalisation)
    );
    act(&mut model, &[Down, AgreeStage]);
    assert_eq!(doc(&model).diagnosis.agreed, Some(Stage::Transformation));
    act(&mut model, &[AgreeStage]);
    assert_eq!(doc(&model).diagnosis.agreed, None);
    act(&mut model, &[Undo, Undo]);
    assert_eq!(
        doc(&model).diagnosis.agreed,
        Some(Stage::EarlyDigitalisation)
    );
}

#[test]
fn frictions_are_marked_with_single_keys_and_the_cursor_moves_on() {
    let mut model = on_diagnose(with_people());
    act(
        &mut model,
        &[NextPanel, NextPanel, MarkPresent, MarkAbsent, MarkUnsure],
    );
    let marks: Vec<_> = doc(&model)
        .diagnosis
        .frictions
        .iter()
        .map(|(f, p)| (*f, *p))
        .collect();
    assert_eq!(
        marks,
        [
            (Friction::SiloThinking, Presence::Present),
            (Friction::NoWholePlanning, Presence::Absent),
            (Friction::TechAsSupport, Presence::Unsure),
        ]
    );
    assert_eq!(screen(&model).friction, 3);
}

/// Marking a row with the mark it already has (after `Space` set it, say) goes
/// on to the next row all the same.
#[test]
fn a_mark_a_friction_already_has_still_moves_on() {
    let mut model = on_diagnose(with_people());
    act(&mut model, &[NextPanel, NextPanel, CyclePresence]);
    assert_eq!(screen(&model).friction, 0);
    act(&mut model, &[MarkPresent]);
    assert_eq!(screen(&model).friction, 1);
}

#[test]
fn space_cycles_a_friction_through_every_mark_and_back_to_none() {
    let mut model = on_diagnose(with_people());
    act(&mut model, &[NextPanel, NextPanel]);
    let mut seen = Vec::new();
    for _ in 0..4 {
        act(&mut model, &[CyclePresence]);
        seen.push(
            doc(&model)
                .diagnosis
                .frictions
                .get(&Friction::SiloThinking)
                .copied(),
        );
    }
    assert_eq!(
        seen,
        [
            Some(Presence::Present),
            Some(Presence::Absent),
            Some(Presence::Unsure),
            None
        ]
    );
    assert_eq!(screen(&model).friction, 0, "cycling stays on the row");
    act(&mut model, &[MarkPresent, Up, ClearMark]);
    assert!(doc(&model).diagnosis.frictions.is_empty());
}

#[test]
fn deleting_a_participant_removes_their_pick() {
    let mut model = session_model(typical_session(Lang::En));
    assert!(doc(&model).diagnosis.votes.contains_key(&1));
    act(&mut model, &[NextPanel, DeleteItem]);
    assert!(!doc(&model).diagnosis.votes.contains_key(&1));
    act(&mut model, &[Undo]);
    assert!(doc(&model).diagnosis.votes.contains_key(&1));
}

#[test]
fn review_mode_refuses_picks_and_marks() {
    let mut model = read_only_model(typical_session(Lang::En));
    act(&mut model, &[NextStep]);
    let before = doc(&model).diagnosis.clone();
    for action in [
        AgreeStage,
        NextPanel,
        PickStage(0),
        ClearPick,
        NextPanel,
        MarkAbsent,
        CyclePresence,
    ] {
        act(&mut model, &[action]);
    }
    assert_eq!(doc(&model).diagnosis, before);
    assert_eq!(
        model.notice.as_ref().map(|n| &n.text),
        Some(&NoticeText::ReadOnly)
    );
}
