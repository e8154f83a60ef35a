//! Opening a session file at start-up (`app::Opening`, which reads it on two
//! threads) against opening it from the start screen (`app::open`): for every
//! session fixture, the same session or the same message, and a failed opening
//! leaves nothing beside the file.

use std::path::{Path, PathBuf};

use yeji::app::{Opening, Ready, open};
use yeji::model::Opened;

use crate::support::{fixture, folder_names, ron_files};

fn every_session_fixture() -> Vec<PathBuf> {
    let folders = ["valid", "invalid", "v1", "v2", "v3", "v4"];
    folders
        .iter()
        .flat_map(|folder| ron_files(&fixture(&format!("sessions/{folder}"))))
        .chain(ron_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions"),
        ))
        .chain([fixture("large/ten-times.ron")])
        .collect()
}

/// What an opening shows and keeps; the lock is given back here.
fn kept(ready: Ready) -> (Opened, Option<Vec<u8>>, bool) {
    (ready.opened, ready.known, ready.lock.is_some())
}

#[test]
fn a_session_opened_at_start_up_is_the_one_opened_from_the_start_screen() {
    let mut opened = 0;
    for original in every_session_fixture() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(original.file_name().unwrap());
        std::fs::copy(&original, &path).unwrap();
        let before = folder_names(dir.path());
        for read_only in [true, false] {
            let (staged, ran) = Opening::start(path.clone(), read_only, || true).finish(None);
            assert!(ran);
            let staged = staged.map(kept);
            if staged.is_err() {
                assert_eq!(folder_names(dir.path()), before, "{}", original.display());
            }
            let plain = open(&path, read_only, None).map(kept);
            assert_eq!(staged, plain, "{}", original.display());
            opened += usize::from(plain.is_ok());
        }
    }
    assert!(opened > 20, "only {opened} openings succeeded");
}

#[test]
fn a_session_held_by_another_program_is_refused_alike_and_kept_from_being_read() {
    for name in ["sessions/valid/full-session.ron", "large/ten-times.ron"] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("held.ron");
        std::fs::copy(fixture(name), &path).unwrap();
        let held = yeji::storage::lock::SessionLock::acquire(&path).unwrap();
        let staged = Opening::start(path.clone(), false, || ())
            .finish(None)
            .0
            .map(kept);
        let plain = open(&path, false, None).map(kept);
        assert!(
            matches!(&staged, Err(error) if matches!(error.problem, yeji::load_error::Problem::Locked { .. })),
            "{name}: {staged:?}"
        );
        assert_eq!(staged, plain, "{name}");
        // Only reading is still allowed.
        let reading = Opening::start(path.clone(), true, || ())
            .finish(None)
            .0
            .map(kept);
        assert!(reading.is_ok(), "{name}");
        drop(held);
    }
}

#[test]
fn an_opening_left_unfinished_gives_its_lock_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("early.ron");
    std::fs::copy(fixture("sessions/valid/full-session.ron"), &path).unwrap();
    let before = folder_names(dir.path());
    drop(yeji::app::Opening::start(path.clone(), false, || ()));
    assert_eq!(folder_names(dir.path()), before, "no lock file is left");
    assert!(
        open(&path, false, None).is_ok(),
        "the session can be opened again"
    );
}
