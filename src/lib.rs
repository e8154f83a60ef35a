//! yeji (业技): a terminal program that runs a guided business–technology co-design
//! workshop and keeps each session as a readable RON file.
//!
//! The data flows one way (see `ARCHITECTURE.md`): `keymap` turns keys into
//! [`msg::Msg`], [`update::update`] changes the [`model::Model`] and returns an
//! [`msg::Effect`], the `app` loop performs it, and [`view::render`] draws the model.

pub mod app;
pub mod cli;
pub mod compare;
pub mod dates;
pub mod describe;
pub mod export;
pub mod heap;
pub mod i18n;
pub mod keymap;
pub mod load_error;
pub mod model;
pub mod msg;
pub mod os_error;
pub mod ron_read;
pub mod session;
pub mod settings;
pub mod storage;
pub mod template;
pub mod update;
pub mod view;
