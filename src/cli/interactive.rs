//! The commands that run the terminal UI: the start screen, `new`, `open` and
//! `review`.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use super::args::Command;
use crate::app::{self, Begin, Options};
use crate::i18n::Lang;
use crate::load_error::LoadError;
use crate::os_error::OsError;
use crate::session::file;

pub(super) fn interactive(
    command: Option<Command>,
    options: Options,
    asked: Option<Lang>,
    early: Option<app::Opening<io::Result<app::Stage>>>,
) -> ExitCode {
    let lang = asked.unwrap_or(Lang::En);
    let ready = match command {
        Some(Command::New { title, from: None }) => {
            app::create(&options.dir, options.template(), &title, lang, app::now())
        }
        Some(Command::New {
            title,
            from: Some(previous),
        }) => app::carry_over(
            &options.dir,
            &previous,
            options.template(),
            &title,
            lang,
            app::now(),
        ),
        Some(Command::Open { file }) => return open_and_run(file, false, options, asked, early),
        Some(Command::Review { file }) => return open_and_run(file, true, options, asked, early),
        _ => return run(options, Begin::StartScreen, app::stage(), lang),
    };
    match ready {
        Ok(ready) => run(options, Begin::Session(Box::new(ready)), app::stage(), lang),
        Err(error) => fail(&error, asked),
    }
}

/// Reads and checks the session, on two threads, while the terminal is staged;
/// the screen is touched only once the file is known good.
fn open_and_run(
    file: PathBuf,
    read_only: bool,
    options: Options,
    asked: Option<Lang>,
    early: Option<app::Opening<io::Result<app::Stage>>>,
) -> ExitCode {
    let lang = asked.unwrap_or(Lang::En);
    let opening = early
        .filter(|opening| opening.is_for(&file, read_only))
        .unwrap_or_else(|| app::Opening::start(file, read_only, app::stage));
    match opening.finish(options.lang) {
        (Ok(ready), stage) => run(options, Begin::Session(Box::new(ready)), stage, lang),
        (Err(error), _) => fail(&error, asked),
    }
}

fn run(options: Options, begin: Begin, stage: io::Result<app::Stage>, lang: Lang) -> ExitCode {
    match stage.and_then(|stage| app::run(options, begin, stage)) {
        Ok(ending) => {
            if let Some(text) = ending.message {
                // After the terminal closed there is nobody to tell, and `eprintln!`
                // would panic on the failed write.
                let _ = writeln!(std::io::stderr(), "{text}");
            }
            if ending.crashed {
                ExitCode::from(101)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(error) => {
            let why = OsError::from(error).describe(lang);
            eprintln!("yeji: {}: {why}", lang.ui().terminal_error);
            ExitCode::FAILURE
        }
    }
}

pub(super) fn fail(error: &LoadError, asked: Option<Lang>) -> ExitCode {
    eprintln!("{}", error.line(telling(error, asked)));
    ExitCode::FAILURE
}

/// The language to tell of a problem with a file in: the one asked for (by
/// `--lang` or the locale), else the one the file says it is in, else English.
fn telling(error: &LoadError, asked: Option<Lang>) -> Lang {
    asked
        .or_else(|| file::declared_language(&error.path))
        .unwrap_or(Lang::En)
}
