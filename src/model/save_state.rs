//! When the session needs saving, and what the footer says about it.
//!
//! Every change bumps a generation number; the app loop saves a snapshot of a given
//! generation off the UI thread and reports back. Comparing generations tells
//! whether what is on disk is what is on screen.

use chrono::{DateTime, FixedOffset, TimeDelta};

#[cfg(test)]
use crate::os_error::Reason;
#[cfg(test)]
use crate::storage::failure::Cause;
use crate::storage::failure::SaveError;

/// A change is saved this long after it was made (well within the 2 s promise).
pub const AUTOSAVE_DELAY: TimeDelta = TimeDelta::milliseconds(800);
/// After a failed save, the next attempt waits this long.
pub const RETRY_DELAY: TimeDelta = TimeDelta::seconds(2);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveState {
    generation: u64,
    saved_generation: u64,
    requested_generation: u64,
    dirty_since: Option<DateTime<FixedOffset>>,
    last_saved: Option<DateTime<FixedOffset>>,
    failure: Option<(SaveError, DateTime<FixedOffset>)>,
    conflict: bool,
    read_only: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus<'a> {
    ReadOnly,
    Unchanged,
    Saved(DateTime<FixedOffset>),
    Unsaved,
    Failed(&'a SaveError),
    ChangedOnDisk,
}

impl SaveState {
    pub fn new(read_only: bool) -> SaveState {
        SaveState {
            generation: 0,
            saved_generation: 0,
            requested_generation: 0,
            dirty_since: None,
            last_saved: None,
            failure: None,
            conflict: false,
            read_only,
        }
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn is_dirty(&self) -> bool {
        self.generation != self.saved_generation
    }

    pub fn changed(&mut self, now: DateTime<FixedOffset>) {
        if self.read_only {
            return;
        }
        self.generation += 1;
        self.dirty_since.get_or_insert(now);
    }

    /// Whether the loop should save now: changes are waiting, none is being saved,
    /// the autosave delay has passed and no recent failure asks us to wait.
    pub fn is_due(&self, now: DateTime<FixedOffset>) -> bool {
        let waited = |since: DateTime<FixedOffset>, delay| now - since >= delay;
        !self.read_only
            && !self.conflict
            && self.is_dirty()
            && self.requested_generation < self.generation
            && self
                .dirty_since
                .is_some_and(|since| waited(since, AUTOSAVE_DELAY))
            && self
                .failure
                .as_ref()
                .is_none_or(|(_, at)| waited(*at, RETRY_DELAY))
    }

    /// Whether a save can be asked for at once (Ctrl-S, quitting).
    pub fn can_save(&self) -> bool {
        !self.read_only
    }

    pub fn requested(&mut self) -> u64 {
        self.requested_generation = self.generation;
        self.generation
    }

    pub fn saved(&mut self, generation: u64, at: DateTime<FixedOffset>) {
        self.failure = None;
        self.conflict = false;
        self.last_saved = Some(at);
        self.saved_generation = self.saved_generation.max(generation);
        self.dirty_since = if self.is_dirty() { Some(at) } else { None };
    }

    pub fn failed(&mut self, why: SaveError, now: DateTime<FixedOffset>) {
        self.requested_generation = self.saved_generation;
        self.failure = Some((why, now));
    }

    pub fn conflicted(&mut self) {
        self.requested_generation = self.saved_generation;
        self.conflict = true;
    }

    pub fn has_conflict(&self) -> bool {
        self.conflict
    }

    pub fn status(&self) -> SaveStatus<'_> {
        if self.read_only {
            SaveStatus::ReadOnly
        } else if self.conflict {
            SaveStatus::ChangedOnDisk
        } else if let Some((why, _)) = &self.failure {
            SaveStatus::Failed(why)
        } else if self.is_dirty() {
            SaveStatus::Unsaved
        } else if let Some(at) = self.last_saved {
            SaveStatus::Saved(at)
        } else {
            SaveStatus::Unchanged
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T12:00:00+08:00").unwrap()
            + TimeDelta::seconds(seconds)
    }

    #[test]
    fn a_change_is_due_after_the_delay_and_only_once() {
        let mut state = SaveState::new(false);
        state.changed(at(0));
        assert!(!state.is_due(at(0)));
        assert!(state.is_due(at(1)));
        let generation = state.requested();
        assert!(!state.is_due(at(1)));
        state.saved(generation, at(1));
        assert_eq!(state.status(), SaveStatus::Saved(at(1)));
    }

    #[test]
    fn a_failure_waits_then_retries_and_keeps_the_reason_visible() {
        let mut state = SaveState::new(false);
        state.changed(at(0));
        state.requested();
        let disk_full = SaveError::new(Cause::System(Reason::DiskFull));
        state.failed(disk_full.clone(), at(1));
        assert_eq!(state.status(), SaveStatus::Failed(&disk_full));
        assert!(!state.is_due(at(2)));
        assert!(state.is_due(at(3)));
    }

    #[test]
    fn a_change_during_a_save_stays_unsaved() {
        let mut state = SaveState::new(false);
        state.changed(at(0));
        let generation = state.requested();
        state.changed(at(1));
        state.saved(generation, at(1));
        assert_eq!(state.status(), SaveStatus::Unsaved);
        assert!(state.is_due(at(2)));
    }

    #[test]
    fn read_only_never_saves() {
        let mut state = SaveState::new(true);
        state.changed(at(0));
        assert!(!state.is_due(at(10)));
        assert_eq!(state.status(), SaveStatus::ReadOnly);
    }
}
