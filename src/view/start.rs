//! The start screen: "new session" and the sessions found in the folder, newest
//! first; unreadable files are listed with their error.

use super::canvas::Canvas;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::editor;
use super::lines::Lines;
use super::text::{self, fit, fit_tail, pad, wrap_cut};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::load_error::LoadError;
use crate::model::StartScreen;
use crate::session::naming::Listing;

pub fn render(frame: &mut Canvas, area: Rect, start: &StartScreen, lang: Lang, theme: Theme) {
    let ui = lang.ui();
    let editor_rows = start
        .new_title
        .as_ref()
        .map_or(0, |buffer| editor::height(buffer, area.width));
    let [list_area, editor_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(editor_rows)]).areas(area);
    let title = Line::from(vec![
        Span::styled(" 业技 yeji ", theme.heading()),
        Span::raw(format!(
            "{}{} ",
            theme.separator().trim_start(),
            ui.start_title
        )),
    ]);
    let block = theme.block(start.new_title.is_none()).title(title);
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);

    let width = usize::from(inner.width);
    let folder = fill(ui.start_folder, &[&start.dir.display().to_string()]);
    let mut lines = vec![Line::styled(
        fit(&folder, width, theme.ellipsis()),
        theme.dim(),
    )];
    lines.push(Line::raw(""));
    let header_rows = lines.len();
    let visible = usize::from(inner.height).saturating_sub(header_rows).max(1);
    // The selected file's error reads whole, in rows of its own under its name.
    let error_rows = selected_error(start, lang).map_or_else(Vec::new, |text| {
        let rows = (visible / 2).clamp(1, ERROR_ROWS);
        wrap_cut(&text, width.saturating_sub(4), rows, theme.ellipsis())
    });
    let visible = visible
        .saturating_sub(error_rows.len().saturating_sub(1))
        .max(1);
    let first = (start.selected + 1).saturating_sub(visible);
    // Only the rows in view are made: each looks through every listing for a twin.
    let row_at = |index: usize| match index.checked_sub(1) {
        None => new_session_row(lang, width),
        Some(at) => {
            let listing = &start.listings[at];
            let alike = has_twin(&start.listings, listing);
            listing_row(listing, (width, alike), lang, theme)
        }
    };
    let shown = first..(start.listings.len() + 1).min(first + visible);
    for (index, (text, is_error)) in shown.map(|index| (index, row_at(index))) {
        if index == start.selected && !error_rows.is_empty() {
            let style = theme.selected(start.new_title.is_none());
            for (row, text) in error_rows.iter().enumerate() {
                let text = match row {
                    0 => format!("{} {text}", theme.current_mark()),
                    _ => format!("    {text}"),
                };
                lines.push(Line::styled(text, style));
            }
            continue;
        }
        let marker = if index == start.selected {
            theme.current_mark()
        } else {
            " "
        };
        let text = fit(&format!("{marker} {text}"), width, theme.ellipsis());
        let style = if index == start.selected {
            theme.selected(start.new_title.is_none())
        } else if is_error {
            theme.warning()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(text, style));
    }
    if let Some(why) = &start.unlisted {
        // The reason reads whole: it is what the room needs to put right.
        let text = fill(ui.start_unlisted, &[&why.describe(lang)]);
        lines.push(Line::raw(""));
        for row in wrap_cut(&text, width, ERROR_ROWS, theme.ellipsis()) {
            lines.push(Line::styled(row, theme.warning()));
        }
    } else if start.listings.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            fit(ui.start_empty, width, theme.ellipsis()),
            theme.dim(),
        ));
    }
    frame.render_widget(Lines::new(lines), inner);
    if let Some(buffer) = &start.new_title {
        editor::render(frame, editor_area, ui.start_title_prompt, buffer, theme);
    }
}

/// At most this many rows show the selected file's error.
const ERROR_ROWS: usize = 6;

/// The selected file's error, when it is a file that cannot be read.
fn selected_error(start: &StartScreen, lang: Lang) -> Option<String> {
    let listing = start.listings.get(start.selected.checked_sub(1)?)?;
    let error = listing.summary.as_ref().err()?;
    Some(error_row(listing, error, lang))
}

/// `! FILE:LINE:COL: message`, the file's name rather than its whole path.
fn error_row(listing: &Listing, error: &LoadError, lang: Lang) -> String {
    let mut text = format!("! {}", file_name(listing));
    if let Some(at) = error.position {
        text.push_str(&format!(":{}:{}", at.line, at.col));
    }
    format!("{text}: {}", error.problem.message(lang))
}

fn file_name(listing: &Listing) -> String {
    listing
        .path
        .file_name()
        .map(|name| name.to_string_lossy().to_string())
        .unwrap_or_default()
}

fn new_session_row(lang: Lang, _width: usize) -> (String, bool) {
    (format!("+ {}", lang.ui().start_new), false)
}

/// Whether another listing reads the same (date, title and organisation), so that
/// only the file name tells the two apart.
fn has_twin(listings: &[Listing], listing: &Listing) -> bool {
    let Ok(summary) = &listing.summary else {
        return false;
    };
    listings.iter().any(|other| {
        other.path != listing.path
            && other.summary.as_ref().is_ok_and(|twin| {
                twin.date == summary.date
                    && twin.title == summary.title
                    && twin.organisation == summary.organisation
            })
    })
}

fn listing_row(
    listing: &Listing,
    (width, alike): (usize, bool),
    lang: Lang,
    theme: Theme,
) -> (String, bool) {
    let file = file_name(listing);
    match &listing.summary {
        Ok(summary) => {
            let title = crate::describe::title(&summary.title, lang);
            // The file name is in the footer for the selected row; wide screens
            // show it in the row too.
            let file_cells = if width >= 110 { 36 } else { 0 };
            let flexible = width.saturating_sub(2 + 11 + 6 + 2 + file_cells);
            let title_cells = (flexible * 3 / 5).max(4);
            let organisation_cells = flexible.saturating_sub(title_cells + 1).max(2);
            let steps = format!("{}/{}", summary.steps_done, summary.steps_total);
            // Where the organisation would not tell a twin apart, its file name does.
            let organisation = if alike && file_cells == 0 {
                fit_tail(&file, organisation_cells, theme.ellipsis())
            } else {
                summary.organisation.clone()
            };
            let mut text = format!(
                "{} {} {} {steps:>5}",
                summary.date.format("%Y-%m-%d"),
                pad(title, title_cells, theme.ellipsis()),
                pad(&organisation, organisation_cells, theme.ellipsis()),
            );
            if file_cells > 0 {
                text.push_str("  ");
                text.push_str(&fit(&file, file_cells - 2, theme.ellipsis()));
            }
            (text, false)
        }
        Err(error) => (short_error_row(listing, error, width, lang, theme), true),
    }
}

/// One row for a file that cannot be read: the cause first, as it is what the
/// room needs, then the file's name, its end kept (`…-改过.ron`) where the row is
/// short of room; the cause gives way only to a name of a quarter of the row.
fn short_error_row(
    listing: &Listing,
    error: &LoadError,
    width: usize,
    lang: Lang,
    theme: Theme,
) -> String {
    const MARK: &str = "! ";
    const BETWEEN: &str = " · ";
    let cause = error.problem.message(lang);
    let file = file_name(listing);
    // The row's marker and its space come before this text.
    let room = width.saturating_sub(2 + MARK.len() + BETWEEN.len());
    let (cause_cells, file_cells) = (text::width(&cause), text::width(&file));
    let file_room = if cause_cells + file_cells <= room {
        file_cells
    } else {
        file_cells.min((room / 4).max(room.saturating_sub(cause_cells)))
    };
    let cause = fit(&cause, room.saturating_sub(file_room), theme.ellipsis());
    let file = fit_tail(&file, file_room, theme.ellipsis());
    format!("{MARK}{cause}{BETWEEN}{file}")
}
