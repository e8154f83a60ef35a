//! `view::graphemes` finds exactly the graphemes `unicode-segmentation` finds, and
//! the widths it gives its characters are `unicode-width`'s and ratatui's.

use proptest::prelude::*;
use ratatui::buffer::CellWidth;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;
use yeji::view::graphemes::{graphemes, stands_alone, width_alone};

use crate::samples;

/// Characters that stand alone, of every kind the list holds, to set beside each
/// of them: whatever in the Unicode rules would join two characters (a combining
/// mark, a joiner, a prepended mark, Hangul jamo, a regional indicator) joins one
/// of these to its neighbour.
const NEIGHBOURS: &[char] = &[
    'a', ' ', '\n', '\t', '中', '가', '각', 'ア', 'ｱ', 'Ａ', '…', '▶', '©', '¡', '㐀', '〇',
];

fn standing_alone() -> impl Iterator<Item = char> {
    (0..=u32::from(char::MAX))
        .filter_map(char::from_u32)
        .filter(|c| stands_alone(*c))
}

#[test]
fn every_character_that_stands_alone_is_its_own_grapheme_beside_the_others() {
    for neighbour in NEIGHBOURS {
        assert!(stands_alone(*neighbour), "{neighbour:?}");
    }
    for c in standing_alone() {
        for pair in [[c, c], [c, 'a'], [c, '中']]
            .into_iter()
            .chain(NEIGHBOURS.iter().flat_map(|n| [[c, *n], [*n, c]]))
        {
            let text: String = pair.iter().collect();
            assert_eq!(text.graphemes(true).count(), 2, "{:?}", text);
        }
    }
}

#[test]
fn the_width_of_a_character_that_stands_alone_is_the_width_of_its_grapheme() {
    for c in standing_alone() {
        let text = c.to_string();
        assert_eq!(width_alone(c), text.width(), "{c:?}");
        if !c.is_control() {
            assert_eq!(width_alone(c), usize::from(text.cell_width()), "{c:?}");
        }
    }
}

#[test]
fn carriage_returns_and_other_controls_take_the_segmenter() {
    assert!(!stands_alone('\r'));
    assert!(!stands_alone('\u{1}'));
    let found: Vec<&str> = graphemes("a\r\nb").map(|g| g.text).collect();
    assert_eq!(found, ["a", "\r\n", "b"]);
}

fn same_as_the_segmenter(text: &str) {
    let found: Vec<(usize, &str)> = graphemes(text).map(|g| (g.at, g.text)).collect();
    let expected: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
    assert_eq!(found, expected, "{text:?}");
    for grapheme in graphemes(text) {
        if let Some(c) = grapheme.single {
            assert_eq!(grapheme.text, c.to_string(), "{text:?}");
            assert!(stands_alone(c));
        }
    }
}

#[test]
fn named_cases_segment_as_the_segmenter_does() {
    for text in [
        "",
        "plain ascii",
        "客户至上，数字优先。",
        "e\u{301}",
        "中\u{301}文",
        "👨\u{200d}👩\u{200d}👧 family",
        "🇨🇳🇺🇸🇦",
        "a🇨🇳🇺🇸b",
        "한\u{1161}",
        "\u{1100}가",
        "▶\u{fe0f}",
        "✓\u{200d}✓",
        "\u{600}1",
        "क्षत्र",
        "\t\n\r\n\u{1}",
    ] {
        same_as_the_segmenter(text);
    }
}

proptest! {
    #[test]
    fn random_text_segments_as_the_segmenter_does(text in samples::text()) {
        same_as_the_segmenter(&text);
    }
}
