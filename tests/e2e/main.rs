//! End-to-end tests: the real `yeji` binary in a pseudo-terminal, driven by keys,
//! pastes, resizes and signals, with the session files it leaves on disk checked
//! through `yeji::session::file::load`.

mod crash;
mod files;
mod hangup;
mod harness;
mod kill_rounds;
mod language;
mod opening;
mod sharing;
mod steps;
mod suspend;
mod walk;
