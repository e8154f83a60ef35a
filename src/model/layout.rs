//! What the session screen derives from its state: the panels of the current step,
//! and which statements and initiatives the lists show, in which order.

use super::{
    Dialog, Focus, History, Opened, ParticipantColumn, SaveState, SessionScreen, SetupField,
    StatementFilter, StatementSort, StatementView,
};
use crate::session::strategy::Statement;
use crate::session::{Side, StepKind};

/// Until the first message brings the time, the session's own last change will do.
fn opened_at(opened: &Opened) -> chrono::DateTime<chrono::FixedOffset> {
    opened.doc.updated
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
            matrix_row: 0,
            matrix_column: 0,
            role: 0,
            duty_person: 0,
            decision: 0,
            action: 0,
            parked: 0,
            indicator: 0,
            timer: super::Timer::default(),
            switcher: None,
            dashboard: opened.read_only,
            clock: opened_at(&opened),
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
            && !screen.read_only
        {
            screen.dialog = Some(Dialog::Recovery {
                path,
                doc: Box::new(doc),
            });
        } else if opened.carried && !screen.doc.wrap_up.actions.is_empty() {
            screen.dialog = Some(Dialog::CarriedActions { cursor: 0 });
        }
        screen
    }

    pub fn step_index(&self) -> usize {
        self.doc.current_index()
    }

    pub fn step_kind(&self) -> StepKind {
        self.doc.steps[self.step_index()].kind
    }

    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.date_naive()
    }

    /// Seconds left in the current step's timebox (negative once over), counting the
    /// time the clock has been running.
    pub fn remaining_seconds(&self) -> i64 {
        let step = &self.doc.steps[self.step_index()];
        let time = self.doc.room.time(&step.id);
        let budget = i64::from(step.minutes + time.extra_minutes) * 60;
        budget - i64::from(time.spent_seconds) - self.running_seconds()
    }

    /// Seconds since the clock was last started, when it runs.
    pub fn running_seconds(&self) -> i64 {
        self.timer
            .running_since
            .map_or(0, |since| (self.clock - since).num_seconds().max(0))
    }

    /// The timebox in seconds, with added minutes.
    pub fn budget_seconds(&self) -> i64 {
        let step = &self.doc.steps[self.step_index()];
        i64::from(step.minutes + self.doc.room.time(&step.id).extra_minutes) * 60
    }

    /// The panels of the current step, in `Tab` order.
    pub fn panels(&self) -> &'static [Focus] {
        panels_of(self.step_kind())
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

/// The panels of a step of `kind`, in `Tab` order.
pub fn panels_of(kind: StepKind) -> &'static [Focus] {
    match kind {
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
        StepKind::RoleMapping => &[
            Focus::Agenda,
            Focus::Matrix,
            Focus::Roles,
            Focus::Duties,
            Focus::Notes,
        ],
        StepKind::WrapUp => &[
            Focus::Agenda,
            Focus::Summary,
            Focus::Decisions,
            Focus::Actions,
            Focus::Parking,
            Focus::Indicators,
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
