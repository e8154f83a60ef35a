//! The two footer lines: the keys that matter here (from the keymap), then the
//! latest notice on the left and the save state on the right. The projector has
//! no footer: it shows a row of its own only while there is a notice or a save
//! has failed, which the facilitator must see.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::help::{binding_label, hint_keys};
use super::lines::Lines;
use super::split;
use super::text::{fit, width, wrap_rows};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::keymap::{Binding, active_contexts, bindings_of};
use crate::model::{Model, NoticeText, SaveStatus, Screen};
use crate::msg::Action;

pub fn render(frame: &mut Canvas, area: Rect, model: &Model, theme: Theme) {
    let [hints_area, status_area] = split::two_rows(area);
    let lang = model.lang;
    let (status, status_style) = match &model.screen {
        Screen::Session(screen) => save_status(&screen.save.status(), lang, theme),
        Screen::Start(_) => (String::new(), Style::new()),
    };
    let status = fit(&status, usize::from(area.width) * 2 / 3, theme.ellipsis());
    let status_cells = width(&status) as u16;
    let [left, right] = split::right(status_area, status_cells + 1);
    // One cell kept free keeps the save state apart from a notice that fills its row.
    let left_cells = usize::from(left.width).saturating_sub(1);
    let mut hints_shown = true;
    let left_line = match &model.notice {
        Some(notice) => {
            let style = if notice.is_error {
                theme.error()
            } else {
                theme.good()
            };
            let text = notice_text(&notice.text, lang);
            let rows = wrap_rows(&text, left_cells, 2);
            if rows.len() > 1 {
                // A notice too long for its row takes the keys' row above too: it
                // has just happened, and must be read whole.
                hints_shown = false;
                let first = Line::styled(text[rows[0].clone()].to_string(), style);
                frame.render_widget(Lines::new(first), hints_area);
                let rest = fit(&text[rows[1].start..], left_cells, theme.ellipsis());
                Line::styled(rest, style)
            } else {
                Line::styled(fit(&text, left_cells, theme.ellipsis()), style)
            }
        }
        None => match &model.screen {
            Screen::Session(screen) => Line::styled(
                fit(
                    &screen.path.display().to_string(),
                    left_cells,
                    theme.ellipsis(),
                ),
                theme.dim(),
            ),
            Screen::Start(start) => match start.selected.checked_sub(1) {
                Some(index) => Line::styled(
                    fit(
                        &start.listings[index].path.display().to_string(),
                        left_cells,
                        theme.ellipsis(),
                    ),
                    theme.dim(),
                ),
                None => Line::raw(""),
            },
        },
    };
    if hints_shown {
        frame.render_widget(
            Lines::new(hints(model, usize::from(area.width), theme)),
            hints_area,
        );
    }
    frame.render_widget(Lines::new(left_line), left);
    frame.render_widget(Lines::new(Line::styled(status, status_style)), right);
}

/// The projector's notice row: one while there is a notice or a failed save,
/// else none, so that the room's view stays the step's.
pub fn projector_rows(model: &Model) -> u16 {
    u16::from(model.notice.is_some() || failed_save(model).is_some())
}

/// The projector's notice row: the notice on the left, a failed save on the right.
pub fn render_projector(frame: &mut Canvas, area: Rect, model: &Model, theme: Theme) {
    if area.height == 0 {
        return;
    }
    let lang = model.lang;
    let (status, status_style) = failed_save(model)
        .map(|status| save_status(&status, lang, theme))
        .unwrap_or_default();
    let status = fit(&status, usize::from(area.width) * 2 / 3, theme.ellipsis());
    let [left, right] = split::right(area, width(&status) as u16 + 1);
    if let Some(notice) = &model.notice {
        let style = if notice.is_error {
            theme.error()
        } else {
            theme.good()
        };
        let text = fit(
            &notice_text(&notice.text, lang),
            usize::from(left.width).saturating_sub(1),
            theme.ellipsis(),
        );
        frame.render_widget(Lines::new(Line::styled(text, style)), left);
    }
    frame.render_widget(Lines::new(Line::styled(status, status_style)), right);
}

/// The save state where saving has failed, which must never go unseen.
fn failed_save(model: &Model) -> Option<SaveStatus<'_>> {
    let status = model.session()?.save.status();
    matches!(status, SaveStatus::Failed(_) | SaveStatus::ChangedOnDisk).then_some(status)
}

fn hints(model: &Model, room: usize, theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    let read_only = model.session().is_some_and(|screen| screen.read_only);
    // A one-line field (the step switcher and a new session's title are two) takes
    // no line break, so its key is not offered.
    let one_line = match &model.screen {
        Screen::Session(screen) => {
            screen.switcher.is_some()
                || screen
                    .editing
                    .as_ref()
                    .is_some_and(|editing| !editing.buffer.is_multiline())
        }
        Screen::Start(start) => start
            .new_title
            .as_ref()
            .is_some_and(|title| !title.is_multiline()),
    };
    for context in active_contexts(model) {
        let shown = |binding: &&Binding| {
            binding.hint
                && !(read_only && binding.action.changes_session())
                && !(one_line && binding.action == Action::NewLine)
        };
        for binding in bindings_of(context).filter(shown) {
            let key = hint_keys(binding.keys);
            let label = binding_label(binding, model.lang);
            let cells = width(&key) + width(label) + 3;
            if used + cells > room {
                return Line::from(spans);
            }
            used += cells;
            spans.push(Span::styled(format!(" {key}"), theme.key()));
            spans.push(Span::raw(format!(" {label} ")));
        }
    }
    Line::from(spans)
}

pub fn save_status(status: &SaveStatus, lang: Lang, theme: Theme) -> (String, Style) {
    let ui = lang.ui();
    match status {
        SaveStatus::ReadOnly => (ui.read_only.to_string(), theme.warning()),
        SaveStatus::Unchanged => (ui.status_unchanged.to_string(), theme.dim()),
        SaveStatus::Saved(at) => (
            fill(ui.status_saved, &[&at.format("%H:%M:%S").to_string()]),
            theme.good(),
        ),
        SaveStatus::Unsaved => (ui.status_unsaved.to_string(), theme.warning()),
        SaveStatus::Failed(why) => (
            fill(ui.status_failed, &[&why.describe(lang)]),
            theme.error(),
        ),
        SaveStatus::ChangedOnDisk => (ui.status_changed_on_disk.to_string(), theme.error()),
    }
}

pub fn notice_text(text: &NoticeText, lang: Lang) -> String {
    let ui = lang.ui();
    match text {
        NoticeText::ReadOnly => ui.notice_read_only.to_string(),
        NoticeText::NothingToUndo => ui.notice_nothing_to_undo.to_string(),
        NoticeText::NothingToRedo => ui.notice_nothing_to_redo.to_string(),
        NoticeText::Undone => ui.notice_undone.to_string(),
        NoticeText::Redone => ui.notice_redone.to_string(),
        NoticeText::Deleted => ui.notice_deleted.to_string(),
        NoticeText::BadDateTime(text) => fill(ui.notice_bad_date, &[text]),
        NoticeText::BadQuarter(text) => fill(ui.notice_bad_quarter, &[text]),
        NoticeText::Load(error) => error.line(lang),
        NoticeText::Plain(text) => text.clone(),
        NoticeText::Created(path) => fill(ui.notice_created, &[&path.display().to_string()]),
        NoticeText::Migrated(version) => fill(ui.notice_migrated, &[&version.to_string()]),
        NoticeText::MovedTo(path) => fill(ui.notice_moved, &[&path.display().to_string()]),
        NoticeText::RecoveryRestored => ui.notice_recovery_restored.to_string(),
        NoticeText::RecoveryWaiting(path) => {
            let name = path.file_name().unwrap_or(path.as_os_str());
            fill(ui.notice_recovery_waiting, &[&name.to_string_lossy()])
        }
        NoticeText::MergePick => ui.notice_merge_pick.to_string(),
        NoticeText::Merged => ui.notice_merged.to_string(),
        NoticeText::ReorderNeedsEntryOrder => ui.notice_reorder_entry_order.to_string(),
        NoticeText::NoDotsLeft => ui.notice_no_dots_left.to_string(),
        NoticeText::DotCapReached => ui.notice_dot_cap.to_string(),
        NoticeText::BadDue(text) => fill(ui.notice_bad_due, &[text]),
        NoticeText::Parked => ui.notice_parked.to_string(),
        NoticeText::NotARating => ui.notice_not_a_rating.to_string(),
        NoticeText::NoStepMatches(text) => fill(ui.notice_no_step, &[text]),
        NoticeText::ThemeChanged => ui.notice_theme.to_string(),
        NoticeText::Bell(true) => ui.notice_bell_on.to_string(),
        NoticeText::Bell(false) => ui.notice_bell_off.to_string(),
        NoticeText::ItemsAdded(count) => fill(ui.notice_items_added, &[&count.to_string()]),
        NoticeText::NowhereToPaste => ui.notice_nowhere_to_paste.to_string(),
        NoticeText::ParticipantsAdded(count) => {
            fill(ui.notice_participants_added, &[&count.to_string()])
        }
        NoticeText::SidesUnknown(written) => {
            let list = written.join(lang.list_separator());
            fill(ui.notice_sides_unknown, &[&list])
        }
    }
}
