//! The role mapping step: the RACI matrix, the roles (added, renamed, reordered,
//! removed, and who holds them), and who is fluent in both business and technology.

use super::session::change;
use super::unified::neighbour;
use super::{Now, edit, tell};
use crate::i18n::Text;
use crate::model::{Dialog, Notice, NoticeText, PickList, SessionScreen, Target};
use crate::msg::{Action, Effect};
use crate::session::raci::Raci;
use crate::session::roles::Role;

pub fn matrix(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let rows = screen.doc.initiatives.len();
    let columns = screen.doc.roles.len();
    match action {
        Action::Up => screen.matrix_row = screen.matrix_row.saturating_sub(1),
        Action::Down => screen.matrix_row = (screen.matrix_row + 1).min(rows.saturating_sub(1)),
        Action::Left => screen.matrix_column = screen.matrix_column.saturating_sub(1),
        Action::Right => {
            screen.matrix_column = (screen.matrix_column + 1).min(columns.saturating_sub(1))
        }
        _ => {}
    }
    let (Some(initiative), Some(role)) = (
        screen.doc.initiatives.get(screen.matrix_row).map(|i| i.id),
        screen.doc.roles.get(screen.matrix_column).map(|r| r.id),
    ) else {
        return Effect::None;
    };
    let current = screen.doc.raci.cell(initiative, role);
    let next = match action {
        Action::SetRaci(index) => Raci::ALL.get(usize::from(index)).copied(),
        Action::CycleRaci => Raci::cycle(current),
        Action::ClearRaci => None,
        _ => return Effect::None,
    };
    if next != current {
        change(screen, notice, now, |doc| {
            doc.raci.set(initiative, role, next)
        });
    }
    Effect::None
}

pub fn roles(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let count = screen.doc.roles.len();
    match action {
        Action::Up => screen.role = screen.role.saturating_sub(1),
        Action::Down => screen.role = (screen.role + 1).min(count.saturating_sub(1)),
        _ => {}
    }
    let selected = screen.doc.roles.get(screen.role).map(|role| role.id);
    match (action, selected) {
        (Action::AddItem, _) => add_role(screen, notice, now),
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::RoleName(id), false);
        }
        (Action::PickHolders, Some(role)) => {
            screen.dialog = Some(Dialog::Pick {
                list: PickList::Holders { role },
                cursor: 0,
            });
        }
        (Action::DeleteItem, Some(id)) => {
            if screen.doc.role_references(id).is_empty() {
                delete_role(screen, notice, now, id);
            } else {
                screen.dialog = Some(Dialog::ConfirmDeleteRole { id });
            }
        }
        (Action::MoveItemUp | Action::MoveItemDown, Some(_)) => {
            let at = screen.role;
            if let Some(other) = neighbour(at, action, count)
                && change(screen, notice, now, |doc| doc.roles.swap(at, other))
            {
                screen.role = other;
            }
        }
        _ => {}
    }
    Effect::None
}

fn add_role(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now) {
    let id = screen.doc.next_role_id();
    let role = Role {
        id,
        name: Text::default(),
    };
    let at = screen.doc.roles.len();
    if change(screen, notice, now, |doc| doc.roles.push(role)) {
        screen.role = at;
        edit::begin(screen, notice, Target::RoleName(id), true);
    }
}

pub fn delete_role(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now, id: u32) {
    if change(screen, notice, now, |doc| doc.remove_role(id)) {
        tell(notice, NoticeText::Deleted);
    }
}

/// Space in the holders picker: the participant holds the role, or no longer.
pub fn toggle_holder(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    now: Now,
    role: u32,
    cursor: usize,
) {
    let Some(person) = screen.doc.setup.participants.get(cursor).map(|p| p.id) else {
        return;
    };
    change(screen, notice, now, |doc| {
        doc.raci.toggle_holder(role, person)
    });
}

/// "Who does what": per person, with `f` marking those fluent in both worlds.
pub fn duties(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let count = screen.doc.setup.participants.len();
    match action {
        Action::Up => screen.duty_person = screen.duty_person.saturating_sub(1),
        Action::Down => screen.duty_person = (screen.duty_person + 1).min(count.saturating_sub(1)),
        Action::ToggleFluent => {
            if let Some(person) = screen
                .doc
                .setup
                .participants
                .get(screen.duty_person)
                .map(|p| p.id)
            {
                change(screen, notice, now, |doc| {
                    let fluent = &mut doc.raci.fluent;
                    if let Some(at) = fluent.iter().position(|p| *p == person) {
                        fluent.remove(at);
                    } else {
                        fluent.push(person);
                    }
                });
            }
        }
        _ => {}
    }
    Effect::None
}
