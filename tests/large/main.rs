//! The large session of the speed targets (`generate`, committed as
//! `tests/fixtures/large/ten-times.ron`): the fixture is exactly what the generator
//! makes, it loads, every screen draws and every timed key does what it is named
//! for, and saving never holds up the thread that draws. The figures are measured
//! by `cargo bench --bench speed`, start-up by the ignored test in `startup` (which
//! also checks the size of the first frame), and peak memory by `memory`, which
//! also checks the limit (see `BENCHMARKS.md`).

mod fixture;
mod generate;
mod memory;
mod saving;
mod scenes;
mod screens;
mod slow_disk;
mod startup;
#[path = "../support/mod.rs"]
mod support;
mod terminal;
