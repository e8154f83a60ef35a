//! Reading RON files safely: size, encoding and syntax checked before any typed value
//! exists, and every failure turned into a [`Problem`] with its place in the file.
//!
//! Shared by the session and template formats, which own their own types.

mod cause;
mod choice;
mod context;
pub mod fast;

use std::io::Read;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::load_error::{Expected, FileKind, LoadError, Position, Problem};

/// Files larger than this are refused before reading: no real session comes close.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

const BOM: &str = "\u{feff}";
const CURLY_QUOTES: [char; 6] = ['“', '”', '‘', '’', '「', '」'];

/// Reads a file as text, refusing folders, huge files and anything that is not UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    text_from_bytes(path, read_bytes(path)?)
}

/// Reads a file's bytes, refusing folders and huge files before reading them.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let fail = |problem| LoadError::new(path, None, problem);
    let metadata = std::fs::metadata(path).map_err(|error| fail(io_problem(&error)))?;
    if metadata.is_dir() {
        return Err(fail(Problem::IsFolder));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(fail(Problem::TooLarge {
            bytes: metadata.len(),
            limit: MAX_FILE_BYTES,
        }));
    }
    // Sized up front: growing the buffer while reading costs more than the read.
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|error| fail(io_problem(&error)))?;
    Ok(bytes)
}

pub fn io_problem(error: &std::io::Error) -> Problem {
    match error.kind() {
        std::io::ErrorKind::NotFound => Problem::NotFound,
        std::io::ErrorKind::IsADirectory => Problem::IsFolder,
        _ => Problem::Unreadable(error.into()),
    }
}

/// Checks encoding and strips a byte-order mark.
pub fn text_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<String, LoadError> {
    check_size(path, bytes.len())?;
    let text = into_text(bytes).map_err(|bytes| not_utf8(path, &bytes))?;
    let text = text.strip_prefix(BOM).map(str::to_string).unwrap_or(text);
    check_content(path, &text)?;
    Ok(text)
}

/// [`text_from_bytes`] without a copy: the text is a view of `bytes`, which the
/// caller can keep as they were on disk.
pub fn text_of<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, LoadError> {
    check_size(path, bytes.len())?;
    let text = simdutf8::basic::from_utf8(bytes).map_err(|_| not_utf8(path, bytes))?;
    let text = text.strip_prefix(BOM).unwrap_or(text);
    check_content(path, text)?;
    Ok(text)
}

/// A file's text, checked as [`text_of`] checks it and kept as it was on disk: the
/// text to parse is `&text[skip..]`, after any byte-order mark.
pub fn checked_text(path: &Path, bytes: Vec<u8>) -> Result<(String, usize), LoadError> {
    check_size(path, bytes.len())?;
    let text = into_text(bytes).map_err(|bytes| not_utf8(path, &bytes))?;
    let skip = if text.starts_with(BOM) { BOM.len() } else { 0 };
    check_content(path, &text[skip..])?;
    Ok((text, skip))
}

/// The bytes as text, or back again when they are not UTF-8. Checked with SIMD
/// instructions where the processor has them: a large session is mostly Chinese,
/// which the standard check reads at a fraction of the speed.
fn into_text(bytes: Vec<u8>) -> Result<String, Vec<u8>> {
    if simdutf8::basic::from_utf8(&bytes).is_err() {
        return Err(bytes);
    }
    // SAFETY: just checked to be UTF-8.
    Ok(unsafe { String::from_utf8_unchecked(bytes) })
}

fn check_size(path: &Path, bytes: usize) -> Result<(), LoadError> {
    if bytes as u64 > MAX_FILE_BYTES {
        let problem = Problem::TooLarge {
            bytes: bytes as u64,
            limit: MAX_FILE_BYTES,
        };
        return Err(LoadError::new(path, None, problem));
    }
    Ok(())
}

/// Points at the first byte that is not UTF-8.
fn not_utf8(path: &Path, bytes: &[u8]) -> LoadError {
    let valid = std::str::from_utf8(bytes).map_or_else(|error| error.valid_up_to(), str::len);
    let prefix = String::from_utf8_lossy(&bytes[..valid]);
    LoadError::new(path, Some(end_position(&prefix)), Problem::NotUtf8)
}

fn check_content(path: &Path, text: &str) -> Result<(), LoadError> {
    // The memchr crate's search: several times as fast as `str::find` on a
    // large file, and this runs before every parse.
    if let Some(index) = memchr::memchr(0, text.as_bytes()) {
        let at = end_position(&text[..index]);
        return Err(LoadError::new(path, Some(at), Problem::NulByte));
    }
    if text.trim().is_empty() {
        return Err(LoadError::new(path, None, Problem::Empty));
    }
    Ok(())
}

/// Parses RON text into `T`, keeping the parser's recursion limit on. Plain files
/// are read by the [`fast`] reader; whatever it declines goes to `ron`. `kind` is
/// what the messages about the file's end call it.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str, kind: FileKind) -> Result<T, LoadError> {
    precheck(path, text)?;
    if let Ok(value) = fast::from_str(text) {
        return Ok(value);
    }
    ron::Options::default().from_str(text).map_err(|error| {
        let at = settle(text, error.span.start, error.span.end);
        let choice = byte_offset(text, at)
            .and_then(|offset| choice::choice_words::<T>(text, offset, &error.code));
        match choice {
            Some((offset, problem)) => {
                LoadError::new(path, Some(end_position(&text[..offset])), problem)
            }
            None => from_ron(path, text, error, kind),
        }
    })
}

/// What is refused before parsing: JSON, and a file left mid-merge.
fn precheck(path: &Path, text: &str) -> Result<(), LoadError> {
    if let Some((index, first)) = text.char_indices().find(|(_, c)| !c.is_whitespace())
        && (first == '{' || first == '[')
    {
        let at = end_position(&text[..index]);
        return Err(LoadError::new(path, Some(at), Problem::LooksLikeJson));
    }
    if let Some(at) = merge_conflict(text) {
        return Err(LoadError::new(path, Some(at), Problem::MergeConflict));
    }
    Ok(())
}

/// Whether [`parse`] would go on to parse `text`, rather than refuse it unparsed.
pub fn looks_readable(text: &str) -> bool {
    precheck(Path::new(""), text).is_ok()
}

fn from_ron(path: &Path, text: &str, error: ron::error::SpannedError, kind: FileKind) -> LoadError {
    let at = settle(text, error.span.start, error.span.end);
    let Some(offset) = byte_offset(text, at) else {
        return LoadError::new(path, Some(at), problem_from_ron(error.code, kind));
    };
    let next = text[offset..].chars().next();
    if let Some(quote) = next.filter(|c| CURLY_QUOTES.contains(c)) {
        return LoadError::new(path, Some(at), Problem::CurlyQuote(quote));
    }
    if let Some((offset, problem)) = cause::cause(text, offset, &error.code, kind) {
        return LoadError::new(path, Some(end_position(&text[..offset])), problem);
    }
    let before = &text[..offset];
    let (offset, problem) = match error.code {
        ron::Error::ExpectedIdentifier
        | ron::Error::SuggestRawIdentifier(_)
        | ron::Error::InvalidIdentifier(_) => {
            let expected = match context::place_at(text, offset) {
                context::Place::FieldName => Expected::FieldName,
                context::Place::Value => Expected::Choice,
            };
            (offset, Problem::Expected(expected))
        }
        // `1.5` where a whole number belongs stops at the point, wanting a comma:
        // the reader should be pointed at the number instead.
        ron::Error::ExpectedComma
        | ron::Error::ExpectedMapColon
        | ron::Error::ExpectedArrayEnd
        | ron::Error::ExpectedMapEnd
        | ron::Error::ExpectedStructLikeEnd
        | ron::Error::ExpectedOptionEnd
            if next == Some('.') && before.ends_with(|c: char| c.is_ascii_digit()) =>
        {
            let digits = before.trim_end_matches(|c: char| c.is_ascii_digit());
            let number = digits.strip_suffix(['-', '+']).unwrap_or(digits);
            (number.len(), Problem::Expected(Expected::Number))
        }
        ron::Error::InvalidEscape(_) => (offset + bad_escape(&text[offset..]), Problem::BadEscape),
        // A date's error comes from inside its quotes; point at the opening one.
        ron::Error::Message(message) if is_date_error(&message) => (
            before.strip_suffix('"').map_or(offset, str::len),
            Problem::BadDate,
        ),
        code => (offset, problem_from_ron(code, kind)),
    };
    LoadError::new(path, Some(end_position(&text[..offset])), problem)
}

/// How far into `from` (a string's opening quote or its text) the backslash is
/// that starts an escape RON does not know; 0 when there is none to be seen.
fn bad_escape(from: &str) -> usize {
    let body = from.strip_prefix('"').unwrap_or(from);
    let skipped = from.len() - body.len();
    let mut rest = body;
    while let Some(at) = rest.find(['\\', '"']) {
        let offset = skipped + (body.len() - rest.len()) + at;
        let (mark, after) = rest[at..].split_at(1);
        if mark == "\"" {
            break;
        }
        match known_escape(after) {
            Some(length) => rest = &after[length..],
            None => return offset,
        }
    }
    0
}

/// The length of the escape at the start of `after` (what follows a backslash),
/// when RON knows it.
fn known_escape(after: &str) -> Option<usize> {
    let first = after.chars().next()?;
    match first {
        '"' | '\\' | '\'' | 'b' | 'f' | 'n' | 'r' | 't' | '0' | '\n' => Some(first.len_utf8()),
        'x' => {
            let hex = after.get(1..3)?;
            u8::from_str_radix(hex, 16)
                .ok()
                .filter(|byte| *byte < 0x80)?;
            Some(3)
        }
        'u' => {
            let digits = after.strip_prefix("u{")?;
            let close = digits.find('}')?;
            let code = u32::from_str_radix(&digits[..close], 16).ok()?;
            char::from_u32(code)?;
            Some(2 + close + 1)
        }
        _ => None,
    }
}

/// chrono's words for a date or time it cannot read; serde passes them on as plain
/// text, so only the wording tells them apart.
fn is_date_error(message: &str) -> bool {
    const CHRONO: [&str; 7] = [
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "bad or unsupported format string",
    ];
    CHRONO.contains(&message)
}

/// Where git left conflict markers in a file it could not merge.
fn merge_conflict(text: &str) -> Option<Position> {
    // Jumps from `<` to `<` (a fast byte search) rather than reading line by line.
    let mut from = 0;
    while let Some(found) = memchr::memchr(b'<', &text.as_bytes()[from..]) {
        let at = from + found;
        if at == 0 || text.as_bytes()[at - 1] == b'\n' {
            let line = text[at..].split('\n').next().unwrap_or_default();
            if line.starts_with("<<<<<<< ") || line.trim_end() == "<<<<<<<" {
                return Some(end_position(&text[..at]));
            }
        }
        from = at + 1;
    }
    None
}

/// The parser's span can start on the whitespace before the offending token; the
/// reader wants to be pointed at the token itself.
fn settle(text: &str, start: ron::error::Position, end: ron::error::Position) -> Position {
    let start = Position {
        line: start.line.max(1),
        col: start.col.max(1),
    };
    let (Some(mut offset), Some(limit)) =
        (byte_offset(text, start), byte_offset(text, end_of(end)))
    else {
        return start;
    };
    while offset < limit {
        match text[offset..].chars().next() {
            Some(c) if c.is_whitespace() => offset += c.len_utf8(),
            _ => break,
        }
    }
    end_position(&text[..offset])
}

fn end_of(position: ron::error::Position) -> Position {
    Position {
        line: position.line.max(1),
        col: position.col.max(1),
    }
}

/// The byte offset of a 1-based line and character column.
fn byte_offset(text: &str, at: Position) -> Option<usize> {
    let line_start = if at.line == 1 {
        0
    } else {
        text.match_indices('\n').nth(at.line - 2)?.0 + 1
    };
    let line = &text[line_start..];
    let within = line
        .char_indices()
        .nth(at.col - 1)
        .map_or(line.len(), |(index, _)| index);
    Some(line_start + within)
}

fn problem_from_ron(code: ron::Error, kind: FileKind) -> Problem {
    use ron::Error as E;
    let names = |items: &[&str]| items.iter().map(|item| item.to_string()).collect();
    match code {
        E::Eof | E::ExpectedStringEnd | E::UnclosedBlockComment => Problem::Truncated,
        E::ExceededRecursionLimit => Problem::TooDeep,
        E::NoSuchStructField {
            expected, found, ..
        } => Problem::UnknownField {
            found,
            expected: names(expected),
        },
        E::MissingStructField { field, .. } => Problem::MissingField(field.to_string()),
        E::DuplicateStructField { field, .. } => Problem::DuplicateField(field.to_string()),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Problem::UnknownVariant {
            found,
            expected: names(expected),
        },
        E::Message(message) => Problem::WrongValue(message),
        E::InvalidValueForType { expected, found } => {
            Problem::WrongValue(format!("expected {expected}, found {found}"))
        }
        E::ExpectedInteger
        | E::ExpectedFloat
        | E::InvalidIntegerDigit { .. }
        | E::UnderscoreAtBeginning
        | E::FloatUnderscore => Problem::Expected(Expected::Number),
        E::IntegerOutOfBounds => Problem::NumberOutOfRange,
        E::InvalidEscape(_) => Problem::BadEscape,
        E::ExpectedMap => Problem::Expected(Expected::Map),
        E::ExpectedOption => Problem::Expected(Expected::Option),
        E::ExpectedString => Problem::Expected(Expected::Text),
        E::ExpectedBoolean => Problem::Expected(Expected::TrueOrFalse),
        E::ExpectedArray => Problem::Expected(Expected::List),
        // A bare word where the file should open with `(`: the struct's internal
        // name in ron's message would mean nothing to the reader.
        E::ExpectedStructLike
        | E::ExpectedNamedStructLike(_)
        | E::ExpectedDifferentStructName { .. } => Problem::Expected(Expected::Group),
        E::ExpectedComma => Problem::Expected(Expected::Comma),
        E::ExpectedIdentifier => Problem::Expected(Expected::FieldName),
        E::ExpectedArrayEnd
        | E::ExpectedStructLikeEnd
        | E::ExpectedMapEnd
        | E::ExpectedOptionEnd => Problem::Expected(Expected::Closing),
        E::ExpectedMapColon => Problem::Expected(Expected::Colon),
        E::UnexpectedChar(c) => Problem::UnexpectedChar(c),
        E::TrailingCharacters => Problem::TrailingText(kind),
        other => Problem::Syntax(other.to_string()),
    }
}

/// The position just after `prefix`, as the parser counts it.
pub fn end_position(prefix: &str) -> Position {
    let line = prefix.matches('\n').count() + 1;
    let col = prefix
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    Position { line, col }
}

/// Where `needle` first appears in `text`, to point a reader at a bad value.
pub fn locate(text: &str, needle: &str) -> Option<Position> {
    locate_nth(text, needle, 1)
}

/// Where the `nth` (from 1) appearance of `needle` is, or the first when there are
/// fewer.
pub fn locate_nth(text: &str, needle: &str, nth: usize) -> Option<Position> {
    locate_before(text, needle, "", nth)
}

/// Like [`locate_nth`], counting only appearances followed (after whitespace) by
/// `then`, e.g. the `id: 3,` of a note rather than of a participant.
pub fn locate_before(text: &str, needle: &str, then: &str, nth: usize) -> Option<Position> {
    let starts: Vec<usize> = text
        .match_indices(needle)
        .map(|(index, _)| index)
        .filter(|index| text[index + needle.len()..].trim_start().starts_with(then))
        .collect();
    let index = starts.get(nth.saturating_sub(1)).or(starts.first())?;
    Some(end_position(&text[..*index]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unknown_escape_is_found_after_known_ones() {
        assert_eq!(bad_escape(r#""C:\data""#), 3);
        assert_eq!(bad_escape(r#""a\"b\\c\n\x41\u{4e2d}\q""#), 22);
        assert_eq!(bad_escape(r#""\x80""#), 1);
        assert_eq!(bad_escape(r#""\u{110000}""#), 1);
        assert_eq!(bad_escape(r#""ok" \q"#), 0, "only inside the string");
    }

    #[test]
    fn a_bad_escape_is_pointed_at() {
        let text = "(\n    a: \"C:\\data\",\n)";
        let error = parse::<ron::Value>(Path::new("a.ron"), text, FileKind::Session).unwrap_err();
        assert_eq!(error.problem, Problem::BadEscape);
        assert_eq!(error.position, Some(Position { line: 2, col: 11 }));
    }
}
