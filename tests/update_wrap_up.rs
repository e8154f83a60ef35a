//! `update` for the wrap-up step and the room toolkit: the timebox clock with
//! injected time, the parking lot, due dates typed in words, the quick switcher,
//! facilitator notes, projector mode and themes.

mod support;

use chrono::NaiveDate;
use support::*;
use yeji::i18n::Lang;
use yeji::model::{Focus, Model, NoticeText, ThemeName};
use yeji::msg::Action::*;
use yeji::msg::{Effect, Msg};
use yeji::session::summary::{OpenProblem, summarise};
use yeji::session::wrap_up::{ActionStatus, IndicatorKind, Link};
use yeji::update::update;

fn at(model: &mut Model, seconds: i64, actions: &[yeji::msg::Action]) -> Effect {
    let mut effect = Effect::None;
    for action in actions {
        effect = update(model, Msg::Act(*action), later(seconds));
    }
    effect
}

#[test]
fn the_clock_counts_down_pauses_and_keeps_the_time_spent_in_the_session() {
    let mut model = session_model(new_session("t", Lang::En));
    assert_eq!(
        screen(&model).remaining_seconds(),
        10 * 60,
        "Setup suggests 10 minutes"
    );
    at(&mut model, 0, &[StartPauseTimer]);
    update(&mut model, Msg::Tick, later(90));
    assert_eq!(screen(&model).remaining_seconds(), 510);
    at(&mut model, 120, &[StartPauseTimer]);
    assert_eq!(doc(&model).room.time("setup").spent_seconds, 120);
    update(&mut model, Msg::Tick, later(600));
    assert_eq!(
        screen(&model).remaining_seconds(),
        480,
        "paused time does not count"
    );
    at(&mut model, 600, &[AddFiveMinutes]);
    assert_eq!(screen(&model).remaining_seconds(), 780);
    at(&mut model, 600, &[ResetTimer]);
    assert_eq!(screen(&model).remaining_seconds(), 600);
    assert_eq!(doc(&model).room.time("setup").spent_seconds, 0);
}

#[test]
fn the_bell_rings_once_when_the_time_is_up() {
    let mut model = session_model(new_session("t", Lang::En));
    at(&mut model, 0, &[StartPauseTimer]);
    assert_ne!(update(&mut model, Msg::Tick, later(599)), Effect::Bell);
    assert_eq!(update(&mut model, Msg::Tick, later(600)), Effect::Bell);
    assert_ne!(update(&mut model, Msg::Tick, later(601)), Effect::Bell);
    assert_eq!(screen(&model).remaining_seconds(), -1);
    at(&mut model, 602, &[AddFiveMinutes]);
    assert_eq!(
        update(&mut model, Msg::Tick, later(902)),
        Effect::Bell,
        "again after +5"
    );
}

#[test]
fn moving_on_books_the_time_to_the_step_left_and_the_clock_keeps_running() {
    let mut model = session_model(new_session("t", Lang::En));
    at(&mut model, 0, &[StartPauseTimer]);
    at(&mut model, 300, &[NextStep]);
    assert_eq!(doc(&model).room.time("setup").spent_seconds, 300);
    update(&mut model, Msg::Tick, later(360));
    assert_eq!(screen(&model).remaining_seconds(), 25 * 60 - 60);
    at(&mut model, 400, &[Quit]);
    assert_eq!(
        doc(&model).room.time("diagnose").spent_seconds,
        100,
        "quitting books it too"
    );
}

fn on_wrap_up(lang: Lang) -> Model {
    let mut model = session_model(typical_session(lang));
    for _ in 0..6 {
        act(&mut model, &[NextStep]);
    }
    assert_eq!(screen(&model).focus, Focus::Summary);
    model
}

#[test]
fn p_parks_an_item_from_any_step_and_the_wrap_up_gives_it_an_owner_and_a_date() {
    let mut model = session_model(typical_session(Lang::Zh));
    act(&mut model, &[NextStep, ParkIt]);
    send(&mut model, [typed("智能客服预算归属")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(model.notice.as_ref().unwrap().text, NoticeText::Parked);
    assert_eq!(
        doc(&model).current_step,
        "diagnose",
        "parking does not leave the step"
    );
    let parked = &doc(&model).wrap_up.parking[0];
    assert_eq!(
        (parked.text.as_str(), parked.raised_in.as_str()),
        ("智能客服预算归属", "diagnose")
    );
    for _ in 0..5 {
        act(&mut model, &[NextStep]);
    }
    act(
        &mut model,
        &[NextPanel, NextPanel, NextPanel, CyclePersonOwner, EditDue],
    );
    send(&mut model, [typed("下周一")]);
    act(&mut model, &[ConfirmEdit, ToggleClosed]);
    let parked = &doc(&model).wrap_up.parking[0];
    assert_eq!(parked.owner, Some(1));
    assert_eq!(parked.due, NaiveDate::from_ymd_opt(2026, 11, 30));
    assert!(parked.closed);
}

#[test]
fn actions_get_owners_due_dates_in_words_statuses_and_initiatives() {
    let mut model = on_wrap_up(Lang::En);
    act(&mut model, &[NextPanel, NextPanel, AddItem]);
    send(&mut model, [typed("Draft one KPI dictionary")]);
    act(
        &mut model,
        &[ConfirmEdit, CyclePersonOwner, CyclePersonOwner, EditDue],
    );
    send(&mut model, [typed("+2w")]);
    act(&mut model, &[ConfirmEdit, CycleActionStatus, CycleLink]);
    let action = &doc(&model).wrap_up.actions[0];
    assert_eq!(action.owner, Some(2));
    assert_eq!(action.due, NaiveDate::from_ymd_opt(2026, 12, 9));
    assert_eq!(action.status, ActionStatus::Doing);
    assert_eq!(action.initiative, Some(1));
}

/// After the last item of a list is deleted, or an item begun at its end is
/// given up, the item before it is selected, so that the next key acts on it.
#[test]
fn the_last_item_left_is_selected_after_a_delete_or_a_cancelled_add() {
    let mut model = on_wrap_up(Lang::En);
    act(&mut model, &[NextPanel, NextPanel]);
    for text in ["First action", "Second action"] {
        act(&mut model, &[AddItem]);
        send(&mut model, [typed(text)]);
        act(&mut model, &[ConfirmEdit]);
    }
    assert_eq!(screen(&model).action, 1);
    act(&mut model, &[DeleteItem]);
    assert_eq!(screen(&model).action, 0);
    act(&mut model, &[CycleActionStatus]);
    assert_eq!(doc(&model).wrap_up.actions[0].status, ActionStatus::Doing);

    act(&mut model, &[AddItem, CancelEdit]);
    assert_eq!(doc(&model).wrap_up.actions.len(), 1);
    act(&mut model, &[CycleActionStatus]);
    assert_eq!(doc(&model).wrap_up.actions[0].status, ActionStatus::Done);
}

#[test]
fn a_date_that_cannot_be_read_is_refused_with_a_hint_and_nothing_is_lost() {
    let mut model = on_wrap_up(Lang::En);
    act(&mut model, &[NextPanel, NextPanel, AddItem]);
    send(&mut model, [typed("x")]);
    act(&mut model, &[ConfirmEdit, EditDue]);
    send(&mut model, [typed("someday")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::BadDue("someday".into())
    );
    assert!(screen(&model).editing.is_some(), "still open to fix");
    assert_eq!(doc(&model).wrap_up.actions[0].due, None);
}

#[test]
fn decisions_link_to_steps_then_initiatives_and_indicators_keep_their_numbers() {
    let mut model = on_wrap_up(Lang::Zh);
    act(&mut model, &[NextPanel, AddItem]);
    send(&mut model, [typed("以一次解决率为第一指标")]);
    act(&mut model, &[ConfirmEdit, CycleLink, CycleLink]);
    assert_eq!(
        doc(&model).wrap_up.decisions[0].link,
        Some(Link::Step("diagnose".into()))
    );
    for _ in 0..7 {
        act(&mut model, &[CycleLink]);
    }
    assert_eq!(
        doc(&model).wrap_up.decisions[0].link,
        Some(Link::Initiative(2))
    );
    act(&mut model, &[NextPanel, NextPanel, NextPanel, AddItem]);
    send(&mut model, [typed("一次解决率")]);
    act(&mut model, &[ConfirmEdit, EditBaseline]);
    send(&mut model, [typed("72")]);
    act(&mut model, &[ConfirmEdit, EditTargetValue]);
    send(&mut model, [typed("85")]);
    act(&mut model, &[ConfirmEdit, EditUnit]);
    send(&mut model, [typed("%")]);
    act(&mut model, &[ConfirmEdit, ToggleIndicatorKind]);
    let indicator = &doc(&model).wrap_up.indicators[0];
    assert_eq!(
        (
            indicator.baseline.as_str(),
            indicator.target.as_str(),
            indicator.unit.as_str()
        ),
        ("72", "85", "%")
    );
    assert_eq!(indicator.kind, IndicatorKind::Process);
}

#[test]
fn the_summary_lists_what_is_still_open_and_the_next_session_date() {
    let mut model = on_wrap_up(Lang::En);
    let before = summarise(doc(&model), t0().date_naive());
    assert!(before.open.contains(&OpenProblem::NoNextSession));
    assert!(before.open.contains(&OpenProblem::DisputedItems(1)));
    act(&mut model, &[EditNextSession]);
    send(&mut model, [typed("2027-01-08")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(
        doc(&model).wrap_up.next_session,
        NaiveDate::from_ymd_opt(2027, 1, 8)
    );
    act(&mut model, &[NextPanel, NextPanel, AddItem]);
    send(&mut model, [typed("no owner yet")]);
    act(&mut model, &[ConfirmEdit]);
    let after = summarise(doc(&model), t0().date_naive());
    assert!(!after.open.contains(&OpenProblem::NoNextSession));
    assert!(after.open.contains(&OpenProblem::UnassignedActions(1)));
    assert_eq!(after.per_step.len(), 7);
}

#[test]
fn the_quick_switcher_jumps_by_number_or_by_part_of_a_name() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[QuickSwitch]);
    send(&mut model, [typed("5")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(doc(&model).current_step, "four-synergies");
    act(&mut model, &[QuickSwitch]);
    send(&mut model, [typed("全脑")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(doc(&model).current_step, "strategy");
    act(&mut model, &[QuickSwitch]);
    send(&mut model, [typed("WRAP")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(doc(&model).current_step, "wrap-up");
    act(&mut model, &[QuickSwitch]);
    send(&mut model, [typed("nowhere")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(
        model.notice.as_ref().unwrap().text,
        NoticeText::NoStepMatches("nowhere".into())
    );
    act(&mut model, &[CancelEdit]);
    assert!(screen(&model).switcher.is_none());
}

#[test]
fn facilitator_notes_are_kept_per_step_and_emptied_away() {
    let mut model = session_model(new_session("t", Lang::Zh));
    act(&mut model, &[NextStep, EditFacilitatorNotes]);
    send(&mut model, [typed("孙磊对预算敏感")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(
        doc(&model).room.facilitator_notes["diagnose"],
        "孙磊对预算敏感"
    );
    act(
        &mut model,
        &[EditFacilitatorNotes, DeleteToLineStart, ConfirmEdit],
    );
    assert!(doc(&model).room.facilitator_notes.is_empty());
}

#[test]
fn projector_mode_and_themes_are_one_key_and_themes_are_remembered() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[ToggleProjector]);
    assert!(model.display.projector);
    match act(&mut model, &[CycleTheme]) {
        Effect::SaveSettings(display) => assert_eq!(display.theme, ThemeName::Light),
        other => panic!("expected the settings to be saved, got {other:?}"),
    }
    act(&mut model, &[CycleTheme, CycleTheme]);
    assert_eq!(model.display.theme, ThemeName::Dark);
}

/// F8 says what it did: the bell is otherwise silent until a timebox ends.
#[test]
fn turning_the_bell_on_or_off_says_which() {
    let mut model = session_model(new_session("t", Lang::En));
    for _ in 0..2 {
        act(&mut model, &[ToggleBell]);
        let state = if model.display.bell { "on" } else { "off" };
        let shown = screen_text(&model, 80, 24);
        assert!(
            shown.contains(&format!("Bell when time is up: {state}")),
            "{shown}"
        );
    }
}

#[test]
fn review_mode_refuses_the_timer_and_the_parking_lot() {
    let mut model = read_only_model(typical_session(Lang::En));
    let before = doc(&model).clone();
    for action in [
        StartPauseTimer,
        ParkIt,
        EditFacilitatorNotes,
        AddFiveMinutes,
    ] {
        at(&mut model, 10, &[action]);
        assert_eq!(
            model.notice.as_ref().map(|n| &n.text),
            Some(&NoticeText::ReadOnly)
        );
    }
    assert_eq!(*doc(&model), before);
}
