//! The wrap-up step's content: decisions, action items with owners and due dates,
//! the parking lot (filled from any step), indicators to measure progress, and the
//! date of the next session.

use super::shared::Shared;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrapUp {
    pub decisions: Vec<Decision>,
    /// Shared one by one: changing an action copies that action only.
    pub actions: Vec<Shared<ActionItem>>,
    pub parking: Vec<ParkedItem>,
    pub indicators: Vec<Indicator>,
    pub next_session: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: u32,
    pub text: String,
    pub link: Option<Link>,
}

/// What a decision is about: a step (by id) or an initiative (by id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Link {
    Step(String),
    Initiative(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    pub id: u32,
    pub text: String,
    pub owner: Option<u32>,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    pub initiative: Option<u32>,
}

impl ActionItem {
    /// Still to be done, and due before `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.status.is_finished() && self.due.is_some_and(|due| due < today)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActionStatus {
    Open,
    Doing,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::Doing,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn next(self) -> ActionStatus {
        match self {
            ActionStatus::Open => ActionStatus::Doing,
            ActionStatus::Doing => ActionStatus::Done,
            ActionStatus::Done => ActionStatus::Dropped,
            ActionStatus::Dropped => ActionStatus::Open,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            ActionStatus::Open => content.action_open,
            ActionStatus::Doing => content.action_doing,
            ActionStatus::Done => content.action_done,
            ActionStatus::Dropped => content.action_dropped,
        }
    }

    pub fn is_finished(self) -> bool {
        matches!(self, ActionStatus::Done | ActionStatus::Dropped)
    }
}

/// Something raised that does not belong to the step at hand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParkedItem {
    pub id: u32,
    pub text: String,
    /// The step it was raised in.
    pub raised_in: String,
    pub owner: Option<u32>,
    pub due: Option<NaiveDate>,
    pub closed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: u32,
    pub name: String,
    pub kind: IndicatorKind,
    pub baseline: String,
    pub target: String,
    pub unit: String,
    pub owner: Option<u32>,
}

/// Process indicators measure how the work goes; outcome indicators what it
/// achieves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum IndicatorKind {
    Process,
    Outcome,
}

impl IndicatorKind {
    pub const ALL: [IndicatorKind; 2] = [IndicatorKind::Process, IndicatorKind::Outcome];

    pub fn label(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            IndicatorKind::Process => content.indicator_process,
            IndicatorKind::Outcome => content.indicator_outcome,
        }
    }
}

impl WrapUp {
    pub fn next_id(&self) -> u32 {
        let ids = self
            .decisions
            .iter()
            .map(|d| d.id)
            .chain(self.actions.iter().map(|a| a.id))
            .chain(self.parking.iter().map(|p| p.id))
            .chain(self.indicators.iter().map(|i| i.id));
        ids.max().map_or(1, |max| max + 1)
    }

    /// Actions that are not finished and have no owner or no due date.
    pub fn unassigned_actions(&self) -> usize {
        self.actions
            .iter()
            .filter(|a| !a.status.is_finished() && (a.owner.is_none() || a.due.is_none()))
            .count()
    }

    pub fn forget_participant(&mut self, person: u32) {
        for action in &mut self.actions {
            if action.owner == Some(person) {
                action.owner = None;
            }
        }
        for item in &mut self.parking {
            if item.owner == Some(person) {
                item.owner = None;
            }
        }
        for indicator in &mut self.indicators {
            if indicator.owner == Some(person) {
                indicator.owner = None;
            }
        }
    }

    pub fn forget_initiative(&mut self, initiative: u32) {
        for action in &mut self.actions {
            if action.initiative == Some(initiative) {
                action.initiative = None;
            }
        }
        for decision in &mut self.decisions {
            if decision.link == Some(Link::Initiative(initiative)) {
                decision.link = None;
            }
        }
    }

    /// How many things point at an initiative.
    pub fn initiative_references(&self, initiative: u32) -> usize {
        self.actions
            .iter()
            .filter(|a| a.initiative == Some(initiative))
            .count()
            + self
                .decisions
                .iter()
                .filter(|d| d.link == Some(Link::Initiative(initiative)))
                .count()
    }
}
