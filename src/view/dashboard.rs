//! The overview a review opens with: the stage, whole-brain coverage, five-unified
//! progress, the four synergies with their business–technology gaps, the health of
//! the role matrix, and the actions still open.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::step_view::StepView;
use super::text::{fit, pad, widest, width, wrap_cut, wrap_list};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::SessionScreen;
use crate::session::coverage::{Coverage, warnings};
use crate::session::raci_checks::checks;
use crate::session::strategy::Quadrant;
use crate::session::unified::AgreementStatus;
use crate::session::{Session, Side, StepKind};

/// The overview in `area`. On the projector its hints at keys are left out, as on
/// every step.
pub fn render(frame: &mut Canvas, area: Rect, view: StepView) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let title = view.with_keys(ui.dashboard_title, ui.dashboard_title_keys);
    let block = theme
        .block(true)
        .title(Line::styled(format!(" {title} "), theme.heading()));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = lines(screen, lang, theme);
    // The label column gives way, down to where its labels wrap, so that the
    // widest part of any value (a synergy's row) still fits beside it.
    let widest_part = rows
        .iter()
        .flat_map(|(_, value, _)| value.split(" · ").map(width))
        .max()
        .unwrap_or(0);
    let room = usize::from(inner.width).saturating_sub(widest_part);
    let label_text = label_cells(&rows, lang).min(room.max(MIN_LABEL_CELLS)) - 2;
    let row_labels: Vec<Vec<String>> = rows
        .iter()
        .map(|(label, ..)| wrap_cut(label, label_text, usize::MAX, theme.ellipsis()))
        .collect();
    // Wrapped labels may leave the column narrower than it was allowed to be.
    let wrapped_cells = widest(row_labels.iter().flatten());
    let fixed_cells = widest([ui.dash_decisions, ui.dash_open_actions]);
    let label_width = wrapped_cells.max(fixed_cells).min(label_text) + 2;
    let value_cells = usize::from(inner.width).saturating_sub(label_width);
    // A value wraps under itself, a part at a time, and a label under itself (into
    // the rows of a value that goes on without one, such as the synergies), while
    // all of them fit the panel; otherwise each keeps one row and is cut.
    let mut wrapped: Vec<(String, String, Style)> = Vec::new();
    let mut labels = std::collections::VecDeque::new();
    for (index, ((_, value, style), label)) in rows.iter().zip(row_labels).enumerate() {
        labels.extend(label.into_iter().filter(|line| !line.is_empty()));
        let parts: Vec<String> = value.split(" · ").map(str::to_string).collect();
        let values = wrap_list(&parts, " · ", value_cells, usize::MAX);
        let goes_on = rows
            .get(index + 1)
            .is_some_and(|(next, ..)| next.is_empty());
        let count = if goes_on {
            values.len()
        } else {
            values.len().max(labels.len())
        };
        for row in 0..count {
            let value = values.get(row).cloned().unwrap_or_default();
            wrapped.push((labels.pop_front().unwrap_or_default(), value, *style));
        }
    }
    let shown_rows = if wrapped.len() <= usize::from(inner.height) {
        wrapped
    } else {
        rows.into_iter()
            .map(|(label, value, style)| {
                let label = fit(&label, label_width - 2, theme.ellipsis());
                (label, fit(&value, value_cells, theme.ellipsis()), style)
            })
            .collect()
    };
    let mut shown: Vec<Line> = shown_rows
        .into_iter()
        .map(|(label, value, style)| {
            Line::from(vec![
                Span::styled(pad(&label, label_width, theme.ellipsis()), theme.strong()),
                Span::styled(value, style),
            ])
        })
        .collect();
    if screen.doc.has_step(StepKind::WrapUp) {
        let free = usize::from(inner.height).saturating_sub(shown.len());
        shown.extend(super::outcomes::render(
            screen,
            (free, &view.with_keys(ui.dash_more, ui.dash_more_keys)),
            (label_width, value_cells),
            lang,
            theme,
        ));
    }
    frame.render_widget(Lines::new(shown), inner);
}

/// The fewest cells the label column keeps, gap included, however wide the values.
const MIN_LABEL_CELLS: usize = 10;

/// The label column's cells: the widest label and a gap of two.
fn label_cells(rows: &[(String, String, Style)], lang: Lang) -> usize {
    let ui = lang.ui();
    let labels = rows.iter().map(|(label, ..)| label.as_str());
    widest(labels.chain([ui.dash_decisions, ui.dash_open_actions])) + 2
}

/// What the session's agenda calls its first step of `kind`: the overview's rows
/// are named as the room saw the steps named.
fn step_title(doc: &Session, kind: StepKind, lang: Lang) -> String {
    doc.steps
        .iter()
        .find(|step| step.kind == kind)
        .map_or_else(String::new, |step| step.title.get(lang).to_string())
}

/// (label, value, style) rows; the synergies take one row each.
fn lines(screen: &SessionScreen, lang: Lang, theme: Theme) -> Vec<(String, String, Style)> {
    let ui = lang.ui();
    let doc = &screen.doc;
    let mut rows = Vec::new();

    let stage = match doc.diagnosis.agreed {
        Some(stage) => format!("{} {}", stage.number(), stage.name(lang)),
        None => ui.not_set.to_string(),
    };
    let spread = if doc.diagnosis.is_split() {
        format!(" · {}", ui.dash_split)
    } else {
        String::new()
    };
    rows.push((
        Some(StepKind::Diagnose),
        step_title(doc, StepKind::Diagnose, lang),
        format!("{stage}{spread}"),
        Style::new(),
    ));

    let coverage = Coverage::of(doc);
    let quadrants = Quadrant::ALL
        .iter()
        .map(|q| format!("{} {}", q.letter(), coverage.by_quadrant[q.index()]))
        .collect::<Vec<_>>()
        .join("  ");
    let silent = warnings(doc).len();
    let style = if silent > 0 {
        theme.warning()
    } else {
        theme.good()
    };
    rows.push((
        Some(StepKind::Strategy),
        step_title(doc, StepKind::Strategy, lang),
        fill(
            ui.dash_strategy_value,
            &[&coverage.total.to_string(), &quadrants, &silent.to_string()],
        ),
        style,
    ));

    let agreed = doc
        .unified
        .iter()
        .filter(|i| i.status == AgreementStatus::Agreed)
        .count();
    let disputed = doc
        .unified
        .iter()
        .filter(|i| i.status == AgreementStatus::Disputed)
        .count();
    let style = if disputed > 0 {
        theme.error()
    } else {
        Style::new()
    };
    rows.push((
        Some(StepKind::FiveUnified),
        step_title(doc, StepKind::FiveUnified, lang),
        fill(
            ui.dash_unified_value,
            &[
                &agreed.to_string(),
                &disputed.to_string(),
                &doc.initiatives.len().to_string(),
            ],
        ),
        style,
    ));

    let name_cells = doc
        .synergies
        .iter()
        .map(|synergy| width(synergy.kind.short(lang)))
        .max()
        .unwrap_or(0);
    for (index, synergy) in doc.synergies.iter().enumerate() {
        let people = &doc.setup.participants;
        let value = |side| {
            synergy
                .view(side, people)
                .today
                .map_or("—".to_string(), |v| v.to_string())
        };
        let gap = synergy
            .gap(people)
            .filter(|gap| *gap >= crate::session::synergy::GAP);
        let flag = gap.map_or(String::new(), |gap| {
            fill(ui.gap_flag, &[theme.warning_mark(), &gap.to_string()])
        });
        let text = format!(
            "{}  {} {}  {} {}{flag}",
            pad(synergy.kind.short(lang), name_cells, theme.ellipsis()),
            Side::Business.short(lang),
            value(Side::Business),
            Side::Technology.short(lang),
            value(Side::Technology),
        );
        // The ratings shown are today's, not the targets.
        let label = if index == 0 {
            fill(
                ui.dash_today,
                &[&step_title(doc, StepKind::FourSynergies, lang)],
            )
        } else {
            String::new()
        };
        rows.push((
            Some(StepKind::FourSynergies),
            label,
            text,
            if gap.is_some() {
                theme.error()
            } else {
                Style::new()
            },
        ));
    }

    let found = checks(doc);
    let errors = found.iter().filter(|c| c.is_error()).count();
    let (text, style) = if doc.initiatives.is_empty() {
        (ui.raci_nothing_to_map.to_string(), theme.dim())
    } else if errors == 0 {
        (
            fill(ui.dash_raci_ready, &[&(found.len() - errors).to_string()]),
            theme.good(),
        )
    } else {
        (
            fill(
                ui.raci_not_ready,
                &[&errors.to_string(), &(found.len() - errors).to_string()],
            ),
            theme.error(),
        )
    };
    rows.push((
        Some(StepKind::RoleMapping),
        step_title(doc, StepKind::RoleMapping, lang),
        text,
        style,
    ));

    let today = screen.today();
    let actions = &doc.wrap_up.actions;
    let open = actions.iter().filter(|a| !a.status.is_finished()).count();
    let overdue = actions.iter().filter(|a| a.is_overdue(today)).count();
    let parked = doc.wrap_up.parking.iter().filter(|p| !p.closed).count();
    let style = if overdue > 0 {
        theme.error()
    } else {
        Style::new()
    };
    rows.push((
        None,
        ui.dash_actions.to_string(),
        fill(
            ui.dash_actions_value,
            &[&open.to_string(), &overdue.to_string(), &parked.to_string()],
        ),
        style,
    ));
    let next = doc
        .wrap_up
        .next_session
        .map_or(ui.not_set.to_string(), |date| {
            crate::describe::date_with_weekday(date, lang)
        });
    rows.push((None, ui.dash_next.to_string(), next, Style::new()));
    // A follow-up's agenda may leave steps out: their rows would only show what
    // the session carries from earlier ones.
    rows.into_iter()
        .filter(|(kind, ..)| kind.is_none_or(|kind| doc.has_step(kind)))
        .map(|(_, label, value, style)| (label, value, style))
        .collect()
}
