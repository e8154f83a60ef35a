//! The terminal's screen as yeji keeps track of it: the frame being drawn, the
//! frame last sent, and the backend the differences between them go to.
//!
//! This is what ratatui's `Terminal` does for a full-screen program, with two
//! differences that matter at start-up, when the whole first frame has to go out
//! before the room sees anything: a frame sent over a blank screen (the first one,
//! and the first after a clear or a resize) is compared with nothing, since every
//! cell that is not blank has to be written anyway; and the buffer for the frame
//! after it is made only once this one is on its way. A clear never asks the
//! terminal where its cursor is, which a terminal that does not answer would make
//! wait.

use ratatui::backend::{Backend, ClearType};
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Position, Rect};
use ratatui::style::Color;

use super::backend::plain_width;

pub struct Screen<B: Backend> {
    backend: B,
    /// The whole terminal, as last measured.
    area: Rect,
    /// Where the next frame is drawn, blank until then.
    next: Buffer,
    /// What the terminal shows, unless `blank`.
    shown: Buffer,
    /// The terminal shows nothing: it was cleared since the last frame, or none
    /// has been sent yet.
    blank: bool,
}

impl<B: Backend> Screen<B> {
    /// A screen of the backend's size, with nothing sent to it yet.
    pub fn new(backend: B) -> Result<Screen<B>, B::Error> {
        let area = Rect::from((Position::ORIGIN, backend.size()?));
        Ok(Screen {
            backend,
            area,
            next: blank_buffer(area),
            shown: Buffer::default(),
            blank: true,
        })
    }

    /// Draws a frame with `paint`, which returns where the text cursor goes (if it
    /// is shown), and sends the cells that changed.
    pub fn draw(
        &mut self,
        paint: impl FnOnce(&mut Buffer) -> Option<Position>,
    ) -> Result<(), B::Error> {
        self.fit_to_terminal()?;
        let cursor = paint(&mut self.next);
        if self.blank {
            self.backend.draw(changes_from_blank(&self.next))?;
        } else {
            self.backend.draw(self.shown.diff_iter(&self.next))?;
        }
        match cursor {
            None => self.backend.hide_cursor()?,
            Some(position) => {
                self.backend.show_cursor()?;
                self.backend.set_cursor_position(position)?;
            }
        }
        self.backend.flush()?;
        std::mem::swap(&mut self.next, &mut self.shown);
        self.blank = false;
        // Made ready for the next frame only now, when this one is on its way.
        if self.next.area == self.area {
            self.next.reset();
        } else {
            self.next = blank_buffer(self.area);
        }
        Ok(())
    }

    /// The whole terminal, as measured for the last frame.
    pub fn area(&self) -> Rect {
        self.area
    }

    /// Clears the terminal; the next frame is sent whole.
    pub fn clear(&mut self) -> Result<(), B::Error> {
        self.backend.clear_region(ClearType::All)?;
        self.backend.flush()?;
        self.blank = true;
        Ok(())
    }

    /// Follows the terminal's size: after a change the screen is cleared and the
    /// next frame drawn at the new size.
    fn fit_to_terminal(&mut self) -> Result<(), B::Error> {
        let area = Rect::from((Position::ORIGIN, self.backend.size()?));
        if area != self.area {
            self.area = area;
            self.next = blank_buffer(area);
            self.clear()?;
        }
        Ok(())
    }

    #[cfg(test)]
    fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }
}

/// A buffer of blank cells, as `Buffer::empty` makes it but written cell by cell
/// rather than cloned: a fifth of the work for the screen made at start-up.
fn blank_buffer(area: Rect) -> Buffer {
    let mut content = Vec::new();
    content.resize_with(usize::from(area.width) * usize::from(area.height), || {
        Cell::EMPTY
    });
    Buffer { area, content }
}

/// The cells of `next` that a blank terminal has to be sent, in the order and with
/// the positions that ratatui's diff against a blank buffer gives: every cell that
/// is not blank, each wide character's trailing columns skipped, cells marked to be
/// skipped left out, cells marked to be always written written. The cells of an
/// emoji made wide by a variation selector that are not blank are written too, as
/// ratatui does for terminals that leave them uncleared.
pub fn changes_from_blank(next: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let width = usize::from(next.area.width.max(1));
    let (left, top) = (next.area.x, next.area.y);
    let cells = &next.content;
    let mut at = 0;
    // Trailing columns of an emoji still to look at: (next one, end).
    let mut trailing: Option<(usize, usize)> = None;
    std::iter::from_fn(move || {
        let position = |index: usize| {
            let column = u16::try_from(index % width).unwrap_or(u16::MAX);
            let row = u16::try_from(index / width).unwrap_or(u16::MAX);
            (left.saturating_add(column), top.saturating_add(row))
        };
        if let Some((mut index, mut end)) = trailing.take() {
            while index < end {
                let cell = &cells[index];
                let here = index;
                index += usize::from(cell.cell_width().max(1));
                end = end.max(index).min(cells.len());
                if !skipped(cell) && cell.symbol() != " " {
                    trailing = Some((index, end));
                    let (x, y) = position(here);
                    return Some((x, y, cell));
                }
            }
            at = end;
        }
        while at < cells.len() {
            let index = at;
            let cell = &cells[index];
            at += 1;
            if skipped(cell) {
                continue;
            }
            if let CellDiffOption::ForcedWidth(columns) = cell.diff_option {
                at += usize::from(columns.get() - 1);
                if *cell == Cell::EMPTY {
                    continue;
                }
            } else {
                if cell.diff_option == CellDiffOption::None && blank(cell) {
                    continue;
                }
                let plain = plain_width(cell.symbol());
                let columns = plain.unwrap_or_else(|| usize::from(cell.cell_width()));
                if plain.is_none() && columns > 1 && cell.symbol().contains('\u{FE0F}') {
                    trailing = Some((index + 1, (index + columns).min(cells.len())));
                } else {
                    at += columns.saturating_sub(1);
                }
            }
            let (x, y) = position(index);
            return Some((x, y, cell));
        }
        None
    })
}

/// Whether a cell shows nothing: a space with no colour or attribute. The same as
/// comparing it with [`Cell::EMPTY`] (which also compares how it is diffed), but
/// looking at the plain fields first: most of a screen is blank.
#[allow(deprecated)] // `skip` is still honoured by ratatui's diff
fn blank(cell: &Cell) -> bool {
    cell.modifier.is_empty()
        && cell.fg == Color::Reset
        && cell.bg == Color::Reset
        && cell.underline_color == Color::Reset
        && !cell.skip
        && cell.symbol() == " "
}

/// Whether a cell is marked to be left as the terminal has it.
#[allow(deprecated)] // `skip` is still honoured by ratatui's diff
fn skipped(cell: &Cell) -> bool {
    cell.diff_option == CellDiffOption::Skip
        || (cell.skip && cell.diff_option == CellDiffOption::None)
}

#[cfg(test)]
mod tests {
    use std::num::NonZeroU16;

    use proptest::prelude::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::{Color, Modifier, Style};

    use super::*;

    /// Text of every width a screen meets: ASCII, Chinese, emoji with and without a
    /// variation selector, a flag, a combining accent, half-width katakana marks.
    const PIECES: &[&str] = &[
        "a",
        "ok ",
        "业技",
        "中文输入",
        " ",
        "  ",
        "👍",
        "❤️",
        "☀️x",
        "🇨🇳",
        "e\u{301}",
        "ｱﾞ",
        "—",
        "│",
    ];

    const STYLES: &[Style] = &[
        Style::new(),
        Style::new().fg(Color::Cyan),
        Style::new().bg(Color::Red),
        Style::new().add_modifier(Modifier::REVERSED),
        Style::new()
            .add_modifier(Modifier::BOLD)
            .fg(Color::Indexed(90)),
    ];

    /// Text written somewhere: column, row, pieces, style.
    type Write = (u16, u16, Vec<usize>, usize);

    fn writes() -> impl Strategy<Value = Vec<Write>> {
        let write = (
            0u16..32,
            0u16..8,
            prop::collection::vec(0..PIECES.len(), 1..6),
            0..STYLES.len(),
        );
        prop::collection::vec(write, 0..12)
    }

    fn paint(buffer: &mut Buffer, writes: &[Write]) {
        let area = buffer.area;
        for (column, row, pieces, style) in writes {
            let (x, y) = (area.x + column, area.y + row);
            if area.contains(Position { x, y }) {
                let text: String = pieces.iter().map(|piece| PIECES[*piece]).collect();
                buffer.set_string(x, y, text, STYLES[*style]);
            }
        }
    }

    /// A cell marked for the diff: where, and how.
    fn marks() -> impl Strategy<Value = Vec<(usize, u8)>> {
        prop::collection::vec((0usize..256, 0u8..5), 0..6)
    }

    #[allow(deprecated)] // `skip` is still honoured by ratatui's diff
    fn mark(buffer: &mut Buffer, marks: &[(usize, u8)]) {
        for (index, how) in marks {
            let count = buffer.content.len();
            if count == 0 {
                return;
            }
            let cell = &mut buffer.content[index % count];
            match how {
                0 => cell.diff_option = CellDiffOption::Skip,
                1 => cell.diff_option = CellDiffOption::AlwaysUpdate,
                2 => cell.diff_option = CellDiffOption::ForcedWidth(NonZeroU16::MIN),
                3 => cell.diff_option = CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap()),
                _ => cell.skip = true,
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn a_blank_terminal_is_sent_the_cells_ratatui_would_send_it(
            (x, y, width, height) in (0u16..3, 0u16..3, 1u16..30, 1u16..7),
            writes in writes(),
            marks in marks(),
        ) {
            let mut next = Buffer::empty(Rect::new(x, y, width, height));
            paint(&mut next, &writes);
            mark(&mut next, &marks);
            let blank = Buffer::empty(next.area);
            let ratatui: Vec<_> = blank.diff_iter(&next).collect();
            let sent: Vec<_> = changes_from_blank(&next).collect();
            prop_assert_eq!(sent, ratatui);
        }
    }

    /// One step of a session at the terminal: a frame, a resize, or a clear.
    #[derive(Clone, Debug)]
    enum Step {
        Frame(Vec<Write>, Option<(u16, u16)>),
        Resize(u16, u16),
        Clear,
    }

    fn steps() -> impl Strategy<Value = Vec<Step>> {
        let step = prop_oneof![
            6 => (writes(), prop::option::of((0u16..32, 0u16..8)))
                .prop_map(|(writes, cursor)| Step::Frame(writes, cursor)),
            1 => (1u16..32, 1u16..8).prop_map(|(width, height)| Step::Resize(width, height)),
            1 => Just(Step::Clear),
        ];
        prop::collection::vec(step, 1..10)
    }

    /// Where the cursor goes, kept on the screen as a frame would keep it.
    fn cursor_within(area: Rect, cursor: Option<(u16, u16)>) -> Option<Position> {
        cursor.map(|(x, y)| Position {
            x: x.min(area.width - 1),
            y: y.min(area.height - 1),
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn the_terminal_shows_after_every_step_what_it_would_through_ratatui(steps in steps()) {
            let mut screen = Screen::new(TestBackend::new(20, 5)).unwrap();
            let mut terminal = Terminal::new(TestBackend::new(20, 5)).unwrap();
            for step in steps {
                match step {
                    Step::Frame(writes, cursor) => {
                        screen.draw(|buffer| {
                            paint(buffer, &writes);
                            cursor_within(buffer.area, cursor)
                        }).unwrap();
                        terminal.draw(|frame| {
                            paint(frame.buffer_mut(), &writes);
                            if let Some(at) = cursor_within(frame.area(), cursor) {
                                frame.set_cursor_position(at);
                            }
                        }).unwrap();
                        let (ours, theirs) = (screen.backend_mut(), terminal.backend_mut());
                        prop_assert_eq!(ours.buffer(), theirs.buffer());
                        prop_assert_eq!(ours.cursor_visible(), theirs.cursor_visible());
                        if ours.cursor_visible() {
                            prop_assert_eq!(ours.cursor_position(), theirs.cursor_position());
                        }
                    }
                    Step::Resize(width, height) => {
                        screen.backend_mut().resize(width, height);
                        terminal.backend_mut().resize(width, height);
                    }
                    Step::Clear => {
                        screen.clear().unwrap();
                        terminal.clear().unwrap();
                    }
                }
            }
        }
    }

    #[test]
    fn a_blank_buffer_is_the_empty_buffer_of_ratatui() {
        for area in [Rect::new(0, 0, 200, 60), Rect::new(3, 2, 7, 1), Rect::ZERO] {
            assert_eq!(blank_buffer(area), Buffer::empty(area));
        }
    }

    #[test]
    fn after_a_clear_the_same_frame_is_sent_whole_again() {
        let mut screen = Screen::new(TestBackend::new(12, 2)).unwrap();
        let frame = |buffer: &mut Buffer| {
            buffer.set_string(0, 0, "业技 yeji", Style::new());
            None
        };
        screen.draw(frame).unwrap();
        screen.clear().unwrap();
        screen
            .backend_mut()
            .assert_buffer_lines(["            ", "            "]);
        screen.draw(frame).unwrap();
        screen
            .backend_mut()
            .assert_buffer_lines(["业技 yeji   ", "            "]);
    }
}
