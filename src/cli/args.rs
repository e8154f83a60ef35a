//! What the command line says: the global options and the commands, as clap reads
//! them.

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug, PartialEq)]
#[command(
    name = "yeji",
    version,
    about = "Run and review business–technology co-design workshops (业技融合共创工作坊)."
)]
pub struct Cli {
    /// Language of the program: zh or en (default: from LANG).
    #[arg(long, global = true, value_enum)]
    pub(super) lang: Option<LangArg>,
    /// Draw borders with + - | for terminals that show box characters double-wide.
    #[arg(long, global = true)]
    pub(super) ascii: bool,
    /// Colours: dark, light or high-contrast (default: the last one chosen with F3).
    #[arg(long, global = true, value_enum)]
    pub(super) theme: Option<ThemeArg>,
    /// Folder of session files.
    #[arg(long, global = true, default_value = SESSIONS)]
    pub(super) dir: PathBuf,
    /// Agenda template for new sessions (default: the built-in workshop).
    #[arg(long, global = true)]
    pub(super) template: Option<PathBuf>,
    #[command(subcommand)]
    pub(super) command: Option<Command>,
}

impl Cli {
    /// What clap makes of exactly `yeji open FILE` or `yeji review FILE`, made
    /// without it: building clap's command tree took a quarter of a millisecond of
    /// the commonest start.
    pub(super) fn opening(file: &Path, read_only: bool) -> Cli {
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
pub(super) const SESSIONS: &str = "sessions";

#[derive(Subcommand, Debug, PartialEq)]
pub(super) enum Command {
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
    Open {
        /// The session file (.ron).
        file: PathBuf,
    },
    /// Look through a session without changing it (no lock, never written).
    Review {
        /// The session file (.ron).
        file: PathBuf,
    },
    /// Check session files; exit 0 when all are valid.
    Validate {
        /// Session files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List the sessions in a folder (default: the sessions folder).
    List {
        /// The folder to list.
        // Named apart from the global `--dir`, so that `yeji list --dir X` works too.
        #[arg(value_name = "DIR")]
        folder: Option<PathBuf>,
    },
    /// Write a complete report of a session as Markdown or HTML.
    Export {
        /// The session file (.ron).
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
        /// The earlier session file.
        old: PathBuf,
        /// The later session file.
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
        /// The folder of session files.
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
pub(super) enum DiffFormatArg {
    Text,
    #[value(name = "md")]
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
pub(super) enum FormatArg {
    #[value(name = "md")]
    Markdown,
    Html,
}

/// The format an output file's name asks for, or `otherwise`: `-o report.md`
/// writes Markdown without `--format md`.
pub(super) fn format_of(output: Option<&Path>, otherwise: FormatArg) -> FormatArg {
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
pub(super) enum ThemeArg {
    Dark,
    Light,
    HighContrast,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
pub(super) enum LangArg {
    Zh,
    En,
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::*;
    use crate::app;

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
