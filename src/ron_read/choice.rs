//! A choice written as two words (`side: Business Data`): the parser reads the first
//! word as the choice, then wants a comma. Only the type being read knows which
//! names the field allows, so the text is read once more with the words replaced by
//! a name that is no choice: if the parser then says that name is not one of the
//! choices, there, the field is a choice and the words are not one of its names.
//! Where the first word is no choice either, the parser names only it; the message
//! names all the words, so that `High Contrast` is matched with `HighContrast`.

use serde::de::DeserializeOwned;

use super::context::{Place, place_at};
use super::{byte_offset, settle};
use crate::load_error::Problem;

/// A name no enum of the file formats has (they are all written `LikeThis`).
const NO_CHOICE: &str = "no_such_choice";

/// Where the words start and what to say, when the parser stopped at byte `offset`
/// with `code` on words where one choice belongs.
pub fn choice_words<T: DeserializeOwned>(
    text: &str,
    offset: usize,
    code: &ron::Error,
) -> Option<(usize, Problem)> {
    match code {
        // The first word is no choice either: the parser names only that word.
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } if text[offset..].starts_with(found.as_str()) => {
            let end = words_end(text, offset);
            (end > offset + found.len()).then(|| (offset, unknown(&text[offset..end], expected)))
        }
        ron::Error::ExpectedComma => two_words::<T>(text, offset),
        _ => None,
    }
}

fn unknown(found: &str, expected: &[&str]) -> Problem {
    Problem::UnknownVariant {
        found: found.to_string(),
        expected: expected.iter().map(|name| name.to_string()).collect(),
    }
}

/// The parser read the word before `offset` as the choice and wanted a comma.
fn two_words<T: DeserializeOwned>(text: &str, offset: usize) -> Option<(usize, Problem)> {
    if word_len(&text[offset..]) == 0 {
        return None;
    }
    let before = text[..offset].trim_end_matches([' ', '\t']);
    if before.len() == offset {
        return None;
    }
    let start = before
        .rfind(|c: char| !is_word_char(c))
        .map_or(0, |at| at + 1);
    if word_len(&before[start..]) != before.len() - start || place_at(text, start) != Place::Value {
        return None;
    }
    let end = words_end(text, offset);
    let mut again = String::with_capacity(text.len());
    again.push_str(&text[..start]);
    again.push_str(NO_CHOICE);
    again.push_str(&text[end..]);
    let error = ron::Options::default().from_str::<T>(&again).err()?;
    let ron::Error::NoSuchEnumVariant { expected, .. } = error.code else {
        return None;
    };
    let at = settle(&again, error.span.start, error.span.end);
    (byte_offset(&again, at) == Some(start)).then(|| (start, unknown(&text[start..end], expected)))
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The length of the name `text` starts with (0 if none).
fn word_len(text: &str) -> usize {
    if !text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return 0;
    }
    text.find(|c: char| !is_word_char(c)).unwrap_or(text.len())
}

/// The end of the words from `offset` on, each after a single run of spaces, on
/// one line.
fn words_end(text: &str, offset: usize) -> usize {
    let mut end = offset + word_len(&text[offset..]);
    loop {
        let rest = &text[end..];
        let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let next = word_len(&rest[gap..]);
        if gap == 0 || next == 0 {
            return end;
        }
        end += gap + next;
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde::Deserialize;

    use crate::load_error::{FileKind, Problem};

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    enum Theme {
        Dark,
        HighContrast,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Settings {
        theme: Theme,
        title: String,
    }

    fn message(text: &str) -> String {
        crate::ron_read::parse::<Settings>(Path::new("a.ron"), text, FileKind::Session)
            .unwrap_err()
            .line(crate::i18n::Lang::En)
    }

    #[test]
    fn words_close_to_a_choice_get_a_suggestion() {
        assert_eq!(
            message("(\n    theme: High Contrast,\n    title: \"t\",\n)"),
            "a.ron:2:12: `High Contrast` is not one of the choices; did you mean \
             `HighContrast`? The choices are: Dark, HighContrast"
        );
    }

    /// Two words where a text belongs are not a choice: the parser's words stand.
    #[test]
    fn words_where_no_choice_belongs_are_left_to_the_parser() {
        let error = crate::ron_read::parse::<Settings>(
            Path::new("a.ron"),
            "(\n    theme: Dark,\n    title: Kick off,\n)",
            FileKind::Session,
        )
        .unwrap_err();
        assert!(
            !matches!(error.problem, Problem::UnknownVariant { .. }),
            "{:?}",
            error.problem
        );
    }
}
