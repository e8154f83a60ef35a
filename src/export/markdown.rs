//! The report as Markdown (CommonMark with GitHub tables).
//!
//! Everything the room typed goes through [`escape`], so a statement such as
//! `| * _ # >` plus a line break can neither end a table cell, start a heading or a
//! list, nor turn into emphasis or a link. Line breaks become `<br>`, so every text
//! stays on one line of the file.

use super::document::{
    Block, Document, QuadrantCell, QuadrantGrid, Section, SynergyChart, Table, Tone,
};
use crate::session::strategy::Quadrant;

/// Escapes text for any place in a Markdown line: a table cell, a list item, a
/// heading or a paragraph.
pub fn escape(text: &str) -> String {
    let lines: Vec<String> = text
        .trim()
        .lines()
        .map(|line| escape_line(line.trim()))
        .collect();
    lines.join("<br>")
}

/// One line of typed text. Characters that mean something anywhere in a line are
/// backslash-escaped; those that only mean something at the start of a line
/// (lists, quotes, headings, setext underlines) are escaped there.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let chars: Vec<char> = line.chars().collect();
    for (index, c) in chars.iter().copied().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '&' if is_entity(&chars[index + 1..]) => out.push_str("\\&"),
            '#' if index == 0 || closes_heading(&chars[index..]) => out.push_str("\\#"),
            '>' | '-' | '+' | '=' if index == 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    escape_ordered_list_start(out)
}

/// `&copy;`, `&#169;`: what follows an `&` that Markdown would read as a
/// character reference.
fn is_entity(rest: &[char]) -> bool {
    let name = rest.strip_prefix(&['#']).unwrap_or(rest);
    let length = name
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    length > 0 && name.get(length) == Some(&';')
}

/// A run of `#` that ends the line would be read as the closing sequence of a
/// heading and vanish.
fn closes_heading(rest: &[char]) -> bool {
    rest.iter()
        .skip_while(|c| **c == '#')
        .all(|c| c.is_whitespace())
}

/// `2026. A year` would start a numbered list: escape the dot (or parenthesis)
/// after leading digits.
fn escape_ordered_list_start(line: String) -> String {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 9 {
        return line;
    }
    let rest = &line[digits..];
    let starts_list =
        rest.starts_with(['.', ')']) && rest[1..].chars().next().is_none_or(char::is_whitespace);
    if starts_list {
        format!("{}\\{}", &line[..digits], rest)
    } else {
        line
    }
}

pub fn render(document: &Document) -> String {
    let mut out = format!("# {}\n\n", escape(&document.title));
    for (label, value) in &document.facts {
        out.push_str(&format!(
            "- **{}{}** {}\n",
            escape(label),
            document.colon.trim_end(),
            escape(value)
        ));
    }
    for section in &document.sections {
        out.push('\n');
        section_md(&mut out, section);
    }
    out
}

fn section_md(out: &mut String, section: &Section) {
    out.push_str(&format!("## {}\n", escape(&section.heading)));
    for block in &section.blocks {
        if matches!(block, Block::Glance(..)) {
            continue;
        }
        out.push('\n');
        match block {
            Block::Subheading(text) => out.push_str(&format!("### {}\n", escape(text))),
            Block::Paragraph(text, tone) => out.push_str(&format!("{}\n", styled(text, *tone))),
            Block::Prompt(text) => out.push_str(&format!("> {}\n", escape(text))),
            Block::List(items) => {
                for (text, tone) in items {
                    out.push_str(&format!("- {}\n", styled(text, *tone)));
                }
            }
            Block::Table(table) => table_md(out, table),
            Block::Quadrants(grid) => quadrants_md(out, grid),
            Block::Synergies(chart) => synergies_md(out, chart),
            Block::Glance(..) => {}
        }
    }
}

/// Markdown has no colour: muted text is set in italics, the rest carries its
/// marks (✓ ⚠ ✗) in the text itself.
fn styled(text: &str, tone: Tone) -> String {
    let escaped = escape(text);
    if tone == Tone::Muted && !escaped.is_empty() {
        format!("*{escaped}*")
    } else {
        escaped
    }
}

fn table_row(cells: impl IntoIterator<Item = String>) -> String {
    let cells: Vec<String> = cells.into_iter().collect();
    format!("| {} |\n", cells.join(" | "))
}

fn table_md(out: &mut String, table: &Table) {
    out.push_str(&table_row(table.header.iter().map(|h| escape(h))));
    let rule = (0..table.header.len()).map(|column| {
        if table.centre_from.is_some_and(|from| column >= from) {
            ":-:".to_string()
        } else {
            "---".to_string()
        }
    });
    out.push_str(&table_row(rule));
    for row in &table.rows {
        let cells = (0..table.header.len()).map(|column| {
            row.cells
                .get(column)
                .map_or_else(String::new, |cell| escape(cell))
        });
        out.push_str(&table_row(cells));
    }
}

fn quadrant_cell(cell: &QuadrantCell) -> String {
    format!(
        "**{}** {} ({}): {}",
        cell.quadrant.letter(),
        escape(&cell.word),
        escape(&cell.colour),
        escape(&cell.caption)
    )
}

/// The 2×2 grid as a two-column table: A and D above, B and C below.
fn quadrants_md(out: &mut String, grid: &QuadrantGrid) {
    let cell = |quadrant: Quadrant| quadrant_cell(&grid.cells[quadrant.index()]);
    out.push_str(&table_row([cell(Quadrant::A), cell(Quadrant::D)]));
    out.push_str("| --- | --- |\n");
    out.push_str(&table_row([cell(Quadrant::B), cell(Quadrant::C)]));
}

/// The chart as a table of text bars, one column per series.
fn synergies_md(out: &mut String, chart: &SynergyChart) {
    let bar = |value: Option<u8>| match value {
        Some(v) => {
            let v = usize::from(v.min(5));
            format!("{}{} {v}", "█".repeat(v), "░".repeat(5 - v))
        }
        None => "—".to_string(),
    };
    let mut header = vec![String::new()];
    header.extend(chart.legend.iter().map(|label| escape(label)));
    header.push(String::new());
    out.push_str(&table_row(header));
    out.push_str("| --- | --- | --- | --- | --- |\n");
    for row in &chart.rows {
        out.push_str(&table_row([
            escape(&row.name),
            bar(row.business),
            bar(row.technology),
            bar(row.target),
            row.flag
                .as_ref()
                .map_or_else(String::new, |flag| format!("⚠ {}", escape(flag))),
        ]));
    }
}
