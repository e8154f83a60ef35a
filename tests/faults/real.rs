//! Faults made with real files rather than injected errors: a folder put where the
//! file is, the session's folder removed, the file changed by someone else, a
//! second program opening the same session, a lock left by a program that died,
//! and the temporary files a crash in the middle of a save leaves behind.

use std::fs;

use crate::{Room, failed_prefix};
use yeji::app::open;
use yeji::i18n::Lang;
use yeji::load_error::Problem;
use yeji::model::{Dialog, SaveStatus};
use yeji::session::naming::{beside, list_dir};
use yeji::storage::atomic::RealFiles;
use yeji::storage::saver::{Outcome, Saver};

use crate::support::*;

fn real_saver(room: &Room) -> Saver {
    Saver::start_with(RealFiles, &room.path, Some(room.shown.clone()))
}

#[test]
fn a_folder_where_the_file_was_fails_the_save_and_saving_resumes_once_it_is_gone() {
    for lang in [Lang::Zh, Lang::En] {
        let mut room = Room::new(lang);
        let mut saver = real_saver(&room);
        let memory = room.in_memory();
        fs::remove_file(&room.path).unwrap();
        fs::create_dir(&room.path).unwrap();
        fs::write(room.path.join("inside.txt"), "someone's folder").unwrap();

        let outcome = room.autosave(&mut saver, later(1));
        assert!(matches!(outcome, Outcome::Failed { .. }), "{outcome:?}");
        let why = match lang {
            Lang::Zh => "文件的位置被一个文件夹占了",
            Lang::En => "a folder stands where the file should be",
        };
        room.assert_shows_failure(why, "folder in the way");
        assert!(room.path.join("inside.txt").exists(), "the folder is kept");
        assert_eq!(room.in_memory(), memory);

        fs::remove_dir_all(&room.path).unwrap();
        let resumed = room.autosave(&mut saver, later(5));
        assert!(matches!(resumed, Outcome::Saved { .. }), "{resumed:?}");
        assert_eq!(room.on_disk(), memory);
    }
}

#[test]
fn a_removed_folder_fails_the_save_and_saving_resumes_when_it_is_back() {
    let mut room = Room::new(Lang::En);
    let mut saver = real_saver(&room);
    let memory = room.in_memory();
    fs::remove_dir_all(room.dir.path()).unwrap();

    let outcome = room.autosave(&mut saver, later(1));
    assert!(matches!(outcome, Outcome::Failed { .. }), "{outcome:?}");
    room.assert_shows_failure("the session's folder is gone", "folder removed");
    assert_eq!(room.in_memory(), memory, "the session in memory is kept");

    fs::create_dir(room.dir.path()).unwrap();
    let resumed = room.autosave(&mut saver, later(5));
    assert!(matches!(resumed, Outcome::Saved { .. }), "{resumed:?}");
    assert_eq!(room.on_disk(), memory);
}

#[test]
fn a_file_changed_by_someone_else_is_never_overwritten_without_asking() {
    let mut room = Room::new(Lang::Zh);
    let mut saver = real_saver(&room);
    let theirs = to_theirs(&room.shown);
    fs::write(&room.path, &theirs).unwrap();

    let outcome = room.autosave(&mut saver, later(1));
    assert_eq!(outcome, Outcome::Conflict);
    assert_eq!(room.on_disk(), theirs, "their version is untouched");
    assert_eq!(screen(&room.model).dialog, Some(Dialog::ChangedOnDisk));
    assert_eq!(screen(&room.model).save.status(), SaveStatus::ChangedOnDisk);
    let text = screen_text(&room.model, 120, 40);
    assert!(!text.contains(failed_prefix(Lang::Zh)), "{text}");
}

/// A copy of `ours` that someone else edited by hand.
fn to_theirs(ours: &[u8]) -> Vec<u8> {
    let text = String::from_utf8(ours.to_vec()).unwrap();
    text.replacen("title: \"t\"", "title: \"theirs\"", 1)
        .into_bytes()
}

#[test]
fn a_second_program_cannot_open_a_session_that_is_open_and_can_once_it_closes() {
    let room = Room::new(Lang::En);
    let first = open(&room.path, false, None).expect("the first program opens it");
    let refused = open(&room.path, false, None)
        .err()
        .expect("the second is refused");
    let own = std::process::id().to_string();
    assert_eq!(refused.problem, Problem::Locked { pid: own.clone() });
    let line = refused.line(Lang::En);
    assert!(line.contains(&own), "{line}");
    assert_eq!(room.on_disk(), room.shown, "refusing touches nothing");

    let read_only = open(&room.path, true, None).expect("reading it is still allowed");
    assert!(read_only.lock.is_none());
    drop(first);
    assert!(open(&room.path, false, None).is_ok(), "free again");
}

#[test]
fn a_lock_left_by_a_program_that_died_does_not_keep_the_session_closed() {
    let room = Room::new(Lang::En);
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    fs::write(beside(&room.path, "lock"), dead.to_string()).unwrap();

    let ready = open(&room.path, false, None).expect("a dead program's lock is taken over");
    let lock = fs::read_to_string(beside(&room.path, "lock")).unwrap();
    assert_eq!(
        lock,
        std::process::id().to_string(),
        "the lock names us now"
    );
    drop(ready);
    assert!(!beside(&room.path, "lock").exists(), "closing removes it");
}

#[test]
fn temporary_files_left_by_a_crash_are_removed_on_open_and_never_listed() {
    let room = Room::new(Lang::En);
    let folder = room.dir.path();
    let strays = [".s.ron.4242.tmp", ".s.ron.recovery.4243.tmp"];
    for name in strays {
        fs::write(folder.join(name), "half a sess").unwrap();
    }
    fs::write(folder.join(".other.ron.4244.tmp"), "not ours").unwrap();
    let listed = list_dir(folder).unwrap();
    assert_eq!(
        listed.len(),
        1,
        "a listing shows the session only: {listed:?}"
    );

    let ready = open(&room.path, false, None).expect("opens");
    for name in strays {
        assert!(!folder.join(name).exists(), "{name} removed");
    }
    assert!(
        folder.join(".other.ron.4244.tmp").exists(),
        "another session's files are not ours to remove"
    );
    assert_eq!(
        room.on_disk(),
        room.shown,
        "the session itself is untouched"
    );
    drop(ready);
}
