//! `yeji export`: a complete report of one session, as Markdown or as one
//! self-contained HTML file, for the people who read afterwards what the room
//! decided.
//!
//! Owns: the report's content (`build`, once for both formats, as a
//! [`document::Document`]) and its two renderings ([`markdown`], [`html`] with
//! [`svg`] charts). [`export`] is pure: no clock, no files. [`run`] is the edge the
//! command line calls: it reads the session, writes the report atomically beside it
//! (or where asked), and never touches the session file.
//!
//! The facilitator's private notes are left out unless `include_private` is set.

mod build;
pub mod document;
pub mod html;
pub mod markdown;
pub mod svg;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::i18n::{Lang, fill};
use crate::os_error::OsError;
use crate::session::{Session, file};
use crate::storage::atomic::{FileOps, RealFiles, save};

/// The two report formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

impl Format {
    /// The file extension a report of this format gets: `md` or `html`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    pub format: Format,
    /// The language of the report's labels (the room's own words stay as typed).
    pub lang: Lang,
    /// Whether the facilitator's private notes are included.
    pub include_private: bool,
    /// The day the report is made: overdue actions are counted against it, and it
    /// is printed in the report.
    pub today: NaiveDate,
}

/// The report of `session`. Pure: the same session and options always give the
/// same text.
pub fn export(session: &Session, options: &ExportOptions) -> String {
    let document = build::document(
        session,
        options.lang,
        options.today,
        options.include_private,
    );
    match options.format {
        Format::Markdown => markdown::render(&document),
        Format::Html => html::render(&document),
    }
}

/// Where a report goes by default: beside the session, named like it, with the
/// format's extension (`sessions/x.ron` → `sessions/x.html`).
pub fn default_output(file: &Path, format: Format) -> PathBuf {
    file.with_extension(format.extension())
}

/// Reads `file`, writes its report to `out` (default: [`default_output`]) and
/// returns where it went. The report is in `lang`, or else in the session's own
/// language; today is the local date. The session file is only read: a report
/// that would land on it is refused.
///
/// Errors are one line, ready to print: `PATH:LINE:COL: message` when the session
/// cannot be read, `PATH: message` when the report cannot be written.
pub fn run(
    file: &Path,
    format: Format,
    out: Option<&Path>,
    lang: Option<Lang>,
    include_private: bool,
) -> Result<PathBuf, String> {
    run_on(&mut RealFiles, file, (format, out), lang, include_private)
}

/// [`run`], writing the report through `ops` (tests make a write fail).
pub fn run_on(
    ops: &mut impl FileOps,
    file: &Path,
    (format, out): (Format, Option<&Path>),
    lang: Option<Lang>,
    include_private: bool,
) -> Result<PathBuf, String> {
    let message_lang = lang.unwrap_or_else(Lang::from_env);
    let loaded = file::load(file).map_err(|error| error.line(message_lang))?;
    let lang = lang.unwrap_or(loaded.session.language);
    let target = out.map_or_else(|| default_output(file, format), Path::to_path_buf);
    if same_file(file, &target) {
        return Err(format!(
            "{}: {}",
            target.display(),
            lang.documents().export_same_file
        ));
    }
    let options = ExportOptions {
        format,
        lang,
        include_private,
        today: chrono::Local::now().date_naive(),
    };
    let report = export(&loaded.session, &options);
    save(ops, &target, report.as_bytes(), false).map_err(|error| {
        format!(
            "{}: {}",
            target.display(),
            fill(
                lang.ui().err_cannot_write,
                &[&OsError::from(error).describe(lang)]
            )
        )
    })?;
    Ok(target)
}

/// Whether two paths name the same file (also through `..`, links or case).
fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
