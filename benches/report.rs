//! `yeji report` over 1,000 typical sessions (the target: under 1 s on two
//! cores). The sessions are generated once into a temporary folder by the same code
//! the tests use (`tests/compare/generate.rs`).
//!
//! Run with `cargo bench --bench report`.

use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use yeji::compare::{load_all, portfolio, run_report, session_paths};
use yeji::i18n::Lang;

#[path = "../tests/compare/generate.rs"]
mod generate;

const SESSIONS: usize = 1_000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

fn report(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    generate::write_sessions(dir.path(), SESSIONS);
    let bytes: u64 = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().metadata().unwrap().len())
        .sum();
    eprintln!(
        "{SESSIONS} sessions, {:.1} MiB, {:.1} KiB each",
        bytes as f64 / 1024.0 / 1024.0,
        bytes as f64 / 1024.0 / SESSIONS as f64
    );
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("run_report 1000 sessions, markdown", |b| {
        b.iter(|| run_report(dir.path(), false, Lang::Zh, today()).unwrap())
    });
    group.bench_function("run_report 1000 sessions, html", |b| {
        b.iter(|| run_report(dir.path(), true, Lang::Zh, today()).unwrap())
    });
    let files = load_all(&session_paths(dir.path()).unwrap());
    group.bench_function("portfolio of 1000 loaded sessions", |b| {
        b.iter(|| portfolio(&files, today()))
    });
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
