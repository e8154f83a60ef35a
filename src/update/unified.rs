//! The five unified step: each item's status, owner, notes and agreements, and the
//! initiatives that item ⑤ produces.

use super::session::change;
use super::{Now, edit, tell};
use crate::model::{Dialog, Focus, Notice, NoticeText, PickList, SessionScreen, Target};
use crate::msg::{Action, Effect};
use crate::session::unified::{Agreement, AgreementStatus, Initiative, Owner, Priority};

fn step(cursor: &mut usize, action: Action, count: usize) {
    match action {
        Action::Up => *cursor = cursor.saturating_sub(1),
        Action::Down => *cursor = (*cursor + 1).min(count.saturating_sub(1)),
        _ => {}
    }
}

pub fn items(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    step(&mut screen.unified_item, action, screen.doc.unified.len());
    let index = screen.unified_item.min(4);
    match action {
        Action::SetStatus(n) => {
            let status = AgreementStatus::ALL[usize::from(n).min(3)];
            if screen.doc.unified[index].status != status {
                change(screen, notice, now, |doc| {
                    doc.unified[index].status = status
                });
            }
        }
        Action::CycleOwner => {
            let next = next_owner(&screen.doc, screen.doc.unified[index].owner);
            change(screen, notice, now, |doc| doc.unified[index].owner = next);
        }
        Action::EditOrConfirm => {
            edit::begin(screen, notice, Target::UnifiedNotes(index), false);
        }
        Action::AddItem => {
            screen.focus = Focus::Agreements;
            add_agreement(screen, notice, now);
        }
        _ => {}
    }
    Effect::None
}

/// Nobody, then each participant, then each role, then nobody again.
fn next_owner(doc: &crate::session::Session, current: Option<Owner>) -> Option<Owner> {
    let all: Vec<Owner> = doc
        .setup
        .participants
        .iter()
        .map(|p| Owner::Participant(p.id))
        .chain(doc.roles.iter().map(|r| Owner::Role(r.id)))
        .collect();
    match current.and_then(|owner| all.iter().position(|o| *o == owner)) {
        None => all.first().copied(),
        Some(position) => all.get(position + 1).copied(),
    }
}

pub fn agreements(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let item = screen.unified_item.min(4);
    let count = screen.doc.unified[item].agreements.len();
    step(&mut screen.agreement, action, count);
    let selected = screen.doc.unified[item]
        .agreements
        .get(screen.agreement)
        .map(|a| a.id);
    match (action, selected) {
        (Action::AddItem, _) | (Action::EditOrConfirm, None) => add_agreement(screen, notice, now),
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::Agreement(id), false);
        }
        (Action::DeleteItem, Some(_)) => {
            let at = screen.agreement;
            if change(screen, notice, now, |doc| {
                doc.unified[item].agreements.remove(at);
            }) {
                tell(notice, NoticeText::Deleted);
            }
        }
        (Action::MoveItemUp | Action::MoveItemDown, Some(_)) => {
            let at = screen.agreement;
            if let Some(other) = neighbour(at, action, count)
                && change(screen, notice, now, |doc| {
                    doc.unified[item].agreements.swap(at, other)
                })
            {
                screen.agreement = other;
            }
        }
        _ => {}
    }
    Effect::None
}

/// The position a move up or down swaps with, if there is one.
pub fn neighbour(at: usize, action: Action, count: usize) -> Option<usize> {
    let other = if action == Action::MoveItemUp {
        at.checked_sub(1)?
    } else {
        at + 1
    };
    (other < count).then_some(other)
}

fn add_agreement(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now) {
    let item = screen.unified_item.min(4);
    let id = screen.doc.next_agreement_id();
    let at = screen.doc.unified[item].agreements.len();
    let agreement = Agreement {
        id,
        text: String::new(),
    };
    if change(screen, notice, now, |doc| {
        doc.unified[item].agreements.push(agreement)
    }) {
        screen.agreement = at;
        edit::begin(screen, notice, Target::Agreement(id), true);
    }
}

pub fn initiatives(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let count = screen.doc.initiatives.len();
    step(&mut screen.initiative, action, count);
    let selected = screen.doc.initiatives.get(screen.initiative).map(|i| i.id);
    match (action, selected) {
        (Action::AddItem, _) | (Action::EditOrConfirm, None) => add_initiative(screen, notice, now),
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::InitiativeTitle(id), false);
        }
        (Action::EditDetails, Some(id)) => {
            edit::begin(screen, notice, Target::InitiativeDescription(id), false);
        }
        (Action::EditQuarter, Some(id)) => {
            edit::begin(screen, notice, Target::InitiativeQuarter(id), false);
        }
        (Action::SetPriority(n), Some(_)) => {
            let at = screen.initiative;
            let priority = Priority::ALL[usize::from(n).min(2)];
            change(screen, notice, now, |doc| {
                doc.initiatives[at].priority = priority
            });
        }
        (Action::LinkStatements, Some(id)) => {
            screen.dialog = Some(Dialog::Pick {
                list: PickList::Statements { initiative: id },
                cursor: 0,
            });
        }
        (Action::DeleteItem, Some(id)) => {
            if screen.doc.initiative_references(id).is_empty() {
                delete_initiative(screen, notice, now, id);
            } else {
                screen.dialog = Some(Dialog::ConfirmDeleteInitiative { id });
            }
        }
        (Action::MoveItemUp | Action::MoveItemDown, Some(_)) => {
            let at = screen.initiative;
            if let Some(other) = neighbour(at, action, count)
                && change(screen, notice, now, |doc| doc.initiatives.swap(at, other))
            {
                screen.initiative = other;
            }
        }
        _ => {}
    }
    Effect::None
}

pub fn delete_initiative(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    now: Now,
    id: u32,
) {
    if change(screen, notice, now, |doc| doc.remove_initiative(id)) {
        tell(notice, NoticeText::Deleted);
    }
}

fn add_initiative(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now) {
    let id = screen.doc.next_initiative_id();
    let at = screen.doc.initiatives.len();
    let initiative = Initiative {
        id,
        title: String::new(),
        description: String::new(),
        serves: Vec::new(),
        priority: Priority::Medium,
        quarter: None,
    };
    if change(screen, notice, now, |doc| doc.initiatives.push(initiative)) {
        screen.initiative = at;
        edit::begin(screen, notice, Target::InitiativeTitle(id), true);
    }
}

/// Space in the statement picker: the initiative serves the statement, or no longer.
pub fn toggle_link(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    now: Now,
    initiative: u32,
    cursor: usize,
) {
    let Some(statement) = screen.doc.strategy.statements.get(cursor).map(|s| s.id) else {
        return;
    };
    change(screen, notice, now, |doc| {
        if let Some(found) = doc.initiatives.iter_mut().find(|i| i.id == initiative) {
            if found.serves.contains(&statement) {
                found.serves.retain(|id| *id != statement);
            } else {
                found.serves.push(statement);
            }
        }
    });
}
