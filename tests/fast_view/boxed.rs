//! `view::boxed::Boxed` draws what the `Block` it stands in for draws, cell for
//! cell, over whatever was drawn there before, and has the same inner area; and
//! `view::blank::Blank` blanks what `Clear` blanks.

use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};
use yeji::view::blank::Blank;
use yeji::view::boxed::Boxed;

use crate::lines::drawn_on;
use crate::samples;

const SETS: [border::Set; 5] = [
    border::PLAIN,
    border::THICK,
    border::DOUBLE,
    border::ROUNDED,
    yeji::view::theme::ASCII_BORDER,
];

fn title() -> impl Strategy<Value = Option<Line<'static>>> {
    proptest::option::weighted(0.7, samples::line(3))
}

fn same_as_block(boxed: Boxed, buffer: Rect, area: Rect, seed: usize) {
    let mut ours = drawn_on(buffer, seed);
    let mut theirs = ours.clone();
    boxed.to_block().render(area, &mut theirs);
    assert_eq!(boxed.inner(area), boxed.to_block().inner(area), "{area:?}");
    boxed.clone().render(area, &mut ours);
    assert_eq!(ours, theirs, "{boxed:?} in {area:?} of {buffer:?}");
}

fn boxed(
    set: usize,
    style: Style,
    top: Option<Line<'static>>,
    bottom: Option<Line<'static>>,
) -> Boxed<'static> {
    let boxed = Boxed::new(SETS[set], style);
    let boxed = match top {
        Some(title) => boxed.title(title),
        None => boxed,
    };
    match bottom {
        Some(title) => boxed.title_bottom(title),
        None => boxed,
    }
}

proptest! {
    #[test]
    fn random_boxes_draw_as_a_block_draws_them(
        set in 0..SETS.len(),
        style in samples::style(),
        (top, bottom) in (title(), title()),
        (buffer, area) in crate::lines::areas(),
        seed in 0usize..11,
    ) {
        same_as_block(boxed(set, style, top, bottom), buffer, area, seed);
    }
}

#[test]
fn boxes_of_every_small_size_draw_as_a_block_draws_them() {
    let buffer = Rect::new(0, 0, 9, 6);
    let style = Style::new().fg(Color::Cyan);
    for width in 0..=10 {
        for height in 0..=7 {
            for (x, y) in [(0, 0), (1, 2)] {
                let area = Rect::new(x, y, width, height);
                for set in 0..SETS.len() {
                    let title = Line::styled(" 议程 agenda ", Style::new().fg(Color::Red));
                    same_as_block(boxed(set, style, None, None), buffer, area, 1);
                    same_as_block(
                        boxed(set, style, Some(title.clone()), None),
                        buffer,
                        area,
                        2,
                    );
                    same_as_block(
                        boxed(set, style, None, Some(title.clone())),
                        buffer,
                        area,
                        3,
                    );
                    same_as_block(
                        boxed(set, style, Some(title.clone()), Some(title)),
                        buffer,
                        area,
                        4,
                    );
                }
            }
        }
    }
}

#[test]
fn a_box_on_a_buffer_of_nothing_draws_nothing() {
    let mut buffer = Buffer::empty(Rect::ZERO);
    Boxed::new(border::PLAIN, Style::new())
        .title("t")
        .render(Rect::new(0, 0, 5, 5), &mut buffer);
    assert_eq!(buffer, Buffer::empty(Rect::ZERO));
}

proptest! {
    /// The blank under an overlay is `Clear`'s, but for a wide character just
    /// left of it, which would otherwise spill its right half into the blank.
    #[test]
    fn blanking_clears_what_clear_clears(
        (buffer, area) in crate::lines::areas(),
        seed in 0usize..11,
    ) {
        let mut ours = drawn_on(buffer, seed);
        let mut theirs = ours.clone();
        Blank.render(area, &mut ours);
        Clear.render(area, &mut theirs);
        let area = area.intersection(theirs.area);
        if !area.is_empty() && area.x > theirs.area.x {
            for y in area.top()..area.bottom() {
                let before = &mut theirs[(area.x - 1, y)];
                if unicode_width::UnicodeWidthStr::width(before.symbol()) > 1 {
                    before.reset();
                }
            }
        }
        prop_assert_eq!(ours, theirs);
    }

    /// A wide character just left of a blank is blanked too: a terminal would
    /// draw its right half over the overlay's border.
    #[test]
    fn a_wide_character_left_of_a_blank_goes_with_it(x in 1u16..8) {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 10, 1));
        buffer.set_string(x - 1, 0, "业", Style::new());
        Blank.render(Rect::new(x, 0, 3, 1), &mut buffer);
        prop_assert_eq!(buffer[(x - 1, 0)].symbol(), " ");
    }
}
