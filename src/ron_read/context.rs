//! Where in the file's structure parsing stopped: RON reports "expected an
//! identifier" both where a field name belongs and where an enum's choice does, and
//! the reader needs to be told which. [`scan_to`] also tells which brackets are open
//! and where the last string was, for `cause`.

use std::ops::Range;

/// What belongs at a place in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A field name inside a group `( … )`.
    FieldName,
    /// A value: after `name:`, in a list or map, inside `Some( … )`.
    Value,
}

/// What belongs at byte `offset` of `text`, judged from the brackets open there and
/// the last character before it that is not blank or a comment.
pub fn place_at(text: &str, offset: usize) -> Place {
    let scan = scan_to(text, offset);
    match (scan.last, scan.open.last().map(|bracket| bracket.kind)) {
        (Some(':'), _) | (_, None | Some(Open::List | Open::Map)) => Place::Value,
        (_, Some(Open::Group { after_some: true })) => Place::Value,
        (_, Some(Open::Group { after_some: false })) => Place::FieldName,
    }
}

/// Reads `text` up to byte `offset`, outside strings, chars and comments.
pub fn scan_to(text: &str, offset: usize) -> Scan {
    let mut scan = Scan::default();
    let mut chars = text[..offset.min(text.len())].char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        match c {
            '"' => scan.last_string = skip_string(&mut chars, 0).map(|end| index..end),
            'r' if matches!(chars.peek(), Some((_, '#' | '"'))) && !scan.in_word => {
                let mut hashes = 0;
                while chars.next_if(|(_, c)| *c == '#').is_some() {
                    hashes += 1;
                }
                if chars.next_if(|(_, c)| *c == '"').is_some() {
                    scan.last_string = skip_string(&mut chars, hashes).map(|end| index..end);
                }
            }
            '\'' => {
                chars.next_if(|(_, c)| *c == '\\');
                chars.next();
                chars.next_if(|(_, c)| *c == '\'');
            }
            '/' if chars.next_if(|(_, c)| *c == '/').is_some() => {
                while chars.next_if(|(_, c)| *c != '\n').is_some() {}
                continue;
            }
            '/' if chars.next_if(|(_, c)| *c == '*').is_some() => {
                skip_block_comment(&mut chars);
                continue;
            }
            '(' | '[' | '{' => {
                let kind = match c {
                    '(' => Open::Group {
                        after_some: text[..index].trim_end().ends_with("Some"),
                    },
                    '[' => Open::List,
                    _ => Open::Map,
                };
                scan.open.push(Bracket { kind, at: index });
            }
            ')' | ']' | '}' => {
                scan.open.pop();
            }
            _ => {}
        }
        if !c.is_whitespace() {
            scan.last = Some(c);
            scan.in_word = c.is_alphanumeric() || c == '_';
        } else {
            scan.in_word = false;
        }
    }
    scan
}

#[derive(Default)]
pub struct Scan {
    /// The brackets still open, outermost first.
    pub open: Vec<Bracket>,
    /// The last character that is not blank or inside a comment.
    pub last: Option<char>,
    /// Whether that character continues a word (so an `r` is not a raw string's).
    in_word: bool,
    /// The bytes of the last string closed, from its opening quote (or `r`) to just
    /// after its closing one.
    pub last_string: Option<Range<usize>>,
}

#[derive(Clone, Copy)]
pub struct Bracket {
    pub kind: Open,
    /// The bracket's byte offset.
    pub at: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Group { after_some: bool },
    List,
    Map,
}

impl Open {
    pub fn opening(self) -> char {
        match self {
            Open::Group { .. } => '(',
            Open::List => '[',
            Open::Map => '{',
        }
    }

    pub fn closing(self) -> char {
        match self {
            Open::Group { .. } => ')',
            Open::List => ']',
            Open::Map => '}',
        }
    }
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

/// Skips to the end of a string whose opening quote (after `hashes` `#` for a raw
/// string) has been read; the byte offset just after its end, if it has one.
fn skip_string(chars: &mut Chars, hashes: usize) -> Option<usize> {
    while let Some((index, c)) = chars.next() {
        match c {
            '\\' if hashes == 0 => {
                chars.next();
            }
            '"' => {
                let mut closing = 0;
                while closing < hashes && chars.next_if(|(_, c)| *c == '#').is_some() {
                    closing += 1;
                }
                if closing == hashes {
                    return Some(index + 1 + hashes);
                }
            }
            _ => {}
        }
    }
    None
}

/// Skips a block comment whose `/*` has been read; RON's block comments nest.
fn skip_block_comment(chars: &mut Chars) {
    let mut depth = 1;
    while let Some((_, c)) = chars.next() {
        match c {
            '*' if chars.next_if(|(_, c)| *c == '/').is_some() => {
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
            '/' if chars.next_if(|(_, c)| *c == '*').is_some() => depth += 1,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str) -> Place {
        let offset = text.find('¦').expect("a marker");
        place_at(&text.replace('¦', ""), offset)
    }

    #[test]
    fn field_names_belong_after_a_groups_bracket_or_comma() {
        assert_eq!(place("(¦"), Place::FieldName);
        assert_eq!(place("(title: \"a\", ¦"), Place::FieldName);
        assert_eq!(place("(a: [1, 2], b: (c: 1), ¦"), Place::FieldName);
        assert_eq!(place("(owner: Participant(¦"), Place::FieldName);
    }

    #[test]
    fn values_belong_after_a_colon_in_lists_maps_and_some() {
        assert_eq!(place("(side: ¦"), Place::Value);
        assert_eq!(place("(sides: [Business, ¦"), Place::Value);
        assert_eq!(place("(frictions: {SiloThinking: Present, ¦"), Place::Value);
        assert_eq!(place("(agreed: Some(¦"), Place::Value);
        assert_eq!(place("¦"), Place::Value);
    }

    #[test]
    fn brackets_in_strings_and_comments_are_not_counted() {
        assert_eq!(place("(a: \"(\\\"[\", ¦"), Place::FieldName);
        assert_eq!(place("(a: r#\"x\"( \"#, ¦"), Place::FieldName);
        assert_eq!(place("(a: 1, // [ {\n¦"), Place::FieldName);
        assert_eq!(place("(a: 1, /* [ /* { */ ( */ ¦"), Place::FieldName);
        assert_eq!(place("(a: '(', ¦"), Place::FieldName);
        assert_eq!(place("[ /* : */ ¦"), Place::Value);
    }
}
