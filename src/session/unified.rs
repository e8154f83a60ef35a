//! The five unified (五统一) step's content: for each of the five items what the two
//! sides agreed, how far the agreement goes, and who owns it; the initiatives that
//! item ⑤ breaks the strategy into; and the dot vote on those initiatives.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnifiedItem {
    pub kind: UnifiedKind,
    pub status: AgreementStatus,
    pub owner: Option<Owner>,
    pub agreements: Vec<Agreement>,
    pub notes: String,
}

/// The five things business and technology unify, in their fixed order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum UnifiedKind {
    Guidance,
    Understanding,
    Plan,
    TopLevelDesign,
    Breakdown,
}

impl UnifiedKind {
    pub const ALL: [UnifiedKind; 5] = [
        UnifiedKind::Guidance,
        UnifiedKind::Understanding,
        UnifiedKind::Plan,
        UnifiedKind::TopLevelDesign,
        UnifiedKind::Breakdown,
    ];

    /// ① to ⑤.
    pub fn circled(self) -> &'static str {
        ["①", "②", "③", "④", "⑤"][self as usize]
    }

    pub fn name(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            UnifiedKind::Guidance => content.unified_1,
            UnifiedKind::Understanding => content.unified_2,
            UnifiedKind::Plan => content.unified_3,
            UnifiedKind::TopLevelDesign => content.unified_4,
            UnifiedKind::Breakdown => content.unified_5,
        }
    }

    pub fn explanation(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            UnifiedKind::Guidance => content.unified_1_about,
            UnifiedKind::Understanding => content.unified_2_about,
            UnifiedKind::Plan => content.unified_3_about,
            UnifiedKind::TopLevelDesign => content.unified_4_about,
            UnifiedKind::Breakdown => content.unified_5_about,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgreementStatus {
    Agreed,
    Partly,
    Open,
    Disputed,
}

impl AgreementStatus {
    pub const ALL: [AgreementStatus; 4] = [
        AgreementStatus::Agreed,
        AgreementStatus::Partly,
        AgreementStatus::Open,
        AgreementStatus::Disputed,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            AgreementStatus::Agreed => content.status_agreed,
            AgreementStatus::Partly => content.status_partly,
            AgreementStatus::Open => content.status_open,
            AgreementStatus::Disputed => content.status_disputed,
        }
    }
}

/// Who owns an item: a participant or a role, by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Owner {
    Participant(u32),
    Role(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub id: u32,
    pub text: String,
}

/// A concrete piece of work that item ⑤ breaks the strategy into. Later steps refer
/// to initiatives by id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    pub id: u32,
    pub title: String,
    pub description: String,
    /// Ids of the strategy statements it serves.
    pub serves: Vec<u32>,
    pub priority: Priority,
    /// Target quarter, written `2026-Q2`.
    pub quarter: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

    pub fn label(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Priority::High => content.priority_high,
            Priority::Medium => content.priority_medium,
            Priority::Low => content.priority_low,
        }
    }
}

/// Dot voting on initiatives, recorded per participant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DotVoting {
    pub dots_per_person: u8,
    /// Most dots one person may put on one initiative.
    pub cap_per_initiative: u8,
    /// Totals stay hidden until the facilitator reveals them.
    pub hidden: bool,
    /// Participant id → initiative id → dots.
    pub dots: BTreeMap<u32, BTreeMap<u32, u8>>,
}

pub const MAX_DOTS: u8 = 12;

impl Default for DotVoting {
    fn default() -> DotVoting {
        DotVoting {
            dots_per_person: 3,
            cap_per_initiative: 3,
            hidden: true,
            dots: BTreeMap::new(),
        }
    }
}

impl DotVoting {
    pub fn used_by(&self, person: u32) -> u8 {
        self.dots.get(&person).map_or(0, |dots| dots.values().sum())
    }

    pub fn given(&self, person: u32, initiative: u32) -> u8 {
        self.dots
            .get(&person)
            .and_then(|dots| dots.get(&initiative))
            .copied()
            .unwrap_or(0)
    }

    pub fn total(&self, initiative: u32) -> u32 {
        self.dots
            .values()
            .map(|dots| u32::from(dots.get(&initiative).copied().unwrap_or(0)))
            .sum()
    }

    /// Whether `person` may put one more dot on `initiative`.
    pub fn can_add(&self, person: u32, initiative: u32) -> bool {
        self.used_by(person) < self.dots_per_person
            && self.given(person, initiative) < self.cap_per_initiative
    }

    pub fn add(&mut self, person: u32, initiative: u32) {
        *self
            .dots
            .entry(person)
            .or_default()
            .entry(initiative)
            .or_default() += 1;
    }

    pub fn remove(&mut self, person: u32, initiative: u32) {
        if let Some(dots) = self.dots.get_mut(&person) {
            if let Some(count) = dots.get_mut(&initiative) {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    dots.remove(&initiative);
                }
            }
            if dots.is_empty() {
                self.dots.remove(&person);
            }
        }
    }

    /// Forgets an initiative or a participant everywhere.
    pub fn forget_initiative(&mut self, initiative: u32) {
        for dots in self.dots.values_mut() {
            dots.remove(&initiative);
        }
        self.dots.retain(|_, dots| !dots.is_empty());
    }
}

/// The five items as a new session has them.
pub fn fresh_items() -> Vec<UnifiedItem> {
    UnifiedKind::ALL
        .into_iter()
        .map(|kind| UnifiedItem {
            kind,
            status: AgreementStatus::Open,
            owner: None,
            agreements: Vec::new(),
            notes: String::new(),
        })
        .collect()
}

/// Reads a target quarter as people write it: `2026-Q2`, `2026 Q2`, `Q2 2026`,
/// `26Q2`, `2026年第2季度`. Returns the canonical `2026-Q2`.
pub fn parse_quarter(text: &str) -> Option<String> {
    let text = text.trim().to_uppercase();
    let digits: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .filter_map(|part| part.parse().ok())
        .collect();
    let chinese_quarter = ["一", "二", "三", "四"]
        .iter()
        .position(|numeral| text.contains(&format!("第{numeral}季")))
        .map(|index| index as u32 + 1);
    let (year, quarter) = match (digits.as_slice(), chinese_quarter) {
        ([year], Some(quarter)) => (*year, quarter),
        ([year, quarter], _) if text.contains('Q') || text.contains('季') => {
            let q_first = text.find('Q').is_some_and(|q| {
                text.find(|c: char| c.is_ascii_digit())
                    .is_some_and(|d| q < d)
            });
            if q_first {
                (*quarter, *year)
            } else {
                (*year, *quarter)
            }
        }
        _ => return None,
    };
    let year = if year < 100 { 2000 + year } else { year };
    ((1..=4).contains(&quarter) && (2000..=2100).contains(&year))
        .then(|| format!("{year}-Q{quarter}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_are_read_in_the_forms_people_write() {
        for (typed, expected) in [
            ("2026-Q2", Some("2026-Q2")),
            ("2026 q3", Some("2026-Q3")),
            ("Q1 2027", Some("2027-Q1")),
            ("26Q4", Some("2026-Q4")),
            ("2026年第2季度", Some("2026-Q2")),
            ("2026年第三季度", Some("2026-Q3")),
            ("2026-Q5", None),
            ("soon", None),
            ("", None),
        ] {
            assert_eq!(parse_quarter(typed).as_deref(), expected, "{typed}");
        }
    }

    #[test]
    fn a_person_cannot_spend_more_dots_than_allowed() {
        let mut voting = DotVoting {
            dots_per_person: 3,
            cap_per_initiative: 2,
            ..DotVoting::default()
        };
        voting.add(1, 10);
        voting.add(1, 10);
        assert!(!voting.can_add(1, 10), "capped per initiative");
        assert!(voting.can_add(1, 11));
        voting.add(1, 11);
        assert!(!voting.can_add(1, 12), "all dots spent");
        assert_eq!(voting.total(10), 2);
        voting.remove(1, 10);
        voting.remove(1, 10);
        voting.remove(1, 10);
        assert_eq!(voting.given(1, 10), 0);
        voting.forget_initiative(11);
        assert!(voting.dots.is_empty());
    }
}
