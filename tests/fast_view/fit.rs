//! Cutting, measuring and wrapping through the fast grapheme walk give what the
//! same rules give when they walk `unicode-segmentation`'s graphemes, written
//! here the plain way.

use std::ops::Range;

use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;
use yeji::view::text::{fit, width_capped, wrap_rows};

use crate::samples;

mod reference {
    use super::*;

    pub fn width_capped(text: &str, cap: usize) -> usize {
        let mut used = 0;
        for grapheme in text.graphemes(true) {
            used += grapheme.width();
            if used > cap {
                break;
            }
        }
        used
    }

    pub fn fit(text: &str, max: usize, ellipsis: &str) -> String {
        let room = max.saturating_sub(ellipsis.width());
        let mut out = String::new();
        let mut used = 0;
        let mut within_room = 0;
        let shown = text.graphemes(true).flat_map(|grapheme| {
            let breaks = grapheme.contains(['\n', '\r', '\t']);
            let spaces = breaks.then(|| grapheme.chars().map(|_| " "));
            let whole = (!breaks).then_some(grapheme);
            spaces.into_iter().flatten().chain(whole)
        });
        for piece in shown {
            let cells = piece.width();
            if used + cells > max {
                out.truncate(within_room);
                if max >= ellipsis.width() {
                    out.push_str(ellipsis);
                }
                return out;
            }
            used += cells;
            out.push_str(piece);
            if used <= room {
                within_room = out.len();
            }
        }
        out
    }

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

    const NO_LINE_START: &str = "，。、：；！？）」』”’》〉】…—,.;:!?)·";
    const NO_LINE_END: &str = "（「『“‘《〈【(";

    /// Whether a line may start with `next` when `previous` ends the line before.
    fn may_break_between(previous: &str, next: &str) -> bool {
        let first = |g: &str| g.chars().next().unwrap_or(' ');
        let closing = NO_LINE_START.contains(first(next));
        if NO_LINE_END.contains(first(previous)) {
            false
        } else if previous == " " {
            true
        } else if previous.width() == 2 {
            first(next) != ' ' && !closing
        } else {
            next.width() == 2 && !closing
        }
    }

    /// Greedy filling between the break opportunities, found first.
    fn wrap_line(line: &str, base: usize, width: usize, rows: usize, out: &mut Vec<Range<usize>>) {
        let pieces: Vec<(usize, &str)> = line.grapheme_indices(true).collect();
        let opportunities: Vec<usize> = pieces
            .windows(2)
            .filter(|pair| may_break_between(pair[0].1, pair[1].1))
            .map(|pair| pair[1].0)
            .collect();
        let mut start = 0;
        let mut used = 0;
        for &(index, grapheme) in &pieces {
            let cells = grapheme.width();
            if used + cells > width && index > start && grapheme == " " {
                out.push(base + start..base + index);
                if out.len() >= rows {
                    return;
                }
                (start, used) = (index + 1, 0);
                continue;
            }
            if used + cells > width && index > start {
                let last = opportunities
                    .iter()
                    .rev()
                    .find(|at| **at > start && **at <= index);
                let break_at = match last {
                    Some(at) => *at,
                    None => keep_punctuation_on_line(line, start, index),
                };
                out.push(base + start..base + break_at);
                if out.len() >= rows {
                    return;
                }
                start = break_at;
                used = line[start..index].width();
            }
            used += cells;
        }
        out.push(base + start..base + line.len());
    }

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
}

const ELLIPSES: &[&str] = &["…", "~", "", "..", "中"];

proptest! {
    #[test]
    fn fitting_cuts_as_before(
        text in samples::text(),
        max in 0usize..40,
        ellipsis in proptest::sample::select(ELLIPSES),
    ) {
        prop_assert_eq!(fit(&text, max, ellipsis), reference::fit(&text, max, ellipsis));
    }

    #[test]
    fn a_capped_width_is_as_before(text in samples::text(), cap in 0usize..60) {
        prop_assert_eq!(width_capped(&text, cap), reference::width_capped(&text, cap));
    }

    #[test]
    fn wrapping_breaks_as_the_plain_walk_does(text in samples::text(), width in 0usize..30, rows in 0usize..12) {
        prop_assert_eq!(wrap_rows(&text, width, rows), reference::wrap_rows(&text, width, rows));
    }
}

#[test]
fn named_cases_cut_as_before() {
    for text in [
        "客户至上，数字优先。",
        "a\r\nb\tc\nd",
        "👨\u{200d}👩\u{200d}👧 family 🇨🇳",
        "e\u{301}e\u{301}e\u{301}",
        "ｶ\u{ff9e}ｶ\u{ff9e}",
    ] {
        for max in 0..16 {
            for ellipsis in ELLIPSES {
                assert_eq!(
                    fit(text, max, ellipsis),
                    reference::fit(text, max, ellipsis)
                );
            }
            assert_eq!(wrap_rows(text, max, 9), reference::wrap_rows(text, max, 9));
            assert_eq!(width_capped(text, max), reference::width_capped(text, max));
        }
    }
}
