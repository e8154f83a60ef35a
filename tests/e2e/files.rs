//! Session files for the tests: fixtures written as yeji writes them, and reading
//! back what the program left in a folder.

use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use yeji::i18n::Lang;
use yeji::session::file::{load, to_ron};
use yeji::session::{Note, Session};
use yeji::template::Template;

use crate::harness::TIMEOUT;

/// A session folder with one session, `sessions/s.ron`, written the way yeji writes
/// it: in `lang`, on the step `step`, with `notes` on that step. Returns the path
/// to pass on the command line (relative to `dir`).
pub fn write_session(dir: &Path, lang: Lang, step: &str, notes: &[&str]) -> &'static str {
    let mut doc = Session::new(
        &Template::embedded_default(),
        "Fixture 测试",
        lang,
        yeji::app::now(),
    );
    let index = doc.step_index(step).expect("the template has this step");
    doc.current_step = step.to_string();
    doc.steps[index].notes = notes
        .iter()
        .zip(1..)
        .map(|(text, id)| Note {
            id,
            text: text.to_string(),
        })
        .collect();
    std::fs::create_dir_all(dir.join("sessions")).expect("create sessions folder");
    std::fs::write(dir.join("sessions/s.ron"), to_ron(&doc)).expect("write session");
    "sessions/s.ron"
}

/// A template file with the two-step agenda of [`write_notes_session`]; returns its
/// path relative to `dir`.
pub fn write_notes_template(dir: &Path) -> &'static str {
    let text = r#"(
    id: "e2e-notes",
    version: 1,
    name: (zh: "笔记", en: "Notes"),
    steps: [
        (id: "setup", kind: Setup, title: (zh: "准备", en: "Setup"), prompt: (zh: "", en: "Who is here?"), minutes: 5),
        (id: "notes", kind: Notes, title: (zh: "笔记", en: "Notes"), prompt: (zh: "", en: "Write it down."), minutes: 10),
    ],
)
"#;
    std::fs::write(dir.join("notes.ron"), text).expect("write template");
    "notes.ron"
}

/// Like [`write_session`], but from a two-step agenda whose second step, `notes`, is
/// a plain notes list: the tests that type notes do not depend on how the default
/// workshop's steps are edited.
pub fn write_notes_session(dir: &Path, lang: Lang, notes: &[&str]) -> &'static str {
    let template = Template {
        id: "e2e-notes".into(),
        version: 1,
        name: yeji::i18n::Text::new("笔记", "Notes"),
        steps: vec![
            Template::embedded_default().steps[0].clone(),
            yeji::template::TemplateStep {
                id: "notes".into(),
                kind: yeji::session::StepKind::Notes,
                title: yeji::i18n::Text::new("笔记", "Notes"),
                prompt: yeji::i18n::Text::new("记下来。", "Write it down."),
                minutes: 10,
            },
        ],
        ..Template::embedded_default()
    };
    let mut doc = Session::new(&template, "Fixture 测试", lang, yeji::app::now());
    doc.current_step = "notes".to_string();
    doc.steps[1].notes = notes
        .iter()
        .zip(1..)
        .map(|(text, id)| Note {
            id,
            text: text.to_string(),
        })
        .collect();
    std::fs::create_dir_all(dir.join("sessions")).expect("create sessions folder");
    std::fs::write(dir.join("sessions/s.ron"), to_ron(&doc)).expect("write session");
    "sessions/s.ron"
}

/// Reads a session file as yeji does; fails the test when it does not parse.
pub fn read_session(path: &Path) -> Session {
    match load(path) {
        Ok(loaded) => loaded.session,
        Err(error) => panic!("{}", error.line(Lang::En)),
    }
}

/// The texts of the notes on step `step`.
pub fn notes_of(doc: &Session, step: &str) -> Vec<String> {
    let index = doc.step_index(step).expect("the session has this step");
    doc.steps[index]
        .notes
        .iter()
        .map(|note| note.text.clone())
        .collect()
}

pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// Waits until `done()` holds, polling the file system or anything else.
pub fn wait_for_condition(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + TIMEOUT;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        thread::sleep(Duration::from_millis(50));
    }
}

/// The names of the files in `dir`, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// The one session file (`*.ron`) in `dir`.
pub fn only_session_in(dir: &Path) -> PathBuf {
    let sessions: Vec<PathBuf> = file_names(dir)
        .into_iter()
        .filter(|name| name.ends_with(".ron") && !name.starts_with('.'))
        .map(|name| dir.join(name))
        .collect();
    assert_eq!(sessions.len(), 1, "one session file in {}", dir.display());
    sessions.into_iter().next().unwrap()
}
