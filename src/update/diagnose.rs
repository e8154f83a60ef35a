//! The Diagnose step: the stage each participant sees, the stage the room agrees
//! on, and the friction checklist.

use super::Now;
use super::session::change;
use crate::model::{Notice, SessionScreen};
use crate::msg::{Action, Effect};
use crate::session::diagnosis::{Friction, Presence, Stage};

fn step(cursor: &mut usize, action: Action, count: usize) {
    match action {
        Action::Up => *cursor = cursor.saturating_sub(1),
        Action::Down => *cursor = (*cursor + 1).min(count.saturating_sub(1)),
        _ => {}
    }
}

pub fn stages(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    step(&mut screen.stage, action, Stage::ALL.len());
    if action == Action::AgreeStage {
        let stage = Stage::ALL[screen.stage.min(3)];
        change(screen, notice, now, |doc| {
            let agreed = &mut doc.diagnosis.agreed;
            *agreed = if *agreed == Some(stage) {
                None
            } else {
                Some(stage)
            };
        });
    }
    Effect::None
}

/// One key per participant: the pick is recorded and the cursor moves on, so the
/// facilitator can go round the room.
pub fn votes(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let people = screen.doc.setup.participants.len();
    step(&mut screen.voter, action, people);
    let Some(id) = screen
        .doc
        .setup
        .participants
        .get(screen.voter)
        .map(|p| p.id)
    else {
        return Effect::None;
    };
    match action {
        Action::PickStage(index) => {
            let Some(stage) = Stage::ALL.get(usize::from(index)).copied() else {
                return Effect::None;
            };
            if change(screen, notice, now, |doc| {
                doc.diagnosis.votes.insert(id, stage);
            }) {
                screen.voter = (screen.voter + 1).min(people - 1);
            }
        }
        Action::ClearPick if screen.doc.diagnosis.votes.contains_key(&id) => {
            change(screen, notice, now, |doc| {
                doc.diagnosis.votes.remove(&id);
            });
        }
        _ => {}
    }
    Effect::None
}

pub fn frictions(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    step(&mut screen.friction, action, Friction::ALL.len());
    let friction = Friction::ALL[screen.friction.min(Friction::ALL.len() - 1)];
    let current = screen.doc.diagnosis.frictions.get(&friction).copied();
    let next = match action {
        Action::MarkPresent => Some(Some(Presence::Present)),
        Action::MarkAbsent => Some(Some(Presence::Absent)),
        Action::MarkUnsure => Some(Some(Presence::Unsure)),
        Action::ClearMark => Some(None),
        Action::CyclePresence => Some(match current {
            None => Some(Presence::Present),
            Some(Presence::Present) => Some(Presence::Absent),
            Some(Presence::Absent) => Some(Presence::Unsure),
            Some(Presence::Unsure) => None,
        }),
        _ => None,
    };
    if let Some(mark) = next {
        let moves_on = action != Action::CyclePresence && action != Action::ClearMark;
        // A mark the row already has goes on all the same, as the picks do, so
        // that marking the rows one after another never stalls.
        let marked = if mark == current {
            !screen.read_only
        } else {
            change(screen, notice, now, |doc| match mark {
                Some(presence) => {
                    doc.diagnosis.frictions.insert(friction, presence);
                }
                None => {
                    doc.diagnosis.frictions.remove(&friction);
                }
            })
        };
        if marked && moves_on {
            screen.friction = (screen.friction + 1).min(Friction::ALL.len() - 1);
        }
    }
    Effect::None
}
