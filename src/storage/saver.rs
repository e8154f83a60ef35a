//! The saver thread: the UI hands it the newest snapshot and goes on; the thread
//! writes it atomically and reports back. Only the newest waiting snapshot is kept,
//! so a disk that stalls for seconds delays saves but never the keyboard. The
//! thread is started with the first snapshot, not on the way to the first frame;
//! when the system cannot start it, that save fails like any other (the session
//! stays in memory, and the next attempt tries again).
//!
//! Before writing, the thread checks that the file on disk is still what it last
//! read or wrote; if someone else changed it, it reports a conflict and writes
//! nothing.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use super::atomic::{FileOps, RealFiles, Unfinished, folder_of, save_steps};
use super::failure::SaveError;
use crate::msg::{Msg, SaveRequest};
use crate::session::file::to_ron;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    pub request: SaveRequest,
    pub path: PathBuf,
    /// The session continues in a new file: nothing is known about what is there.
    pub new_file: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Saved { generation: u64 },
    Failed { why: SaveError },
    Conflict,
}

impl Outcome {
    /// The message `update` receives.
    pub fn into_msg(self) -> Msg {
        match self {
            Outcome::Saved { generation } => Msg::Saved { generation },
            Outcome::Failed { why } => Msg::SaveFailed { why },
            Outcome::Conflict => Msg::SaveConflict,
        }
    }
}

#[derive(Default)]
struct Slot {
    job: Option<(u64, Job)>,
    shutdown: bool,
}

pub struct Saver {
    shared: Arc<(Mutex<Slot>, Condvar)>,
    outcomes: Receiver<(u64, Outcome)>,
    /// Saves that failed because the thread could not be started.
    unstarted: Vec<(u64, Outcome)>,
    next_ticket: u64,
    /// The thread's work, until a snapshot starts the thread. Shared with the
    /// thread being started, so that it is still here when starting fails.
    work: Arc<Mutex<Option<Work>>>,
    spawn: Spawn,
    thread: Option<JoinHandle<()>>,
}

type Work = Box<dyn FnOnce() + Send>;

/// Starts a thread; tests stand in a system that has none to spare.
pub type Spawn = fn(Work) -> io::Result<JoinHandle<()>>;

fn spawn_saver(work: Work) -> io::Result<JoinHandle<()>> {
    std::thread::Builder::new()
        .name("yeji-saver".into())
        .spawn(work)
}

/// What the thread remembers of the file it writes.
struct Writer<F: FileOps> {
    ops: F,
    path: PathBuf,
    /// The bytes on disk as this program last read or wrote them.
    known: Option<Vec<u8>>,
    /// The file holds `known`, but syncing its folder failed: the rename may not
    /// be on the disk yet, so an identical save still syncs the folder.
    unsynced: bool,
}

fn failed(error: &io::Error) -> Outcome {
    Outcome::Failed {
        why: SaveError::from(error),
    }
}

impl<F: FileOps> Writer<F> {
    fn write(&mut self, job: Job) -> Outcome {
        if job.new_file || job.path != self.path {
            self.path = job.path.clone();
            self.known = None;
            self.unsynced = false;
        }
        if !job.request.overwrite {
            match self.changed_by_someone_else() {
                Ok(true) => return Outcome::Conflict,
                Ok(false) => {}
                Err(error) => return failed(&error),
            }
        }
        let bytes = to_ron(&job.request.doc).into_bytes();
        let generation = job.request.generation;
        // Writing identical bytes would only replace the backup with a copy of itself.
        if self.known.as_ref() == Some(&bytes) {
            if self.unsynced {
                if let Err(error) = self.ops.sync_dir(&folder_of(&self.path)) {
                    return failed(&error);
                }
                self.unsynced = false;
            }
            return Outcome::Saved { generation };
        }
        match save_steps(&mut self.ops, &self.path, &bytes, true) {
            Ok(()) => {
                self.known = Some(bytes);
                self.unsynced = false;
                Outcome::Saved { generation }
            }
            Err(Unfinished { error, replaced }) => {
                // The file on disk is ours even though the save failed: the next
                // save must not mistake it for someone else's change.
                if replaced {
                    self.known = Some(bytes);
                    self.unsynced = true;
                }
                failed(&error)
            }
        }
    }

    /// Whether the file on disk differs from what this program last read or
    /// wrote. A file that is gone (deleted, or its folder removed) is no change:
    /// writing it again loses nothing. Any other error reading it leaves the
    /// question open, so nothing is written.
    fn changed_by_someone_else(&mut self) -> io::Result<bool> {
        match (&self.known, self.ops.read(&self.path)) {
            (Some(known), Ok(on_disk)) => Ok(*known != on_disk),
            // A file that appeared where we expected none.
            (None, Ok(_)) => Ok(true),
            (_, Err(error)) if error.kind() == io::ErrorKind::NotFound => Ok(false),
            (_, Err(error)) => Err(error),
        }
    }
}

impl Saver {
    /// Starts the thread for the session at `path`, whose bytes on disk are `known`.
    pub fn start(path: &Path, known: Option<Vec<u8>>) -> Saver {
        Saver::start_with(RealFiles, path, known)
    }

    pub fn start_with<F: FileOps + Send + 'static>(
        ops: F,
        path: &Path,
        known: Option<Vec<u8>>,
    ) -> Saver {
        Saver::start_spawning(ops, path, known, spawn_saver)
    }

    /// [`Saver::start_with`], its thread started by `spawn`.
    pub fn start_spawning<F: FileOps + Send + 'static>(
        ops: F,
        path: &Path,
        known: Option<Vec<u8>>,
        spawn: Spawn,
    ) -> Saver {
        let shared = Arc::new((Mutex::new(Slot::default()), Condvar::new()));
        let (sender, outcomes) = channel();
        let writer = Writer {
            ops,
            path: path.to_path_buf(),
            known,
            unsynced: false,
        };
        let thread_shared = Arc::clone(&shared);
        let work: Work = Box::new(move || run(writer, thread_shared, sender));
        Saver {
            shared,
            outcomes,
            unstarted: Vec::new(),
            next_ticket: 0,
            work: Arc::new(Mutex::new(Some(work))),
            spawn,
            thread: None,
        }
    }

    /// Starts the thread unless it runs already.
    fn start_thread(&mut self) -> io::Result<()> {
        if self.thread.is_some() {
            return Ok(());
        }
        let waiting = Arc::clone(&self.work);
        let thread = (self.spawn)(Box::new(move || {
            let work = waiting.lock().map(|mut work| work.take());
            if let Ok(Some(work)) = work {
                work();
            }
        }))?;
        self.thread = Some(thread);
        Ok(())
    }

    /// Hands over a snapshot; any older one still waiting is dropped.
    pub fn submit(&mut self, job: Job) -> u64 {
        if let Err(error) = self.start_thread() {
            self.next_ticket += 1;
            let why = SaveError::from(&error);
            self.unstarted
                .push((self.next_ticket, Outcome::Failed { why }));
            return self.next_ticket;
        }
        self.next_ticket += 1;
        let (lock, wake) = &*self.shared;
        let mut slot = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        slot.job = Some((self.next_ticket, job));
        wake.notify_one();
        self.next_ticket
    }

    /// Outcomes reported since the last call.
    pub fn outcomes(&mut self) -> Vec<Outcome> {
        let unstarted = self.unstarted.drain(..);
        unstarted
            .chain(self.outcomes.try_iter())
            .map(|(_, outcome)| outcome)
            .collect()
    }

    /// Submits `job` and waits up to `timeout` for its outcome (used when quitting).
    pub fn flush(&mut self, job: Job, timeout: Duration) -> Option<Outcome> {
        let ticket = self.submit(job);
        if let Some(at) = self.unstarted.iter().position(|(done, _)| *done == ticket) {
            return Some(self.unstarted.remove(at).1);
        }
        let deadline = std::time::Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.outcomes.recv_timeout(left) {
                Ok((done, outcome)) if done == ticket => return Some(outcome),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        {
            let (lock, wake) = &*self.shared;
            let mut slot = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            slot.shutdown = true;
            wake.notify_one();
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run<F: FileOps>(
    mut writer: Writer<F>,
    shared: Arc<(Mutex<Slot>, Condvar)>,
    sender: Sender<(u64, Outcome)>,
) {
    let (lock, wake) = &*shared;
    loop {
        let next = {
            let mut slot = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            while slot.job.is_none() && !slot.shutdown {
                slot = wake
                    .wait(slot)
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
            }
            // A job still waiting at shutdown is written first.
            match slot.job.take() {
                Some(job) => job,
                None => return,
            }
        };
        let (ticket, job) = next;
        let outcome = writer.write(job);
        if sender.send((ticket, outcome)).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::os_error::Reason;
    use crate::session::Session;
    use crate::storage::failure::Cause;
    use crate::template::Template;

    fn session(title: &str) -> Session {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T14:00:00+08:00").unwrap();
        Session::new(&Template::embedded_default(), title, Lang::En, now)
    }

    fn job(path: &Path, title: &str, generation: u64) -> Job {
        Job {
            request: SaveRequest {
                doc: Box::new(session(title)),
                generation,
                overwrite: false,
            },
            path: path.to_path_buf(),
            new_file: false,
        }
    }

    /// Real files, except that the first `failures` writes fail as a full disk would.
    struct FullDisk {
        failures: usize,
    }

    impl FileOps for FullDisk {
        fn read(&mut self, path: &Path) -> io::Result<Vec<u8>> {
            RealFiles.read(path)
        }
        fn write_synced(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
            if self.failures > 0 {
                self.failures -= 1;
                return Err(io::Error::new(
                    io::ErrorKind::StorageFull,
                    "No space left on device",
                ));
            }
            RealFiles.write_synced(path, bytes)
        }
        fn keep_copy(&mut self, from: &Path, to: &Path) -> io::Result<()> {
            RealFiles.keep_copy(from, to)
        }
        fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
            RealFiles.rename(from, to)
        }
        fn remove(&mut self, path: &Path) -> io::Result<()> {
            RealFiles.remove(path)
        }
        fn sync_dir(&mut self, dir: &Path) -> io::Result<()> {
            RealFiles.sync_dir(dir)
        }
    }

    /// A folder holding a session file, and the file's bytes.
    fn a_good_file() -> (tempfile::TempDir, PathBuf, Vec<u8>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        let good = to_ron(&session("good")).into_bytes();
        std::fs::write(&path, &good).unwrap();
        (dir, path, good)
    }

    /// A system with no thread to spare for the first save.
    fn refuse_once(work: Work) -> io::Result<JoinHandle<()>> {
        static ASKED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        if ASKED.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            return Err(io::Error::new(
                io::ErrorKind::WouldBlock,
                "Resource temporarily unavailable",
            ));
        }
        spawn_saver(work)
    }

    #[test]
    fn a_save_whose_thread_cannot_start_fails_and_the_next_one_starts_it() {
        let (_dir, path, good) = a_good_file();
        let mut saver = Saver::start_spawning(RealFiles, &path, Some(good.clone()), refuse_once);
        let wait = Duration::from_secs(5);
        saver.submit(job(&path, "newer", 1));
        match saver.outcomes().as_slice() {
            [Outcome::Failed { why }] => {
                assert_eq!(why.cause, Cause::System(Reason::Other), "{why:?}")
            }
            other => panic!("expected one failure, got {other:?}"),
        }
        assert_eq!(std::fs::read(&path).unwrap(), good, "nothing was written");
        assert_eq!(
            saver.flush(job(&path, "newer", 2), wait),
            Some(Outcome::Saved { generation: 2 })
        );
        let saved = String::from_utf8(std::fs::read(&path).unwrap()).unwrap();
        assert!(saved.contains("newer"), "{saved}");
    }

    #[test]
    fn a_failed_write_leaves_the_last_good_file_and_the_next_attempt_saves() {
        let (dir, path, good) = a_good_file();
        let mut saver = Saver::start_with(FullDisk { failures: 2 }, &path, Some(good.clone()));
        let wait = Duration::from_secs(5);
        for _ in 0..2 {
            match saver.flush(job(&path, "newer", 1), wait) {
                Some(Outcome::Failed { why }) => {
                    assert_eq!(why.cause, Cause::System(Reason::DiskFull), "{why:?}")
                }
                other => panic!("expected a failure, got {other:?}"),
            }
            assert_eq!(
                std::fs::read(&path).unwrap(),
                good,
                "the last good file is intact"
            );
        }
        assert_eq!(
            saver.flush(job(&path, "newer", 1), wait),
            Some(Outcome::Saved { generation: 1 })
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            to_ron(&session("newer")).into_bytes()
        );
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|name| !name.ends_with(".tmp")),
            "{names:?}"
        );
    }

    #[test]
    fn a_file_changed_by_someone_else_is_not_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        let ours = to_ron(&session("ours")).into_bytes();
        std::fs::write(&path, &ours).unwrap();
        let mut saver = Saver::start(&path, Some(ours));
        std::fs::write(&path, b"edited by hand").unwrap();
        let wait = Duration::from_secs(5);
        assert_eq!(
            saver.flush(job(&path, "mine", 1), wait),
            Some(Outcome::Conflict)
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"edited by hand");
        let mut overwrite = job(&path, "mine", 2);
        overwrite.request.overwrite = true;
        assert_eq!(
            saver.flush(overwrite, wait),
            Some(Outcome::Saved { generation: 2 })
        );
        let bak = crate::session::naming::beside(&path, "bak");
        assert_eq!(
            std::fs::read(bak).unwrap(),
            b"edited by hand",
            "theirs kept as .bak"
        );
    }

    #[test]
    fn only_the_newest_waiting_snapshot_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        let mut saver = Saver::start(&path, None);
        for generation in 1..=50 {
            saver.submit(job(&path, &format!("v{generation}"), generation));
        }
        let last = saver.flush(job(&path, "final", 51), Duration::from_secs(5));
        assert_eq!(last, Some(Outcome::Saved { generation: 51 }));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            to_ron(&session("final")).into_bytes()
        );
    }
}
