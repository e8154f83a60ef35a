//! The likely cause of a syntax error in a hand-edited file, where the text around
//! the error shows it clearly: a full-width `，` from a Chinese input method, a `"`
//! inside a text, a missing comma or bracket. The parser only says what it
//! expected ("expected a comma"), often a line after the mistake; where the
//! evidence is not plain, [`cause`] says nothing and the parser's words stand.

use ron::Error as E;

use super::context::{Bracket, Place, Scan, place_at, scan_to};
use super::{CURLY_QUOTES, end_position};
use crate::load_error::{FileKind, OpenBracket, Problem};

/// Characters a Chinese input method types for RON's punctuation, and what RON
/// wants instead.
const FULL_WIDTH: [(char, char); 11] = [
    ('，', ','),
    ('：', ':'),
    ('（', '('),
    ('）', ')'),
    ('【', '['),
    ('】', ']'),
    ('［', '['),
    ('］', ']'),
    ('｛', '{'),
    ('｝', '}'),
    ('\u{3000}', ' '),
];

/// Where to point and what to say instead of the parser's words, when a cause is
/// plain from `text` around byte `offset`, where the parser stopped with `code`.
/// `kind` names the whole file in the messages that speak of its end.
pub fn cause(text: &str, offset: usize, code: &E, kind: FileKind) -> Option<(usize, Problem)> {
    let scan = scan_to(text, offset);
    match code {
        // A field the group does not have may be one of the group around it.
        E::NoSuchStructField { .. } => unclosed(text, offset, &scan),
        // The whole session closed before its last fields.
        E::MissingStructField { .. } => closed_early(text, offset, &scan, kind),
        E::Eof => ends_open(text, &scan),
        E::TrailingCharacters => stray_closing(text, offset, &scan, kind)
            .or_else(|| closed_early(text, offset, &scan, kind)),
        code if stopped_at_a_token(code) => wrong_mark(text, offset, code)
            .or_else(|| missing_colon(text, offset, code))
            .or_else(|| string_cause(text, offset, &scan))
            .or_else(|| missing_comma(text, offset, code))
            .or_else(|| unclosed(text, offset, &scan))
            .or_else(|| mismatched(text, offset, &scan)),
        _ => None,
    }
}

/// Whether the parser stopped on a token it did not expect (rather than on a value
/// it could read but not use).
fn stopped_at_a_token(code: &E) -> bool {
    matches!(
        code,
        E::ExpectedComma
            | E::ExpectedMapColon
            | E::ExpectedArrayEnd
            | E::ExpectedMapEnd
            | E::ExpectedStructLikeEnd
            | E::ExpectedOptionEnd
            | E::ExpectedIdentifier
            | E::ExpectedStructLike
            | E::ExpectedNamedStructLike(_)
            | E::ExpectedString
            | E::ExpectedInteger
            | E::ExpectedFloat
            | E::ExpectedBoolean
            | E::ExpectedArray
            | E::ExpectedMap
            | E::ExpectedOption
            | E::UnexpectedChar(_)
    )
}

/// A full-width mark, or `;` for `,` and `=` for `:`.
fn wrong_mark(text: &str, offset: usize, code: &E) -> Option<(usize, Problem)> {
    let found = text[offset..].chars().next()?;
    if let Some(&(_, write)) = FULL_WIDTH.iter().find(|(wide, _)| *wide == found) {
        return Some((offset, Problem::FullWidth { found, write }));
    }
    let write = match (found, code) {
        (';', E::ExpectedComma) => ',',
        ('=', E::ExpectedMapColon) => ':',
        _ => return None,
    };
    Some((offset, Problem::WrongMark { found, write }))
}

/// A field's name, then its value on the same line where the parser wanted `:`.
fn missing_colon(text: &str, offset: usize, code: &E) -> Option<(usize, Problem)> {
    if !matches!(code, E::ExpectedMapColon) {
        return None;
    }
    let before = text[..offset].trim_end_matches([' ', '\t']);
    let name_start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |at| at + 1);
    let name = &before[name_start..];
    let value_follows = !text[offset..].starts_with([':', '\n', '\r', ',', ')', ']', '}']);
    (is_name(name) && value_follows && place_at(text, name_start) == Place::FieldName)
        .then(|| (before.len(), Problem::MissingColon(name.to_string())))
}

/// A text that ended where the parser stopped: closed too early by a `"` inside
/// it, or not closed on its line at all.
fn string_cause(text: &str, offset: usize, scan: &Scan) -> Option<(usize, Problem)> {
    let string = scan.last_string.clone()?;
    let between = &text[string.end..offset];
    if !text[string.start..].starts_with('"') || !between.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let body = &text[string.start + 1..string.end - 1];
    let Some(first_break) = body.find('\n') else {
        // The rest of the line holds the quote that was meant to close the text.
        let line_rest = text[offset..].split('\n').next().unwrap_or_default();
        let stopped_on_text = !line_rest.starts_with([',', ')', ']', '}', ':']);
        // And the text stood where a value belongs (not a stray quote before a name).
        let as_a_value = place_at(text, string.start) == Place::Value;
        return (stopped_on_text && as_a_value && line_rest.contains('"'))
            .then_some((string.end - 1, Problem::InnerQuote));
    };
    // Closed with a curly quote, which RON reads as text: the text runs on to the
    // next straight quote.
    let first_line = &body[..first_break];
    let ending = first_line.trim_end_matches([',', ')', ']', ' ', '\t', '\r']);
    if let Some(quote) = ending.chars().last().filter(|c| CURLY_QUOTES.contains(c)) {
        let at = string.start + 1 + ending.len() - quote.len_utf8();
        return Some((at, Problem::CurlyQuote(quote)));
    }
    // The text swallowed the line break and the next field's name: its closing
    // quote is missing, and the next field's opening quote closed it.
    let last_line = body.rsplit('\n').next().unwrap_or_default();
    let name = last_line.trim().strip_suffix(':')?;
    is_name(name).then(|| {
        let line = end_position(&text[..offset]).line;
        (string.start, Problem::UnclosedText { line })
    })
}

fn is_name(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A value first on its line where a comma was wanted: the line before lacks it.
fn missing_comma(text: &str, offset: usize, code: &E) -> Option<(usize, Problem)> {
    if !matches!(code, E::ExpectedComma) || !first_on_line(text, offset) {
        return None;
    }
    let before = text[..line_start(text, offset)].trim_end();
    let last_line = &before[line_start(text, before.len())..];
    let ends_a_value = before
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || "\"')]}_".contains(c));
    let has_comment = last_line.contains("//") || last_line.contains("*/");
    (ends_a_value && !has_comment).then_some((before.len(), Problem::MissingComma))
}

/// Where the parser stopped at the start of a line indented no deeper than the
/// line that opened the innermost bracket, in a file laid out as yeji writes it:
/// that bracket should have been closed before this line.
fn unclosed(text: &str, offset: usize, scan: &Scan) -> Option<(usize, Problem)> {
    let bracket = *scan.open.last()?;
    let line = text[offset..].split('\n').next().unwrap_or_default();
    if !reads_as_a_line(line) || !first_on_line(text, offset) || !laid_out(text, bracket) {
        return None;
    }
    let indent = indent_at(text, offset);
    let opened_at = indent_at(text, bracket.at);
    let closes_it = text[offset..].starts_with(bracket.kind.closing());
    if indent > opened_at || (closes_it && indent == opened_at) {
        return None;
    }
    // Indented as the line of a bracket around it, as yeji writes: a closing
    // bracket as the line that opened it, anything else as a line inside another.
    let outermost = usize::from(!line.starts_with([')', ']', '}']));
    let aligned = scan.open.iter().skip(outermost);
    if !aligned
        .into_iter()
        .any(|outer| indent_at(text, outer.at) == indent)
    {
        return None;
    }
    Some((offset, Problem::Unclosed(open_bracket(text, bracket))))
}

/// Whether `line` (from its first mark on) reads as yeji writes a line: a bracket
/// that opens alone, a closing one with at most its comma, or `name: value`.
fn reads_as_a_line(line: &str) -> bool {
    let line = line.trim_end();
    if let Some(rest) = line.strip_prefix(['(', '[', '{']) {
        return rest.is_empty();
    }
    if let Some(rest) = line.strip_prefix([')', ']', '}']) {
        return rest.is_empty() || rest == ",";
    }
    let Some((name, value)) = line.split_once(':') else {
        return false;
    };
    is_name(name) && value.starts_with(' ') && !value[1..].starts_with(char::is_whitespace)
}

fn open_bracket(text: &str, bracket: Bracket) -> OpenBracket {
    OpenBracket {
        open: bracket.kind.opening(),
        close: bracket.kind.closing(),
        line: end_position(&text[..bracket.at]).line,
    }
}

/// The bracket ends its line and the next line is indented deeper, as yeji writes.
fn laid_out(text: &str, bracket: Bracket) -> bool {
    let rest = &text[bracket.at + 1..];
    let Some((same_line, after)) = rest.split_once('\n') else {
        return false;
    };
    let next = after.split('\n').find(|line| !line.trim().is_empty());
    same_line.trim().is_empty()
        && next.is_some_and(|line| indent_of(line) > indent_at(text, bracket.at))
}

/// A closing bracket of another kind than the one open.
fn mismatched(text: &str, offset: usize, scan: &Scan) -> Option<(usize, Problem)> {
    let found = text[offset..]
        .chars()
        .next()
        .filter(|c| ")]}".contains(*c))?;
    let bracket = *scan.open.last()?;
    (found != bracket.kind.closing()).then(|| {
        let bracket = open_bracket(text, bracket);
        (offset, Problem::Mismatched { found, bracket })
    })
}

/// A closing bracket after the session has closed.
fn stray_closing(
    text: &str,
    offset: usize,
    scan: &Scan,
    kind: FileKind,
) -> Option<(usize, Problem)> {
    let found = text[offset..]
        .chars()
        .next()
        .filter(|c| ")]}".contains(*c))?;
    scan.open
        .is_empty()
        .then_some((offset, Problem::ClosesNothing(found, kind)))
}

/// The bracket around the whole session closed (at `offset`, or just before
/// trailing text) while fields follow it: a closing bracket too many.
fn closed_early(
    text: &str,
    offset: usize,
    scan: &Scan,
    kind: FileKind,
) -> Option<(usize, Problem)> {
    let (close, after) = match scan.open.as_slice() {
        [outer] if text[offset..].starts_with(outer.kind.closing()) => (offset, offset + 1),
        [] => {
            let before = text[..offset].trim_end();
            let before = before.strip_suffix(',').unwrap_or(before).trim_end();
            if !before.ends_with([')', ']', '}']) {
                return None;
            }
            (before.len() - 1, offset)
        }
        _ => return None,
    };
    let found = text[close..]
        .chars()
        .next()
        .filter(|c| ")]}".contains(*c))?;
    let rest = text[after..].trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    let name = rest.split(':').next().unwrap_or_default();
    (rest.contains(':') && is_name(name)).then_some((close, Problem::ClosedEarly(found, kind)))
}

/// The file ended with brackets open: name the innermost.
fn ends_open(text: &str, scan: &Scan) -> Option<(usize, Problem)> {
    let bracket = *scan.open.last()?;
    Some((text.len(), Problem::EndsOpen(open_bracket(text, bracket))))
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |at| at + 1)
}

fn first_on_line(text: &str, offset: usize) -> bool {
    text[line_start(text, offset)..offset].trim().is_empty()
}

/// The indentation, in characters, of the line holding byte `offset`.
fn indent_at(text: &str, offset: usize) -> usize {
    indent_of(&text[line_start(text, offset)..])
}

fn indent_of(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ' || *c == '\t').count()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::load_error::{Expected, FileKind, Problem};

    fn problem(text: &str) -> Problem {
        crate::ron_read::parse::<ron::Value>(Path::new("a.ron"), text, FileKind::Session)
            .unwrap_err()
            .problem
    }

    /// Where the text does not show the cause plainly, the parser's words stand.
    #[test]
    fn no_cause_is_guessed_without_plain_evidence() {
        let comma = Problem::Expected(Expected::Comma);
        // Text after a closed string, but no quote later on the line to close it.
        assert_eq!(problem("(\n    a: \"x\"y,\n)"), comma);
        // Two values on one line: not a comma at a line's end.
        assert_eq!(problem("(\n    a: 1 2,\n)"), comma);
        // The line before ends in a comment, which may hide anything.
        assert_eq!(problem("(\n    a: 1 // one\n    b: 2,\n)"), comma);
        // A file not laid out line by line tells nothing by its indentation.
        assert!(!matches!(
            problem("(a: (b: 1, (c: 2)))"),
            Problem::Unclosed(_)
        ));
        // A text over two lines whose second line is not a field's name.
        assert_eq!(problem("(\n    a: \"x\ny\"z,\n)"), comma);
    }

    #[test]
    fn a_full_width_mark_inside_a_text_is_left_alone() {
        assert!(
            crate::ron_read::parse::<ron::Value>(
                Path::new("a.ron"),
                "(a: \"（，：）\")",
                FileKind::Session
            )
            .is_ok()
        );
    }
}
