//! Each split in `view::split` gives the `Rect`s of the `Layout` it stands in for,
//! at every size from nothing to well past any screen, wherever the area lies.

use proptest::prelude::*;
use ratatui::layout::{Constraint, Layout, Rect};
use yeji::view::split;

use Constraint::{Length, Min, Percentage};

/// Sizes to try: every one up to `SIZES`, and a few far larger.
const SIZES: u16 = 300;
const LARGE: [u16; 4] = [511, 1000, 4096, 20_000];

fn sizes() -> impl Iterator<Item = u16> {
    (0..=SIZES).chain(LARGE)
}

/// Where areas start, taken in turn: the screen's corner, near it, and deep inside
/// a large screen.
const ORIGINS: [(u16, u16); 3] = [(0, 0), (3, 1), (9_000, 7_000)];

fn origin(size: u16) -> (u16, u16) {
    ORIGINS[usize::from(size) % ORIGINS.len()]
}

fn rows(y: u16, height: u16) -> Rect {
    let (x, oy) = origin(height);
    Rect::new(x, oy + y, 120, height)
}

fn columns(x: u16, width: u16) -> Rect {
    let (ox, y) = origin(width);
    Rect::new(ox + x, y, width, 40)
}

fn vertical<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
    Layout::vertical(constraints).areas(area)
}

fn horizontal<const N: usize>(area: Rect, constraints: [Constraint; N]) -> [Rect; N] {
    Layout::horizontal(constraints).areas(area)
}

#[test]
fn a_top_row_and_the_rest() {
    for height in sizes() {
        let area = rows(0, height);
        for head in 0..=12 {
            let expected = vertical(area, [Length(head), Min(1)]);
            assert_eq!(split::top(area, head), expected, "{area:?}, {head} rows");
        }
    }
}

#[test]
fn two_top_rows_and_the_rest() {
    for height in sizes() {
        let area = rows(0, height);
        for head in [[0, 0], [1, 0], [4, 1], [7, 1], [1, 7]] {
            let expected = vertical(area, [Length(head[0]), Length(head[1]), Min(1)]);
            assert_eq!(
                split::top_two(area, head),
                expected,
                "{area:?}, {head:?} rows"
            );
        }
    }
}

#[test]
fn the_rest_and_bottom_rows() {
    for height in sizes() {
        let area = rows(2, height);
        for foot in 0..=3 {
            let expected = vertical(area, [Min(1), Length(foot)]);
            assert_eq!(split::bottom(area, foot), expected, "{area:?}, {foot} rows");
        }
    }
}

#[test]
fn two_single_rows() {
    for height in sizes() {
        let area = rows(5, height);
        let expected = vertical(area, [Length(1), Length(1)]);
        assert_eq!(split::two_rows(area), expected, "{area:?}");
    }
}

#[test]
fn left_columns_and_the_rest() {
    for width in sizes() {
        let area = columns(0, width);
        for left in (0..=40).chain([100, 299, 300, 301]) {
            let expected = horizontal(area, [Length(left), Min(1)]);
            assert_eq!(
                split::left(area, left),
                expected,
                "{area:?}, {left} columns"
            );
        }
    }
}

#[test]
fn two_left_columns_and_the_rest() {
    for width in sizes() {
        let area = columns(0, width);
        for left in [[0, 0], [2, 0], [30, 2], [47, 2], [2, 47], [120, 2]] {
            let expected = horizontal(area, [Length(left[0]), Length(left[1]), Min(1)]);
            assert_eq!(
                split::left_two(area, left),
                expected,
                "{area:?}, {left:?} columns"
            );
        }
    }
}

#[test]
fn the_rest_and_right_columns() {
    for width in sizes() {
        let area = columns(1, width);
        for right in (0..=width.min(SIZES).saturating_add(1)).step_by(usize::from(width / 60 + 1)) {
            let expected = horizontal(area, [Min(1), Length(right)]);
            assert_eq!(
                split::right(area, right),
                expected,
                "{area:?}, {right} columns"
            );
        }
    }
}

#[test]
fn a_share_a_gap_and_the_rest() {
    for width in (0..=1000).chain(LARGE) {
        let area = columns(30, width);
        for (percent, gap) in [
            (58, 2),
            (64, 2),
            (50, 2),
            (48, 2),
            (33, 1),
            (0, 2),
            (100, 0),
        ] {
            let expected = horizontal(area, [Percentage(percent), Length(gap), Min(1)]);
            let found = split::beside(area, percent, gap);
            assert_eq!(found, expected, "{area:?}, {percent}% and {gap}");
        }
    }
}

fn around_layout(area: Rect, above: [u16; 2], below: [u16; 2]) -> [Rect; 5] {
    vertical(
        area,
        [
            Length(above[0]),
            Length(above[1]),
            Min(1),
            Length(below[0]),
            Length(below[1]),
        ],
    )
}

/// The step's rows as the screens ask for them: a prompt of up to a third of the
/// height with a blank row after it, notes of up to four rows and an editor of
/// three to eight. (Other lengths are left to the random cases below: the solver
/// is slow in a debug build.)
#[test]
fn rows_around_the_step_content() {
    for height in sizes() {
        let prompts = [0, height / 3];
        let area = rows(1, height);
        for prompt in prompts {
            for notes in [0, 4] {
                for editor in [0, 8] {
                    let above = [prompt, u16::from(prompt > 0)];
                    let below = [notes, editor];
                    let expected = around_layout(area, above, below);
                    let found = split::around(area, above, below);
                    assert_eq!(
                        found, expected,
                        "{area:?}, {above:?} above, {below:?} below"
                    );
                }
            }
        }
    }
}

proptest! {
    #[test]
    fn random_rows_around_a_middle(
        above in [0u16..40, 0u16..40],
        below in [0u16..40, 0u16..40],
        (y, height) in (0u16..2000, 0u16..150),
    ) {
        let area = Rect::new(4, y, 80, height);
        prop_assert_eq!(split::around(area, above, below), around_layout(area, above, below));
    }
}
