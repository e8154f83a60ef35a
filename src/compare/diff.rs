//! What changed between two sessions of one centre, as plain data: the agreed stage
//! and the picks, strategy statements, synergy ratings per side, five-unified
//! statuses, initiatives added, dropped and renamed, RACI cells, decisions, actions
//! closed, new, overdue and edited, parked items, and indicators with their values.
//! Only what changed is kept: of an item in both sessions, each property that
//! changed (`fields`).
//!
//! Initiatives are matched by id, as the rest of the program refers to them: an
//! initiative with the same id and another title was renamed. The other lists are
//! paired as `items` explains (by id within one session, by text across a
//! carry-over). A step's records are compared only when both sessions' agendas
//! have the step: a follow-up agenda without a diagnosis has not "unset" the
//! stage. Pure: `today` is passed in.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::items::{self, Edited, ItemsDiff};
use super::reached;
use crate::i18n::Text;
use crate::session::diagnosis::Stage;
use crate::session::raci::Raci;
use crate::session::synergy::{Level, SynergyKind};
use crate::session::unified::{AgreementStatus, UnifiedKind};
use crate::session::wrap_up::{ActionItem, ActionStatus};
use crate::session::{Session, Side, StepKind};

/// The steps whose records the diff compares, in the order it shows them.
const COMPARED_STEPS: [StepKind; 5] = [
    StepKind::Diagnose,
    StepKind::Strategy,
    StepKind::FourSynergies,
    StepKind::FiveUnified,
    StepKind::RoleMapping,
];

/// A value in the older session and in the newer one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change<T> {
    pub old: T,
    pub new: T,
}

impl<T: PartialEq> Change<T> {
    pub fn changed(&self) -> bool {
        self.old != self.new
    }
}

/// Which way a rating moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
}

impl Trend {
    /// Which way a number moved from `old` to `new`.
    pub fn between<T: Ord>(old: T, new: T) -> Trend {
        match new.cmp(&old) {
            std::cmp::Ordering::Greater => Trend::Up,
            std::cmp::Ordering::Less => Trend::Down,
            std::cmp::Ordering::Equal => Trend::Same,
        }
    }

    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Up => "↑",
            Trend::Down => "↓",
            Trend::Same => "→",
        }
    }
}

/// Everything that differs between two sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diff {
    pub old: Header,
    pub new: Header,
    /// The day overdue actions are counted against.
    pub today: NaiveDate,
    pub stage: StageDiff,
    /// Strategy statements added, removed, reworded and moved to another quadrant,
    /// principle or side.
    pub statements: ItemsDiff,
    /// Only the synergies in which some rating changed.
    pub synergies: Vec<SynergyDiff>,
    /// How many of the five items are agreed.
    pub agreed_unified: Change<usize>,
    /// Only the items whose status changed.
    pub unified: Vec<UnifiedDiff>,
    pub initiatives: InitiativeDiff,
    /// Cells of initiatives present in both sessions whose letter changed.
    pub raci: Vec<RaciDiff>,
    pub decisions: ItemsDiff,
    pub actions: ActionDiff,
    pub parking: ItemsDiff,
    pub indicators: ItemsDiff,
    /// Steps left out because only one of the two agendas has them.
    pub not_compared: Vec<StepKind>,
    /// Steps left out because the newer session has not reached them yet.
    pub not_reached: Vec<StepKind>,
}

/// Which session this is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub title: String,
    pub organisation: String,
    pub starts_at: DateTime<FixedOffset>,
    /// When the file was last saved.
    pub saved: DateTime<FixedOffset>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageDiff {
    pub agreed: Change<Option<Stage>>,
    /// How many participants picked each stage, in stage order.
    pub picks: Change<[usize; 4]>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynergyDiff {
    pub kind: SynergyKind,
    /// The ratings that changed (of business today, business target, technology
    /// today, technology target, in that order).
    pub ratings: Vec<RatingDiff>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RatingDiff {
    pub side: Side,
    pub level: Level,
    pub value: Change<Option<u8>>,
}

impl RatingDiff {
    /// Up, down or level; `None` when one of the two sessions has no rating.
    pub fn trend(&self) -> Option<Trend> {
        Some(Trend::between(self.value.old?, self.value.new?))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnifiedDiff {
    pub kind: UnifiedKind,
    pub status: Change<AgreementStatus>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InitiativeDiff {
    pub added: Vec<InitiativeRef>,
    pub dropped: Vec<InitiativeRef>,
    pub renamed: Vec<Renamed>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InitiativeRef {
    pub id: u32,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renamed {
    pub id: u32,
    pub title: Change<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaciDiff {
    pub initiative: InitiativeRef,
    pub role: u32,
    /// The role's name as the newer session has it (or the older, if it is gone).
    pub role_name: Text,
    pub cell: Change<Option<Raci>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionDiff {
    /// Open in the older session, done or dropped in the newer.
    pub closed: Vec<ActionRef>,
    /// Only in the newer session.
    pub new: Vec<ActionRef>,
    /// Unfinished in the newer session and due before `today`, but for the new ones:
    /// each is listed once, and a new one's due date says that it is late.
    pub overdue: Vec<ActionRef>,
    /// In the older session but no longer in the newer one (of those a carry-over
    /// keeps).
    pub removed: Vec<ActionRef>,
    /// In both sessions, with another text, owner, due date or status (but for
    /// closing, which `closed` says).
    pub edited: Vec<Edited>,
}

/// An action as one of the sessions has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRef {
    pub id: u32,
    pub text: String,
    /// The owner's name.
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
}

impl Diff {
    /// Whether nothing the diff looks at changed (overdue actions still count).
    pub fn is_empty(&self) -> bool {
        !self.stage.agreed.changed()
            && !self.stage.picks.changed()
            && self.statements.is_empty()
            && self.synergies.is_empty()
            && self.unified.is_empty()
            && self.initiatives == InitiativeDiff::default()
            && self.raci.is_empty()
            && self.decisions.is_empty()
            && self.actions == ActionDiff::default()
            && self.parking.is_empty()
            && self.indicators.is_empty()
    }

    /// Whether the header says when each file was saved: when both sessions started
    /// at the same minute (two saves of one session), so that their start times
    /// alone cannot tell the older from the newer.
    pub fn shows_saved(&self) -> bool {
        self.old.starts_at == self.new.starts_at && self.old.saved != self.new.saved
    }

    /// Whether the two sessions name the same centre (ignoring spaces around it).
    pub fn same_centre(&self) -> bool {
        self.old.organisation.trim() == self.new.organisation.trim()
    }
}

/// What changed from `old` to `new`; actions are overdue when due before `today`.
pub fn diff(old: &Session, new: &Session, today: NaiveDate) -> Diff {
    let not_compared: Vec<StepKind> = COMPARED_STEPS
        .into_iter()
        .filter(|kind| old.has_step(*kind) != new.has_step(*kind))
        .collect();
    let not_reached: Vec<StepKind> = COMPARED_STEPS
        .into_iter()
        .filter(|kind| !not_compared.contains(kind))
        .filter(|kind| reached::recorded_in(old, *kind) && !reached::reached(new, *kind))
        .collect();
    let compared = |kind| !not_compared.contains(&kind) && !not_reached.contains(&kind);
    // A step left out reads as unchanged: the newer session's side is the older's.
    let later = |kind| if compared(kind) { new } else { old };
    let diagnosis = &later(StepKind::Diagnose).diagnosis;
    Diff {
        old: header(old),
        new: header(new),
        today,
        stage: StageDiff {
            agreed: Change {
                old: old.diagnosis.agreed,
                new: diagnosis.agreed,
            },
            picks: Change {
                old: old.diagnosis.tally(),
                new: diagnosis.tally(),
            },
        },
        statements: items::statements(old, later(StepKind::Strategy)),
        synergies: synergies(old, later(StepKind::FourSynergies)),
        agreed_unified: Change {
            old: agreed_count(old),
            new: agreed_count(later(StepKind::FiveUnified)),
        },
        unified: unified(old, later(StepKind::FiveUnified)),
        initiatives: initiatives(old, new),
        raci: if compared(StepKind::RoleMapping) {
            raci(old, new)
        } else {
            Vec::new()
        },
        decisions: items::decisions(old, new),
        actions: actions(old, new, today),
        parking: items::parking(old, new),
        indicators: items::indicators(old, new),
        not_compared,
        not_reached,
    }
}

fn header(session: &Session) -> Header {
    Header {
        title: session.setup.title.clone(),
        organisation: session.setup.organisation.clone(),
        starts_at: session.setup.starts_at,
        saved: session.updated,
    }
}

/// How many of the five unified items a session has agreed.
pub fn agreed_count(session: &Session) -> usize {
    session
        .unified
        .iter()
        .filter(|item| item.status == AgreementStatus::Agreed)
        .count()
}

fn synergies(old: &Session, new: &Session) -> Vec<SynergyDiff> {
    let cells = [
        (Side::Business, Level::Today),
        (Side::Business, Level::Target),
        (Side::Technology, Level::Today),
        (Side::Technology, Level::Target),
    ];
    let rating = |session: &Session, kind: SynergyKind, side: Side, level: Level| {
        let synergy = session.synergies.iter().find(|s| s.kind == kind)?;
        let view = synergy.view(side, &session.setup.participants);
        match level {
            Level::Today => view.today,
            Level::Target => view.target,
        }
    };
    SynergyKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let ratings: Vec<RatingDiff> = cells
                .into_iter()
                .map(|(side, level)| RatingDiff {
                    side,
                    level,
                    value: Change {
                        old: rating(old, kind, side, level),
                        new: rating(new, kind, side, level),
                    },
                })
                .filter(|rating| rating.value.changed())
                .collect();
            (!ratings.is_empty()).then_some(SynergyDiff { kind, ratings })
        })
        .collect()
}

fn unified(old: &Session, new: &Session) -> Vec<UnifiedDiff> {
    let status = |session: &Session, kind: UnifiedKind| {
        session
            .unified
            .iter()
            .find(|item| item.kind == kind)
            .map_or(AgreementStatus::Open, |item| item.status)
    };
    UnifiedKind::ALL
        .into_iter()
        .map(|kind| UnifiedDiff {
            kind,
            status: Change {
                old: status(old, kind),
                new: status(new, kind),
            },
        })
        .filter(|item| item.status.changed())
        .collect()
}

fn initiatives(old: &Session, new: &Session) -> InitiativeDiff {
    let as_ref = |id: u32, title: &str| InitiativeRef {
        id,
        title: title.to_string(),
    };
    let mut out = InitiativeDiff::default();
    for initiative in &new.initiatives {
        match old.initiative(initiative.id) {
            None => out.added.push(as_ref(initiative.id, &initiative.title)),
            Some(before) if before.title != initiative.title => out.renamed.push(Renamed {
                id: initiative.id,
                title: Change {
                    old: before.title.clone(),
                    new: initiative.title.clone(),
                },
            }),
            Some(_) => {}
        }
    }
    out.dropped = old
        .initiatives
        .iter()
        .filter(|initiative| new.initiative(initiative.id).is_none())
        .map(|initiative| as_ref(initiative.id, &initiative.title))
        .collect();
    out
}

fn raci(old: &Session, new: &Session) -> Vec<RaciDiff> {
    let mut out = Vec::new();
    for initiative in &new.initiatives {
        if old.initiative(initiative.id).is_none() {
            continue;
        }
        let empty = BTreeMap::new();
        let before = old.raci.cells.get(&initiative.id).unwrap_or(&empty);
        let after = new.raci.cells.get(&initiative.id).unwrap_or(&empty);
        let roles: BTreeSet<u32> = before.keys().chain(after.keys()).copied().collect();
        for role in roles {
            let cell = Change {
                old: before.get(&role).copied(),
                new: after.get(&role).copied(),
            };
            if !cell.changed() {
                continue;
            }
            let role_name = new
                .role(role)
                .or_else(|| old.role(role))
                .map_or_else(|| Text::new(&format!("#{role}"), ""), |r| r.name.clone());
            out.push(RaciDiff {
                initiative: InitiativeRef {
                    id: initiative.id,
                    title: initiative.title.clone(),
                },
                role,
                role_name,
                cell,
            });
        }
    }
    out
}

fn action_ref(session: &Session, action: &ActionItem) -> ActionRef {
    ActionRef {
        id: action.id,
        text: action.text.clone(),
        owner: action
            .owner
            .and_then(|id| session.participant(id))
            .map(|person| person.name.clone()),
        due: action.due,
        status: action.status,
    }
}

fn actions(old: &Session, new: &Session, today: NaiveDate) -> ActionDiff {
    let (before, after) = (&old.wrap_up.actions, &new.wrap_up.actions);
    let (pairing, edited) = items::actions(old, new);
    let mut out = ActionDiff {
        edited,
        ..ActionDiff::default()
    };
    for &(i, j) in &pairing.pairs {
        let (was, action) = (&before[i], &after[j]);
        if !was.status.is_finished() && action.status.is_finished() {
            out.closed.push(action_ref(new, action));
        } else if action.is_overdue(today) {
            out.overdue.push(action_ref(new, action));
        }
    }
    out.new = (pairing.only_new.iter())
        .map(|&j| action_ref(new, &after[j]))
        .collect();
    // A carry-over leaves finished actions behind: they were not removed.
    let same = items::same_session(old, new);
    out.removed = (pairing.only_old.iter())
        .map(|&i| &before[i])
        .filter(|action| same || !action.status.is_finished())
        .map(|action| action_ref(old, action))
        .collect();
    out
}
