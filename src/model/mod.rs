//! Everything the program knows at one moment, as plain data.
//!
//! May not import ratatui or crossterm: the model is drawn by `view` and changed
//! only by `update`. Time arrives as data, never read from a clock here.

pub mod history;
pub mod save_state;
pub mod text;

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::load_error::LoadError;
use crate::session::naming::Listing;
use crate::session::strategy::{Principle, Quadrant, Statement};
use crate::session::{Session, Side, StepKind};
use history::History;
pub use save_state::{SaveState, SaveStatus};
use text::TextBuffer;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    pub lang: Lang,
    pub screen: Screen,
    /// The help overlay, with how far it is scrolled.
    pub help: Option<u16>,
    pub notice: Option<Notice>,
    pub display: Display,
}

/// How the screen is drawn, as chosen on the command line or by the environment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Display {
    pub color: bool,
    pub ascii_borders: bool,
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
}

impl Target {
    /// Edits of these fields are written into the document as they are typed, so an
    /// autosave or a crash keeps half-typed text. The date is parsed on Enter instead.
    pub fn is_live(self) -> bool {
        !matches!(
            self,
            Target::Setup(SetupField::StartsAt) | Target::InitiativeQuarter(_)
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
    QuitUnsaved { why: String },
    /// Deleting an initiative that other things refer to.
    ConfirmDeleteInitiative { id: u32 },
    /// Choosing which strategy statements an initiative serves.
    PickStatements { initiative: u32, cursor: usize },
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
    MergePick,
    Merged,
    ReorderNeedsEntryOrder,
    NoDotsLeft,
    DotCapReached,
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
}

impl Model {
    pub fn new(lang: Lang, display: Display, screen: Screen) -> Model {
        Model {
            lang,
            screen,
            help: None,
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
            selected: 0,
            new_title: None,
        }
    }
}

impl SessionScreen {
    pub fn new(opened: Opened) -> SessionScreen {
        let step = opened.doc.current_index();
        let mut screen = SessionScreen {
            focus: Focus::Agenda,
            agenda_cursor: step,
            field: SetupField::Title,
            participant: 0,
            participant_column: ParticipantColumn::Name,
            note: 0,
            stage: 0,
            voter: 0,
            friction: 0,
            statement: 0,
            statement_view: StatementView::default(),
            walk: None,
            merge_from: None,
            unified_item: 0,
            agreement: 0,
            initiative: 0,
            dot_voter: 0,
            vote_row: 0,
            ranking: false,
            synergy: 0,
            rating_column: 0,
            person: 0,
            person_column: 0,
            mechanism: 0,
            editing: None,
            history: History::default(),
            save: SaveState::new(opened.read_only),
            dialog: None,
            remove_after_save: None,
            read_only: opened.read_only,
            path: opened.path,
            doc: opened.doc,
        };
        screen.focus = screen.panels()[1];
        if let Some((path, doc)) = opened.recovery
            && doc != screen.doc
        {
            screen.dialog = Some(Dialog::Recovery {
                path,
                doc: Box::new(doc),
            });
        }
        screen
    }

    pub fn step_index(&self) -> usize {
        self.doc.current_index()
    }

    pub fn step_kind(&self) -> StepKind {
        self.doc.steps[self.step_index()].kind
    }

    /// The panels of the current step, in `Tab` order.
    pub fn panels(&self) -> &'static [Focus] {
        match self.step_kind() {
            StepKind::Setup => &[Focus::Agenda, Focus::Fields, Focus::Participants],
            StepKind::Diagnose => &[
                Focus::Agenda,
                Focus::Stages,
                Focus::Votes,
                Focus::Frictions,
                Focus::Notes,
            ],
            StepKind::Strategy => &[
                Focus::Agenda,
                Focus::Statements,
                Focus::Coverage,
                Focus::Notes,
            ],
            StepKind::FiveUnified => &[
                Focus::Agenda,
                Focus::Unified,
                Focus::Agreements,
                Focus::Initiatives,
                Focus::Voting,
                Focus::Notes,
            ],
            StepKind::FourSynergies => &[
                Focus::Agenda,
                Focus::Ratings,
                Focus::People,
                Focus::Mechanisms,
                Focus::Notes,
            ],
            _ => &[Focus::Agenda, Focus::Notes],
        }
    }

    /// Indices into the document's statements, in the order the list shows them:
    /// one quadrant in walk-around mode, otherwise filtered and sorted as chosen.
    pub fn visible_statements(&self) -> Vec<usize> {
        let statements = &self.doc.strategy.statements;
        let keep = |statement: &Statement| match (self.walk, self.statement_view.filter) {
            (Some(quadrant), _) => statement.quadrant == quadrant,
            (None, Some(StatementFilter::Quadrant(q))) => statement.quadrant == q,
            (None, Some(StatementFilter::Principle(p))) => statement.principle == p,
            (None, Some(StatementFilter::Side(side))) => statement.side == side,
            (None, None) => true,
        };
        let mut visible: Vec<usize> = (0..statements.len())
            .filter(|index| keep(&statements[*index]))
            .collect();
        if self.walk.is_none() {
            let key = |index: &usize| {
                let statement = &statements[*index];
                match self.statement_view.sort {
                    StatementSort::Entered => 0,
                    StatementSort::Quadrant => statement.quadrant.index(),
                    StatementSort::Principle => statement.principle.index(),
                    StatementSort::Side => Side::ALL
                        .iter()
                        .position(|s| *s == statement.side)
                        .unwrap_or(0),
                }
            };
            visible.sort_by_key(key);
        }
        visible
    }

    /// The initiatives in the order the voting panel lists them: as entered, or by
    /// dots when ranking (hidden totals are never used to order).
    pub fn vote_rows(&self) -> Vec<usize> {
        let initiatives = &self.doc.initiatives;
        let mut rows: Vec<usize> = (0..initiatives.len()).collect();
        if self.ranking && !self.doc.voting.hidden {
            let voting = &self.doc.voting;
            rows.sort_by_key(|index| std::cmp::Reverse(voting.total(initiatives[*index].id)));
        }
        rows
    }

    /// The statement under the cursor, by index into the document.
    pub fn selected_statement(&self) -> Option<usize> {
        self.visible_statements().get(self.statement).copied()
    }
}
