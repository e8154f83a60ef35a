//! Small texts: plain RON read fast and as `ron` reads it; anything unusual left
//! to `ron`.

use std::collections::BTreeMap;

use serde::Deserialize;
use yeji::ron_read::fast;

use crate::{Outcome, compare};

#[derive(Debug, Default, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Probe {
    number: u32,
    small: u8,
    text: String,
    maybe: Option<u32>,
    list: Vec<u32>,
    map: BTreeMap<u32, bool>,
    choice: Option<Choice>,
}

#[derive(Debug, PartialEq, Deserialize)]
enum Choice {
    Plain,
    Holding(u32),
    Named(String),
}

/// A struct that serde reads through a map (`flatten`), which `ron` reads its own way.
#[derive(Debug, PartialEq, Deserialize)]
struct Flattened {
    #[serde(flatten)]
    probe: Probe,
}

/// Nests `Some( … )` groups as deep as asked.
#[derive(Debug, PartialEq, Deserialize)]
struct Nested {
    inner: Option<Box<Nested>>,
}

fn nested(depth: usize) -> String {
    "(inner: Some(".repeat(depth) + "(inner: None)" + &"))".repeat(depth)
}

#[test]
fn plain_ron_is_read_fast_and_as_ron_reads_it() {
    let cases = [
        ("empty group", "()"),
        ("blanks anywhere", "\r\n\t( number :1 ,small: 2 )\n\n"),
        ("largest u8", "(small: 255)"),
        ("largest u32", "(number: 4294967295)"),
        ("zero", "(number: 0)"),
        ("escapes", r#"(text: "a\"b\\c\n\t\r\0\'\u{4e2d}\u{1F600}")"#),
        ("raw string", r#"(text: r"a\b")"#),
        ("raw string with a quote", r##"(text: r#"say "hi""#)"##),
        ("raw string with a hash", "(text: r##\"a\"#b\"##)"),
        ("line breaks in a string", "(text: \"one\r\ntwo\n\")"),
        (
            "trailing commas",
            "(list: [1, 2,], maybe: Some(3,), map: {1: true,},)",
        ),
        ("space before Some's bracket", "(maybe: Some (1))"),
        ("None", "(maybe: None)"),
        ("unit choice", "(choice: Some(Plain))"),
        ("choice holding a value", "(choice: Some(Holding( 3 , )))"),
        ("choice holding text", r#"(choice: Some(Named("x")))"#),
        ("empty list and map", "(list: [], map: {})"),
        ("nesting within the limit", &nested(12)),
        ("line comment at the end", "(number: 1) // note\n"),
        (
            "line comments between items",
            "// first\n(// open\n number: 1, // one\n// own line\n small: 2 // two\n)\n",
        ),
        ("comment right after a word", "(maybe: None// none\n)"),
        ("comment right after a number", "(number: 7//seven\n)"),
        ("comment marks in a string", r#"(text: "a // b /* c */")"#),
        ("an empty comment", "(number: 1)//\n"),
    ];
    for (name, text) in cases {
        let outcome = match name {
            "nesting within the limit" => compare::<Nested>(text),
            _ => compare::<Probe>(text),
        };
        assert_eq!(outcome, Ok(Outcome::Read), "{name}: {text}");
    }
}

#[test]
fn anything_unusual_is_left_to_ron() {
    let cases = [
        (
            "line comment ended by the text's end",
            "(number: 1) // note",
        ),
        ("block comment", "(/* note */ number: 1)"),
        (
            "block comment after a line comment",
            "(number: 1, // a\n /* b */ small: 2)",
        ),
        ("a lone slash", "(number: 1 / 2)"),
        ("a slash after a word", "(maybe: None/)"),
        ("extension", "#![enable(implicit_some)] (maybe: 1)"),
        ("implicit Some without the extension", "(maybe: 1)"),
        ("struct name", "Probe(number: 1)"),
        ("hex", "(number: 0x10)"),
        ("octal", "(number: 0o7)"),
        ("binary", "(number: 0b1)"),
        ("underscore", "(number: 1_000)"),
        ("plus", "(number: +1)"),
        ("minus zero", "(number: -0)"),
        ("suffix", "(number: 1u32)"),
        ("leading zero", "(number: 007)"),
        ("decimal point", "(number: 1.0)"),
        ("exponent", "(number: 1e3)"),
        ("too large for u8", "(small: 256)"),
        ("too large for u32", "(number: 4294967296)"),
        ("twenty digits", "(number: 00000000000000000001)"),
        ("byte escape", r#"(text: "\x41")"#),
        ("surrogate escape", r#"(text: "\u{D800}")"#),
        ("seven hex digits", r#"(text: "\u{0000041}")"#),
        ("unknown escape", r#"(text: "\q")"#),
        ("line continuation", "(text: \"a\\\n   b\")"),
        ("unclosed string", "(text: \"abc)"),
        ("unclosed raw string", "(text: r#\"abc\")"),
        ("raw identifier", "(r#number: 1)"),
        ("byte string", r#"(text: b"x")"#),
        ("char", "(text: 'x')"),
        ("vertical tab", "(number:\u{b}1)"),
        ("next line", "(number:\u{85}1)"),
        ("line separator", "(number:\u{2028}1)"),
        ("byte-order mark", "\u{feff}(number: 1)"),
        ("trailing text", "(number: 1) x"),
        ("a second value", "(number: 1)(number: 2)"),
        ("missing comma", "(number: 1 small: 2)"),
        ("missing colon", "(number 1)"),
        ("leading comma", "(list: [,1])"),
        ("unknown field", "(nope: 1)"),
        ("duplicate field", "(number: 1, number: 2)"),
        ("unknown choice", "(choice: Some(Other))"),
        ("word running on", "(maybe: None中)"),
        ("unit choice given a value", "(choice: Some(Plain(1)))"),
        ("choice without its value", "(choice: Some(Holding))"),
        ("truncated", "(number: 1"),
        ("empty", ""),
    ];
    for (name, text) in cases {
        assert_eq!(
            compare::<Probe>(text),
            Ok(Outcome::Declined),
            "{name}: {text}"
        );
    }
    let flattened = compare::<Flattened>("{\"number\": 1}");
    assert_eq!(flattened, Ok(Outcome::Declined), "flatten");
    let deep = nested(fast::MAX_DEPTH as usize);
    assert!(ron::from_str::<Nested>(&deep).is_ok(), "ron reads it");
    assert_eq!(compare::<Nested>(&deep), Ok(Outcome::Declined), "too deep");
}
