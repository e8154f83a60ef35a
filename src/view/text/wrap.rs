//! Wrapping text by terminal cells, and placing the editor's cursor by the same
//! rules, so the cursor always sits where the text is drawn.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Line;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::view::graphemes::{graphemes, width_alone};

/// Byte ranges of the lines `text` wraps into at `width` cells. Lines break at
/// newlines, at the last place in reach where a line may end: after a space, or
/// before or after a wide (Chinese) character, since Chinese breaks between any
/// two characters. Closing punctuation (，。、) never starts a line and opening
/// punctuation (（「《) never ends one; a space that does not fit is left out
/// between two lines. A word longer than the line is cut.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    wrap_rows(text, width, usize::MAX)
}

/// `text` wrapped at `width` cells (see [`wrap`]), each line in `style`.
pub fn wrapped(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width)
        .into_iter()
        .map(|range| Line::styled(text[range].to_string(), style))
        .collect()
}

/// The first `rows` lines of [`wrap`], found without reading further: what a screen
/// shows of a long text costs no more than the rows it has.
pub fn wrap_rows(text: &str, width: usize, rows: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut offset = 0;
    for logical in text.split('\n') {
        if out.len() >= rows {
            break;
        }
        wrap_line(logical, offset, width, rows, &mut out);
        offset += logical.len() + 1;
    }
    out.truncate(rows);
    out
}

/// `text` wrapped at `width` cells into at most `rows` lines, the last ending with
/// `ellipsis` when the text goes on: as much as the rows can show, marked where
/// the rest is left out.
pub fn wrap_cut(text: &str, width: usize, rows: usize, ellipsis: &str) -> Vec<String> {
    // One row more than fits tells whether the text was cut short.
    let mut lines: Vec<String> = wrap_rows(text, width, rows.saturating_add(1))
        .into_iter()
        .map(|range| text[range].trim_end().to_string())
        .collect();
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            let room = width.saturating_sub(super::width(ellipsis));
            *last = format!("{}{ellipsis}", super::fit(last, room, ""));
        }
    }
    lines
}

/// Items joined by `separator` and wrapped at `width` cells, each item kept on one
/// line wherever it fits on one, so that a label stays with its number ("角色分工
/// 0"), as long as that takes no more than `room` lines, or no more than wrapping
/// the joined text would: where rows are short, a row counts for more. A line that
/// goes on below ends with the separator, trimmed. An item longer than a line wraps
/// as text does.
pub fn wrap_list(items: &[String], separator: &str, width: usize, room: usize) -> Vec<String> {
    let whole = items_kept_whole(items, separator, width);
    let joined = items.join(separator);
    let plain = wrap(&joined, width);
    if whole.len() <= room.max(plain.len()) {
        return whole;
    }
    plain
        .into_iter()
        .map(|range| joined[range].to_string())
        .collect()
}

fn items_kept_whole(items: &[String], separator: &str, width: usize) -> Vec<String> {
    let cells = width.max(1);
    let mark = separator.trim_end();
    let mut lines = Vec::new();
    let mut line = String::new();
    for item in items {
        if !line.is_empty() {
            if super::width(&line) + super::width(separator) + super::width(item) <= cells {
                line.push_str(separator);
                line.push_str(item);
                continue;
            }
            if super::width(&line) + super::width(mark) <= cells {
                line.push_str(mark);
            }
            lines.push(std::mem::take(&mut line));
        }
        let mut pieces = wrap(item, cells).into_iter().peekable();
        while let Some(range) = pieces.next() {
            match pieces.peek() {
                Some(_) => lines.push(item[range].to_string()),
                None => line = item[range].to_string(),
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Punctuation that may not start a line: it stays with the character before it.
/// The middle dot is the separator of lists.
const NO_LINE_START: &str = "，。、：；！？）」』”’》〉】…—,.;:!?)·";
/// Punctuation that may not end a line: it stays with the character after it.
const NO_LINE_END: &str = "（「『“‘《〈【(";

/// What the previous grapheme of a line lets happen before the next one.
#[derive(Clone, Copy, PartialEq)]
enum Before {
    /// The start of the line: no break here.
    Nothing,
    /// A space: the next grapheme may start a line.
    Space,
    /// A wide character: the next may start a line unless it is closing punctuation.
    Wide,
    /// Opening punctuation: the next grapheme stays with it.
    Opening,
    /// Anything else (a letter of a word): a break only before a wide character.
    Narrow,
}

fn wrap_line(line: &str, base: usize, width: usize, rows: usize, out: &mut Vec<Range<usize>>) {
    let mut start = 0;
    let mut used = 0;
    let mut last_break: Option<usize> = None;
    let mut before = Before::Nothing;
    for grapheme in graphemes(line) {
        let index = grapheme.at;
        let first = grapheme.single.or_else(|| grapheme.text.chars().next());
        let first = first.unwrap_or(' ');
        let cells = match grapheme.single {
            Some(c) => width_alone(c),
            None => grapheme.text.width(),
        };
        let may_break_here = match before {
            Before::Nothing | Before::Opening => false,
            Before::Space => true,
            // A space after a wide character stays on its line: the break comes after it.
            Before::Wide => first != ' ' && !NO_LINE_START.contains(first),
            Before::Narrow => cells == 2 && !NO_LINE_START.contains(first),
        };
        if may_break_here && index > start {
            last_break = Some(index);
        }
        if used + cells > width && index > start && grapheme.text == " " {
            // A space that does not fit ends the line and is not drawn.
            out.push(base + start..base + index);
            if out.len() >= rows {
                return;
            }
            (start, used, last_break, before) = (index + 1, 0, None, Before::Nothing);
            continue;
        }
        if used + cells > width && index > start {
            let break_at = last_break
                .filter(|at| *at > start)
                .unwrap_or_else(|| keep_punctuation_on_line(line, start, index));
            out.push(base + start..base + break_at);
            if out.len() >= rows {
                return;
            }
            start = break_at;
            used = line[start..index].width();
            last_break = None;
        }
        used += cells;
        before = if grapheme.text == " " {
            Before::Space
        } else if NO_LINE_END.contains(first) {
            Before::Opening
        } else if cells == 2 {
            Before::Wide
        } else {
            Before::Narrow
        };
    }
    out.push(base + start..base + line.len());
}

/// Where a line with no place to break must be cut: before the grapheme that does
/// not fit, or one earlier when that grapheme is closing punctuation, so that it
/// travels with the character before it.
fn keep_punctuation_on_line(line: &str, start: usize, index: usize) -> usize {
    let next = line[index..].chars().next().unwrap_or(' ');
    if !NO_LINE_START.contains(next) {
        return index;
    }
    match line[start..index].grapheme_indices(true).next_back() {
        Some((last, _)) if last > 0 => start + last,
        _ => index,
    }
}

/// Row and column (in cells) of byte `cursor` when `text` is wrapped at `width`.
pub fn cursor_cell(text: &str, cursor: usize, width: usize) -> (usize, usize) {
    let lines = wrap(text, width);
    let row = lines
        .iter()
        .rposition(|line| line.start <= cursor)
        .unwrap_or(0);
    let start = lines.get(row).map_or(0, |line| line.start);
    let column = text.get(start..cursor).map_or(0, str::width);
    (row, column.min(width.max(1) - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn chinese_wraps_by_cells() {
        assert_eq!(
            lines("客户至上数字优先", 6),
            vec!["客户至", "上数字", "优先"]
        );
        assert_eq!(lines("客户至上", 5), vec!["客户", "至上"]);
    }

    #[test]
    fn chinese_punctuation_does_not_start_a_line() {
        assert_eq!(
            lines("灵活敏捷、携手并进", 8),
            vec!["灵活敏", "捷、携手", "并进"]
        );
    }

    #[test]
    fn chinese_with_a_latin_key_fills_its_lines() {
        assert_eq!(
            lines("还没有决定。按 a 添加第一条决定。", 15),
            vec!["还没有决定。按 ", "a 添加第一条决", "定。"]
        );
        assert_eq!(
            lines("按 a 添加第一条决定", 12),
            vec!["按 a 添加第", "一条决定"]
        );
    }

    #[test]
    fn opening_punctuation_stays_with_what_follows() {
        assert_eq!(lines("一二三「四五」", 8), vec!["一二三", "「四五」"]);
        assert_eq!(lines("一二三四（五）", 10), vec!["一二三四", "（五）"]);
    }

    #[test]
    fn a_latin_word_breaks_before_chinese_not_inside() {
        assert_eq!(
            lines("客户 workshop中文", 14),
            vec!["客户 workshop", "中文"]
        );
        assert_eq!(lines("客服workshop", 8), vec!["客服", "workshop"]);
    }

    #[test]
    fn a_line_never_starts_with_a_space_or_a_list_dot() {
        assert_eq!(lines("角色分工 0", 8), vec!["角色分工", "0"]);
        assert_eq!(lines("abcd efg", 4), vec!["abcd", "efg"]);
        assert_eq!(lines("ab · cd · ef", 6), vec!["ab · ", "cd · ", "ef"]);
    }

    #[test]
    fn list_items_stay_whole_where_they_fit() {
        let items = ["五统一 7", "四协同 8", "角色分工 0", "总结与行动 7"].map(String::from);
        assert_eq!(
            wrap_list(&items, " · ", 22, 0),
            vec!["五统一 7 · 四协同 8 ·", "角色分工 0 ·", "总结与行动 7"]
        );
        assert_eq!(wrap_list(&items, " · ", 200, 0).len(), 1);
        let english = [
            "Setup 5",
            "Diagnose 12",
            "Whole-brain strategy 30",
            "Five unified 7",
            "Four synergies 8",
            "Role mapping 0",
            "Wrap-up 7",
        ];
        let english = english.map(String::from);
        assert_eq!(
            wrap_list(&english, " · ", 57, 2),
            vec![
                "Setup 5 · Diagnose 12 · Whole-brain strategy 30 · Five ",
                "unified 7 · Four synergies 8 · Role mapping 0 · Wrap-up 7"
            ],
            "kept whole, the items would take a third line"
        );
        assert_eq!(
            wrap_list(&english, " · ", 57, 3),
            vec![
                "Setup 5 · Diagnose 12 · Whole-brain strategy 30 ·",
                "Five unified 7 · Four synergies 8 · Role mapping 0 ·",
                "Wrap-up 7"
            ],
        );
        let long = ["a".to_string(), "业务技术联合团队".to_string()];
        assert_eq!(
            wrap_list(&long, " · ", 6, 0),
            vec!["a ·", "业务技", "术联合", "团队"]
        );
        assert_eq!(wrap_list(&[], " · ", 6, 0), Vec::<String>::new());
    }

    #[test]
    fn a_cut_text_ends_with_the_ellipsis_on_its_last_row() {
        let text = "IT wants a three-year plan, business wants quarterly targets";
        assert_eq!(
            wrap_cut(text, 20, 2, "…"),
            ["IT wants a", "three-year plan,…"]
        );
        assert_eq!(wrap_cut(text, 20, 9, "…").len(), 4);
        assert!(wrap_cut(text, 20, 0, "…").is_empty());
        assert_eq!(wrap_cut("统一规划统一规划", 6, 1, "…"), ["统一…"]);
    }

    #[test]
    fn english_wraps_after_spaces() {
        assert_eq!(lines("dare to try now", 8), vec!["dare to ", "try now"]);
        assert_eq!(lines("unbreakable", 4), vec!["unbr", "eaka", "ble"]);
    }

    #[test]
    fn only_the_rows_asked_for_are_wrapped() {
        let long = "业技融合 workshop ".repeat(1000);
        let all = wrap(&long, 12);
        assert_eq!(wrap_rows(&long, 12, 3), all[..3]);
        assert_eq!(wrap_rows("a\nb\nc", 5, 2), wrap("a\nb\nc", 5)[..2]);
        assert_eq!(wrap_rows("ab", 5, 0), Vec::<Range<usize>>::new());
    }

    #[test]
    fn newlines_start_new_lines() {
        assert_eq!(lines("a\n\nb", 10), vec!["a", "", "b"]);
    }

    #[test]
    fn the_cursor_follows_wide_characters_and_wraps() {
        assert_eq!(cursor_cell("中文", "中".len(), 10), (0, 2));
        assert_eq!(cursor_cell("客户至上", "客户".len(), 5), (1, 0));
        assert_eq!(cursor_cell("a\nb", 1, 10), (0, 1));
        assert_eq!(cursor_cell("a\nb", 2, 10), (1, 0));
    }
}
