//! A paste outside a text box. In a list (decisions, actions, statements,
//! initiatives…) each non-empty line becomes an item, added exactly as `a` adds
//! one and typed in, and the whole paste is one change to undo. Elsewhere the
//! footer says that nothing was pasted, rather than the text being lost unseen.

use super::{Now, edit, session, tell, warn};
use crate::model::text::clean_input;
use crate::model::{Notice, NoticeText, SessionScreen};
use crate::msg::{Action, Effect, Msg};

pub fn into_list(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    text: &str,
    now: Now,
) -> Effect {
    let lines = lines(text);
    if lines.is_empty() {
        return Effect::None;
    }
    if screen.read_only {
        warn(notice, NoticeText::ReadOnly);
        return Effect::None;
    }
    let (before, history) = (screen.doc.clone(), screen.history.clone());
    let mut added = 0;
    for line in lines {
        session::act(screen, notice, Action::AddItem, now);
        if !screen
            .editing
            .as_ref()
            .is_some_and(|editing| editing.created)
        {
            // The panel adds no item this way (or opened some other box).
            if screen.editing.is_some() {
                edit::update(screen, notice, Msg::Act(Action::CancelEdit), now);
            }
            break;
        }
        edit::update(screen, notice, Msg::Paste(line), now);
        edit::update(screen, notice, Msg::Act(Action::ConfirmEdit), now);
        if screen.editing.is_some() {
            edit::update(screen, notice, Msg::Act(Action::CancelEdit), now);
            break;
        }
        added += 1;
    }
    if added == 0 {
        warn(notice, NoticeText::NowhereToPaste);
        return Effect::None;
    }
    // One record for the whole paste: a single Ctrl-Z takes every line back.
    screen.history = history;
    screen.history.record(&before);
    tell(notice, NoticeText::ItemsAdded(added));
    Effect::None
}

/// Pasted text as the items it stands for: one a line, blank lines left out.
pub fn lines(text: &str) -> Vec<String> {
    clean_input(text, true)
        .lines()
        .map(|line| line.trim().to_string())
        .filter(|line| !line.is_empty())
        .collect()
}
