//! A save of the large session on a disk whose fsync takes 500 ms never holds up the
//! thread that draws and handles keys: the hand-off returns at once, and frames and
//! key presses go on while the save is in flight. (The frame times themselves are in
//! `cargo bench --bench speed -- saving`.)

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use yeji::msg::{Effect, Msg};
use yeji::session::file::{load, to_ron};
use yeji::storage::saver::{Job, Outcome, Saver};
use yeji::update::update;

use crate::generate::ten_times_session;
use crate::scenes::{HEIGHT, WIDTH, at_step, ch, key, press};
use crate::slow_disk::{FSYNC, SlowDisk};
use crate::support::{doc, later};

#[test]
fn frames_and_keys_go_on_while_a_save_waits_500_ms_for_its_fsync() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ten-times.ron");
    let session = ten_times_session();
    let bytes = to_ron(&session).into_bytes();
    std::fs::write(&path, &bytes).unwrap();
    let disk = SlowDisk::default();
    let mut saver = Saver::start_with(disk.clone(), &path, Some(bytes));
    let mut model = at_step(&session, "strategy");
    press(&mut model, ch('s'));
    let saved_doc = doc(&model).clone();

    let handing_over = Instant::now();
    let Effect::Save(request) = update(&mut model, Msg::Tick, later(5)) else {
        panic!("a change five seconds old is saved");
    };
    let job = Job {
        request,
        path: path.clone(),
        new_file: false,
    };
    saver.submit(job);
    let hand_off = handing_over.elapsed();
    // Anything that waited for the fsync would take longer than the fsync itself.
    assert!(hand_off < FSYNC, "handing the save over took {hand_off:?}");

    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
    let mut frames_in_fsync = 0;
    let deadline = Instant::now() + FSYNC * 20;
    let outcome = loop {
        assert!(Instant::now() < deadline, "the save never finished");
        let in_fsync = disk.writes_started() == 1;
        terminal
            .draw(|frame| yeji::view::render(&model, frame))
            .unwrap();
        press(&mut model, key(KeyCode::Down));
        if let Some(outcome) = saver.outcomes().pop() {
            break outcome;
        }
        // The write had begun before this frame and had not ended after it: a frame
        // that waited for the save could not be counted.
        if in_fsync {
            frames_in_fsync += 1;
        }
    };
    assert!(matches!(outcome, Outcome::Saved { .. }), "{outcome:?}");
    assert!(
        frames_in_fsync >= 2,
        "only {frames_in_fsync} frames while the fsync ran"
    );
    assert!(
        load(&path).unwrap().session == saved_doc,
        "the file holds another session"
    );
}
