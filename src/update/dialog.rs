//! Questions that take over the keyboard: the file changed on disk, a crash left a
//! recovery copy, quitting with a failed save.

use super::session::{change, request};
use super::{Now, raci, tell, unified};
use crate::model::{Dialog, Notice, NoticeText, PickList, SessionScreen};
use crate::msg::{Action, Effect, Msg};

pub fn update(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    msg: Msg,
    now: Now,
) -> Effect {
    let (Msg::Act(action), Some(dialog)) = (msg, screen.dialog.clone()) else {
        return Effect::None;
    };
    match (dialog, action) {
        (Dialog::ChangedOnDisk, Action::KeepBoth) => {
            screen.dialog = None;
            Effect::SaveAsCopy(request(screen, false))
        }
        (Dialog::ChangedOnDisk, Action::Overwrite) => {
            screen.dialog = None;
            Effect::Save(request(screen, true))
        }
        (Dialog::Recovery { path, doc }, Action::RestoreRecovery) => {
            screen.dialog = None;
            if change(screen, notice, now, |current| *current = *doc) {
                screen.remove_after_save = Some(path);
                tell(notice, NoticeText::RecoveryRestored);
                return Effect::Save(request(screen, false));
            }
            Effect::None
        }
        (Dialog::ConfirmDeleteRole { id }, Action::ConfirmDelete) => {
            screen.dialog = None;
            raci::delete_role(screen, notice, now, id);
            Effect::None
        }
        (Dialog::ConfirmDeleteInitiative { id }, Action::ConfirmDelete) => {
            screen.dialog = None;
            unified::delete_initiative(screen, notice, now, id);
            Effect::None
        }
        (Dialog::Pick { list, cursor }, Action::Up | Action::Down | Action::ToggleLink) => {
            let count = match list {
                PickList::Statements { .. } => screen.doc.strategy.statements.len(),
                PickList::Holders { .. } => screen.doc.setup.participants.len(),
            };
            let cursor = match action {
                Action::Up => cursor.saturating_sub(1),
                Action::Down => (cursor + 1).min(count.saturating_sub(1)),
                _ => {
                    match list {
                        PickList::Statements { initiative } => {
                            unified::toggle_link(screen, notice, now, initiative, cursor);
                        }
                        PickList::Holders { role } => {
                            raci::toggle_holder(screen, notice, now, role, cursor)
                        }
                    }
                    cursor
                }
            };
            screen.dialog = Some(Dialog::Pick { list, cursor });
            Effect::None
        }
        (
            Dialog::CarriedActions { cursor },
            Action::Up | Action::Down | Action::CycleActionStatus,
        ) => {
            let count = screen.doc.wrap_up.actions.len();
            let cursor = match action {
                Action::Up => cursor.saturating_sub(1),
                Action::Down => (cursor + 1).min(count.saturating_sub(1)),
                _ => {
                    change(screen, notice, now, |doc| {
                        if let Some(item) = doc.wrap_up.actions.get_mut(cursor) {
                            item.status = item.status.next();
                        }
                    });
                    cursor
                }
            };
            screen.dialog = Some(Dialog::CarriedActions { cursor });
            Effect::None
        }
        (Dialog::QuitUnsaved { .. }, Action::QuitAnyway | Action::Quit) => {
            Effect::QuitWithoutSaving(Box::new(screen.doc.clone()))
        }
        (_, Action::Quit) => Effect::Quit,
        (_, Action::Cancel | Action::IgnoreRecovery | Action::StayInSession) => {
            screen.dialog = None;
            Effect::None
        }
        _ => Effect::None,
    }
}
