//! The command line: `yeji`, `new`, `open`, `review`, `validate`, `list`, `export`,
//! `diff`, `report`.
//!
//! Commands that only read files (`validate`, `list`, `export`, `diff`, `report`)
//! never start the terminal UI.
//! A file that cannot be opened is reported as `PATH:LINE:COL: message` before the
//! screen is touched.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::app::{self, Begin, Options};
use crate::compare;
use crate::i18n::Lang;
use crate::load_error::LoadError;
use crate::model::{Display, ThemeName};
use crate::session::file;
use crate::session::naming::{Listing, list_dir};
use crate::template::Template;
use crate::view::text::pad;

#[derive(Parser, Debug, PartialEq)]
#[command(
    name = "yeji",
    version,
    about = "Run and review business–technology co-design workshops (业技融合共创工作坊)."
)]
pub struct Cli {
    /// Language of the program: zh or en (default: from LANG).
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
    /// Draw borders with + - | for terminals that show box characters double-wide.
    #[arg(long, global = true)]
    ascii: bool,
    /// Colours: dark, light or high-contrast (default: the last one chosen with F3).
    #[arg(long, global = true, value_enum)]
    theme: Option<ThemeArg>,
    /// Folder of session files.
    #[arg(long, global = true, default_value = SESSIONS)]
    dir: PathBuf,
    /// Agenda template for new sessions (default: the built-in workshop).
    #[arg(long, global = true)]
    template: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

impl Cli {
    /// What clap makes of exactly `yeji open FILE` or `yeji review FILE`, made
    /// without it: building clap's command tree took a quarter of a millisecond of
    /// the commonest start.
    fn opening(file: &Path, read_only: bool) -> Cli {
        let file = file.to_path_buf();
        Cli {
            lang: None,
            ascii: false,
            theme: None,
            dir: PathBuf::from(SESSIONS),
            template: None,
            command: Some(if read_only {
                Command::Review { file }
            } else {
                Command::Open { file }
            }),
        }
    }
}

/// The sessions folder when none is named.
const SESSIONS: &str = "sessions";

#[derive(Subcommand, Debug, PartialEq)]
enum Command {
    /// Start a new session and open it.
    New {
        /// The session's title (also used in the file name).
        #[arg(long, default_value = "")]
        title: String,
        /// A previous session to follow up: its participants, roles, initiatives
        /// and open actions are carried over.
        #[arg(long)]
        from: Option<PathBuf>,
    },
    /// Open a session file to continue it.
    Open { file: PathBuf },
    /// Look through a session without changing it (no lock, never written).
    Review { file: PathBuf },
    /// Check session files; exit 0 when all are valid.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List the sessions in a folder (default: the sessions folder).
    List {
        // Named apart from the global `--dir`, so that `yeji list --dir X` works too.
        #[arg(value_name = "DIR")]
        folder: Option<PathBuf>,
    },
    /// Write a complete report of a session as Markdown or HTML.
    Export {
        file: PathBuf,
        /// md or html (default: from the output's extension, else html).
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// Where to write it (default: next to the session, .md or .html).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Include the facilitator's private notes.
        #[arg(long)]
        private: bool,
    },
    /// What changed between two sessions of the same centre.
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// text (for the terminal) or md (default: md for an output ending .md).
        #[arg(long, value_enum)]
        format: Option<DiffFormatArg>,
        /// No colours, even in a terminal (NO_COLOR does the same).
        #[arg(long)]
        no_colour: bool,
        /// Write to this file instead of the terminal.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// A portfolio of every centre whose sessions are in a folder (default: the
    /// sessions folder).
    Report {
        #[arg(value_name = "DIR")]
        folder: Option<PathBuf>,
        /// md or html (default: from the output's extension, else md).
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// Write to this file instead of the terminal.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum DiffFormatArg {
    Text,
    #[value(name = "md")]
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum FormatArg {
    #[value(name = "md")]
    Markdown,
    Html,
}

/// The format an output file's name asks for, or `otherwise`: `-o report.md`
/// writes Markdown without `--format md`.
fn format_of(output: Option<&Path>, otherwise: FormatArg) -> FormatArg {
    let extension = output
        .and_then(Path::extension)
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("md" | "markdown") => FormatArg::Markdown,
        Some("html" | "htm") => FormatArg::Html,
        _ => otherwise,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum ThemeArg {
    Dark,
    Light,
    HighContrast,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

pub fn main() -> ExitCode {
    // The commonest start begins reading its file before the command line is parsed.
    let early = app::Opening::named_in(std::env::args_os(), app::stage);
    let cli = match &early {
        Some(opening) => Cli::opening(opening.file(), opening.read_only()),
        None => Cli::parse(),
    };
    let lang_arg = cli.lang.map(|lang| match lang {
        LangArg::Zh => Lang::Zh,
        LangArg::En => Lang::En,
    });
    let asked = lang_arg.or_else(Lang::named_by_env);
    let lang = asked.unwrap_or(Lang::En);
    let display = display(&cli);
    match cli.command {
        Some(Command::Validate { files }) => validate(&files, lang),
        Some(Command::List { folder }) => list(&folder.unwrap_or(cli.dir.clone()), lang),
        Some(Command::Export {
            file,
            format,
            output,
            private,
        }) => {
            let format = match format.unwrap_or(format_of(output.as_deref(), FormatArg::Html)) {
                FormatArg::Markdown => crate::export::Format::Markdown,
                FormatArg::Html => crate::export::Format::Html,
            };
            match crate::export::run(&file, format, output.as_deref(), lang_arg, private) {
                Ok(path) => {
                    println!("{}", path.display());
                    ExitCode::SUCCESS
                }
                Err(line) => {
                    eprintln!("{line}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Diff {
            old,
            new,
            format,
            no_colour,
            output,
        }) => {
            let markdown = match format {
                Some(format) => format == DiffFormatArg::Markdown,
                None => format_of(output.as_deref(), FormatArg::Html) == FormatArg::Markdown,
            };
            let colour = !markdown && output.is_none() && compare::colour_for_stdout(no_colour);
            let text = compare::run_diff(&old, &new, markdown, lang, colour);
            deliver(text, output.as_deref())
        }
        Some(Command::Report {
            folder,
            format,
            output,
        }) => {
            let html = format.unwrap_or(format_of(output.as_deref(), FormatArg::Markdown))
                == FormatArg::Html;
            let today = chrono::Local::now().date_naive();
            let dir = folder.unwrap_or(cli.dir.clone());
            deliver(
                compare::run_report(&dir, html, lang, today),
                output.as_deref(),
            )
        }
        command => {
            // The built-in agenda is parsed only when it is first needed.
            let template = match &cli.template {
                Some(path) => match Template::load(path) {
                    Ok(template) => Some(template),
                    Err(error) => return fail(&error, asked),
                },
                None => None,
            };
            let options = Options {
                lang: lang_arg,
                dir: cli.dir.clone(),
                template,
                display,
            };
            interactive(command, options, asked, early)
        }
    }
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

fn interactive(
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
            eprintln!("yeji: {}: {error}", lang.ui().terminal_error);
            ExitCode::FAILURE
        }
    }
}

/// Prints a command's text, or writes it to `output` safely; an error goes to
/// standard error and fails the command.
fn deliver(text: Result<String, String>, output: Option<&std::path::Path>) -> ExitCode {
    let written = text.and_then(|text| match output {
        None => {
            print!("{text}");
            Ok(())
        }
        Some(path) => crate::storage::atomic::save(
            &mut crate::storage::atomic::RealFiles,
            path,
            text.as_bytes(),
            false,
        )
        .map_err(|error| format!("{}: {error}", path.display())),
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(line) => {
            eprintln!("{line}");
            ExitCode::FAILURE
        }
    }
}

fn fail(error: &LoadError, asked: Option<Lang>) -> ExitCode {
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

fn validate(files: &[PathBuf], lang: Lang) -> ExitCode {
    let mut all_valid = true;
    for path in files {
        match file::load(path) {
            Ok(_) => println!("{}: {}", path.display(), lang.ui().valid),
            Err(error) => {
                all_valid = false;
                eprintln!("{}", error.line(lang));
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn list(dir: &std::path::Path, lang: Lang) -> ExitCode {
    match list_dir(dir) {
        Ok(listings) => {
            print!("{}", listing_table(&listings, lang));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}: {error}", dir.display());
            ExitCode::FAILURE
        }
    }
}

/// The `yeji list` table: date, title, organisation, steps done, file.
pub fn listing_table(listings: &[Listing], lang: Lang) -> String {
    let ui = lang.ui();
    let mut rows = vec![[
        ui.col_date.to_string(),
        ui.field_title.to_string(),
        ui.field_organisation.to_string(),
        ui.col_steps.to_string(),
        ui.col_file.to_string(),
    ]];
    let mut broken = Vec::new();
    for listing in listings {
        let file = listing.path.display().to_string();
        match &listing.summary {
            Ok(summary) => rows.push([
                summary.date.format("%Y-%m-%d").to_string(),
                summary.title.clone(),
                summary.organisation.clone(),
                format!("{}/{}", summary.steps_done, summary.steps_total),
                file,
            ]),
            Err(error) => broken.push(error.line(lang)),
        }
    }
    let widths: Vec<usize> = (0..5)
        .map(|column| {
            rows.iter()
                .map(|row| crate::view::text::width(&row[column]))
                .max()
                .unwrap_or(0)
                .min(40)
        })
        .collect();
    let mut out = String::new();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(column, cell)| {
                if column == 4 {
                    cell.clone()
                } else {
                    pad(cell, widths[column], "…")
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    for line in broken {
        out.push_str(&format!("{}: {line}\n", ui.unreadable));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::*;

    /// `list` and `report` take their folder as an argument or as `--dir`, before or
    /// after the command, and fall back to the sessions folder.
    #[test]
    fn list_and_report_take_the_folder_either_way() {
        let folder_of = |line: &[&str]| {
            let cli = Cli::try_parse_from(line).unwrap();
            let folder = match cli.command {
                Some(Command::List { folder }) | Some(Command::Report { folder, .. }) => folder,
                other => panic!("{other:?}"),
            };
            folder.unwrap_or(cli.dir)
        };
        for command in ["list", "report"] {
            for line in [
                vec!["yeji", command, "x"],
                vec!["yeji", command, "--dir", "x"],
                vec!["yeji", "--dir", "x", command],
            ] {
                assert_eq!(folder_of(&line), PathBuf::from("x"), "{line:?}");
            }
            assert_eq!(folder_of(&["yeji", command]), PathBuf::from(SESSIONS));
        }
    }

    /// Wherever the early opening takes a command line, clap reads it the same way.
    #[test]
    fn a_command_line_opened_early_is_the_one_clap_reads() {
        let lines: [&[&str]; 9] = [
            &["yeji", "open", "/nonexistent/yeji/a.ron"],
            &["yeji", "review", "/nonexistent/yeji/a.ron"],
            &["yeji", "open", "/nonexistent/yeji/中文 会议.ron"],
            &["yeji", "open", "help"],
            &["yeji", "review", "open"],
            &["yeji", "open", "--help"],
            &["yeji", "open", "x.ron", "--lang", "en"],
            &["yeji", "--ascii", "open", "x.ron"],
            &["yeji", "list", "x"],
        ];
        let mut early = 0;
        for line in lines {
            let args = || line.iter().map(OsString::from);
            let Some(opening) = app::Opening::named_in(args(), || ()) else {
                continue;
            };
            early += 1;
            let parsed = Cli::try_parse_from(args()).unwrap();
            assert_eq!(
                Cli::opening(opening.file(), opening.read_only()),
                parsed,
                "{line:?}"
            );
        }
        assert_eq!(early, 5);
    }
}
