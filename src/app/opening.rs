//! Opening the session named on the command line, on both cores. This thread
//! reads the file at once, cuts it (see [`file::Cut`]) and reads the session but
//! for its strategy part. A second thread meanwhile does what else start-up needs
//! (making the terminal ready, taking the session's lock and looking for a
//! recovery copy), which it is done with before this one has cut the file, and
//! then reads the strategy part. A new thread can wait milliseconds for a core of
//! its own, so each of these is done by whichever thread is free for it first,
//! and so is reading the built-in agenda that the session is checked against.
//! When this thread has done all of it, it goes on without waiting for the other.
//! Nothing here touches the screen, so that a file that turns out bad is still
//! reported on the ordinary one; a lock taken for such a file is given back.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use super::cores;
use super::files::{Ready, opened};
use crate::i18n::Lang;
use crate::load_error::LoadError;
use crate::ron_read;
use crate::session::Session;
use crate::session::file::{self, Cut, Loaded};
use crate::session::strategy::Strategy;
use crate::storage::lock::{LockError, SessionLock};
use crate::storage::recovery;
use crate::template::Template;

/// The file's session text and where to cut it.
struct Piece {
    text: Arc<String>,
    skip: usize,
    cut: Cut,
}

impl Piece {
    fn read(&self) -> Option<Strategy> {
        self.cut.read_strategy(&self.text[self.skip..])
    }
}

/// Work on its way between the threads.
enum Slot<W> {
    /// Not there yet: the file is still being read and cut.
    Coming,
    Ready(W),
    /// Taken, or there is none.
    Gone,
}

/// Where work waits for whichever thread takes it first.
struct Handover<W> {
    slot: Mutex<Slot<W>>,
    known: Condvar,
}

impl<W> Handover<W> {
    /// Work still to come.
    fn coming() -> Handover<W> {
        Handover::holding(Slot::Coming)
    }

    /// Work there from the start.
    fn ready(work: W) -> Handover<W> {
        Handover::holding(Slot::Ready(work))
    }

    fn holding(slot: Slot<W>) -> Handover<W> {
        Handover {
            slot: Mutex::new(slot),
            known: Condvar::new(),
        }
    }

    fn slot(&self) -> MutexGuard<'_, Slot<W>> {
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Offers the work, or says that none will come; only the first call counts.
    fn offer(&self, piece: Option<W>) {
        let mut slot = self.slot();
        if matches!(*slot, Slot::Coming) {
            *slot = piece.map_or(Slot::Gone, Slot::Ready);
            self.known.notify_all();
        }
    }

    /// The work, unless it was taken already or none comes; waits until that is known.
    fn wait_and_take(&self) -> Option<W> {
        let mut slot = self.slot();
        while matches!(*slot, Slot::Coming) {
            slot = self
                .known
                .wait(slot)
                .unwrap_or_else(PoisonError::into_inner);
        }
        Self::take_from(&mut slot)
    }

    /// The work, if it waits here now.
    fn take(&self) -> Option<W> {
        Self::take_from(&mut self.slot())
    }

    fn take_from(slot: &mut Slot<W>) -> Option<W> {
        match std::mem::replace(slot, Slot::Gone) {
            Slot::Ready(piece) => Some(piece),
            other => {
                *slot = other;
                None
            }
        }
    }
}

/// What this thread read of the session.
enum Part {
    /// All of it, checked: the file was not cut.
    Whole(Loaded),
    /// All but the strategy part, if that piece read.
    Rest(Option<Session>),
}

/// What this thread made of the file.
struct Read {
    text: Arc<String>,
    skip: usize,
    session: Result<Part, LoadError>,
    /// The strategy part, when this thread got to it first and it read.
    strategy: Option<Strategy>,
}

/// The session's lock, unless it is opened only to be read, and the recovery copy
/// found once the lock was tried (none when another program holds it).
type Locked = (
    Option<Result<SessionLock, LockError>>,
    Option<(PathBuf, Session)>,
);

/// What start-up needs done besides the reading, by either thread: the caller's
/// job and the lock.
type Meanwhile<T> = Arc<Handover<Box<dyn FnOnce() -> (T, Locked) + Send>>>;

/// What the second thread did: what it made meanwhile, and the strategy part.
type Helped<T> = (Option<(T, Locked)>, Option<Strategy>);

/// A session file read but for the second thread's part, which may still be at it.
pub struct Opening<T> {
    path: PathBuf,
    read_only: bool,
    read: Option<Result<Read, LoadError>>,
    meanwhile: Meanwhile<T>,
    /// What the second thread did, handed over before it ends: ending a thread and
    /// joining it can take a fifth of a millisecond.
    helped: Arc<Handover<Helped<T>>>,
    helper: Option<JoinHandle<()>>,
}

/// The strategy piece, offered once the file is cut.
type Pieces = Handover<Piece>;

impl<T: Send + 'static> Opening<T> {
    /// Reads the session at `path`. `meanwhile` runs on a second thread, or on
    /// this one in [`Opening::finish`] if that thread has not begun it by then.
    pub fn start(
        path: PathBuf,
        read_only: bool,
        meanwhile: impl FnOnce() -> T + Send + 'static,
    ) -> Opening<T> {
        let handover = Arc::new(Pieces::coming());
        let file = path.clone();
        let job = move || (meanwhile(), lock_and_look(&file, read_only));
        let meanwhile: Meanwhile<T> = Arc::new(Handover::ready(Box::new(job)));
        // Started first: a new thread waits a while for a core of its own.
        let helped = Arc::new(Handover::coming());
        let helper = {
            let (handover, meanwhile) = (Arc::clone(&handover), Arc::clone(&meanwhile));
            let helped = Arc::clone(&helped);
            std::thread::spawn(move || {
                let unfinished = NoneComes(&helped);
                helped.offer(Some(help(&meanwhile, &handover)));
                drop(unfinished);
            })
        };
        cores::place_apart(&helper);
        let read = read(&path, &handover);
        handover.offer(None);
        Opening {
            path,
            read_only,
            read: Some(read),
            meanwhile,
            helped,
            helper: Some(helper),
        }
    }

    /// The opening that a command line of exactly `open FILE` or `review FILE`
    /// asks for, made before the command line is parsed, for the commonest
    /// start; `None` for any other command line.
    pub fn named_in(
        mut args: impl Iterator<Item = OsString>,
        meanwhile: impl FnOnce() -> T + Send + 'static,
    ) -> Option<Opening<T>> {
        let (_, command, file) = (args.next()?, args.next()?, args.next()?);
        let read_only = match command.to_str()? {
            "open" => false,
            "review" => true,
            _ => return None,
        };
        if args.next().is_some() || file.is_empty() || file.as_encoded_bytes()[0] == b'-' {
            return None;
        }
        Some(Opening::start(PathBuf::from(file), read_only, meanwhile))
    }

    /// The file being opened.
    pub fn file(&self) -> &Path {
        &self.path
    }

    /// Whether the file is opened only to be read.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Whether this opens `path` as asked.
    pub fn is_for(&self, path: &Path, read_only: bool) -> bool {
        self.path == path && self.read_only == read_only
    }

    /// The session ready to be shown, as [`super::open`] reads it, and what
    /// `meanwhile` made.
    pub fn finish(mut self, lang: Option<Lang>) -> (Result<Ready, LoadError>, T) {
        Template::built_in();
        let made_here = self.meanwhile.take().map(|job| job());
        let read = self.read.take().expect("an opening is finished once");
        let helper = self.helper.take().expect("an opening is finished once");
        let (made_there, helped) = if made_here.is_some() && !awaits_strategy(&read) {
            // This thread did all there was: the other one, which may not even have
            // begun yet, finds nothing to do and ends by itself.
            drop(helper);
            (None, None)
        } else {
            self.wait_for(helper)
        };
        let (made, locked) = made_here
            .or(made_there)
            .expect("one of the threads did what start-up needs");
        let ready = read.and_then(|mut read| {
            let strategy = read.strategy.take().or(helped);
            finish(&self.path, lang, read, strategy, locked)
        });
        (ready, made)
    }
}

impl<T> Opening<T> {
    /// What the second thread did, once it hands it over.
    fn wait_for(&self, helper: JoinHandle<()>) -> Helped<T> {
        match self.helped.wait_and_take() {
            // All it has left to do is end.
            Some(done) => done,
            // Nothing came: the thread panicked, and joining it says how.
            None => match helper.join() {
                Err(panic) => std::panic::resume_unwind(panic),
                Ok(()) => (None, None),
            },
        }
    }
}

impl<T> Drop for Opening<T> {
    /// An opening not finished still waits for its thread, so that nothing of it
    /// runs on once the program has moved on.
    fn drop(&mut self) {
        if let Some(helper) = self.helper.take() {
            let _ = helper.join();
        }
    }
}

/// Whether the session still lacks a strategy part that the other thread is reading.
fn awaits_strategy(read: &Result<Read, LoadError>) -> bool {
    matches!(
        read,
        Ok(Read {
            session: Ok(Part::Rest(Some(_))),
            strategy: None,
            ..
        })
    )
}

/// Says that nothing will be handed over, when dropped first: on a panic.
struct NoneComes<'a, W>(&'a Handover<W>);

impl<W> Drop for NoneComes<'_, W> {
    fn drop(&mut self) {
        self.0.offer(None);
    }
}

/// The second thread: what start-up needs meanwhile and the strategy part, each
/// unless the other thread has taken it.
fn help<T>(meanwhile: &Meanwhile<T>, handover: &Pieces) -> Helped<T> {
    crate::heap::prepare_thread();
    let made = meanwhile.take().map(|job| job());
    let strategy = handover.wait_and_take().and_then(|piece| piece.read());
    Template::built_in();
    (made, strategy)
}

/// Reads the file, offers the strategy part, reads the rest of it, and the
/// strategy part too if the other thread has not taken it meanwhile.
fn read(path: &Path, handover: &Pieces) -> Result<Read, LoadError> {
    let bytes = ron_read::read_bytes(path)?;
    let (text, skip) = ron_read::checked_text(path, bytes)?;
    let text = Arc::new(text);
    let body = &text[skip..];
    let (session, strategy) = match Cut::find(body) {
        Some(cut) => {
            handover.offer(Some(Piece {
                text: Arc::clone(&text),
                skip,
                cut: cut.clone(),
            }));
            let rest = cut.read_rest(body);
            let strategy = handover.take().and_then(|piece| piece.read());
            (Ok(Part::Rest(rest)), strategy)
        }
        None => (file::parse(path, body).map(Part::Whole), None),
    };
    Ok(Read {
        text,
        skip,
        session,
        strategy,
    })
}

/// Takes the lock of the session at `path` (unless it is only to be read) and,
/// unless another program holds it, looks for a recovery copy. Done before the file
/// is known to be good: a file that turns out bad gives the lock back, and the lock
/// file with it.
fn lock_and_look(path: &Path, read_only: bool) -> Locked {
    let lock = (!read_only).then(|| SessionLock::acquire(path));
    let held_elsewhere = matches!(lock, Some(Err(_)));
    let recovery = (!held_elsewhere).then(|| recovery::find(path)).flatten();
    (lock, recovery)
}

/// The session from both pieces, checked; when the lock was taken for a file that
/// then fails its checks, dropping it here gives it back.
fn finish(
    path: &Path,
    lang: Option<Lang>,
    read: Read,
    strategy: Option<Strategy>,
    locked: Locked,
) -> Result<Ready, LoadError> {
    let body = &read.text[read.skip..];
    let loaded = match read.session? {
        Part::Whole(loaded) => loaded,
        Part::Rest(rest) => file::parse_pieces(path, body, rest, strategy)?,
    };
    let bytes = Arc::try_unwrap(read.text)
        .map(String::into_bytes)
        .unwrap_or_else(|shared| shared.as_bytes().to_vec());
    let (lock, recovery) = locked;
    opened(path, lang, loaded, lock, recovery, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(args: &[&str]) -> Option<(PathBuf, bool)> {
        let args = args.iter().map(OsString::from);
        Opening::named_in(args, || ()).map(|opening| (opening.path.clone(), opening.read_only))
    }

    #[test]
    fn only_a_bare_open_or_review_of_a_file_is_started_before_parsing() {
        let missing = "/nonexistent/yeji/x.ron";
        assert_eq!(
            named(&["yeji", "open", missing]),
            Some((missing.into(), false))
        );
        assert_eq!(
            named(&["yeji", "review", missing]),
            Some((missing.into(), true))
        );
        assert_eq!(named(&["yeji", "open", "--help"]), None);
        assert_eq!(named(&["yeji", "open", missing, "--lang", "en"]), None);
        assert_eq!(named(&["yeji", "--lang", "en", "open"]), None);
        assert_eq!(named(&["yeji", "export", missing]), None);
        assert_eq!(named(&["yeji", "open"]), None);
        assert_eq!(named(&["yeji", "open", ""]), None);
    }

    fn read_with(session: Result<Part, LoadError>, strategy: Option<Strategy>) -> Read {
        Read {
            text: Arc::new(String::new()),
            skip: 0,
            session,
            strategy,
        }
    }

    #[test]
    fn only_a_rest_whose_strategy_part_the_other_thread_took_waits_for_that_thread() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T14:00:00+08:00").unwrap();
        let session = Session::new(&Template::embedded_default(), "t", Lang::En, now);
        let rest = || Ok(Part::Rest(Some(session.clone())));
        assert!(awaits_strategy(&Ok(read_with(rest(), None))));
        let read_here = read_with(rest(), Some(Strategy::default()));
        assert!(!awaits_strategy(&Ok(read_here)));
        // A rest that did not read is read whole, without the other thread's part.
        assert!(!awaits_strategy(&Ok(read_with(Ok(Part::Rest(None)), None))));
        let missing = Path::new("/nonexistent/yeji/x.ron");
        let failed = ron_read::read_bytes(missing).unwrap_err();
        assert!(!awaits_strategy(&Err(failed)));
    }

    #[test]
    fn a_panic_in_the_meanwhile_job_reaches_the_caller_rather_than_hanging_it() {
        let (sender, outcome) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let finished = std::panic::catch_unwind(|| {
                let opening = Opening::start("/nonexistent/yeji/x.ron".into(), true, || {
                    panic!("the terminal could not be made ready")
                });
                let _: (Result<Ready, LoadError>, ()) = opening.finish(None);
            });
            sender.send(finished.is_err()).unwrap();
        });
        let panicked = outcome.recv_timeout(std::time::Duration::from_secs(10));
        assert_eq!(panicked, Ok(true));
    }
}
