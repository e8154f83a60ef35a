//! Questions that take over the keyboard: the file changed on disk, a crash left a
//! recovery copy, quitting with a failed save.

use super::session::{change, request};
use super::{Now, tell};
use crate::model::{Dialog, Notice, NoticeText, SessionScreen};
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
