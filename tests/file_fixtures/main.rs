//! Session and template files on disk, read the way yeji reads them.
//!
//! Every valid fixture loads and saves back byte for byte; every invalid one fails
//! with its own `Problem` and its own `PATH:LINE:COL: message` in English, has a
//! Chinese message of its own, and is never changed by being read. The fixtures are
//! in `tests/fixtures/`, one file per kind of mistake, named after it; what git
//! cannot hold (a folder, a missing file, deep nesting, a huge file) is made in a
//! temporary folder by `generated`. `cli` runs `yeji validate` and `yeji list`;
//! `opening` opens every session as start-up does, on two threads.

mod bad_values;
mod cli;
mod fields;
mod generated;
mod hand_edits;
mod huge;
mod migration;
mod opening;
mod references;
mod sessions;
mod support;
mod templates;
mod wrong_types;
