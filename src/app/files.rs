//! Opening and creating session files for the app loop: read and check the file,
//! take its lock, look for a recovery copy.

use std::path::Path;

use chrono::{DateTime, FixedOffset};

use crate::i18n::Lang;
use crate::load_error::{LoadError, Problem};
use crate::model::Opened;
use crate::ron_read;
use crate::session::file::{self, to_ron};
use crate::session::{Session, carry};
use crate::storage::atomic::{RealFiles, remove_stray_temps, save};
use crate::storage::lock::{LockError, SessionLock, claim_new};
use crate::storage::recovery;
use crate::template::Template;

/// A session ready to be shown, with what the app keeps for it.
pub struct Ready {
    pub opened: Opened,
    /// Held for as long as the session is open (none when read-only).
    pub lock: Option<SessionLock>,
    /// The bytes on disk, to notice changes made by someone else.
    pub known: Option<Vec<u8>>,
}

pub fn open(path: &Path, read_only: bool, lang: Option<Lang>) -> Result<Ready, LoadError> {
    let bytes = ron_read::read_bytes(path)?;
    let text = ron_read::text_of(path, &bytes)?;
    let loaded = file::parse(path, text)?;
    let lock = (!read_only).then(|| SessionLock::acquire(path));
    let held_elsewhere = matches!(lock, Some(Err(_)));
    let recovery = (!held_elsewhere).then(|| recovery::find(path)).flatten();
    opened(path, lang, loaded, lock, recovery, bytes)
}

/// The session read from `bytes` at `path`, with its lock (taken unless read-only)
/// and any recovery copy (offered to restore, or only mentioned when read-only):
/// ready to be shown once the lock is held.
pub(super) fn opened(
    path: &Path,
    lang: Option<Lang>,
    loaded: file::Loaded,
    lock: Option<Result<SessionLock, LockError>>,
    recovery: Option<(std::path::PathBuf, Session)>,
    bytes: Vec<u8>,
) -> Result<Ready, LoadError> {
    let lock = lock
        .transpose()
        .map_err(|error| lock_problem(path, error))?;
    if lock.is_some() {
        // Left by a program killed while saving; ours to tidy now that we hold the lock.
        remove_stray_temps(path);
    }
    Ok(Ready {
        opened: Opened {
            lang: lang.unwrap_or(loaded.session.language),
            doc: loaded.session,
            path: path.to_path_buf(),
            read_only: lock.is_none(),
            migrated_from: loaded.migrated_from,
            recovery,
            created: false,
            carried: false,
        },
        lock,
        known: Some(bytes),
    })
}

pub fn create(
    dir: &Path,
    template: &Template,
    title: &str,
    lang: Lang,
    now: DateTime<FixedOffset>,
) -> Result<Ready, LoadError> {
    create_from(dir, Session::new(template, title, lang, now), now)
}

/// Creates the file for a follow-up of `previous` (see `session::carry`).
pub fn carry_over(
    dir: &Path,
    previous: &Path,
    template: &Template,
    title: &str,
    lang: Lang,
    now: DateTime<FixedOffset>,
) -> Result<Ready, LoadError> {
    let previous = file::load(previous)?.session;
    let title = if title.is_empty() {
        previous.setup.title.clone()
    } else {
        title.to_string()
    };
    let doc = carry::carry_over(&previous, template, &title, lang, now);
    let mut ready = create_from(dir, doc, now)?;
    ready.opened.carried = true;
    Ok(ready)
}

fn create_from(dir: &Path, doc: Session, now: DateTime<FixedOffset>) -> Result<Ready, LoadError> {
    let cannot_write =
        |error: std::io::Error| LoadError::new(dir, None, Problem::CannotWrite(error.into()));
    // A file where the folder should be would read "already exists", which does
    // not say what is wrong.
    if dir.exists() && !dir.is_dir() {
        return Err(cannot_write(std::io::ErrorKind::NotADirectory.into()));
    }
    std::fs::create_dir_all(dir).map_err(cannot_write)?;
    let (lang, title) = (doc.language, doc.setup.title.clone());
    let title = title.as_str();
    let (path, lock) = claim_new(dir, now.date_naive(), title).map_err(cannot_write)?;
    let bytes = to_ron(&doc).into_bytes();
    save(&mut RealFiles, &path, &bytes, false).map_err(cannot_write)?;
    Ok(Ready {
        opened: Opened {
            lang,
            doc,
            path,
            read_only: false,
            migrated_from: None,
            recovery: None,
            created: true,
            carried: false,
        },
        lock: Some(lock),
        known: Some(bytes),
    })
}

fn lock_problem(path: &Path, error: LockError) -> LoadError {
    let problem = match error {
        LockError::Held { pid } => Problem::Locked { pid },
        LockError::Io(error) => Problem::CannotWrite(error.into()),
    };
    LoadError::new(path, None, problem)
}
