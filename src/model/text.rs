//! A piece of text being typed, with its cursor: the editing rules shared by every
//! field (grapheme-aware movement, word jumps, paste clean-up).
//!
//! Pure data: how it is drawn (wrapping, cell widths, the terminal cursor) is the
//! view's business.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextBuffer {
    text: String,
    /// Byte index into `text`, always on a grapheme boundary.
    cursor: usize,
    multiline: bool,
}

/// How the program treats a character when jumping by words.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Space,
    Punctuation,
    Ideograph,
    Word,
}

fn class_of(grapheme: &str) -> CharClass {
    let c = grapheme.chars().next().unwrap_or(' ');
    if c.is_whitespace() {
        CharClass::Space
    } else if is_wide(grapheme) && c.is_alphanumeric() {
        CharClass::Ideograph
    } else if c.is_alphanumeric() || c == '_' {
        CharClass::Word
    } else {
        CharClass::Punctuation
    }
}

fn is_wide(grapheme: &str) -> bool {
    grapheme.width() >= 2
}

/// Makes pasted or typed text safe to store: `\r\n` and `\r` become `\n` (or a
/// space in one-line fields), tabs become spaces, other control characters go.
pub fn clean_input(text: &str, multiline: bool) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(normalised.len());
    for c in normalised.chars() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\n' => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                }
            }
            '\t' => out.push_str("    "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

impl TextBuffer {
    pub fn new(text: &str, multiline: bool) -> TextBuffer {
        let text = clean_input(text, multiline);
        TextBuffer {
            cursor: text.len(),
            text,
            multiline,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    pub fn insert(&mut self, typed: &str) {
        let clean = clean_input(typed, self.multiline);
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    pub fn newline(&mut self) {
        if self.multiline {
            self.insert("\n");
        }
    }

    fn previous_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(index, _)| index)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |grapheme| self.cursor + grapheme.len())
    }

    pub fn backspace(&mut self) {
        let start = self.previous_boundary();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    pub fn delete(&mut self) {
        let end = self.next_boundary();
        self.text.replace_range(self.cursor..end, "");
    }

    pub fn left(&mut self) {
        self.cursor = self.previous_boundary();
    }

    pub fn right(&mut self) {
        self.cursor = self.next_boundary();
    }

    fn line_start(&self) -> usize {
        self.text[..self.cursor]
            .rfind('\n')
            .map_or(0, |index| index + 1)
    }

    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |index| self.cursor + index)
    }

    pub fn home(&mut self) {
        self.cursor = self.line_start();
    }

    pub fn end(&mut self) {
        self.cursor = self.line_end();
    }

    /// Where a jump one word back lands: over spaces, then over one run of a kind.
    fn word_left_index(&self) -> usize {
        let graphemes: Vec<(usize, &str)> =
            self.text[..self.cursor].grapheme_indices(true).collect();
        let mut index = graphemes.len();
        while index > 0 && class_of(graphemes[index - 1].1) == CharClass::Space {
            index -= 1;
        }
        if index > 0 {
            let class = class_of(graphemes[index - 1].1);
            while index > 0 && class_of(graphemes[index - 1].1) == class {
                index -= 1;
            }
        }
        graphemes.get(index).map_or(self.cursor, |(at, _)| *at)
    }

    fn word_right_index(&self) -> usize {
        let rest = &self.text[self.cursor..];
        let graphemes: Vec<(usize, &str)> = rest.grapheme_indices(true).collect();
        let mut index = 0;
        if let Some((_, first)) = graphemes.first() {
            let class = class_of(first);
            if class != CharClass::Space {
                while index < graphemes.len() && class_of(graphemes[index].1) == class {
                    index += 1;
                }
            }
        }
        while index < graphemes.len() && class_of(graphemes[index].1) == CharClass::Space {
            index += 1;
        }
        self.cursor + graphemes.get(index).map_or(rest.len(), |(at, _)| *at)
    }

    pub fn word_left(&mut self) {
        self.cursor = self.word_left_index();
    }

    pub fn word_right(&mut self) {
        self.cursor = self.word_right_index();
    }

    pub fn delete_word_back(&mut self) {
        let start = self.word_left_index();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    pub fn delete_to_line_start(&mut self) {
        let start = self.line_start();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Moves to the line above (`-1`) or below (`1`), keeping the column in cells.
    /// Returns false when there is no such line, so the caller may do something else.
    pub fn vertical(&mut self, direction: i8) -> bool {
        let start = self.line_start();
        let column = self.text[start..self.cursor].width();
        let target_start = if direction < 0 {
            if start == 0 {
                return false;
            }
            self.text[..start - 1]
                .rfind('\n')
                .map_or(0, |index| index + 1)
        } else {
            match self.text[self.cursor..].find('\n') {
                Some(index) => self.cursor + index + 1,
                None => return false,
            }
        };
        let line_end = self.text[target_start..]
            .find('\n')
            .map_or(self.text.len(), |index| target_start + index);
        let mut cursor = target_start;
        let mut width = 0;
        for (index, grapheme) in self.text[target_start..line_end].grapheme_indices(true) {
            if width + grapheme.width() > column {
                break;
            }
            width += grapheme.width();
            cursor = target_start + index + grapheme.len();
        }
        self.cursor = cursor;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> TextBuffer {
        TextBuffer::new(text, true)
    }

    #[test]
    fn backspace_removes_a_whole_chinese_character() {
        let mut buffer = typed("客户至上");
        buffer.backspace();
        assert_eq!(buffer.text(), "客户至");
        buffer.left();
        buffer.insert("服务");
        assert_eq!(buffer.text(), "客户服务至");
    }

    #[test]
    fn emoji_with_joiners_move_as_one() {
        let mut buffer = typed("a👩‍💻b");
        buffer.left();
        buffer.left();
        assert_eq!(&buffer.text()[buffer.cursor()..], "👩‍💻b");
        buffer.delete();
        assert_eq!(buffer.text(), "ab");
    }

    #[test]
    fn word_jumps_stop_between_scripts_and_at_spaces() {
        let mut buffer = typed("hello 数字优先 world");
        buffer.word_left();
        assert_eq!(&buffer.text()[buffer.cursor()..], "world");
        buffer.word_left();
        assert_eq!(&buffer.text()[buffer.cursor()..], "数字优先 world");
        buffer.delete_word_back();
        assert_eq!(buffer.text(), "数字优先 world");
        buffer.word_right();
        assert_eq!(&buffer.text()[buffer.cursor()..], "world");
    }

    #[test]
    fn one_line_fields_turn_newlines_into_spaces() {
        let mut buffer = TextBuffer::new("", false);
        buffer.insert("first\r\nsecond\rthird\u{1b}[31m");
        assert_eq!(buffer.text(), "first second third[31m");
        buffer.newline();
        assert_eq!(buffer.text(), "first second third[31m");
    }

    #[test]
    fn home_and_end_stay_on_the_current_line() {
        let mut buffer = typed("one\ntwo");
        buffer.home();
        assert_eq!(&buffer.text()[buffer.cursor()..], "two");
        buffer.vertical(-1);
        buffer.end();
        assert_eq!(buffer.cursor(), 3);
    }

    #[test]
    fn vertical_moves_keep_the_column_in_cells() {
        let mut buffer = typed("中文字\nabcdef");
        assert!(buffer.vertical(-1));
        // "abcdef" ends at column 6, which is after the third wide character.
        assert_eq!(buffer.cursor(), "中文字".len());
        assert!(!buffer.vertical(-1));
        assert!(buffer.vertical(1));
        assert_eq!(&buffer.text()[buffer.cursor()..], "");
    }
}
