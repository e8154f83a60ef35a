//! The fast RON reader (`ron_read::fast`) against the `ron` crate it stands in
//! for: on every fixture, on damaged copies of them and on small cases it either
//! declines or reads exactly what `ron` reads, and it never accepts a text that
//! `ron` refuses. Files yeji writes always take the fast path.
//!
//! `cases` holds the small texts, `damage` the damaged and generated files, `cut`
//! the reading of a session in two pieces.
//! `cargo test` runs a few hundred of those; `YEJI_FUZZ_CASES=100000 cargo test
//! --release --test fast_reader` runs many more.

mod cases;
mod cut;
mod damage;
#[path = "../support/mod.rs"]
mod support;

use std::fmt::Debug;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use yeji::i18n::Lang;
use yeji::ron_read::{fast, text_from_bytes};
use yeji::session::Session;
use yeji::session::file::{load, to_ron};
use yeji::template::{DEFAULT_TEMPLATE_PATH, Template};

/// What the fast reader did with a text, when it agrees with `ron`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Read,
    Declined,
}

/// Reads `text` both ways; an error when the fast reader accepts what `ron`
/// refuses or reads a different value.
pub fn compare<T: DeserializeOwned + PartialEq + Debug>(text: &str) -> Result<Outcome, String> {
    let ron = ron::Options::default().from_str::<T>(text);
    match (fast::from_str::<T>(text), ron) {
        (Err(_), _) => Ok(Outcome::Declined),
        (Ok(fast), Ok(ron)) if fast == ron => Ok(Outcome::Read),
        (Ok(fast), Ok(ron)) => Err(format!("read differently:\n{fast:#?}\nron:\n{ron:#?}")),
        (Ok(_), Err(error)) => Err(format!("accepted what ron refuses ({error})")),
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn ron_files(relative: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join(relative))
        .unwrap_or_else(|error| panic!("{relative}: {error}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    paths.sort();
    paths
}

/// Session files yeji wrote, in the current schema.
pub fn written_sessions() -> Vec<PathBuf> {
    [
        "tests/fixtures/sessions/valid",
        "sessions",
        "tests/fixtures/compare",
    ]
    .into_iter()
    .flat_map(ron_files)
    .chain([root().join("tests/fixtures/large/ten-times.ron")])
    .collect()
}

fn all_sessions() -> Vec<PathBuf> {
    let folders = ["invalid", "v1", "v2", "v3", "v4"];
    let older = folders.map(|folder| format!("tests/fixtures/sessions/{folder}"));
    older
        .iter()
        .flat_map(|folder| ron_files(folder))
        .chain(written_sessions())
        .collect()
}

pub fn all_templates() -> Vec<PathBuf> {
    [
        "tests/fixtures/templates/valid",
        "tests/fixtures/templates/invalid",
    ]
    .into_iter()
    .flat_map(ron_files)
    .chain([root().join(DEFAULT_TEMPLATE_PATH)])
    .collect()
}

/// The text as the program hands it to the parser (BOM stripped), if it gets there.
pub fn text_of(path: &Path) -> Option<String> {
    text_from_bytes(path, std::fs::read(path).unwrap()).ok()
}

#[test]
fn every_session_fixture_is_read_as_ron_reads_it_or_declined() {
    for path in all_sessions() {
        let Some(text) = text_of(&path) else { continue };
        if let Err(why) = compare::<Session>(&text) {
            panic!("{}: {why}", path.display());
        }
    }
}

#[test]
fn every_template_fixture_is_read_as_ron_reads_it_or_declined() {
    for path in all_templates() {
        let Some(text) = text_of(&path) else { continue };
        if let Err(why) = compare::<Template>(&text) {
            panic!("{}: {why}", path.display());
        }
    }
}

#[test]
fn session_files_yeji_wrote_take_the_fast_path() {
    for path in written_sessions() {
        let text = text_of(&path).unwrap();
        assert_eq!(
            compare::<Session>(&text),
            Ok(Outcome::Read),
            "{}",
            path.display()
        );
    }
}

#[test]
fn every_session_yeji_writes_takes_the_fast_path() {
    let folders = ["valid", "v1", "v2", "v3", "v4"];
    let fixtures = folders
        .iter()
        .flat_map(|folder| ron_files(&format!("tests/fixtures/sessions/{folder}")))
        .chain(written_sessions());
    let built = [
        support::typical_session(Lang::Zh),
        support::typical_session(Lang::En),
        support::large_session(Lang::Zh),
    ];
    let sessions = fixtures
        .map(|path| load(&path).unwrap().session)
        .chain(built);
    for session in sessions {
        let text = to_ron(&session);
        assert_eq!(compare::<Session>(&text), Ok(Outcome::Read), "{text}");
    }
}

#[test]
fn the_built_in_template_with_its_comments_takes_the_fast_path() {
    let text = std::fs::read_to_string(root().join(DEFAULT_TEMPLATE_PATH)).unwrap();
    assert!(text.contains("\n// "), "the template explains itself");
    assert_eq!(compare::<Template>(&text), Ok(Outcome::Read));
}

#[test]
fn a_template_without_comments_takes_the_fast_path_escaped_or_not() {
    let template = Template::embedded_default();
    let escaped = ron::ser::to_string_pretty(&template, ron::ser::PrettyConfig::new()).unwrap();
    let compact = ron::ser::to_string(&template).unwrap();
    for text in [escaped, compact] {
        assert_eq!(compare::<Template>(&text), Ok(Outcome::Read), "{text}");
    }
}
