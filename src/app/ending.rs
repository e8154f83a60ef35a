//! How the app ends: quitting after a last save, saving when a signal or a lost
//! terminal ends the program, and the recovery copy when saving is impossible or
//! the program panicked.

use std::io;
use std::path::PathBuf;

use super::{App, FINAL_SAVE_WAIT};
use crate::i18n::{Lang, fill};
use crate::model::{Model, Screen};
use crate::msg::{Msg, SaveRequest};
use crate::os_error::OsError;
use crate::storage::failure::{Cause, SaveError};
use crate::storage::recovery;
use crate::storage::saver::{Job, Outcome};

impl App {
    /// Quits after a last save; if that fails, the model asks the user what to do.
    pub(super) fn quit(&mut self, model: &Model) -> Option<Msg> {
        match self.final_save(model) {
            Ok(()) => {
                self.quitting = true;
                None
            }
            Err(why) => Some(Msg::QuitBlocked { why }),
        }
    }

    pub(super) fn final_save(&mut self, model: &Model) -> Result<(), SaveError> {
        let Screen::Session(screen) = &model.screen else {
            return Ok(());
        };
        if screen.read_only || !screen.save.is_dirty() {
            return Ok(());
        }
        let (Some(saver), Some(path)) = (self.saver.as_mut(), self.path.clone()) else {
            return Ok(());
        };
        let request = SaveRequest {
            doc: Box::new(screen.doc.clone()),
            generation: screen.save.generation(),
            overwrite: false,
        };
        match saver.flush(
            Job {
                request,
                path,
                new_file: false,
            },
            FINAL_SAVE_WAIT,
        ) {
            Some(Outcome::Saved { .. }) => Ok(()),
            Some(Outcome::Failed { why }) => Err(why),
            Some(Outcome::Conflict) => Err(SaveError::new(Cause::ChangedOnDisk)),
            None => Err(SaveError::new(Cause::TimedOut)),
        }
    }

    /// On a signal or a lost terminal: save, or keep a recovery copy when saving
    /// fails.
    pub(super) fn save_before_exit(&mut self, model: &Model) {
        if self.final_save(model).is_err()
            && let (Screen::Session(screen), Some(path)) = (&model.screen, &self.path)
        {
            self.farewell =
                Some(self.recovery_message(recovery::write(path, &screen.doc), model.lang));
        }
    }

    pub(super) fn rescue_after_panic(&self, model: &Model) -> String {
        let lang = model.lang;
        match (&model.screen, &self.path) {
            (Screen::Session(screen), Some(path)) if !screen.read_only => fill(
                lang.ui().crashed,
                &[&self.recovery_message(recovery::write(path, &screen.doc), lang)],
            ),
            _ => fill(lang.ui().crashed, &[""]),
        }
    }

    pub(super) fn recovery_message(&self, written: io::Result<PathBuf>, lang: Lang) -> String {
        match written {
            Ok(path) => fill(lang.ui().recovery_written, &[&path.display().to_string()]),
            Err(error) => fill(
                lang.ui().recovery_failed,
                &[&OsError::from(error).describe(lang)],
            ),
        }
    }
}
