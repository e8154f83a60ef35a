//! The large session loads, every screen of the frame target draws at 200×60, and
//! every key press the speed bench times does what it is named for.

use yeji::model::Model;
use yeji::session::Session;
use yeji::session::file::load;

use crate::generate::{self, fixture_path, ten_times_session};
use crate::scenes::{HEIGHT, Kind, Press, WIDTH, press, presses, screens};
use crate::support::{doc, screen, screen_text};

fn fixture() -> Session {
    load(&fixture_path())
        .expect("the large fixture loads")
        .session
}

#[test]
fn the_fixture_loads_as_the_generated_session_with_the_promised_sizes() {
    let doc = fixture();
    assert!(
        doc == ten_times_session(),
        "the fixture is not the generated session"
    );
    assert_eq!(doc.setup.participants.len(), generate::PARTICIPANTS);
    assert_eq!(doc.strategy.statements.len(), generate::STATEMENTS);
    assert_eq!(doc.initiatives.len(), generate::INITIATIVES);
    assert_eq!(doc.roles.len(), generate::ROLES);
    assert_eq!(doc.wrap_up.actions.len(), generate::ACTIONS);
    let sides = yeji::session::Side::ALL.map(|side| {
        let people = doc.setup.participants.iter();
        people.filter(|person| person.side == side).count()
    });
    assert!(
        sides.iter().all(|count| *count > 0),
        "every side: {sides:?}"
    );
    assert!(doc.steps.iter().all(|step| !step.notes.is_empty()));
    assert_eq!(doc.raci.cells.len(), generate::INITIATIVES);
    assert!(doc.voting.dots.len() == generate::PARTICIPANTS);
}

#[test]
fn every_screen_draws_at_200_by_60() {
    let doc = fixture();
    let mut seen: Vec<(&str, String)> = Vec::new();
    for (name, model) in screens(&doc) {
        let text = screen_text(&model, WIDTH, HEIGHT);
        assert_eq!(text.lines().count(), usize::from(HEIGHT), "{name}");
        if let Some((other, _)) = seen.iter().find(|(_, shown)| *shown == text) {
            panic!("{name} draws the same screen as {other}");
        }
        seen.push((name, text));
    }
}

/// The document apart from when it was last changed.
fn content(model: &Model) -> Session {
    let mut doc = doc(model).clone();
    doc.updated = Default::default();
    doc
}

fn check(case: &mut Press) {
    let name = case.name;
    let before = case.model.clone();
    press(&mut case.model, case.key);
    let after = case.model.clone();
    match case.kind {
        Kind::Move => {
            assert!(
                content(&after) == content(&before),
                "{name}: changed the document"
            );
            assert!(after != before, "{name}: moved nothing");
        }
        Kind::Change => {
            assert!(
                content(&after) != content(&before),
                "{name}: changed nothing"
            );
            assert!(screen(&after).history.can_undo(), "{name}: not recorded");
            let mut undone = after.clone();
            press(&mut undone, crate::scenes::ctrl('z'));
            assert!(content(&undone) == content(&before), "{name}: undo");
        }
        Kind::Type => {
            assert!(screen(&before).editing.is_some(), "{name}: no editor open");
            assert!(content(&after) != content(&before), "{name}: typed nothing");
        }
        Kind::Undo => {
            assert!(content(&after) != content(&before), "{name}: undid nothing");
        }
        Kind::Step => {
            assert_ne!(
                doc(&after).current_step,
                doc(&before).current_step,
                "{name}"
            );
        }
    }
    for key in &case.restore {
        press(&mut case.model, *key);
    }
    if !case.restore.is_empty() {
        assert!(
            content(&case.model) == content(&before),
            "{name}: not restored"
        );
    }
}

#[test]
fn every_timed_key_press_does_what_it_is_named_for() {
    let doc = fixture();
    let cases = presses(&doc);
    let steps: Vec<&str> = cases.iter().map(|case| case.name).collect();
    for step in [
        "setup",
        "diagnose",
        "strategy",
        "five unified",
        "synergies",
        "role",
        "wrap-up",
    ] {
        assert!(steps.iter().any(|name| name.contains(step)), "{step}");
    }
    for mut case in cases {
        check(&mut case);
        // Twice: what the bench times over and over must work over and over.
        check(&mut case);
    }
}
