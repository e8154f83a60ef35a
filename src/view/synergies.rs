//! The four synergies step: the ratings of all four side by side (business and
//! technology, today and target) with the gaps flagged, a chart and scale anchors
//! for the selected synergy, individual ratings, and the mechanisms.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::notes;
use super::split;
use super::step_view::StepView;
use super::tabs;
use super::text::{self, fit, pad, widest_capped, width, wrapped};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::{Focus, SessionScreen};
use crate::session::Side;
use crate::session::synergy::{GAP, MechanismKind, Synergy, SynergyKind};
use crate::update::synergy_columns;

const SIDE_BY_SIDE: u16 = 80;
/// Cells the selected synergy's chart keeps beside the grid: its labels and a
/// short bar.
const DETAIL_ROOM: u16 = 30;

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
        (true, Focus::People | Focus::Mechanisms | Focus::Notes) => {
            vec![Focus::Ratings, screen.focus]
        }
        (true, _) => vec![Focus::Ratings],
        (false, Focus::Agenda) => vec![Focus::Ratings],
        (false, focus) => vec![focus],
    };
    let body = tabs::above(frame, area, screen, &shown, focused, lang, theme);
    let (main, side) = if wide {
        let grid = grid_width(lang).min(body.width.saturating_sub(DETAIL_ROOM));
        let [left, _, right] = split::left_two(body, [grid, 2]);
        (left, Some(right))
    } else {
        (body, None)
    };
    match shown[0] {
        Focus::Ratings => ratings(
            frame,
            main,
            view,
            focused == Some(Focus::Ratings),
            side.is_none(),
        ),
        other => panel(frame, main, view, other, focused == Some(other)),
    }
    if let Some(side) = side {
        match shown.get(1) {
            Some(other) => panel(frame, side, view, *other, focused == Some(*other)),
            None => detail(frame, side, screen, lang, theme),
        }
    }
}

fn panel(frame: &mut Canvas, area: Rect, view: StepView, panel: Focus, has_keys: bool) {
    match panel {
        Focus::People => people(frame, area, view, has_keys),
        Focus::Mechanisms => mechanisms(frame, area, view, has_keys),
        _ => notes::render(frame, area, view),
    }
}

/// Cells the ratings grid needs: names, four columns and the gap flag.
fn grid_width(lang: Lang) -> u16 {
    let ui = lang.ui();
    let names = SynergyKind::ALL
        .iter()
        .map(|k| width(k.short(lang)))
        .max()
        .unwrap_or(8)
        + 2;
    let flag = width(&fill(ui.gap_flag, &["!", "5"])) + 1;
    (names + 4 * rating_column_width(lang) + flag) as u16
}

fn rating_column_width(lang: Lang) -> usize {
    let ui = lang.ui();
    width(ui.level_today).max(width(ui.level_target)).max(4) + 2
}

fn value_text(value: Option<u8>) -> String {
    value.map_or("—".to_string(), |v| v.to_string())
}

/// The grid of all four synergies; on narrow screens the selected one's chart and
/// anchors follow below.
fn ratings(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool, with_detail: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let people = &doc.setup.participants;
    let cells = usize::from(area.width);
    let name_cells = doc
        .synergies
        .iter()
        .map(|s| width(s.kind.short(lang)))
        .max()
        .unwrap_or(8)
        + 2;
    let column = rating_column_width(lang);
    let header = format!(
        "{}{}{}",
        " ".repeat(name_cells),
        pad(Side::Business.label(lang), column * 2, theme.ellipsis()),
        pad(Side::Technology.label(lang), column * 2, theme.ellipsis()),
    );
    let levels = format!(
        "{}{}{}{}{}",
        " ".repeat(name_cells),
        pad(ui.level_today, column, theme.ellipsis()),
        pad(ui.level_target, column, theme.ellipsis()),
        pad(ui.level_today, column, theme.ellipsis()),
        pad(ui.level_target, column, theme.ellipsis()),
    );
    let mut lines = vec![
        Line::styled(fit(&header, cells, theme.ellipsis()), theme.strong()),
        Line::styled(fit(&levels, cells, theme.ellipsis()), theme.dim()),
    ];
    let mut averaged = false;
    for (row, synergy) in doc.synergies.iter().enumerate() {
        let selected = row == screen.synergy;
        let marker = if selected && has_keys {
            theme.current_mark()
        } else {
            " "
        };
        let mut spans = vec![Span::styled(
            pad(
                &format!("{marker}{}", synergy.kind.short(lang)),
                name_cells,
                theme.ellipsis(),
            ),
            if selected {
                theme.strong()
            } else {
                Style::new()
            },
        )];
        for (index, (side, level)) in synergy_columns().into_iter().enumerate() {
            let own = synergy.side_rating(side).get(level);
            let view = synergy.view(side, people);
            let shown = match level {
                crate::session::synergy::Level::Today => view.today,
                crate::session::synergy::Level::Target => view.target,
            };
            let from_people = own.is_none() && shown.is_some();
            averaged |= from_people;
            let text = format!(
                "{}{}",
                value_text(shown),
                if from_people { "*" } else { "" }
            );
            let style = if selected && has_keys && index == screen.rating_column {
                theme.selected(true)
            } else {
                Style::new()
            };
            spans.push(Span::styled(
                pad(&format!(" {text}"), column, theme.ellipsis()),
                style,
            ));
        }
        if let Some(gap) = synergy.gap(people).filter(|gap| *gap >= GAP) {
            spans.push(Span::styled(
                fill(ui.gap_flag, &[theme.warning_mark(), &gap.to_string()]),
                theme.error(),
            ));
        }
        lines.push(Line::from(spans));
    }
    // The star is explained only where some value carries it; the keys only
    // where the facilitator alone reads them.
    let legend: Vec<&str> = [
        averaged.then_some(ui.from_people_note),
        (!view.projector).then_some(ui.rating_keys_note),
    ]
    .into_iter()
    .flatten()
    .collect();
    lines.extend(wrapped(&legend.join(" · "), cells, theme.dim()));
    let used = lines.len() as u16;
    frame.render_widget(Lines::new(lines), area);
    if with_detail && area.height > used + 1 {
        let below = Rect {
            y: area.y + used,
            height: area.height - used,
            ..area
        };
        detail(frame, below, screen, lang, theme);
    }
}

/// The selected synergy: bars for business and technology today and the target,
/// the gap spelled out, and what 1, 3 and 5 look like.
fn detail(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    let ui = lang.ui();
    let synergy = &screen.doc.synergies[screen.synergy.min(3)];
    let people = &screen.doc.setup.participants;
    let cells = usize::from(area.width);
    let business = synergy.view(Side::Business, people);
    let technology = synergy.view(Side::Technology, people);
    let target = match (business.target, technology.target) {
        (Some(b), Some(t)) => Some((b + t).div_ceil(2)),
        (b, t) => b.or(t),
    };
    let label_cells = [
        ui.bar_business_today,
        ui.bar_technology_today,
        ui.bar_target,
    ]
    .iter()
    .map(|l| width(l))
    .max()
    .unwrap_or(8)
        + 1;
    let bar_room = cells.saturating_sub(label_cells + 3).clamp(5, 30);
    let bar = |label: &str, value: Option<u8>, style: Style| {
        let filled = usize::from(value.unwrap_or(0)) * bar_room / 5;
        Line::from(vec![
            Span::raw(pad(label, label_cells, theme.ellipsis())),
            Span::styled(theme.bar_glyph().repeat(filled), style),
            Span::styled(
                theme.empty_bar_glyph().repeat(bar_room - filled),
                theme.dim(),
            ),
            Span::raw(format!(" {}", value_text(value))),
        ])
    };
    let heading = Line::styled(
        fit(synergy.kind.name(lang), cells, theme.ellipsis()),
        theme.heading(),
    );
    let bars = [
        bar(
            ui.bar_business_today,
            business.today,
            theme.side(Side::Business),
        ),
        bar(
            ui.bar_technology_today,
            technology.today,
            theme.side(Side::Technology),
        ),
        bar(ui.bar_target, target, theme.good()),
    ];
    let verdict = match synergy.gap(people) {
        Some(gap) if gap >= GAP => (fill(ui.gap_friction, &[&gap.to_string()]), theme.error()),
        Some(gap) => (fill(ui.gap_small, &[&gap.to_string()]), theme.good()),
        None => (ui.gap_unknown.to_string(), theme.dim()),
    };
    let verdict_lines = wrapped(&verdict.0, cells, verdict.1);
    let dim = |text: &'static str| wrapped(text, cells, theme.dim());
    let explanation = dim(synergy.kind.explanation(lang));
    let anchors: Vec<Line> = synergy
        .kind
        .anchors(lang)
        .into_iter()
        .flat_map(dim)
        .collect();
    let height = usize::from(area.height);
    let full = 1 + bars.len() + verdict_lines.len() + explanation.len() + anchors.len();
    let lines = if height >= full {
        let mut lines = vec![heading];
        lines.extend(bars);
        lines.extend(verdict_lines);
        lines.extend(explanation);
        lines.extend(anchors);
        lines
    } else {
        // Short of rows, the bars come first, since the gap between the two sides
        // is what the room is to see; then the verdict, the synergy's name and what
        // 1, 3 and 5 look like, a row each.
        let mut lines: Vec<Line> = bars.into_iter().take(height).collect();
        if height > lines.len() {
            lines.push(Line::styled(
                fit(&verdict.0, cells, theme.ellipsis()),
                verdict.1,
            ));
        }
        if height > lines.len() {
            lines.insert(0, heading);
        }
        let left = height - lines.len();
        lines.extend(
            synergy
                .kind
                .anchors(lang)
                .into_iter()
                .take(left)
                .map(|anchor| Line::styled(fit(anchor, cells, theme.ellipsis()), theme.dim())),
        );
        lines
    };
    frame.render_widget(Lines::new(lines), area);
}

fn people(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let synergy: &Synergy = &screen.doc.synergies[screen.synergy.min(3)];
    let cells = usize::from(area.width);
    let heading = fill(ui.people_heading, &[synergy.kind.name(lang)]);
    let participants = &screen.doc.setup.participants;
    // The heading wraps where the rows below it leave room for everyone.
    let rows = usize::from(area.height).saturating_sub(participants.len().max(1));
    let mut lines = text::heading(&heading, cells, rows, theme.heading(), theme.ellipsis());
    if participants.is_empty() {
        lines.push(Line::styled(
            fit(ui.votes_need_people, cells, theme.ellipsis()),
            theme.dim(),
        ));
    }
    let most = cells.saturating_sub(14).clamp(6, 28);
    // A name wider than the column is cut anyway: only that much is copied.
    let who_of = |person: &crate::session::Participant| {
        let name = fit(&person.name, most + 1, "");
        format!("{name} ({})", person.side.short(lang))
    };
    // As wide as the longest name, so that the scores stay near the names.
    let longest = widest_capped(participants.iter().map(who_of), most) + 1;
    let name_cells = longest.min(most);
    let visible = usize::from(area.height).saturating_sub(lines.len()).max(1);
    let first = (screen.person + 1).saturating_sub(visible);
    for (index, person) in participants.iter().enumerate().skip(first).take(visible) {
        let rating = synergy.people.get(&person.id).copied().unwrap_or_default();
        let cursor = has_keys && index == screen.person;
        let marker = if cursor { theme.current_mark() } else { " " };
        let who = pad(&who_of(person), name_cells, theme.ellipsis());
        let mut spans = vec![Span::raw(format!("{marker} {who}"))];
        for (column, value) in [rating.today, rating.target].into_iter().enumerate() {
            let style = if cursor && column == screen.person_column {
                theme.selected(true)
            } else {
                Style::new()
            };
            spans.push(Span::styled(format!("  {} ", value_text(value)), style));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Lines::new(lines), area);
}

fn mechanisms(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let synergy = &screen.doc.synergies[screen.synergy.min(3)];
    let cells = usize::from(area.width);
    let heading = fill(
        ui.mechanisms_heading,
        &[
            synergy.kind.name(lang),
            &synergy.mechanisms.len().to_string(),
        ],
    );
    let heading = view.with_keys(&heading, ui.mechanisms_heading_keys);
    // The heading wraps where the rows below it leave room (keeping one row for
    // the mechanisms themselves).
    let rows = usize::from(area.height)
        .saturating_sub(MechanismKind::PROPOSED.len() + synergy.mechanisms.len().max(1));
    let mut lines = text::heading(&heading, cells, rows, theme.heading(), theme.ellipsis());
    for (index, kind) in MechanismKind::PROPOSED.iter().enumerate() {
        lines.push(Line::styled(
            fit(
                &format!(" {} {}", index + 1, kind.name(lang)),
                cells,
                theme.ellipsis(),
            ),
            theme.dim(),
        ));
    }
    let visible = usize::from(area.height).saturating_sub(lines.len()).max(1);
    let first = (screen.mechanism + 1).saturating_sub(visible);
    for (index, mechanism) in synergy
        .mechanisms
        .iter()
        .enumerate()
        .skip(first)
        .take(visible)
    {
        let cursor = has_keys && index == screen.mechanism;
        let lead = if cursor {
            theme.current_mark()
        } else {
            theme.bullet()
        };
        let linked = mechanism
            .initiative
            .and_then(|id| screen.doc.initiative(id))
            .map_or(String::new(), |initiative| {
                format!(" → {}", initiative.title)
            });
        let style = if cursor {
            theme.selected(true)
        } else {
            Style::new()
        };
        lines.push(Line::styled(
            fit(
                &format!("{lead} {}{linked}", mechanism.text),
                cells,
                theme.ellipsis(),
            ),
            style,
        ));
    }
    frame.render_widget(Lines::new(lines), area);
}
