//! Start-up to the first full frame of `yeji open` with the large session, against a
//! bare ratatui program that draws one paragraph (`examples/bare_paragraph.rs`),
//! both started through a pseudo-terminal of 200×60 in the same run, alternately.
//! The bare program is also started with the session to load first: the floor for
//! any program that reads it before drawing.
//!
//! A measurement, not a check of behaviour, so ignored in the normal run. With a
//! release build: `cargo test --release -- --ignored --nocapture` (which builds the
//! example too; `--test large` alone would not).

use std::path::{Path, PathBuf};
use std::time::Duration;

use yeji::i18n::Lang;

use crate::generate::fixture_path;
use crate::terminal::{Running, command};

const ROUNDS: usize = 30;

/// The example's binary, built beside `yeji` in the same profile's folder.
pub fn example(name: &str) -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_yeji"));
    let path = bin.parent().unwrap().join("examples").join(name);
    assert!(
        path.exists(),
        "{} is missing: build it with `cargo build --release --example {name}` \
         (or run the whole suite, which builds examples)",
        path.display()
    );
    path
}

/// A folder holding a copy of the large session: opening takes a lock beside the
/// file and may save, which must not touch the committed fixture.
pub fn copy_of_fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture_path(), dir.path().join("ten-times.ron")).unwrap();
    dir
}

pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

pub fn ms(time: Duration) -> String {
    format!("{:.1} ms", time.as_secs_f64() * 1000.0)
}

fn time_to_screen(program: &Path, args: &[&str], dir: &Path, text: &str) -> Duration {
    let mut running = Running::spawn(command(program, args, dir));
    let elapsed = running.wait_for(text);
    running.quit();
    elapsed
}

/// Fewer bytes reach a remote or slow terminal sooner: a full frame of the large
/// session's closing step, mostly Chinese, once took 26 KB, two thirds of it
/// cursor moves after wide characters, and then 17 KB with a full cursor address
/// for every gap and colours spelt out in 256-colour form.
#[test]
fn the_first_frame_of_the_large_session_is_written_in_under_14_kb() {
    let dir = copy_of_fixture();
    let yeji = PathBuf::from(env!("CARGO_BIN_EXE_yeji"));
    let mut running = Running::spawn(command(&yeji, &["open", "ten-times.ron"], dir.path()));
    running.wait_for(Lang::Zh.ui().status_unchanged);
    let bytes = running.received();
    running.quit();
    assert!(bytes < 14_000, "the first frame took {bytes} bytes");
}

#[test]
#[ignore = "a measurement: cargo test --release -- --ignored --nocapture"]
fn start_up_with_the_large_session_is_within_one_and_a_half_times_a_bare_program() {
    let bare = example("bare_paragraph");
    let yeji = PathBuf::from(env!("CARGO_BIN_EXE_yeji"));
    // The right end of the last row: once it shows, the whole first frame is drawn.
    let drawn = Lang::Zh.ui().status_unchanged;
    let (mut bare_times, mut loading_times, mut yeji_times) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..=ROUNDS {
        let dir = copy_of_fixture();
        let bare_time = time_to_screen(&bare, &[], dir.path(), "Press q to quit.");
        let file = ["ten-times.ron"];
        let loading_time = time_to_screen(&bare, &file, dir.path(), "Press q to quit.");
        let yeji_time = time_to_screen(&yeji, &["open", "ten-times.ron"], dir.path(), drawn);
        // The first round fills the disk cache and is not counted.
        if round > 0 {
            bare_times.push(bare_time);
            loading_times.push(loading_time);
            yeji_times.push(yeji_time);
        }
    }
    let list = |times: &[Duration]| times.iter().map(|t| ms(*t)).collect::<Vec<_>>().join(", ");
    println!("bare ratatui:          {}", list(&bare_times));
    println!("bare, loading first:   {}", list(&loading_times));
    println!("yeji open:             {}", list(&yeji_times));
    let (bare, loading, yeji) = (
        median(bare_times),
        median(loading_times),
        median(yeji_times),
    );
    let times_bare = |time: Duration| time.as_secs_f64() / bare.as_secs_f64();
    let ratio = times_bare(yeji);
    println!(
        "start-up to the first full frame, median of {ROUNDS}: bare {}, loading first {} \
         ({:.2}×), yeji {} ({ratio:.2}×)",
        ms(bare),
        ms(loading),
        times_bare(loading),
        ms(yeji)
    );
    assert!(
        ratio <= 1.5,
        "yeji takes {ratio:.2}× as long as a bare program"
    );
}

/// A position-independent program spends a quarter of a millisecond of every start
/// in the dynamic loader fixing up pointers; `build.rs` links it at a fixed address.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_program_is_linked_at_a_fixed_address() {
    const EXECUTABLE: u16 = 2;
    let header = std::fs::read(env!("CARGO_BIN_EXE_yeji")).unwrap();
    assert_eq!(&header[..4], b"\x7fELF");
    let kind = u16::from_le_bytes([header[16], header[17]]);
    assert_eq!(
        kind, EXECUTABLE,
        "ELF type {kind}: a position-independent program"
    );
}

/// Opening the large session touches megabytes of fresh memory at once; taken as
/// 4 KiB pages that is a thousand faults into the kernel, which `yeji::heap` turns
/// into a few by putting the heaps of both threads that read the file in huge
/// pages wherever the kernel offers them.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn an_opened_session_lives_in_huge_pages_where_the_kernel_offers_them() {
    let setting = std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled");
    if !setting.is_ok_and(|setting| setting.contains("[madvise]") || setting.contains("[always]")) {
        eprintln!("skipped: this kernel offers no transparent huge pages");
        return;
    }
    let dir = copy_of_fixture();
    let yeji = PathBuf::from(env!("CARGO_BIN_EXE_yeji"));
    let mut running = Running::spawn(command(&yeji, &["open", "ten-times.ron"], dir.path()));
    running.wait_for(Lang::Zh.ui().status_unchanged);
    let memory = std::fs::read_to_string(format!("/proc/{}/smaps_rollup", running.pid())).unwrap();
    running.quit();
    let kib = |field: &str| -> u64 {
        let line = memory.lines().find(|line| line.starts_with(field));
        let value = line.and_then(|line| line[field.len()..].split_whitespace().next());
        value.and_then(|kib| kib.parse().ok()).unwrap_or(0)
    };
    let (anonymous, huge) = (kib("Anonymous:"), kib("AnonHugePages:"));
    assert!(huge >= 4096, "{huge} KiB in huge pages");
    // The file, the screen buffers or the strategy part alone take more than this.
    let small = anonymous - huge;
    assert!(
        small < 512,
        "{small} KiB of memory in small pages beside {huge} KiB in huge ones"
    );
}
