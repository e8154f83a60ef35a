//! One session, one editor: a lock on a sidecar file `NAME.ron.lock` (not on the
//! session file, whose inode a save replaces). The operating system releases the
//! lock when the process ends, however it ends, so a crash leaves no stale lock:
//! the file may stay behind, naming a dead process, but it locks nothing. A
//! program that ends normally removes the file.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::session::naming::{beside, file_name};

#[derive(Debug)]
pub struct SessionLock {
    _file: File,
    path: PathBuf,
}

#[derive(Debug)]
pub enum LockError {
    /// Another process holds the lock; its process id, as it wrote it.
    Held {
        pid: String,
    },
    Io(io::Error),
}

impl SessionLock {
    /// Locks the session at `session_path`.
    pub fn acquire(session_path: &Path) -> Result<SessionLock, LockError> {
        let path = beside(session_path, "lock");
        loop {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(LockError::Io)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    let mut pid = String::new();
                    let _ = file.read_to_string(&mut pid);
                    return Err(LockError::Held {
                        pid: pid.trim().to_string(),
                    });
                }
                Err(TryLockError::Error(error)) => return Err(LockError::Io(error)),
            }
            // The holder removed the file between our opening and locking it: this
            // lock guards nothing any more, so take the one the name stands for now.
            if !names_the_same_file(&path, &file) {
                continue;
            }
            // Who holds it, for the message another instance shows.
            let _ = file.set_len(0);
            let _ = file.rewind();
            let _ = write!(file, "{}", std::process::id());
            let _ = file.flush();
            return Ok(SessionLock { _file: file, path });
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn names_the_same_file(path: &Path, file: &File) -> bool {
    match (fs::metadata(path), file.metadata()) {
        (Ok(named), Ok(open)) => named.dev() == open.dev() && named.ino() == open.ino(),
        _ => false,
    }
}

impl Drop for SessionLock {
    /// Removes the file while still holding the lock, so that nobody can lock it
    /// after us and believe they hold the session (see [`SessionLock::acquire`]).
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Finds a file name for a new session in `dir` that no other session uses, and
/// locks it. The name is `YYYY-MM-DD-slug.ron`, then `-2`, `-3`, …
pub fn claim_new(dir: &Path, date: NaiveDate, title: &str) -> io::Result<(PathBuf, SessionLock)> {
    claim_free(|attempt| dir.join(file_name(date, title, attempt)))
}

/// Finds a free name beside `path` for a copy of it: `stem-2.ron`, `stem-3.ron`, …
pub fn claim_copy(path: &Path) -> io::Result<(PathBuf, SessionLock)> {
    let stem = path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string();
    claim_free(|attempt| path.with_file_name(format!("{stem}-{}.ron", attempt + 1)))
}

fn claim_free(candidate: impl Fn(u32) -> PathBuf) -> io::Result<(PathBuf, SessionLock)> {
    for attempt in 1..10_000 {
        let path = candidate(attempt);
        let taken = path.exists() || beside(&path, "recovery").exists();
        if taken {
            continue;
        }
        match SessionLock::acquire(&path) {
            // Another program may have created it in the meantime.
            Ok(lock) if !path.exists() => return Ok((path, lock)),
            Ok(_) | Err(LockError::Held { .. }) => continue,
            Err(LockError::Io(error)) => return Err(error),
        }
    }
    Err(io::Error::other("no free file name"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_session_is_refused_with_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let first = SessionLock::acquire(&path).unwrap();
        match SessionLock::acquire(&path) {
            Err(LockError::Held { pid }) => assert_eq!(pid, std::process::id().to_string()),
            other => panic!("expected a held lock, got {other:?}"),
        }
        drop(first);
        assert!(
            !beside(&path, "lock").exists(),
            "the lock file goes with the lock"
        );
        assert!(SessionLock::acquire(&path).is_ok());
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_does_not_block_and_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        // The process id of a program that has ended, as a crash leaves it.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id().to_string();
        child.wait().unwrap();
        std::fs::write(beside(&path, "lock"), &dead).unwrap();
        let lock = SessionLock::acquire(&path).expect("a stale lock does not block");
        let written = std::fs::read_to_string(lock.path()).unwrap();
        assert_eq!(written, std::process::id().to_string());
        match SessionLock::acquire(&path) {
            Err(LockError::Held { pid }) => assert_eq!(pid, written, "names the new holder"),
            other => panic!("expected a held lock, got {other:?}"),
        }
    }

    #[test]
    fn a_lock_whose_file_was_removed_under_it_is_not_shared() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let lock_path = beside(&path, "lock");
        // Opened before the holder let go, locked after: the old file is unlinked.
        let first = SessionLock::acquire(&path).unwrap();
        let stale = OpenOptions::new().read(true).open(&lock_path).unwrap();
        drop(first);
        stale.try_lock().expect("the unlinked file can be locked");
        assert!(!names_the_same_file(&lock_path, &stale));
        let second = SessionLock::acquire(&path).expect("a fresh lock file");
        assert!(names_the_same_file(second.path(), &second._file));
        drop(stale);
    }

    #[test]
    fn new_names_never_reuse_an_existing_session() {
        let dir = tempfile::tempdir().unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        std::fs::write(dir.path().join("2026-11-25-kick-off.ron"), "x").unwrap();
        let (path, _lock) = claim_new(dir.path(), date, "Kick off").unwrap();
        assert_eq!(path.file_name().unwrap(), "2026-11-25-kick-off-2.ron");
        let (other, _lock2) = claim_new(dir.path(), date, "Kick off").unwrap();
        assert_eq!(other.file_name().unwrap(), "2026-11-25-kick-off-3.ron");
    }
}
