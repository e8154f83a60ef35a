//! `update` on the five unified step: statuses, owners, agreements, initiatives
//! (with references kept consistent) and dot voting.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Dialog, Focus, Model, NoticeText};
use yeji::msg::Action::*;
use yeji::msg::Msg;
use yeji::session::unified::{AgreementStatus, Owner, Priority};

fn on_unified(doc: yeji::session::Session) -> Model {
    let mut model = session_model(doc);
    act(&mut model, &[NextStep, NextStep, NextStep]);
    assert_eq!(screen(&model).focus, Focus::Unified);
    model
}

fn on_initiatives(doc: yeji::session::Session) -> Model {
    let mut model = on_unified(doc);
    act(&mut model, &[NextPanel, NextPanel]);
    model
}

/// A list pasted on the items or the agreements becomes the selected item's
/// agreements, one a line; on the initiatives, initiatives. Nothing pasted is lost.
#[test]
fn a_pasted_list_becomes_agreements_or_initiatives() {
    let mut model = on_unified(new_session("t", Lang::Zh));
    act(&mut model, &[Down]);
    send(
        &mut model,
        [Msg::Paste("以客户一次办结为目标\n每季度共同复盘".into())],
    );
    let texts: Vec<_> = doc(&model).unified[1]
        .agreements
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(texts, ["以客户一次办结为目标", "每季度共同复盘"]);
    assert_eq!(screen(&model).focus, Focus::Agreements);
    assert_eq!(screen(&model).agreement, 1);
    let added = |model: &Model| model.notice.as_ref().map(|n| n.text.clone());
    assert_eq!(added(&model), Some(NoticeText::ItemsAdded(2)));
    send(&mut model, [Msg::Paste("统一口径".into())]);
    assert_eq!(doc(&model).unified[1].agreements.len(), 3);
    act(&mut model, &[NextPanel]);
    assert_eq!(screen(&model).focus, Focus::Initiatives);
    send(&mut model, [Msg::Paste("知识库\n智能质检试点\n".into())]);
    let titles: Vec<_> = doc(&model)
        .initiatives
        .iter()
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(titles, ["知识库", "智能质检试点"]);
    assert_eq!(screen(&model).initiative, 1);
    assert_eq!(added(&model), Some(NoticeText::ItemsAdded(2)));
    let ids: Vec<_> = doc(&model).initiatives.iter().map(|i| i.id).collect();
    assert_eq!(ids, [1, 2]);
}

#[test]
fn status_keys_set_each_item_and_the_progress_follows() {
    let mut model = on_unified(new_session("t", Lang::Zh));
    act(
        &mut model,
        &[SetStatus(0), Down, SetStatus(1), Down, SetStatus(3)],
    );
    let statuses: Vec<_> = doc(&model).unified.iter().map(|i| i.status).collect();
    assert_eq!(
        statuses,
        [
            AgreementStatus::Agreed,
            AgreementStatus::Partly,
            AgreementStatus::Disputed,
            AgreementStatus::Open,
            AgreementStatus::Open,
        ]
    );
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).unified[2].status, AgreementStatus::Open);
}

#[test]
fn the_owner_cycles_through_participants_then_roles_then_nobody() {
    let mut model = on_unified(typical_session(Lang::En));
    act(&mut model, &[Down, Down, Down]);
    act(&mut model, &[CycleOwner]);
    assert_eq!(doc(&model).unified[3].owner, Some(Owner::Participant(1)));
    for _ in 0..5 {
        act(&mut model, &[CycleOwner]);
    }
    assert_eq!(doc(&model).unified[3].owner, Some(Owner::Role(1)));
    for _ in 0..8 {
        act(&mut model, &[CycleOwner]);
    }
    assert_eq!(doc(&model).unified[3].owner, None);
}

#[test]
fn agreements_are_added_to_the_selected_item_and_edited_there() {
    let mut model = on_unified(new_session("t", Lang::Zh));
    act(&mut model, &[Down, AddItem]);
    assert_eq!(screen(&model).focus, Focus::Agreements);
    send(&mut model, [typed("统一用企业战略排优先级")]);
    act(&mut model, &[ConfirmEdit, AddItem]);
    send(&mut model, [typed("second")]);
    act(&mut model, &[ConfirmEdit, MoveItemUp]);
    let texts: Vec<_> = doc(&model).unified[1]
        .agreements
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(texts, ["second", "统一用企业战略排优先级"]);
    act(&mut model, &[DeleteItem]);
    assert_eq!(doc(&model).unified[1].agreements.len(), 1);
}

#[test]
fn item_notes_are_multi_line_text() {
    let mut model = on_unified(new_session("t", Lang::En));
    act(&mut model, &[EditOrConfirm]);
    send(&mut model, [typed("one")]);
    act(&mut model, &[NewLine]);
    send(&mut model, [typed("two")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(doc(&model).unified[0].notes, "one\ntwo");
}

#[test]
fn an_initiative_gets_a_title_priority_quarter_and_description() {
    let mut model = on_initiatives(new_session("t", Lang::Zh));
    act(&mut model, &[AddItem]);
    send(&mut model, [typed("智能质检试点")]);
    act(&mut model, &[ConfirmEdit, SetPriority(0), EditQuarter]);
    send(&mut model, [typed("2026年第二季度")]);
    act(&mut model, &[ConfirmEdit, EditDetails]);
    send(&mut model, [typed("先在一个班组试点")]);
    act(&mut model, &[ConfirmEdit]);
    let initiative = &doc(&model).initiatives[0];
    assert_eq!(initiative.title, "智能质检试点");
    assert_eq!(initiative.priority, Priority::High);
    assert_eq!(initiative.quarter.as_deref(), Some("2026-Q2"));
    assert_eq!(initiative.description, "先在一个班组试点");
}

#[test]
fn a_quarter_that_cannot_be_read_is_refused_with_a_hint_and_kept_for_fixing() {
    let mut model = on_initiatives(typical_session(Lang::En));
    act(&mut model, &[EditQuarter, DeleteToLineStart]);
    send(&mut model, [typed("next spring")]);
    act(&mut model, &[ConfirmEdit]);
    assert!(screen(&model).editing.is_some());
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::BadQuarter("next spring".into())
    );
    act(&mut model, &[DeleteToLineStart, ConfirmEdit]);
    assert_eq!(
        doc(&model).initiatives[0].quarter,
        None,
        "empty means not set"
    );
}

#[test]
fn linking_statements_uses_the_picker_and_renaming_keeps_every_reference() {
    let mut model = on_initiatives(typical_session(Lang::En));
    act(&mut model, &[LinkStatements]);
    assert!(matches!(screen(&model).dialog, Some(Dialog::Pick { .. })));
    act(
        &mut model,
        &[Down, ToggleLink, Down, ToggleLink, ToggleLink, Cancel],
    );
    assert_eq!(doc(&model).initiatives[0].serves, [1, 2]);
    act(&mut model, &[EditOrConfirm, DeleteToLineStart]);
    send(&mut model, [typed("Renamed")]);
    act(&mut model, &[ConfirmEdit]);
    let session = doc(&model);
    assert_eq!(session.initiatives[0].title, "Renamed");
    assert_eq!(session.voting.total(1), 6, "votes still point at it");
    assert_eq!(session.synergies[2].mechanisms[0].initiative, Some(1));
}

#[test]
fn deleting_an_initiative_that_is_referred_to_asks_first_and_cleans_up() {
    let mut model = on_initiatives(typical_session(Lang::En));
    act(&mut model, &[DeleteItem]);
    assert_eq!(
        screen(&model).dialog,
        Some(Dialog::ConfirmDeleteInitiative { id: 1 })
    );
    act(&mut model, &[Cancel]);
    assert_eq!(doc(&model).initiatives.len(), 5);
    act(&mut model, &[DeleteItem, ConfirmDelete]);
    let session = doc(&model);
    assert!(session.initiative(1).is_none());
    assert_eq!(session.voting.total(1), 0);
    assert!(
        session
            .voting
            .dots
            .values()
            .all(|dots| !dots.contains_key(&1))
    );
    assert_eq!(session.synergies[2].mechanisms[0].initiative, None);
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).voting.total(1), 6);
}

#[test]
fn an_initiative_nobody_refers_to_is_deleted_at_once() {
    let mut model = on_initiatives(typical_session(Lang::En));
    act(&mut model, &[Down, Down, Down, DeleteItem]);
    assert_eq!(screen(&model).dialog, None);
    assert_eq!(doc(&model).initiatives.len(), 4);
}

#[test]
fn deleting_a_statement_unlinks_it_from_initiatives() {
    let mut model = session_model(typical_session(Lang::En));
    assert_eq!(doc(&model).initiatives[0].serves, [1]);
    act(&mut model, &[NextStep, NextStep, DeleteItem]);
    assert!(doc(&model).initiatives[0].serves.is_empty());
}

fn on_voting(doc: yeji::session::Session) -> Model {
    let mut model = on_initiatives(doc);
    act(&mut model, &[NextPanel]);
    assert_eq!(screen(&model).focus, Focus::Voting);
    model
}

#[test]
fn dots_are_limited_per_person_and_per_initiative() {
    let mut session = typical_session(Lang::En);
    session.voting = Default::default();
    let mut model = on_voting(session);
    act(&mut model, &[AddDot, AddDot, AddDot, AddDot]);
    assert_eq!(doc(&model).voting.given(1, 1), 3, "the cap is 3 by default");
    assert_eq!(model.notice.as_ref().unwrap().text, NoticeText::NoDotsLeft);
    act(&mut model, &[LowerCap, LowerCap]);
    assert_eq!(doc(&model).voting.cap_per_initiative, 1);
    act(&mut model, &[RemoveDot, RemoveDot, Down, AddDot, AddDot]);
    assert_eq!(doc(&model).voting.given(1, 2), 1);
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::DotCapReached
    );
    act(&mut model, &[Right, AddDot]);
    assert_eq!(
        doc(&model).voting.given(2, 2),
        1,
        "the next participant votes"
    );
}

#[test]
fn dots_per_person_stay_between_one_and_twelve_and_the_cap_never_exceeds_them() {
    let mut model = on_voting(typical_session(Lang::En));
    for _ in 0..20 {
        act(&mut model, &[MoreDots, RaiseCap]);
    }
    assert_eq!(
        (
            doc(&model).voting.dots_per_person,
            doc(&model).voting.cap_per_initiative
        ),
        (12, 12)
    );
    for _ in 0..20 {
        act(&mut model, &[FewerDots]);
    }
    assert_eq!(
        (
            doc(&model).voting.dots_per_person,
            doc(&model).voting.cap_per_initiative
        ),
        (1, 1)
    );
}

#[test]
fn ranking_orders_by_dots_only_once_revealed() {
    let mut model = on_voting(typical_session(Lang::En));
    act(&mut model, &[ToggleRanking]);
    assert_eq!(
        screen(&model).vote_rows(),
        [0, 1, 2, 3, 4],
        "hidden totals do not leak"
    );
    act(&mut model, &[ToggleHidden]);
    assert!(!doc(&model).voting.hidden);
    assert_eq!(screen(&model).vote_rows()[..3], [0, 2, 1]);
}

#[test]
fn deleting_a_participant_removes_their_dots_and_ownership() {
    let mut model = session_model(typical_session(Lang::En));
    act(&mut model, &[NextPanel, DeleteItem]);
    let session = doc(&model);
    assert!(!session.voting.dots.contains_key(&1));
    assert_eq!(session.unified[0].owner, None);
    assert!(!session.synergies[3].people.contains_key(&1));
}

#[test]
fn review_mode_refuses_votes_and_statuses() {
    let mut model = read_only_model(typical_session(Lang::En));
    act(&mut model, &[NextStep, NextStep, NextStep]);
    let before = doc(&model).clone();
    act(
        &mut model,
        &[
            SetStatus(3),
            CycleOwner,
            NextPanel,
            NextPanel,
            NextPanel,
            AddDot,
            ToggleHidden,
        ],
    );
    send(&mut model, [Msg::Tick]);
    assert_eq!(*doc(&model), before);
}
