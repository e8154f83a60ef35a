//! Typing into a field: starting an edit, applying keys and paste, confirming or
//! cancelling. Live fields are written into the document at every key so that an
//! autosave (or a crash) keeps what is half typed.

use super::session::{change_cursors, stamp};
use super::setup::parse_starts_at;
use super::{Now, warn};
use crate::model::text::TextBuffer;
use crate::model::{Editing, Notice, NoticeText, SessionScreen, SetupField, Target};
use crate::msg::{Action, Effect, Msg};
use crate::session::Session;

/// Applies a typing message to a buffer; returns whether it was one.
pub fn apply_to_buffer(buffer: &mut TextBuffer, msg: &Msg) -> bool {
    match msg {
        Msg::Type(text) | Msg::Paste(text) => buffer.insert(text),
        Msg::Act(action) => match action {
            Action::Backspace => buffer.backspace(),
            Action::DeleteForward => buffer.delete(),
            Action::CursorLeft => buffer.left(),
            Action::CursorRight => buffer.right(),
            Action::CursorUp => {
                buffer.vertical(-1);
            }
            Action::CursorDown => {
                buffer.vertical(1);
            }
            Action::LineStart => buffer.home(),
            Action::LineEnd => buffer.end(),
            Action::WordLeft => buffer.word_left(),
            Action::WordRight => buffer.word_right(),
            Action::DeleteWordBack => buffer.delete_word_back(),
            Action::DeleteToLineStart => buffer.delete_to_line_start(),
            Action::NewLine => buffer.newline(),
            _ => return false,
        },
        _ => return false,
    }
    true
}

/// Starts editing `target`. For an item just added (`created`), the add itself was
/// already recorded for undo, so the edit joins that record.
pub fn begin(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    target: Target,
    created: bool,
) -> bool {
    if screen.read_only {
        warn(notice, NoticeText::ReadOnly);
        return false;
    }
    let Some(value) = value_of(&screen.doc, target) else {
        return false;
    };
    if !created {
        screen.history.record(&screen.doc);
    }
    screen.editing = Some(Editing {
        target,
        buffer: TextBuffer::new(&value, target.is_multiline()),
        created,
    });
    true
}

pub fn update(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    msg: Msg,
    now: Now,
) -> Effect {
    let Some(editing) = &mut screen.editing else {
        return Effect::None;
    };
    match msg {
        Msg::Act(Action::ConfirmEdit) => confirm(screen, notice, now),
        Msg::Act(Action::CancelEdit) => cancel(screen, now),
        Msg::Act(Action::Quit) => Effect::Quit,
        msg => {
            if apply_to_buffer(&mut editing.buffer, &msg) && editing.target.is_live() {
                let (target, text) = (editing.target, editing.buffer.text().to_string());
                write_back(&mut screen.doc, target, &text);
                stamp(screen, now);
            }
            Effect::None
        }
    }
}

fn confirm(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now) -> Effect {
    let Some(editing) = screen.editing.take() else {
        return Effect::None;
    };
    let text = editing.buffer.text().trim_end().to_string();
    if editing.target == Target::Setup(SetupField::StartsAt) {
        match parse_starts_at(&text, screen.doc.setup.starts_at) {
            Some(at) => screen.doc.setup.starts_at = at,
            None => {
                warn(notice, NoticeText::BadDateTime(text));
                screen.editing = Some(editing);
                return Effect::None;
            }
        }
    } else {
        let is_list_item = matches!(
            editing.target,
            Target::Note(_) | Target::ParticipantName(_) | Target::Statement(_)
        );
        if is_list_item && text.trim().is_empty() {
            remove_item(&mut screen.doc, editing.target);
        } else {
            write_back(&mut screen.doc, editing.target, &text);
        }
    }
    if screen
        .history
        .last()
        .is_some_and(|before| before.same_content(&screen.doc))
    {
        screen.history.forget_last();
    } else {
        stamp(screen, now);
    }
    change_cursors(screen);
    if let Target::ParticipantName(id) = editing.target
        && editing.created
        && value_of(&screen.doc, editing.target).is_some()
    {
        begin(screen, notice, Target::ParticipantDepartment(id), false);
    }
    Effect::None
}

fn cancel(screen: &mut SessionScreen, now: Now) -> Effect {
    screen.editing = None;
    if let Some(before) = screen.history.forget_last()
        && before != screen.doc
    {
        screen.doc = before;
        stamp(screen, now);
    }
    change_cursors(screen);
    Effect::None
}

/// The text a field holds now; `None` when its item is gone.
pub fn value_of(doc: &Session, target: Target) -> Option<String> {
    let setup = &doc.setup;
    let person = |id: u32| setup.participants.iter().find(|person| person.id == id);
    Some(match target {
        Target::Setup(SetupField::Title) => setup.title.clone(),
        Target::Setup(SetupField::Organisation) => setup.organisation.clone(),
        Target::Setup(SetupField::Facilitator) => setup.facilitator.clone(),
        Target::Setup(SetupField::StartsAt) => setup.starts_at.format("%Y-%m-%d %H:%M").to_string(),
        Target::ParticipantName(id) => person(id)?.name.clone(),
        Target::ParticipantDepartment(id) => person(id)?.department.clone(),
        Target::Note(id) => doc
            .steps
            .iter()
            .flat_map(|step| &step.notes)
            .find(|note| note.id == id)?
            .text
            .clone(),
        Target::Statement(id) => doc
            .strategy
            .statements
            .iter()
            .find(|statement| statement.id == id)?
            .text
            .clone(),
    })
}

fn write_back(doc: &mut Session, target: Target, text: &str) {
    let setup = &mut doc.setup;
    let slot = match target {
        Target::Setup(SetupField::Title) => Some(&mut setup.title),
        Target::Setup(SetupField::Organisation) => Some(&mut setup.organisation),
        Target::Setup(SetupField::Facilitator) => Some(&mut setup.facilitator),
        Target::Setup(SetupField::StartsAt) => None,
        Target::ParticipantName(id) => setup
            .participants
            .iter_mut()
            .find(|person| person.id == id)
            .map(|person| &mut person.name),
        Target::ParticipantDepartment(id) => setup
            .participants
            .iter_mut()
            .find(|person| person.id == id)
            .map(|person| &mut person.department),
        Target::Note(id) => doc
            .steps
            .iter_mut()
            .flat_map(|step| step.notes.iter_mut())
            .find(|note| note.id == id)
            .map(|note| &mut note.text),
        Target::Statement(id) => doc
            .strategy
            .statements
            .iter_mut()
            .find(|statement| statement.id == id)
            .map(|statement| &mut statement.text),
    };
    if let Some(slot) = slot {
        *slot = text.to_string();
    }
}

fn remove_item(doc: &mut Session, target: Target) {
    match target {
        Target::ParticipantName(id) => doc.setup.participants.retain(|person| person.id != id),
        Target::Note(id) => {
            for step in &mut doc.steps {
                step.notes.retain(|note| note.id != id);
            }
        }
        Target::Statement(id) => doc.strategy.statements.retain(|s| s.id != id),
        _ => {}
    }
}
