//! The one table of keys. It turns key presses into messages, and it is also where
//! the help overlay and the footer hints come from, so they cannot disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod table;

use crate::model::{Dialog, Focus, Model, Screen};
use crate::msg::{Action, Msg};
pub use table::BINDINGS;

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
    Decisions,
    Actions,
    Parking,
    Indicators,
    Summary,
    Dashboard,
    CarriedActions,
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

pub(super) const fn key(code: KeyCode) -> Key {
    Key {
        code,
        modifiers: KeyModifiers::NONE,
    }
}
pub(super) const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}
pub(super) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
    }
}
pub(super) const fn with(modifiers: KeyModifiers, code: KeyCode) -> Key {
    Key { code, modifiers }
}
pub(super) const ALT: KeyModifiers = KeyModifiers::ALT;
pub(super) const CTRL: KeyModifiers = KeyModifiers::CONTROL;

pub(super) const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    hint: bool,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        hint,
    }
}

use Context as C;
use KeyCode as K;

/// The contexts whose keys work right now, most specific first.
pub fn active_contexts(model: &Model) -> Vec<Context> {
    if model.help.is_some() {
        return vec![C::Help, C::Always];
    }
    contexts_beneath_help(model)
}

/// The contexts whose keys work once the help overlay is closed, most specific first.
pub fn contexts_beneath_help(model: &Model) -> Vec<Context> {
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
                    Dialog::CarriedActions { .. } => C::CarriedActions,
                };
                return vec![context, C::Always];
            }
            if screen.editing.is_some() || screen.switcher.is_some() {
                return vec![C::Typing, C::Always];
            }
            if screen.dashboard {
                return vec![C::Dashboard, C::Global, C::Always];
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
                Focus::Decisions => C::Decisions,
                Focus::Actions => C::Actions,
                Focus::Parking => C::Parking,
                Focus::Indicators => C::Indicators,
                Focus::Summary => C::Summary,
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
