//! Typing into a field: starting an edit, applying keys and paste, confirming or
//! cancelling. Live fields are written into the document at every key so that an
//! autosave (or a crash) keeps what is half typed.

use super::fields::{self, value_of, write_back};
use super::session::{change_cursors, stamp};
use super::{Now, warn};
use crate::model::text::TextBuffer;
use crate::model::{Editing, Notice, NoticeText, SessionScreen, Target};
use crate::msg::{Action, Effect, Msg};

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
    let today = screen.today();
    if let Err(problem) = fields::commit(&mut screen.doc, editing.target, &text, today) {
        warn(notice, problem);
        screen.editing = Some(editing);
        return Effect::None;
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
    if matches!(editing.target, Target::ParkedText(_)) && editing.created && !text.trim().is_empty()
    {
        super::tell(notice, NoticeText::Parked);
    }
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
