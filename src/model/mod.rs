//! Everything the program knows at one moment, as plain data.
//!
//! May not import ratatui or crossterm: the model is drawn by `view` and changed
//! only by `update`. Time arrives as data, never read from a clock here.

pub mod history;
mod layout;
pub use layout::panels_of;
pub mod save_state;
pub mod text;

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::load_error::LoadError;
use crate::os_error::OsError;
use crate::session::naming::Listing;
use crate::session::strategy::{Principle, Quadrant};
use crate::session::{Session, Side};
use crate::storage::failure::SaveError;
use history::History;
pub use save_state::{SaveState, SaveStatus};
use text::TextBuffer;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    pub lang: Lang,
    pub screen: Screen,
    /// The help overlay, with how far it is scrolled.
    pub help: Option<u16>,
    /// The terminal's height as last drawn; 0 until the first frame. Scrolling the
    /// help overlay stops where its last line is in view.
    pub rows: u16,
    pub notice: Option<Notice>,
    pub display: Display,
}

/// How the screen is drawn, as chosen on the command line or by the environment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Display {
    pub color: bool,
    pub ascii_borders: bool,
    pub theme: ThemeName,
    /// The step title and timer large, no sidebar or footer: for the projector.
    pub projector: bool,
    /// Ring the terminal bell when a timebox runs out.
    pub bell: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl ThemeName {
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Dark => ThemeName::Light,
            ThemeName::Light => ThemeName::HighContrast,
            ThemeName::HighContrast => ThemeName::Dark,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Start(StartScreen),
    Session(Box<SessionScreen>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartScreen {
    pub dir: PathBuf,
    pub listings: Vec<Listing>,
    /// Why the sessions folder could not be listed, if it could not.
    pub unlisted: Option<OsError>,
    /// 0 is "new session"; 1.. are the listings.
    pub selected: usize,
    /// The title being typed for a new session.
    pub new_title: Option<TextBuffer>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionScreen {
    pub doc: Session,
    pub path: PathBuf,
    pub read_only: bool,
    pub focus: Focus,
    pub agenda_cursor: usize,
    pub field: SetupField,
    pub participant: usize,
    pub participant_column: ParticipantColumn,
    pub note: usize,
    /// Diagnose: the stage, participant and friction under the cursor.
    pub stage: usize,
    pub voter: usize,
    pub friction: usize,
    /// Strategy: the selected row of the visible statements, and how they are shown.
    pub statement: usize,
    pub statement_view: StatementView,
    /// The quadrant shown in walk-around mode.
    pub walk: Option<Quadrant>,
    /// A statement chosen to be merged into the next one chosen.
    pub merge_from: Option<u32>,
    /// Five unified: the item, its agreement, the initiative under the cursor.
    pub unified_item: usize,
    pub agreement: usize,
    pub initiative: usize,
    /// Dot voting: whose dots, on which row, and whether rows are ranked by dots.
    pub dot_voter: usize,
    pub vote_row: usize,
    pub ranking: bool,
    /// Four synergies: the synergy and column of the ratings grid, the participant
    /// and column of individual ratings, the mechanism under the cursor.
    pub synergy: usize,
    pub rating_column: usize,
    pub person: usize,
    pub person_column: usize,
    pub mechanism: usize,
    /// Role mapping: the matrix cell, the role and the person under the cursor.
    pub matrix_row: usize,
    pub matrix_column: usize,
    pub role: usize,
    pub duty_person: usize,
    /// Wrap-up: the decision, action, parked item and indicator under the cursor.
    pub decision: usize,
    pub action: usize,
    pub parked: usize,
    pub indicator: usize,
    /// The current step's timebox clock.
    pub timer: Timer,
    /// The quick step switcher, with what has been typed into it.
    pub switcher: Option<TextBuffer>,
    /// The overview of the whole session, shown first in review.
    pub dashboard: bool,
    /// The time of the latest message: for the timer, and for reading relative dates.
    pub clock: chrono::DateTime<chrono::FixedOffset>,
    pub editing: Option<Editing>,
    pub history: History,
    pub save: SaveState,
    pub dialog: Option<Dialog>,
    /// A recovery file whose content was restored: removed once that is saved.
    pub remove_after_save: Option<PathBuf>,
}

/// The panel that arrows and edit keys act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Agenda,
    Fields,
    Participants,
    Notes,
    Stages,
    Votes,
    Frictions,
    Statements,
    Coverage,
    Unified,
    Agreements,
    Initiatives,
    Voting,
    Ratings,
    People,
    Mechanisms,
    Matrix,
    Roles,
    Duties,
    Decisions,
    Actions,
    Parking,
    Indicators,
    Summary,
}

/// How the statement list is narrowed and ordered (not saved: a view).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatementView {
    pub filter: Option<StatementFilter>,
    pub sort: StatementSort,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatementFilter {
    Quadrant(Quadrant),
    Principle(Principle),
    Side(Side),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatementSort {
    #[default]
    Entered,
    Quadrant,
    Principle,
    Side,
}

impl StatementSort {
    pub fn next(self) -> StatementSort {
        match self {
            StatementSort::Entered => StatementSort::Quadrant,
            StatementSort::Quadrant => StatementSort::Principle,
            StatementSort::Principle => StatementSort::Side,
            StatementSort::Side => StatementSort::Entered,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupField {
    Title,
    Organisation,
    Facilitator,
    StartsAt,
}

impl SetupField {
    pub const ALL: [SetupField; 4] = [
        SetupField::Title,
        SetupField::Organisation,
        SetupField::Facilitator,
        SetupField::StartsAt,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParticipantColumn {
    Name,
    Department,
    Side,
}

/// Text being typed into one field of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editing {
    pub target: Target,
    pub buffer: TextBuffer,
    /// The item was added for this edit: cancelling removes it again.
    pub created: bool,
}

/// A text field of the document, by stable id where it belongs to a list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Setup(SetupField),
    ParticipantName(u32),
    ParticipantDepartment(u32),
    Note(u32),
    Statement(u32),
    Agreement(u32),
    /// The notes of one of the five unified items, by position.
    UnifiedNotes(usize),
    InitiativeTitle(u32),
    InitiativeDescription(u32),
    InitiativeQuarter(u32),
    Mechanism(u32),
    /// A role's name in the session's language.
    RoleName(u32),
    Decision(u32),
    ActionText(u32),
    ActionDue(u32),
    ParkedText(u32),
    ParkedDue(u32),
    IndicatorName(u32),
    IndicatorBaseline(u32),
    IndicatorTarget(u32),
    IndicatorUnit(u32),
    NextSession,
    /// The facilitator's private notes for a step, by position.
    FacilitatorNotes(usize),
}

/// The timebox clock of the step on screen. Time already spent is in the document;
/// this holds only whether the clock runs, and since when.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timer {
    pub running_since: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The bell has rung for this run out of time.
    pub rung: bool,
}

impl Target {
    /// Edits of these fields are written into the document as they are typed, so an
    /// autosave or a crash keeps half-typed text. The date is parsed on Enter instead.
    pub fn is_live(self) -> bool {
        !matches!(
            self,
            Target::Setup(SetupField::StartsAt)
                | Target::InitiativeQuarter(_)
                | Target::ActionDue(_)
                | Target::ParkedDue(_)
                | Target::NextSession
        )
    }

    /// Fields that hold a date typed in words (`+2w`, `下周一`).
    pub fn is_due_date(self) -> bool {
        matches!(
            self,
            Target::ActionDue(_) | Target::ParkedDue(_) | Target::NextSession
        )
    }

    pub fn is_multiline(self) -> bool {
        matches!(
            self,
            Target::Note(_)
                | Target::Statement(_)
                | Target::Agreement(_)
                | Target::UnifiedNotes(_)
                | Target::InitiativeDescription(_)
                | Target::Decision(_)
                | Target::ActionText(_)
                | Target::ParkedText(_)
                | Target::FacilitatorNotes(_)
        )
    }
}

/// A question that takes over the keyboard until answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dialog {
    /// The file on disk is not the one this program last read or wrote.
    ChangedOnDisk,
    /// A crash left a copy of unsaved work beside the file.
    Recovery { path: PathBuf, doc: Box<Session> },
    /// Quitting, but the last save failed.
    QuitUnsaved { why: SaveError },
    /// Deleting an initiative that other things refer to.
    ConfirmDeleteInitiative { id: u32 },
    /// Ticking items in a list: the statements an initiative serves, or the people
    /// who hold a role.
    Pick { list: PickList, cursor: usize },
    /// Removing a role that other things refer to.
    ConfirmDeleteRole { id: u32 },
    /// A follow-up session starts by going through the actions it carried over.
    CarriedActions { cursor: usize },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickList {
    Statements { initiative: u32 },
    Holders { role: u32 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: NoticeText,
    pub is_error: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeText {
    ReadOnly,
    NothingToUndo,
    NothingToRedo,
    Undone,
    Redone,
    Deleted,
    BadDateTime(String),
    BadQuarter(String),
    Load(LoadError),
    Plain(String),
    Created(PathBuf),
    Migrated(u32),
    MovedTo(PathBuf),
    RecoveryRestored,
    /// A read-only session has a recovery copy that only opening it can restore.
    RecoveryWaiting(PathBuf),
    MergePick,
    Merged,
    ReorderNeedsEntryOrder,
    BadDue(String),
    Parked,
    NoStepMatches(String),
    ThemeChanged,
    /// The bell at the end of a timebox was turned on (true) or off.
    Bell(bool),
    NoDotsLeft,
    DotCapReached,
    /// A digit was pressed in a ratings grid that is no rating.
    NotARating,
    /// Pasted lines were added to a list, one item each: how many.
    ItemsAdded(usize),
    /// A paste landed on a panel that takes no text.
    NowhereToPaste,
    /// Pasted people were added: how many.
    ParticipantsAdded(usize),
    /// Pasted people whose side was not understood, as written; they were put on
    /// the business side.
    SidesUnknown(Vec<String>),
}

/// What the app loop hands over after opening or creating a session file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub doc: Session,
    pub path: PathBuf,
    pub read_only: bool,
    /// The language to show: the session's own, unless the command line chose one.
    pub lang: Lang,
    pub migrated_from: Option<u32>,
    pub recovery: Option<(PathBuf, Session)>,
    pub created: bool,
    /// Made from a previous session: its open actions are reviewed first.
    pub carried: bool,
}

impl Model {
    pub fn new(lang: Lang, display: Display, screen: Screen) -> Model {
        Model {
            lang,
            screen,
            help: None,
            rows: 0,
            notice: None,
            display,
        }
    }

    pub fn session(&self) -> Option<&SessionScreen> {
        match &self.screen {
            Screen::Session(session) => Some(session),
            Screen::Start(_) => None,
        }
    }
}

impl StartScreen {
    pub fn new(dir: PathBuf, listings: Vec<Listing>) -> StartScreen {
        StartScreen {
            dir,
            listings,
            unlisted: None,
            selected: 0,
            new_title: None,
        }
    }
}
