//! The app loop: the one place that touches the terminal, the clock and the disk.
//! It turns events into messages, runs `update`, performs the effects it returns,
//! and draws the model after every batch of input. Events come from an input
//! thread (`input`), so the loop wakes at least once a tick to act on signals and
//! to notice a terminal that went away.

mod backend;
mod cores;
mod ending;
mod escapes;
mod files;
mod input;
mod opening;
mod screen;
mod signals;
mod terminal;

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Local};
use ratatui::crossterm::event::Event;

use crate::i18n::Lang;
use crate::keymap;
use crate::model::{Display, Model, Screen, StartScreen};
use crate::msg::{Effect, Msg, SaveRequest};
use crate::session::naming::list_for_start;
use crate::storage::failure::SaveError;
use crate::storage::lock::{SessionLock, claim_copy};
use crate::storage::recovery;
use crate::storage::saver::{Job, Saver};
use crate::template::Template;
use crate::update::update;
use crate::view;
pub use files::{Ready, carry_over, create, open};
pub use opening::Opening;

/// How often time passes for `update` when no key is pressed.
const TICK: Duration = Duration::from_millis(200);
/// How long quitting waits for the last save.
const FINAL_SAVE_WAIT: Duration = Duration::from_secs(10);
/// How long a signal waits for keys typed just before it to be read.
const LAST_KEYS_WAIT: Duration = Duration::from_millis(500);

pub struct Options {
    /// The language asked for on the command line, if any.
    pub lang: Option<Lang>,
    pub dir: PathBuf,
    /// The agenda for new sessions; none for the built-in one.
    pub template: Option<Template>,
    pub display: Display,
}

impl Options {
    pub fn template(&self) -> &Template {
        self.template
            .as_ref()
            .unwrap_or_else(|| Template::built_in())
    }
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

/// What is made ready before the screen is touched, while a session file may
/// still be being read: the signal handlers, and the terminal with its buffers.
pub struct Stage {
    signals: signals::Signals,
    terminal: terminal::Term,
}

pub fn stage() -> io::Result<Stage> {
    Ok(Stage {
        signals: signals::register()?,
        terminal: terminal::prepare()?,
    })
}

/// Runs the program until the user quits.
pub fn run(options: Options, begin: Begin, stage: Stage) -> io::Result<Ending> {
    let Stage {
        signals,
        mut terminal,
    } = stage;
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
        Begin::StartScreen => {
            let listed = match list_for_start(&app.options.dir) {
                Ok(listings) => Msg::Listed(listings),
                Err(why) => Msg::ListFailed(why),
            };
            app.dispatch(&mut model, listed);
        }
        Begin::Session(ready) => {
            let msg = app.install(*ready);
            app.dispatch(&mut model, msg);
        }
    }
    let tty = input::Tty::open()?;
    terminal::enter_modes()?;
    let events = input::Events::start(&tty)?;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let source = Source {
            tty: &tty,
            events: &events,
            signals: &signals,
        };
        app.event_loop(&mut terminal, &mut model, &source)
    }));
    match outcome {
        Ok(End::Lost) => {
            terminal::abandon();
            // Whatever waits in the screen's writer would go to the terminal that is
            // gone when it is dropped.
            std::mem::forget(terminal);
        }
        _ => terminal::leave(),
    }
    match outcome {
        Ok(_) => Ok(Ending {
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

/// Where the loop's input comes from.
struct Source<'a> {
    tty: &'a input::Tty,
    events: &'a input::Events,
    signals: &'a signals::Signals,
}

/// Why the loop ended.
enum End {
    /// The user quit, or a signal asked the program to end.
    Done,
    /// The terminal went away: it is not touched again.
    Lost,
}

impl App {
    fn event_loop(
        &mut self,
        terminal: &mut terminal::Term,
        model: &mut Model,
        source: &Source,
    ) -> End {
        loop {
            if source.signals.take_suspend() && !self.suspend(terminal) {
                return self.end_without_terminal(model, source);
            }
            if source.signals.take_continued() && terminal.clear().is_err() {
                return self.end_without_terminal(model, source);
            }
            if terminal.draw(|buffer| view::draw(model, buffer)).is_err() {
                return self.end_without_terminal(model, source);
            }
            let rows = terminal.area().height;
            if rows != model.rows {
                self.dispatch(model, Msg::Resized { rows });
            }
            if self.quitting {
                return End::Done;
            }
            let mut lost = false;
            if let Some(first) = source.events.next(TICK) {
                let mut next = Some(first);
                while let Some(input) = next.take() {
                    lost |= self.take_input(model, input);
                    if !self.quitting && !lost {
                        next = source.events.ready();
                    }
                }
            }
            let outcomes = self.saver.as_mut().map(Saver::outcomes).unwrap_or_default();
            for outcome in outcomes {
                self.dispatch(model, outcome.into_msg());
            }
            self.dispatch(model, Msg::Tick);
            if lost || source.tty.hung_up() {
                return self.end_without_terminal(model, source);
            }
            if source.signals.stop_requested() {
                self.take_last_keys(model, source);
                self.save_before_exit(model);
                return End::Done;
            }
        }
    }

    /// Handles one input; true when it says the terminal is gone.
    fn take_input(&mut self, model: &mut Model, input: input::Input) -> bool {
        match input {
            input::Input::Event(event) => {
                if let Some(msg) = self.translate(model, event) {
                    self.dispatch(model, msg);
                }
                false
            }
            input::Input::Gone => true,
        }
    }

    /// Keys typed just before a signal, or before the terminal went, are kept too.
    fn take_last_keys(&mut self, model: &mut Model, source: &Source) {
        for input in source.events.drain(source.tty, LAST_KEYS_WAIT) {
            if self.quitting {
                break;
            }
            self.take_input(model, input);
        }
    }

    /// The terminal hung up or cannot be drawn on: save (or keep a recovery copy)
    /// and end without touching it again.
    fn end_without_terminal(&mut self, model: &mut Model, source: &Source) -> End {
        self.take_last_keys(model, source);
        self.save_before_exit(model);
        End::Lost
    }

    /// Gives the terminal back and stops; once continued, takes it again. False
    /// when the terminal cannot be taken again.
    fn suspend(&mut self, terminal: &mut terminal::Term) -> bool {
        terminal::leave();
        signals::stop_until_continued();
        terminal::resume(terminal).is_ok()
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
                        why: SaveError::from(error),
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
                    self.options.template(),
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
}
