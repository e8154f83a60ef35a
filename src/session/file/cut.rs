//! Reading a session file in two pieces at the same time: its strategy part (more
//! than half of a large session's text) and everything else.
//!
//! The file is cut only when it is laid out the way yeji writes it: the current
//! version, the strategy part's value right after `\n    strategy: ` at the top
//! level and right before `,\n    unified: `. The rest is read with an empty
//! strategy in place of the cut-out value, both with the fast reader. The two
//! pieces then make the very session that reading the whole text would: the rest
//! reads the same bytes up to the cut, the value stands alone and ends exactly at
//! its end, and reading goes on after it as before. Any other file, and any piece
//! that does not read, is read whole, so what is accepted and every message
//! stay exactly as they are.

use std::ops::Range;

use memchr::memmem;

use super::{SCHEMA_VERSION, Session, leading_version};
use crate::ron_read;
use crate::session::strategy::Strategy;

/// The key that the strategy part's value follows, at the top level.
const KEY: &[u8] = b"\n    strategy: ";
/// What follows the value: the next part's key.
const NEXT: &[u8] = b",\n    unified: ";
/// What stands in for the value while the rest is read.
const EMPTY: &str = "(statements: [])";

/// Where a file's strategy part is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cut {
    strategy: Range<usize>,
}

impl Cut {
    /// The cut for `text`, when it is laid out the way yeji writes it and passes
    /// the checks made before reading (see [`ron_read::looks_readable`]).
    pub fn find(text: &str) -> Option<Cut> {
        if leading_version(text) != Some(SCHEMA_VERSION) || !ron_read::looks_readable(text) {
            return None;
        }
        let bytes = text.as_bytes();
        let start = memmem::find(bytes, KEY)? + KEY.len();
        let end = start + memmem::find(&bytes[start..], NEXT)?;
        at_top_level(&bytes[..start]).then_some(Cut {
            strategy: start..end,
        })
    }

    /// The strategy part, read by itself.
    pub fn read_strategy(&self, text: &str) -> Option<Strategy> {
        ron_read::fast::from_str(&text[self.strategy.clone()]).ok()
    }

    /// Everything but the strategy part, whose place an empty one takes.
    pub fn read_rest(&self, text: &str) -> Option<Session> {
        let mut rest = String::with_capacity(text.len() - self.strategy.len() + EMPTY.len());
        rest.push_str(&text[..self.strategy.start]);
        rest.push_str(EMPTY);
        rest.push_str(&text[self.strategy.end..]);
        let session: Session = ron_read::fast::from_str(&rest).ok()?;
        session.strategy.statements.is_empty().then_some(session)
    }
}

/// Whether the end of `prefix` is inside the outermost brackets only, and not in
/// a string. Comments and characters, which yeji never writes, answer no.
fn at_top_level(prefix: &[u8]) -> bool {
    let mut depth = 0_usize;
    let mut at = 0;
    while let Some(&byte) = prefix.get(at) {
        at += 1;
        match byte {
            b'"' => match string_end(prefix, at) {
                Some(end) => at = end,
                None => return false,
            },
            b'r' if at == 1 || !is_word_byte(prefix[at - 2]) => {
                if let Some(end) = raw_string_end(prefix, at) {
                    at = end;
                } else if prefix
                    .get(at)
                    .is_some_and(|next| matches!(next, b'#' | b'"'))
                {
                    return false;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => match depth.checked_sub(1) {
                Some(outer) => depth = outer,
                None => return false,
            },
            b'/' | b'\'' => return false,
            _ => {}
        }
    }
    depth == 1
}

/// Just past the quote that closes a `"…"` string whose text starts at `from`.
fn string_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        match bytes.get(at)? {
            b'"' => return Some(at + 1),
            b'\\' => at += 2,
            _ => at += 1,
        }
    }
}

/// Just past a raw string `#…#"…"#…#` that starts at `from`, right after its `r`;
/// `None` when there is none there, or it does not end.
fn raw_string_end(bytes: &[u8], from: usize) -> Option<usize> {
    let hashes = bytes[from..]
        .iter()
        .take_while(|byte| **byte == b'#')
        .count();
    let open = from + hashes;
    if bytes.get(open) != Some(&b'"') {
        return None;
    }
    let mut closing = vec![b'"'];
    closing.resize(hashes + 1, b'#');
    memmem::find(&bytes[open + 1..], &closing).map(|found| open + 1 + found + closing.len())
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_level_is_where_only_the_outermost_brackets_are_open() {
        assert!(at_top_level(b"(\n    version: 5,\n    setup: (a: [1, 2]),"));
        assert!(!at_top_level(b"(\n    setup: (a: [1, 2],"));
        assert!(!at_top_level(b"(a: \"(\n    "), "inside a string");
        assert!(at_top_level(b"(a: \"x)\\\" ]\", b: 1,"));
        assert!(at_top_level(b"(a: r#\"say \"hi\") ]\"#,"));
        assert!(
            !at_top_level(b"(a: r#\"open"),
            "a raw string that does not end"
        );
        assert!(at_top_level(b"(for: 1, bar: [2],"), "an r inside a word");
        assert!(!at_top_level(b"(a: 1, // (\n"), "comments are not cut");
        assert!(!at_top_level(b"(a: 'x',"));
        assert!(!at_top_level(b")("));
    }
}
