//! Where sessions live on disk: file names made from the date and title, the files
//! that sit beside a session, and the list of sessions in a folder.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::file;
use crate::load_error::LoadError;
use crate::os_error::OsError;

/// Longest slug, in characters, so names stay readable in `ls` and git.
const SLUG_CHARS: usize = 40;

/// A file-name-safe form of a title; Chinese characters are kept as they are.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.chars().take(SLUG_CHARS).collect();
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "session".to_string()
    } else {
        out
    }
}

/// `YYYY-MM-DD-slug.ron`, or with `-2`, `-3`, … for the `attempt`-th try.
pub fn file_name(date: NaiveDate, title: &str, attempt: u32) -> String {
    let base = format!("{}-{}", date.format("%Y-%m-%d"), slug(title));
    if attempt <= 1 {
        format!("{base}.ron")
    } else {
        format!("{base}-{attempt}.ron")
    }
}

/// A file that sits beside a session: `NAME.ron.lock`, `NAME.ron.bak`, …
pub fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    path.with_file_name(name)
}

/// What the start screen and `yeji list` show of one session file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub date: NaiveDate,
    pub title: String,
    pub organisation: String,
    pub steps_done: usize,
    pub steps_total: usize,
    pub updated: DateTime<FixedOffset>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    pub path: PathBuf,
    pub summary: Result<Summary, LoadError>,
}

/// Every `*.ron` file in `dir`, readable ones newest first, then the unreadable ones
/// with their errors (never skipped).
pub fn list_dir(dir: &Path) -> std::io::Result<Vec<Listing>> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        if name.ends_with(".ron") && !name.starts_with('.') {
            paths.push(path);
        }
    }
    let mut listings: Vec<Listing> = paths.into_iter().map(|path| summarise(&path)).collect();
    listings.sort_by(|a, b| match (&a.summary, &b.summary) {
        (Ok(x), Ok(y)) => y.updated.cmp(&x.updated).then(a.path.cmp(&b.path)),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.path.cmp(&b.path),
    });
    Ok(listings)
}

/// The start screen's list of `dir`: a folder not made yet holds no sessions (it is
/// made with the first one); any other failure to list it is told, not hidden.
pub fn list_for_start(dir: &Path) -> Result<Vec<Listing>, OsError> {
    unless_missing(list_dir(dir))
}

/// A listing, or why it failed, a missing folder counting as an empty one.
pub fn unless_missing(listed: std::io::Result<Vec<Listing>>) -> Result<Vec<Listing>, OsError> {
    match listed {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        listed => listed.map_err(OsError::from),
    }
}

pub fn summarise(path: &Path) -> Listing {
    let summary = file::load(path).map(|loaded| {
        let session = loaded.session;
        Summary {
            date: session.setup.starts_at.date_naive(),
            title: session.setup.title.clone(),
            organisation: session.setup.organisation.clone(),
            steps_done: session.steps_done(),
            steps_total: session.steps.len(),
            updated: session.updated,
        }
    });
    Listing {
        path: path.to_path_buf(),
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_chinese_and_drop_punctuation() {
        assert_eq!(slug("业技融合 工作坊（第一期）"), "业技融合-工作坊-第一期");
        assert_eq!(slug("  Q4 Review: 95598!  "), "q4-review-95598");
        assert_eq!(slug("!!!"), "session");
        assert_eq!(slug(""), "session");
    }

    #[test]
    fn names_carry_the_date_and_a_counter() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(file_name(date, "Kick-off", 1), "2026-11-25-kick-off.ron");
        assert_eq!(file_name(date, "Kick-off", 3), "2026-11-25-kick-off-3.ron");
    }

    #[test]
    fn sidecar_files_sit_beside_the_session() {
        let path = Path::new("sessions/a.ron");
        assert_eq!(beside(path, "lock"), Path::new("sessions/a.ron.lock"));
    }
}
