//! `yeji diff` and `yeji report` through their library API (`yeji::compare`).
//!
//! `diff` works on a crafted pair of sessions of one centre in which each kind of
//! change happens once; `report` on folders of generated sessions (from
//! `generate`, shared with `benches/report.rs`) with broken files among them.

mod diff;
mod examples;
mod fields;
mod generate;
mod items;
mod report;
