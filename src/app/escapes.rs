//! The escape sequences a frame is written with, made short: a frame crosses a
//! pseudo-terminal (and often ssh) every time the screen changes.
//!
//! - A style change is one `ESC[…m` naming only what changed, with the sixteen
//!   named colours as their classic codes (`36` rather than `38;5;6`, which
//!   terminals show alike and the Linux console reads more surely).
//! - The cursor goes right with `ESC[nC` and to the next row with `CR LF` when
//!   its place is known, and with `ESC[row;colH` otherwise.

use std::io::{self, Write};

use ratatui::buffer::Cell;
use ratatui::layout::Position;
use ratatui::style::{Color, Modifier};

/// The style the terminal is drawing with.
#[derive(Clone, Copy, PartialEq)]
pub struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    pub const PLAIN: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };

    pub fn of(cell: &Cell) -> Pen {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            underline: cell.underline_color,
            modifier: cell.modifier,
        }
    }

    /// Changes the terminal's pen from `self` to `to`. Taking an attribute away
    /// starts from a reset, which is simpler than undoing each one and rare.
    pub fn change_to(self, to: Pen, out: &mut impl Write) -> io::Result<()> {
        let mut sequence = Sequence::new();
        let mut from = self;
        if !(from.modifier - to.modifier).is_empty() {
            sequence.param(0);
            from = Pen::PLAIN;
        }
        for (modifier, code) in ATTRIBUTES {
            if to.modifier.contains(modifier) && !from.modifier.contains(modifier) {
                sequence.param(code);
            }
        }
        if to.fg != from.fg {
            sequence.colour(to.fg, Layer::Text);
        }
        if to.bg != from.bg {
            sequence.colour(to.bg, Layer::Background);
        }
        if to.underline != from.underline {
            sequence.colour(to.underline, Layer::Underline);
        }
        sequence.finish(b'm', out)
    }
}

/// Select graphic rendition codes of the text attributes.
const ATTRIBUTES: [(Modifier, u16); 9] = [
    (Modifier::BOLD, 1),
    (Modifier::DIM, 2),
    (Modifier::ITALIC, 3),
    (Modifier::UNDERLINED, 4),
    (Modifier::SLOW_BLINK, 5),
    (Modifier::RAPID_BLINK, 6),
    (Modifier::REVERSED, 7),
    (Modifier::HIDDEN, 8),
    (Modifier::CROSSED_OUT, 9),
];

/// All attributes off.
pub const PLAIN_TEXT: &[u8] = b"\x1b[0m";

#[derive(Clone, Copy)]
enum Layer {
    Text,
    Background,
    Underline,
}

/// Moves the cursor from `from` (`None` when its place is not known) to `to`.
pub fn move_cursor(from: Option<Position>, to: Position, out: &mut impl Write) -> io::Result<()> {
    match from {
        Some(at) if at == to => Ok(()),
        Some(at) if at.y == to.y && at.x < to.x => {
            let mut sequence = Sequence::new();
            if to.x - at.x > 1 {
                sequence.param(to.x - at.x);
            }
            sequence.finish(b'C', out)
        }
        // Rows are drawn top to bottom, so this is how most of them start; the
        // row below is on the screen, so the line feed never scrolls.
        Some(at) if to.x == 0 && at.y.checked_add(1) == Some(to.y) => out.write_all(b"\r\n"),
        _ => {
            let mut sequence = Sequence::new();
            sequence.param(to.y.saturating_add(1));
            sequence.param(to.x.saturating_add(1));
            sequence.finish(b'H', out)
        }
    }
}

/// One control sequence, `ESC [ params final`, built without allocating.
struct Sequence {
    bytes: [u8; 96],
    len: usize,
    params: usize,
}

impl Sequence {
    fn new() -> Sequence {
        let mut bytes = [0; 96];
        bytes[..2].copy_from_slice(b"\x1b[");
        Sequence {
            bytes,
            len: 2,
            params: 0,
        }
    }

    fn param(&mut self, value: u16) {
        if self.params > 0 {
            self.push(b';');
        }
        self.params += 1;
        let mut digits = [0; 5];
        let mut value = value;
        let mut count = 0;
        loop {
            digits[count] = b'0' + (value % 10) as u8;
            count += 1;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        for digit in digits[..count].iter().rev() {
            self.push(*digit);
        }
    }

    fn push(&mut self, byte: u8) {
        self.bytes[self.len] = byte;
        self.len += 1;
    }

    fn colour(&mut self, colour: Color, layer: Layer) {
        let (base, bright, extended, reset) = match layer {
            Layer::Text => (30, 90, 38, 39),
            Layer::Background => (40, 100, 48, 49),
            Layer::Underline => (0, 0, 58, 59),
        };
        let named = |index: u16| match layer {
            Layer::Underline => None,
            _ if index < 8 => Some(base + index),
            _ => Some(bright + index - 8),
        };
        let index = match colour {
            Color::Reset => return self.param(reset),
            Color::Black => 0,
            Color::Red => 1,
            Color::Green => 2,
            Color::Yellow => 3,
            Color::Blue => 4,
            Color::Magenta => 5,
            Color::Cyan => 6,
            Color::Gray => 7,
            Color::DarkGray => 8,
            Color::LightRed => 9,
            Color::LightGreen => 10,
            Color::LightYellow => 11,
            Color::LightBlue => 12,
            Color::LightMagenta => 13,
            Color::LightCyan => 14,
            Color::White => 15,
            Color::Indexed(index) => {
                self.param(extended);
                self.param(5);
                return self.param(u16::from(index));
            }
            Color::Rgb(red, green, blue) => {
                self.param(extended);
                self.param(2);
                self.param(u16::from(red));
                self.param(u16::from(green));
                return self.param(u16::from(blue));
            }
        };
        match named(index) {
            Some(code) => self.param(code),
            None => {
                self.param(extended);
                self.param(5);
                self.param(index);
            }
        }
    }

    /// Writes the sequence, unless it has nothing to say.
    fn finish(mut self, last: u8, out: &mut impl Write) -> io::Result<()> {
        if last == b'm' && self.params == 0 {
            return Ok(());
        }
        self.push(last);
        out.write_all(&self.bytes[..self.len])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn pen(fg: Color, bg: Color, modifier: Modifier) -> Pen {
        Pen {
            fg,
            bg,
            underline: Color::Reset,
            modifier,
        }
    }

    #[test]
    fn a_style_change_names_only_what_changed_in_one_sequence() {
        let cyan = pen(Color::Cyan, Color::Reset, Modifier::empty());
        let bold_on_red = pen(Color::White, Color::Red, Modifier::BOLD);
        assert_eq!(written(|out| Pen::PLAIN.change_to(cyan, out)), "\x1b[36m");
        assert_eq!(
            written(|out| cyan.change_to(bold_on_red, out)),
            "\x1b[1;97;41m"
        );
        assert_eq!(
            written(|out| bold_on_red.change_to(cyan, out)),
            "\x1b[0;36m"
        );
        assert_eq!(written(|out| cyan.change_to(cyan, out)), "");
        let extended = pen(Color::Indexed(208), Color::Rgb(1, 2, 3), Modifier::ITALIC);
        assert_eq!(
            written(|out| Pen::PLAIN.change_to(extended, out)),
            "\x1b[3;38;5;208;48;2;1;2;3m"
        );
    }

    #[test]
    fn the_cursor_takes_the_shortest_known_way() {
        let at = |x, y| Position { x, y };
        let moved = |from, to| written(|out| move_cursor(from, to, out));
        assert_eq!(moved(Some(at(3, 2)), at(3, 2)), "");
        assert_eq!(moved(Some(at(3, 2)), at(4, 2)), "\x1b[C");
        assert_eq!(moved(Some(at(3, 2)), at(40, 2)), "\x1b[37C");
        assert_eq!(moved(Some(at(200, 2)), at(0, 3)), "\r\n");
        assert_eq!(moved(Some(at(5, 2)), at(1, 2)), "\x1b[3;2H");
        assert_eq!(moved(None, at(0, 3)), "\x1b[4;1H");
        assert_eq!(moved(Some(at(0, 9)), at(0, 3)), "\x1b[4;1H");
    }
}
