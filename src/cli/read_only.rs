//! The commands that only read files and never start the terminal UI: `validate`,
//! `list`, `export`, `diff` and `report`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::args::{DiffFormatArg, FormatArg, format_of};
use crate::compare;
use crate::i18n::{Lang, fill};
use crate::os_error::OsError;
use crate::session::file;
use crate::session::naming::{Listing, list_dir};
use crate::view::text::pad;

pub(super) fn export(
    file: &Path,
    format: Option<FormatArg>,
    output: Option<&Path>,
    lang: Option<Lang>,
    private: bool,
) -> ExitCode {
    let format = match format.unwrap_or(format_of(output, FormatArg::Html)) {
        FormatArg::Markdown => crate::export::Format::Markdown,
        FormatArg::Html => crate::export::Format::Html,
    };
    match crate::export::run(file, format, output, lang, private) {
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

pub(super) fn diff(
    (old, new): (&Path, &Path),
    format: Option<DiffFormatArg>,
    no_colour: bool,
    output: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let markdown = match format {
        Some(format) => format == DiffFormatArg::Markdown,
        None => format_of(output, FormatArg::Html) == FormatArg::Markdown,
    };
    let colour = !markdown && output.is_none() && compare::colour_for_stdout(no_colour);
    deliver(
        compare::run_diff(old, new, markdown, lang, colour),
        output,
        lang,
    )
}

pub(super) fn report(
    dir: &Path,
    format: Option<FormatArg>,
    output: Option<&Path>,
    lang: Lang,
) -> ExitCode {
    let html = format.unwrap_or(format_of(output, FormatArg::Markdown)) == FormatArg::Html;
    let today = chrono::Local::now().date_naive();
    deliver(compare::run_report(dir, html, lang, today), output, lang)
}

/// Prints a command's text, or writes it to `output` safely; an error goes to
/// standard error and fails the command.
fn deliver(text: Result<String, String>, output: Option<&Path>, lang: Lang) -> ExitCode {
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
        .map_err(|error| {
            let why = OsError::from(error).describe(lang);
            format!(
                "{}: {}",
                path.display(),
                fill(lang.ui().err_cannot_write, &[&why])
            )
        }),
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(line) => {
            eprintln!("{line}");
            ExitCode::FAILURE
        }
    }
}

pub(super) fn validate(files: &[PathBuf], lang: Lang) -> ExitCode {
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

pub(super) fn list(dir: &Path, lang: Lang) -> ExitCode {
    match list_dir(dir) {
        Ok(listings) => {
            print!("{}", listing_table(&listings, lang));
            ExitCode::SUCCESS
        }
        Err(error) => {
            let why = OsError::from(error).describe(lang);
            eprintln!(
                "{}: {}",
                dir.display(),
                fill(lang.ui().err_unreadable, &[&why])
            );
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
                crate::describe::title(&summary.title, lang).to_string(),
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
