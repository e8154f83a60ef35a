//! Valid session and template files, damaged byte by byte: reading them either
//! succeeds or says what is wrong; it never panics and never hangs. Whatever loads
//! saves and loads again unchanged.
//!
//! `cargo test` runs a few hundred cases; `YEJI_FUZZ_CASES=100000 cargo test --release
//! --test fuzz_files` runs many more.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use proptest::prelude::*;
use proptest::sample::Index;
use yeji::i18n::Lang;
use yeji::load_error::LoadError;
use yeji::ron_read::text_from_bytes;
use yeji::session::file::{parse, to_ron};
use yeji::template::parse_template;

/// Far beyond the few milliseconds a damaged file takes in a debug build; a case
/// that takes longer is reported as a hang instead of stalling the suite.
const HANG: Duration = Duration::from_secs(10);

fn cases() -> u32 {
    std::env::var("YEJI_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(1024)
}

fn ron_files(relative: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    paths.sort();
    paths
}

/// Every valid file of both formats, with whether it is a template.
static ORIGINALS: std::sync::LazyLock<Vec<(PathBuf, Vec<u8>, bool)>> =
    std::sync::LazyLock::new(originals);

fn originals() -> Vec<(PathBuf, Vec<u8>, bool)> {
    let sessions = ["valid", "v1", "v2", "v3", "v4"]
        .iter()
        .flat_map(|folder| ron_files(&format!("tests/fixtures/sessions/{folder}")))
        .map(|path| (path, false));
    let templates = ron_files("tests/fixtures/templates/valid")
        .into_iter()
        .chain([Path::new(env!("CARGO_MANIFEST_DIR")).join(yeji::template::DEFAULT_TEMPLATE_PATH)])
        .map(|path| (path, true));
    sessions
        .chain(templates)
        .map(|(path, template)| {
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes, template)
        })
        .collect()
}

/// Bytes that are likeliest to confuse a reader when spliced in anywhere.
const TRICKY: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"\"",
    b"\\",
    b"'",
    b":",
    b",",
    b"\0",
    b"\xff",
    b"\xc3",
    b"\xe4\xb8",
    b"\xef\xbb\xbf",
    b"\r\n",
    b"\r",
    b"\t",
    b"99999999999999999999999999",
    b"-1",
    b"1.5",
    b"1e999",
    b"0x1G",
    b"r#\"",
    b"r##\"x\"#",
    b"b\"",
    b"/*",
    b"*/",
    b"//",
    b"Some(",
    b"None",
    b"()",
    b"#![enable(implicit_some)]",
    "“".as_bytes(),
    "中".as_bytes(),
    b"<<<<<<< HEAD\n",
    b"version: 99,",
    b"\\u{110000}",
    b"\\u{",
    b"\\x",
    b"_",
    b"inf",
    b"NaN",
];

#[derive(Clone, Debug)]
enum Damage {
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index, usize),
    Duplicate(Index, usize),
    Splice(Index, &'static [u8]),
    /// Many opening brackets: deep nesting at any place.
    Nest(Index, u8, usize),
}

fn any_damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => (any::<Index>(), 0u8..8).prop_map(|(at, bit)| Damage::Flip(at, 1 << bit)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(at, byte)| Damage::Insert(at, byte)),
        3 => (any::<Index>(), 1usize..64).prop_map(|(at, len)| Damage::Delete(at, len)),
        1 => (any::<Index>(), 1usize..256).prop_map(|(at, len)| Damage::Duplicate(at, len)),
        4 => (any::<Index>(), prop::sample::select(TRICKY)).prop_map(|(at, t)| Damage::Splice(at, t)),
        1 => (any::<Index>(), prop::sample::select(b"([{".to_vec()), 1usize..5000)
            .prop_map(|(at, open, depth)| Damage::Nest(at, open, depth)),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let at = |index: &Index| index.index(bytes.len() + 1);
    match damage {
        Damage::Flip(index, bit) if !bytes.is_empty() => {
            let at = index.index(bytes.len());
            bytes[at] ^= bit;
        }
        Damage::Flip(..) => {}
        Damage::Insert(index, byte) => bytes.insert(at(index), *byte),
        Damage::Delete(index, len) => {
            let start = at(index);
            bytes.drain(start..(start + len).min(bytes.len()));
        }
        Damage::Duplicate(index, len) => {
            let start = at(index);
            let copy = bytes[start..(start + len).min(bytes.len())].to_vec();
            bytes.splice(start..start, copy);
        }
        Damage::Splice(index, token) => {
            let start = at(index);
            bytes.splice(start..start, token.iter().copied());
        }
        Damage::Nest(index, open, depth) => {
            let start = at(index);
            bytes.splice(start..start, std::iter::repeat_n(*open, *depth));
        }
    }
}

/// What reading `bytes` came to, as the program would read them from a file.
fn read(path: &Path, bytes: Vec<u8>, template: bool) -> Result<(), String> {
    let fail = |error: LoadError| error.line(Lang::En);
    let text = text_from_bytes(path, bytes).map_err(fail)?;
    if template {
        let template = parse_template(path, &text).map_err(fail)?;
        let again = ron::ser::to_string(&template).expect("a template can be written");
        let reread = parse_template(path, &again).map_err(|error| {
            panic!(
                "a template that loaded does not load again: {}",
                fail(error)
            )
        });
        assert_eq!(
            reread.unwrap(),
            template,
            "a template changed on the way round"
        );
        return Ok(());
    }
    let loaded = parse(path, &text).map_err(fail)?;
    let saved = to_ron(&loaded.session);
    let reread = parse(path, &saved).unwrap_or_else(|error| {
        panic!("a session that loaded does not load again: {}", fail(error))
    });
    assert_eq!(
        reread.session, loaded.session,
        "a session changed on the way round"
    );
    Ok(())
}

/// Runs `read` on its own thread so that a hang fails the case instead of the suite.
fn read_watched(path: PathBuf, bytes: Vec<u8>, template: bool) -> Result<(), TestCaseError> {
    let (sender, receiver) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let lines = bytes.iter().filter(|byte| **byte == b'\n').count() + 1;
        let outcome = read(&path, bytes, template);
        let _ = sender.send((outcome, lines));
    });
    match receiver.recv_timeout(HANG) {
        Ok((Ok(()), _)) => Ok(()),
        Ok((Err(line), lines)) => check_message(&line, lines),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(TestCaseError::fail("reading hung")),
        // The thread ended without an answer: it panicked.
        Err(mpsc::RecvTimeoutError::Disconnected) => match reader.join() {
            Err(panic) => Err(TestCaseError::fail(format!(
                "reading panicked: {}",
                what(&panic)
            ))),
            Ok(()) => Err(TestCaseError::fail("the reader gave no answer")),
        },
    }
}

/// A message names a place inside the file, or none, and says something.
fn check_message(line: &str, lines: usize) -> Result<(), TestCaseError> {
    let place = line.split(": ").next().unwrap_or_default();
    let numbers: Vec<usize> = place
        .rsplit(':')
        .take(2)
        .filter_map(|n| n.parse().ok())
        .collect();
    if let [_col, row] = numbers[..] {
        prop_assert!(row >= 1 && row <= lines, "line {row} of {lines}: {line}");
    }
    prop_assert!(!line.ends_with(": "), "no message: {line}");
    Ok(())
}

fn what(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_damaged_file_loads_or_says_why_and_never_hangs(
        which in any::<Index>(),
        damage in prop::collection::vec(any_damage(), 1..6),
    ) {
        let (path, original, template) = &ORIGINALS[which.index(ORIGINALS.len())];
        let mut bytes = original.clone();
        for damage in &damage {
            apply(&mut bytes, damage);
        }
        read_watched(path.clone(), bytes, *template)?;
    }
}
