//! Recovery files: when the program crashes or quits without a successful save, the
//! session is written to `NAME.ron.recovery` beside it (or, if that folder cannot
//! be written, to the system's temporary folder). The next open offers to restore it.

use std::path::{Path, PathBuf};

use super::atomic::{RealFiles, save};
use crate::session::Session;
use crate::session::file::{self, to_ron};
use crate::session::naming::beside;

pub fn recovery_path(session_path: &Path) -> PathBuf {
    beside(session_path, "recovery")
}

/// Writes `doc` where it can be found again; returns where it went.
pub fn write(session_path: &Path, doc: &Session) -> std::io::Result<PathBuf> {
    let bytes = to_ron(doc);
    let beside_session = recovery_path(session_path);
    match save(&mut RealFiles, &beside_session, bytes.as_bytes(), false) {
        Ok(()) => Ok(beside_session),
        Err(_) => {
            let name = beside_session.file_name().unwrap_or_default().to_owned();
            let fallback = std::env::temp_dir().join(name);
            save(&mut RealFiles, &fallback, bytes.as_bytes(), false)?;
            Ok(fallback)
        }
    }
}

/// The recovery copy next to a session, when there is a readable one.
pub fn find(session_path: &Path) -> Option<(PathBuf, Session)> {
    let path = recovery_path(session_path);
    if !path.exists() {
        return None;
    }
    file::load(&path).ok().map(|loaded| (path, loaded.session))
}
