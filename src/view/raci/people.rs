//! The role mapping step's people: the roles with who holds them, and what each
//! participant does through the roles they hold.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::i18n::fill;
use crate::session::raci_checks::duties;
use crate::view::canvas::Canvas;
use crate::view::lines::Lines;
use crate::view::step_view::StepView;
use crate::view::text::{fit, pad, widest_capped, width, wrapped};

/// Cells kept after a long role name for who holds it.
const HOLDER_ROOM: usize = 7;

pub(super) fn roles(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    let mut lines = vec![Line::styled(
        fit(
            &view.with_keys(
                &fill(ui.roles_heading, &[&doc.roles.len().to_string()]),
                ui.roles_heading_keys,
            ),
            cells,
            theme.ellipsis(),
        ),
        theme.heading(),
    )];
    let visible = usize::from(area.height).saturating_sub(1).max(1);
    let first = (screen.role + 1).saturating_sub(visible);
    let shown = || doc.roles.iter().enumerate().skip(first).take(visible);
    let numbers: Vec<String> = shown()
        .map(|(_, role)| doc.raci.cells_of_role(role.id).to_string())
        .collect();
    let digits = numbers.iter().map(String::len).max().unwrap_or(0);
    let counts: Vec<String> = numbers
        .iter()
        .map(|number| fill(ui.role_cells, &[&format!("{number:>digits$}")]))
        .collect();
    // Columns: the role, who holds it and, where the panel is wide enough for the
    // names, how many cells use it. A long role name leaves room to begin saying
    // who holds it.
    let room = cells.saturating_sub(2);
    let widest_name = widest_capped(shown().map(|(_, role)| role.name.get(lang)), room);
    let count_cells = counts.iter().map(|count| width(count)).max().unwrap_or(0);
    let count_cells = if widest_name + HOLDER_ROOM + count_cells + 4 <= room {
        count_cells
    } else {
        0
    };
    let name_cells = widest_name.min(room.saturating_sub(HOLDER_ROOM + 2));
    let held_cells =
        room.saturating_sub(name_cells + 2 + count_cells + 2 * usize::from(count_cells > 0));
    for ((index, role), count) in shown().zip(counts) {
        let cursor = has_keys && index == screen.role;
        let marker = if cursor { theme.current_mark() } else { " " };
        let holders: Vec<String> = doc
            .raci
            .holders_of(role.id)
            .iter()
            .filter_map(|id| doc.participant(*id).map(|p| p.name.clone()))
            .collect();
        let held = if holders.is_empty() {
            ui.nobody.to_string()
        } else {
            holders.join(lang.list_separator())
        };
        let style = if cursor {
            theme.selected(true)
        } else {
            theme.strong()
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{marker} ")),
            Span::styled(
                pad(role.name.get(lang), name_cells, theme.ellipsis()),
                style,
            ),
            Span::raw("  "),
            Span::styled(pad(&held, held_cells, theme.ellipsis()), theme.dim()),
            Span::raw(if count_cells > 0 { "  " } else { "" }),
            Span::styled(pad(&count, count_cells, ""), theme.dim()),
        ]));
    }
    frame.render_widget(Lines::new(lines), area);
}

pub(super) fn who_does_what(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    // The heading names the key that marks people fluent in both: it wraps rather
    // than being cut off.
    let heading = fill(ui.duties_heading, &[view.keys(ui.duties_heading_keys)]);
    let mut lines = wrapped(&heading, cells, theme.heading());
    let heading_rows = lines.len();
    if doc.setup.participants.is_empty() {
        lines.push(Line::styled(
            fit(ui.votes_need_people, cells, theme.ellipsis()),
            theme.dim(),
        ));
    }
    // Two rows a person; an odd row left over shows the next person's name, whose
    // duties the panel's edge cuts off.
    let rows = usize::from(area.height).saturating_sub(heading_rows).max(2);
    let whole = rows / 2;
    let first = (screen.duty_person + 1).saturating_sub(whole);
    let shown = || {
        let people = doc.setup.participants.iter().enumerate();
        people.skip(first).take(whole + rows % 2)
    };
    let head = |person: &crate::session::Participant| {
        let fluent = if doc.raci.fluent.contains(&person.id) {
            " ★"
        } else {
            ""
        };
        // A name wider than the column is cut anyway: only that much is copied.
        let name = fit(&person.name, cells / 2 + 1, "");
        format!("{name} ({}){fluent}", person.side.label(lang))
    };
    // The roles start in one column, after the longest name shown, up to half the row.
    let head_cells = widest_capped(shown().map(|(_, person)| head(person)), cells / 2);
    for (index, person) in shown() {
        let cursor = has_keys && index == screen.duty_person;
        let marker = if cursor { theme.current_mark() } else { " " };
        let roles: Vec<String> = doc
            .raci
            .roles_of(person.id)
            .iter()
            .filter_map(|id| doc.role(*id).map(|r| r.name.get(lang).to_string()))
            .collect();
        let style = if cursor {
            theme.selected(true)
        } else {
            theme.strong()
        };
        let roles = if roles.is_empty() {
            ui.no_roles.to_string()
        } else {
            roles.join(lang.list_separator())
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{marker} ")),
            Span::styled(pad(&head(person), head_cells, theme.ellipsis()), style),
            Span::styled(
                fit(
                    &format!("  {roles}"),
                    cells.saturating_sub(head_cells + 2),
                    theme.ellipsis(),
                ),
                theme.dim(),
            ),
        ]));
        let work: Vec<String> = duties(doc, person.id)
            .into_iter()
            .filter_map(|(id, letter)| {
                doc.initiative(id)
                    .map(|i| format!("{} {}", letter.letter(), i.title))
            })
            .collect();
        let work = if work.is_empty() {
            ui.no_duties.to_string()
        } else {
            work.join(" · ")
        };
        lines.push(Line::styled(
            fit(&format!("    {work}"), cells, theme.ellipsis()),
            Style::new(),
        ));
    }
    frame.render_widget(Lines::new(lines), area);
}
