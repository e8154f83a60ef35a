//! `update` on a notes step, in read-only mode, and on the start screen.

mod support;

use std::path::PathBuf;

use support::*;
use yeji::i18n::Lang;
use yeji::load_error::{LoadError, Problem};
use yeji::model::{NoticeText, Screen};
use yeji::msg::{Action::*, Effect, Msg};
use yeji::session::naming::Listing;

fn on_notes_step(lang: Lang) -> yeji::model::Model {
    let mut model = session_model(new_session("t", lang));
    to_notes_step(&mut model);
    model
}

fn note_texts(model: &yeji::model::Model) -> Vec<String> {
    doc(model).steps[NOTES_STEP]
        .notes
        .iter()
        .map(|note| note.text.clone())
        .collect()
}

#[test]
fn a_note_is_added_after_the_selected_one_and_selected() {
    let mut model = on_notes_step(Lang::Zh);
    for text in ["第一条", "第二条"] {
        act(&mut model, &[AddItem]);
        send(&mut model, [typed(text)]);
        act(&mut model, &[ConfirmEdit]);
    }
    act(&mut model, &[Up, AddItem]);
    send(&mut model, [typed("中间")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(note_texts(&model), ["第一条", "中间", "第二条"]);
    assert_eq!(screen(&model).note, 1);
    let ids: Vec<_> = doc(&model).steps[NOTES_STEP]
        .notes
        .iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(ids, [1, 3, 2], "ids are stable, not positions");
}

#[test]
fn a_note_keeps_line_breaks_typed_with_alt_enter() {
    let mut model = on_notes_step(Lang::En);
    act(&mut model, &[AddItem]);
    send(&mut model, [typed("line one")]);
    act(&mut model, &[NewLine]);
    send(&mut model, [typed("line two")]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(note_texts(&model), ["line one\nline two"]);
}

#[test]
fn emptying_a_note_and_confirming_removes_it() {
    let mut model = on_notes_step(Lang::En);
    act(&mut model, &[AddItem]);
    send(&mut model, [typed("x")]);
    act(
        &mut model,
        &[ConfirmEdit, EditOrConfirm, Backspace, ConfirmEdit],
    );
    assert!(note_texts(&model).is_empty());
    act(&mut model, &[Undo]);
    assert_eq!(note_texts(&model), ["x"]);
}

#[test]
fn a_pasted_block_becomes_one_note_per_line_in_one_undo() {
    let mut model = on_notes_step(Lang::Zh);
    let paste = "各守一摊\r\n\r\n  Technology only supports  \rfear of change\n";
    send(&mut model, [Msg::Paste(paste.into())]);
    assert_eq!(
        note_texts(&model),
        ["各守一摊", "Technology only supports", "fear of change"]
    );
    assert_eq!(screen(&model).note, 2);
    act(&mut model, &[Undo]);
    assert!(note_texts(&model).is_empty());
}

#[test]
fn pasting_while_typing_a_note_inserts_at_the_cursor() {
    let mut model = on_notes_step(Lang::En);
    act(&mut model, &[AddItem]);
    send(&mut model, [typed("ab")]);
    act(&mut model, &[CursorLeft]);
    send(&mut model, [Msg::Paste("1\r\n2".into())]);
    act(&mut model, &[ConfirmEdit]);
    assert_eq!(note_texts(&model), ["a1\n2b"]);
}

#[test]
fn notes_can_be_reordered_and_deleted() {
    let mut model = on_notes_step(Lang::En);
    send(&mut model, [Msg::Paste("one\ntwo\nthree".into())]);
    act(&mut model, &[MoveItemUp]);
    assert_eq!(note_texts(&model), ["one", "three", "two"]);
    act(&mut model, &[MoveItemDown, MoveItemDown]);
    assert_eq!(note_texts(&model), ["one", "two", "three"]);
    act(&mut model, &[Up, DeleteItem]);
    assert_eq!(note_texts(&model), ["one", "three"]);
}

#[test]
fn keys_that_need_a_selection_do_nothing_on_an_empty_list() {
    let mut model = on_notes_step(Lang::En);
    let before = doc(&model).clone();
    act(
        &mut model,
        &[DeleteItem, MoveItemUp, MoveItemDown, Up, Down],
    );
    assert_eq!(*doc(&model), before);
}

#[test]
fn read_only_refuses_every_change_and_says_so() {
    let mut model = read_only_model(typical_session(Lang::En));
    let before = doc(&model).clone();
    act(&mut model, &[NextStep]);
    for action in [
        AddItem,
        EditOrConfirm,
        DeleteItem,
        MoveItemUp,
        ToggleStepDone,
        Undo,
    ] {
        act(&mut model, &[action]);
        let shown = model.notice.as_ref().map(|n| &n.text);
        assert_eq!(shown, Some(&NoticeText::ReadOnly), "{action:?}");
        assert!(screen(&model).editing.is_none());
    }
    send(&mut model, [Msg::Paste("x\ny".into())]);
    act(&mut model, &[ToggleLanguage]);
    assert_eq!(doc(&model).steps, before.steps);
    assert_eq!(doc(&model).language, before.language);
    assert_eq!(update_tick(&mut model, 60), Effect::None, "never saves");
}

fn update_tick(model: &mut yeji::model::Model, seconds: i64) -> Effect {
    yeji::update::update(model, Msg::Tick, later(seconds))
}

#[test]
fn f2_switches_the_language_and_the_session_remembers_it() {
    let mut model = session_model(new_session("t", Lang::Zh));
    act(&mut model, &[ToggleLanguage]);
    assert_eq!(model.lang, Lang::En);
    assert_eq!(doc(&model).language, Lang::En);
    assert!(screen(&model).save.is_dirty());
}

#[test]
fn help_opens_scrolls_and_closes_without_touching_the_session() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[ToggleHelp, Down, Down, NextStep]);
    assert_eq!(model.help, Some(12));
    assert_eq!(doc(&model).current_step, "setup", "keys go to the help");
    act(&mut model, &[Cancel]);
    assert_eq!(model.help, None);
}

fn start_with(listings: Vec<Listing>) -> yeji::model::Model {
    let mut model = start_model(Lang::En);
    send(&mut model, [Msg::Listed(listings)]);
    model
}

fn broken_listing() -> Listing {
    let path = PathBuf::from("sessions/broken.ron");
    Listing {
        summary: Err(LoadError::new(&path, None, Problem::Empty)),
        path,
    }
}

#[test]
fn the_start_screen_asks_for_a_title_and_creates_the_session() {
    let mut model = start_with(vec![]);
    act(&mut model, &[EditOrConfirm]);
    send(&mut model, [typed("Q4 review")]);
    let effect = act(&mut model, &[ConfirmEdit]);
    assert_eq!(
        effect,
        Effect::CreateSession {
            title: "Q4 review".into()
        }
    );
}

#[test]
fn a_broken_file_on_the_start_screen_shows_its_error_instead_of_opening() {
    let mut model = start_with(vec![broken_listing()]);
    let effect = act(&mut model, &[Down, EditOrConfirm]);
    assert_eq!(effect, Effect::None);
    let notice = model.notice.clone().unwrap();
    assert!(notice.is_error);
    assert!(matches!(notice.text, NoticeText::Load(_)));
}

#[test]
fn a_listed_session_opens_for_editing_or_read_only() {
    let mut model = start_with(vec![yeji::session::naming::Listing {
        path: PathBuf::from("sessions/a.ron"),
        summary: Err(LoadError::new("x", None, Problem::Empty)),
    }]);
    act(&mut model, &[Down]);
    if let Screen::Start(start) = &mut model.screen {
        start.listings[0].summary = Ok(yeji::session::naming::Summary {
            date: t0().date_naive(),
            title: "a".into(),
            organisation: String::new(),
            steps_done: 0,
            steps_total: 7,
            updated: t0(),
        });
    }
    let path = PathBuf::from("sessions/a.ron");
    assert_eq!(
        act(&mut model, &[EditOrConfirm]),
        Effect::OpenSession {
            path: path.clone(),
            read_only: false
        }
    );
    assert_eq!(
        act(&mut model, &[OpenReadOnly]),
        Effect::OpenSession {
            path,
            read_only: true
        }
    );
}

#[test]
fn quitting_from_the_start_screen_quits() {
    let mut model = start_with(vec![]);
    assert_eq!(act(&mut model, &[Quit]), Effect::Quit);
}
