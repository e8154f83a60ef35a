//! Blanking the cells an overlay covers, as ratatui's `Clear` does, a row at a
//! time: `Clear` finds each cell from its position, column by column, which for
//! the help overlay (the whole screen) was a sixth of its first frame.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Drop-in for `ratatui::widgets::Clear`.
pub struct Blank;

impl Widget for Blank {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        for y in area.top()..area.bottom() {
            // A wide character just left of the area would spill its right half
            // into it.
            if area.x > buf.area.x {
                let before = &mut buf[(area.x - 1, y)];
                if unicode_width::UnicodeWidthStr::width(before.symbol()) > 1 {
                    before.reset();
                }
            }
            let start = buf.index_of(area.x, y);
            let row = &mut buf.content[start..start + usize::from(area.width)];
            row.iter_mut().for_each(ratatui::buffer::Cell::reset);
        }
    }
}

/// The column either side of an overlay's box blanked as [`Blank`] does, so that
/// no sliver of a word behind it shows beside its border, but for the border
/// lines of the panels behind: these then run on into the box's own border
/// rather than stopping a cell short of it.
pub struct Beside(pub Rect);

impl Widget for Beside {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rect = self.0;
        let area = area.intersection(buf.area);
        let mut columns = Vec::with_capacity(2);
        if rect.x > area.x {
            columns.push(rect.x - 1);
        }
        if rect.right() < area.right() {
            columns.push(rect.right());
        }
        let rows = rect.top().max(area.top())..rect.bottom().min(area.bottom());
        for x in columns {
            for y in rows.clone() {
                if is_border(buf[(x, y)].symbol()) {
                    continue;
                }
                Blank.render(Rect::new(x, y, 1, 1), buf);
            }
        }
    }
}

/// A box-drawing line, or one of the ASCII border set.
fn is_border(symbol: &str) -> bool {
    matches!(symbol, "+" | "-" | "|")
        || symbol
            .chars()
            .next()
            .is_some_and(|c| ('\u{2500}'..='\u{257f}').contains(&c))
}
