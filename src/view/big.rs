//! Big digits for the projector: the step number and the clock, legible from the
//! back of the room. Digits only: no big-font crate draws Chinese, so titles stay
//! bold text.

use super::theme::Theme;

const ROWS: usize = 5;

/// Three cells wide, five rows high; `#` is filled.
fn glyph(c: char) -> [&'static str; ROWS] {
    match c {
        '0' => ["###", "# #", "# #", "# #", "###"],
        '1' => ["  #", "  #", "  #", "  #", "  #"],
        '2' => ["###", "  #", "###", "#  ", "###"],
        '3' => ["###", "  #", "###", "  #", "###"],
        '4' => ["# #", "# #", "###", "  #", "  #"],
        '5' => ["###", "#  ", "###", "  #", "###"],
        '6' => ["###", "#  ", "###", "# #", "###"],
        '7' => ["###", "  #", "  #", "  #", "  #"],
        '8' => ["###", "# #", "###", "# #", "###"],
        '9' => ["###", "# #", "###", "  #", "###"],
        ':' => ["   ", " # ", "   ", " # ", "   "],
        '-' => ["   ", "   ", "###", "   ", "   "],
        _ => ["   "; ROWS],
    }
}

/// The rows of `text` drawn big, glyphs one cell apart.
pub fn big_rows(text: &str, theme: Theme) -> Vec<String> {
    let fill = theme.bar_glyph();
    (0..ROWS)
        .map(|row| {
            text.chars()
                .map(|c| glyph(c)[row].replace('#', fill))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

pub const BIG_ROWS: u16 = ROWS as u16;

/// Cells `text` takes when drawn big.
pub fn big_width(text: &str) -> usize {
    text.chars().count() * 4
}
