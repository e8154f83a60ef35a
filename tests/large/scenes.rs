//! The screens and key presses the speed targets are about, set up on a given
//! session: every step's screen (and the overview, help, projector and a pick
//! dialog), and on every step a cursor move, a change recorded for undo, typing
//! into an open editor, and undo.
//!
//! Shared by `tests/large/` and `benches/speed.rs` (included there by path, with
//! `tests/support/mod.rs` as `support`).
#![allow(dead_code)]

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use yeji::keymap::resolve;
use yeji::model::Model;
use yeji::msg::{Action, Effect};
use yeji::session::Session;
use yeji::update::update;

use crate::support::{act, session_model, t0};

/// The terminal size of the frame target.
pub const WIDTH: u16 = 200;
pub const HEIGHT: u16 = 60;

/// The session opened on step `step` (by id), as the facilitator would find it.
pub fn at_step(doc: &Session, step: &str) -> Model {
    let mut doc = doc.clone();
    assert!(doc.step_index(step).is_some(), "no step {step}");
    doc.current_step = step.into();
    session_model(doc)
}

fn prepared(doc: &Session, step: &str, actions: &[Action]) -> Model {
    let mut model = at_step(doc, step);
    act(&mut model, actions);
    model
}

/// Every screen the room sees, by name.
pub fn screens(doc: &Session) -> Vec<(&'static str, Model)> {
    use Action::*;
    let downs = |n: usize| vec![Down; n];
    vec![
        ("setup", prepared(doc, "setup", &[NextPanel])),
        ("diagnose", prepared(doc, "diagnose", &[])),
        ("strategy", prepared(doc, "strategy", &downs(500))),
        (
            "strategy, walk-around",
            prepared(doc, "strategy", &[WalkAround, NextQuadrant]),
        ),
        ("five unified", prepared(doc, "five-unified", &[])),
        (
            "five unified, voting",
            prepared(doc, "five-unified", &[NextPanel, NextPanel, NextPanel]),
        ),
        (
            "five unified, linking statements",
            prepared(doc, "five-unified", &[NextPanel, NextPanel, LinkStatements]),
        ),
        ("four synergies", prepared(doc, "four-synergies", &[])),
        ("role mapping", prepared(doc, "role-mapping", &downs(50))),
        ("wrap-up", prepared(doc, "wrap-up", &[])),
        (
            "wrap-up, actions",
            prepared(doc, "wrap-up", &[NextPanel, NextPanel]),
        ),
        (
            "review overview",
            prepared(doc, "wrap-up", &[ToggleDashboard]),
        ),
        ("help overlay", prepared(doc, "strategy", &[ToggleHelp])),
        ("projector", prepared(doc, "strategy", &[ToggleProjector])),
    ]
}

/// What a timed key press does, so tests can check that it does it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Moves a cursor; the document stays as it was.
    Move,
    /// Changes the document and is recorded for undo.
    Change,
    /// Types into an editor that is open.
    Type,
    Undo,
    /// Goes to another step.
    Step,
}

/// A key press to time on a prepared model. The `restore` keys, pressed untimed
/// after each timed press, put the model back so the next press does the same work.
pub struct Press {
    pub name: &'static str,
    pub kind: Kind,
    pub model: Model,
    pub key: KeyEvent,
    pub restore: Vec<KeyEvent>,
}

impl Press {
    /// The timed key, then the restoring ones.
    pub fn once(&mut self) {
        press(&mut self.model, self.key);
        for key in &self.restore {
            press(&mut self.model, *key);
        }
    }
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// One key press as the app loop handles it: looked up in the key table, then
/// `update`d (at a fixed time, so runs are comparable).
pub fn press(model: &mut Model, key: KeyEvent) -> Effect {
    match resolve(model, key) {
        Some(msg) => update(model, msg, t0()),
        None => Effect::None,
    }
}

fn case(
    name: &'static str,
    kind: Kind,
    model: Model,
    key: KeyEvent,
    restore: &[KeyEvent],
) -> Press {
    Press {
        name,
        kind,
        model,
        key,
        restore: restore.to_vec(),
    }
}

/// The presses on every step: moving, changing (recorded for undo), typing, undo.
pub fn presses(doc: &Session) -> Vec<Press> {
    use Action::{ClearRating, Down, EditOrConfirm, NextPanel, Right};
    use Kind::*;
    let (down, up) = (key(KeyCode::Down), key(KeyCode::Up));
    let (left, right) = (key(KeyCode::Left), key(KeyCode::Right));
    let backspace = key(KeyCode::Backspace);
    let statement = |actions: &[Action]| {
        let mut model = prepared(doc, "strategy", &vec![Down; 500]);
        act(&mut model, actions);
        model
    };
    let mut changed = statement(&[]);
    for _ in 0..20 {
        press(&mut changed, ch('s'));
    }
    vec![
        case(
            "setup: participant cursor",
            Move,
            prepared(doc, "setup", &[NextPanel, NextPanel, Down]),
            down,
            &[up],
        ),
        case(
            "diagnose: cycle a friction",
            Change,
            prepared(doc, "diagnose", &[NextPanel, NextPanel]),
            ch(' '),
            &[],
        ),
        case(
            "strategy: statement cursor",
            Move,
            statement(&[]),
            down,
            &[up],
        ),
        case(
            "strategy: cycle a statement's side",
            Change,
            statement(&[]),
            ch('s'),
            &[],
        ),
        case(
            "strategy: type into a statement",
            Type,
            statement(&[EditOrConfirm]),
            ch('x'),
            &[backspace],
        ),
        case("strategy: undo", Undo, changed, ctrl('z'), &[ctrl('y')]),
        case(
            "five unified: cycle an owner",
            Change,
            prepared(doc, "five-unified", &[Down]),
            ch('r'),
            &[],
        ),
        case(
            "five unified: add a dot",
            Change,
            prepared(
                doc,
                "five-unified",
                &[NextPanel, NextPanel, NextPanel, Down],
            ),
            ch('+'),
            &[ch('-')],
        ),
        case(
            "four synergies: rating cursor",
            Move,
            prepared(doc, "four-synergies", &[Right]),
            right,
            &[left],
        ),
        case(
            "four synergies: rate",
            Change,
            prepared(doc, "four-synergies", &[ClearRating]),
            ch('4'),
            &[left, ch('0')],
        ),
        case(
            "role mapping: matrix cursor",
            Move,
            prepared(doc, "role-mapping", &[Down; 50]),
            down,
            &[up],
        ),
        case(
            "role mapping: cycle a RACI letter",
            Change,
            prepared(doc, "role-mapping", &[Down; 50]),
            ch(' '),
            &[],
        ),
        case(
            "wrap-up: action cursor",
            Move,
            prepared(doc, "wrap-up", &[NextPanel, NextPanel, Down]),
            down,
            &[up],
        ),
        case(
            "wrap-up: cycle an action's status",
            Change,
            prepared(doc, "wrap-up", &[NextPanel, NextPanel]),
            ch('s'),
            &[],
        ),
        case(
            "wrap-up: type into an action",
            Type,
            prepared(doc, "wrap-up", &[NextPanel, NextPanel, EditOrConfirm]),
            ch('x'),
            &[backspace],
        ),
        case(
            "next step",
            Step,
            prepared(doc, "strategy", &[]),
            key(KeyCode::PageDown),
            &[key(KeyCode::PageUp)],
        ),
    ]
}
