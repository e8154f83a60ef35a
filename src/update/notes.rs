//! The notes list that every step without its own editor has.

use super::session::change;
use super::{Now, edit, tell};
use crate::model::{Notice, NoticeText, SessionScreen, Target};
use crate::msg::{Action, Effect};
use crate::session::Note;

pub fn act(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let step = screen.step_index();
    let count = screen.doc.steps[step].notes.len();
    let selected = screen.doc.steps[step]
        .notes
        .get(screen.note)
        .map(|note| note.id);
    match (action, selected) {
        (Action::Up, _) => screen.note = screen.note.saturating_sub(1),
        (Action::Down, _) => screen.note = (screen.note + 1).min(count.saturating_sub(1)),
        (Action::AddItem, _) => add(screen, notice, now),
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::Note(id), false);
        }
        (Action::EditOrConfirm, None) => add(screen, notice, now),
        (Action::DeleteItem, Some(_)) => {
            let index = screen.note;
            if change(screen, notice, now, |doc| {
                doc.steps[step].notes.remove(index);
            }) {
                tell(notice, NoticeText::Deleted);
            }
        }
        (Action::MoveItemUp | Action::MoveItemDown, Some(_)) => {
            let index = screen.note;
            let other = if action == Action::MoveItemUp {
                index.checked_sub(1)
            } else {
                Some(index + 1)
            };
            if let Some(other) = other.filter(|other| *other < count)
                && change(screen, notice, now, |doc| {
                    doc.steps[step].notes.swap(index, other)
                })
            {
                screen.note = other;
            }
        }
        _ => {}
    }
    Effect::None
}

/// Where a new note goes: after the selected one, or first in an empty list.
fn insert_at(screen: &SessionScreen) -> usize {
    let notes = &screen.doc.steps[screen.step_index()].notes;
    if notes.is_empty() {
        0
    } else {
        (screen.note + 1).min(notes.len())
    }
}

fn add(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now) {
    let step = screen.step_index();
    let id = screen.doc.next_note_id();
    let at = insert_at(screen);
    let note = Note {
        id,
        text: String::new(),
    };
    if change(screen, notice, now, |doc| {
        doc.steps[step].notes.insert(at, note)
    }) {
        screen.note = at;
        edit::begin(screen, notice, Target::Note(id), true);
    }
}

/// Each pasted non-empty line becomes a note, in one undoable change.
pub fn paste(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    text: &str,
    now: Now,
) -> Effect {
    let lines = super::paste::lines(text);
    if lines.is_empty() {
        return Effect::None;
    }
    let step = screen.step_index();
    let first_id = screen.doc.next_note_id();
    let at = insert_at(screen);
    let added = lines.len();
    if change(screen, notice, now, |doc| {
        for (offset, text) in lines.into_iter().enumerate() {
            let note = Note {
                id: first_id + offset as u32,
                text,
            };
            doc.steps[step].notes.insert(at + offset, note);
        }
    }) {
        screen.focus = crate::model::Focus::Notes;
        screen.note = at + added - 1;
    }
    Effect::None
}
