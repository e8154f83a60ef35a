//! The bordered box around each panel, drawn as ratatui's `Block` draws a block
//! with all four borders and a title at the top or bottom. `Block` first styles
//! every cell of its area even when its style is empty, which on a first frame
//! cost more than drawing the borders and titles themselves; this draws only
//! those. A title aligned other than left is handed to `Block` itself, and
//! `tests/fast_view` compares the two cell for cell.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::symbols::merge::MergeStrategy;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

/// `Block::bordered().border_set(set).border_style(style)`, with `.title(..)` and
/// `.title_bottom(..)`.
#[derive(Clone, Debug)]
pub struct Boxed<'a> {
    set: border::Set<'a>,
    style: Style,
    top: Option<Line<'a>>,
    bottom: Option<Line<'a>>,
}

impl<'a> Boxed<'a> {
    pub fn new(set: border::Set<'a>, style: Style) -> Boxed<'a> {
        Boxed {
            set,
            style,
            top: None,
            bottom: None,
        }
    }

    pub fn title(self, title: impl Into<Line<'a>>) -> Boxed<'a> {
        Boxed {
            top: Some(title.into()),
            ..self
        }
    }

    pub fn title_bottom(self, title: impl Into<Line<'a>>) -> Boxed<'a> {
        Boxed {
            bottom: Some(title.into()),
            ..self
        }
    }

    /// The area inside the borders, as `Block::inner` has it.
    pub fn inner(&self, area: Rect) -> Rect {
        Rect {
            x: area.x.saturating_add(1).min(area.right()),
            y: area.y.saturating_add(1).min(area.bottom()),
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(2),
        }
    }

    /// The `Block` this box draws like.
    pub fn to_block(&self) -> Block<'a> {
        let block = Block::bordered()
            .border_set(self.set)
            .border_style(self.style);
        let block = match &self.top {
            Some(title) => block.title(title.clone()),
            None => block,
        };
        match &self.bottom {
            Some(title) => block.title_bottom(title.clone()),
            None => block,
        }
    }

    fn titles_left_aligned(&self) -> bool {
        [&self.top, &self.bottom]
            .into_iter()
            .flatten()
            .all(|title| title.alignment.is_none_or(|a| a == Alignment::Left))
    }
}

impl Widget for Boxed<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Widget::render(&self, area, buf);
    }
}

impl Widget for &Boxed<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if !self.titles_left_aligned() {
            self.to_block().render(area, buf);
            return;
        }
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        self.borders(area, buf);
        let inside = area.width.saturating_sub(2);
        let row = |y| Rect::new(area.x.saturating_add(1), y, inside, 1);
        if let Some(title) = &self.top {
            draw_title(title, row(area.top()), buf);
        }
        if let Some(title) = &self.bottom {
            draw_title(title, row(area.bottom().saturating_sub(1)), buf);
        }
    }
}

impl Boxed<'_> {
    /// The sides and then the corners, in `Block`'s order, so that where they meet
    /// (an area one cell wide or high) the same one is drawn last.
    fn borders(&self, area: Rect, buf: &mut Buffer) {
        let (left, top) = (area.left(), area.top());
        let right = area.right().saturating_sub(1);
        let bottom = area.bottom().saturating_sub(1);
        let set = &self.set;
        for y in top..=bottom {
            self.draw(buf, left, y, set.vertical_left);
        }
        for x in left..=right {
            self.draw(buf, x, top, set.horizontal_top);
        }
        for y in top..=bottom {
            self.draw(buf, right, y, set.vertical_right);
        }
        for x in left..=right {
            self.draw(buf, x, bottom, set.horizontal_bottom);
        }
        self.draw(buf, right, bottom, set.bottom_right);
        self.draw(buf, right, top, set.top_right);
        self.draw(buf, left, bottom, set.bottom_left);
        self.draw(buf, left, top, set.top_left);
    }

    fn draw(&self, buf: &mut Buffer, x: u16, y: u16, symbol: &str) {
        buf[(x, y)]
            .merge_symbol(symbol, MergeStrategy::Replace)
            .set_style(self.style);
    }
}

/// A left-aligned title in the row between the corners, cut to it.
fn draw_title(title: &Line, row: Rect, buf: &mut Buffer) {
    if row.is_empty() {
        return;
    }
    let width = u16::try_from(title.width()).unwrap_or(u16::MAX);
    title.render(
        Rect {
            width: width.min(row.width),
            ..row
        },
        buf,
    );
}
