//! Session files that git cannot hold or that are too big to keep in the repository,
//! made in a temporary folder by each test; and a check that reading any fixture
//! writes nothing into its folder.

use std::path::Path;

use crate::support::*;
use yeji::load_error::Problem;
use yeji::ron_read::MAX_FILE_BYTES;
use yeji::session::file::load;

const MIB: u64 = 1024 * 1024;

/// Loading `path` fails as expected and leaves the file (or its absence) as it was.
fn assert_fails(path: &Path, problem: Problem, line: &str) {
    let before = std::fs::read(path).ok();
    let error = match load(path) {
        Ok(_) => panic!("{} loaded, but should fail", path.display()),
        Err(error) => error,
    };
    report(differences(path, &error, &problem, line));
    assert_eq!(std::fs::read(path).ok(), before, "loading changed the file");
}

#[test]
fn a_missing_file_is_reported_as_missing_and_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-session.ron");
    assert_fails(&path, Problem::NotFound, "PATH: no such file");
    assert!(!path.exists(), "loading created the file");
}

#[test]
fn a_folder_named_like_a_session_is_reported_as_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("2026-11-25-kick-off.ron");
    std::fs::create_dir(&path).unwrap();
    assert_fails(
        &path,
        Problem::IsFolder,
        "PATH: this is a folder, not a session file",
    );
}

#[test]
fn deeply_nested_brackets_fail_without_overflowing_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    for (name, open) in [("square", "["), ("round", "("), ("curly", "{")] {
        // Before the version: read while looking for it, through every bracket.
        let path = dir.path().join(format!("deep-{name}.ron"));
        let text = format!(
            "(\n    setup: {},\n    version: 1,\n)\n",
            open.repeat(100_000)
        );
        std::fs::write(&path, text).unwrap();
        assert_fails(
            &path,
            Problem::TooDeep,
            "PATH:2:75: brackets are nested too deeply",
        );
        // After it: refused at the first bracket that cannot be a setup.
        let path = dir.path().join(format!("deep-after-version-{name}.ron"));
        let text = format!(
            "(\n    version: 1,\n    setup: {}\n)\n",
            open.repeat(100_000)
        );
        std::fs::write(&path, text).unwrap();
        assert!(load(&path).is_err(), "{name} after the version loaded");
    }
}

#[test]
fn a_file_over_16_mib_is_refused_by_its_size() {
    assert_eq!(MAX_FILE_BYTES, 16 * MIB);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // Sparse: nothing is written, so only the size can refuse it.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(20 * MIB).unwrap();
    drop(file);
    let problem = Problem::TooLarge {
        bytes: 20 * MIB,
        limit: 16 * MIB,
    };
    let line = "PATH: too large (20.0 MiB, the limit is 16.0 MiB) to be a session file";
    assert_fails(&path, problem, line);
}

#[test]
fn a_session_of_exactly_16_mib_loads_and_one_byte_more_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("padded.ron");
    let mut text = read(&fixture("sessions/valid/minimal.ron"));
    text.resize(MAX_FILE_BYTES as usize, b' ');
    std::fs::write(&path, &text).unwrap();
    if let Err(error) = load(&path) {
        panic!("{}", error.line(yeji::i18n::Lang::En));
    }

    text.push(b' ');
    std::fs::write(&path, &text).unwrap();
    let error = load(&path).expect_err("one byte over the limit");
    assert_eq!(
        error.problem,
        Problem::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES,
        }
    );
}

#[test]
fn loading_any_fixture_writes_nothing_into_its_folder() {
    let fixtures = [
        ron_files(&fixture("sessions/valid")),
        ron_files(&fixture("sessions/invalid")),
    ]
    .concat();
    for original in fixtures {
        let dir = tempfile::tempdir().unwrap();
        let name = file_name(&original);
        let path = dir.path().join(&name);
        let bytes = read(&original);
        std::fs::write(&path, &bytes).unwrap();
        let _ = load(&path);
        assert_eq!(folder_names(dir.path()), [name.as_str()], "beside {name}");
        assert_eq!(read(&path), bytes, "loading changed {name}");
    }
}
