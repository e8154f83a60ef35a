//! Shared by the file-fixture tests: where the fixtures live, and how an error is
//! compared with what a case expects (its `Problem`, its exact English line, and a
//! Chinese message of its own).

use std::path::{Path, PathBuf};

use yeji::i18n::Lang;
use yeji::load_error::{LoadError, Problem};

/// A path under `tests/fixtures/`, absolute so that messages name it the same way
/// whatever folder the tests run in.
pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// The `*.ron` files in a folder, sorted; none when the folder does not exist.
pub fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|entry| entry.expect("read a folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron"))
        .collect();
    paths.sort();
    paths
}

pub fn file_name(path: &Path) -> String {
    path.file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// The names in `dir`, sorted: what is there after yeji ran.
pub fn folder_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| file_name(&entry.unwrap().path()))
        .collect();
    names.sort();
    names
}

pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|error| panic!("read {}: {error}", path.display()))
}

/// One invalid file and what loading it must report. `line` is the English line with
/// `PATH` standing for the file's path; `zh`, when given, the Chinese message.
pub struct Case {
    pub file: &'static str,
    pub problem: Problem,
    pub line: String,
    pub zh: Option<&'static str>,
}

pub fn case(file: &'static str, problem: Problem, line: impl Into<String>) -> Case {
    Case {
        file,
        problem,
        line: line.into(),
        zh: None,
    }
}

impl Case {
    /// The exact Chinese message, after the same `PATH:LINE:COL: ` as the English.
    pub fn zh(self, message: &'static str) -> Case {
        Case {
            zh: Some(message),
            ..self
        }
    }
}

/// Every way `error` differs from what is expected of `path`, as readable lines.
pub fn differences(path: &Path, error: &LoadError, problem: &Problem, line: &str) -> Vec<String> {
    let mut found = Vec::new();
    if error.path != path {
        found.push(format!("names the path {}", error.path.display()));
    }
    if error.problem != *problem {
        found.push(format!(
            "problem\n      got:  {:?}\n      want: {problem:?}",
            error.problem
        ));
    }
    let want = line.replace("PATH", &path.display().to_string());
    let got = error.line(Lang::En);
    if got != want {
        found.push(format!(
            "English line\n      got:  {got}\n      want: {want}"
        ));
    }
    let english = error.problem.message(Lang::En);
    let chinese = error.problem.message(Lang::Zh);
    if chinese.trim().is_empty() || chinese == english {
        found.push(format!("Chinese message is not its own: {chinese:?}"));
    }
    let place = got.strip_suffix(&english).unwrap_or_default();
    if !error.line(Lang::Zh).starts_with(place) {
        found.push("Chinese line names another place".to_string());
    }
    found
}

/// Loads each case's file from `folder` with `load` and panics listing every way the
/// outcomes differ from the cases, including a file changed by being read.
pub fn assert_cases<T>(
    folder: &Path,
    cases: &[Case],
    load: impl Fn(&Path) -> Result<T, LoadError>,
) {
    let mut failures = Vec::new();
    for case in cases {
        let path = folder.join(case.file);
        let before = read(&path);
        let result = load(&path);
        if read(&path) != before {
            failures.push(format!("{}: loading changed the file", case.file));
        }
        match result {
            Ok(_) => failures.push(format!("{}: loaded, but should fail", case.file)),
            Err(error) => {
                for difference in differences(&path, &error, &case.problem, &case.line) {
                    failures.push(format!("{}: {difference}", case.file));
                }
                let chinese = error.problem.message(Lang::Zh);
                if let Some(want) = case.zh.filter(|want| *want != chinese) {
                    failures.push(format!(
                        "{}: Chinese message\n      got:  {chinese}\n      want: {want}",
                        case.file
                    ));
                }
            }
        }
    }
    report(failures);
}

/// Every `*.ron` file in `folder` has a case, and every case a file.
pub fn assert_cases_cover(folder: &Path, cases: &[Case]) {
    let on_disk: Vec<String> = ron_files(folder)
        .iter()
        .map(|path| file_name(path))
        .collect();
    let mut in_table: Vec<String> = cases.iter().map(|case| case.file.to_string()).collect();
    in_table.sort();
    assert_eq!(on_disk, in_table);
}

/// Panics listing every case that went wrong, so one run shows them all.
pub fn report(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The step ids of the built-in template, as `UnknownTemplateStep` lists them.
pub fn default_step_ids() -> Vec<String> {
    [
        "setup",
        "diagnose",
        "strategy",
        "five-unified",
        "four-synergies",
        "role-mapping",
        "wrap-up",
    ]
    .map(String::from)
    .to_vec()
}

pub fn names(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| item.to_string()).collect()
}
