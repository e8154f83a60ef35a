//! Under the review overview and the wrap-up summary, in the rows they leave free:
//! the decisions and the actions still open, as the room and a reviewing team read
//! them first.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text::{fit, pad, width, wrap};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::SessionScreen;

/// One decision or action: whole, and cut to one row.
struct Item {
    whole: String,
    row: String,
    style: Style,
}

/// The lists in the `free` rows left, after a blank one: the decisions, then the
/// actions still open with their owners and dates. Each item wraps under itself
/// while every item fits so; otherwise each takes one row, and each list half the
/// rows when both cannot show whole, ending with `more_text` ("… and {0} more …"),
/// which says where the rest are.
pub fn render(
    screen: &SessionScreen,
    (free, more_text): (usize, &str),
    (label_width, value_cells): (usize, usize),
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    if free < 2 {
        return Vec::new();
    }
    let room = free - 1;
    let ui = lang.ui();
    let doc = &screen.doc;
    let today = screen.today();
    let open = || {
        doc.wrap_up
            .actions
            .iter()
            .filter(|action| !action.status.is_finished())
    };
    // Only the items that could be shown are made, so that hundreds cost no more
    // than a screenful.
    let counts = [doc.wrap_up.decisions.len(), open().count()];
    let decisions: Vec<Item> = doc
        .wrap_up
        .decisions
        .iter()
        .take(room)
        .map(|decision| {
            let row = fit(&decision.text, value_cells, theme.ellipsis());
            Item {
                whole: decision.text.clone(),
                row,
                style: Style::new(),
            }
        })
        .collect();
    let actions: Vec<Item> = open()
        .take(room)
        .map(|action| {
            let owner = action
                .owner
                .and_then(|id| doc.participant(id))
                .map_or(ui.no_owner, |person| person.name.as_str());
            let late = action.is_overdue(today);
            let due = crate::describe::due_short(action, today, lang);
            let tail = format!("{}{owner}{}{due}", theme.separator(), theme.separator());
            let text = fit(
                &action.text,
                value_cells.saturating_sub(width(&tail)),
                theme.ellipsis(),
            );
            let style = if late { theme.late() } else { Style::new() };
            Item {
                whole: format!("{}{tail}", action.text),
                row: format!("{text}{tail}"),
                style,
            }
        })
        .collect();
    let lists: Vec<(&str, usize, Vec<Item>)> = [
        (ui.dash_decisions, counts[0], decisions),
        (ui.dash_open_actions, counts[1], actions),
    ]
    .into_iter()
    .filter(|(_, count, _)| *count > 0)
    .collect();
    if lists.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::raw("")];
    let all_fit = lists.iter().map(|(_, count, _)| count).sum::<usize>() <= room;
    let wrapped: Vec<Vec<(String, Style)>> = lists
        .iter()
        .filter(|_| all_fit)
        .map(|(_, _, items)| {
            items
                .iter()
                .flat_map(|item| {
                    wrap(&item.whole, value_cells)
                        .into_iter()
                        .map(|range| (item.whole[range].to_string(), item.style))
                })
                .collect()
        })
        .collect();
    if all_fit && wrapped.iter().map(Vec::len).sum::<usize>() <= room {
        for ((label, ..), values) in lists.iter().zip(wrapped) {
            push_values(&mut lines, label, values, label_width, theme);
        }
        return lines;
    }
    let wanted: Vec<usize> = lists.iter().map(|(_, count, _)| *count).collect();
    let rooms = share(&wanted, room);
    for ((label, count, items), rows) in lists.into_iter().zip(rooms) {
        // A single row shows an item rather than only how many there are.
        let shown = if count > rows && rows > 1 {
            rows - 1
        } else {
            count.min(rows)
        };
        let more = if rows > 1 { count - shown } else { 0 };
        let mut values: Vec<(String, Style)> = items
            .into_iter()
            .take(shown)
            .map(|item| (item.row, item.style))
            .collect();
        if more > 0 {
            let text = fill(more_text, &[&more.to_string()]);
            values.push((fit(&text, value_cells, theme.ellipsis()), theme.dim()));
        }
        push_values(&mut lines, label, values, label_width, theme);
    }
    lines
}

/// Cells of the label column when the lists stand on their own.
pub fn label_cells(lang: Lang) -> usize {
    let ui = lang.ui();
    width(ui.dash_decisions).max(width(ui.dash_open_actions)) + 2
}

/// Rows of values, the label on the first.
fn push_values(
    lines: &mut Vec<Line<'static>>,
    label: &str,
    values: Vec<(String, Style)>,
    label_width: usize,
    theme: Theme,
) {
    for (index, (value, style)) in values.into_iter().enumerate() {
        let label = if index == 0 { label } else { "" };
        lines.push(Line::from(vec![
            Span::styled(pad(label, label_width, theme.ellipsis()), theme.strong()),
            Span::styled(value, style),
        ]));
    }
}

/// `room` rows shared between lists that want `wanted` rows each: every list gets
/// what it wants when all fit; otherwise each an equal share, a list that wants
/// less giving the rest to those after it.
fn share(wanted: &[usize], room: usize) -> Vec<usize> {
    let mut left = room;
    wanted
        .iter()
        .enumerate()
        .map(|(index, want)| {
            // Earlier lists win a row that cannot be shared evenly.
            let fair = left.div_ceil(wanted.len() - index);
            let later: usize = wanted[index + 1..].iter().sum();
            let take = if *want + later <= left {
                *want
            } else {
                (*want).min(fair.max(left.saturating_sub(later)))
            };
            left -= take;
            take
        })
        .collect()
}
