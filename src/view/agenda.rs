//! The agenda down the side of the session screen: every step with its number, a
//! mark for the current one and for those done.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::canvas::Canvas;
use super::lines::Lines;
use super::text::{fit, width, wrap};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::model::{Focus, SessionScreen};

/// One step's row: what goes before the title, the title, and its style.
struct Entry<'a> {
    prefix: String,
    title: &'a str,
    style: Style,
}

pub fn render(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let focused = screen.focus == Focus::Agenda && screen.editing.is_none();
    let block = theme
        .block(focused)
        .title(format!(" {} ", lang.ui().agenda));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cells = usize::from(inner.width);
    let visible = usize::from(inner.height).max(1);
    let current = screen.step_index();
    let entries = entries(screen, lang, theme, focused);
    if entries.len() > visible {
        let lines: Vec<Line> = entries
            .iter()
            .map(|entry| one_row(entry, cells, theme))
            .collect();
        let first = (screen.agenda_cursor.max(current) + 1).saturating_sub(visible);
        frame.render_widget(Lines::new(lines).scroll(first as u16), inner);
        return;
    }
    // Rows to spare go to long titles, the current step's first and then in order,
    // so that a title wraps under itself and reads whole instead of being cut.
    let mut spare = visible - entries.len();
    let mut wrapped: Vec<Option<Vec<String>>> = vec![None; entries.len()];
    let order = std::iter::once(current).chain((0..entries.len()).filter(|&i| i != current));
    for index in order {
        let rows = wrap_under(&entries[index], cells);
        if rows.len() > 1 && rows.len() - 1 <= spare {
            spare -= rows.len() - 1;
            wrapped[index] = Some(rows);
        }
    }
    let lines: Vec<Line> = entries
        .iter()
        .zip(wrapped)
        .flat_map(|(entry, rows)| match rows {
            Some(rows) => rows
                .into_iter()
                .map(|row| Line::styled(row, entry.style))
                .collect(),
            None => vec![one_row(entry, cells, theme)],
        })
        .collect();
    frame.render_widget(Lines::new(lines), inner);
}

fn entries<'a>(
    screen: &'a SessionScreen,
    lang: Lang,
    theme: Theme,
    focused: bool,
) -> Vec<Entry<'a>> {
    let current = screen.step_index();
    screen
        .doc
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let mark = if index == current {
                theme.current_mark()
            } else {
                " "
            };
            let done = if step.done {
                format!("{} ", theme.done_mark())
            } else {
                String::new()
            };
            let style = if index == screen.agenda_cursor && focused {
                theme.selected(true)
            } else if index == current {
                theme.strong()
            } else if step.done {
                theme.good()
            } else {
                Style::new()
            };
            Entry {
                prefix: format!("{mark} {} {done}", index + 1),
                title: step.title.get(lang),
                style,
            }
        })
        .collect()
}

fn one_row(entry: &Entry, cells: usize, theme: Theme) -> Line<'static> {
    let text = format!("{}{}", entry.prefix, entry.title);
    Line::styled(fit(&text, cells, theme.ellipsis()), entry.style)
}

/// The title wrapped in the room after its prefix, later rows indented to line up.
fn wrap_under(entry: &Entry, cells: usize) -> Vec<String> {
    let indent = width(&entry.prefix);
    if cells <= indent + 4 {
        return Vec::new();
    }
    wrap(entry.title, cells - indent)
        .into_iter()
        .enumerate()
        .map(|(row, range)| {
            let lead = if row == 0 {
                entry.prefix.clone()
            } else {
                " ".repeat(indent)
            };
            format!("{lead}{}", &entry.title[range])
        })
        .collect()
}
