//! What a session amounts to: how much each step produced, and the problems still
//! open. The closing screen shows it; review and export read it too.

use super::Session;
use super::StepKind;
use super::raci_checks::checks;
use super::unified::AgreementStatus;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Per step (in agenda order): how many things it recorded.
    pub per_step: Vec<usize>,
    pub open: Vec<OpenProblem>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenProblem {
    /// Unfinished actions without an owner or a due date.
    UnassignedActions(usize),
    /// Unfinished actions past their due date.
    OverdueActions(usize),
    RaciErrors(usize),
    DisputedItems(usize),
    OpenParking(usize),
    SynergyGaps(usize),
    NoAgreedStage,
    NoNextSession,
}

/// How many things a step recorded: its own content plus its notes.
pub fn step_count(session: &Session, index: usize) -> usize {
    let step = &session.steps[index];
    let own = match step.kind {
        StepKind::Setup => session.setup.participants.len(),
        StepKind::Diagnose => session.diagnosis.votes.len() + session.diagnosis.frictions.len(),
        StepKind::Strategy => session.strategy.statements.len(),
        StepKind::FiveUnified => {
            session
                .unified
                .iter()
                .map(|item| item.agreements.len())
                .sum::<usize>()
                + session.initiatives.len()
        }
        StepKind::FourSynergies => session
            .synergies
            .iter()
            .map(|s| {
                usize::from(s.business.today.is_some())
                    + usize::from(s.technology.today.is_some())
                    + s.mechanisms.len()
            })
            .sum(),
        StepKind::RoleMapping => session.raci.cells.values().map(|row| row.len()).sum(),
        StepKind::WrapUp => {
            let w = &session.wrap_up;
            w.decisions.len() + w.actions.len() + w.parking.len() + w.indicators.len()
        }
        StepKind::Notes => 0,
    };
    own + step.notes.len()
}

pub fn summarise(session: &Session, today: chrono::NaiveDate) -> Summary {
    let wrap_up = &session.wrap_up;
    let counted = [
        OpenProblem::UnassignedActions(wrap_up.unassigned_actions()),
        OpenProblem::OverdueActions(
            wrap_up
                .actions
                .iter()
                .filter(|a| a.is_overdue(today))
                .count(),
        ),
        OpenProblem::RaciErrors(checks(session).iter().filter(|c| c.is_error()).count()),
        OpenProblem::DisputedItems(
            session
                .unified
                .iter()
                .filter(|i| i.status == AgreementStatus::Disputed)
                .count(),
        ),
        OpenProblem::OpenParking(wrap_up.parking.iter().filter(|p| !p.closed).count()),
        OpenProblem::SynergyGaps(
            session
                .synergies
                .iter()
                .filter(|s| s.has_friction(&session.setup.participants))
                .count(),
        ),
    ];
    let mut open: Vec<OpenProblem> = counted
        .into_iter()
        .filter(|problem| problem.count() > 0)
        .collect();
    if session.diagnosis.agreed.is_none() {
        open.push(OpenProblem::NoAgreedStage);
    }
    if wrap_up.next_session.is_none() {
        open.push(OpenProblem::NoNextSession);
    }
    // A meeting is not held to account for a step its agenda does not have: a
    // follow-up without role mapping leaves the carried-over matrix as it was.
    open.retain(|problem| problem.step().is_none_or(|kind| session.has_step(kind)));
    Summary {
        per_step: (0..session.steps.len())
            .map(|index| step_count(session, index))
            .collect(),
        open,
    }
}

impl OpenProblem {
    /// The step whose work this problem is about, for those that belong to one.
    pub fn step(self) -> Option<StepKind> {
        match self {
            OpenProblem::RaciErrors(_) => Some(StepKind::RoleMapping),
            OpenProblem::DisputedItems(_) => Some(StepKind::FiveUnified),
            OpenProblem::SynergyGaps(_) => Some(StepKind::FourSynergies),
            OpenProblem::NoAgreedStage => Some(StepKind::Diagnose),
            OpenProblem::UnassignedActions(_)
            | OpenProblem::OverdueActions(_)
            | OpenProblem::OpenParking(_)
            | OpenProblem::NoNextSession => None,
        }
    }

    pub fn count(self) -> usize {
        match self {
            OpenProblem::UnassignedActions(n)
            | OpenProblem::OverdueActions(n)
            | OpenProblem::RaciErrors(n)
            | OpenProblem::DisputedItems(n)
            | OpenProblem::OpenParking(n)
            | OpenProblem::SynergyGaps(n) => n,
            OpenProblem::NoAgreedStage | OpenProblem::NoNextSession => 1,
        }
    }
}
