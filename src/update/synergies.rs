//! The four synergies step: business and technology ratings (today and target),
//! individual ratings, and the mechanisms that will close the gaps.

use super::session::change;
use super::unified::neighbour;
use super::{Now, edit, tell};
use crate::model::{Notice, NoticeText, SessionScreen, Target};
use crate::msg::{Action, Effect};
use crate::session::Side;
use crate::session::synergy::{Level, Mechanism, MechanismKind};

/// The ratings grid's columns: business today and target, technology today and
/// target.
pub const COLUMNS: [(Side, Level); 4] = [
    (Side::Business, Level::Today),
    (Side::Business, Level::Target),
    (Side::Technology, Level::Today),
    (Side::Technology, Level::Target),
];

fn value(action: Action) -> Option<Option<u8>> {
    match action {
        Action::SetRating(n) => Some(Some(n.min(4) + 1)),
        Action::ClearRating => Some(None),
        _ => None,
    }
}

fn move_in_grid(row: &mut usize, column: &mut usize, action: Action, rows: usize, columns: usize) {
    match action {
        Action::Up => *row = row.saturating_sub(1),
        Action::Down => *row = (*row + 1).min(rows.saturating_sub(1)),
        Action::Left => *column = column.saturating_sub(1),
        Action::Right => *column = (*column + 1).min(columns - 1),
        _ => {}
    }
}

pub fn ratings(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    if action == Action::NotARating {
        tell(notice, NoticeText::NotARating);
        return Effect::None;
    }
    move_in_grid(
        &mut screen.synergy,
        &mut screen.rating_column,
        action,
        4,
        COLUMNS.len(),
    );
    if let Some(rating) = value(action) {
        let (row, (side, level)) = (screen.synergy.min(3), COLUMNS[screen.rating_column.min(3)]);
        if screen.doc.synergies[row].side_rating(side).get(level) != rating {
            change(screen, notice, now, |doc| {
                let synergy = &mut doc.synergies[row];
                let own = if side == Side::Technology {
                    &mut synergy.technology
                } else {
                    &mut synergy.business
                };
                own.set(level, rating);
            });
        }
        // A rating, even one the cell already had, goes on to the next cell (and
        // row), so that the grid is typed as four digits per synergy.
        if rating.is_some() {
            let rows = screen.doc.synergies.len();
            move_on(
                &mut screen.synergy,
                &mut screen.rating_column,
                rows,
                COLUMNS.len(),
            );
        }
    }
    Effect::None
}

/// The cell after (`row`, `column`) in a grid typed row by row; the last stays.
fn move_on(row: &mut usize, column: &mut usize, rows: usize, columns: usize) {
    if *column + 1 < columns {
        *column += 1;
    } else if *row + 1 < rows {
        *column = 0;
        *row += 1;
    }
}

/// Individual ratings of the synergy selected in the ratings grid.
pub fn people(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    if action == Action::NotARating {
        tell(notice, NoticeText::NotARating);
        return Effect::None;
    }
    let count = screen.doc.setup.participants.len();
    move_in_grid(
        &mut screen.person,
        &mut screen.person_column,
        action,
        count,
        2,
    );
    let Some(person) = screen
        .doc
        .setup
        .participants
        .get(screen.person)
        .map(|p| p.id)
    else {
        return Effect::None;
    };
    if let Some(rating) = value(action) {
        let row = screen.synergy.min(3);
        let level = if screen.person_column == 0 {
            Level::Today
        } else {
            Level::Target
        };
        change(screen, notice, now, |doc| {
            let people = &mut doc.synergies[row].people;
            let entry = people.entry(person).or_default();
            entry.set(level, rating);
            if entry.today.is_none() && entry.target.is_none() {
                people.remove(&person);
            }
        });
        // As in the ratings grid: today, target, then the next person.
        if rating.is_some() {
            move_on(&mut screen.person, &mut screen.person_column, count, 2);
        }
    }
    Effect::None
}

pub fn mechanisms(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let row = screen.synergy.min(3);
    let count = screen.doc.synergies[row].mechanisms.len();
    match action {
        Action::Up => screen.mechanism = screen.mechanism.saturating_sub(1),
        Action::Down => screen.mechanism = (screen.mechanism + 1).min(count.saturating_sub(1)),
        _ => {}
    }
    let selected = screen.doc.synergies[row]
        .mechanisms
        .get(screen.mechanism)
        .map(|m| m.id);
    match (action, selected) {
        (Action::AddMechanism(n), _) => {
            let kind = MechanismKind::PROPOSED[usize::from(n).min(6)];
            add(screen, notice, now, kind, false);
        }
        (Action::AddItem, _) => add(screen, notice, now, MechanismKind::Own, true),
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::Mechanism(id), false);
        }
        (Action::CycleInitiative, Some(_)) => {
            let at = screen.mechanism;
            let ids: Vec<u32> = screen.doc.initiatives.iter().map(|i| i.id).collect();
            let current = screen.doc.synergies[row].mechanisms[at].initiative;
            let next = match current.and_then(|id| ids.iter().position(|i| *i == id)) {
                None => ids.first().copied(),
                Some(position) => ids.get(position + 1).copied(),
            };
            change(screen, notice, now, |doc| {
                doc.synergies[row].mechanisms[at].initiative = next
            });
        }
        (Action::DeleteItem, Some(_)) => {
            let at = screen.mechanism;
            if change(screen, notice, now, |doc| {
                doc.synergies[row].mechanisms.remove(at);
            }) {
                tell(notice, NoticeText::Deleted);
            }
        }
        (Action::MoveItemUp | Action::MoveItemDown, Some(_)) => {
            let at = screen.mechanism;
            if let Some(other) = neighbour(at, action, count)
                && change(screen, notice, now, |doc| {
                    doc.synergies[row].mechanisms.swap(at, other)
                })
            {
                screen.mechanism = other;
            }
        }
        _ => {}
    }
    Effect::None
}

/// A proposed mechanism is added with its name as text (to be refined); one of the
/// room's own starts empty, being typed.
fn add(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    now: Now,
    kind: MechanismKind,
    typed: bool,
) {
    let row = screen.synergy.min(3);
    let id = screen.doc.next_mechanism_id();
    let text = if typed {
        String::new()
    } else {
        kind.name(screen.doc.language).to_string()
    };
    let mechanism = Mechanism {
        id,
        kind,
        text,
        initiative: None,
    };
    let at = screen.doc.synergies[row].mechanisms.len();
    if change(screen, notice, now, |doc| {
        doc.synergies[row].mechanisms.push(mechanism)
    }) {
        screen.mechanism = at;
        if typed {
            edit::begin(screen, notice, Target::Mechanism(id), true);
        }
    }
}
