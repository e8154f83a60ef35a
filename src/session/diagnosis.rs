//! The Diagnose step's content: which development stage the centre is in, as each
//! participant sees it and as the room agreed, and which frictions between business
//! and technology are present.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diagnosis {
    /// Each participant's pick, by participant id.
    pub votes: BTreeMap<u32, Stage>,
    /// The stage the facilitator fixed after the room's discussion.
    pub agreed: Option<Stage>,
    /// The frictions the room has discussed, and what it concluded.
    pub frictions: BTreeMap<Friction, Presence>,
}

/// The four stages a customer service centre goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Stage {
    BuildOut,
    SteadyOperation,
    EarlyDigitalisation,
    Transformation,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::BuildOut,
        Stage::SteadyOperation,
        Stage::EarlyDigitalisation,
        Stage::Transformation,
    ];

    /// 1 to 4, as the room counts them.
    pub fn number(self) -> usize {
        Stage::ALL
            .iter()
            .position(|stage| *stage == self)
            .unwrap_or(0)
            + 1
    }

    pub fn name(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Stage::BuildOut => content.stage_1,
            Stage::SteadyOperation => content.stage_2,
            Stage::EarlyDigitalisation => content.stage_3,
            Stage::Transformation => content.stage_4,
        }
    }

    pub fn explanation(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Stage::BuildOut => content.stage_1_about,
            Stage::SteadyOperation => content.stage_2_about,
            Stage::EarlyDigitalisation => content.stage_3_about,
            Stage::Transformation => content.stage_4_about,
        }
    }
}

/// A friction between business and technology: the four every centre knows, then
/// those typical of one stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Friction {
    SiloThinking,
    NoWholePlanning,
    TechAsSupport,
    FearOfChange,
    DifferentThinking,
    HardenedRoles,
    CoordinationGap,
    SystemConflicts,
    TalentGap,
    OldNewClash,
    WeakCoreCompetence,
}

impl Friction {
    pub const ALL: [Friction; 11] = [
        Friction::SiloThinking,
        Friction::NoWholePlanning,
        Friction::TechAsSupport,
        Friction::FearOfChange,
        Friction::DifferentThinking,
        Friction::HardenedRoles,
        Friction::CoordinationGap,
        Friction::SystemConflicts,
        Friction::TalentGap,
        Friction::OldNewClash,
        Friction::WeakCoreCompetence,
    ];

    /// The stage where this friction typically shows, or `None` for the general ones.
    pub fn stage(self) -> Option<Stage> {
        match self {
            Friction::SiloThinking
            | Friction::NoWholePlanning
            | Friction::TechAsSupport
            | Friction::FearOfChange => None,
            Friction::DifferentThinking => Some(Stage::BuildOut),
            Friction::HardenedRoles | Friction::CoordinationGap => Some(Stage::SteadyOperation),
            Friction::SystemConflicts | Friction::TalentGap => Some(Stage::EarlyDigitalisation),
            Friction::OldNewClash | Friction::WeakCoreCompetence => Some(Stage::Transformation),
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Friction::SiloThinking => content.friction_silo,
            Friction::NoWholePlanning => content.friction_no_planning,
            Friction::TechAsSupport => content.friction_tech_support,
            Friction::FearOfChange => content.friction_fear,
            Friction::DifferentThinking => content.friction_thinking,
            Friction::HardenedRoles => content.friction_roles,
            Friction::CoordinationGap => content.friction_coordination,
            Friction::SystemConflicts => content.friction_systems,
            Friction::TalentGap => content.friction_talent,
            Friction::OldNewClash => content.friction_old_new,
            Friction::WeakCoreCompetence => content.friction_core,
        }
    }
}

/// What the room concluded about a friction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Presence {
    Present,
    Absent,
    Unsure,
}

impl Presence {
    pub fn label(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Presence::Present => content.presence_present,
            Presence::Absent => content.presence_absent,
            Presence::Unsure => content.presence_unsure,
        }
    }
}

impl Diagnosis {
    /// How many participants picked each stage, in stage order.
    pub fn tally(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for stage in self.votes.values() {
            counts[stage.number() - 1] += 1;
        }
        counts
    }

    /// Whether the picks spread over more than one stage.
    pub fn is_split(&self) -> bool {
        self.tally().iter().filter(|count| **count > 0).count() > 1
    }
}
