//! Why a session or template file could not be read, said in the user's language.
//!
//! Owns [`LoadError`] (where) and [`Problem`] (what). The file-format modules build
//! them; the CLI prints them as `PATH:LINE:COL: message`, the start screen shows them.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::i18n::{Lang, fill};
use crate::os_error::OsError;

/// A place in a file, 1-based, counting characters (not terminal cells).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub position: Option<Position>,
    pub problem: Problem,
}

/// Which format a file was read as, for the messages that name the whole file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Session,
    Template,
}

impl FileKind {
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            FileKind::Session => lang.ui().file_kind_session,
            FileKind::Template => lang.ui().file_kind_template,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NotFound,
    IsFolder,
    Unreadable(OsError),
    CannotWrite(OsError),
    Locked {
        pid: String,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    Empty,
    NotUtf8,
    NulByte,
    LooksLikeJson,
    MergeConflict,
    CurlyQuote(char),
    Truncated,
    TooDeep,
    UnknownField {
        found: String,
        expected: Vec<String>,
    },
    MissingField(String),
    DuplicateField(String),
    UnknownVariant {
        found: String,
        expected: Vec<String>,
    },
    WrongValue(String),
    Syntax(String),
    MissingVersion,
    UnknownVersion(u32),
    NewerVersion {
        found: u32,
        supported: u32,
    },
    UnknownTemplateStep {
        id: String,
        template: String,
        known: Vec<String>,
    },
    /// A field (`current_step`, a decision's link, the room's notes …) names a step
    /// the session does not have.
    DanglingStep {
        field: &'static str,
        id: String,
    },
    Dangling {
        what: IdKind,
        id: u32,
    },
    FixedList {
        section: &'static str,
        expected: Vec<String>,
    },
    OutOfRange {
        field: &'static str,
        value: u32,
        low: u32,
        high: u32,
    },
    DuplicateId {
        what: IdKind,
        id: String,
    },
    Expected(Expected),
    /// A whole number too large for its field, or below zero.
    NumberOutOfRange,
    /// A backslash in text followed by something RON cannot read as an escape.
    BadEscape,
    /// Text where a date (and time) belongs that is not one.
    BadDate,
    UnexpectedChar(char),
    /// Text after the end of the session or template.
    TrailingText(FileKind),
    /// A full-width mark typed by a Chinese input method where RON wants `write`.
    FullWidth {
        found: char,
        write: char,
    },
    /// `;` where a comma belongs, `=` where a colon does.
    WrongMark {
        found: char,
        write: char,
    },
    /// A `"` inside a text, which ends it early.
    InnerQuote,
    /// A text whose closing quote is missing runs on into `line`.
    UnclosedText {
        line: usize,
    },
    /// The line before lacks its comma.
    MissingComma,
    /// A field's name followed by its value with no `:` between.
    MissingColon(String),
    /// A bracket not closed before the line where the parser stopped.
    Unclosed(OpenBracket),
    /// The file ends with a bracket still open.
    EndsOpen(OpenBracket),
    /// A closing bracket of another kind than the one open.
    Mismatched {
        found: char,
        bracket: OpenBracket,
    },
    /// A closing bracket after the session (or template) has ended.
    ClosesNothing(char, FileKind),
    /// The bracket around the whole file closed while fields follow.
    ClosedEarly(char, FileKind),
    NoSteps,
    NotOneSetupStep,
    BadStepId(String),
    BadMinutes {
        id: String,
        minutes: u32,
    },
}

impl LoadError {
    pub fn new(path: impl Into<PathBuf>, position: Option<Position>, problem: Problem) -> Self {
        LoadError {
            path: path.into(),
            position,
            problem,
        }
    }

    /// One line: `PATH:LINE:COL: message` (or `PATH: message` without a place).
    pub fn line(&self, lang: Lang) -> String {
        let mut out = self.path.display().to_string();
        if let Some(position) = self.position {
            let _ = write!(out, ":{}:{}", position.line, position.col);
        }
        out.push_str(": ");
        out.push_str(&self.problem.message(lang));
        out
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let ui = lang.ui();
        // Chinese lists its choices with 、, as any Chinese list is written.
        let list = |items: &[String]| items.join(lang.list_separator());
        match self {
            Problem::NotFound => ui.err_not_found.to_string(),
            Problem::IsFolder => ui.err_is_folder.to_string(),
            Problem::Unreadable(why) => fill(ui.err_unreadable, &[&why.describe(lang)]),
            Problem::CannotWrite(why) => fill(ui.err_cannot_write, &[&why.describe(lang)]),
            Problem::Locked { pid } => fill(ui.err_locked, &[pid]),
            Problem::TooLarge { bytes, limit } => {
                let mut size = megabytes(*bytes);
                // A file cut off just past the limit would read "16.0 MiB, the
                // limit is 16.0 MiB".
                if size == megabytes(*limit) {
                    size.insert_str(0, "> ");
                }
                fill(ui.err_too_large, &[&size, &megabytes(*limit)])
            }
            Problem::Empty => ui.err_empty.to_string(),
            Problem::NotUtf8 => ui.err_not_utf8.to_string(),
            Problem::NulByte => ui.err_nul_byte.to_string(),
            Problem::LooksLikeJson => ui.err_json.to_string(),
            Problem::MergeConflict => ui.err_merge_conflict.to_string(),
            Problem::CurlyQuote(quote) => fill(ui.err_curly_quote, &[&quote.to_string()]),
            Problem::Truncated => ui.err_truncated.to_string(),
            Problem::TooDeep => ui.err_too_deep.to_string(),
            // The suggestion comes before the list, so that a cut line keeps it.
            Problem::UnknownField { found, expected } => match closest(found, expected) {
                Some(close) => fill(ui.err_unknown_field_close, &[found, close, &list(expected)]),
                None => fill(ui.err_unknown_field, &[found, &list(expected)]),
            },
            Problem::MissingField(field) => fill(ui.err_missing_field, &[field]),
            Problem::DuplicateField(field) => fill(ui.err_duplicate_field, &[field]),
            Problem::UnknownVariant { found, expected } => match closest(found, expected) {
                Some(close) => fill(
                    ui.err_unknown_variant_close,
                    &[found, close, &list(expected)],
                ),
                None => fill(ui.err_unknown_variant, &[found, &list(expected)]),
            },
            Problem::WrongValue(detail) => fill(ui.err_wrong_value, &[detail]),
            Problem::Syntax(detail) => fill(ui.err_syntax, &[detail]),
            Problem::MissingVersion => ui.err_missing_version.to_string(),
            Problem::UnknownVersion(found) => fill(ui.err_unknown_version, &[&found.to_string()]),
            Problem::NewerVersion { found, supported } => fill(
                ui.err_newer_version,
                &[&found.to_string(), &supported.to_string()],
            ),
            Problem::UnknownTemplateStep {
                id,
                template,
                known,
            } => fill(ui.err_unknown_step, &[id, template, &list(known)]),
            Problem::DanglingStep { field, id } => fill(ui.err_dangling_step, &[field, id]),
            Problem::Dangling {
                what: IdKind::Participant,
                id,
            } => fill(ui.err_dangling_participant, &[&id.to_string()]),
            Problem::Dangling { what, id } => {
                fill(ui.err_dangling, &[what.label(lang), &id.to_string()])
            }
            Problem::FixedList { section, expected } => {
                fill(ui.err_fixed_list, &[section, &list(expected)])
            }
            Problem::OutOfRange {
                field,
                value,
                low,
                high,
            } => fill(
                ui.err_out_of_range,
                &[
                    field,
                    &value.to_string(),
                    &low.to_string(),
                    &high.to_string(),
                ],
            ),
            Problem::DuplicateId { what, id } => fill(ui.err_duplicate_id, &[what.label(lang), id]),
            Problem::Expected(expected) => fill(ui.err_expected, &[expected.label(lang)]),
            Problem::NumberOutOfRange => ui.err_number_range.to_string(),
            Problem::BadEscape => ui.err_bad_escape.to_string(),
            Problem::BadDate => ui.err_bad_date.to_string(),
            Problem::UnexpectedChar(c) => fill(ui.err_unexpected_char, &[&c.to_string()]),
            Problem::TrailingText(file) => fill(ui.err_trailing_text, &[file.word(lang)]),
            Problem::FullWidth {
                found: '\u{3000}', ..
            } => ui.err_full_width_space.to_string(),
            Problem::FullWidth { found, write } => {
                fill(ui.err_full_width, &[&found.to_string(), &write.to_string()])
            }
            Problem::WrongMark { found, write } => {
                fill(ui.err_wrong_mark, &[&found.to_string(), &write.to_string()])
            }
            Problem::InnerQuote => ui.err_inner_quote.to_string(),
            Problem::UnclosedText { line } => fill(ui.err_unclosed_text, &[&line.to_string()]),
            Problem::MissingComma => ui.err_missing_comma.to_string(),
            Problem::MissingColon(field) => fill(ui.err_missing_colon, &[field]),
            Problem::Unclosed(bracket) => bracket.fill(ui.err_unclosed, ' '),
            Problem::EndsOpen(bracket) => bracket.fill(ui.err_ends_open, ' '),
            Problem::Mismatched { found, bracket } => bracket.fill(ui.err_mismatched, *found),
            Problem::ClosesNothing(found, file) => fill(
                ui.err_closes_nothing,
                &[&found.to_string(), file.word(lang)],
            ),
            Problem::ClosedEarly(found, file) => {
                fill(ui.err_closed_early, &[&found.to_string(), file.word(lang)])
            }
            Problem::NoSteps => ui.err_no_steps.to_string(),
            Problem::NotOneSetupStep => ui.err_one_setup_step.to_string(),
            Problem::BadStepId(id) => fill(ui.err_bad_step_id, &[id]),
            Problem::BadMinutes { id, minutes } => {
                fill(ui.err_bad_minutes, &[id, &minutes.to_string()])
            }
        }
    }
}

impl OpenBracket {
    /// `template` with `{0}` the opening bracket, `{1}` the closing one, `{2}` the
    /// line and `{3}` the bracket `found` instead.
    fn fill(self, template: &str, found: char) -> String {
        let marks = [self.open, self.close, found].map(String::from);
        fill(
            template,
            &[&marks[0], &marks[1], &self.line.to_string(), &marks[2]],
        )
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// A bracket left open, and the line it was opened on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenBracket {
    pub open: char,
    pub close: char,
    pub line: usize,
}

/// Which kind of item two entries share an id in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Step,
    Participant,
    Note,
    Statement,
    Agreement,
    Initiative,
    Mechanism,
    Role,
    Decision,
    Action,
    Parked,
    Indicator,
}

impl IdKind {
    pub fn label(self, lang: Lang) -> &'static str {
        let ui = lang.ui();
        match self {
            IdKind::Step => ui.id_step,
            IdKind::Participant => ui.id_participant,
            IdKind::Note => ui.id_note,
            IdKind::Statement => ui.id_statement,
            IdKind::Agreement => ui.id_agreement,
            IdKind::Initiative => ui.id_initiative,
            IdKind::Mechanism => ui.id_mechanism,
            IdKind::Role => ui.id_role,
            IdKind::Decision => ui.id_decision,
            IdKind::Action => ui.id_action,
            IdKind::Parked => ui.id_parked,
            IdKind::Indicator => ui.id_indicator,
        }
    }
}

/// What the parser wanted where it stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Number,
    Text,
    TrueOrFalse,
    List,
    Group,
    /// `{ key: value, … }`
    Map,
    /// `Some(…)` or `None`.
    Option,
    /// One of an enum's names, written as a bare word.
    Choice,
    Comma,
    FieldName,
    Closing,
    Colon,
}

impl Expected {
    pub fn label(self, lang: Lang) -> &'static str {
        let ui = lang.ui();
        match self {
            Expected::Number => ui.expect_number,
            Expected::Text => ui.expect_text,
            Expected::TrueOrFalse => ui.expect_bool,
            Expected::List => ui.expect_list,
            Expected::Group => ui.expect_group,
            Expected::Map => ui.expect_map,
            Expected::Option => ui.expect_option,
            Expected::Choice => ui.expect_choice,
            Expected::Comma => ui.expect_comma,
            Expected::FieldName => ui.expect_field_name,
            Expected::Closing => ui.expect_closing,
            Expected::Colon => ui.expect_colon,
        }
    }
}

/// The expected name closest to a misspelt one, when it is close enough to help.
fn closest<'a>(found: &str, expected: &'a [String]) -> Option<&'a str> {
    // One or two letters are too short for a guess to mean anything.
    if found.chars().count() < 3 {
        return None;
    }
    expected
        .iter()
        .map(|name| (edit_distance(found, name), name))
        .filter(|(distance, name)| *distance <= 2.max(name.chars().count() / 3))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name.as_str())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_field_gets_a_suggestion() {
        let problem = Problem::UnknownField {
            found: "titel".into(),
            expected: vec!["title".into(), "organisation".into()],
        };
        let message = problem.message(Lang::En);
        assert!(message.contains("`titel`"), "{message}");
        assert!(message.contains("did you mean `title`?"), "{message}");
    }

    #[test]
    fn the_line_has_path_line_and_column() {
        let error = LoadError::new(
            "a.ron",
            Some(Position { line: 3, col: 7 }),
            Problem::Truncated,
        );
        assert!(error.line(Lang::En).starts_with("a.ron:3:7: "));
    }
}
