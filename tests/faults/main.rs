//! Faults in the save path, injected through `FileOps`: for every fault and every
//! operation of a save, failing once or for good, the last good file and its
//! backup stay intact, the session in memory is kept, the footer says why in the
//! user's language, and saving resumes when the fault clears. `real` covers the
//! faults made with real files (a folder in the way, a removed folder, a file
//! changed by someone else, a second instance, what a crash leaves behind).
//! `start_folder` covers a sessions folder the start screen cannot list.

mod inject;
mod real;
mod start_folder;
#[path = "../support/mod.rs"]
mod support;
mod system_words;

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};
use inject::{Fault, Faults, Mode, Step};
use support::*;
use yeji::i18n::Lang;
use yeji::model::{Model, SaveStatus};
use yeji::msg::{Action, Effect, SaveRequest};
use yeji::session::file::{load, to_ron};
use yeji::session::naming::{beside, list_dir};
use yeji::storage::atomic::{RealFiles, save};
use yeji::storage::saver::{Job, Outcome, Saver};
use yeji::update::update;

const WAIT: Duration = Duration::from_secs(10);

/// What the footer must say for each fault: its own words in each language.
fn words(fault: Fault, lang: Lang) -> &'static str {
    match (fault, lang) {
        (Fault::DiskFullMidWrite, Lang::Zh) => "磁盘已满",
        (Fault::DiskFullMidWrite, Lang::En) => "the disk is full",
        (Fault::PermissionDenied, Lang::Zh) => "没有权限",
        (Fault::PermissionDenied, Lang::En) => "permission denied",
        (Fault::FolderRemoved, Lang::Zh) => "会话所在的文件夹不见了",
        (Fault::FolderRemoved, Lang::En) => "the session's folder is gone",
        (Fault::FsyncFails, Lang::Zh) => "磁盘读写出错",
        (Fault::FsyncFails, Lang::En) => "the disk reported an error",
        (Fault::FolderInTheWay, Lang::Zh) => "文件的位置被一个文件夹占了",
        (Fault::FolderInTheWay, Lang::En) => "a folder stands where",
    }
}

pub fn failed_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "保存失败：",
        Lang::En => "save failed: ",
    }
}

/// A session folder holding `s.ron` = `shown` and `s.ron.bak` = an older version,
/// and the model showing `shown` with one change not yet saved.
pub struct Room {
    pub dir: tempfile::TempDir,
    pub path: std::path::PathBuf,
    pub model: Model,
    pub older: Vec<u8>,
    pub shown: Vec<u8>,
    pub lang: Lang,
}

impl Room {
    pub fn new(lang: Lang) -> Room {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        let older = to_ron(&new_session("older", lang)).into_bytes();
        let doc = new_session("t", lang);
        let shown = to_ron(&doc).into_bytes();
        save(&mut RealFiles, &path, &older, true).unwrap();
        save(&mut RealFiles, &path, &shown, true).unwrap();
        let mut model = session_model(doc);
        act(&mut model, &[Action::ToggleStepDone]);
        Room {
            dir,
            path,
            model,
            older,
            shown,
            lang,
        }
    }

    /// The save `update` asks for at `at`, performed by `saver` and reported back.
    pub fn autosave(&mut self, saver: &mut Saver, at: DateTime<FixedOffset>) -> Outcome {
        let request = match update(&mut self.model, yeji::msg::Msg::Tick, at) {
            Effect::Save(request) => request,
            other => panic!("expected a save at {at}, got {other:?}"),
        };
        let outcome = saver
            .flush(job(&self.path, request, false), WAIT)
            .expect("the saver answers");
        update(&mut self.model, outcome.clone().into_msg(), at);
        outcome
    }

    /// The session in memory, as it would be saved.
    pub fn in_memory(&self) -> Vec<u8> {
        to_ron(doc(&self.model)).into_bytes()
    }

    pub fn on_disk(&self) -> Vec<u8> {
        std::fs::read(&self.path).unwrap()
    }

    pub fn backup(&self) -> Vec<u8> {
        std::fs::read(beside(&self.path, "bak")).unwrap()
    }

    /// The names in the folder, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// The footer says the save failed, and why, in the room's language.
    pub fn assert_shows_failure(&self, why: &str, label: &str) {
        let status = screen(&self.model).save.status();
        assert!(
            matches!(status, SaveStatus::Failed(error) if error.describe(self.lang).contains(why)),
            "{label}: status {status:?}"
        );
        let text = screen_text(&self.model, 120, 40);
        let shown = format!("{}{why}", failed_prefix(self.lang));
        assert!(text.contains(&shown), "{label}: {shown:?} not on\n{text}");
    }

    /// Saved, and the file is the session in memory; the backup is the version
    /// before it; nothing else is in the folder.
    pub fn assert_saved(&self, label: &str) {
        let status = screen(&self.model).save.status();
        assert!(
            matches!(status, SaveStatus::Saved(_)),
            "{label}: status {status:?}"
        );
        assert_eq!(self.on_disk(), self.in_memory(), "{label}: the file");
        assert_eq!(self.backup(), self.shown, "{label}: the backup");
        assert_eq!(self.names(), ["s.ron", "s.ron.bak"], "{label}");
    }
}

pub fn job(path: &Path, request: SaveRequest, new_file: bool) -> Job {
    Job {
        request,
        path: path.to_path_buf(),
        new_file,
    }
}

/// Whether a failed operation means the save cannot be reported as done. A read
/// that finds nothing is not one (the file is written again), nor is removing
/// the temporary file after a failure.
fn must_fail(fault: Fault, steps: &[Step]) -> bool {
    steps.iter().any(|step| match step.op {
        _ if !step.failed => false,
        "remove" => false,
        "read" => fault != Fault::FolderRemoved,
        _ => true,
    })
}

fn ops_per_save() -> usize {
    let room = Room::new(Lang::En);
    let (faults, ops) = Faults::new();
    let mut saver = Saver::start_with(ops, &room.path, Some(room.shown.clone()));
    let mut room = room;
    faults.arm(Fault::FsyncFails, Mode::Once, 0);
    assert!(matches!(
        room.autosave(&mut saver, later(1)),
        Outcome::Saved { .. }
    ));
    let steps = faults.take_steps();
    assert!(steps.len() >= 5, "{steps:?}");
    steps.len()
}

/// One fault at one operation: the first save meets it; the file on disk is the
/// last good one or the complete new one, never anything else; then saving
/// resumes.
fn prove_case(fault: Fault, mode: Mode, fail_at: usize, lang: Lang) {
    let label = format!("{fault:?} {mode:?} at operation {fail_at} ({lang:?})");
    let mut room = Room::new(lang);
    let (faults, ops) = Faults::new();
    let mut saver = Saver::start_with(ops, &room.path, Some(room.shown.clone()));
    let memory = room.in_memory();
    faults.arm(fault, mode, fail_at);

    let outcome = room.autosave(&mut saver, later(1));
    let steps = faults.take_steps();
    assert_eq!(room.in_memory(), memory, "{label}: the session in memory");
    match outcome {
        Outcome::Saved { .. } => {
            assert!(!must_fail(fault, &steps), "{label}: {steps:?}");
            room.assert_saved(&label);
            return;
        }
        Outcome::Failed { .. } => assert!(must_fail(fault, &steps), "{label}: {steps:?}"),
        Outcome::Conflict => panic!("{label}: a conflict"),
    }
    room.assert_shows_failure(words(fault, lang), &label);
    assert_intact(&room, &steps, &label);

    let mut at = 4;
    if mode == Mode::ForGood {
        // Still failing: the retry changes nothing, then the fault clears.
        let again = room.autosave(&mut saver, later(at));
        assert!(
            matches!(again, Outcome::Failed { .. }),
            "{label}: {again:?}"
        );
        // A temporary file the first attempt could not remove may still be there.
        let both = [steps, faults.take_steps()].concat();
        assert_intact(&room, &both, &label);
        assert_eq!(room.in_memory(), memory, "{label}: the session in memory");
        faults.clear();
        at += 3;
    }
    let resumed = room.autosave(&mut saver, later(at));
    assert!(
        matches!(resumed, Outcome::Saved { .. }),
        "{label}: {resumed:?}"
    );
    room.assert_saved(&label);
    assert_eq!(room.in_memory(), memory, "{label}: the session in memory");
}

/// After a failed save: the file and its backup are whole versions that load;
/// the file is the new one only if the rename happened; the only thing left over
/// is a hidden temporary file, when removing it failed too, and a folder listing
/// does not show it.
fn assert_intact(room: &Room, steps: &[Step], label: &str) {
    let file = room.on_disk();
    let renamed = steps.iter().any(|s| s.op == "rename" && !s.failed);
    if renamed {
        assert!(file == room.shown || file == room.in_memory(), "{label}");
    } else {
        assert_eq!(file, room.shown, "{label}: the last good file");
    }
    let backup = room.backup();
    assert!(
        backup == room.older || backup == room.shown,
        "{label}: the backup"
    );
    for path in [room.path.clone(), beside(&room.path, "bak")] {
        assert!(load(&path).is_ok(), "{label}: {} loads", path.display());
    }
    let removal_failed = steps.iter().any(|s| s.op == "remove" && s.failed);
    for name in room.names() {
        let stray = name.starts_with(".s.ron.") && name.ends_with(".tmp");
        assert!(
            name == "s.ron" || name == "s.ron.bak" || (stray && removal_failed),
            "{label}: {name} left in the folder ({steps:?})"
        );
    }
    let listed: Vec<_> = list_dir(room.dir.path()).unwrap();
    assert_eq!(listed.len(), 1, "{label}: only the session is listed");
}

fn prove(fault: Fault) {
    let ops = ops_per_save();
    for mode in [Mode::Once, Mode::ForGood] {
        for fail_at in 1..=ops {
            let lang = if fail_at % 2 == 0 { Lang::Zh } else { Lang::En };
            prove_case(fault, mode, fail_at, lang);
        }
    }
}

#[test]
fn disk_full_mid_write() {
    prove(Fault::DiskFullMidWrite);
}

#[test]
fn permission_denied() {
    prove(Fault::PermissionDenied);
}

#[test]
fn folder_removed() {
    prove(Fault::FolderRemoved);
}

#[test]
fn fsync_failing() {
    prove(Fault::FsyncFails);
}

#[test]
fn target_replaced_by_a_folder() {
    prove(Fault::FolderInTheWay);
}

#[test]
fn every_fault_is_named_in_both_languages() {
    for fault in Fault::ALL {
        for lang in [Lang::Zh, Lang::En] {
            prove_case(fault, Mode::ForGood, 2, lang);
        }
    }
}
