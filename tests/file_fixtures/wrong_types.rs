//! Every field of the session format, and of the template format, given a value of
//! the wrong type: each file fails at that value's line and column, saying what
//! belongs there in words a facilitator knows (no Rust or RON type names).
//!
//! The cases are made from `every-field.ron`, a valid session in which every list,
//! map and option holds something, so that every field of every nested type appears.

use std::path::Path;

use crate::fields::{Shape, Slot, slots};
use crate::support::*;
use yeji::i18n::Lang;
use yeji::load_error::{Expected, LoadError, Problem};
use yeji::session::file::parse;
use yeji::template::parse_template;

/// For each kind of value: a value of another type, and what the reader is told.
const WRONG: [(Shape, &str, Expected, &str); 9] = [
    (
        Shape::Text,
        "42",
        Expected::Text,
        "text in straight quotes \"",
    ),
    (Shape::Number, "\"7\"", Expected::Number, "a whole number"),
    (
        Shape::Bool,
        "\"yes\"",
        Expected::TrueOrFalse,
        "true or false",
    ),
    // Quoting a choice is the likeliest slip when a file is written by hand.
    (
        Shape::Word,
        "\"Business\"",
        Expected::Choice,
        "one of the choices, written as a word without quotes",
    ),
    (
        Shape::Tagged,
        "7",
        Expected::Choice,
        "one of the choices, written as a word without quotes",
    ),
    (Shape::Option, "7", Expected::Option, "Some( … ) or None"),
    (Shape::List, "7", Expected::List, "a list [ … ]"),
    (Shape::Map, "[]", Expected::Map, "a map { key: value, … }"),
    (
        Shape::Group,
        "\"text\"",
        Expected::Group,
        "a group of fields ( … )",
    ),
];

/// Values of every type; each is tried in every slot whose type it is not.
const ANY: [(&str, Option<Shape>); 13] = [
    ("\"x\"", Some(Shape::Text)),
    ("7", Some(Shape::Number)),
    ("-1", None),
    ("1.5", None),
    ("true", Some(Shape::Bool)),
    ("Plain", None),
    ("[7]", Some(Shape::List)),
    ("{7: 7}", Some(Shape::Map)),
    ("(a: 1)", None),
    ("Some(7)", Some(Shape::Option)),
    ("'c'", None),
    ("b\"x\"", None),
    // An empty group is a valid rating: both its fields may be left out.
    ("()", Some(Shape::Group)),
];

/// Words that belong to the parser, not to the reader.
const INTERNALS: [&str; 10] = [
    "Expected",
    "identifier",
    "r#",
    "struct",
    "invalid type",
    "u32",
    "u8",
    "String",
    "syntax error",
    "wrong value",
];

fn every_field() -> (std::path::PathBuf, String) {
    let path = fixture("sessions/valid/every-field.ron");
    let text = String::from_utf8(read(&path)).unwrap();
    (path, text)
}

/// One slot per field path: the first place each field of the format appears.
fn first_of_each(text: &str) -> Vec<Slot> {
    let mut seen = std::collections::BTreeSet::new();
    slots(text)
        .into_iter()
        .filter(|slot| seen.insert(slot.path.clone()))
        .collect()
}

fn replaced(text: &str, slot: &Slot, value: &str) -> String {
    let mut out = text.to_string();
    out.replace_range(slot.start..slot.end, value);
    out
}

/// Each slot given its shape's wrong value fails exactly there, naming what belongs.
fn assert_wrong_types_named<T>(
    path: &Path,
    text: &str,
    load: impl Fn(&Path, &str) -> Result<T, LoadError>,
) -> usize {
    let mut failures = Vec::new();
    let cases = first_of_each(text);
    for slot in &cases {
        let (_, value, expected, words) = WRONG
            .iter()
            .find(|(shape, ..)| *shape == slot.shape)
            .expect("every shape has a wrong value");
        let Err(error) = load(path, &replaced(text, slot, value)) else {
            failures.push(format!("{} = {value}: loaded", slot.path));
            continue;
        };
        let line = format!("PATH:{}:{}: expected {words} here", slot.line, slot.col);
        let problem = Problem::Expected(*expected);
        for difference in differences(path, &error, &problem, &line) {
            failures.push(format!("{} = {value}: {difference}", slot.path));
        }
    }
    report(failures);
    cases.len()
}

#[test]
fn every_session_field_of_the_wrong_type_is_named_at_its_place() {
    let (path, text) = every_field();
    let count = assert_wrong_types_named(&path, &text, parse);
    assert!(count > 150, "only {count} fields found");
}

#[test]
fn every_template_field_of_the_wrong_type_is_named_at_its_place() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(yeji::template::DEFAULT_TEMPLATE_PATH);
    let text = String::from_utf8(read(&path)).unwrap();
    let count = assert_wrong_types_named(&path, &text, parse_template);
    assert!(count >= 15, "only {count} fields found");
}

/// The fixture must hold something in every list, map and option, or the fields of
/// what they hold would never be tried.
#[test]
fn the_every_field_fixture_leaves_nothing_empty() {
    let (_, text) = every_field();
    let paths: Vec<String> = slots(&text).into_iter().map(|slot| slot.path).collect();
    let mut empty = Vec::new();
    for slot in slots(&text) {
        let inside = match slot.shape {
            Shape::List => format!("{}[]", slot.path),
            Shape::Map => format!("{}{{key}}", slot.path),
            Shape::Option => format!("{}?", slot.path),
            _ => continue,
        };
        if !paths.contains(&inside) && !empty.contains(&slot.path) {
            empty.push(slot.path);
        }
    }
    assert!(
        empty.is_empty(),
        "never filled in every-field.ron: {empty:?}"
    );
}

/// Every value of another type, in every field: the file fails on that field's line
/// with a message of yeji's own in both languages. All pairs with
/// `YEJI_ALL_WRONG_TYPES=1`; otherwise three values per field, taken in turn.
#[test]
fn any_value_of_another_type_fails_on_its_line_in_plain_words() {
    let (path, text) = every_field();
    let all = std::env::var_os("YEJI_ALL_WRONG_TYPES").is_some();
    let mut failures = Vec::new();
    let mut tried = 0;
    for (index, slot) in first_of_each(&text).iter().enumerate() {
        let values = ANY.iter().cycle().skip(index * 3);
        let values: Vec<_> = values.take(if all { ANY.len() } else { 3 }).collect();
        for (value, fits) in values {
            if *fits == Some(slot.shape) {
                continue;
            }
            tried += 1;
            let case = format!("{} = {value}", slot.path);
            match parse(&path, &replaced(&text, slot, value)) {
                Ok(_) => failures.push(format!("{case}: loaded")),
                Err(error) => failures.extend(plain_words(&error, slot.line, &case)),
            }
        }
    }
    report(failures);
    println!("tried {tried} wrong values");
}

/// What is wrong with `error` as a report on a value on `line`.
fn plain_words(error: &LoadError, line: usize, case: &str) -> Vec<String> {
    let mut found = Vec::new();
    if error.position.map(|at| at.line) != Some(line) {
        found.push(format!("{case}: points at {:?}", error.position));
    }
    if matches!(error.problem, Problem::Syntax(_) | Problem::WrongValue(_)) {
        found.push(format!(
            "{case}: the parser's own words: {:?}",
            error.problem
        ));
    }
    let english = error.problem.message(Lang::En);
    let chinese = error.problem.message(Lang::Zh);
    for word in INTERNALS {
        if english.contains(word) || chinese.contains(word) {
            found.push(format!("{case}: says `{word}`: {english}"));
        }
    }
    if chinese == english {
        found.push(format!("{case}: no Chinese message: {chinese}"));
    }
    found
}
