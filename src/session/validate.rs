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
    section: &'static str,
    occurrence: usize,
}

impl Finding {
    fn at(problem: Problem, needle: String, occurrence: usize) -> Finding {
        Finding {
            problem,
            needle,
            then: "",
            section: "",
            occurrence,
        }
    }

    /// Searches only after the first appearance of `section` (where the reference
    /// lives), so that a bare number is not found in an earlier, unrelated place.
    fn within(mut self, section: &'static str) -> Finding {
        self.section = section;
        self
    }

    pub fn locate_in(&self, text: &str) -> Option<Position> {
        if !self.section.is_empty()
            && let Some(start) = text.find(self.section)
        {
            let inner =
                ron_read::locate_before(&text[start..], &self.needle, self.then, self.occurrence)?;
            let before = ron_read::end_position(&text[..start]);
            return Some(if inner.line == 1 {
                Position {
                    line: before.line,
                    col: before.col + inner.col - 1,
                }
            } else {
                Position {
                    line: before.line + inner.line - 1,
                    col: inner.col,
                }
            });
        }
        ron_read::locate_before(text, &self.needle, self.then, self.occurrence)
    }
}

pub fn check(session: &Session) -> Result<(), Box<Finding>> {
    if session.steps.is_empty() {
        return Err(Box::new(Finding::at(Problem::NoSteps, "steps".into(), 1)));
    }
    let mut step_ids = BTreeSet::new();
    for step in &session.steps {
        let quoted = format!("\"{}\"", step.id);
        if !is_valid_step_id(&step.id) {
            return Err(Box::new(Finding::at(
                Problem::BadStepId(step.id.clone()),
                quoted,
                1,
            )));
        }
        if !step_ids.insert(step.id.as_str()) {
            let problem = Problem::DuplicateId {
                what: IdKind::Step,
                id: step.id.clone(),
            };
            return Err(Box::new(Finding::at(problem, format!("id: {quoted}"), 2)));
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
            return Err(Box::new(Finding::at(
                problem,
                format!("id: \"{}\"", step.id),
                1,
            )));
        }
    }
    if session.step_index(&session.current_step).is_none() {
        let problem = Problem::DanglingStep(session.current_step.clone());
        return Err(Box::new(Finding::at(problem, "current_step".into(), 1)));
    }
    unique_ids(
        IdKind::Participant,
        "name:",
        session.setup.participants.iter().map(|person| person.id),
    )?;
    let statements = &session.strategy.statements;
    unique_ids(IdKind::Statement, "text:", statements.iter().map(|s| s.id))?;
    let known = |id: &u32| session.participant(*id).is_some();
    let referenced = session
        .diagnosis
        .votes
        .keys()
        .chain(statements.iter().flat_map(|s| &s.authors));
    if let Some(id) = referenced.copied().find(|id| !known(id)) {
        let problem = Problem::DanglingParticipant(id);
        return Err(Box::new(
            Finding::at(problem, format!("{id}"), 1).within("diagnosis:"),
        ));
    }
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
) -> Result<(), Box<Finding>> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            let problem = Problem::DuplicateId {
                what,
                id: id.to_string(),
            };
            let mut finding = Finding::at(problem, format!("id: {id},"), 2);
            finding.then = then;
            return Err(Box::new(finding));
        }
    }
    Ok(())
}
