//! The whole-brain strategy step: the statements with their tags, the coverage
//! panel beside them on wide screens, and the walk-around one quadrant at a time.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::list_panel::{Items, ListText, cut, list, list_heading, scrolled};
use super::split;
use super::step_view::StepView;
use super::tabs;
use super::text::{fit, pad, width, wrap_rows, wrapped};
use super::theme::Theme;
use super::{coverage, notes};
use crate::i18n::{Lang, fill};
use crate::model::{Focus, SessionScreen, StatementFilter, StatementSort};
use crate::session::strategy::{Quadrant, Statement};

const SIDE_BY_SIDE: u16 = 80;

pub fn render(frame: &mut Canvas, area: Rect, view: StepView) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    if let Some(quadrant) = screen.walk {
        return walk(frame, area, view, quadrant);
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
            Focus::Notes => notes::render(frame, area, view),
            _ => statements(frame, area, view, focused == Some(Focus::Statements)),
        }
    }
}

fn walk(frame: &mut Canvas, area: Rect, view: StepView, quadrant: Quadrant) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
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
    statements(frame, list, view, screen.editing.is_none());
}

fn statements(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let cells = usize::from(area.width);
    let visible = screen.visible_statements();
    let heading = heading(view, visible.len());
    if visible.is_empty() {
        let hint = if screen.walk.is_some() {
            view.with_keys(ui.walk_empty, ui.walk_empty_keys)
        } else if doc.strategy.statements.is_empty() {
            view.with_keys(ui.statements_empty, ui.statements_empty_keys)
        } else {
            let keys = view.keys(ui.statements_filtered_out_keys);
            fill(ui.statements_filtered_out, &[keys])
        };
        let mut lines = vec![list_heading(heading, cells, theme)];
        lines.extend(wrapped(&hint, cells, theme.dim()));
        frame.render_widget(Lines::new(lines), area);
        return;
    }
    let selected = screen.statement.min(visible.len() - 1);
    let statement_at = |position: usize| &doc.strategy.statements[visible[position]];
    let cursor_at = |position: usize| {
        position == selected && (screen.focus == Focus::Statements || screen.walk.is_some())
    };
    let tags = Tags::new(lang, theme);
    let text_cells = cells.saturating_sub(tags.cells());
    let rows = |position: usize, wrapping: Option<usize>| {
        let statement = statement_at(position);
        let style = if cursor_at(position) {
            theme.selected(has_keys)
        } else {
            Style::new()
        };
        let text = &statement.text;
        let parts: Vec<String> = match wrapping {
            Some(most) => wrap_rows(text, text_cells, most)
                .into_iter()
                .map(|range| text[range].to_string())
                .collect(),
            None => vec![fit(text, text_cells, theme.ellipsis())],
        };
        let indent = " ".repeat(tags.cells() - 2);
        let mut rows = Vec::with_capacity(parts.len().max(1));
        let mut parts = parts.into_iter();
        let mut first = tags.spans(statement);
        first.push(Span::styled(parts.next().unwrap_or_default(), style));
        rows.push(first);
        rows.extend(parts.map(|part| vec![Span::raw(indent.clone()), Span::styled(part, style)]));
        rows
    };
    let line = |position: usize, more: bool, spans: Vec<Span<'static>>| {
        let marker = if more {
            " "
        } else if screen.merge_from == Some(statement_at(position).id) {
            "+"
        } else if cursor_at(position) {
            theme.current_mark()
        } else {
            " "
        };
        let mut out = vec![Span::raw(format!("{marker} "))];
        out.extend(spans);
        Line::from(out)
    };
    let items = Items {
        count: visible.len(),
        selected,
        rows: &rows,
        line: &line,
        cut: &|position| cut(&statement_at(position).text, text_cells),
        about: Some((
            about(
                statement_at(selected),
                screen,
                cells * usize::from(area.height),
                (lang, theme),
            ),
            theme.strong(),
        )),
    };
    // The statements mark their rows themselves (`line`).
    let text = ListText {
        heading,
        empty: view.with_keys(ui.statements_empty, ui.statements_empty_keys),
        bullet: " ",
    };
    let rows = list(text, &items, area, theme);
    frame.render_widget(Lines::new(scrolled(rows, area.height)), area);
}

fn heading(view: StepView, shown: usize) -> String {
    let StepView { screen, lang, .. } = view;
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
            text.push_str(view.keys(ui.statements_filter_keys));
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

/// The tags before a statement's text, each in a column as wide as its widest
/// label: quadrant, principle and side.
struct Tags {
    principle_cells: usize,
    side_cells: usize,
    theme: Theme,
    lang: Lang,
}

impl Tags {
    fn new(lang: Lang, theme: Theme) -> Self {
        let principle_cells = crate::session::strategy::Principle::ALL
            .iter()
            .map(|p| width(p.short(lang)))
            .max()
            .unwrap_or(4);
        let side_cells = crate::session::Side::ALL
            .iter()
            .map(|s| width(s.short(lang)))
            .max()
            .unwrap_or(4);
        Self {
            principle_cells,
            side_cells,
            theme,
            lang,
        }
    }

    /// The cells a row takes before the statement's text, its marker included.
    fn cells(&self) -> usize {
        2 + 4 + self.principle_cells + 1 + self.side_cells + 1
    }

    fn spans(&self, statement: &Statement) -> Vec<Span<'static>> {
        let (theme, lang) = (self.theme, self.lang);
        vec![
            Span::styled(
                format!(" {} ", statement.quadrant.letter()),
                theme.quadrant(statement.quadrant),
            ),
            Span::raw(" "),
            Span::styled(
                pad(
                    statement.principle.short(lang),
                    self.principle_cells,
                    theme.ellipsis(),
                ),
                theme.strong(),
            ),
            Span::raw(" "),
            Span::styled(
                pad(
                    statement.side.short(lang),
                    self.side_cells,
                    theme.ellipsis(),
                ),
                theme.dim(),
            ),
            Span::raw(" "),
        ]
    }
}

/// What a statement's row does not say: its quadrant, principle and side in
/// words, and who said it.
/// Each name is cut to the `cells` of the whole panel, all it could show.
fn about(
    statement: &Statement,
    screen: &SessionScreen,
    cells: usize,
    (lang, theme): (Lang, Theme),
) -> String {
    let ui = lang.ui();
    let names: Vec<String> = statement
        .authors
        .iter()
        .filter_map(|id| screen.doc.participant(*id))
        .map(|p| fit(&p.name, cells, theme.ellipsis()))
        .collect();
    let who = if names.is_empty() {
        ui.no_speaker.to_string()
    } else {
        names.join(lang.list_separator())
    };
    format!(
        "{} {} {} {} {} {} {}",
        statement.quadrant.letter(),
        statement.quadrant.word(lang),
        theme.separator().trim(),
        statement.principle.name(lang),
        theme.separator().trim(),
        statement.side.label(lang),
        fill(ui.said_by, &[&who]),
    )
}
