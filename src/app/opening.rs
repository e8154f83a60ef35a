//! Opening the session named on the command line, on both cores. A second thread
//! reads the file, the session but for its strategy part (see [`file::Cut`]),
//! takes the lock and looks for a recovery copy, while this one does what else
//! start-up needs (making the terminal ready, reading the built-in agenda) and
//! then reads the strategy part.
//! Nothing here touches the screen, so that a file that turns out bad is still
//! reported on the ordinary one.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{SyncSender, sync_channel};

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

/// The session at `path` ready to be shown, as [`super::open`] reads it, and what
/// `meanwhile` did while the file was read.
pub fn open_while<T>(
    path: PathBuf,
    read_only: bool,
    lang: Option<Lang>,
    meanwhile: impl FnOnce() -> T,
) -> (Result<Ready, LoadError>, T) {
    let (give, piece) = sync_channel(1);
    let reading = {
        let path = path.clone();
        std::thread::spawn(move || read(&path, read_only, &give))
    };
    let done = meanwhile();
    // The built-in agenda that the session is checked against, read while the
    // file still is.
    let early = piece.try_recv().ok();
    if early.is_none() {
        Template::built_in();
    }
    let strategy = early
        .or_else(|| piece.recv().ok())
        .and_then(|piece| piece.cut.read_strategy(&piece.text[piece.skip..]));
    let read = match reading.join() {
        Ok(read) => read,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    (
        read.and_then(|read| finish(&path, lang, read, strategy)),
        done,
    )
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
