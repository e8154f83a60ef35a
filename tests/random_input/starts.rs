//! The places a random sequence starts from: the start screen, each of the seven
//! steps, the review overview, the help overlay and every dialog.

use std::path::PathBuf;

use crate::support::*;
use yeji::i18n::Lang;
use yeji::model::{Dialog, Model, PickList, Screen};
use yeji::session::Session;
use yeji::session::file::load;
use yeji::storage::failure::SaveError;

#[derive(Clone, Copy, Debug)]
pub enum Start {
    Opening,
    Step(usize),
    Overview,
    Help,
    Dialog(usize),
}

/// The seven steps of the default agenda.
const STEPS: usize = 7;
const DIALOGS: usize = 7;

pub fn all() -> Vec<Start> {
    let mut starts = vec![Start::Opening, Start::Overview, Start::Help];
    starts.extend((0..STEPS).map(Start::Step));
    starts.extend((0..DIALOGS).map(Start::Dialog));
    starts
}

/// A session with something in every section: wrap-up, role mapping and the
/// room's notes too, so that every step has items to act on.
pub fn rich_session() -> Session {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sessions/valid/every-field.ron");
    load(&path).expect("the every-field fixture loads").session
}

pub fn model(start: Start, lang: Lang) -> Model {
    let mut doc = rich_session();
    doc.language = lang;
    match start {
        Start::Opening => start_model(lang),
        Start::Overview => read_only_model(doc),
        Start::Help => {
            let mut model = session_model(doc);
            model.help = Some(0);
            model
        }
        Start::Step(index) => {
            assert_eq!(doc.steps.len(), STEPS);
            doc.current_step = doc.steps[index].id.clone();
            session_model(doc)
        }
        Start::Dialog(which) => {
            let recovery = Box::new(doc.clone());
            let mut model = session_model(doc);
            let dialog = match which {
                0 => Dialog::ChangedOnDisk,
                1 => Dialog::Recovery {
                    path: PathBuf::from("sessions/kick-off.ron.recovery"),
                    doc: recovery,
                },
                2 => Dialog::QuitUnsaved {
                    why: SaveError::other("the disk is full"),
                },
                3 => Dialog::ConfirmDeleteInitiative { id: 1 },
                4 => Dialog::Pick {
                    list: PickList::Statements { initiative: 1 },
                    cursor: 0,
                },
                5 => Dialog::ConfirmDeleteRole { id: 1 },
                _ => Dialog::CarriedActions { cursor: 0 },
            };
            if let Screen::Session(screen) = &mut model.screen {
                screen.dialog = Some(dialog);
            }
            model
        }
    }
}
