//! The Diagnose step: the four stages with the room's picks as bars, each
//! participant's pick, and the friction checklist.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::notes;
use super::split;
use super::step_view::StepView;
use super::tabs;
use super::text::{fit, heading, pad, widest, width, wrapped};
use crate::i18n::fill;
use crate::model::Focus;
use crate::session::diagnosis::{Friction, Presence, Stage};

/// Wide enough to show the stages beside the focused panel.
const SIDE_BY_SIDE: u16 = 80;

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
    let second = match screen.focus {
        Focus::Frictions | Focus::Notes => screen.focus,
        _ => Focus::Votes,
    };
    let shown: Vec<Focus> = match (wide, screen.focus) {
        (true, _) => vec![Focus::Stages, second],
        (false, Focus::Agenda) => vec![Focus::Stages],
        (false, focus) => vec![focus],
    };
    let body = tabs::above(frame, area, screen, &shown, focused, lang, theme);
    let areas: Vec<Rect> = if wide {
        let [left, _, right] = split::beside(body, 50, 2);
        vec![left, right]
    } else {
        vec![body]
    };
    for (panel, area) in shown.iter().zip(areas) {
        let has_keys = focused == Some(*panel);
        match panel {
            Focus::Stages => stages(frame, area, view, has_keys),
            Focus::Votes => votes(frame, area, view, has_keys),
            Focus::Frictions => frictions(frame, area, view, has_keys),
            _ => notes::render(frame, area, view),
        }
    }
}

fn stages(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let diagnosis = &screen.doc.diagnosis;
    let tally = diagnosis.tally();
    let most = tally.iter().copied().max().unwrap_or(0).max(1);
    let cells = usize::from(area.width);
    let name_cells = Stage::ALL
        .iter()
        .map(|s| width(s.name(lang)))
        .max()
        .unwrap_or(0)
        + 4;
    let bar_room = cells
        .saturating_sub(name_cells + 2 + 4 + width(ui.agreed_mark) + 1)
        .max(1);
    let mut lines = Vec::new();
    for (index, stage) in Stage::ALL.into_iter().enumerate() {
        let cursor = has_keys && index == screen.stage;
        let agreed = diagnosis.agreed == Some(stage);
        let marker = if cursor { theme.current_mark() } else { " " };
        let name = pad(
            &format!("{} {}", stage.number(), stage.name(lang)),
            name_cells - 2,
            theme.ellipsis(),
        );
        let count = tally[index];
        let bar = theme.bar_glyph().repeat(count * bar_room / most);
        let mut spans = vec![
            Span::raw(format!("{marker} ")),
            Span::styled(
                name,
                if cursor {
                    theme.selected(true)
                } else if agreed {
                    theme.good()
                } else {
                    theme.strong()
                },
            ),
            Span::raw(" "),
            Span::styled(bar, theme.bar_style(index)),
            Span::raw(format!(" {count}")),
        ];
        if agreed {
            spans.push(Span::styled(format!(" {}", ui.agreed_mark), theme.good()));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::raw(""));
    let votes = diagnosis.votes.len();
    let verdict = if votes == 0 {
        (
            view.with_keys(ui.no_picks_yet, ui.no_picks_yet_keys),
            theme.dim(),
        )
    } else if diagnosis.is_split() {
        let spread = tally.iter().filter(|count| **count > 0).count();
        (
            fill(ui.picks_split, &[&votes.to_string(), &spread.to_string()]),
            theme.warning(),
        )
    } else {
        (fill(ui.picks_agree, &[&votes.to_string()]), theme.good())
    };
    lines.extend(wrapped(&verdict.0, cells, verdict.1));
    let about = Stage::ALL[screen.stage.min(3)].explanation(lang);
    lines.extend(wrapped(about, cells, theme.dim()));
    frame.render_widget(Lines::new(lines), area);
}

fn votes(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let people = &screen.doc.setup.participants;
    let cells = usize::from(area.width);
    // The heading wraps where rows are left once everyone has one.
    let spare = usize::from(area.height).saturating_sub(people.len().max(1));
    let mut lines = heading(
        &view.with_keys(ui.votes_heading, ui.votes_heading_keys),
        cells,
        spare,
        theme.heading(),
        theme.ellipsis(),
    );
    if people.is_empty() {
        lines.extend(wrapped(ui.votes_need_people, cells, theme.dim()));
    }
    let votes = &screen.doc.diagnosis.votes;
    // Whole names with their side where the row has room for the longest stage
    // picked; then the side's short form; then the stage is cut rather than a name.
    let pick_cells = votes
        .values()
        .map(|stage| width(stage.name(lang)) + 2)
        .max()
        .unwrap_or(1);
    let who = |person: &crate::session::Participant, short: bool| {
        let side = if short {
            person.side.short(lang)
        } else {
            person.side.label(lang)
        };
        // A name wider than the panel is cut anyway: only that much is copied.
        let name = fit(&person.name, cells + 1, "");
        format!("{name} ({side})")
    };
    let widest_who = |short: bool| widest(people.iter().map(|p| who(p, short)));
    let short = widest_who(false) + 3 + pick_cells > cells;
    let room = cells
        .saturating_sub(pick_cells + 3)
        .max(cells.saturating_sub(14))
        .max(cells / 3);
    let name_cells = widest_who(short).min(room).max(6);
    let visible = usize::from(area.height).saturating_sub(lines.len()).max(1);
    let first = (screen.voter + 1).saturating_sub(visible);
    for (index, person) in people.iter().enumerate().skip(first).take(visible) {
        let cursor = has_keys && index == screen.voter;
        let marker = if cursor { theme.current_mark() } else { " " };
        let pick = match screen.doc.diagnosis.votes.get(&person.id) {
            Some(stage) => format!("{} {}", stage.number(), stage.name(lang)),
            None => "—".to_string(),
        };
        let who = who(person, short);
        let style = if cursor {
            theme.selected(true)
        } else {
            Style::new()
        };
        let text = format!("{} {}", pad(&who, name_cells, theme.ellipsis()), pick);
        lines.push(Line::from(vec![
            Span::raw(format!("{marker} ")),
            Span::styled(fit(&text, cells.saturating_sub(2), theme.ellipsis()), style),
        ]));
    }
    frame.render_widget(Lines::new(lines), area);
}

fn frictions(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let diagnosis = &screen.doc.diagnosis;
    let cells = usize::from(area.width);
    // Frictions typical of the agreed stage carry a star in a column of their own,
    // explained in the heading, so that no row loses it when its name is cut.
    let star_cells = if diagnosis.agreed.is_some() { 2 } else { 0 };
    let mut heading_text = view.with_keys(ui.frictions_heading, ui.frictions_heading_keys);
    if let Some(stage) = diagnosis.agreed {
        let legend = lang.content().friction_of_agreed_stage;
        let legend = fill(legend, &[&stage.number().to_string()]);
        heading_text = format!("{heading_text} · {legend}");
    }
    let rows = usize::from(area.height).saturating_sub(Friction::ALL.len());
    let mut lines = heading(
        &heading_text,
        cells,
        rows,
        theme.heading(),
        theme.ellipsis(),
    );
    let mark_cells = [Presence::Present, Presence::Absent, Presence::Unsure]
        .iter()
        .map(|presence| width(presence.label(lang)))
        .max()
        .unwrap_or(0)
        + 2;
    let visible = usize::from(area.height).saturating_sub(lines.len()).max(1);
    let first = (screen.friction + 1).saturating_sub(visible);
    for (index, friction) in Friction::ALL
        .into_iter()
        .enumerate()
        .skip(first)
        .take(visible)
    {
        let cursor = has_keys && index == screen.friction;
        let marker = if cursor { theme.current_mark() } else { " " };
        let presence = diagnosis.frictions.get(&friction);
        let mark = presence.map_or(String::new(), |p| p.label(lang).to_string());
        let mark = format!("[{}]", pad(&mark, mark_cells - 2, theme.ellipsis()));
        let mark_style = match presence {
            Some(Presence::Present) => theme.warning(),
            Some(_) => theme.good(),
            None => theme.dim(),
        };
        let stage = friction.stage().map_or(String::new(), |stage| {
            fill(
                lang.content().friction_stage,
                &[&stage.number().to_string()],
            )
        });
        let typical = friction.stage().is_some() && friction.stage() == diagnosis.agreed;
        let star = match (star_cells, typical) {
            (0, _) => "",
            (_, true) => "★ ",
            (_, false) => "  ",
        };
        let name = format!("{}{stage}", friction.name(lang));
        let style = if cursor {
            theme.selected(true)
        } else {
            Style::new()
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{marker} ")),
            Span::styled(mark, mark_style),
            Span::raw(" "),
            Span::styled(star, theme.strong()),
            Span::styled(
                fit(
                    &name,
                    cells.saturating_sub(mark_cells + 3 + star_cells),
                    theme.ellipsis(),
                ),
                style,
            ),
        ]));
    }
    frame.render_widget(Lines::new(lines), area);
}
