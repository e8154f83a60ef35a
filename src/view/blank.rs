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
