//! The one table of keys. It turns key presses into messages, and it is also where
//! the help overlay and the footer hints come from, so they cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::model::{Dialog, Focus, Model, Screen};
use crate::msg::{Action, Msg};

/// A group of keys that are active together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Context {
    Always,
    Global,
    Help,
    Typing,
    Start,
    Session,
    Agenda,
    Fields,
    Participants,
    Notes,
    Stages,
    Votes,
    Frictions,
    Statements,
    Coverage,
    Walk,
    Unified,
    Agreements,
    Initiatives,
    Voting,
    Ratings,
    People,
    Mechanisms,
    Matrix,
    Roles,
    Duties,
    ConfirmDelete,
    Pick,
    ChangedOnDisk,
    Recovery,
    QuitUnsaved,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// Shown in the footer, not only in the help overlay.
    pub hint: bool,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}
const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}
const fn with(modifiers: KeyModifiers, code: KeyCode) -> Key {
    Key { code, modifiers }
}
const ALT: KeyModifiers = KeyModifiers::ALT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn bind(context: Context, keys: &'static [Key], action: Action, hint: bool) -> Binding {
    Binding {
        context,
        keys,
        action,
        hint,
    }
}

use Action as A;
use Context as C;
use KeyCode as K;

const UP: &[Key] = &[key(K::Up)];
const DOWN: &[Key] = &[key(K::Down)];
const ENTER: &[Key] = &[key(K::Enter)];
const MOVE_UP: &[Key] = &[with(ALT, K::Up), ch('K')];
const MOVE_DOWN: &[Key] = &[with(ALT, K::Down), ch('J')];
const STAGE_KEYS: &[Key] = &[ch('1'), ch('2'), ch('3'), ch('4')];
const QUADRANT_KEYS: &[Key] = &[ch('A'), ch('B'), ch('C'), ch('D')];
const PRINCIPLE_KEYS: &[Key] = &[ch('1'), ch('2'), ch('3'), ch('4'), ch('5'), ch('6')];
const PRIORITY_KEYS: &[Key] = &[ch('1'), ch('2'), ch('3')];
const RATING_KEYS: &[Key] = &[ch('1'), ch('2'), ch('3'), ch('4'), ch('5')];
const MECHANISM_KEYS: &[Key] = &[
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
];
const LEFT: &[Key] = &[key(K::Left)];
const RIGHT: &[Key] = &[key(K::Right)];
const DELETE: &[Key] = &[key(K::Delete)];

pub const BINDINGS: &[Binding] = &[
    bind(C::Always, &[ctrl('s')], A::SaveNow, false),
    bind(C::Always, &[key(K::F(2))], A::ToggleLanguage, true),
    bind(C::Always, &[ctrl('c')], A::Quit, false),
    bind(C::Global, &[ch('?')], A::ToggleHelp, true),
    bind(C::Global, &[ch('q')], A::Quit, true),
    bind(
        C::Help,
        &[key(K::Esc), ch('?'), ch('q')],
        A::ToggleHelp,
        true,
    ),
    bind(C::Help, UP, A::Up, false),
    bind(C::Help, DOWN, A::Down, false),
    bind(C::Help, &[key(K::PageUp)], A::PreviousStep, false),
    bind(C::Help, &[key(K::PageDown)], A::NextStep, false),
    bind(C::Start, UP, A::Up, false),
    bind(C::Start, DOWN, A::Down, false),
    bind(C::Start, ENTER, A::EditOrConfirm, true),
    bind(C::Start, &[ch('n')], A::NewSession, true),
    bind(C::Start, &[ch('v')], A::OpenReadOnly, true),
    bind(C::Session, &[key(K::PageDown), ch(']')], A::NextStep, true),
    bind(
        C::Session,
        &[key(K::PageUp), ch('[')],
        A::PreviousStep,
        true,
    ),
    bind(C::Session, &[key(K::Tab)], A::NextPanel, true),
    bind(
        C::Session,
        &[with(KeyModifiers::SHIFT, K::BackTab), key(K::BackTab)],
        A::PreviousPanel,
        false,
    ),
    bind(C::Session, &[ctrl('z')], A::Undo, false),
    bind(C::Session, &[ctrl('y')], A::Redo, false),
    bind(C::Session, &[ch('x')], A::ToggleStepDone, false),
    bind(C::Agenda, UP, A::Up, false),
    bind(C::Agenda, DOWN, A::Down, false),
    bind(C::Agenda, ENTER, A::EditOrConfirm, true),
    bind(C::Fields, UP, A::Up, false),
    bind(C::Fields, DOWN, A::Down, false),
    bind(C::Fields, ENTER, A::EditOrConfirm, true),
    bind(C::Participants, UP, A::Up, false),
    bind(C::Participants, DOWN, A::Down, false),
    bind(C::Participants, &[key(K::Left)], A::Left, false),
    bind(C::Participants, &[key(K::Right)], A::Right, false),
    bind(C::Participants, &[ch('a')], A::AddItem, true),
    bind(C::Participants, ENTER, A::EditOrConfirm, true),
    bind(C::Participants, &[key(K::Delete)], A::DeleteItem, true),
    bind(C::Participants, MOVE_UP, A::MoveItemUp, false),
    bind(C::Participants, MOVE_DOWN, A::MoveItemDown, false),
    bind(C::Notes, UP, A::Up, false),
    bind(C::Notes, DOWN, A::Down, false),
    bind(C::Notes, &[ch('a')], A::AddItem, true),
    bind(C::Notes, ENTER, A::EditOrConfirm, true),
    bind(C::Notes, &[key(K::Delete)], A::DeleteItem, true),
    bind(C::Notes, MOVE_UP, A::MoveItemUp, false),
    bind(C::Notes, MOVE_DOWN, A::MoveItemDown, false),
    bind(C::Stages, UP, A::Up, false),
    bind(C::Stages, DOWN, A::Down, false),
    bind(C::Stages, ENTER, A::AgreeStage, true),
    bind(C::Votes, UP, A::Up, false),
    bind(C::Votes, DOWN, A::Down, false),
    bind(C::Votes, STAGE_KEYS, A::PickStage(0), true),
    bind(C::Votes, &[ch('0'), key(K::Delete)], A::ClearPick, true),
    bind(C::Frictions, UP, A::Up, false),
    bind(C::Frictions, DOWN, A::Down, false),
    bind(C::Frictions, &[ch('y')], A::MarkPresent, true),
    bind(C::Frictions, &[ch('n')], A::MarkAbsent, true),
    bind(C::Frictions, &[ch('u')], A::MarkUnsure, true),
    bind(C::Frictions, &[ch(' ')], A::CyclePresence, false),
    bind(C::Frictions, &[key(K::Delete)], A::ClearMark, false),
    bind(C::Statements, UP, A::Up, false),
    bind(C::Statements, DOWN, A::Down, false),
    bind(C::Statements, &[ch('a')], A::AddItem, true),
    bind(C::Statements, QUADRANT_KEYS, A::SetQuadrant(0), true),
    bind(C::Statements, PRINCIPLE_KEYS, A::SetPrinciple(0), true),
    bind(C::Statements, &[ch('s')], A::CycleSide, true),
    bind(C::Statements, &[ch('p')], A::CycleAuthor, false),
    bind(C::Statements, &[ch('w')], A::WalkAround, true),
    bind(C::Statements, ENTER, A::EditOrConfirm, false),
    bind(C::Statements, &[key(K::Delete)], A::DeleteItem, false),
    bind(C::Statements, &[ch('m')], A::MergeStatements, false),
    bind(C::Statements, &[ch('f')], A::FilterLikeThis, false),
    bind(C::Statements, &[ch('o')], A::CycleSort, false),
    bind(C::Statements, &[key(K::Esc)], A::Cancel, false),
    bind(C::Statements, MOVE_UP, A::MoveItemUp, false),
    bind(C::Statements, MOVE_DOWN, A::MoveItemDown, false),
    bind(C::Coverage, &[ch('w')], A::WalkAround, true),
    bind(C::Walk, &[key(K::Left)], A::PreviousQuadrant, true),
    bind(C::Walk, &[key(K::Right)], A::NextQuadrant, true),
    bind(C::Walk, QUADRANT_KEYS, A::SetQuadrant(0), false),
    bind(C::Walk, UP, A::Up, false),
    bind(C::Walk, DOWN, A::Down, false),
    bind(C::Walk, &[ch('a')], A::AddItem, true),
    bind(C::Walk, ENTER, A::EditOrConfirm, false),
    bind(C::Walk, &[key(K::Esc), ch('w')], A::EndWalk, true),
    bind(C::Unified, UP, A::Up, false),
    bind(C::Unified, DOWN, A::Down, false),
    bind(C::Unified, STAGE_KEYS, A::SetStatus(0), true),
    bind(C::Unified, &[ch('r')], A::CycleOwner, true),
    bind(C::Unified, &[ch('a')], A::AddItem, true),
    bind(C::Unified, ENTER, A::EditOrConfirm, true),
    bind(C::Agreements, UP, A::Up, false),
    bind(C::Agreements, DOWN, A::Down, false),
    bind(C::Agreements, &[ch('a')], A::AddItem, true),
    bind(C::Agreements, ENTER, A::EditOrConfirm, true),
    bind(C::Agreements, DELETE, A::DeleteItem, true),
    bind(C::Agreements, MOVE_UP, A::MoveItemUp, false),
    bind(C::Agreements, MOVE_DOWN, A::MoveItemDown, false),
    bind(C::Initiatives, UP, A::Up, false),
    bind(C::Initiatives, DOWN, A::Down, false),
    bind(C::Initiatives, &[ch('a')], A::AddItem, true),
    bind(C::Initiatives, ENTER, A::EditOrConfirm, false),
    bind(C::Initiatives, &[ch('e')], A::EditDetails, true),
    bind(C::Initiatives, &[ch('t')], A::EditQuarter, true),
    bind(C::Initiatives, PRIORITY_KEYS, A::SetPriority(0), true),
    bind(C::Initiatives, &[ch('l')], A::LinkStatements, true),
    bind(C::Initiatives, DELETE, A::DeleteItem, false),
    bind(C::Initiatives, MOVE_UP, A::MoveItemUp, false),
    bind(C::Initiatives, MOVE_DOWN, A::MoveItemDown, false),
    bind(C::Voting, UP, A::Up, false),
    bind(C::Voting, DOWN, A::Down, false),
    bind(C::Voting, LEFT, A::Left, true),
    bind(C::Voting, RIGHT, A::Right, true),
    bind(C::Voting, &[ch(' '), ch('+')], A::AddDot, true),
    bind(C::Voting, &[ch('-'), key(K::Backspace)], A::RemoveDot, true),
    bind(C::Voting, &[ch('h')], A::ToggleHidden, true),
    bind(C::Voting, &[ch('r')], A::ToggleRanking, false),
    bind(C::Voting, &[ch('<')], A::FewerDots, false),
    bind(C::Voting, &[ch('>')], A::MoreDots, false),
    bind(C::Voting, &[ch('(')], A::LowerCap, false),
    bind(C::Voting, &[ch(')')], A::RaiseCap, false),
    bind(C::Ratings, UP, A::Up, false),
    bind(C::Ratings, DOWN, A::Down, false),
    bind(C::Ratings, LEFT, A::Left, false),
    bind(C::Ratings, RIGHT, A::Right, false),
    bind(C::Ratings, RATING_KEYS, A::SetRating(0), true),
    bind(C::Ratings, &[ch('0'), key(K::Delete)], A::ClearRating, true),
    bind(C::People, UP, A::Up, false),
    bind(C::People, DOWN, A::Down, false),
    bind(C::People, LEFT, A::Left, false),
    bind(C::People, RIGHT, A::Right, false),
    bind(C::People, RATING_KEYS, A::SetRating(0), true),
    bind(C::People, &[ch('0'), key(K::Delete)], A::ClearRating, true),
    bind(C::Mechanisms, UP, A::Up, false),
    bind(C::Mechanisms, DOWN, A::Down, false),
    bind(C::Mechanisms, MECHANISM_KEYS, A::AddMechanism(0), true),
    bind(C::Mechanisms, &[ch('a')], A::AddItem, true),
    bind(C::Mechanisms, ENTER, A::EditOrConfirm, false),
    bind(C::Mechanisms, &[ch('l')], A::CycleInitiative, true),
    bind(C::Mechanisms, DELETE, A::DeleteItem, false),
    bind(C::Mechanisms, MOVE_UP, A::MoveItemUp, false),
    bind(C::Mechanisms, MOVE_DOWN, A::MoveItemDown, false),
    bind(C::Matrix, UP, A::Up, false),
    bind(C::Matrix, DOWN, A::Down, false),
    bind(C::Matrix, LEFT, A::Left, false),
    bind(C::Matrix, RIGHT, A::Right, false),
    bind(
        C::Matrix,
        &[ch('r'), ch('a'), ch('c'), ch('i')],
        A::SetRaci(0),
        true,
    ),
    bind(C::Matrix, &[ch(' ')], A::CycleRaci, true),
    bind(C::Matrix, DELETE, A::ClearRaci, true),
    bind(C::Roles, UP, A::Up, false),
    bind(C::Roles, DOWN, A::Down, false),
    bind(C::Roles, &[ch('a')], A::AddItem, true),
    bind(C::Roles, ENTER, A::EditOrConfirm, true),
    bind(C::Roles, &[ch('p')], A::PickHolders, true),
    bind(C::Roles, DELETE, A::DeleteItem, true),
    bind(C::Roles, MOVE_UP, A::MoveItemUp, false),
    bind(C::Roles, MOVE_DOWN, A::MoveItemDown, false),
    bind(C::Duties, UP, A::Up, false),
    bind(C::Duties, DOWN, A::Down, false),
    bind(C::Duties, &[ch('f')], A::ToggleFluent, true),
    bind(C::ConfirmDelete, &[ch('y')], A::ConfirmDelete, true),
    bind(C::ConfirmDelete, &[ch('n'), key(K::Esc)], A::Cancel, true),
    bind(C::Pick, UP, A::Up, false),
    bind(C::Pick, DOWN, A::Down, false),
    bind(C::Pick, &[ch(' ')], A::ToggleLink, true),
    bind(C::Pick, &[key(K::Enter), key(K::Esc)], A::Cancel, true),
    bind(C::Typing, ENTER, A::ConfirmEdit, true),
    bind(C::Typing, &[key(K::Esc)], A::CancelEdit, true),
    bind(C::Typing, &[with(ALT, K::Enter)], A::NewLine, true),
    bind(
        C::Typing,
        &[key(K::Backspace), ctrl('h')],
        A::Backspace,
        false,
    ),
    bind(C::Typing, &[key(K::Delete)], A::DeleteForward, false),
    bind(C::Typing, &[key(K::Left)], A::CursorLeft, false),
    bind(C::Typing, &[key(K::Right)], A::CursorRight, false),
    bind(C::Typing, UP, A::CursorUp, false),
    bind(C::Typing, DOWN, A::CursorDown, false),
    bind(C::Typing, &[key(K::Home), ctrl('a')], A::LineStart, false),
    bind(C::Typing, &[key(K::End), ctrl('e')], A::LineEnd, false),
    bind(
        C::Typing,
        &[with(CTRL, K::Left), with(ALT, K::Char('b'))],
        A::WordLeft,
        false,
    ),
    bind(
        C::Typing,
        &[with(CTRL, K::Right), with(ALT, K::Char('f'))],
        A::WordRight,
        false,
    ),
    bind(
        C::Typing,
        &[ctrl('w'), with(ALT, K::Backspace), with(CTRL, K::Backspace)],
        A::DeleteWordBack,
        false,
    ),
    bind(C::Typing, &[ctrl('u')], A::DeleteToLineStart, false),
    bind(C::ChangedOnDisk, &[ch('b')], A::KeepBoth, true),
    bind(C::ChangedOnDisk, &[ch('o')], A::Overwrite, true),
    bind(C::ChangedOnDisk, &[key(K::Esc)], A::Cancel, true),
    bind(C::Recovery, &[ch('r')], A::RestoreRecovery, true),
    bind(
        C::Recovery,
        &[ch('i'), key(K::Esc)],
        A::IgnoreRecovery,
        true,
    ),
    bind(C::QuitUnsaved, &[ch('q')], A::QuitAnyway, true),
    bind(C::QuitUnsaved, &[key(K::Esc)], A::StayInSession, true),
];

/// The contexts whose keys work right now, most specific first.
pub fn active_contexts(model: &Model) -> Vec<Context> {
    if model.help.is_some() {
        return vec![C::Help, C::Always];
    }
    match &model.screen {
        Screen::Start(start) if start.new_title.is_some() => vec![C::Typing, C::Always],
        Screen::Start(_) => vec![C::Start, C::Global, C::Always],
        Screen::Session(screen) => {
            if let Some(dialog) = &screen.dialog {
                let context = match dialog {
                    Dialog::ChangedOnDisk => C::ChangedOnDisk,
                    Dialog::Recovery { .. } => C::Recovery,
                    Dialog::QuitUnsaved { .. } => C::QuitUnsaved,
                    Dialog::ConfirmDeleteInitiative { .. } | Dialog::ConfirmDeleteRole { .. } => {
                        C::ConfirmDelete
                    }
                    Dialog::Pick { .. } => C::Pick,
                };
                return vec![context, C::Always];
            }
            if screen.editing.is_some() {
                return vec![C::Typing, C::Always];
            }
            let panel = match screen.focus {
                _ if screen.walk.is_some() => C::Walk,
                Focus::Agenda => C::Agenda,
                Focus::Fields => C::Fields,
                Focus::Participants => C::Participants,
                Focus::Notes => C::Notes,
                Focus::Stages => C::Stages,
                Focus::Votes => C::Votes,
                Focus::Frictions => C::Frictions,
                Focus::Statements => C::Statements,
                Focus::Coverage => C::Coverage,
                Focus::Unified => C::Unified,
                Focus::Agreements => C::Agreements,
                Focus::Initiatives => C::Initiatives,
                Focus::Voting => C::Voting,
                Focus::Ratings => C::Ratings,
                Focus::People => C::People,
                Focus::Mechanisms => C::Mechanisms,
                Focus::Matrix => C::Matrix,
                Focus::Roles => C::Roles,
                Focus::Duties => C::Duties,
            };
            vec![panel, C::Session, C::Global, C::Always]
        }
    }
}

/// The key as the table writes it: shifted letters carry no SHIFT flag.
pub fn normalise(event: KeyEvent) -> Key {
    let mut modifiers = event.modifiers & (KeyModifiers::SHIFT | CTRL | ALT);
    let code = match event.code {
        K::Char(c) if modifiers.contains(CTRL) => K::Char(c.to_ascii_lowercase()),
        code => code,
    };
    if matches!(code, K::Char(_)) && !modifiers.contains(CTRL) {
        modifiers.remove(KeyModifiers::SHIFT);
    }
    Key { code, modifiers }
}

/// What a key press means here, or `None` when it means nothing.
pub fn resolve(model: &Model, event: KeyEvent) -> Option<Msg> {
    let pressed = normalise(event);
    let contexts = active_contexts(model);
    for context in &contexts {
        for binding in bindings_of(*context) {
            if let Some(index) = binding.keys.iter().position(|key| *key == pressed) {
                return Some(Msg::Act(binding.action.with_index(index)));
            }
        }
    }
    let typing = contexts.contains(&C::Typing);
    match pressed.code {
        K::Char(c) if typing && is_typed(pressed.modifiers) => Some(Msg::Type(c.to_string())),
        _ => None,
    }
}

/// Plain or shifted characters, and AltGr combinations (Ctrl+Alt), are text.
fn is_typed(modifiers: KeyModifiers) -> bool {
    modifiers.is_empty() || modifiers == (CTRL | ALT)
}

/// The bindings of one context, in table order.
pub fn bindings_of(context: Context) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |binding| binding.context == context)
}
