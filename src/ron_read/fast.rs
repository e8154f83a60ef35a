//! A fast reader for the plain RON that yeji itself writes, tried before the `ron`
//! crate's parser, which is several times slower on a large session.
//!
//! It reads only a subset, and reads it exactly as `ron` would (same visitor calls,
//! so the same value): groups `( name: value, … )` without a struct name, lists
//! `[ … ]`, maps `{ key: value, … }`, `Some( … )`/`None`, `true`/`false`, enum
//! choices as bare words with an optional `( value )`, plain decimal whole numbers,
//! and `"…"` or `r#"…"#` strings with the escapes `\" \\ \' \n \r \t \0 \u{…}`;
//! blanks are spaces, tabs, line breaks and `//` comments up to a line break. A
//! comma may follow the last item in any brackets.
//!
//! Anything else — block comments, `#![enable(…)]`, struct names, floats, signs, hex,
//! underscores, suffixes, chars, bytes, tuples, other blanks or escapes, values
//! read without a type (`deserialize_any`), nesting deeper than [`MAX_DEPTH`] — is
//! declined, as is every error, however small: the caller then runs `ron`, which
//! accepts or refuses the file and words the error exactly as it always has.
//! The reader never says why it declined.

mod access;
mod de;
mod scan;

use std::fmt;

use serde::Deserialize;

/// Nesting deeper than this is left to `ron`, whose recursion limit (128 steps,
/// at most two per level here) is then still far away.
pub const MAX_DEPTH: u32 = 32;

/// The fast reader left the text to `ron`: it is unusual, or wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Declined;

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("left to the full RON parser")
    }
}

impl std::error::Error for Declined {}

impl serde::de::Error for Declined {
    fn custom<T: fmt::Display>(_message: T) -> Declined {
        Declined
    }
}

/// Reads `text` as one `T` followed by nothing but blanks, or declines.
pub fn from_str<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, Declined> {
    let mut deserializer = de::Deserializer::new(text);
    let value = T::deserialize(&mut deserializer)?;
    if deserializer.at_end() {
        Ok(value)
    } else {
        Err(Declined)
    }
}
