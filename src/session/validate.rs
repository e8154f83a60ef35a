//! Checks a session needs beyond its types: ids unique, references pointing at
//! something, steps matching the template the session names.

use std::collections::BTreeSet;

use super::Session;
use crate::load_error::{IdKind, Position, Problem};
use crate::ron_read;
use crate::template::{Template, is_valid_step_id};

/// What is wrong, and the text (and which occurrence of it) to point the reader at.
pub struct Finding {
    pub problem: Problem,
    needle: String,
    /// Only appearances of `needle` followed by this count (may be empty).
    then: &'static str,
    occurrence: usize,
}

impl Finding {
    fn at(problem: Problem, needle: String, occurrence: usize) -> Finding {
        Finding {
            problem,
            needle,
            then: "",
            occurrence,
        }
    }

    pub fn locate_in(&self, text: &str) -> Option<Position> {
        ron_read::locate_before(text, &self.needle, self.then, self.occurrence)
    }
}

pub fn check(session: &Session) -> Result<(), Finding> {
    if session.steps.is_empty() {
        return Err(Finding::at(Problem::NoSteps, "steps".into(), 1));
    }
    let mut step_ids = BTreeSet::new();
    for step in &session.steps {
        let quoted = format!("\"{}\"", step.id);
        if !is_valid_step_id(&step.id) {
            return Err(Finding::at(Problem::BadStepId(step.id.clone()), quoted, 1));
        }
        if !step_ids.insert(step.id.as_str()) {
            let problem = Problem::DuplicateId {
                what: IdKind::Step,
                id: step.id.clone(),
            };
            return Err(Finding::at(problem, format!("id: {quoted}"), 2));
        }
    }
    if let Some(template) = Template::embedded(&session.template.id) {
        let known = template.step_ids();
        if let Some(step) = session.steps.iter().find(|step| !known.contains(&step.id)) {
            let problem = Problem::UnknownTemplateStep {
                id: step.id.clone(),
                template: template.id.clone(),
                known,
            };
            return Err(Finding::at(problem, format!("id: \"{}\"", step.id), 1));
        }
    }
    if session.step_index(&session.current_step).is_none() {
        let problem = Problem::DanglingStep(session.current_step.clone());
        return Err(Finding::at(problem, "current_step".into(), 1));
    }
    unique_ids(
        IdKind::Participant,
        "name:",
        session.setup.participants.iter().map(|person| person.id),
    )?;
    unique_ids(
        IdKind::Note,
        "text:",
        session
            .steps
            .iter()
            .flat_map(|step| step.notes.iter().map(|note| note.id)),
    )?;
    Ok(())
}

fn unique_ids(
    what: IdKind,
    then: &'static str,
    ids: impl Iterator<Item = u32>,
) -> Result<(), Finding> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            let problem = Problem::DuplicateId {
                what,
                id: id.to_string(),
            };
            let mut finding = Finding::at(problem, format!("id: {id},"), 2);
            finding.then = then;
            return Err(finding);
        }
    }
    Ok(())
}
