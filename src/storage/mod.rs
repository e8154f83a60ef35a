//! Keeping sessions safe on disk: atomic saves with a backup, a lock so that one
//! session is open in one place, a saver thread so that a slow disk never blocks
//! typing, and recovery files after a crash.
//!
//! The only module besides the app loop that writes files. It knows the session
//! format only through `session::file`.

pub mod atomic;
pub mod failure;
pub mod lock;
pub mod recovery;
pub mod saver;
