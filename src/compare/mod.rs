//! Reading sessions side by side, outside the terminal UI: `yeji diff OLD NEW` (what
//! changed between two sessions of one centre) and `yeji report DIR` (a portfolio
//! of the centres whose sessions are in a folder).
//!
//! Owns: the [`Diff`] and [`Portfolio`] data, worked out by pure functions
//! ([`diff()`], [`portfolio`]) with `today` passed in, and their renderers (terminal
//! text with optional ANSI colour, Markdown, HTML). Only [`run_diff`],
//! [`run_report`] and [`report::load_all`] read files, through `session::file`;
//! nothing here writes a file or touches the terminal UI.

pub mod diff;
mod diff_markdown;
mod diff_text;
pub mod fields;
pub mod items;
mod markup;
mod reached;
pub mod report;
mod report_render;
mod wording;

use std::path::Path;

use chrono::NaiveDate;

use crate::i18n::{Lang, fill};
use crate::os_error::OsError;
use crate::session::file;

pub use diff::{Diff, diff};
pub use diff_markdown::render_markdown;
pub use diff_text::render_text;
pub use report::{Portfolio, SessionFile, load_all, portfolio, session_paths};
pub use report_render::{
    render_html as render_report_html, render_markdown as render_report_markdown,
};

/// Whether to colour terminal output: not when the user said so (`--no-colour`),
/// and not when `NO_COLOR` is set to anything non-empty (<https://no-color.org>).
pub fn colour_wanted(switched_off: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    !switched_off && no_color.is_none_or(|value| value.is_empty())
}

/// [`colour_wanted`] for what goes to standard output: `NO_COLOR` read from the
/// environment, and no colour when the output is a file or a pipe.
pub fn colour_for_stdout(switched_off: bool) -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
        && colour_wanted(switched_off, std::env::var_os("NO_COLOR").as_deref())
}

/// `yeji diff OLD NEW`: loads both files and says what changed, as terminal text or
/// Markdown. Actions are overdue against today's local date. A file that cannot be
/// read is the error, as `PATH:LINE:COL: message`.
pub fn run_diff(
    old: &Path,
    new: &Path,
    markdown: bool,
    lang: Lang,
    colour: bool,
) -> Result<String, String> {
    let today = chrono::Local::now().date_naive();
    run_diff_on(old, new, markdown, lang, colour, today)
}

/// [`run_diff`] with the day overdue actions are counted against.
pub fn run_diff_on(
    old: &Path,
    new: &Path,
    markdown: bool,
    lang: Lang,
    colour: bool,
    today: NaiveDate,
) -> Result<String, String> {
    let load = |path: &Path| {
        file::load(path)
            .map(|loaded| loaded.session)
            .map_err(|error| error.line(lang))
    };
    let (old, new) = (load(old)?, load(new)?);
    let changes = diff(&old, &new, today);
    Ok(if markdown {
        render_markdown(&changes, lang)
    } else {
        render_text(&changes, lang, colour)
    })
}

/// `yeji report DIR`: the portfolio of every session under `dir`, as Markdown or as
/// one HTML page. Unreadable files are listed in it with their errors; only a
/// folder that cannot be listed is an error.
pub fn run_report(dir: &Path, html: bool, lang: Lang, today: NaiveDate) -> Result<String, String> {
    let paths = session_paths(dir).map_err(|error| {
        let why = OsError::from(error).describe(lang);
        format!(
            "{}: {}",
            dir.display(),
            fill(lang.ui().err_unreadable, &[&why])
        )
    })?;
    let files = load_all(&paths);
    let portfolio = portfolio(&files, today);
    Ok(if html {
        render_report_html(&portfolio, lang)
    } else {
        render_report_markdown(&portfolio, lang)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_or_the_switch_turns_colour_off() {
        use std::ffi::OsStr;
        assert!(colour_wanted(false, None));
        assert!(colour_wanted(false, Some(OsStr::new(""))));
        assert!(!colour_wanted(false, Some(OsStr::new("1"))));
        assert!(!colour_wanted(true, None));
    }
}
