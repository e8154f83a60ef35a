//! The tokens of the subset, read from bytes: blanks, punctuation, words, whole
//! numbers and strings.

use super::Declined;

/// A string's content: a slice of the text when it holds no escape.
pub enum Text<'de> {
    Borrowed(&'de str),
    Owned(String),
}

pub struct Scanner<'de> {
    text: &'de str,
    at: usize,
}

impl<'de> Scanner<'de> {
    pub fn new(text: &'de str) -> Scanner<'de> {
        Scanner { text, at: 0 }
    }

    /// Skips blanks and shows the next byte without taking it.
    #[inline]
    pub fn peek(&mut self) -> Option<u8> {
        match self.text.as_bytes().get(self.at) {
            Some(b' ' | b'\n' | b'\t' | b'\r' | b'/') => self.skip_blanks(),
            next => next.copied(),
        }
    }

    /// The blanks before the next byte, which `peek` found to be there, and line
    /// comments among them. A comment that the text's end closes rather than a
    /// line break is not taken: `ron` reads some of those its own way.
    fn skip_blanks(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        loop {
            // Indentation is most of a pretty-printed file: skip it eight at a time,
            // and the spaces that start the last eight at once.
            while let Some(chunk) = bytes.get(at..at + 8) {
                let other = word_at(chunk) ^ SPACES;
                if other != 0 {
                    at += other.trailing_zeros() as usize / 8;
                    break;
                }
                at += 8;
            }
            match bytes.get(at) {
                Some(b' ' | b'\n' | b'\t' | b'\r') => at += 1,
                Some(b'/') if bytes.get(at + 1) == Some(&b'/') => {
                    match memchr::memchr(b'\n', &bytes[at + 2..]) {
                        Some(line_end) => at += 2 + line_end + 1,
                        None => {
                            self.at = at;
                            return Some(b'/');
                        }
                    }
                }
                next => {
                    self.at = at;
                    return next.copied();
                }
            }
        }
    }

    /// Takes `byte` when it comes next (after blanks).
    pub fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    pub fn expect(&mut self, byte: u8) -> Result<(), Declined> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(Declined)
        }
    }

    /// An ASCII identifier: field names, enum choices, `Some`, `true`.
    pub fn word(&mut self) -> Result<&'de str, Declined> {
        if !matches!(self.peek(), Some(b'a'..=b'z' | b'A'..=b'Z' | b'_')) {
            return Err(Declined);
        }
        let start = self.at;
        self.at = self.run_of(WORD_BYTE);
        self.token_ends()?;
        Ok(&self.text[start..self.at])
    }

    /// A whole number in plain decimal. A leading zero (which `ron` would read as
    /// decimal, but which could start `0x`) and more than 19 digits are declined.
    pub fn number(&mut self) -> Result<u64, Declined> {
        self.peek(); // only to skip the blanks before it
        let start = self.at;
        let end = self.run_of(DIGIT);
        let digits = &self.text.as_bytes()[start..end];
        if digits.is_empty() || digits.len() > 19 || (digits.len() > 1 && digits[0] == b'0') {
            return Err(Declined);
        }
        self.at = end;
        self.token_ends()?;
        Ok(digits
            .iter()
            .fold(0, |number, digit| number * 10 + u64::from(digit - b'0')))
    }

    /// Where the bytes of class `class` from here on end.
    fn run_of(&self, class: u8) -> usize {
        let rest = &self.text.as_bytes()[self.at..];
        let length = rest
            .iter()
            .position(|byte| CLASSES[usize::from(*byte)] & class == 0)
            .unwrap_or(rest.len());
        self.at + length
    }

    /// A word or number must be followed by a blank or punctuation; anything else
    /// (`5u8`, `1.5`, `r#x`, `Some中`) is a longer token that `ron` reads its own way.
    fn token_ends(&self) -> Result<(), Declined> {
        match self.text.as_bytes().get(self.at) {
            Some(byte) if CLASSES[usize::from(*byte)] & TOKEN_END == 0 => Err(Declined),
            _ => Ok(()),
        }
    }

    pub fn string(&mut self) -> Result<Text<'de>, Declined> {
        match self.peek() {
            Some(b'"') => {
                self.at += 1;
                self.quoted()
            }
            Some(b'r') => {
                self.at += 1;
                self.raw()
            }
            _ => Err(Declined),
        }
    }

    /// The rest of a `"…"` string, after its opening quote.
    fn quoted(&mut self) -> Result<Text<'de>, Declined> {
        let bytes = self.text.as_bytes();
        let start = self.at;
        let mut stop = quote_or_backslash(bytes, start)?;
        if bytes[stop] == b'"' {
            self.at = stop + 1;
            return Ok(Text::Borrowed(&self.text[start..stop]));
        }
        let mut owned = String::with_capacity(stop - start + 16);
        let mut from = start;
        loop {
            owned.push_str(&self.text[from..stop]);
            if bytes[stop] == b'"' {
                self.at = stop + 1;
                return Ok(Text::Owned(owned));
            }
            let (unescaped, length) = escape(&bytes[stop + 1..])?;
            owned.push(unescaped);
            from = stop + 1 + length;
            stop = quote_or_backslash(bytes, from)?;
        }
    }

    /// The rest of an `r#"…"#` string, after its `r`: everything up to the first
    /// quote followed by as many `#` as opened it.
    fn raw(&mut self) -> Result<Text<'de>, Declined> {
        let bytes = self.text.as_bytes();
        let hashes = bytes[self.at..]
            .iter()
            .take_while(|byte| **byte == b'#')
            .count();
        if bytes.get(self.at + hashes) != Some(&b'"') {
            return Err(Declined);
        }
        let start = self.at + hashes + 1;
        let mut from = start;
        loop {
            let quote = from
                + bytes[from..]
                    .iter()
                    .position(|byte| *byte == b'"')
                    .ok_or(Declined)?;
            let end = quote + 1 + hashes;
            if bytes
                .get(quote + 1..end)
                .is_some_and(|tail| tail.iter().all(|byte| *byte == b'#'))
            {
                self.at = end;
                return Ok(Text::Borrowed(&self.text[start..quote]));
            }
            from = quote + 1;
        }
    }

    /// Whether only blanks are left.
    pub fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }
}

/// The first eight bytes of `chunk` as one number, the first byte lowest.
fn word_at(chunk: &[u8]) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&chunk[..8]);
    u64::from_le_bytes(word)
}

/// Where the next `"` or `\` is, from `from` on; eight bytes at a time, as
/// strings are the other half of a file.
fn quote_or_backslash(bytes: &[u8], from: usize) -> Result<usize, Declined> {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = word_at(chunk);
        let found = exactly_equal_to(word, b'"') | exactly_equal_to(word, b'\\');
        if found != 0 {
            return Ok(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|byte| matches!(byte, b'"' | b'\\'))
        .map(|offset| at + offset)
        .ok_or(Declined)
}

/// Byte classes, as bits of [`CLASSES`].
const WORD_BYTE: u8 = 1;
const DIGIT: u8 = 2;
const TOKEN_END: u8 = 4;

const CLASSES: [u8; 256] = classes();

const fn classes() -> [u8; 256] {
    let mut classes = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        if b.is_ascii_alphanumeric() || b == b'_' {
            classes[byte] |= WORD_BYTE;
        }
        if b.is_ascii_digit() {
            classes[byte] |= DIGIT;
        }
        if matches!(
            b,
            b' ' | b'\n'
                | b'\t'
                | b'\r'
                | b'/'
                | b','
                | b':'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'{'
                | b'}'
        ) {
            classes[byte] |= TOKEN_END;
        }
        byte += 1;
    }
    classes
}

const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
const LOWS: u64 = u64::from_le_bytes([0x7f; 8]);

/// The high bit of each byte of `word` that equals `byte` (no carry crosses bytes).
fn exactly_equal_to(word: u64, byte: u8) -> u64 {
    let zero_where_equal = word ^ (ONES * u64::from(byte));
    !(((zero_where_equal & LOWS) + LOWS) | zero_where_equal) & HIGHS
}

/// The character an escape stands for and how many bytes follow its backslash.
/// `\x…` and a backslash before a line break are left to `ron`.
fn escape(after: &[u8]) -> Result<(char, usize), Declined> {
    let simple = match after.first() {
        Some(b'"') => '"',
        Some(b'\\') => '\\',
        Some(b'\'') => '\'',
        Some(b'n') => '\n',
        Some(b'r') => '\r',
        Some(b't') => '\t',
        Some(b'0') => '\0',
        Some(b'u') => return unicode_escape(&after[1..]),
        _ => return Err(Declined),
    };
    Ok((simple, 1))
}

/// `{` one to six hex digits `}`, naming a Unicode scalar value.
fn unicode_escape(after: &[u8]) -> Result<(char, usize), Declined> {
    if after.first() != Some(&b'{') {
        return Err(Declined);
    }
    let digits = after[1..]
        .iter()
        .take(6)
        .take_while(|byte| byte.is_ascii_hexdigit())
        .count();
    if digits == 0 || after.get(1 + digits) != Some(&b'}') {
        return Err(Declined);
    }
    let hex = std::str::from_utf8(&after[1..1 + digits]).map_err(|_| Declined)?;
    let code = u32::from_str_radix(hex, 16).map_err(|_| Declined)?;
    let unescaped = char::from_u32(code).ok_or(Declined)?;
    Ok((unescaped, 1 + 1 + digits + 1))
}
