//! The four synergies (四协同) step's content: how well each synergy works today and
//! where it should be, rated by the business side and the technology side (and by
//! individual participants when the room wants that), and the mechanisms chosen to
//! close the gaps.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Participant, Side};
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Synergy {
    pub kind: SynergyKind,
    pub business: Rating,
    pub technology: Rating,
    /// Individual ratings by participant id; they count for their side when the side
    /// itself has no rating.
    pub people: BTreeMap<u32, Rating>,
    pub mechanisms: Vec<Mechanism>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SynergyKind {
    Strategic,
    Management,
    Implementation,
    Line,
}

impl SynergyKind {
    pub const ALL: [SynergyKind; 4] = [
        SynergyKind::Strategic,
        SynergyKind::Management,
        SynergyKind::Implementation,
        SynergyKind::Line,
    ];

    pub fn name(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            SynergyKind::Strategic => content.synergy_strategic,
            SynergyKind::Management => content.synergy_management,
            SynergyKind::Implementation => content.synergy_implementation,
            SynergyKind::Line => content.synergy_line,
        }
    }

    /// A short name for tables.
    pub fn short(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            SynergyKind::Strategic => content.synergy_strategic_short,
            SynergyKind::Management => content.synergy_management_short,
            SynergyKind::Implementation => content.synergy_implementation_short,
            SynergyKind::Line => content.synergy_line_short,
        }
    }

    pub fn explanation(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            SynergyKind::Strategic => content.synergy_strategic_about,
            SynergyKind::Management => content.synergy_management_about,
            SynergyKind::Implementation => content.synergy_implementation_about,
            SynergyKind::Line => content.synergy_line_about,
        }
    }

    /// What a 1, a 3 and a 5 look like for this synergy.
    pub fn anchors(self, lang: Lang) -> [&'static str; 3] {
        let content = lang.content();
        match self {
            SynergyKind::Strategic => [
                content.strategic_1,
                content.strategic_3,
                content.strategic_5,
            ],
            SynergyKind::Management => [
                content.management_1,
                content.management_3,
                content.management_5,
            ],
            SynergyKind::Implementation => [
                content.implementation_1,
                content.implementation_3,
                content.implementation_5,
            ],
            SynergyKind::Line => [content.line_1, content.line_3, content.line_5],
        }
    }
}

/// Today's level and the target, each 1 to 5 once rated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub today: Option<u8>,
    pub target: Option<u8>,
}

/// Which of the two numbers of a rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Today,
    Target,
}

impl Rating {
    pub fn get(&self, level: Level) -> Option<u8> {
        match level {
            Level::Today => self.today,
            Level::Target => self.target,
        }
    }

    pub fn set(&mut self, level: Level, value: Option<u8>) {
        match level {
            Level::Today => self.today = value,
            Level::Target => self.target = value,
        }
    }
}

/// A side's view of a synergy: its own rating, or else the rounded mean of its
/// participants' ratings, and how many people that mean comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SideView {
    pub today: Option<u8>,
    pub target: Option<u8>,
    pub from_people: usize,
}

/// Business and technology differ by this much or more: a friction to talk about.
pub const GAP: u8 = 2;

impl Synergy {
    pub fn fresh(kind: SynergyKind) -> Synergy {
        Synergy {
            kind,
            business: Rating::default(),
            technology: Rating::default(),
            people: BTreeMap::new(),
            mechanisms: Vec::new(),
        }
    }

    pub fn side_rating(&self, side: Side) -> &Rating {
        if side == Side::Technology {
            &self.technology
        } else {
            &self.business
        }
    }

    pub fn view(&self, side: Side, participants: &[Participant]) -> SideView {
        let own = self.side_rating(side);
        let ratings: Vec<&Rating> = participants
            .iter()
            .filter(|person| person.side == side)
            .filter_map(|person| self.people.get(&person.id))
            .collect();
        let mean = |level: Level| {
            let values: Vec<u32> = ratings
                .iter()
                .filter_map(|r| r.get(level))
                .map(u32::from)
                .collect();
            (!values.is_empty()).then(|| {
                let total: u32 = values.iter().sum();
                ((total * 2 + values.len() as u32) / (values.len() as u32 * 2)) as u8
            })
        };
        SideView {
            today: own.today.or_else(|| mean(Level::Today)),
            target: own.target.or_else(|| mean(Level::Target)),
            from_people: ratings.len(),
        }
    }

    /// The difference between business and technology today, when both have rated.
    pub fn gap(&self, participants: &[Participant]) -> Option<u8> {
        let business = self.view(Side::Business, participants).today?;
        let technology = self.view(Side::Technology, participants).today?;
        Some(business.abs_diff(technology))
    }

    pub fn has_friction(&self, participants: &[Participant]) -> bool {
        self.gap(participants).is_some_and(|gap| gap >= GAP)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mechanism {
    pub id: u32,
    pub kind: MechanismKind,
    pub text: String,
    /// The initiative that carries it out, by id.
    pub initiative: Option<u32>,
}

/// Mechanisms the method proposes for closing a gap, and the room's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MechanismKind {
    JointTeams,
    ArchitectureMethod,
    SolutionExperts,
    UnifiedIncentives,
    SharedLanguage,
    MeasuredIndicators,
    SmallExperiments,
    Own,
}

impl MechanismKind {
    pub const PROPOSED: [MechanismKind; 7] = [
        MechanismKind::JointTeams,
        MechanismKind::ArchitectureMethod,
        MechanismKind::SolutionExperts,
        MechanismKind::UnifiedIncentives,
        MechanismKind::SharedLanguage,
        MechanismKind::MeasuredIndicators,
        MechanismKind::SmallExperiments,
    ];

    pub fn name(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            MechanismKind::JointTeams => content.mechanism_joint_teams,
            MechanismKind::ArchitectureMethod => content.mechanism_architecture,
            MechanismKind::SolutionExperts => content.mechanism_experts,
            MechanismKind::UnifiedIncentives => content.mechanism_incentives,
            MechanismKind::SharedLanguage => content.mechanism_language,
            MechanismKind::MeasuredIndicators => content.mechanism_indicators,
            MechanismKind::SmallExperiments => content.mechanism_experiments,
            MechanismKind::Own => content.mechanism_own,
        }
    }
}

pub fn fresh_synergies() -> Vec<Synergy> {
    SynergyKind::ALL.into_iter().map(Synergy::fresh).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: u32, side: Side) -> Participant {
        Participant {
            id,
            name: format!("p{id}"),
            department: String::new(),
            side,
        }
    }

    #[test]
    fn a_side_without_its_own_rating_takes_its_peoples_mean() {
        let people = [
            person(1, Side::Business),
            person(2, Side::Business),
            person(3, Side::Technology),
        ];
        let mut synergy = Synergy::fresh(SynergyKind::Line);
        synergy.people.insert(
            1,
            Rating {
                today: Some(2),
                target: Some(5),
            },
        );
        synergy.people.insert(
            2,
            Rating {
                today: Some(3),
                target: None,
            },
        );
        synergy.technology.today = Some(5);
        let business = synergy.view(Side::Business, &people);
        assert_eq!(
            (business.today, business.target, business.from_people),
            (Some(3), Some(5), 2)
        );
        assert_eq!(synergy.gap(&people), Some(2));
        assert!(synergy.has_friction(&people));
        synergy.business.today = Some(4);
        assert_eq!(synergy.gap(&people), Some(1), "the side's own rating wins");
        assert!(!synergy.has_friction(&people));
    }
}
