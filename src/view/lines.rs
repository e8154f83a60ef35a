//! Lines of text drawn one to a row, cut at the right edge: what every screen
//! draws with `Paragraph`, which it never asks to wrap. `Paragraph` gathers each
//! line's graphemes into a list before drawing them and styles its whole area
//! even when the style is empty; this writes each grapheme straight into the
//! buffer (through [`super::graphemes`], which reads the usual characters without
//! the segmenter), and so makes a first frame much cheaper. What it draws is what
//! `Paragraph` draws, cell for cell, which `tests/fast_view` checks on random text:
//! controls are dropped, zero-width graphemes skipped, a grapheme wider than the
//! whole row is left out, and the first one that no longer fits ends the row.
//! Lines aligned other than left are handed to `Paragraph` itself.

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Widget};

use super::boxed::Boxed;
use super::graphemes::{graphemes, width_alone};

/// Drop-in for `Paragraph::new(text)` with `.scroll((rows, 0))` and `.block(..)`.
pub struct Lines<'a> {
    text: Text<'a>,
    scroll: u16,
    block: Option<Boxed<'a>>,
}

impl<'a> Lines<'a> {
    pub fn new(text: impl Into<Text<'a>>) -> Lines<'a> {
        Lines {
            text: text.into(),
            scroll: 0,
            block: None,
        }
    }

    /// Starts `rows` lines down.
    pub fn scroll(self, rows: u16) -> Lines<'a> {
        Lines {
            scroll: rows,
            ..self
        }
    }

    pub fn block(self, block: Boxed<'a>) -> Lines<'a> {
        Lines {
            block: Some(block),
            ..self
        }
    }

    fn left_aligned(&self) -> bool {
        let left = |alignment: Option<Alignment>| alignment.is_none_or(|a| a == Alignment::Left);
        left(self.text.alignment) && self.text.lines.iter().all(|line| left(line.alignment))
    }

    fn into_paragraph(self) -> Paragraph<'a> {
        let paragraph = Paragraph::new(self.text).scroll((self.scroll, 0));
        match self.block {
            Some(block) => paragraph.block(block.to_block()),
            None => paragraph,
        }
    }
}

impl Widget for Lines<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if !self.left_aligned() {
            self.into_paragraph().render(area, buf);
            return;
        }
        let area = area.intersection(buf.area);
        let area = match &self.block {
            Some(block) => {
                Widget::render(block, area, buf);
                block.inner(area)
            }
            None => area,
        };
        if area.is_empty() {
            return;
        }
        let shown = self.text.lines.iter().skip(usize::from(self.scroll));
        for (y, line) in (area.top()..area.bottom()).zip(shown) {
            let start = buf.index_of(area.x, y);
            let row = &mut buf.content[start..start + usize::from(area.width)];
            draw_line(line, self.text.style, row);
        }
    }
}

/// Draws `line` into `row` from its left, as `Paragraph` draws a line it does not
/// wrap.
fn draw_line(line: &Line, base: Style, row: &mut [ratatui::buffer::Cell]) {
    let room = row.len();
    let line_style = base.patch(line.style);
    let mut used = 0;
    for span in &line.spans {
        let style = line_style.patch(span.style);
        for grapheme in graphemes(&span.content) {
            let cells = match grapheme.single {
                Some(c) if c.is_control() => continue,
                Some(c) => width_alone(c),
                None if grapheme.text.contains(char::is_control) => continue,
                None => usize::from(grapheme.text.cell_width()),
            };
            if cells > room {
                continue;
            }
            if used + cells > room {
                return;
            }
            if cells > 0 {
                row[used].set_symbol(grapheme.text).set_style(style);
                used += cells;
            }
        }
    }
}
