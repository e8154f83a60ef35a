//! Random text and styles for the fast-path tests.

use proptest::prelude::*;
use ratatui::layout::Alignment;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

/// Pieces that draw and segment unlike plain text, beside ones that do not.
const PIECES: &[&str] = &[
    "a",
    "Z",
    " ",
    "~",
    "中",
    "文",
    "，",
    "。",
    "「",
    "」",
    "（",
    "）",
    "《",
    "ア",
    "カ",
    "ｱ",
    "가",
    "한",
    "Ａ",
    "…",
    "—",
    "·",
    "│",
    "▶",
    "✓",
    "✗",
    "⚠",
    "⏱",
    "⏸",
    "●",
    "░",
    "→",
    "©",
    "é",
    "ß",
    // controls and line breaks
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\u{0}",
    "\u{1}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{9f}",
    // zero-width and format characters
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{200e}",
    "\u{2028}",
    "\u{2060}",
    "\u{feff}",
    "\u{ad}",
    // combining marks, variation selectors, sound marks
    "\u{301}",
    "\u{308}",
    "e\u{301}",
    "\u{3099}",
    "か\u{3099}",
    "\u{ff9e}",
    "ｶ\u{ff9e}",
    "\u{302a}",
    "\u{fe0f}",
    "\u{fe0e}",
    "\u{20e3}",
    "1\u{fe0f}\u{20e3}",
    // emoji: plain, with a skin tone, joined, flags and a lone regional indicator
    "😀",
    "👍",
    "👍🏽",
    "\u{1f3fd}",
    "👨\u{200d}👩\u{200d}👧",
    "🏳\u{fe0f}\u{200d}🌈",
    "🇨🇳",
    "🇺🇸",
    "🇦",
    "❤\u{fe0f}",
    "☺",
    // Hangul jamo, Indic conjuncts, a prepended mark, a spacing mark
    "\u{1100}",
    "\u{1161}",
    "\u{11a8}",
    "\u{1100}\u{1161}\u{11a8}",
    "क्ष",
    "\u{94d}",
    "\u{600}",
    "\u{e33}",
    "ก\u{e33}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-z ]{1,8}",
        1 => "[一-龥]{1,4}",
    ]
}

/// A text of a few dozen pieces at most.
pub fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..24).prop_map(|pieces| pieces.concat())
}

fn color() -> impl Strategy<Value = Option<Color>> {
    proptest::sample::select(vec![
        None,
        None,
        Some(Color::Reset),
        Some(Color::Red),
        Some(Color::Cyan),
        Some(Color::Indexed(200)),
        Some(Color::Rgb(1, 2, 3)),
    ])
}

fn modifier() -> impl Strategy<Value = Modifier> {
    (0u16..64).prop_map(Modifier::from_bits_truncate)
}

pub fn style() -> impl Strategy<Value = Style> {
    prop_oneof![
        2 => Just(Style::new()),
        3 => (color(), color(), color(), modifier(), modifier()).prop_map(
            |(fg, bg, underline, add, sub)| {
                let mut style = Style::new().add_modifier(add).remove_modifier(sub);
                style.fg = fg;
                style.bg = bg;
                style.underline_color = underline;
                style
            }
        ),
    ]
}

/// A line of up to `spans` styled spans, with a style of its own, mostly without
/// an alignment of its own.
pub fn line(spans: usize) -> impl Strategy<Value = Line<'static>> {
    let span = (text(), style()).prop_map(|(text, style)| Span::styled(text, style));
    let alignment = prop_oneof![
        8 => Just(None),
        1 => Just(Some(Alignment::Left)),
        1 => Just(Some(Alignment::Center)),
        1 => Just(Some(Alignment::Right)),
    ];
    (
        proptest::collection::vec(span, 0..spans),
        style(),
        alignment,
    )
        .prop_map(|(spans, style, alignment)| {
            let line = Line::from(spans).style(style);
            match alignment {
                Some(alignment) => line.alignment(alignment),
                None => line,
            }
        })
}
