//! ratatui's crossterm backend, writing frames with fewer cursor moves.
//!
//! The stock backend moves the cursor explicitly after every wide character, since
//! it assumes each cell advances the cursor by one. A Chinese screen is mostly wide
//! characters, so three bytes of text came with eight bytes of `ESC[row;colH`: a
//! full frame of the closing step was 26 KB, two thirds of it cursor moves, and
//! a pseudo-terminal takes about a millisecond to pass that on. Here the cursor is
//! trusted to advance by two after a CJK character, which every terminal draws two
//! cells wide. Other wide symbols (emoji, whose width terminals disagree on) keep
//! the explicit move, and so does every wide character on the Linux console, which
//! cannot draw CJK at all.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::cursor::{Hide, MoveTo, Show};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{self, Clear, ClearType as Region};
use ratatui::layout::{Position, Size};
use unicode_width::UnicodeWidthStr;

use super::escapes::{PLAIN_TEXT, Pen, move_cursor};

pub struct FrameBackend<W: Write> {
    writer: W,
    /// Whether a CJK character can be trusted to move the cursor two cells.
    wide_cjk: bool,
}

impl<W: Write> FrameBackend<W> {
    pub fn new(writer: W) -> FrameBackend<W> {
        let console = std::env::var("TERM").is_ok_and(|term| term.starts_with("linux"));
        FrameBackend {
            writer,
            wide_cjk: !console,
        }
    }

    #[cfg(test)]
    fn writer(&self) -> &W {
        &self.writer
    }
}

/// One printable ASCII character, one cell wide: most of a screen, told apart
/// without looking up the character's width.
pub fn printable_ascii(symbol: &str) -> bool {
    matches!(symbol.as_bytes(), [b' '..=b'~'])
}

/// How many cells `symbol` takes, when that is plain without looking it up: printable
/// ASCII and the common CJK characters (ideographs, kana, hangul, full-width forms
/// and punctuation), most of a Chinese screen. A width lookup costs a hundred
/// instructions, and a frame made a few thousand.
pub fn plain_width(symbol: &str) -> Option<usize> {
    if printable_ascii(symbol) {
        return Some(1);
    }
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    matches!(u32::from(c),
        0x3000..=0x3029
        | 0x3041..=0x3096
        | 0x30A1..=0x30FA
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3
        | 0xFF01..=0xFF60
        | 0xFFE0..=0xFFE6)
    .then_some(2)
}

/// Ideographs, kana, hangul and full-width forms: two cells in every terminal.
fn surely_wide(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    matches!(u32::from(c),
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x2FFFD
        | 0x30000..=0x3FFFD)
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let out = &mut self.writer;
        let mut pen = Pen::PLAIN;
        // Where the terminal's cursor is known to be; `None` when unsure.
        let mut cursor: Option<Position> = None;
        for (x, y, cell) in content {
            move_cursor(cursor, Position { x, y }, out)?;
            let wanted = Pen::of(cell);
            if wanted != pen {
                pen.change_to(wanted, out)?;
                pen = wanted;
            }
            let symbol = cell.symbol();
            out.write_all(symbol.as_bytes())?;
            let width = plain_width(symbol).unwrap_or_else(|| symbol.width());
            let advance = match width {
                1 => Some(1),
                2 if self.wide_cjk && surely_wide(symbol) => Some(2),
                _ => None,
            };
            cursor = advance.map(|cells| Position {
                x: x.saturating_add(cells),
                y,
            });
        }
        // Whatever is printed next (the shell's prompt, after quitting) starts plain.
        out.write_all(PLAIN_TEXT)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        execute!(self.writer, Hide)
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        execute!(self.writer, Show)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        let (x, y) = ratatui::crossterm::cursor::position()?;
        Ok(Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        execute!(self.writer, MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        let region = match clear_type {
            ClearType::All => Region::All,
            ClearType::AfterCursor => Region::FromCursorDown,
            ClearType::BeforeCursor => Region::FromCursorUp,
            ClearType::CurrentLine => Region::CurrentLine,
            ClearType::UntilNewLine => Region::UntilNewLine,
        };
        execute!(self.writer, Clear(region))
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: size.columns,
                height: size.rows,
            },
            pixels: Size {
                width: size.width,
                height: size.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};
    use unicode_width::UnicodeWidthStr;

    use super::*;

    const WIDTH: u16 = 40;

    /// Chinese, English, an emoji, a combining accent, and styles that come and go.
    fn sample() -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, WIDTH, 4));
        buffer.set_string(0, 0, "业技融合共创 yeji 第 7/7 步", Style::new().bold());
        buffer.set_string(30, 0, "⏸ -16:39", Style::new().white().on_red());
        buffer.set_string(0, 1, "诊断", Style::new().reversed());
        buffer.set_string(4, 1, "全脑型战略规划", Style::new().cyan());
        buffer.set_string(18, 1, "五统一", Style::new().bold().italic().underlined());
        buffer.set_string(24, 1, "四协同", Style::new().italic());
        buffer.set_string(0, 2, "emoji 👍 then 汉字 café, cafe\u{301}", Style::new());
        buffer.set_string(1, 3, "中文输入，标点！（全角）", Style::new().dim());
        buffer
    }

    /// The sixteen named colours, in the order of the terminal's palette.
    const NAMED: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];

    /// Every colour a screen can ask for, as text and as background, in short runs
    /// with gaps, so that a frame drawn over it changes some cells and not others.
    fn colours(shift: usize) -> Buffer {
        let mut named = vec![Color::Reset];
        named.extend(NAMED);
        named.extend([Color::Indexed(208), Color::Rgb(10, 200, 30)]);
        let modifiers = [
            Modifier::empty(),
            Modifier::BOLD,
            Modifier::DIM | Modifier::ITALIC,
            Modifier::UNDERLINED,
            Modifier::REVERSED | Modifier::BOLD,
        ];
        let mut buffer = Buffer::empty(Rect::new(0, 0, WIDTH, 6));
        for (n, fg) in named.iter().enumerate() {
            let bg = named[(n * 7 + shift) % named.len()];
            let modifier = modifiers[(n + shift) % modifiers.len()];
            // Apart, so that no cell takes a second style on top of the first.
            let (x, y) = ((n / 6 * 10 + shift % 3) as u16, (n % 6) as u16);
            let text = ["ab", "汉字", "x y", "全"][(n + shift) % 4];
            let style = Style::new().fg(*fg).bg(bg).add_modifier(modifier);
            buffer.set_string(x, y, text, style);
        }
        buffer
    }

    fn written_over(before: &Buffer, after: &Buffer, wide_cjk: bool) -> Vec<u8> {
        let mut backend = FrameBackend {
            writer: Vec::new(),
            wide_cjk,
        };
        backend.draw(before.diff(after).into_iter()).unwrap();
        backend.writer().clone()
    }

    fn written(buffer: &Buffer, wide_cjk: bool) -> Vec<u8> {
        written_over(&Buffer::empty(buffer.area), buffer, wide_cjk)
    }

    fn shown(bytes: &[u8], rows: u16) -> vt100::Parser {
        let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let mut parser = vt100::Parser::new(size(rows), size(WIDTH), 0);
        parser.process(bytes);
        parser
    }

    fn colour(color: Color) -> vt100::Color {
        match color {
            Color::Reset => vt100::Color::Default,
            Color::Indexed(index) => vt100::Color::Idx(index),
            Color::Rgb(red, green, blue) => vt100::Color::Rgb(red, green, blue),
            named_colour => {
                let index = NAMED.iter().position(|c| *c == named_colour).unwrap();
                vt100::Color::Idx(u8::try_from(index).unwrap())
            }
        }
    }

    /// The terminal shows `buffer`, cell for cell: text, colours and attributes.
    fn assert_shows(screen: &vt100::Screen, buffer: &Buffer, case: &str) {
        for y in 0..buffer.area.height {
            let mut x = 0;
            while x < WIDTH {
                let want = &buffer[(x, y)];
                let got = screen.cell(y, x).unwrap();
                let at = format!("({x}, {y}) {case}");
                // A cell never written is empty to the terminal, a space to ratatui.
                let contents = Some(got.contents()).filter(|c| !c.is_empty());
                assert_eq!(contents.unwrap_or(" "), want.symbol(), "{at}");
                assert_eq!(got.fgcolor(), colour(want.fg), "{at}");
                assert_eq!(got.bgcolor(), colour(want.bg), "{at}");
                assert_eq!(got.bold(), want.modifier.contains(Modifier::BOLD), "{at}");
                assert_eq!(got.dim(), want.modifier.contains(Modifier::DIM), "{at}");
                let italic = want.modifier.contains(Modifier::ITALIC);
                assert_eq!(got.italic(), italic, "{at}");
                let underlined = want.modifier.contains(Modifier::UNDERLINED);
                assert_eq!(got.underline(), underlined, "{at}");
                let reversed = want.modifier.contains(Modifier::REVERSED);
                assert_eq!(got.inverse(), reversed, "{at}");
                x += u16::try_from(want.symbol().width().max(1)).unwrap();
            }
        }
    }

    /// The widths told without a lookup are the widths ratatui's cells and the
    /// width tables give, for every character they are told for.
    #[test]
    fn plain_widths_are_the_looked_up_widths() {
        let mut told = 0;
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            let symbol = c.to_string();
            if let Some(width) = plain_width(&symbol) {
                assert_eq!(width, symbol.width(), "{c:?}");
                use ratatui::buffer::CellWidth;
                let mut cell = ratatui::buffer::Cell::EMPTY;
                cell.set_symbol(&symbol);
                assert_eq!(width, usize::from(cell.cell_width()), "{c:?}");
                told += 1;
            }
        }
        assert!(told > 39_000, "{told}");
        assert_eq!(plain_width("中文"), None, "one character at a time");
        assert_eq!(plain_width("👍"), None);
    }

    #[test]
    fn the_terminal_shows_every_cell_as_drawn() {
        for buffer in [sample(), colours(0)] {
            for wide_cjk in [true, false] {
                let parser = shown(&written(&buffer, wide_cjk), buffer.area.height);
                assert_shows(parser.screen(), &buffer, &format!("wide_cjk={wide_cjk}"));
            }
        }
    }

    #[test]
    fn a_frame_drawn_over_another_leaves_the_terminal_showing_the_new_one() {
        for wide_cjk in [true, false] {
            for shift in 1..12 {
                let (before, after) = (colours(shift - 1), colours(shift));
                let mut bytes = written(&before, wide_cjk);
                bytes.extend(written_over(&before, &after, wide_cjk));
                let parser = shown(&bytes, after.area.height);
                let case = format!("shift={shift} wide_cjk={wide_cjk}");
                assert_shows(parser.screen(), &after, &case);
            }
        }
    }

    #[test]
    fn a_line_of_chinese_needs_one_cursor_move_and_ends_plain() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, WIDTH, 1));
        buffer.set_string(
            0,
            0,
            "收个尾：今天定了哪些事？有哪些行动，谁负责",
            Style::new(),
        );
        let moves = |bytes: &[u8]| String::from_utf8_lossy(bytes).matches('H').count();
        let bytes = written(&buffer, true);
        assert_eq!(moves(&bytes), 1, "{}", String::from_utf8_lossy(&bytes));
        assert!(bytes.ends_with(b"\x1b[0m"));
        // The Linux console draws CJK one cell wide, so each character is placed.
        assert_eq!(moves(&written(&buffer, false)), 20);
    }
}
