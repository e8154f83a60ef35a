//! Undo and redo of every change to the session, across steps.
//!
//! A change is recorded as the whole document before it. Documents are small (a big
//! real session is a few hundred kilobytes), and whole snapshots make "undo all
//! returns the start" true by construction.

use crate::session::Session;

/// How many changes can be undone; older ones are forgotten first.
pub const UNDO_LIMIT: usize = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    undo: Vec<Session>,
    redo: Vec<Session>,
}

impl History {
    /// Records the document as it was before a change.
    pub fn record(&mut self, before: &Session) {
        if self.undo.len() == UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.undo.push(before.clone());
        self.redo.clear();
    }

    /// Forgets the last record, for an edit that turned out to change nothing.
    pub fn forget_last(&mut self) -> Option<Session> {
        self.undo.pop()
    }

    pub fn last(&self) -> Option<&Session> {
        self.undo.last()
    }

    /// Swaps `current` for the document before the last change.
    pub fn undo(&mut self, current: &Session) -> Option<Session> {
        let previous = self.undo.pop()?;
        self.redo.push(current.clone());
        Some(previous)
    }

    pub fn redo(&mut self, current: &Session) -> Option<Session> {
        let next = self.redo.pop()?;
        self.undo.push(current.clone());
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
}
