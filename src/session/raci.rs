//! The role mapping step's content: who holds which role, who is fluent in both
//! business and technology, and the RACI matrix of initiatives × roles. The checks
//! that make the matrix trustworthy live in `raci_checks`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleMapping {
    /// Role id → the participants who hold it.
    pub holders: BTreeMap<u32, Vec<u32>>,
    /// Participants fluent in both business and technology (业技复合型人才).
    pub fluent: Vec<u32>,
    /// Initiative id → role id → its letter.
    pub cells: BTreeMap<u32, BTreeMap<u32, Raci>>,
    /// A person accountable for more initiatives than this is flagged.
    pub accountable_limit: u8,
}

pub const DEFAULT_ACCOUNTABLE_LIMIT: u8 = 5;

impl Default for RoleMapping {
    fn default() -> RoleMapping {
        RoleMapping {
            holders: BTreeMap::new(),
            fluent: Vec::new(),
            cells: BTreeMap::new(),
            accountable_limit: DEFAULT_ACCOUNTABLE_LIMIT,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Raci {
    R,
    A,
    C,
    I,
}

impl Raci {
    pub const ALL: [Raci; 4] = [Raci::R, Raci::A, Raci::C, Raci::I];

    pub fn letter(self) -> &'static str {
        match self {
            Raci::R => "R",
            Raci::A => "A",
            Raci::C => "C",
            Raci::I => "I",
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Raci::R => content.raci_r,
            Raci::A => content.raci_a,
            Raci::C => content.raci_c,
            Raci::I => content.raci_i,
        }
    }

    /// Space goes empty → R → A → C → I → empty.
    pub fn cycle(current: Option<Raci>) -> Option<Raci> {
        match current {
            None => Some(Raci::R),
            Some(Raci::R) => Some(Raci::A),
            Some(Raci::A) => Some(Raci::C),
            Some(Raci::C) => Some(Raci::I),
            Some(Raci::I) => None,
        }
    }
}

impl RoleMapping {
    pub fn cell(&self, initiative: u32, role: u32) -> Option<Raci> {
        self.cells
            .get(&initiative)
            .and_then(|row| row.get(&role))
            .copied()
    }

    pub fn set(&mut self, initiative: u32, role: u32, value: Option<Raci>) {
        match value {
            Some(letter) => {
                self.cells
                    .entry(initiative)
                    .or_default()
                    .insert(role, letter);
            }
            None => {
                if let Some(row) = self.cells.get_mut(&initiative) {
                    row.remove(&role);
                    if row.is_empty() {
                        self.cells.remove(&initiative);
                    }
                }
            }
        }
    }

    pub fn holders_of(&self, role: u32) -> &[u32] {
        self.holders.get(&role).map_or(&[], Vec::as_slice)
    }

    pub fn roles_of(&self, person: u32) -> Vec<u32> {
        self.holders
            .iter()
            .filter(|(_, people)| people.contains(&person))
            .map(|(role, _)| *role)
            .collect()
    }

    pub fn toggle_holder(&mut self, role: u32, person: u32) {
        let people = self.holders.entry(role).or_default();
        if let Some(at) = people.iter().position(|p| *p == person) {
            people.remove(at);
        } else {
            people.push(person);
        }
        if people.is_empty() {
            self.holders.remove(&role);
        }
    }

    pub fn forget_initiative(&mut self, initiative: u32) {
        self.cells.remove(&initiative);
    }

    pub fn forget_role(&mut self, role: u32) {
        self.holders.remove(&role);
        for row in self.cells.values_mut() {
            row.remove(&role);
        }
        self.cells.retain(|_, row| !row.is_empty());
    }

    pub fn forget_participant(&mut self, person: u32) {
        for people in self.holders.values_mut() {
            people.retain(|p| *p != person);
        }
        self.holders.retain(|_, people| !people.is_empty());
        self.fluent.retain(|p| *p != person);
    }

    /// How many cells mention a role.
    pub fn cells_of_role(&self, role: u32) -> usize {
        self.cells
            .values()
            .filter(|row| row.contains_key(&role))
            .count()
    }
}
