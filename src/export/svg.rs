//! The report's two charts as inline SVG, written by hand: the quadrant grid in
//! the four quadrant colours and the synergy bars. No external references: no
//! `xmlns` (inline SVG in HTML needs none), no fonts or images from elsewhere; the
//! text takes the page's font stack.

use std::fmt::Write;

use super::document::{QuadrantGrid, SynergyChart};
use super::html::escape;
use crate::session::strategy::Quadrant;

/// The quadrant colours: A blue, B green, C red, D yellow.
pub const QUADRANT_COLOURS: [&str; 4] = ["#1f5fbf", "#2e8b3e", "#c62828", "#f2c200"];
/// Text on each quadrant colour.
const QUADRANT_INK: [&str; 4] = ["#ffffff", "#ffffff", "#ffffff", "#1d1d1f"];
/// The synergy series: business today, technology today, target.
pub const SERIES_COLOURS: [&str; 3] = ["#5b9bd5", "#70ad47", "#595959"];
const FLAG: &str = "#c62828";

/// A 2×2 grid, A and D above, B and C below. An empty quadrant keeps its colour as
/// a pale fill with a dashed border, so silence stands out without losing which
/// quadrant it is.
pub fn quadrants(grid: &QuadrantGrid, label: &str) -> String {
    let (cell_w, cell_h, gap) = (260, 120, 8);
    let width = cell_w * 2 + gap;
    let height = cell_h * 2 + gap;
    let mut svg = format!(
        r#"<svg class="quadrants" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{}">"#,
        escape(label)
    );
    let places = [
        (Quadrant::A, 0, 0),
        (Quadrant::D, 1, 0),
        (Quadrant::B, 0, 1),
        (Quadrant::C, 1, 1),
    ];
    for (quadrant, column, row) in places {
        let cell = &grid.cells[quadrant.index()];
        let (x, y) = (column * (cell_w + gap), row * (cell_h + gap));
        let colour = QUADRANT_COLOURS[quadrant.index()];
        let empty = cell.count == 0;
        let (fill, ink, extra) = if empty {
            (
                colour,
                "#1d1d1f",
                r#" fill-opacity="0.18" stroke-dasharray="6 4""#,
            )
        } else {
            (colour, QUADRANT_INK[quadrant.index()], "")
        };
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{y}" width="{cell_w}" height="{cell_h}" rx="6" fill="{fill}" stroke="{colour}" stroke-width="2"{extra}/>"#
        );
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" fill="{ink}" font-size="40" font-weight="700">{}</text>"#,
            x + 16,
            y + 52,
            quadrant.letter()
        );
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" fill="{ink}" font-size="20">{}</text>"#,
            x + 64,
            y + 48,
            escape(&cell.word)
        );
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" fill="{ink}" font-size="22" font-weight="700">{}</text>"#,
            x + 16,
            y + 96,
            escape(&cell.caption)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Horizontal bars on a 0–5 scale: per synergy, business today, technology today
/// and the target; a synergy whose two sides differ by 2 or more is framed in red
/// and flagged.
pub fn synergies(chart: &SynergyChart, title: &str) -> String {
    let (label_w, plot_w, flag_w) = (150, 400, 120);
    let (bar_h, bar_gap, group_gap, top) = (14, 4, 18, 34);
    let group_h = 3 * bar_h + 2 * bar_gap;
    let width = label_w + plot_w + flag_w;
    let rows = chart.rows.len() as i32;
    let height = top + rows * (group_h + group_gap) + 10;
    let unit = plot_w / 5;
    let mut svg = format!(
        r#"<svg class="synergies" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{}">"#,
        escape(title)
    );
    // Legend.
    for (index, label) in chart.legend.iter().enumerate() {
        let x = label_w + index as i32 * 140;
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="4" width="14" height="14" fill="{}"/><text x="{}" y="16" font-size="13" fill="#1d1d1f">{}</text>"##,
            SERIES_COLOURS[index],
            x + 20,
            escape(label)
        );
    }
    // Scale: grid lines at 0 to 5.
    for step in 0..=5 {
        let x = label_w + step * unit;
        let _ = write!(
            svg,
            r##"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="#d0d4da" stroke-width="1"/><text x="{x}" y="{}" font-size="11" fill="#6b7280" text-anchor="middle">{step}</text>"##,
            top - 6,
            height - 14,
            height - 2
        );
    }
    for (index, row) in chart.rows.iter().enumerate() {
        let y = top + index as i32 * (group_h + group_gap);
        if row.flag.is_some() {
            let _ = write!(
                svg,
                r#"<rect x="2" y="{}" width="{}" height="{}" fill="none" stroke="{FLAG}" stroke-width="2" stroke-dasharray="5 3" rx="4"/>"#,
                y - 5,
                width - 4,
                group_h + 10
            );
        }
        let _ = write!(
            svg,
            r##"<text x="8" y="{}" font-size="14" font-weight="700" fill="#1d1d1f">{}</text>"##,
            y + group_h / 2 + 5,
            escape(&row.name)
        );
        let values = [row.business, row.technology, row.target];
        for (series, value) in values.into_iter().enumerate() {
            let bar_y = y + series as i32 * (bar_h + bar_gap);
            let text = match value {
                Some(v) => {
                    let w = i32::from(v.min(5)) * unit;
                    let _ = write!(
                        svg,
                        r#"<rect x="{label_w}" y="{bar_y}" width="{w}" height="{bar_h}" fill="{}"/>"#,
                        SERIES_COLOURS[series]
                    );
                    (v.to_string(), label_w + w + 6)
                }
                None => ("—".to_string(), label_w + 6),
            };
            let _ = write!(
                svg,
                r##"<text x="{}" y="{}" font-size="12" fill="#1d1d1f">{}</text>"##,
                text.1,
                bar_y + bar_h - 2,
                text.0
            );
        }
        if let Some(flag) = &row.flag {
            let _ = write!(
                svg,
                r#"<text x="{}" y="{}" font-size="13" font-weight="700" fill="{FLAG}">⚠ {}</text>"#,
                label_w + plot_w + 24,
                y + group_h / 2 + 5,
                escape(flag)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}
