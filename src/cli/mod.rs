//! The command line: `yeji`, `new`, `open`, `review`, `validate`, `list`, `export`,
//! `diff`, `report`.
//!
//! Commands that only read files (`validate`, `list`, `export`, `diff`, `report`)
//! never start the terminal UI.
//! A file that cannot be opened is reported as `PATH:LINE:COL: message` before the
//! screen is touched.

mod args;
mod help_zh;
mod interactive;
mod read_only;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::app::{self, Options};
use crate::i18n::Lang;
use crate::model::{Display, ThemeName};
use crate::template::Template;
use args::{Cli, Command, LangArg, ThemeArg};
pub use read_only::listing_table;

pub fn main() -> ExitCode {
    // The commonest start begins reading its file before the command line is parsed.
    let early = app::Opening::named_in(std::env::args_os(), app::stage);
    let cli = match &early {
        Some(opening) => Cli::opening(opening.file(), opening.read_only()),
        None => parse(std::env::args_os().collect()),
    };
    let lang_arg = cli.lang.map(|lang| match lang {
        LangArg::Zh => Lang::Zh,
        LangArg::En => Lang::En,
    });
    let asked = lang_arg.or_else(Lang::named_by_env);
    let lang = asked.unwrap_or(Lang::En);
    let display = display(&cli);
    match cli.command {
        Some(Command::Validate { files }) => read_only::validate(&files, lang),
        Some(Command::List { folder }) => read_only::list(&folder.unwrap_or(cli.dir), lang),
        Some(Command::Export {
            file,
            format,
            output,
            private,
        }) => read_only::export(&file, format, output.as_deref(), lang_arg, private),
        Some(Command::Diff {
            old,
            new,
            format,
            no_colour,
            output,
        }) => read_only::diff((&old, &new), format, no_colour, output.as_deref(), lang),
        Some(Command::Report {
            folder,
            format,
            output,
        }) => read_only::report(&folder.unwrap_or(cli.dir), format, output.as_deref(), lang),
        command => {
            // The built-in agenda is parsed only when it is first needed.
            let template = match &cli.template {
                Some(path) => match Template::load(path) {
                    Ok(template) => Some(template),
                    Err(error) => return interactive::fail(&error, asked),
                },
                None => None,
            };
            let options = Options {
                lang: lang_arg,
                dir: cli.dir.clone(),
                template,
                display,
            };
            interactive::interactive(command, options, asked, early)
        }
    }
}

/// The command line as clap reads it, its help in the language asked for.
fn parse(args: Vec<OsString>) -> Cli {
    let chinese = help_zh::asked_lang(&args) == Some(Lang::Zh);
    let command = if chinese {
        help_zh::in_chinese(Cli::command())
    } else {
        Cli::command()
    };
    let parsed = command
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    parsed.unwrap_or_else(|error| match help_zh::error_in_chinese(&error) {
        Some(message) if chinese => {
            eprint!("{message}");
            std::process::exit(error.exit_code())
        }
        _ => error.exit(),
    })
}

/// How to draw: the remembered settings, then what the command line and the
/// environment say.
fn display(cli: &Cli) -> Display {
    let settings = crate::settings::load();
    let theme = match cli.theme {
        Some(ThemeArg::Dark) => ThemeName::Dark,
        Some(ThemeArg::Light) => ThemeName::Light,
        Some(ThemeArg::HighContrast) => ThemeName::HighContrast,
        None => settings.theme,
    };
    Display {
        color: std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty()),
        ascii_borders: cli.ascii,
        theme,
        projector: false,
        bell: settings.bell,
    }
}
