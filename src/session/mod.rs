//! The session document: what a workshop decided, exactly as it is saved.
//!
//! Owns the data types only. Reading and writing them is [`file`]'s job; naming
//! and listing files on disk is [`naming`]'s. Nothing here knows about terminals.

pub mod carry;
pub mod coverage;
pub mod diagnosis;
pub mod file;
pub mod naming;
pub mod raci;
pub mod raci_checks;
pub mod roles;
pub mod room;
pub mod shared;
mod side;
pub mod strategy;
pub mod summary;
pub mod synergy;
pub mod unified;
mod v1;
mod v2;
mod v3;
mod v4;
mod validate;
pub mod wrap_up;

use chrono::{DateTime, FixedOffset, Timelike};
use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Text};
use crate::template::Template;
use diagnosis::Diagnosis;
use raci::RoleMapping;
use roles::Role;
use room::Room;
use shared::Shared;
pub use side::Side;
use strategy::Strategy;
use synergy::Synergy;
use unified::{DotVoting, Initiative, Owner, UnifiedItem};
use wrap_up::WrapUp;

/// How many things point at an initiative.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InitiativeReferences {
    pub voters: usize,
    pub raci_cells: usize,
    pub mechanisms: usize,
    /// Actions and decisions linked to it.
    pub wrap_up: usize,
}

impl InitiativeReferences {
    pub fn is_empty(&self) -> bool {
        self.voters == 0 && self.raci_cells == 0 && self.mechanisms == 0 && self.wrap_up == 0
    }
}

/// How many things point at a role.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RoleReferences {
    pub holders: usize,
    pub cells: usize,
    pub owned_items: usize,
}

impl RoleReferences {
    pub fn is_empty(&self) -> bool {
        self.holders == 0 && self.cells == 0 && self.owned_items == 0
    }
}

/// The schema version this program writes. Older versions are migrated on load.
pub const SCHEMA_VERSION: u32 = 5;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Always first in the file, so any version of the program can read it.
    pub version: u32,
    pub template: TemplateRef,
    pub created: DateTime<FixedOffset>,
    pub updated: DateTime<FixedOffset>,
    pub language: Lang,
    /// Id of the step the room was on when the file was last saved.
    pub current_step: String,
    pub setup: Shared<Setup>,
    pub diagnosis: Shared<Diagnosis>,
    pub strategy: Shared<Strategy>,
    /// The five unified items, always all five in their order.
    pub unified: Shared<Vec<UnifiedItem>>,
    pub initiatives: Shared<Vec<Initiative>>,
    pub voting: Shared<DotVoting>,
    /// The four synergies, always all four in their order.
    pub synergies: Shared<Vec<Synergy>>,
    pub roles: Shared<Vec<Role>>,
    /// Who holds which role, and the RACI matrix of initiatives × roles.
    pub raci: Shared<RoleMapping>,
    pub wrap_up: Shared<WrapUp>,
    /// Time and private notes per step.
    pub room: Shared<Room>,
    pub steps: Shared<Vec<Step>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateRef {
    pub id: String,
    pub version: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    pub title: String,
    pub organisation: String,
    pub facilitator: String,
    /// When the meeting starts, in the meeting's local time.
    pub starts_at: DateTime<FixedOffset>,
    pub participants: Vec<Participant>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub id: u32,
    pub name: String,
    pub department: String,
    pub side: Side,
}

/// What a step is for; it decides which editor the step shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepKind {
    Setup,
    Diagnose,
    Strategy,
    FiveUnified,
    FourSynergies,
    RoleMapping,
    WrapUp,
    Notes,
}

/// One step of the agenda as the session ran it, with what the room recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
    pub title: Text,
    pub prompt: Text,
    pub minutes: u32,
    pub done: bool,
    pub notes: Vec<Note>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: u32,
    pub text: String,
}

impl Session {
    /// A fresh session running `template`, starting `now`.
    pub fn new(
        template: &Template,
        title: &str,
        language: Lang,
        now: DateTime<FixedOffset>,
    ) -> Session {
        let now = now.with_nanosecond(0).unwrap_or(now);
        let steps: Vec<Step> = template
            .steps
            .iter()
            .map(|step| Step {
                id: step.id.clone(),
                kind: step.kind,
                title: step.title.clone(),
                prompt: step.prompt.clone(),
                minutes: step.minutes,
                done: false,
                notes: Vec::new(),
            })
            .collect();
        Session {
            version: SCHEMA_VERSION,
            template: TemplateRef {
                id: template.id.clone(),
                version: template.version,
            },
            created: now,
            updated: now,
            language,
            current_step: steps[0].id.clone(),
            setup: Setup {
                title: title.to_string(),
                organisation: String::new(),
                facilitator: String::new(),
                starts_at: now.with_second(0).unwrap_or(now),
                participants: Vec::new(),
            }
            .into(),
            diagnosis: Diagnosis::default().into(),
            strategy: Strategy::default().into(),
            roles: template
                .roles
                .iter()
                .zip(1..)
                .map(|(name, id)| Role {
                    id,
                    name: name.clone(),
                })
                .collect(),
            raci: RoleMapping {
                accountable_limit: template.accountable_limit,
                ..RoleMapping::default()
            }
            .into(),
            ..Session::fill_later_sections(steps)
        }
    }

    /// A session with the given steps and every section fresh: the base that new
    /// sessions and migrations from older versions fill in.
    pub(crate) fn fill_later_sections(steps: Vec<Step>) -> Session {
        let epoch = DateTime::<FixedOffset>::default();
        Session {
            version: SCHEMA_VERSION,
            template: TemplateRef {
                id: String::new(),
                version: 0,
            },
            created: epoch,
            updated: epoch,
            language: Lang::default(),
            current_step: String::new(),
            setup: Setup {
                title: String::new(),
                organisation: String::new(),
                facilitator: String::new(),
                starts_at: epoch,
                participants: Vec::new(),
            }
            .into(),
            diagnosis: Diagnosis::default().into(),
            strategy: Strategy::default().into(),
            unified: unified::fresh_items().into(),
            initiatives: Vec::new().into(),
            voting: DotVoting::default().into(),
            synergies: synergy::fresh_synergies().into(),
            roles: roles::default_roles().into(),
            raci: RoleMapping::default().into(),
            wrap_up: WrapUp::default().into(),
            room: Room::default().into(),
            steps: steps.into(),
        }
    }

    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|step| step.id == id)
    }

    pub fn current_index(&self) -> usize {
        self.step_index(&self.current_step).unwrap_or(0)
    }

    /// Equal apart from when it was last changed.
    pub fn same_content(&self, other: &Session) -> bool {
        Session {
            updated: other.updated,
            ..self.clone()
        } == *other
    }

    /// Whether the agenda has a step of this kind.
    pub fn has_step(&self, kind: StepKind) -> bool {
        self.steps.iter().any(|step| step.kind == kind)
    }

    pub fn steps_done(&self) -> usize {
        self.steps.iter().filter(|step| step.done).count()
    }

    /// Removes a participant and every reference to them (votes, authorship).
    pub fn remove_participant(&mut self, index: usize) {
        if index >= self.setup.participants.len() {
            return;
        }
        let id = self.setup.participants.remove(index).id;
        self.diagnosis.votes.remove(&id);
        for statement in &mut self.strategy.statements {
            statement.authors.retain(|author| *author != id);
        }
        for item in &mut self.unified {
            if item.owner == Some(Owner::Participant(id)) {
                item.owner = None;
            }
        }
        self.voting.dots.remove(&id);
        for synergy in &mut self.synergies {
            synergy.people.remove(&id);
        }
        self.raci.forget_participant(id);
        self.wrap_up.forget_participant(id);
    }

    /// Removes a role and everything that refers to it: its holders, its matrix
    /// column, and item ownership.
    pub fn remove_role(&mut self, id: u32) {
        self.roles.retain(|role| role.id != id);
        self.raci.forget_role(id);
        for item in &mut self.unified {
            if item.owner == Some(Owner::Role(id)) {
                item.owner = None;
            }
        }
    }

    /// What refers to a role, so removing it can say what goes with it.
    pub fn role_references(&self, id: u32) -> RoleReferences {
        RoleReferences {
            holders: self.raci.holders_of(id).len(),
            cells: self.raci.cells_of_role(id),
            owned_items: self
                .unified
                .iter()
                .filter(|item| item.owner == Some(Owner::Role(id)))
                .count(),
        }
    }

    pub fn next_role_id(&self) -> u32 {
        next_id(self.roles.iter().map(|role| role.id))
    }

    /// Removes a statement and the links initiatives have to it.
    pub fn remove_statement(&mut self, index: usize) {
        if index >= self.strategy.statements.len() {
            return;
        }
        let id = self.strategy.statements.remove(index).id;
        for initiative in &mut self.initiatives {
            initiative.serves.retain(|served| *served != id);
        }
    }

    /// Removes an initiative with its votes and the links mechanisms have to it.
    pub fn remove_initiative(&mut self, id: u32) {
        self.initiatives.retain(|initiative| initiative.id != id);
        self.voting.forget_initiative(id);
        self.raci.forget_initiative(id);
        self.wrap_up.forget_initiative(id);
        for synergy in &mut self.synergies {
            for mechanism in &mut synergy.mechanisms {
                if mechanism.initiative == Some(id) {
                    mechanism.initiative = None;
                }
            }
        }
    }

    /// What refers to an initiative, so deleting it can say what goes with it.
    pub fn initiative_references(&self, id: u32) -> InitiativeReferences {
        InitiativeReferences {
            voters: self
                .voting
                .dots
                .values()
                .filter(|dots| dots.contains_key(&id))
                .count(),
            raci_cells: self.raci.cells.get(&id).map_or(0, |row| row.len()),
            wrap_up: self.wrap_up.initiative_references(id),
            mechanisms: self
                .synergies
                .iter()
                .flat_map(|synergy| &synergy.mechanisms)
                .filter(|mechanism| mechanism.initiative == Some(id))
                .count(),
        }
    }

    pub fn role(&self, id: u32) -> Option<&Role> {
        self.roles.iter().find(|role| role.id == id)
    }

    pub fn initiative(&self, id: u32) -> Option<&Initiative> {
        self.initiatives
            .iter()
            .find(|initiative| initiative.id == id)
    }

    pub fn participant(&self, id: u32) -> Option<&Participant> {
        self.setup
            .participants
            .iter()
            .find(|person| person.id == id)
    }

    pub fn next_participant_id(&self) -> u32 {
        next_id(self.setup.participants.iter().map(|person| person.id))
    }

    pub fn next_initiative_id(&self) -> u32 {
        next_id(self.initiatives.iter().map(|initiative| initiative.id))
    }

    pub fn next_agreement_id(&self) -> u32 {
        next_id(
            self.unified
                .iter()
                .flat_map(|item| item.agreements.iter().map(|a| a.id)),
        )
    }

    pub fn next_mechanism_id(&self) -> u32 {
        next_id(
            self.synergies
                .iter()
                .flat_map(|s| s.mechanisms.iter().map(|m| m.id)),
        )
    }

    pub fn next_note_id(&self) -> u32 {
        next_id(
            self.steps
                .iter()
                .flat_map(|step| step.notes.iter().map(|note| note.id)),
        )
    }
}

fn next_id(ids: impl Iterator<Item = u32>) -> u32 {
    ids.max().map_or(1, |max| max.saturating_add(1))
}
