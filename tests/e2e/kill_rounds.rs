//! SIGKILL at random moments while the room types and the program saves, round
//! after round on the same session: after each kill the file parses and holds a
//! state the program was in (the notes typed so far, the last perhaps half typed),
//! and nothing typed more than 2 s before the kill is missing.

use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use crate::files::{notes_of, read_session, temp_dir, write_notes_session};
use crate::harness::{ENTER, Pty};
use yeji::i18n::Lang;

const ROUNDS: usize = 200;
/// Rounds run side by side, each worker on its own session.
const WORKERS: usize = 4;
/// The promise: at most this much typing is lost.
const AT_MOST_LOST: Duration = Duration::from_secs(2);
const DOWN: &str = "\x1b[B";
const KEY_GAP: Duration = Duration::from_millis(12);

/// A small deterministic generator, so that a failing round can be told by its seed.
struct Dice(u64);

impl Dice {
    fn below(&mut self, limit: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % limit
    }
}

/// One note as typed: its text and when its Enter was sent.
struct Typed {
    text: String,
    entered: Option<Instant>,
}

#[test]
fn two_hundred_kills_at_random_moments_lose_nothing_older_than_two_seconds() {
    let started = Instant::now();
    let workers: Vec<_> = (0..WORKERS)
        .map(|worker| thread::spawn(move || kill_rounds(worker, ROUNDS / WORKERS)))
        .collect();
    let mut checked = 0;
    for worker in workers {
        checked += worker.join().expect("a worker's rounds pass");
    }
    assert_eq!(checked, ROUNDS);
    eprintln!(
        "{ROUNDS} SIGKILL rounds in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

fn kill_rounds(worker: usize, rounds: usize) -> usize {
    let dir = temp_dir();
    let path = write_notes_session(dir.path(), Lang::En, &[]);
    let file = dir.path().join(path);
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15 ^ (worker as u64 + 1));
    for round in 0..rounds {
        let label = format!("worker {worker}, round {round}");
        let before = notes_of(&read_session(&file), "notes");
        // Most kills land within the first save or two; every tenth round runs long
        // enough that a note is older than the promised two seconds.
        let kill_after = if round % 10 == 9 {
            Duration::from_millis(2_300 + dice.below(1_200))
        } else {
            Duration::from_millis(dice.below(1_400))
        };
        let (typed, killed_at) = type_until_killed(
            dir.path(),
            path,
            before.len(),
            &label,
            kill_after,
            &mut dice,
        );
        let after = notes_of(&read_session(&file), "notes");
        assert_acknowledged(&before, &typed, &after, killed_at, &label);
    }
    rounds
}

/// Opens the session, goes past its `existing` notes, types notes key by key, and
/// kills the program `kill_after` its first frame. Returns the notes typed and the
/// moment of the kill.
fn type_until_killed(
    dir: &Path,
    path: &str,
    existing: usize,
    label: &str,
    kill_after: Duration,
    dice: &mut Dice,
) -> (Vec<Typed>, Instant) {
    let mut pty = Pty::spawn(dir, &["open", path], &[], 80, 24);
    pty.wait_for("step 2 of 2");
    // A new note goes after the selected one: select the last.
    pty.send(&DOWN.repeat(existing));
    let deadline = Instant::now() + kill_after;
    let mut typed: Vec<Typed> = Vec::new();
    'typing: while Instant::now() < deadline {
        let text = format!("{label} 第{}条 note", typed.len() + 1);
        typed.push(Typed {
            text: text.clone(),
            entered: None,
        });
        pty.send("a");
        for key in text.chars() {
            if Instant::now() >= deadline {
                break 'typing;
            }
            pty.send(key.encode_utf8(&mut [0; 4]));
            thread::sleep(KEY_GAP);
        }
        pty.send(ENTER);
        typed.last_mut().expect("just pushed").entered = Some(Instant::now());
        thread::sleep(Duration::from_millis(dice.below(200)));
    }
    let killed_at = Instant::now();
    let status = pty.kill();
    assert!(!status.success(), "{label}: SIGKILL ends the program");
    (typed, killed_at)
}

/// `after` is `before`, then the first notes typed, the last of them perhaps cut
/// short; every note entered more than [`AT_MOST_LOST`] before the kill is there.
fn assert_acknowledged(
    before: &[String],
    typed: &[Typed],
    after: &[String],
    killed_at: Instant,
    label: &str,
) {
    let context = || format!("{label}: before {before:?}, after {after:?}");
    assert!(after.starts_with(before), "{}", context());
    let added = &after[before.len()..];
    assert!(added.len() <= typed.len(), "{}", context());
    for (index, (saved, note)) in added.iter().zip(typed).enumerate() {
        let last = index + 1 == added.len();
        let whole = *saved == note.text;
        let cut_short = last && note.text.starts_with(saved.as_str());
        assert!(whole || cut_short, "{}: note {index}", context());
    }
    let must_have = typed
        .iter()
        .take_while(|note| {
            note.entered
                .is_some_and(|at| killed_at.duration_since(at) > AT_MOST_LOST)
        })
        .count();
    let whole = added
        .iter()
        .zip(typed)
        .take_while(|(saved, note)| **saved == note.text)
        .count();
    assert!(
        whole >= must_have,
        "{}: {must_have} notes were entered more than 2 s before the kill",
        context()
    );
}
