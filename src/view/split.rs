//! The splits every frame makes (header, agenda, footer, the step's rows, the
//! wrap-up's two panels), worked out by plain arithmetic where `Layout` would run
//! its constraint solver. ratatui caches what `Layout` finds, but the cache is
//! empty on the first frame, and there the solver was a fifth of the work.
//!
//! Each split gives exactly the `Rect`s its `Layout` (named on each function)
//! gives, which `tests/fast_view` checks for every size up to well beyond a
//! screen: when everything fits, the lengths lie end to end and the `Min(1)`
//! takes what is left, as the solver has it; when they do not, which part gives
//! way is the solver's to decide, so `Layout` is asked after all.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// `Layout::vertical([Length(rows), Min(1)])`
pub fn top(area: Rect, rows: u16) -> [Rect; 2] {
    split(area, Direction::Vertical, [Some(rows), None])
}

/// `Layout::vertical([Length(rows[0]), Length(rows[1]), Min(1)])`
pub fn top_two(area: Rect, rows: [u16; 2]) -> [Rect; 3] {
    split(
        area,
        Direction::Vertical,
        [Some(rows[0]), Some(rows[1]), None],
    )
}

/// `Layout::vertical([Min(1), Length(rows)])`
pub fn bottom(area: Rect, rows: u16) -> [Rect; 2] {
    split(area, Direction::Vertical, [None, Some(rows)])
}

/// `Layout::vertical([Length(1), Length(1)])`
pub fn two_rows(area: Rect) -> [Rect; 2] {
    split(area, Direction::Vertical, [Some(1), Some(1)])
}

/// `Layout::vertical([Length(above[0]), Length(above[1]), Min(1), Length(below[0]),
/// Length(below[1])])`
pub fn around(area: Rect, above: [u16; 2], below: [u16; 2]) -> [Rect; 5] {
    let [first, second] = above.map(Some);
    let [third, fourth] = below.map(Some);
    split(
        area,
        Direction::Vertical,
        [first, second, None, third, fourth],
    )
}

/// `Layout::horizontal([Length(columns), Min(1)])`
pub fn left(area: Rect, columns: u16) -> [Rect; 2] {
    split(area, Direction::Horizontal, [Some(columns), None])
}

/// `Layout::horizontal([Length(columns[0]), Length(columns[1]), Min(1)])`
pub fn left_two(area: Rect, columns: [u16; 2]) -> [Rect; 3] {
    let [first, second] = columns.map(Some);
    split(area, Direction::Horizontal, [first, second, None])
}

/// `Layout::horizontal([Min(1), Length(columns)])`
pub fn right(area: Rect, columns: u16) -> [Rect; 2] {
    split(area, Direction::Horizontal, [None, Some(columns)])
}

/// `Layout::horizontal([Percentage(percent), Length(gap), Min(1)])`: the solver
/// gives the percentage exactly and rounds its edge half away from zero.
pub fn beside(area: Rect, percent: u16, gap: u16) -> [Rect; 3] {
    let first = (u32::from(area.width) * u32::from(percent) + 50) / 100;
    u16::try_from(first)
        .ok()
        .and_then(|first| end_to_end(area, Direction::Horizontal, [Some(first), Some(gap), None]))
        .unwrap_or_else(|| {
            Layout::horizontal([
                Constraint::Percentage(percent),
                Constraint::Length(gap),
                Constraint::Min(1),
            ])
            .areas(area)
        })
}

/// `Layout` with a `Length` for each `Some` and a `Min(1)` for the `None`.
fn split<const N: usize>(area: Rect, direction: Direction, parts: [Option<u16>; N]) -> [Rect; N] {
    end_to_end(area, direction, parts).unwrap_or_else(|| {
        let constraints = parts.map(|part| part.map_or(Constraint::Min(1), Constraint::Length));
        Layout::new(direction, constraints).areas(area)
    })
}

/// The parts laid end to end from the area's top or left: each `Some` its length,
/// the `None` (if any) at least 1 and whatever is left over; `None` when that
/// does not fit.
fn end_to_end<const N: usize>(
    area: Rect,
    direction: Direction,
    parts: [Option<u16>; N],
) -> Option<[Rect; N]> {
    let (mut start, room) = match direction {
        Direction::Vertical => (area.y, area.height),
        Direction::Horizontal => (area.x, area.width),
    };
    let fixed: u32 = parts.iter().flatten().map(|size| u32::from(*size)).sum();
    let fills = parts.iter().filter(|part| part.is_none()).count();
    debug_assert!(fills <= 1, "at most one part takes the rest");
    let needed = fixed + u32::try_from(fills).ok()?;
    let rest = u16::try_from(u32::from(room).checked_sub(needed)?).ok()? + 1;
    Some(parts.map(|part| {
        let size = part.unwrap_or(rest);
        let rect = match direction {
            Direction::Vertical => Rect {
                y: start,
                height: size,
                ..area
            },
            Direction::Horizontal => Rect {
                x: start,
                width: size,
                ..area
            },
        };
        start += size;
        rect
    }))
}
