//! Checks a session needs beyond its types: ids unique, references pointing at
//! something, steps matching the template the session names.

use std::collections::BTreeSet;

use super::Session;
use super::synergy::SynergyKind;
use super::unified::{MAX_DOTS, Owner, UnifiedKind};
use super::wrap_up::Link;
pub use finding::Finding;

mod finding;
use crate::load_error::{IdKind, Problem};
use crate::template::{Template, is_valid_step_id};

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
        let problem = Problem::DanglingStep {
            field: "current_step",
            id: session.current_step.clone(),
        };
        return Err(Box::new(Finding::at(problem, "current_step".into(), 1)));
    }
    check_ids(session)?;
    check_sections(session)?;
    check_step_names(session)?;
    check_references(session)
}

fn check_ids(session: &Session) -> Result<(), Box<Finding>> {
    let people = session.setup.participants.iter().map(|person| person.id);
    unique_ids(IdKind::Participant, "setup:", "name:", people)?;
    let statements = session.strategy.statements.iter().map(|s| s.id);
    unique_ids(IdKind::Statement, "strategy:", "text:", statements)?;
    let notes = session
        .steps
        .iter()
        .flat_map(|step| step.notes.iter().map(|n| n.id));
    unique_ids(IdKind::Note, "steps:", "text:", notes)?;
    let agreements = session
        .unified
        .iter()
        .flat_map(|item| item.agreements.iter().map(|a| a.id));
    unique_ids(IdKind::Agreement, "unified:", "text:", agreements)?;
    let initiatives = session.initiatives.iter().map(|i| i.id);
    unique_ids(IdKind::Initiative, "initiatives:", "title:", initiatives)?;
    let mechanisms = session
        .synergies
        .iter()
        .flat_map(|s| s.mechanisms.iter().map(|m| m.id));
    unique_ids(IdKind::Mechanism, "synergies:", "kind:", mechanisms)?;
    let roles = session.roles.iter().map(|role| role.id);
    unique_ids(IdKind::Role, "roles:", "name:", roles)?;
    check_wrap_up_ids(session)
}

/// An id names one item within its wrap-up list; yeji numbers the four lists from
/// one counter, but a file written by hand may reuse an id across them.
fn check_wrap_up_ids(session: &Session) -> Result<(), Box<Finding>> {
    let wrap_up = &session.wrap_up;
    let decisions = wrap_up.decisions.iter().map(|d| d.id);
    unique_ids(IdKind::Decision, "decisions:", "text:", decisions)?;
    let actions = wrap_up.actions.iter().map(|a| a.id);
    unique_ids(IdKind::Action, "actions:", "text:", actions)?;
    let parked = wrap_up.parking.iter().map(|p| p.id);
    unique_ids(IdKind::Parked, "parking:", "text:", parked)?;
    let indicators = wrap_up.indicators.iter().map(|i| i.id);
    unique_ids(IdKind::Indicator, "indicators:", "name:", indicators)
}

/// The five unified and four synergies are fixed lists; numbers stay in range.
fn check_sections(session: &Session) -> Result<(), Box<Finding>> {
    let unified: Vec<_> = session.unified.iter().map(|item| item.kind).collect();
    if unified != UnifiedKind::ALL {
        let problem = Problem::FixedList {
            section: "unified",
            expected: UnifiedKind::ALL.iter().map(|k| format!("{k:?}")).collect(),
        };
        return Err(Box::new(Finding::at(problem, "unified:".into(), 1)));
    }
    let synergies: Vec<_> = session.synergies.iter().map(|s| s.kind).collect();
    if synergies != SynergyKind::ALL {
        let problem = Problem::FixedList {
            section: "synergies",
            expected: SynergyKind::ALL.iter().map(|k| format!("{k:?}")).collect(),
        };
        return Err(Box::new(Finding::at(problem, "synergies:".into(), 1)));
    }
    let voting = &session.voting;
    for (field, value) in [
        ("dots_per_person", voting.dots_per_person),
        ("cap_per_initiative", voting.cap_per_initiative),
    ] {
        if !(1..=MAX_DOTS).contains(&value) {
            let problem = Problem::OutOfRange {
                field,
                value: u32::from(value),
                low: 1,
                high: u32::from(MAX_DOTS),
            };
            return Err(Box::new(Finding::at(problem, format!("{field}:"), 1)));
        }
    }
    let ratings = session.synergies.iter().flat_map(|s| {
        [s.business, s.technology]
            .into_iter()
            .chain(s.people.values().copied())
    });
    for rating in ratings {
        for (field, value) in [("today", rating.today), ("target", rating.target)] {
            if let Some(value) = value.filter(|v| !(1..=5).contains(v)) {
                let problem = Problem::OutOfRange {
                    field,
                    value: u32::from(value),
                    low: 1,
                    high: 5,
                };
                return Err(Box::new(
                    Finding::at(problem, format!("{field}: Some({value})"), 1).within("synergies:"),
                ));
            }
        }
    }
    Ok(())
}

/// The ids the role mapping points at, with the section to look in.
fn raci_pointers(session: &Session) -> Vec<(IdKind, u32, &'static str)> {
    let raci = &session.raci;
    let mut out = Vec::new();
    for (role, people) in &raci.holders {
        out.push((IdKind::Role, *role, "raci:"));
        out.extend(people.iter().map(|p| (IdKind::Participant, *p, "raci:")));
    }
    out.extend(
        raci.fluent
            .iter()
            .map(|p| (IdKind::Participant, *p, "raci:")),
    );
    for (initiative, row) in &raci.cells {
        out.push((IdKind::Initiative, *initiative, "raci:"));
        out.extend(row.keys().map(|role| (IdKind::Role, *role, "raci:")));
    }
    out
}

/// The ids the wrap-up points at.
fn wrap_up_pointers(session: &Session) -> Vec<(IdKind, u32, &'static str)> {
    let wrap_up = &session.wrap_up;
    let owners = wrap_up
        .actions
        .iter()
        .filter_map(|a| a.owner)
        .chain(wrap_up.parking.iter().filter_map(|p| p.owner))
        .chain(wrap_up.indicators.iter().filter_map(|i| i.owner))
        .map(|id| (IdKind::Participant, id, "wrap_up:"));
    let initiatives = wrap_up
        .actions
        .iter()
        .filter_map(|a| a.initiative)
        .chain(wrap_up.decisions.iter().filter_map(|d| match d.link {
            Some(Link::Initiative(id)) => Some(id),
            _ => None,
        }))
        .map(|id| (IdKind::Initiative, id, "wrap_up:"));
    owners.chain(initiatives).collect()
}

/// Step ids named outside the step list: decisions' links, where parked items were
/// raised, and the room's timing and notes.
fn check_step_names(session: &Session) -> Result<(), Box<Finding>> {
    let wrap_up = &session.wrap_up;
    let links = wrap_up.decisions.iter().filter_map(|d| match &d.link {
        Some(Link::Step(id)) => Some(("link", id, "Step(", "wrap_up:")),
        _ => None,
    });
    let parked = (wrap_up.parking.iter()).map(|p| ("raised_in", &p.raised_in, "", "wrap_up:"));
    let timing = (session.room.timing.keys()).map(|id| ("timing", id, "", "room:"));
    let notes =
        (session.room.facilitator_notes.keys()).map(|id| ("facilitator_notes", id, "", "room:"));
    for (field, id, prefix, section) in links.chain(parked).chain(timing).chain(notes) {
        if session.step_index(id).is_none() {
            let problem = Problem::DanglingStep {
                field,
                id: id.clone(),
            };
            let needle = format!("{prefix}\"{id}\"");
            return Err(Box::new(Finding::at(problem, needle, 1).within(section)));
        }
    }
    Ok(())
}

/// Every id used to point at something names something that exists.
fn check_references(session: &Session) -> Result<(), Box<Finding>> {
    // Sorted once: a large session points at its people and initiatives thousands
    // of times.
    let participants = sorted(session.setup.participants.iter().map(|p| p.id));
    let roles = sorted(session.roles.iter().map(|role| role.id));
    let statements = sorted(session.strategy.statements.iter().map(|s| s.id));
    let initiatives = sorted(session.initiatives.iter().map(|i| i.id));
    let exists = |kind: IdKind, id: u32| {
        let ids = match kind {
            IdKind::Participant => &participants,
            IdKind::Role => &roles,
            IdKind::Statement => &statements,
            IdKind::Initiative => &initiatives,
            _ => return true,
        };
        ids.binary_search(&id).is_ok()
    };
    let owners = session
        .unified
        .iter()
        .filter_map(|item| item.owner)
        .map(|owner| match owner {
            Owner::Participant(id) => (IdKind::Participant, id, "unified:"),
            Owner::Role(id) => (IdKind::Role, id, "unified:"),
        });
    let pointers = session
        .diagnosis
        .votes
        .keys()
        .map(|id| (IdKind::Participant, *id, "diagnosis:"))
        .chain(
            session
                .strategy
                .statements
                .iter()
                .flat_map(|s| &s.authors)
                .map(|id| (IdKind::Participant, *id, "strategy:")),
        )
        .chain(owners)
        .chain(
            session
                .initiatives
                .iter()
                .flat_map(|i| &i.serves)
                .map(|id| (IdKind::Statement, *id, "initiatives:")),
        )
        .chain(session.voting.dots.iter().flat_map(|(person, dots)| {
            std::iter::once((IdKind::Participant, *person, "voting:"))
                .chain(dots.keys().map(|id| (IdKind::Initiative, *id, "voting:")))
        }))
        .chain(
            session
                .synergies
                .iter()
                .flat_map(|s| s.people.keys())
                .map(|id| (IdKind::Participant, *id, "synergies:")),
        )
        .chain(
            session
                .synergies
                .iter()
                .flat_map(|s| &s.mechanisms)
                .filter_map(|m| m.initiative)
                .map(|id| (IdKind::Initiative, id, "synergies:")),
        )
        .chain(raci_pointers(session))
        .chain(wrap_up_pointers(session));
    for (kind, id, section) in pointers {
        if !exists(kind, id) {
            let problem = Problem::Dangling { what: kind, id };
            return Err(Box::new(
                Finding::at(problem, format!("{id}"), 1).within(section),
            ));
        }
    }
    Ok(())
}

fn sorted(ids: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut ids: Vec<u32> = ids.collect();
    ids.sort_unstable();
    ids
}

fn unique_ids(
    what: IdKind,
    section: &'static str,
    then: &'static str,
    ids: impl Iterator<Item = u32> + Clone,
) -> Result<(), Box<Finding>> {
    // Sorted, a list shows at once whether any id repeats; only then is it read
    // again in order, for the first repeat.
    let mut sorted: Vec<u32> = ids.clone().collect();
    sorted.sort_unstable();
    if sorted.windows(2).all(|pair| pair[0] != pair[1]) {
        return Ok(());
    }
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            let problem = Problem::DuplicateId {
                what,
                id: id.to_string(),
            };
            let finding = Finding::at(problem, format!("id: {id},"), 2);
            return Err(Box::new(finding.followed_by(then).within(section)));
        }
    }
    Ok(())
}
