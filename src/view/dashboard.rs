//! The overview a review opens with: the stage, whole-brain coverage, five-unified
//! progress, the four synergies with their business–technology gaps, the health of
//! the role matrix, and the actions still open.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::step_view::StepView;
use super::text::{fit, pad, width, wrap_list};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::SessionScreen;
use crate::session::coverage::{Coverage, warnings};
use crate::session::raci_checks::checks;
use crate::session::strategy::Quadrant;
use crate::session::unified::AgreementStatus;
use crate::session::{Side, StepKind};

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
    let label_width = label_cells(lang);
    let value_cells = usize::from(inner.width).saturating_sub(label_width);
    let rows = lines(screen, lang, theme);
    // A value wraps under itself, a part at a time, while all of them fit the
    // panel; otherwise each keeps one row and is cut.
    let wrapped: Vec<Vec<String>> = rows
        .iter()
        .map(|(_, value, _)| {
            let parts: Vec<String> = value.split(" · ").map(str::to_string).collect();
            wrap_list(&parts, " · ", value_cells, usize::MAX)
        })
        .collect();
    let wrapping = wrapped.iter().map(Vec::len).sum::<usize>() <= usize::from(inner.height);
    let mut shown = Vec::new();
    for ((label, value, style), parts) in rows.into_iter().zip(wrapped) {
        let values = if wrapping {
            parts
        } else {
            vec![fit(&value, value_cells, theme.ellipsis())]
        };
        for (index, value) in values.into_iter().enumerate() {
            let label = if index == 0 { label } else { "" };
            shown.push(Line::from(vec![
                Span::styled(pad(label, label_width, theme.ellipsis()), theme.strong()),
                Span::styled(value, style),
            ]));
        }
    }
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

fn label_cells(lang: Lang) -> usize {
    let ui = lang.ui();
    [
        ui.dash_stage,
        ui.dash_strategy,
        ui.dash_unified,
        ui.dash_synergies,
        ui.dash_raci,
        ui.dash_actions,
        ui.dash_next,
        ui.dash_decisions,
        ui.dash_open_actions,
    ]
    .iter()
    .map(|label| width(label))
    .max()
    .unwrap_or(8)
        + 2
}

/// (label, value, style) rows; the synergies take one row each.
fn lines(screen: &SessionScreen, lang: Lang, theme: Theme) -> Vec<(&'static str, String, Style)> {
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
        ui.dash_stage,
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
        ui.dash_strategy,
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
        ui.dash_unified,
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
        let label = if index == 0 { ui.dash_synergies } else { "" };
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
    rows.push((Some(StepKind::RoleMapping), ui.dash_raci, text, style));

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
        ui.dash_actions,
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
    rows.push((None, ui.dash_next, next, Style::new()));
    // A follow-up's agenda may leave steps out: their rows would only show what
    // the session carries from earlier ones.
    rows.into_iter()
        .filter(|(kind, ..)| kind.is_none_or(|kind| doc.has_step(kind)))
        .map(|(_, label, value, style)| (label, value, style))
        .collect()
}
