//! The graphemes of a text exactly as `unicode-segmentation` finds them, found
//! without its state machine for the characters that make up nearly all of what
//! the screens show: ASCII, Chinese, Japanese kana, Hangul syllables, full-width
//! forms and the common punctuation and symbols. Cutting text to cells and drawing
//! it both walk graphemes, and on a first frame that walk was a fifth of the work.
//!
//! Such a character is a grapheme of its own whenever the character after it is
//! one of them too: none of them joins what follows (no prepended marks, no
//! Hangul jamo, no regional indicators) and none is joined to what precedes
//! (no combining marks, joiners or variation selectors). Where the next character
//! is anything else, the text from there on is handed to `unicode-segmentation`
//! until a grapheme ends before two such characters again.

use unicode_segmentation::{Graphemes, UnicodeSegmentation};
use unicode_width::UnicodeWidthChar;

/// One grapheme of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grapheme<'a> {
    pub text: &'a str,
    /// The byte offset of `text` in the whole text.
    pub at: usize,
    /// The grapheme's only character, when it is one that [`stands_alone`].
    pub single: Option<char>,
}

/// The graphemes of `text`: the same as `text.graphemes(true)`, each with where
/// it starts.
pub fn graphemes(text: &str) -> Iter<'_> {
    Iter {
        text,
        rest: text,
        first_alone: false,
        slow: None,
    }
}

/// The iterator [`graphemes`] returns.
pub struct Iter<'a> {
    text: &'a str,
    /// What is left to read, while reading character by character.
    rest: &'a str,
    /// Whether the first character of `rest` is known to stand alone (it was
    /// looked at as the one after the last grapheme), so that no character is
    /// looked up twice.
    first_alone: bool,
    /// What is left, while `unicode-segmentation` reads it.
    slow: Option<Graphemes<'a>>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = Grapheme<'a>;

    /// Small enough to be inlined into each caller's loop; the segmenter's part is
    /// kept out of line.
    #[inline(always)]
    fn next(&mut self) -> Option<Grapheme<'a>> {
        if self.slow.is_none() {
            let mut chars = self.rest.chars();
            let first = chars.next()?;
            let after = chars.as_str();
            if (self.first_alone || stands_alone(first))
                && after.chars().next().is_none_or(stands_alone)
            {
                let at = self.text.len() - self.rest.len();
                let text = &self.rest[..self.rest.len() - after.len()];
                self.rest = after;
                self.first_alone = true;
                return Some(Grapheme {
                    text,
                    at,
                    single: Some(first),
                });
            }
        }
        self.next_slow()
    }
}

impl<'a> Iter<'a> {
    #[inline(never)]
    fn next_slow(&mut self) -> Option<Grapheme<'a>> {
        let rest = self.rest;
        let slow = self.slow.get_or_insert_with(|| rest.graphemes(true));
        let text = slow.next()?;
        let rest = slow.as_str();
        let at = self.text.len() - rest.len() - text.len();
        if starts_simply(rest) {
            self.rest = rest;
            self.first_alone = true;
            self.slow = None;
        }
        Some(Grapheme {
            text,
            at,
            single: None,
        })
    }
}

/// Whether `text` begins with a character that [`stands_alone`] followed by
/// another or by nothing.
fn starts_simply(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(stands_alone) && chars.next().is_none_or(stands_alone)
}

/// Characters that form a grapheme on their own next to any other such character
/// (`tests/fast_view` sets each one beside characters of every kind listed here).
/// `\r` is left out, as `\r\n` is one grapheme; other controls are left out because
/// the callers treat only newlines and tabs specially.
#[inline]
pub fn stands_alone(c: char) -> bool {
    let c = u32::from(c);
    if c < 0x7F {
        return c >= 0x20 || c == 0x09 || c == 0x0A;
    }
    if (0x4E00..=0x9FFF).contains(&c) {
        return true;
    }
    let after = ALONE.partition_point(|&(_, last)| last < c);
    ALONE.get(after).is_some_and(|&(first, _)| first <= c)
}

/// The ranges of [`stands_alone`] characters beyond ASCII and the main block of
/// Chinese characters, in order: Latin-1 and Latin Extended (without the soft
/// hyphen), dashes, quotes and other punctuation, arrows, mathematical and
/// technical symbols, box drawing, shapes and dingbats, CJK radicals, CJK
/// punctuation (without its combining tone marks), kana (without the combining
/// sound marks), bopomofo, Hangul compatibility jamo, enclosed and compatibility
/// CJK, CJK Extension A, Hangul syllables, compatibility ideographs and forms,
/// full-width and half-width forms (without the half-width sound marks).
const ALONE: [(u32, u32); 20] = [
    (0xA0, 0xAC),
    (0xAE, 0x24F),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x2190, 0x2426),
    (0x2460, 0x27BF),
    (0x2E80, 0x2FDF),
    (0x3000, 0x3029),
    (0x3030, 0x303F),
    (0x3041, 0x3096),
    (0x309B, 0x30FF),
    (0x3105, 0x312F),
    (0x3131, 0x318E),
    (0x3200, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF01, 0xFF9D),
    (0xFFE0, 0xFFE6),
];

/// The cells a character that [`stands_alone`] takes when it is a grapheme of its
/// own: what `unicode-width` gives that one-character string (a tab or newline
/// counts one, as it does in a string), which is also ratatui's width for every
/// one of them that is not a control.
#[inline]
pub fn width_alone(c: char) -> usize {
    match c {
        '\0'..='\u{7E}' => 1,
        '\u{4E00}'..='\u{9FFF}' => 2,
        _ => c.width().unwrap_or(0),
    }
}
