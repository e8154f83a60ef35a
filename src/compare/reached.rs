//! Whether the newer session has reached a step yet. A follow-up that has not got
//! to its diagnosis has not lost the agreed stage; it simply has none yet, so the
//! diff leaves that step out, and says so where the older session has something
//! there.

use crate::session::unified::AgreementStatus;
use crate::session::{Session, StepKind};

/// The step is done, at or before the step the session is on, timed, or holds
/// something the room recorded in it.
pub fn reached(session: &Session, kind: StepKind) -> bool {
    let Some(index) = session.steps.iter().position(|step| step.kind == kind) else {
        return false;
    };
    let step = &session.steps[index];
    step.done
        || index <= session.current_index()
        || session.room.time(&step.id).spent_seconds > 0
        || recorded_in(session, kind)
}

/// Whether the room recorded anything in the step: a vote, a statement, a rating,
/// a status, a letter in the matrix.
pub fn recorded_in(session: &Session, kind: StepKind) -> bool {
    match kind {
        StepKind::Diagnose => {
            let diagnosis = &session.diagnosis;
            !diagnosis.votes.is_empty()
                || diagnosis.agreed.is_some()
                || !diagnosis.frictions.is_empty()
        }
        StepKind::Strategy => !session.strategy.statements.is_empty(),
        StepKind::FourSynergies => session.synergies.iter().any(|synergy| {
            synergy.business != Default::default()
                || synergy.technology != Default::default()
                || !synergy.people.is_empty()
                || !synergy.mechanisms.is_empty()
        }),
        StepKind::FiveUnified => session.unified.iter().any(|item| {
            item.status != AgreementStatus::Open
                || item.owner.is_some()
                || !item.agreements.is_empty()
                || !item.notes.trim().is_empty()
        }),
        StepKind::RoleMapping => session.raci.cells.values().any(|row| !row.is_empty()),
        _ => true,
    }
}
