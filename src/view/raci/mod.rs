//! The role mapping step: the RACI matrix (initiatives down, roles across, the
//! initiative column frozen while wide matrices scroll), its live checks, the roles
//! with their holders, and who does what.

mod people;

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::notes;
use super::split;
use super::step_view::StepView;
use super::tabs;
use super::text::{fit, pad, width_capped, wrap_list, wrap_rows, wrapped};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::Focus;
use crate::session::Session;
use crate::session::raci::Raci;
use crate::session::raci_checks::{Check, checks, is_ready};

const SIDE_BY_SIDE: u16 = 80;

pub fn render(frame: &mut Canvas, area: Rect, view: StepView) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let focused =
        (screen.editing.is_none() && screen.focus != Focus::Agenda).then_some(screen.focus);
    let wide = area.width >= SIDE_BY_SIDE;
    let shown: Vec<Focus> = match (wide, screen.focus) {
        (true, Focus::Roles | Focus::Duties | Focus::Notes) => vec![Focus::Matrix, screen.focus],
        (true, _) => vec![Focus::Matrix],
        (false, Focus::Agenda) => vec![Focus::Matrix],
        (false, focus) => vec![focus],
    };
    let body = tabs::above(frame, area, screen, &shown, focused, lang, theme);
    let found = checks(&screen.doc);
    let (main, side) = if wide {
        let [left, _, right] = split::beside(body, 64, 2);
        (left, Some(right))
    } else {
        (body, None)
    };
    match shown[0] {
        Focus::Matrix => matrix(
            frame,
            main,
            view,
            // Without a side panel for them, the checks go under the matrix.
            (&found, side.is_none()),
            focused == Some(Focus::Matrix),
        ),
        other => panel(frame, main, view, other, focused == Some(other)),
    }
    if let Some(side) = side {
        match shown.get(1) {
            Some(other) => panel(frame, side, view, *other, focused == Some(*other)),
            None => check_list(frame, side, view, &found),
        }
    }
}

fn panel(frame: &mut Canvas, area: Rect, view: StepView, panel: Focus, has_keys: bool) {
    match panel {
        Focus::Roles => people::roles(frame, area, view, has_keys),
        Focus::Duties => people::who_does_what(frame, area, view, has_keys),
        _ => notes::render(frame, area, view),
    }
}

fn letter_style(letter: Raci, theme: Theme) -> Style {
    match letter {
        Raci::A => theme.error(),
        Raci::R => theme.good(),
        Raci::C => theme.warning(),
        Raci::I => theme.dim(),
    }
}

/// "ready", or how many errors and warnings remain, wrapped to `cells` columns: the
/// whole sentence stays readable on a narrow projected screen.
fn status_lines(
    doc: &Session,
    found: &[Check],
    cells: usize,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let ui = lang.ui();
    let errors = found.iter().filter(|c| c.is_error()).count();
    let warnings = found.len() - errors;
    let (text, style) = if doc.initiatives.is_empty() {
        (ui.raci_nothing_to_map.to_string(), theme.dim())
    } else if is_ready(doc) {
        let text = fill(ui.raci_ready, &[theme.done_mark(), &warnings.to_string()]);
        (text, theme.good())
    } else {
        let counts = [errors.to_string(), warnings.to_string()];
        (
            fill(ui.raci_not_ready, &[&counts[0], &counts[1]]),
            theme.error(),
        )
    };
    wrapped(&text, cells, style)
}

fn matrix(
    frame: &mut Canvas,
    area: Rect,
    view: StepView,
    (found, checks_below): (&[Check], bool),
    has_keys: bool,
) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    let mut lines = status_lines(doc, found, cells, lang, theme);
    if doc.initiatives.is_empty() || doc.roles.is_empty() {
        lines.extend(wrapped(
            lang.ui().raci_needs_initiatives,
            cells,
            theme.dim(),
        ));
        frame.render_widget(Lines::new(lines), area);
        return;
    }
    let title_cells = doc
        .initiatives
        .iter()
        .map(|i| width_capped(&i.title, 24))
        .max()
        .unwrap_or(8)
        .clamp(8, 24)
        .min(cells / 3)
        + 2;
    let room = cells.saturating_sub(title_cells);
    let names: Vec<String> = doc
        .roles
        .iter()
        .map(|r| r.name.get(lang).to_string())
        .collect();
    // Counted no further than the room: a name pasted pages long is measured no more.
    let name_cells: Vec<usize> = names.iter().map(|n| width_capped(n, room) + 2).collect();
    let full = name_cells.iter().sum::<usize>() <= room;
    let column_cells: Vec<usize> = if full {
        name_cells
    } else {
        (1..=names.len()).map(|n| n.to_string().len() + 3).collect()
    };
    // The visible columns: as many as fit, keeping the cursor's column in view.
    let column = screen.matrix_column.min(names.len() - 1);
    let mut first = 0;
    while column_cells[first..=column].iter().sum::<usize>() > room && first < column {
        first += 1;
    }
    let mut last = first;
    let mut used = 0;
    while last < names.len() && used + column_cells[last] <= room {
        used += column_cells[last];
        last += 1;
    }
    // When every column fits, the cells left over lengthen the initiatives' titles.
    let title_cells = if first == 0 && last == names.len() {
        let widest = doc
            .initiatives
            .iter()
            .map(|i| width_capped(&i.title, cells))
            .max()
            .unwrap_or(0)
            + 2;
        title_cells.max(widest.min(title_cells + room - used))
    } else {
        title_cells
    };
    let flagged_roles: Vec<u32> = found.iter().filter_map(|c| c.role()).collect();
    let mut header = vec![Span::raw(" ".repeat(title_cells))];
    for index in first..last {
        let role = &doc.roles[index];
        let label = if full {
            names[index].clone()
        } else {
            (index + 1).to_string()
        };
        let flag = if flagged_roles.contains(&role.id) {
            "!"
        } else {
            ""
        };
        let style = if has_keys && index == column {
            theme.selected(true)
        } else {
            theme.strong()
        };
        header.push(Span::styled(
            pad(
                &format!("{label}{flag}"),
                column_cells[index],
                theme.ellipsis(),
            ),
            style,
        ));
    }
    lines.push(Line::from(header));
    let legend = if full {
        Vec::new()
    } else {
        // Rows the matrix leaves free when all its initiatives show.
        let spare = usize::from(area.height).saturating_sub(lines.len() + doc.initiatives.len());
        legend_lines(&names, cells, spare, theme)
    };
    let visible = usize::from(area.height)
        .saturating_sub(lines.len() + legend.len())
        .max(1);
    let row = screen.matrix_row.min(doc.initiatives.len() - 1);
    let top = (row + 1).saturating_sub(visible);
    for (index, initiative) in doc.initiatives.iter().enumerate().skip(top).take(visible) {
        let error = found
            .iter()
            .any(|c| c.is_error() && c.initiative() == Some(initiative.id));
        let mark = if error { theme.error_mark() } else { " " };
        let row_style = if has_keys && index == row {
            theme.strong().add_modifier(Modifier::UNDERLINED)
        } else {
            Style::new()
        };
        let mut spans = vec![
            Span::styled(mark.to_string(), theme.error()),
            Span::styled(
                pad(&initiative.title, title_cells - 1, theme.ellipsis()),
                row_style,
            ),
        ];
        for (position, role) in doc.roles.iter().enumerate().take(last).skip(first) {
            let letter = doc.raci.cell(initiative.id, role.id);
            let text = letter.map_or("·", Raci::letter);
            let cell = centred(text, column_cells[position]);
            let style = if has_keys && index == row && position == column {
                theme.selected(true)
            } else if let Some(letter) = letter {
                letter_style(letter, theme)
            } else if has_keys && (index == row || position == column) {
                theme.dim().add_modifier(Modifier::BOLD)
            } else {
                theme.dim()
            };
            spans.push(Span::styled(cell, style));
        }
        lines.push(Line::from(spans));
    }
    // The legend follows the matrix at once: on a tall projected screen the room
    // reads a column's number and its role together, not forty rows apart.
    lines.extend(legend);
    if checks_below {
        let free = usize::from(area.height).saturating_sub(lines.len());
        lines.extend(checks_in(free, view, found, cells));
    }
    frame.render_widget(Lines::new(lines), area);
}

/// Rows the legend of numbered columns may always take, even from the matrix.
const LEGEND_ROWS: usize = 3;

/// "1 技术总监 · 2 业务架构师 …" when the columns are numbered, under the matrix:
/// in the rows the matrix leaves free, or three. When that is too few, the last row ends in "…"
/// (the roles panel lists them all).
fn legend_lines(names: &[String], cells: usize, spare: usize, theme: Theme) -> Vec<Line<'static>> {
    let items: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(index, name)| format!("{} {name}", index + 1))
        .collect();
    let rows = spare.max(LEGEND_ROWS);
    let mut lines = wrap_list(&items, theme.separator(), cells, spare);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            let ellipsis = theme.ellipsis();
            *last = fit(&format!("{last} {ellipsis}"), cells, ellipsis);
        }
    }
    lines
        .into_iter()
        .map(|line| Line::styled(line, theme.dim()))
        .collect()
}

/// The checks in the `free` rows under the matrix, one row each, after a blank row
/// when there is room for it. When not all fit, the last row says how many more
/// there are; a single row shows the first check, since the status line above
/// already counts them all.
fn checks_in(free: usize, view: StepView, found: &[Check], cells: usize) -> Vec<Line<'static>> {
    let StepView { lang, theme, .. } = view;
    if found.is_empty() || free == 0 {
        return Vec::new();
    }
    let mut lines = Vec::new();
    if free >= 3 {
        lines.push(Line::raw(""));
    }
    let room = free - lines.len();
    let shown = if found.len() <= room || room == 1 {
        found.len().min(room)
    } else {
        room - 1
    };
    for check in &found[..shown] {
        let (text, style) = check_text(view, *check);
        lines.push(Line::styled(fit(&text, cells, theme.ellipsis()), style));
    }
    if shown < found.len() && room > 1 {
        let more = fill(lang.ui().checks_more, &[&(found.len() - shown).to_string()]);
        lines.push(Line::styled(
            fit(&more, cells, theme.ellipsis()),
            theme.dim(),
        ));
    }
    lines
}

/// One check in words, marked and styled as an error or a warning.
fn check_text(view: StepView, check: Check) -> (String, Style) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let (mark, style) = if check.is_error() {
        (theme.error_mark(), theme.error())
    } else {
        (theme.warning_mark(), theme.warning())
    };
    let text = format!(
        "{mark} {}",
        crate::describe::raci_check(&screen.doc, check, lang, !view.projector)
    );
    (text, style)
}

fn check_list(frame: &mut Canvas, area: Rect, view: StepView, found: &[Check]) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    let mut lines = vec![Line::styled(lang.ui().checks_heading, theme.heading())];
    if found.is_empty() && !doc.initiatives.is_empty() {
        lines.push(Line::styled(lang.ui().checks_none, theme.good()));
    }
    for check in found {
        let (text, style) = check_text(view, *check);
        for range in wrap_rows(&text, cells, 2) {
            lines.push(Line::styled(text[range].to_string(), style));
        }
    }
    frame.render_widget(Lines::new(lines), area);
}

/// `text` centred in `width` characters, as `format!("{text:^width$}")` centres
/// it, without the formatting machinery: the matrix has a cell per role for
/// every row in view.
fn centred(text: &str, width: usize) -> String {
    let padding = width.saturating_sub(text.chars().count());
    let before = padding / 2;
    let mut out = String::with_capacity(text.len() + padding);
    out.extend(std::iter::repeat_n(' ', before));
    out.push_str(text);
    out.extend(std::iter::repeat_n(' ', padding - before));
    out
}

#[cfg(test)]
mod tests {
    use super::centred;

    #[test]
    fn cells_are_centred_as_format_centres_them() {
        for text in ["", "R", "·", "AC", "负责"] {
            for width in 0..9 {
                assert_eq!(
                    centred(text, width),
                    format!("{text:^width$}"),
                    "{text:?} in {width}"
                );
            }
        }
    }
}
