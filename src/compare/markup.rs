//! Writing user text safely into the three outputs: the terminal (ANSI colours, no
//! control characters from the file), Markdown (escaped so a `|` in a title stays
//! in its table cell) and HTML.

use unicode_width::UnicodeWidthStr;

/// ANSI colours for terminal text, or nothing at all when colour is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paint {
    on: bool,
}

impl Paint {
    pub fn new(on: bool) -> Paint {
        Paint { on }
    }

    fn wrap(self, code: &str, text: &str) -> String {
        if self.on && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }

    pub fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }

    pub fn red(self, text: &str) -> String {
        self.wrap("31", text)
    }

    pub fn green(self, text: &str) -> String {
        self.wrap("32", text)
    }

    pub fn yellow(self, text: &str) -> String {
        self.wrap("33", text)
    }
}

/// A date and time as the diff's header writes it, to the minute.
pub const MINUTE: &str = "%Y-%m-%d %H:%M";

/// Text from a session file as one terminal line: control characters (an escape
/// sequence hidden in a title, a line break) become spaces.
pub fn plain(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// How many terminal cells `text` takes (中文 is two).
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` followed by spaces up to `cells` terminal cells.
pub fn pad(text: &str, cells: usize) -> String {
    let mut out = text.to_string();
    out.push_str(&" ".repeat(cells.saturating_sub(width(text))));
    out
}

/// Text as inline Markdown: characters that would start emphasis, a link, a tag,
/// an entity or a table cell are backslash-escaped, and line breaks become spaces,
/// so the text reads as typed in a list item, a heading or a table cell.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One Markdown table row from already escaped cells.
pub fn markdown_row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// The row under a Markdown table's header.
pub fn markdown_rule(columns: usize) -> String {
    format!("|{}\n", "---|".repeat(columns))
}

/// Text for HTML element content and attribute values.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_keeps_a_pipe_inside_its_cell() {
        assert_eq!(markdown("A|B"), "A\\|B");
        assert_eq!(
            markdown("*x* [y](z) <b> #1 a_b"),
            "\\*x\\* \\[y\\](z) \\<b\\> \\#1 a\\_b"
        );
        assert_eq!(markdown("two\nlines"), "two lines");
        assert_eq!(markdown("统一工单系统"), "统一工单系统");
    }

    #[test]
    fn terminal_text_carries_no_escape_sequences_from_the_file() {
        assert_eq!(plain("a\x1b[2Jb\nc"), "a [2Jb c");
        assert_eq!(Paint::new(false).red("x"), "x");
        assert_eq!(Paint::new(true).red("x"), "\x1b[31mx\x1b[0m");
    }

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn padding_counts_wide_characters_as_two_cells() {
        assert_eq!(pad("业务", 6), "业务  ");
        assert_eq!(pad("abc", 2), "abc");
    }
}
