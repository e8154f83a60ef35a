//! The coverage panel, meant to be read from the back of the room: the four
//! quadrants as a 2×2 grid (A and D above, B and C below, as the thinking model
//! draws them), the six principles as bars, the balance of sides, and warnings.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::text::{fit, pad, width, wrap_list};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::session::coverage::{Coverage, side_index, warnings};
use crate::session::strategy::{Principle, Quadrant};
use crate::session::{Session, Side};

pub fn render(frame: &mut Canvas, area: Rect, session: &Session, lang: Lang, theme: Theme) {
    let ui = lang.ui();
    let coverage = Coverage::of(session);
    let cells = usize::from(area.width);
    let mut lines = vec![Line::styled(
        fit(
            &fill(ui.coverage_heading, &[&coverage.total.to_string()]),
            cells,
            theme.ellipsis(),
        ),
        theme.heading(),
    )];
    for row in [[Quadrant::A, Quadrant::D], [Quadrant::B, Quadrant::C]] {
        lines.extend(quadrant_row(row, &coverage, cells, lang, theme));
    }
    lines.extend(principle_bars(&coverage, cells, lang, theme));
    let warnings = warnings(session);
    // The balance wraps where the panel has the rows, the warnings below it first.
    let balance = side_balance(&coverage, lang);
    let room = usize::from(area.height).saturating_sub(lines.len() + warnings.len());
    let wrapped = wrap_list(&balance, theme.separator(), cells, room);
    let balance = if wrapped.len() <= room.max(1) {
        wrapped
    } else {
        vec![fit(
            &balance.join(theme.separator()),
            cells,
            theme.ellipsis(),
        )]
    };
    lines.extend(
        balance
            .into_iter()
            .map(|line| Line::styled(line, theme.dim())),
    );
    for warning in warnings {
        let text = format!(
            "{} {}",
            theme.warning_mark(),
            crate::describe::coverage_warning(warning, lang)
        );
        lines.push(Line::styled(
            fit(&text, cells, theme.ellipsis()),
            theme.warning(),
        ));
    }
    frame.render_widget(Lines::new(lines), area);
}

/// Two rows of two quadrant cells.
fn quadrant_row(
    row: [Quadrant; 2],
    coverage: &Coverage,
    cells: usize,
    lang: Lang,
    theme: Theme,
) -> [Line<'static>; 2] {
    let cell = (cells.saturating_sub(1) / 2).max(4);
    let mut top = Vec::new();
    let mut bottom = Vec::new();
    for (column, quadrant) in row.into_iter().enumerate() {
        let count = coverage.by_quadrant[quadrant.index()];
        let style = theme.quadrant(quadrant);
        let title = format!(" {} {}", quadrant.letter(), quadrant.word(lang));
        let amount = if count == 0 {
            format!("  0 {} {}", theme.warning_mark(), lang.ui().coverage_empty)
        } else {
            format!("  {count}")
        };
        let filler = theme.quadrant_pattern(quadrant);
        top.push(Span::styled(fill_cell(&title, cell, filler, theme), style));
        bottom.push(Span::styled(fill_cell(&amount, cell, filler, theme), style));
        if column == 0 {
            top.push(Span::raw(" "));
            bottom.push(Span::raw(" "));
        }
    }
    [Line::from(top), Line::from(bottom)]
}

/// `text` padded to `cells` with a pattern, so that without colour the quadrants
/// still look different.
fn fill_cell(text: &str, cells: usize, pattern: char, theme: Theme) -> String {
    let mut out = fit(text, cells, theme.ellipsis());
    out.push(' ');
    while width(&out) < cells {
        out.push(pattern);
    }
    fit(&out, cells, "")
}

fn principle_bars(
    coverage: &Coverage,
    cells: usize,
    lang: Lang,
    theme: Theme,
) -> Vec<Line<'static>> {
    let columns = if cells >= 56 { 2 } else { 1 };
    let column_cells = cells / columns;
    let name_cells = Principle::ALL
        .iter()
        .map(|p| width(p.name(lang)))
        .max()
        .unwrap_or(0)
        + 1;
    let most = coverage
        .by_principle
        .iter()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let bar_room = column_cells.saturating_sub(name_cells + 6).max(1);
    let spans: Vec<Vec<Span<'static>>> = Principle::ALL
        .into_iter()
        .map(|principle| {
            let count = coverage.by_principle[principle.index()];
            let bar = theme.bar_glyph().repeat(count * bar_room / most);
            let count_text = if count == 0 {
                format!(" 0{}", theme.warning_mark())
            } else {
                format!(" {count}")
            };
            let used = name_cells + width(&bar) + width(&count_text);
            vec![
                Span::styled(
                    pad(principle.name(lang), name_cells, theme.ellipsis()),
                    Style::new(),
                ),
                Span::styled(bar, theme.bar_style(principle.index())),
                Span::styled(
                    count_text,
                    if count == 0 {
                        theme.warning()
                    } else {
                        Style::new()
                    },
                ),
                Span::raw(" ".repeat(column_cells.saturating_sub(used))),
            ]
        })
        .collect();
    spans
        .chunks(columns)
        .map(|row| Line::from(row.concat()))
        .collect()
}

fn side_balance(coverage: &Coverage, lang: Lang) -> Vec<String> {
    Side::ALL
        .iter()
        .map(|side| {
            format!(
                "{} {}",
                side.label(lang),
                coverage.by_side[side_index(*side)]
            )
        })
        .collect()
}
