//! The values of a session file as yeji writes it, found by reading its layout: one
//! field or map entry per line, a value that spans lines closed at its own indent.
//! The wrong-type tests replace each value in turn.

/// What kind of value a slot holds, as written in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Text,
    Number,
    Bool,
    /// A bare word: an enum's choice.
    Word,
    /// `Some(…)` or `None`.
    Option,
    /// `Participant(1)`: a choice carrying a value.
    Tagged,
    List,
    Map,
    Group,
}

/// One value: where it is and what it is.
#[derive(Clone, Debug)]
pub struct Slot {
    /// Field names from the top, `[]` for a list element, `{}` for a map's value
    /// and `{key}` for a map's key, e.g. `setup.participants[].side`.
    pub path: String,
    /// Byte range of the value (or of the key, for a `{key}` slot).
    pub start: usize,
    pub end: usize,
    /// 1-based line and column of `start`, counted in characters.
    pub line: usize,
    pub col: usize,
    pub shape: Shape,
}

/// Every field value and map key in `text`, in file order.
pub fn slots(text: &str) -> Vec<Slot> {
    let mut out = Vec::new();
    // The names of the values open at each depth, and the indent that closes them.
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut offset = 0;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    for (index, raw) in lines.iter().enumerate() {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches('\n');
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if body.starts_with([')', ']', '}']) {
            open.pop();
            continue;
        }
        if body.is_empty() || body.starts_with("//") {
            continue;
        }
        if open.is_empty() {
            // The opening bracket of the whole file.
            open.push((String::new(), indent));
            continue;
        }
        let parent = open.last().map_or("", |(name, _)| name.as_str());
        let (name, key, rest) = match split_key(body) {
            Some((key, rest)) if is_field_name(key) => (join(parent, key), None, rest),
            Some((key, rest)) => (format!("{parent}{{}}"), Some(key), rest),
            None => (format!("{parent}[]"), None, body),
        };
        let rest_start = line_start + indent + (body.len() - rest.len());
        if let Some(key) = key {
            let start = line_start + indent;
            out.push(slot(
                text,
                format!("{parent}{{key}}"),
                start,
                start + key.len(),
                key_shape(key),
            ));
        }
        let value = rest.strip_suffix(',').unwrap_or(rest);
        if value.ends_with(['(', '[', '{']) && !value.starts_with("Some(") {
            let end = closing_end(&lines, index, indent, line_start + raw.len());
            out.push(slot(text, name.clone(), rest_start, end, shape(value)));
            open.push((name, indent));
        } else {
            out.extend(with_inner(text, name, rest_start, value));
        }
    }
    out
}

/// A one-line value, and what is inside it when it is `Some(…)` or `Choice(…)`.
fn with_inner(text: &str, path: String, start: usize, value: &str) -> Vec<Slot> {
    let outer = slot(text, path.clone(), start, start + value.len(), shape(value));
    let mut out = vec![outer];
    if matches!(shape(value), Shape::Option | Shape::Tagged)
        && let Some(open) = value.find('(')
        && let Some(inner) = value[open + 1..].strip_suffix(')')
    {
        let suffix = if value.starts_with("Some(") {
            "?"
        } else {
            "()"
        };
        out.extend(with_inner(text, path + suffix, start + open + 1, inner));
    }
    out
}

fn slot(text: &str, path: String, start: usize, end: usize, shape: Shape) -> Slot {
    let at = yeji::ron_read::end_position(&text[..start]);
    Slot {
        path,
        start,
        end,
        line: at.line,
        col: at.col,
        shape,
    }
}

/// `name: rest` or `"key": rest` or `12: rest`; `None` for a list element.
fn split_key(body: &str) -> Option<(&str, &str)> {
    if let Some(quoted) = body.strip_prefix('"') {
        let close = quoted.find("\": ")?;
        return Some((&body[..close + 2], &quoted[close + 3..]));
    }
    let (key, rest) = body.split_once(": ")?;
    key.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
        .then_some((key, rest))
}

fn is_field_name(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
}

fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
}

/// The byte just after the bracket that closes the value opened on line `index`.
fn closing_end(lines: &[&str], index: usize, indent: usize, mut offset: usize) -> usize {
    for raw in &lines[index + 1..] {
        let body = raw.trim_start();
        if raw.len() - body.len() == indent && body.starts_with([')', ']', '}']) {
            return offset + indent + 1;
        }
        offset += raw.len();
    }
    panic!("no closing bracket for line {}", index + 1)
}

pub fn shape(value: &str) -> Shape {
    match value.chars().next() {
        Some('"') => Shape::Text,
        Some('[') => Shape::List,
        Some('{') => Shape::Map,
        Some('(') => Shape::Group,
        Some(c) if c.is_ascii_digit() => Shape::Number,
        _ if value == "true" || value == "false" => Shape::Bool,
        _ if value == "None" || value.starts_with("Some(") => Shape::Option,
        _ if value.contains('(') => Shape::Tagged,
        _ => Shape::Word,
    }
}

fn key_shape(key: &str) -> Shape {
    if key.starts_with('"') {
        Shape::Text
    } else if key.starts_with(|c: char| c.is_ascii_digit()) {
        Shape::Number
    } else {
        Shape::Word
    }
}
