//! `update` deciding when to save, and the dialogs around saving: a failed save, a
//! file changed on disk, a recovery copy after a crash, quitting unsaved.

mod support;

use std::path::PathBuf;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Dialog, Model, SaveStatus};
use yeji::msg::{Action::*, Effect, Msg, SaveRequest};
use yeji::os_error::Reason;
use yeji::storage::failure::{Cause, SaveError};
use yeji::update::update;

fn changed_model() -> Model {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[ToggleStepDone]);
    model
}

fn save_request(effect: Effect) -> SaveRequest {
    match effect {
        Effect::Save(request) => request,
        other => panic!("expected a save, got {other:?}"),
    }
}

#[test]
fn nothing_is_saved_until_something_changes() {
    let mut model = session_model(new_session("t", Lang::En));
    assert_eq!(update(&mut model, Msg::Tick, later(60)), Effect::None);
    assert_eq!(screen(&model).save.status(), SaveStatus::Unchanged);
}

#[test]
fn a_change_is_saved_within_a_second_and_then_shows_the_time() {
    let mut model = changed_model();
    assert_eq!(screen(&model).save.status(), SaveStatus::Unsaved);
    assert_eq!(update(&mut model, Msg::Tick, t0()), Effect::None);
    let request = save_request(update(&mut model, Msg::Tick, later(1)));
    assert!(request.doc.steps[0].done);
    assert!(!request.overwrite);
    assert_eq!(
        update(&mut model, Msg::Tick, later(1)),
        Effect::None,
        "asked once"
    );
    update(
        &mut model,
        Msg::Saved {
            generation: request.generation,
        },
        later(2),
    );
    assert_eq!(screen(&model).save.status(), SaveStatus::Saved(later(2)));
}

#[test]
fn ctrl_s_saves_at_once() {
    let mut model = changed_model();
    let request = save_request(act(&mut model, &[SaveNow]));
    assert!(request.doc.steps[0].done);
}

#[test]
fn a_failed_save_keeps_everything_shows_why_and_retries() {
    let mut model = changed_model();
    save_request(update(&mut model, Msg::Tick, later(1)));
    let why = SaveError::other("No space left on device");
    update(&mut model, Msg::SaveFailed { why: why.clone() }, later(1));
    assert_eq!(screen(&model).save.status(), SaveStatus::Failed(&why));
    assert!(doc(&model).steps[0].done, "nothing discarded");
    assert_eq!(update(&mut model, Msg::Tick, later(2)), Effect::None);
    let retry = save_request(update(&mut model, Msg::Tick, later(4)));
    update(
        &mut model,
        Msg::Saved {
            generation: retry.generation,
        },
        later(4),
    );
    assert_eq!(screen(&model).save.status(), SaveStatus::Saved(later(4)));
}

#[test]
fn a_file_changed_on_disk_stops_saving_and_offers_to_keep_both() {
    let mut model = changed_model();
    save_request(update(&mut model, Msg::Tick, later(1)));
    update(&mut model, Msg::SaveConflict, later(1));
    assert_eq!(screen(&model).dialog, Some(Dialog::ChangedOnDisk));
    assert_eq!(screen(&model).save.status(), SaveStatus::ChangedOnDisk);
    act(&mut model, &[Cancel]);
    assert_eq!(
        update(&mut model, Msg::Tick, later(10)),
        Effect::None,
        "paused"
    );
    act(&mut model, &[SaveNow]);
    assert_eq!(
        screen(&model).dialog,
        Some(Dialog::ChangedOnDisk),
        "Ctrl-S asks again"
    );
    match act(&mut model, &[KeepBoth]) {
        Effect::SaveAsCopy(request) => assert!(request.doc.steps[0].done),
        other => panic!("expected a copy, got {other:?}"),
    }
    let moved = PathBuf::from("sessions/2026-11-25-kick-off-2.ron");
    send(&mut model, [Msg::MovedTo(moved.clone())]);
    assert_eq!(screen(&model).path, moved);
}

#[test]
fn a_failed_save_and_a_blocked_quit_say_why_in_the_language_switched_to() {
    let mut model = changed_model();
    save_request(update(&mut model, Msg::Tick, later(1)));
    let why = SaveError::new(Cause::System(Reason::DiskFull));
    update(&mut model, Msg::SaveFailed { why: why.clone() }, later(1));
    let text = screen_text(&model, 80, 24);
    assert!(text.contains("save failed: the disk is full"), "{text}");
    act(&mut model, &[ToggleLanguage]);
    let text = screen_text(&model, 80, 24);
    assert!(text.contains("保存失败：磁盘已满"), "{text}");
    send(&mut model, [Msg::QuitBlocked { why }]);
    let text = screen_text(&model, 80, 24);
    assert!(text.contains("磁盘已满"), "{text}");
    act(&mut model, &[ToggleLanguage]);
    let text = screen_text(&model, 80, 24);
    assert!(text.contains("the disk is full"), "{text}");
}

#[test]
fn overwriting_after_a_conflict_is_a_deliberate_choice() {
    let mut model = changed_model();
    update(&mut model, Msg::SaveConflict, later(1));
    let request = save_request(act(&mut model, &[Overwrite]));
    assert!(request.overwrite);
    assert_eq!(screen(&model).dialog, None);
}

#[test]
fn a_recovery_copy_is_offered_and_restoring_it_is_saved_then_removed() {
    let mut crashed = new_session("t", Lang::En);
    crashed.steps[1].notes.push(yeji::session::Note {
        id: 1,
        text: "typed before the crash".into(),
    });
    let recovery_path = PathBuf::from("sessions/a.ron.recovery");
    let mut opened = opened(new_session("t", Lang::En), false);
    opened.recovery = Some((recovery_path.clone(), crashed.clone()));
    let mut model = start_model(Lang::En);
    update(&mut model, Msg::Opened(Box::new(opened)), t0());
    assert!(matches!(
        screen(&model).dialog,
        Some(Dialog::Recovery { .. })
    ));
    let request = save_request(act(&mut model, &[RestoreRecovery]));
    assert_eq!(request.doc.steps[1].notes, crashed.steps[1].notes);
    let after_save = update(
        &mut model,
        Msg::Saved {
            generation: request.generation,
        },
        later(1),
    );
    assert_eq!(after_save, Effect::RemoveFile(recovery_path));
    act(&mut model, &[Undo]);
    assert!(
        doc(&model).steps[1].notes.is_empty(),
        "restoring can be undone"
    );
}

#[test]
fn an_identical_recovery_copy_is_not_offered() {
    let doc = new_session("t", Lang::En);
    let mut opened = opened(doc.clone(), false);
    opened.recovery = Some((PathBuf::from("x.recovery"), doc));
    let mut model = start_model(Lang::En);
    update(&mut model, Msg::Opened(Box::new(opened)), t0());
    assert_eq!(screen(&model).dialog, None);
}

/// Read-only, nothing can be restored: the copy is pointed out instead of offered.
#[test]
fn a_read_only_session_points_to_its_recovery_copy() {
    let mut crashed = new_session("t", Lang::En);
    crashed.setup.title = "other".into();
    for (recovered, said) in [(crashed, true), (new_session("t", Lang::En), false)] {
        let mut opened = opened(new_session("t", Lang::En), true);
        opened.recovery = Some((PathBuf::from("sessions/a.ron.recovery"), recovered));
        let mut model = start_model(Lang::En);
        update(&mut model, Msg::Opened(Box::new(opened)), t0());
        assert_eq!(screen(&model).dialog, None);
        let text = screen_text(&model, 80, 24);
        let notice = "a.ron.recovery: unsaved work from a crash; yeji open restores it";
        assert_eq!(text.contains(notice), said, "{text}");
    }
}

#[test]
fn ignoring_a_recovery_copy_keeps_it_for_next_time() {
    let mut crashed = new_session("t", Lang::En);
    crashed.setup.title = "other".into();
    let mut opened = opened(new_session("t", Lang::En), false);
    opened.recovery = Some((PathBuf::from("x.recovery"), crashed));
    let mut model = start_model(Lang::En);
    update(&mut model, Msg::Opened(Box::new(opened)), t0());
    assert_eq!(act(&mut model, &[IgnoreRecovery]), Effect::None);
    assert_eq!(screen(&model).dialog, None);
    assert_eq!(doc(&model).setup.title, "t");
}

#[test]
fn quitting_with_a_failed_save_asks_and_can_keep_a_recovery_copy() {
    let mut model = changed_model();
    assert_eq!(act(&mut model, &[Quit]), Effect::Quit);
    send(
        &mut model,
        [Msg::QuitBlocked {
            why: SaveError::other("disk full"),
        }],
    );
    assert_eq!(
        screen(&model).dialog,
        Some(Dialog::QuitUnsaved {
            why: SaveError::other("disk full")
        })
    );
    act(&mut model, &[StayInSession]);
    assert_eq!(screen(&model).dialog, None);
    act(&mut model, &[Quit]);
    send(
        &mut model,
        [Msg::QuitBlocked {
            why: SaveError::other("disk full"),
        }],
    );
    match act(&mut model, &[QuitAnyway]) {
        Effect::QuitWithoutSaving(doc) => assert!(doc.steps[0].done),
        other => panic!("expected quitting with a recovery copy, got {other:?}"),
    }
}

#[test]
fn a_migrated_file_is_marked_unsaved_and_says_so() {
    let mut opened = opened(new_session("t", Lang::En), false);
    opened.migrated_from = Some(0);
    let mut model = start_model(Lang::En);
    update(&mut model, Msg::Opened(Box::new(opened)), t0());
    assert_eq!(screen(&model).save.status(), SaveStatus::Unsaved);
    assert!(model.notice.is_some());
}
