//! Random use of every screen: from the start screen, each of the seven steps, the
//! review overview, the help overlay and every dialog, any sequence of keys (the
//! keymap's own and any others, Chinese text, control keys), pastes of up to 100 KB
//! and storms of window sizes (0×0 to 500×200) never panics or hangs, the screen is
//! drawn after every input, and every session the program would save is a valid
//! file that reads back the same.
//!
//! `cargo test` runs a few cases from every start; `YEJI_FUZZ_CASES=2000` more.

#[path = "../support/mod.rs"]
mod support;

mod inputs;
mod starts;

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeDelta};
use inputs::{Input, Outcome, any_input, paste_text};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use starts::Start;
use support::t0;
use yeji::i18n::Lang;
use yeji::keymap;
use yeji::model::{Model, Screen};
use yeji::msg::{Effect, Msg};
use yeji::session::Session;
use yeji::session::file::{parse, to_ron};
use yeji::storage::failure::SaveError;
use yeji::update::update;

/// Far beyond what a sequence takes; longer is reported as a hang.
const HANG: Duration = Duration::from_secs(60);

fn cases() -> u32 {
    std::env::var("YEJI_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(6)
}

/// One run from one start: the model, the terminal it is drawn on, the clock, and
/// the save the saver has not answered yet.
struct Run {
    model: Model,
    terminal: Terminal<TestBackend>,
    now: DateTime<FixedOffset>,
    pending: Option<u64>,
}

impl Run {
    fn new(start: Start, lang: Lang) -> Run {
        Run {
            model: starts::model(start, lang),
            terminal: Terminal::new(TestBackend::new(80, 24)).unwrap(),
            now: t0(),
            pending: None,
        }
    }

    fn draw(&mut self) {
        let model = &self.model;
        self.terminal
            .draw(|frame| yeji::view::render(model, frame))
            .unwrap();
    }

    fn send(&mut self, msg: Msg) -> Result<(), String> {
        let effect = update(&mut self.model, msg, self.now);
        match effect {
            Effect::Save(request) | Effect::SaveAsCopy(request) => {
                self.pending = Some(request.generation);
                assert_saves_and_reads_back(&request.doc)
            }
            Effect::QuitWithoutSaving(doc) => assert_saves_and_reads_back(&doc),
            _ => Ok(()),
        }
    }

    fn apply(&mut self, input: &Input) -> Result<(), String> {
        self.now += TimeDelta::seconds(1);
        match input {
            Input::Key(key) => {
                if let Some(msg) = keymap::resolve(&self.model, *key) {
                    self.send(msg)?
                }
            }
            Input::Commit(text) => self.send(Msg::Type(text.clone()))?,
            Input::Paste { len, seed } => self.send(Msg::Paste(paste_text(*len, *seed)))?,
            Input::Storm(sizes) => {
                for (width, height) in sizes {
                    self.terminal.backend_mut().resize(*width, *height);
                    self.draw();
                }
            }
            Input::Wait(seconds) => {
                self.now += TimeDelta::seconds(*seconds);
                self.send(Msg::Tick)?;
            }
            Input::Answer(outcome) => {
                if let Some(generation) = self.pending.take() {
                    self.send(match outcome {
                        Outcome::Saved => Msg::Saved { generation },
                        Outcome::Failed => Msg::SaveFailed {
                            why: SaveError::other("the disk is full"),
                        },
                        Outcome::Conflict => Msg::SaveConflict,
                    })?;
                }
            }
        }
        self.draw();
        Ok(())
    }

    fn doc(&self) -> Option<&Session> {
        match &self.model.screen {
            Screen::Session(screen) => Some(&screen.doc),
            Screen::Start(_) => None,
        }
    }
}

/// The text the program would write for `doc` reads back as the same session.
fn assert_saves_and_reads_back(doc: &Session) -> Result<(), String> {
    let text = to_ron(doc);
    match parse(Path::new("random.ron"), &text) {
        Ok(loaded) if loaded.session == *doc => Ok(()),
        Ok(_) => Err("the saved session reads back different".into()),
        Err(error) => Err(format!(
            "the saved session does not load: {}",
            error.line(Lang::En)
        )),
    }
}

/// Runs `inputs` from every start on its own thread, so that a hang fails the case.
fn run_everywhere(inputs: Vec<Input>, lang: Lang) -> Result<(), TestCaseError> {
    let (sender, receiver) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        for start in starts::all() {
            let mut run = Run::new(start, lang);
            run.draw();
            for (index, input) in inputs.iter().enumerate() {
                if let Err(why) = run.apply(input) {
                    let _ = sender.send(Err(format!("{start:?}, input {index}: {why}")));
                    return;
                }
            }
            if let Some(doc) = run.doc()
                && let Err(why) = assert_saves_and_reads_back(doc)
            {
                let _ = sender.send(Err(format!("{start:?}, at the end: {why}")));
                return;
            }
        }
        let _ = sender.send(Ok(()));
    });
    match receiver.recv_timeout(HANG) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(why)) => Err(TestCaseError::fail(why)),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(TestCaseError::fail("hung")),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let panic = worker.join().err();
            let what = panic
                .as_ref()
                .and_then(|p| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(TestCaseError::fail(format!("panicked: {what}")))
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_input_on_every_screen_never_panics_and_saves_valid_files(
        inputs in prop::collection::vec(any_input(), 1..32),
        zh in any::<bool>(),
    ) {
        run_everywhere(inputs, if zh { Lang::Zh } else { Lang::En })?;
    }
}
