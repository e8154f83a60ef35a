//! The report as one self-contained HTML file: inline CSS, charts as inline SVG,
//! no scripts and nothing fetched from anywhere. It prints on A4 with each section
//! on a new page and no dark backgrounds, and names common Chinese fonts so the
//! room's words never print as boxes.
//!
//! Plain `format!` with [`escape`] rather than a template crate: the page is small,
//! and every piece of typed text passes through one function.

use std::fmt::Write;

use super::document::{Block, Document, QuadrantGrid, Row, Section, SynergyChart, Table, Tone};
use super::svg;

/// The font stack. Chinese fonts first, so CJK punctuation is set full-width even
/// in an English report whose participants wrote in Chinese.
pub const FONT_STACK: &str = r#""Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC", "Segoe UI", "Helvetica Neue", Arial, sans-serif"#;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped text whose line breaks stay line breaks.
fn text(text: &str) -> String {
    escape(text.trim())
        .replace("\r\n", "\n")
        .replace(['\r', '\n'], "<br>")
}

fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "",
        Tone::Good => " class=\"good\"",
        Tone::Warning => " class=\"warning\"",
        Tone::Error => " class=\"error\"",
        Tone::Muted => " class=\"muted\"",
    }
}

pub fn render(document: &Document) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n<header>\n<h1>{}</h1>\n<dl class=\"facts\">\n",
        if document.lang_code == "zh" {
            "zh-CN"
        } else {
            "en"
        },
        escape(&document.title),
        css(),
        text(&document.title)
    );
    for (label, value) in &document.facts {
        let _ = writeln!(
            out,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            text(label),
            text(value)
        );
    }
    out.push_str("</dl>\n</header>\n");
    for section in &document.sections {
        section_html(&mut out, section);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn section_html(out: &mut String, section: &Section) {
    let _ = writeln!(
        out,
        "<section id=\"{}\">\n<h2>{}</h2>",
        escape(&section.anchor),
        text(&section.heading)
    );
    for block in &section.blocks {
        match block {
            Block::Subheading(heading) => {
                let _ = writeln!(out, "<h3>{}</h3>", text(heading));
            }
            Block::Paragraph(body, tone) => {
                let _ = writeln!(out, "<p{}>{}</p>", tone_class(*tone), text(body));
            }
            Block::Prompt(body) => {
                let _ = writeln!(out, "<blockquote>{}</blockquote>", text(body));
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for (item, tone) in items {
                    let _ = writeln!(out, "<li{}>{}</li>", tone_class(*tone), text(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(table) => table_html(out, table),
            Block::Quadrants(grid) => {
                let _ = writeln!(out, "<figure class=\"chart\">{}</figure>", quadrants(grid));
            }
            Block::Synergies(chart) => {
                let _ = writeln!(out, "<figure class=\"chart\">{}</figure>", synergies(chart));
            }
            Block::Glance(grid, chart) => {
                let _ = writeln!(
                    out,
                    "<div class=\"glance\">\n<figure class=\"chart quadrants\">{}</figure>\n<figure class=\"chart synergies\">{}</figure>\n</div>",
                    quadrants(grid),
                    synergies(chart)
                );
            }
        }
    }
    out.push_str("</section>\n");
}

fn quadrants(grid: &QuadrantGrid) -> String {
    let label = grid
        .cells
        .iter()
        .map(|cell| format!("{} {}: {}", cell.quadrant.letter(), cell.word, cell.caption))
        .collect::<Vec<_>>()
        .join("; ");
    svg::quadrants(grid, &label)
}

fn synergies(chart: &SynergyChart) -> String {
    svg::synergies(chart, &chart.legend.join(" · "))
}

fn table_html(out: &mut String, table: &Table) {
    let centred = |column: usize| table.centre_from.is_some_and(|from| column >= from);
    let class = |column: usize| if centred(column) { " class=\"c\"" } else { "" };
    out.push_str("<table>\n<thead><tr>");
    for (column, heading) in table.header.iter().enumerate() {
        let _ = write!(out, "<th{}>{}</th>", class(column), text(heading));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for Row { cells, tone } in &table.rows {
        let _ = write!(out, "<tr{}>", tone_class(*tone));
        for column in 0..table.header.len() {
            let cell = cells.get(column).map_or("", String::as_str);
            let _ = write!(out, "<td{}>{}</td>", class(column), text(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn css() -> String {
    format!(
        r#"@page {{ size: A4; margin: 16mm 14mm; }}
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
html {{ background: #ffffff; }}
body {{ margin: 0; color: #1d1d1f; background: #ffffff; font-family: {FONT_STACK}; font-size: 15px; line-height: 1.55; }}
main {{ max-width: 1120px; margin: 0 auto; padding: 28px 48px 48px; }}
h1 {{ font-size: 30px; margin: 0 0 12px; }}
h2 {{ font-size: 23px; margin: 0 0 10px; padding-bottom: 4px; border-bottom: 2px solid #1f5fbf; }}
h3 {{ font-size: 17px; margin: 18px 0 6px; }}
section {{ margin-top: 36px; }}
.facts {{ display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0; }}
.facts div {{ display: flex; gap: 8px; }}
.facts dt {{ color: #555b66; }}
.facts dd {{ margin: 0; font-weight: 600; }}
blockquote {{ margin: 8px 0 12px; padding: 6px 14px; border-left: 4px solid #c9ced6; color: #3b4048; font-style: italic; }}
table {{ border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 14px; }}
th, td {{ border: 1px solid #c9ced6; padding: 4px 8px; text-align: left; vertical-align: top; }}
th {{ background: #eef1f5; font-weight: 600; }}
th.c, td.c {{ text-align: center; }}
ul {{ margin: 6px 0 12px; padding-left: 22px; }}
p {{ margin: 6px 0; }}
.good {{ color: #1b6e2e; }}
.warning {{ color: #8a5300; }}
.error {{ color: #b3261e; }}
.muted {{ color: #6b7280; }}
tr.good td {{ background: #eef8f0; }}
tr.warning td {{ background: #fff6e5; }}
tr.error td {{ background: #fdecea; }}
figure.chart {{ margin: 10px 0 16px; }}
.glance {{ display: flex; gap: 24px; align-items: flex-start; margin: 14px 0; }}
.glance figure {{ margin: 0; }}
.glance figure.quadrants {{ flex: 0 0 40%; }}
.glance figure.synergies {{ flex: 1 1 60%; }}
figure.chart svg {{ max-width: 100%; height: auto; font-family: {FONT_STACK}; }}
@media print {{
  body {{ font-size: 10.5pt; }}
  main {{ max-width: none; padding: 0 2px; }}
  section {{ break-before: page; margin-top: 0; }}
  main > section:first-of-type {{ break-before: auto; margin-top: 18px; }}
  h2, h3 {{ break-after: avoid; }}
  table, figure, blockquote, tr {{ break-inside: avoid; }}
  thead {{ display: table-header-group; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
"#
    )
}
