//! The app loop: the one place that touches the terminal, the clock and the disk.
//! It turns events into messages, runs `update`, performs the effects it returns,
//! and draws the model after every batch of input.

mod files;
mod signals;
mod terminal;

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local};
use ratatui::crossterm::event::{self, Event};

use crate::i18n::{Lang, fill};
use crate::keymap;
use crate::model::{Display, Model, Screen, StartScreen};
use crate::msg::{Effect, Msg, SaveRequest};
use crate::session::naming::list_dir;
use crate::storage::lock::{SessionLock, claim_copy};
use crate::storage::recovery;
use crate::storage::saver::{Job, Outcome, Saver};
use crate::template::Template;
use crate::update::update;
use crate::view;
pub use files::{Ready, carry_over, create, open};

/// How often time passes for `update` when no key is pressed.
const TICK: Duration = Duration::from_millis(200);
/// How long quitting waits for the last save.
const FINAL_SAVE_WAIT: Duration = Duration::from_secs(10);

pub struct Options {
    /// The language asked for on the command line, if any.
    pub lang: Option<Lang>,
    pub dir: PathBuf,
    pub template: Template,
    pub display: Display,
}

/// What the program shows first.
pub enum Begin {
    StartScreen,
    Session(Box<Ready>),
}

pub fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

struct App {
    options: Options,
    saver: Option<Saver>,
    lock: Option<SessionLock>,
    path: Option<PathBuf>,
    quitting: bool,
    /// Printed after the terminal is restored.
    farewell: Option<String>,
    #[cfg(debug_assertions)]
    keys_until_panic: Option<u32>,
}

/// Runs the program until the user quits.
pub fn run(options: Options, begin: Begin) -> io::Result<Ending> {
    let stop = signals::register()?;
    let lang = options.lang.unwrap_or_else(Lang::from_env);
    let mut model = Model::new(
        lang,
        options.display,
        Screen::Start(StartScreen::new(options.dir.clone(), Vec::new())),
    );
    let mut app = App {
        options,
        saver: None,
        lock: None,
        path: None,
        quitting: false,
        farewell: None,
        #[cfg(debug_assertions)]
        keys_until_panic: std::env::var("YEJI_TEST_PANIC_AFTER_KEYS")
            .ok()
            .and_then(|n| n.parse().ok()),
    };
    match begin {
        Begin::StartScreen => app.dispatch(&mut model, Msg::Listed(app.listings())),
        Begin::Session(ready) => {
            let msg = app.install(*ready);
            app.dispatch(&mut model, msg);
        }
    }
    let mut terminal = terminal::enter()?;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        app.event_loop(&mut terminal, &mut model, &stop)
    }));
    terminal::leave();
    match outcome {
        Ok(result) => result.map(|()| Ending {
            message: app.farewell,
            crashed: false,
        }),
        Err(_) => Ok(Ending {
            message: Some(app.rescue_after_panic(&model)),
            crashed: true,
        }),
    }
}

/// How the program ended: what to print, and whether it crashed (exit status 101,
/// as for any Rust panic).
pub struct Ending {
    pub message: Option<String>,
    pub crashed: bool,
}

impl App {
    fn event_loop(
        &mut self,
        terminal: &mut terminal::Term,
        model: &mut Model,
        stop: &signals::Stop,
    ) -> io::Result<()> {
        loop {
            terminal.draw(|frame| view::render(model, frame))?;
            if self.quitting {
                return Ok(());
            }
            if event::poll(TICK)? {
                loop {
                    let event = event::read()?;
                    if let Some(msg) = self.translate(model, event) {
                        self.dispatch(model, msg);
                    }
                    if self.quitting || !event::poll(Duration::ZERO)? {
                        break;
                    }
                }
            }
            let outcomes = self.saver.as_ref().map(Saver::outcomes).unwrap_or_default();
            for outcome in outcomes {
                self.dispatch(model, outcome_msg(outcome));
            }
            self.dispatch(model, Msg::Tick);
            if stop.requested() {
                // Keys typed just before the signal are kept too.
                while !self.quitting && event::poll(Duration::ZERO)? {
                    if let Some(msg) = self.translate(model, event::read()?) {
                        self.dispatch(model, msg);
                    }
                }
                self.save_before_exit(model);
                return Ok(());
            }
        }
    }

    fn translate(&mut self, model: &Model, event: Event) -> Option<Msg> {
        match event {
            Event::Key(key) if key.is_press() => {
                self.maybe_panic_for_tests();
                keymap::resolve(model, key)
            }
            Event::Paste(text) => Some(Msg::Paste(text)),
            _ => None,
        }
    }

    #[cfg(debug_assertions)]
    fn maybe_panic_for_tests(&mut self) {
        if let Some(left) = self.keys_until_panic.as_mut() {
            *left = left.saturating_sub(1);
            assert!(*left > 0, "panic injected by YEJI_TEST_PANIC_AFTER_KEYS");
        }
    }

    #[cfg(not(debug_assertions))]
    fn maybe_panic_for_tests(&mut self) {}

    /// Runs `msg` through `update`, and whatever follows from its effects.
    fn dispatch(&mut self, model: &mut Model, msg: Msg) {
        let mut next = Some(msg);
        while let Some(msg) = next.take() {
            let effect = update(model, msg, now());
            next = self.perform(model, effect);
        }
    }

    fn perform(&mut self, model: &Model, effect: Effect) -> Option<Msg> {
        match effect {
            Effect::None => None,
            Effect::Save(request) => {
                self.submit(request, false);
                None
            }
            Effect::SaveAsCopy(request) => {
                let current = self.path.clone()?;
                match claim_copy(&current) {
                    Ok((path, lock)) => {
                        self.lock = Some(lock);
                        self.path = Some(path.clone());
                        self.submit(request, true);
                        Some(Msg::MovedTo(path))
                    }
                    Err(error) => Some(Msg::SaveFailed {
                        why: error.to_string(),
                    }),
                }
            }
            Effect::Quit => self.quit(model),
            Effect::QuitWithoutSaving(doc) => {
                let path = self
                    .path
                    .clone()
                    .unwrap_or_else(|| self.options.dir.join("session.ron"));
                self.farewell =
                    Some(self.recovery_message(recovery::write(&path, &doc), model.lang));
                self.quitting = true;
                None
            }
            Effect::CreateSession { title } => {
                let ready = create(
                    &self.options.dir,
                    &self.options.template,
                    &title,
                    model.lang,
                    now(),
                );
                Some(self.opened_or_failed(ready))
            }
            Effect::OpenSession { path, read_only } => {
                let ready = open(&path, read_only, self.options.lang);
                Some(self.opened_or_failed(ready))
            }
            Effect::RemoveFile(path) => {
                let _ = std::fs::remove_file(path);
                None
            }
            Effect::Bell => {
                if model.display.bell {
                    use std::io::Write;
                    let mut out = std::io::stdout();
                    let _ = out.write_all(b"\x07").and_then(|()| out.flush());
                }
                None
            }
            Effect::SaveSettings(display) => {
                // Not being able to remember a theme is no reason to stop the room.
                let _ = crate::settings::store(crate::settings::Settings::of(display));
                None
            }
        }
    }

    fn submit(&mut self, request: SaveRequest, new_file: bool) {
        if let (Some(saver), Some(path)) = (self.saver.as_mut(), self.path.clone()) {
            saver.submit(Job {
                request,
                path,
                new_file,
            });
        }
    }

    fn opened_or_failed(&mut self, ready: Result<Ready, crate::load_error::LoadError>) -> Msg {
        match ready {
            Ok(ready) => self.install(ready),
            Err(error) => Msg::OpenFailed(error),
        }
    }

    /// Keeps the lock and starts the saver for a session about to be shown.
    fn install(&mut self, ready: Ready) -> Msg {
        let path = ready.opened.path.clone();
        self.saver = (!ready.opened.read_only).then(|| Saver::start(&path, ready.known));
        self.lock = ready.lock;
        self.path = Some(path);
        Msg::Opened(Box::new(ready.opened))
    }

    fn listings(&self) -> Vec<crate::session::naming::Listing> {
        list_dir(&self.options.dir).unwrap_or_default()
    }

    /// Quits after a last save; if that fails, the model asks the user what to do.
    fn quit(&mut self, model: &Model) -> Option<Msg> {
        match self.final_save(model) {
            Ok(()) => {
                self.quitting = true;
                None
            }
            Err(why) => Some(Msg::QuitBlocked { why }),
        }
    }

    fn final_save(&mut self, model: &Model) -> Result<(), String> {
        let Screen::Session(screen) = &model.screen else {
            return Ok(());
        };
        if screen.read_only || !screen.save.is_dirty() {
            return Ok(());
        }
        let (Some(saver), Some(path)) = (self.saver.as_mut(), self.path.clone()) else {
            return Ok(());
        };
        let request = SaveRequest {
            doc: Box::new(screen.doc.clone()),
            generation: screen.save.generation(),
            overwrite: false,
        };
        let lang = model.lang;
        match saver.flush(
            Job {
                request,
                path,
                new_file: false,
            },
            FINAL_SAVE_WAIT,
        ) {
            Some(Outcome::Saved { .. }) => Ok(()),
            Some(Outcome::Failed { why }) => Err(why),
            Some(Outcome::Conflict) => Err(lang.ui().status_changed_on_disk.to_string()),
            None => Err(lang.ui().save_timed_out.to_string()),
        }
    }

    /// On SIGTERM or SIGHUP: save, or keep a recovery copy when saving fails.
    fn save_before_exit(&mut self, model: &Model) {
        if self.final_save(model).is_err()
            && let (Screen::Session(screen), Some(path)) = (&model.screen, &self.path)
        {
            self.farewell =
                Some(self.recovery_message(recovery::write(path, &screen.doc), model.lang));
        }
    }

    fn rescue_after_panic(&self, model: &Model) -> String {
        let lang = model.lang;
        match (&model.screen, &self.path) {
            (Screen::Session(screen), Some(path)) if !screen.read_only => fill(
                lang.ui().crashed,
                &[&self.recovery_message(recovery::write(path, &screen.doc), lang)],
            ),
            _ => fill(lang.ui().crashed, &[""]),
        }
    }

    fn recovery_message(&self, written: io::Result<PathBuf>, lang: Lang) -> String {
        match written {
            Ok(path) => fill(lang.ui().recovery_written, &[&path.display().to_string()]),
            Err(error) => fill(lang.ui().recovery_failed, &[&error.to_string()]),
        }
    }
}

fn outcome_msg(outcome: Outcome) -> Msg {
    match outcome {
        Outcome::Saved { generation } => Msg::Saved { generation },
        Outcome::Failed { why } => Msg::SaveFailed { why },
        Outcome::Conflict => Msg::SaveConflict,
    }
}
