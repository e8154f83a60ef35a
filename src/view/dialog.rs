//! Dialog boxes drawn over the session: their question, and the keys that answer it
//! (from the key table).

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::blank::Blank;
use super::centered;
use super::help::{binding_label, keys_label};
use super::lines::Lines;
use super::text::{fit, tag, width, wrap};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::keymap::{Context, bindings_of};
use crate::model::{Dialog, PickList, SessionScreen};
use crate::session::wrap_up::ActionStatus;

pub fn render(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let Some(dialog) = &screen.dialog else {
        return;
    };
    let ui = lang.ui();
    let box_width = area.width.saturating_sub(4).min(76);
    let inner_width = usize::from(box_width.saturating_sub(2));
    let (title, text, context) = match dialog {
        Dialog::ChangedOnDisk => (
            ui.dialog_changed_title,
            ui.dialog_changed_text.to_string(),
            Context::ChangedOnDisk,
        ),
        Dialog::Recovery { path, doc } => (
            ui.dialog_recovery_title,
            fill(
                ui.dialog_recovery_text,
                &[
                    &path.display().to_string(),
                    &doc.updated.format("%Y-%m-%d %H:%M:%S").to_string(),
                ],
            ),
            Context::Recovery,
        ),
        Dialog::QuitUnsaved { why } => (
            ui.dialog_quit_title,
            fill(ui.dialog_quit_text, &[&why.describe(lang)]),
            Context::QuitUnsaved,
        ),
        Dialog::ConfirmDeleteInitiative { id } => {
            let title = screen.doc.initiative(*id).map_or("", |i| i.title.as_str());
            let refs = screen.doc.initiative_references(*id);
            let text = fill(
                ui.dialog_delete_text,
                &[
                    title,
                    &refs.voters.to_string(),
                    &refs.mechanisms.to_string(),
                    &refs.raci_cells.to_string(),
                ],
            );
            (ui.dialog_delete_title, text, Context::ConfirmDelete)
        }
        Dialog::ConfirmDeleteRole { id } => {
            let name = screen.doc.role(*id).map_or("", |role| role.name.get(lang));
            let refs = screen.doc.role_references(*id);
            let text = fill(
                ui.dialog_delete_role_text,
                &[
                    name,
                    &refs.holders.to_string(),
                    &refs.cells.to_string(),
                    &refs.owned_items.to_string(),
                ],
            );
            (ui.dialog_delete_role_title, text, Context::ConfirmDelete)
        }
        Dialog::CarriedActions { .. } => (
            ui.dialog_carried_title,
            ui.dialog_carried_text.to_string(),
            Context::CarriedActions,
        ),
        Dialog::Pick { list, .. } => match list {
            PickList::Statements { .. } => (ui.dialog_pick_title, String::new(), Context::Pick),
            PickList::Holders { role } => {
                let name = screen
                    .doc
                    .role(*role)
                    .map_or("", |role| role.name.get(lang));
                let text = fill(ui.dialog_holders_role, &[name]);
                (ui.dialog_holders_title, text, Context::Pick)
            }
        },
    };
    let mut lines: Vec<Line> = if text.is_empty() {
        Vec::new()
    } else {
        wrap(&text, inner_width)
            .into_iter()
            .map(|range| Line::raw(text[range].to_string()))
            .collect()
    };
    if let Dialog::CarriedActions { cursor } = dialog {
        let room = usize::from(area.height).saturating_sub(10).max(3);
        let actions = &screen.doc.wrap_up.actions;
        let first = (cursor + 1).saturating_sub(room);
        let today = screen.today();
        let labels = ActionStatus::ALL.map(|status| status.label(lang));
        for (index, item) in actions.iter().enumerate().skip(first).take(room) {
            let owner = item
                .owner
                .and_then(|id| screen.doc.participant(id))
                .map_or(lang.ui().no_owner, |p| p.name.as_str());
            let due = crate::describe::due_short(item, today, lang);
            // Owner and date keep their place at the end however long the text.
            let separator = theme.separator();
            let tail = format!("{separator}{owner}{separator}{due}");
            let selected = index == *cursor;
            // The mark says which row is selected where colour cannot (NO_COLOR).
            let marker = if selected { theme.current_mark() } else { " " };
            let status = tag(item.status.label(lang), labels);
            let head = format!("{marker} {status} {}", item.text);
            let head_cells = inner_width.saturating_sub(width(&tail));
            let (style, tail_style) = match (selected, item.is_overdue(today)) {
                (true, _) => (theme.selected(true), theme.selected(true)),
                (false, true) => (Style::new(), theme.late()),
                (false, false) => (Style::new(), theme.dim()),
            };
            lines.push(Line::from(vec![
                Span::styled(fit(&head, head_cells, theme.ellipsis()), style),
                Span::styled(fit(&tail, inner_width, theme.ellipsis()), tail_style),
            ]));
        }
    }
    if let Dialog::Pick { list, cursor } = dialog {
        let room = usize::from(area.height).saturating_sub(8).max(3);
        lines.extend(choices(
            screen,
            *list,
            *cursor,
            inner_width,
            room,
            lang,
            theme,
        ));
    }
    lines.push(Line::raw(""));
    for binding in bindings_of(context) {
        lines.push(Line::from(vec![
            Span::styled(format!("  {}  ", keys_label(binding.keys)), theme.key()),
            Span::raw(binding_label(binding, lang)),
        ]));
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = centered(area, box_width, height);
    frame.render_widget(Blank, rect);
    frame.render_widget(super::blank::Beside(rect), area);
    let block = theme
        .block(true)
        .title(Line::styled(format!(" {title} "), theme.warning()));
    frame.render_widget(Lines::new(lines).block(block), rect);
}

/// The items of a pick list, ticked where chosen, scrolled to the cursor. Only the
/// items in view are written out, so a list of hundreds costs the rows it shows.
fn choices(
    screen: &SessionScreen,
    list: PickList,
    cursor: usize,
    cells: usize,
    room: usize,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let doc = &screen.doc;
    let (count, chosen, empty): (usize, &[u32], &str) = match list {
        PickList::Statements { initiative } => (
            doc.strategy.statements.len(),
            doc.initiative(initiative).map_or(&[], |i| &i.serves),
            lang.ui().dialog_pick_empty,
        ),
        PickList::Holders { role } => (
            doc.setup.participants.len(),
            doc.raci.holders_of(role),
            lang.ui().votes_need_people,
        ),
    };
    if count == 0 {
        return vec![Line::styled(empty, theme.dim())];
    }
    let item = |index: usize| match list {
        PickList::Statements { .. } => {
            let statement = &doc.strategy.statements[index];
            let text = format!("{} {}", statement.quadrant.letter(), statement.text);
            (chosen.contains(&statement.id), text)
        }
        PickList::Holders { .. } => {
            let person = &doc.setup.participants[index];
            let text = format!("{} ({})", person.name, person.side.label(lang));
            (chosen.contains(&person.id), text)
        }
    };
    let first = (cursor + 1).saturating_sub(room);
    (first..count.min(first.saturating_add(room)))
        .map(|index| {
            let (ticked, text) = item(index);
            let mark = if ticked { "[x]" } else { "[ ]" };
            let style = if index == cursor {
                theme.selected(true)
            } else {
                Style::new()
            };
            Line::styled(
                fit(&format!("{mark} {text}"), cells, theme.ellipsis()),
                style,
            )
        })
        .collect()
}
