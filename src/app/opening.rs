//! Opening the session named on the command line, on both cores. A second thread
//! reads the file, the session but for its strategy part (see [`file::Cut`]),
//! takes the lock and looks for a recovery copy, while this one does what else
//! start-up needs (making the terminal ready, reading the built-in agenda) and
//! then reads the strategy part.
//! Nothing here touches the screen, so that a file that turns out bad is still
//! reported on the ordinary one.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

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

/// The file's text, where its session text starts in it, and where to cut it.
struct Piece {
    text: Arc<String>,
    skip: usize,
    cut: Cut,
}

/// What the reading thread read of the session.
enum Part {
    /// All of it, checked: the file was not cut.
    Whole(Loaded),
    /// All but the strategy part, if that piece read.
    Rest(Option<Session>),
}

/// What the reading thread made of the file.
struct Read {
    text: Arc<String>,
    skip: usize,
    session: Result<Part, LoadError>,
    lock: Option<Result<SessionLock, LockError>>,
    recovery: Option<(PathBuf, Session)>,
}

/// A session file being opened: its reading thread has started.
pub struct Opening {
    path: PathBuf,
    read_only: bool,
    pieces: Receiver<Piece>,
    reading: Option<JoinHandle<Result<Read, LoadError>>>,
}

impl Opening {
    /// Starts reading the session at `path`.
    pub fn start(path: PathBuf, read_only: bool) -> Opening {
        let (give, pieces) = sync_channel(1);
        let reading = {
            let path = path.clone();
            std::thread::spawn(move || read(&path, read_only, &give))
        };
        Opening {
            path,
            read_only,
            pieces,
            reading: Some(reading),
        }
    }

    /// The opening that a command line of exactly `open FILE` or `review FILE`
    /// asks for, started before the command line is parsed, for the commonest
    /// start; `None` for any other command line.
    pub fn named_in(mut args: impl Iterator<Item = OsString>) -> Option<Opening> {
        let (_, command, file) = (args.next()?, args.next()?, args.next()?);
        let read_only = match command.to_str()? {
            "open" => false,
            "review" => true,
            _ => return None,
        };
        if args.next().is_some() || file.is_empty() || file.as_encoded_bytes()[0] == b'-' {
            return None;
        }
        Some(Opening::start(PathBuf::from(file), read_only))
    }

    /// Whether this opens `path` as asked.
    pub fn is_for(&self, path: &Path, read_only: bool) -> bool {
        self.path == path && self.read_only == read_only
    }

    /// The session ready to be shown, as [`super::open`] reads it, and what
    /// `meanwhile` did while the file was read.
    pub fn finish<T>(
        mut self,
        lang: Option<Lang>,
        meanwhile: impl FnOnce() -> T,
    ) -> (Result<Ready, LoadError>, T) {
        let done = meanwhile();
        // The built-in agenda that the session is checked against, read while the
        // file still is.
        let early = self.pieces.try_recv().ok();
        if early.is_none() {
            Template::built_in();
        }
        let strategy = early
            .or_else(|| self.pieces.recv().ok())
            .and_then(|piece| piece.cut.read_strategy(&piece.text[piece.skip..]));
        let read = self.read();
        let ready = read.and_then(|read| finish(&self.path, lang, read, strategy));
        (ready, done)
    }

    fn read(&mut self) -> Result<Read, LoadError> {
        let reading = self.reading.take().expect("an opening is read once");
        match reading.join() {
            Ok(read) => read,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}

impl Drop for Opening {
    /// An opening not finished still waits for its thread, so that the lock it
    /// may have taken is given back before the file is opened again.
    fn drop(&mut self) {
        if let Some(reading) = self.reading.take() {
            let _ = reading.join();
        }
    }
}

/// Reads the file, hands over the strategy part, and reads the rest of it.
fn read(path: &Path, read_only: bool, give: &SyncSender<Piece>) -> Result<Read, LoadError> {
    let bytes = ron_read::read_bytes(path)?;
    let (text, skip) = ron_read::checked_text(path, bytes)?;
    let text = Arc::new(text);
    let body = &text[skip..];
    let session = match Cut::find(body) {
        Some(cut) => {
            let _ = give.send(Piece {
                text: Arc::clone(&text),
                skip,
                cut: cut.clone(),
            });
            Ok(Part::Rest(cut.read_rest(body)))
        }
        None => file::parse(path, body).map(Part::Whole),
    };
    // A file that is bad as a whole is reported without taking its lock.
    let whole_failed = session.is_err();
    let lock = (!read_only && !whole_failed).then(|| SessionLock::acquire(path));
    let recovery = lock.is_some().then(|| recovery::find(path)).flatten();
    Ok(Read {
        text,
        skip,
        session,
        lock,
        recovery,
    })
}

/// The session from both pieces, checked; when the lock was taken for a file that
/// then fails its checks, dropping it here gives it back.
fn finish(
    path: &Path,
    lang: Option<Lang>,
    read: Read,
    strategy: Option<Strategy>,
) -> Result<Ready, LoadError> {
    let body = &read.text[read.skip..];
    let loaded = match read.session? {
        Part::Whole(loaded) => loaded,
        Part::Rest(rest) => file::parse_pieces(path, body, rest, strategy)?,
    };
    let bytes = Arc::try_unwrap(read.text)
        .map(String::into_bytes)
        .unwrap_or_else(|shared| shared.as_bytes().to_vec());
    opened(path, lang, loaded, read.lock, read.recovery, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(args: &[&str]) -> Option<(PathBuf, bool)> {
        let args = args.iter().map(OsString::from);
        Opening::named_in(args).map(|opening| (opening.path.clone(), opening.read_only))
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
}
