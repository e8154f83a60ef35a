//! The whole-brain strategy step: the statements with their tags, the coverage
//! panel beside them on wide screens, and the walk-around one quadrant at a time.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::split;
use super::tabs;
use super::text::{fit, pad, width, wrap, wrap_rows, wrapped};
use super::theme::Theme;
use super::{coverage, notes};
use crate::i18n::{Lang, fill};
use crate::model::{Focus, SessionScreen, StatementFilter, StatementSort};
use crate::session::strategy::{Quadrant, Statement};

const SIDE_BY_SIDE: u16 = 80;

pub fn render(frame: &mut Canvas, area: Rect, screen: &SessionScreen, lang: Lang, theme: Theme) {
    if let Some(quadrant) = screen.walk {
        return walk(frame, area, screen, quadrant, lang, theme);
    }
    let focused =
        (screen.editing.is_none() && screen.focus != Focus::Agenda).then_some(screen.focus);
    let wide = area.width >= SIDE_BY_SIDE;
    let shown: Vec<Focus> = match (wide, screen.focus) {
        (true, Focus::Notes) => vec![Focus::Statements, Focus::Notes],
        (true, _) => vec![Focus::Statements, Focus::Coverage],
        (false, Focus::Agenda) => vec![Focus::Statements],
        (false, focus) => vec![focus],
    };
    let body = tabs::above(frame, area, screen, &shown, focused, lang, theme);
    let areas: Vec<Rect> = if wide {
        let [left, _, right] = split::beside(body, 58, 2);
        vec![left, right]
    } else {
        vec![body]
    };
    for (panel, area) in shown.iter().zip(areas) {
        match panel {
            Focus::Coverage => coverage::render(frame, area, &screen.doc, lang, theme),
            Focus::Notes => notes::render(frame, area, screen, lang, theme),
            _ => statements(
                frame,
                area,
                screen,
                lang,
                theme,
                focused == Some(Focus::Statements),
            ),
        }
    }
}

fn walk(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    quadrant: Quadrant,
    lang: Lang,
    theme: Theme,
) {
    let [banner, _, list] = split::top_two(area, [4, 1]);
    let cells = usize::from(banner.width);
    let style = theme
        .quadrant(quadrant)
        .add_modifier(ratatui::style::Modifier::BOLD);
    let pattern = theme.quadrant_pattern(quadrant);
    let position = format!("{}/4 ", quadrant.index() + 1);
    let title = format!(
        " {} {} {}",
        quadrant.letter(),
        theme.separator().trim(),
        quadrant.word(lang)
    );
    let title_room = cells.saturating_sub(width(&position));
    let lines: Vec<Line> = [
        String::new(),
        format!("{}{position}", pad(&title, title_room, theme.ellipsis())),
        format!(" {}", quadrant.question(lang)),
        String::new(),
    ]
    .into_iter()
    .map(|text| {
        let mut text = fit(&text, cells, theme.ellipsis());
        while width(&text) < cells {
            text.push(if text.is_empty() || text.ends_with(pattern) {
                pattern
            } else {
                ' '
            });
        }
        Line::styled(text, style)
    })
    .collect();
    frame.render_widget(Lines::new(lines), banner);
    statements(frame, list, screen, lang, theme, screen.editing.is_none());
}

fn statements(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    lang: Lang,
    theme: Theme,
    has_keys: bool,
) {
    let ui = lang.ui();
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    let visible = screen.visible_statements();
    let mut lines = vec![Line::styled(
        fit(
            &heading(screen, visible.len(), lang),
            cells,
            theme.ellipsis(),
        ),
        theme.heading(),
    )];
    if visible.is_empty() {
        let hint = if screen.walk.is_some() {
            ui.walk_empty
        } else if doc.strategy.statements.is_empty() {
            ui.statements_empty
        } else {
            ui.statements_filtered_out
        };
        lines.extend(wrapped(hint, cells, theme.dim()));
        frame.render_widget(Lines::new(lines), area);
        return;
    }
    let detail_rows = if area.height >= 12 { 3 } else { 0 };
    let room = usize::from(area.height)
        .saturating_sub(lines.len() + detail_rows)
        .max(1);
    let selected = screen.statement.min(visible.len() - 1);
    let first = (selected + 1).saturating_sub(room);
    // While every statement shown fits wrapped, each reads whole under its text
    // column (a quadrant of the walk-around, say); otherwise each keeps one row.
    let text_cells = cells.saturating_sub(prefix_cells(lang));
    let wrapped: Option<Vec<Vec<std::ops::Range<usize>>>> = (visible.len() <= room
        && text_cells >= 8)
        .then(|| {
            visible
                .iter()
                .map(|index| wrap(&doc.strategy.statements[*index].text, text_cells))
                .collect()
        })
        .filter(|all: &Vec<Vec<_>>| {
            all.iter().map(|rows| rows.len().max(1)).sum::<usize>() <= room
        });
    for (position, index) in visible.iter().enumerate().skip(first).take(room) {
        let statement = &doc.strategy.statements[*index];
        let cursor =
            position == selected && (screen.focus == Focus::Statements || screen.walk.is_some());
        let text_style = if cursor {
            theme.selected(has_keys)
        } else {
            Style::new()
        };
        let parts = wrapped.as_ref().map(|all| &all[position]);
        let first_part = match parts.and_then(|parts| parts.first()) {
            Some(range) => statement.text[range.clone()].to_string(),
            None => fit(&statement.text, text_cells, theme.ellipsis()),
        };
        lines.push(row(
            statement,
            cursor,
            screen.merge_from == Some(statement.id),
            Span::styled(first_part, text_style),
            lang,
            theme,
        ));
        for range in parts.into_iter().flatten().skip(1) {
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(prefix_cells(lang))),
                Span::styled(statement.text[range.clone()].to_string(), text_style),
            ]));
        }
    }
    if detail_rows > 0 {
        let statement = &doc.strategy.statements[visible[selected]];
        lines.resize(usize::from(area.height) - detail_rows, Line::raw(""));
        lines.extend(detail(statement, screen, cells, lang, theme));
    }
    frame.render_widget(Lines::new(lines), area);
}

fn heading(screen: &SessionScreen, shown: usize, lang: Lang) -> String {
    let ui = lang.ui();
    let total = screen.doc.strategy.statements.len();
    let mut text = if shown == total {
        fill(ui.statements_heading, &[&total.to_string()])
    } else {
        fill(
            ui.statements_heading_filtered,
            &[&shown.to_string(), &total.to_string()],
        )
    };
    if screen.walk.is_none() {
        if let Some(filter) = screen.statement_view.filter {
            let what = match filter {
                StatementFilter::Quadrant(q) => format!("{} {}", q.letter(), q.word(lang)),
                StatementFilter::Principle(p) => p.name(lang).to_string(),
                StatementFilter::Side(side) => side.label(lang).to_string(),
            };
            text.push_str(&fill(ui.statements_filter, &[&what]));
        }
        let sort = match screen.statement_view.sort {
            StatementSort::Entered => None,
            StatementSort::Quadrant => Some(ui.sort_quadrant),
            StatementSort::Principle => Some(ui.sort_principle),
            StatementSort::Side => Some(ui.sort_side),
        };
        if let Some(sort) = sort {
            text.push_str(&fill(ui.statements_sort, &[sort]));
        }
    }
    text
}

#[allow(clippy::too_many_arguments)]
fn row(
    statement: &Statement,
    cursor: bool,
    merging: bool,
    text: Span<'static>,
    lang: Lang,
    theme: Theme,
) -> Line<'static> {
    let marker = if merging {
        "+"
    } else if cursor {
        theme.current_mark()
    } else {
        " "
    };
    let principle = pad(
        statement.principle.short(lang),
        principle_cells(lang),
        theme.ellipsis(),
    );
    let side = pad(
        statement.side.short(lang),
        side_cells(lang),
        theme.ellipsis(),
    );
    Line::from(vec![
        Span::raw(format!("{marker} ")),
        Span::styled(
            format!(" {} ", statement.quadrant.letter()),
            theme.quadrant(statement.quadrant),
        ),
        Span::raw(" "),
        Span::styled(principle, theme.strong()),
        Span::raw(" "),
        Span::styled(side, theme.dim()),
        Span::raw(" "),
        text,
    ])
}

/// The cells a row takes before the statement's text: marker, quadrant, principle
/// and side.
fn prefix_cells(lang: Lang) -> usize {
    2 + 4 + principle_cells(lang) + 1 + side_cells(lang) + 1
}

fn principle_cells(lang: Lang) -> usize {
    crate::session::strategy::Principle::ALL
        .iter()
        .map(|p| width(p.short(lang)))
        .max()
        .unwrap_or(4)
}

fn side_cells(lang: Lang) -> usize {
    crate::session::Side::ALL
        .iter()
        .map(|s| width(s.short(lang)))
        .max()
        .unwrap_or(4)
}

/// The selected statement in full: its text (two lines) and who said it.
fn detail(
    statement: &Statement,
    screen: &SessionScreen,
    cells: usize,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let ui = lang.ui();
    let mut lines: Vec<Line> = wrap_rows(&statement.text, cells, 2)
        .into_iter()
        .map(|range| Line::styled(statement.text[range].to_string(), theme.dim()))
        .collect();
    lines.resize(2, Line::raw(""));
    let names: Vec<&str> = statement
        .authors
        .iter()
        .filter_map(|id| screen.doc.participant(*id).map(|p| p.name.as_str()))
        .collect();
    let who = if names.is_empty() {
        ui.no_speaker.to_string()
    } else {
        names.join(", ")
    };
    let tags = format!(
        "{} {} {} {} {} {} {}",
        statement.quadrant.letter(),
        statement.quadrant.word(lang),
        theme.separator().trim(),
        statement.principle.name(lang),
        theme.separator().trim(),
        statement.side.label(lang),
        fill(ui.said_by, &[&who]),
    );
    lines.push(Line::styled(
        fit(&tags, cells, theme.ellipsis()),
        theme.strong(),
    ));
    lines
}
