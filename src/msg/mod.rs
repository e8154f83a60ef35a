//! The messages `update` understands and the effects it asks the app loop to perform.
//!
//! Messages are intents (`NextStep`, `AddItem`), never key names: the keymap turns
//! keys into them, and the app loop turns the results of its work into them.

mod action;

use std::path::PathBuf;

use crate::load_error::LoadError;
use crate::model::{Display, Opened};
use crate::os_error::OsError;
use crate::session::Session;
use crate::session::naming::Listing;
use crate::storage::failure::SaveError;
pub use action::Action;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Act(Action),
    /// Committed text: a typed character, or what an input method produced.
    Type(String),
    /// A bracketed paste, possibly many lines.
    Paste(String),
    /// Time passes: autosave decisions happen here.
    Tick,
    /// The terminal is this many rows high (at the first frame and when resized).
    Resized {
        rows: u16,
    },
    Listed(Vec<Listing>),
    /// The sessions folder could not be listed.
    ListFailed(OsError),
    Opened(Box<Opened>),
    OpenFailed(LoadError),
    Saved {
        generation: u64,
    },
    SaveFailed {
        why: SaveError,
    },
    SaveConflict,
    /// The session continues in another file (after "keep both").
    MovedTo(PathBuf),
    /// Quitting was asked for, but the final save failed.
    QuitBlocked {
        why: SaveError,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    Save(SaveRequest),
    /// Save this copy under a new name beside the current file and continue there.
    SaveAsCopy(SaveRequest),
    Quit,
    /// Quit without a final save; the loop keeps a recovery copy of `doc`.
    QuitWithoutSaving(Box<Session>),
    CreateSession {
        title: String,
    },
    OpenSession {
        path: PathBuf,
        read_only: bool,
    },
    RemoveFile(PathBuf),
    /// Ring the terminal bell (a timebox ran out).
    Bell,
    /// Remember the display settings for next time.
    SaveSettings(Display),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveRequest {
    pub doc: Box<Session>,
    pub generation: u64,
    /// Write even though the file changed on disk since it was read.
    pub overwrite: bool,
}
