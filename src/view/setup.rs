//! The Setup step: the session's details, then the participants as a table.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::split;
use super::step_view::StepView;
use super::text::{fit, pad, widest, widest_capped, width, wrap, wrap_list};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::{Focus, ParticipantColumn, SessionScreen, SetupField};
use crate::session::Side;

pub fn field_label(field: SetupField, lang: Lang) -> &'static str {
    let ui = lang.ui();
    match field {
        SetupField::Title => ui.field_title,
        SetupField::Organisation => ui.field_organisation,
        SetupField::Facilitator => ui.field_facilitator,
        SetupField::StartsAt => ui.field_starts_at,
    }
}

pub fn render(frame: &mut Canvas, area: Rect, view: StepView) {
    let rows = SetupField::ALL.len() as u16 + 1;
    let [fields_area, people_area] = split::top(area, rows);
    fields(frame, fields_area, view.screen, view.lang, view.theme);
    participants(frame, people_area, view);
}

fn fields(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let setup = &screen.doc.setup;
    let label_cells = SetupField::ALL
        .iter()
        .map(|field| width(field_label(*field, lang)))
        .max()
        .unwrap_or(0)
        + 2;
    let focused = screen.focus == Focus::Fields && screen.editing.is_none();
    let value_cells = usize::from(area.width).saturating_sub(label_cells + 2);
    let lines: Vec<Line> = SetupField::ALL
        .iter()
        .map(|field| {
            let value = match field {
                SetupField::Title => setup.title.clone(),
                SetupField::Organisation => setup.organisation.clone(),
                SetupField::Facilitator => setup.facilitator.clone(),
                SetupField::StartsAt => setup.starts_at.format("%Y-%m-%d %H:%M (%:z)").to_string(),
            };
            let selected = *field == screen.field && screen.focus == Focus::Fields;
            let marker = if selected { theme.current_mark() } else { " " };
            let label = pad(field_label(*field, lang), label_cells, theme.ellipsis());
            let value_style = if selected {
                theme.selected(focused)
            } else {
                Style::new()
            };
            Line::from(vec![
                Span::raw(format!("{marker} ")),
                Span::styled(label, theme.strong()),
                Span::styled(fit(&value, value_cells, theme.ellipsis()), value_style),
            ])
        })
        .collect();
    frame.render_widget(Lines::new(lines), area);
}

fn participants(frame: &mut Canvas, area: Rect, view: StepView) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let people = &screen.doc.setup.participants;
    let focused = screen.focus == Focus::Participants && screen.editing.is_none();
    let heading_text = fill(ui.participants_heading, &[&people.len().to_string()]);
    // The side balance follows the heading and wraps under it, a side at a time.
    let mut items = side_balance(people, lang);
    match items.first_mut() {
        Some(first) => *first = format!("{heading_text}  {first}"),
        None => items.push(heading_text.clone()),
    }
    let rows = wrap_list(&items, theme.separator(), usize::from(area.width), 0);
    let mut lines: Vec<Line> = rows
        .into_iter()
        .enumerate()
        .map(
            |(index, row)| match row.strip_prefix(heading_text.as_str()) {
                Some(rest) if index == 0 => Line::from(vec![
                    Span::styled(heading_text.clone(), theme.heading()),
                    Span::styled(rest.to_string(), theme.dim()),
                ]),
                _ => Line::styled(row, theme.dim()),
            },
        )
        .collect();
    let total = usize::from(area.width).saturating_sub(2);
    let heading = [
        ui.participant_name,
        ui.participant_department,
        ui.participant_side,
    ];
    // Each column as wide as its longest entry and a gap; where the row is too
    // narrow, the side keeps its width and name and department share the rest.
    let side_cells = widest(
        Side::ALL
            .map(|side| side.label(lang))
            .into_iter()
            .chain([heading[2]]),
    ) + 1;
    let names = people.iter().map(|p| p.name.as_str()).chain([heading[0]]);
    let name_wanted = widest_capped(names, total) + 2;
    let departments = people.iter().map(|p| p.department.as_str());
    let department_wanted = widest_capped(departments.chain([heading[1]]), total) + 2;
    let shared = total.saturating_sub(side_cells);
    let (name_cells, department_cells) = if name_wanted + department_wanted <= shared {
        (name_wanted, department_wanted)
    } else {
        let name = name_wanted.min((shared / 2).max(shared.saturating_sub(department_wanted)));
        (name, shared.saturating_sub(name))
    };
    let cells = [name_cells.max(4), department_cells.max(2), side_cells];
    lines.push(Line::styled(
        format!("  {}", row_text(&heading, cells, theme)),
        theme.strong(),
    ));
    if people.is_empty() {
        let text = view.with_keys(ui.participants_empty, ui.participants_empty_keys);
        for range in wrap(&text, total) {
            lines.push(Line::styled(format!("  {}", &text[range]), theme.dim()));
        }
    }
    let visible = usize::from(area.height).saturating_sub(lines.len()).max(1);
    let first = (screen.participant + 1).saturating_sub(visible);
    for (index, person) in people.iter().enumerate().skip(first).take(visible) {
        let selected = index == screen.participant && screen.focus == Focus::Participants;
        let marker = if selected { theme.current_mark() } else { " " };
        let values = [
            person.name.as_str(),
            person.department.as_str(),
            person.side.label(lang),
        ];
        let mut spans = vec![Span::raw(format!("{marker} "))];
        for (column, value) in values.iter().enumerate() {
            let is_cell = selected && column == column_index(screen.participant_column);
            let style = if is_cell {
                theme.selected(focused)
            } else {
                Style::new()
            };
            spans.push(Span::styled(
                pad(value, cells[column] - 1, theme.ellipsis()),
                style,
            ));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Lines::new(lines), area);
}

fn column_index(column: ParticipantColumn) -> usize {
    match column {
        ParticipantColumn::Name => 0,
        ParticipantColumn::Department => 1,
        ParticipantColumn::Side => 2,
    }
}

fn row_text(values: &[&str; 3], cells: [usize; 3], theme: Theme) -> String {
    values
        .iter()
        .zip(cells)
        .map(|(value, cells)| pad(value, cells - 1, theme.ellipsis()) + " ")
        .collect()
}

/// "business 3", "technology 2", …: joined, an unbalanced room shows at a glance.
fn side_balance(people: &[crate::session::Participant], lang: Lang) -> Vec<String> {
    Side::ALL
        .iter()
        .filter_map(|side| {
            let count = people.iter().filter(|person| person.side == *side).count();
            (count > 0).then(|| format!("{} {count}", side.label(lang)))
        })
        .collect()
}
