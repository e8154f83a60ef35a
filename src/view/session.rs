//! The session screen: a header, the agenda down the side, the current step with its
//! prompt and editor, and any dialog on top.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::step_view::StepView;
use super::text::{fit, width, width_capped, wrap_cut, wrap_rows};
use super::theme::Theme;
use super::{
    agenda, big, clock, dashboard, diagnose, dialog, editor, notes, raci, setup, split, strategy,
    synergies, unified, wrap_up,
};
use crate::dates::parse_due;
use crate::i18n::{Lang, fill};
use crate::keymap::Context;
use crate::model::{Focus, SessionScreen, Target};
use crate::msg::Action;
use crate::session::StepKind;

pub fn render(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let [header_area, body] = split::top(area, 1);
    header(frame, header_area, screen, lang, theme);
    let sidebar_width = (area.width / 4).clamp(18, 30);
    let [sidebar, main] = split::left(body, sidebar_width);
    agenda::render(frame, sidebar, screen, lang, theme);
    if screen.dashboard {
        let view = StepView {
            screen,
            lang,
            theme,
            projector: false,
        };
        dashboard::render(frame, main, view);
    } else {
        step(frame, main, screen, lang, theme, false);
    }
    overlays(frame, area, screen, lang, theme);
}

/// The header: brand, the session's title, where the session is, and the clock.
/// Where the row is short, the clock stays whole, as it is what the room looks at
/// most; the title gives way first, then the step's place shortens to `7/7`, then
/// the brand goes.
fn header(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let ui = lang.ui();
    let doc = &screen.doc;
    let title = crate::describe::title(&doc.setup.title, lang);
    let (step, steps) = (
        (screen.step_index() + 1).to_string(),
        doc.steps.len().to_string(),
    );
    let long_place = fill(ui.step_of, &[&step, &steps]);
    let short_place = format!("{step}/{steps}");
    let brand = " 业技 yeji ";
    let read_only = if screen.read_only {
        format!(" {} ", ui.read_only)
    } else {
        String::new()
    };
    let clock = clock::label(screen, lang, theme);
    let cells = usize::from(area.width);
    let bar = theme.bar();
    let around_title = |with_brand: bool, place: &str| {
        let brand = if with_brand {
            width(brand) + width(bar.trim_start())
        } else {
            0
        };
        brand + width(bar) + width(place) + 1 + width(&read_only) + width(&clock) + 1
    };
    let shortest_title = width_capped(title, 8).min(8);
    let choices = [
        (true, &long_place),
        (true, &short_place),
        (false, &short_place),
    ];
    let (with_brand, place) = choices
        .into_iter()
        .find(|(with_brand, place)| around_title(*with_brand, place) + shortest_title <= cells)
        .unwrap_or((false, &short_place));
    let title_room = cells
        .saturating_sub(around_title(with_brand, place))
        .min(cells / 2);
    let mut spans = Vec::new();
    if with_brand {
        spans.push(Span::styled(brand, theme.heading()));
        spans.push(Span::raw(bar.trim_start()));
    }
    if title_room > 0 {
        let title = fit(title, title_room, theme.ellipsis());
        spans.push(Span::styled(title, theme.strong()));
        spans.push(Span::raw(bar));
    }
    spans.push(Span::raw(format!("{place} ")));
    if !read_only.is_empty() {
        spans.push(Span::styled(read_only, theme.warning()));
    }
    let used: usize = spans.iter().map(|span| span.width()).sum();
    let room = cells.saturating_sub(used + width(&clock) + 1);
    spans.push(Span::raw(" ".repeat(room)));
    spans.push(Span::styled(clock, clock::style(screen, theme)));
    frame.render_widget(Lines::new(Line::from(spans)), area);
}

/// The step's frame: title line, prompt (left out in projector mode, which shows the
/// title big instead), the step's own content, private notes, and the editor.
fn step(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    lang: Lang,
    theme: Theme,
    projector: bool,
) {
    let ui = lang.ui();
    let step = &screen.doc.steps[screen.step_index()];
    let focused = screen.focus != Focus::Agenda || screen.editing.is_some();
    let mut title = vec![Span::styled(
        format!(" {} {} ", screen.step_index() + 1, step.title.get(lang)),
        theme.heading(),
    )];
    let minutes = fill(ui.minutes, &[&step.minutes.to_string()]);
    title.push(Span::raw(format!(
        "{}{minutes} ",
        theme.separator().trim_start()
    )));
    if step.done {
        title.push(Span::styled(
            format!("{} {} ", theme.done_mark(), ui.done),
            theme.good(),
        ));
    }
    let block = theme.block(focused).title(Line::from(title));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let editor_rows = screen
        .editing
        .as_ref()
        .map_or(0, |editing| editor::height(&editing.buffer, inner.width));
    let private = screen
        .doc
        .room
        .facilitator_notes
        .get(&step.id)
        .filter(|_| !projector);
    let notes_rows = private.map_or(0, |text| {
        (wrap_rows(text, usize::from(inner.width), 3).len() as u16 + 1).min(4)
    });
    let view = StepView {
        screen,
        lang,
        theme,
        projector,
    };
    let (prompt_lines, cut) = if projector {
        (Vec::new(), false)
    } else {
        let whole = screen.focus == Focus::Agenda && screen.editing.is_none();
        prompt(step.prompt.get(lang), inner, theme, whole)
    };
    let prompt_rows = prompt_lines.len() as u16;
    let [prompt_area, gap, content, notes_area, editor_area] = split::around(
        inner,
        [prompt_rows, u16::from(prompt_rows > 0)],
        [notes_rows, editor_rows],
    );
    frame.render_widget(Lines::new(prompt_lines), prompt_area);
    if cut {
        let hint = fill(view.keys(ui.prompt_cut_keys), &[&agenda_key(screen)]);
        // A cell short of the border, as the prompt's rows keep.
        let hint = fit(
            &hint,
            usize::from(gap.width).saturating_sub(1),
            theme.ellipsis(),
        ) + " ";
        frame.render_widget(
            Lines::new(Line::styled(hint, theme.dim()).right_aligned()),
            gap,
        );
    }
    match step.kind {
        StepKind::Setup => setup::render(frame, content, view),
        StepKind::Diagnose => diagnose::render(frame, content, view),
        StepKind::Strategy => strategy::render(frame, content, view),
        StepKind::FiveUnified => unified::render(frame, content, view),
        StepKind::FourSynergies => synergies::render(frame, content, view),
        StepKind::RoleMapping => raci::render(frame, content, view),
        StepKind::WrapUp => wrap_up::render(frame, content, view),
        _ => notes::render(frame, content, view),
    }
    if let Some(text) = private {
        let mut lines = vec![Line::styled(ui.private_notes, theme.dim())];
        lines.extend(
            wrap_rows(text, usize::from(inner.width), 3)
                .into_iter()
                .map(|r| Line::styled(text[r].to_string(), theme.dim())),
        );
        frame.render_widget(Lines::new(lines), notes_area);
    }
    if let Some(editing) = &screen.editing {
        let label = editing_label(editing.target, lang);
        let label = if editing.target.is_due_date() {
            let preview = parse_due(editing.buffer.text(), screen.today())
                .map_or("?".to_string(), |date| {
                    crate::describe::date_with_weekday(date, lang)
                });
            format!("{label} → {preview}")
        } else {
            label.to_string()
        };
        editor::render(frame, editor_area, &label, &editing.buffer, theme);
    }
}

/// The prompt, wrapped, cut short with an ellipsis: `whole` (with the agenda in
/// use, between steps, when it is read) in up to a third of the room; while the
/// step's panels are in use, in up to a fifth (four rows at least, which every
/// Chinese prompt fits at 80×24), which leaves the step's own content the room it
/// needs on a small screen. Also says whether the step's panels cut it short,
/// which the row under it then tells the facilitator how to read it all.
fn prompt(text: &str, inner: Rect, theme: Theme, whole: bool) -> (Vec<Line<'static>>, bool) {
    let third = usize::from(inner.height / 3).max(1);
    let most = if whole {
        third
    } else {
        third.min(usize::from(inner.height / 5).max(4))
    };
    let cells = usize::from(inner.width);
    let cut = !whole && most < third && wrap_rows(text, cells, third).len() > most;
    let lines = wrap_cut(text, cells, most, theme.ellipsis())
        .into_iter()
        .map(|text| Line::styled(text, theme.dim()))
        .collect();
    (lines, cut)
}

/// The panel key that reaches the agenda in the fewest presses from the panel in
/// use: Shift-Tab from the first panels, Tab from the last.
fn agenda_key(screen: &SessionScreen) -> String {
    let panels = screen.panels();
    let at = panels.iter().position(|p| *p == screen.focus).unwrap_or(0);
    let action = if at * 2 <= panels.len() {
        Action::PreviousPanel
    } else {
        Action::NextPanel
    };
    crate::keymap::bindings_of(Context::Session)
        .find(|binding| binding.action == action)
        .map(|binding| super::labels::hint_keys(binding.keys))
        .unwrap_or_default()
}

/// Projector mode: no agenda, no footer; the step number and the clock big, the
/// title bold, the content at full width. The overview, when it is on, takes the
/// step's place under its own title: it is the whole session, not a step, so no
/// step number shows beside it.
pub fn render_projector(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    lang: Lang,
    theme: Theme,
) {
    let [top, _, body] = split::top_two(area, [big::BIG_ROWS, 1]);
    if screen.dashboard {
        big_header(frame, top, screen, ("", lang.ui().dashboard_title), theme);
        let view = StepView {
            screen,
            lang,
            theme,
            projector: true,
        };
        dashboard::render(frame, body, view);
    } else {
        let number = (screen.step_index() + 1).to_string();
        let title = screen.doc.steps[screen.step_index()].title.get(lang);
        big_header(frame, top, screen, (&number, title), theme);
        step(frame, body, screen, lang, theme, true);
    }
    overlays(frame, area, screen, lang, theme);
}

/// The projector's top rows: `number` big on the left, `title` bold, the clock big
/// on the right (in a review, the time taken).
fn big_header(
    frame: &mut Canvas,
    top: Rect,
    screen: &SessionScreen,
    (number, title): (&str, &str),
    theme: Theme,
) {
    let clock_text = clock::big_text(screen);
    let number_rows = big::big_rows(number, theme);
    let clock_rows = big::big_rows(&clock_text, theme);
    let cells = usize::from(top.width);
    let left = big::big_width(number) + 2;
    let right = big::big_width(&clock_text);
    let title_cells = cells.saturating_sub(left + right + 2);
    let lines: Vec<Line> = (0..usize::from(big::BIG_ROWS))
        .map(|row| {
            let middle = if row == 2 {
                fit(&format!(" {title} "), title_cells, theme.ellipsis())
            } else {
                String::new()
            };
            let gap = title_cells.saturating_sub(width(&middle));
            Line::from(vec![
                Span::styled(format!("{}  ", number_rows[row]), theme.heading()),
                Span::styled(
                    middle,
                    theme
                        .strong()
                        .add_modifier(ratatui::style::Modifier::REVERSED),
                ),
                Span::raw(" ".repeat(gap + 2)),
                Span::styled(clock_rows[row].clone(), clock::style(screen, theme)),
            ])
        })
        .collect();
    frame.render_widget(Lines::new(lines), top);
}

/// Dialogs and the step switcher, on top of whatever is drawn.
fn overlays(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    if screen.dialog.is_some() {
        dialog::render(frame, area, screen, lang, theme);
    }
    if let Some(buffer) = &screen.switcher {
        switcher(frame, area, screen, buffer, lang, theme);
    }
}

fn switcher(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    buffer: &crate::model::text::TextBuffer,
    lang: Lang,
    theme: Theme,
) {
    let matches = crate::update::matching_steps(screen, buffer.text());
    let box_width = area.width.saturating_sub(4).min(50);
    // One box holds what is typed and, under it, the steps it matches: rows
    // drawn outside a box would cut through the borders of the panels behind.
    let typed_rows = editor::height(buffer, box_width);
    let height = (typed_rows + matches.len() as u16).min(area.height);
    let rect = super::centered(area, box_width, height);
    frame.render_widget(super::blank::Blank, rect);
    frame.render_widget(super::blank::Beside(rect), area);
    editor::render(frame, rect, lang.ui().switcher_title, buffer, theme);
    let list = Rect {
        x: rect.x + 1,
        y: rect.y + typed_rows - 1,
        width: rect.width.saturating_sub(2),
        height: rect.height.saturating_sub(typed_rows),
    };
    let lines: Vec<Line> = matches
        .iter()
        .enumerate()
        .map(|(position, index)| {
            let text = format!(
                " {} {}",
                index + 1,
                screen.doc.steps[*index].title.get(lang)
            );
            let style = if position == 0 {
                theme.selected(true)
            } else {
                theme.dim()
            };
            Line::styled(fit(&text, usize::from(list.width), theme.ellipsis()), style)
        })
        .collect();
    frame.render_widget(Lines::new(lines), list);
}

fn editing_label(target: Target, lang: Lang) -> &'static str {
    let ui = lang.ui();
    match target {
        Target::Setup(field) => setup::field_label(field, lang),
        Target::ParticipantName(_) => ui.participant_name,
        Target::ParticipantDepartment(_) => ui.participant_department,
        Target::Note(_) => ui.editing_note,
        Target::Statement(_) => ui.editing_statement,
        Target::Agreement(_) => ui.editing_agreement,
        Target::UnifiedNotes(_) => ui.editing_unified_notes,
        Target::InitiativeTitle(_) => ui.editing_initiative,
        Target::InitiativeDescription(_) => ui.editing_description,
        Target::InitiativeQuarter(_) => ui.editing_quarter,
        Target::Mechanism(_) => ui.editing_mechanism,
        Target::RoleName(_) => ui.editing_role,
        Target::Decision(_) => ui.editing_decision,
        Target::ActionText(_) => ui.editing_action,
        Target::ActionDue(_) | Target::ParkedDue(_) => ui.editing_due,
        Target::ParkedText(_) => ui.editing_parked,
        Target::IndicatorName(_) => ui.editing_indicator,
        Target::IndicatorBaseline(_) => ui.editing_baseline,
        Target::IndicatorTarget(_) => ui.editing_target_value,
        Target::IndicatorUnit(_) => ui.editing_unit,
        Target::NextSession => ui.editing_next_session,
        Target::FacilitatorNotes(_) => ui.editing_facilitator_notes,
    }
}
