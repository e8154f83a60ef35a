//! Peak memory of `yeji open` with the large session after a day's use: every step
//! visited, more changes than the undo history keeps (so it is full), typing, the
//! overview and the help. Read from the kernel as `VmHWM` (peak resident set).
//!
//! Part of the normal run (a debug build stays under the limit too); the release
//! figure comes from `cargo test --release --test large memory -- --nocapture`.

use std::path::PathBuf;

use yeji::i18n::{Lang, fill};

use crate::startup::copy_of_fixture;
use crate::terminal::{Running, command};

const TAB: &str = "\t";
const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const RIGHT: &str = "\x1b[C";
const PAGE_UP: &str = "\x1b[5~";
const PAGE_DOWN: &str = "\x1b[6~";

/// The keys of a long day, step by step: each entry is pressed, then the next step's
/// number is awaited so that every key has been handled.
fn a_day_of_keys() -> [String; 7] {
    let repeat = |keys: &str, times: usize| keys.repeat(times);
    [
        // Setup: the side of twenty participants.
        format!(
            "{TAB}{RIGHT}{RIGHT}{}",
            repeat(&format!("{ENTER}{DOWN}"), 20)
        ),
        // Diagnose: every person's pick.
        format!("{TAB}{}", repeat("1234", 7)),
        // Strategy: forty sides changed, five statements retyped.
        format!(
            "{}{}",
            repeat(&format!("s{DOWN}"), 40),
            repeat(&format!("{ENTER}改{ENTER}{DOWN}"), 5)
        ),
        // Five unified: owners, then twenty dots.
        format!(
            "{}{TAB}{TAB}{TAB}{}",
            repeat(&format!("r{DOWN}"), 4),
            repeat(&format!("+{DOWN}"), 20)
        ),
        // Four synergies: the ratings grid, then people's ratings.
        format!(
            "{}{TAB}{}",
            repeat(&format!("{}{DOWN}", repeat(&format!("3{RIGHT}"), 4)), 4),
            repeat(&format!("4{DOWN}"), 20)
        ),
        // Role mapping: fifty cells of the matrix.
        repeat(&format!("{}{DOWN}", repeat(&format!(" {RIGHT}"), 10)), 5),
        // Wrap-up: fifty actions' status.
        format!("{TAB}{TAB}{}", repeat(&format!("s{DOWN}"), 50)),
    ]
}

/// `VmHWM` of a running process, in kilobytes.
fn peak_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))
        .expect("VmHWM in /proc/PID/status");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[test]
fn peak_memory_with_the_large_session_after_every_step_is_at_most_50_mb() {
    let dir = copy_of_fixture();
    let yeji = PathBuf::from(env!("CARGO_BIN_EXE_yeji"));
    let mut running = Running::spawn(command(&yeji, &["open", "ten-times.ron"], dir.path()));
    let ui = Lang::Zh.ui();
    let step = |number: usize| fill(ui.step_of, &[&number.to_string(), "7"]);
    running.wait_for(&step(7));
    running.send(&PAGE_UP.repeat(6));
    running.wait_for(&step(1));
    let after_opening = peak_kib(running.pid());
    for (index, keys) in a_day_of_keys().iter().enumerate() {
        running.send(keys);
        if index < 6 {
            running.send(PAGE_DOWN);
            running.wait_for(&step(index + 2));
        }
    }
    running.send("O");
    running.send("O?");
    running.wait_for(Lang::Zh.keys().help_title);
    let peak = peak_kib(running.pid());
    running.quit();
    let mb = |kib: u64| kib as f64 * 1024.0 / 1e6;
    println!(
        "peak resident memory: {:.1} MB after opening, {:.1} MB after every step",
        mb(after_opening),
        mb(peak)
    );
    assert!(mb(peak) <= 50.0, "peak {:.1} MB", mb(peak));
}
