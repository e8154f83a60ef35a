//! The speed targets on the large session (`tests/fixtures/large/ten-times.ron`,
//! made by `tests/large/generate.rs`): one frame of every screen at 200×60, one key
//! press on every step (looked up in the key table and `update`d), loading with
//! validation, serializing, and frames drawn while a save with a 500 ms fsync is in
//! flight. Start-up and peak memory are measured through a pseudo-terminal by
//! `tests/large/startup.rs` and `tests/large/memory.rs`; `BENCHMARKS.md` has the
//! figures.
//!
//! Run with `cargo bench --bench speed` (a name filter may follow: `-- frame`).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use yeji::model::{Model, Screen};
use yeji::msg::{Effect, Msg};
use yeji::session::Session;
use yeji::session::file::{load, parse, to_ron};
use yeji::storage::saver::{Job, Saver};
use yeji::update::update;

#[path = "../tests/large/generate.rs"]
mod generate;
#[path = "../tests/large/scenes.rs"]
mod scenes;
#[path = "../tests/large/slow_disk.rs"]
mod slow_disk;
#[path = "../tests/support/mod.rs"]
mod support;

use scenes::{HEIGHT, WIDTH, press};

fn fixture() -> Session {
    load(&generate::fixture_path())
        .expect("the large fixture loads")
        .session
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap()
}

fn draw(terminal: &mut Terminal<TestBackend>, model: &Model) {
    terminal
        .draw(|frame| yeji::view::render(model, frame))
        .unwrap();
}

fn frames(c: &mut Criterion) {
    let doc = fixture();
    let mut group = c.benchmark_group("frame 200x60");
    for (name, model) in scenes::screens(&doc) {
        let mut terminal = terminal();
        group.bench_function(name, |b| b.iter(|| draw(&mut terminal, black_box(&model))));
    }
    group.finish();
}

/// Times only `press.key`; the restoring keys run untimed after each. Every case is
/// first pressed as often as the undo history holds, so that a change recorded for
/// undo also forgets the oldest record, as it does after a long day.
fn key_presses(c: &mut Criterion) {
    let doc = fixture();
    let mut group = c.benchmark_group("key press");
    for mut case in scenes::presses(&doc) {
        for _ in 0..yeji::model::history::UNDO_LIMIT {
            case.once();
        }
        group.bench_function(case.name, |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    let start = Instant::now();
                    black_box(press(&mut case.model, case.key));
                    total += start.elapsed();
                    for key in &case.restore {
                        press(&mut case.model, *key);
                    }
                }
                total
            })
        });
    }
    group.finish();
}

fn file(c: &mut Criterion) {
    let path = generate::fixture_path();
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = fixture();
    eprintln!(
        "{}: {:.0} KiB, {} lines",
        generate::FIXTURE,
        text.len() as f64 / 1024.0,
        text.lines().count()
    );
    let mut group = c.benchmark_group("file");
    group.bench_function("load + validate (read from disk)", |b| {
        b.iter(|| load(black_box(&path)).unwrap())
    });
    group.bench_function("parse + validate (text in memory)", |b| {
        b.iter(|| parse(Path::new("ten-times.ron"), black_box(&text)).unwrap())
    });
    group.bench_function("serialize", |b| b.iter(|| to_ron(black_box(&doc))));
    group.finish();
}

/// Frames while the saver thread sits in a 500 ms fsync, beside frames with no save
/// at all; and what handing a save over costs the UI thread.
fn saving(c: &mut Criterion) {
    let doc = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ten-times.ron");
    let bytes = to_ron(&doc).into_bytes();
    std::fs::write(&path, &bytes).unwrap();
    let disk = slow_disk::SlowDisk::default();
    let mut saver = Saver::start_with(disk.clone(), &path, Some(bytes));
    let model = scenes::at_step(&doc, "strategy");
    let mut group = c.benchmark_group("saving");
    let mut terminal = terminal();
    group.bench_function("strategy frame, no save", |b| {
        b.iter(|| draw(&mut terminal, black_box(&model)))
    });
    let mut pending = 0;
    let mut timed = 0;
    group.bench_function("strategy frame, 500 ms fsync in flight", |b| {
        b.iter_custom(|iterations| {
            timed += iterations;
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                pending -= saver.outcomes().len();
                if pending == 0 {
                    saver.submit(job(&model, &path));
                    pending += 1;
                }
                let start = Instant::now();
                draw(&mut terminal, black_box(&model));
                total += start.elapsed();
            }
            total
        })
    });
    drop(saver);
    // A filter that leaves the benchmark out times nothing, and saves nothing.
    assert!(
        timed == 0 || disk.writes_started() > 0,
        "no save was written"
    );
    let known = std::fs::read(&path).ok();
    let mut saver = Saver::start_with(slow_disk::SlowDisk::default(), &path, known);
    let mut changed = scenes::at_step(&doc, "wrap-up");
    group.bench_function("autosave hand-off (Tick, snapshot, submit)", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                press(&mut changed, scenes::ch('x'));
                let later = support::later(5);
                let start = Instant::now();
                if let Effect::Save(request) = update(&mut changed, Msg::Tick, later) {
                    saver.submit(Job {
                        request,
                        path: path.clone(),
                        new_file: false,
                    });
                } else {
                    panic!("a change five seconds old is saved");
                }
                total += start.elapsed();
            }
            total
        })
    });
    group.finish();
}

fn job(model: &Model, path: &Path) -> Job {
    let Screen::Session(screen) = &model.screen else {
        panic!("a session is open");
    };
    Job {
        request: yeji::msg::SaveRequest {
            doc: Box::new(screen.doc.clone()),
            generation: 1,
            overwrite: true,
        },
        path: path.to_path_buf(),
        new_file: false,
    }
}

criterion_group!(benches, frames, key_presses, file, saving);
criterion_main!(benches);
