//! `view::lines::Lines` leaves the buffer exactly as `Paragraph` leaves it: every
//! symbol and every style, over whatever was drawn there before.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget};
use yeji::view::boxed::Boxed;
use yeji::view::lines::Lines;

use crate::samples;

/// A buffer already drawn on: wide characters, colours and modifiers that the
/// text is drawn over.
pub fn drawn_on(area: Rect, seed: usize) -> Buffer {
    let mut buffer = Buffer::empty(area);
    let symbols = ["x", "中", " ", "é", "│"];
    for (index, cell) in buffer.content.iter_mut().enumerate() {
        let pick = (index * 7 + seed) % 11;
        cell.set_symbol(symbols[pick % symbols.len()]);
        if pick.is_multiple_of(3) {
            cell.set_style(Style::new().fg(Color::Green).add_modifier(Modifier::BOLD));
        }
        if pick % 4 == 1 {
            cell.set_style(Style::new().bg(Color::Blue).underline_color(Color::Red));
        }
    }
    buffer
}

/// Draws `text` both ways into the same drawn-on buffer and compares.
fn same_as_paragraph(
    text: Text,
    (buffer, area): (Rect, Rect),
    scroll: u16,
    block: bool,
    seed: usize,
) {
    let mut ours = drawn_on(buffer, seed);
    let mut theirs = ours.clone();
    let lines = Lines::new(text.clone()).scroll(scroll);
    let paragraph = Paragraph::new(text.clone()).scroll((scroll, 0));
    if block {
        let block = Boxed::new(border::PLAIN, Style::new().fg(Color::Red)).title("t");
        paragraph.block(block.to_block()).render(area, &mut theirs);
        lines.block(block).render(area, &mut ours);
    } else {
        lines.render(area, &mut ours);
        paragraph.render(area, &mut theirs);
    }
    assert_eq!(
        ours, theirs,
        "{text:?} in {area:?} of {buffer:?}, scroll {scroll}"
    );
}

fn text() -> impl Strategy<Value = Text<'static>> {
    (
        proptest::collection::vec(samples::line(4), 0..6),
        samples::style(),
    )
        .prop_map(|(lines, style)| Text::from(lines).style(style))
}

/// A buffer somewhere on the screen and an area that may lie partly outside it.
pub fn areas() -> impl Strategy<Value = (Rect, Rect)> {
    (
        0u16..4,
        0u16..4,
        0u16..14,
        0u16..7,
        0u16..6,
        0u16..6,
        0u16..16,
        0u16..8,
    )
        .prop_map(|(bx, by, bw, bh, ax, ay, aw, ah)| {
            (Rect::new(bx, by, bw, bh), Rect::new(ax, ay, aw, ah))
        })
}

proptest! {
    #[test]
    fn random_lines_draw_as_a_paragraph_draws_them(
        text in text(),
        (buffer, area) in areas(),
        scroll in prop_oneof![3 => Just(0u16), 1 => 0u16..8],
        block in proptest::bool::weighted(0.2),
        seed in 0usize..11,
    ) {
        same_as_paragraph(text, (buffer, area), scroll, block, seed);
    }
}

/// Named cases at every width from nothing to wider than the text.
#[test]
fn named_cases_draw_as_a_paragraph_draws_them() {
    let cases: &[(&str, Vec<Line>)] = &[
        (
            "empty lines",
            vec![Line::raw(""), Line::raw(""), Line::raw("a")],
        ),
        ("a wide character at the edge", vec![Line::raw("ab中文cd")]),
        ("wider than the row", vec![Line::raw("中a中b")]),
        (
            "controls and tabs",
            vec![Line::raw("a\tb\u{1}c\r\nd\u{7f}e")],
        ),
        ("zero width", vec![Line::raw("a\u{200b}b\u{301}\u{200d}c")]),
        (
            "emoji",
            vec![Line::raw("👨\u{200d}👩\u{200d}👧🇨🇳👍🏽❤\u{fe0f}x")],
        ),
        (
            "styles patched",
            vec![
                Line::from(vec![
                    Span::styled("red", Style::new().fg(Color::Red)),
                    Span::styled("紧急", Style::new().add_modifier(Modifier::BOLD)),
                    Span::raw(" plain"),
                ])
                .style(Style::new().bg(Color::Blue).remove_modifier(Modifier::DIM)),
            ],
        ),
        (
            "centred",
            vec![Line::raw("mid").centered(), Line::raw("left")],
        ),
    ];
    for (name, lines) in cases {
        for width in 0..12 {
            for height in 0..4 {
                for scroll in 0..3 {
                    let area = Rect::new(1, 1, width, height);
                    let buffer = Rect::new(0, 0, 12, 5);
                    for block in [false, true] {
                        let text = Text::from(lines.clone());
                        println!("{name}: {area:?}, scroll {scroll}, block {block}");
                        same_as_paragraph(text, (buffer, area), scroll, block, 3);
                    }
                }
            }
        }
    }
}
