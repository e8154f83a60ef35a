//! The checks a RACI matrix must pass: every initiative has exactly one Accountable
//! and at least one Responsible (errors), and warnings for roles nobody holds, people
//! accountable for too much, and roles that are only ever consulted or informed.

use std::collections::BTreeMap;

use super::Session;
use super::raci::Raci;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Check {
    NoAccountable {
        initiative: u32,
    },
    ManyAccountable {
        initiative: u32,
        count: usize,
    },
    NoResponsible {
        initiative: u32,
    },
    RoleUnheld {
        role: u32,
    },
    Overloaded {
        person: u32,
        count: usize,
        limit: u8,
    },
    OnlyConsulted {
        role: u32,
    },
}

impl Check {
    pub fn is_error(self) -> bool {
        matches!(
            self,
            Check::NoAccountable { .. }
                | Check::ManyAccountable { .. }
                | Check::NoResponsible { .. }
        )
    }

    pub fn initiative(self) -> Option<u32> {
        match self {
            Check::NoAccountable { initiative }
            | Check::ManyAccountable { initiative, .. }
            | Check::NoResponsible { initiative } => Some(initiative),
            _ => None,
        }
    }

    pub fn role(self) -> Option<u32> {
        match self {
            Check::RoleUnheld { role } | Check::OnlyConsulted { role } => Some(role),
            _ => None,
        }
    }
}

/// Every finding, errors first, in initiative and role order. Each row of the
/// matrix is read once: the closing screen runs this on every frame.
pub fn checks(session: &Session) -> Vec<Check> {
    let mapping = &session.raci;
    let mut role_ids: Vec<u32> = session.roles.iter().map(|role| role.id).collect();
    role_ids.sort_unstable();
    let mut letters_of_role: BTreeMap<u32, Vec<Raci>> = BTreeMap::new();
    let mut accountable_in: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    let mut out = Vec::new();
    for (index, initiative) in session.initiatives.iter().enumerate() {
        let row = mapping.cells.get(&initiative.id);
        let (mut accountable, mut responsible) = (0, false);
        for (&role, &letter) in row.into_iter().flatten() {
            if letter == Raci::A {
                accountable_in.entry(role).or_default().push(index);
            }
            if role_ids.binary_search(&role).is_err() {
                continue;
            }
            letters_of_role.entry(role).or_default().push(letter);
            accountable += usize::from(letter == Raci::A);
            responsible |= letter == Raci::R;
        }
        match accountable {
            0 => out.push(Check::NoAccountable {
                initiative: initiative.id,
            }),
            1 => {}
            count => out.push(Check::ManyAccountable {
                initiative: initiative.id,
                count,
            }),
        }
        if !responsible {
            out.push(Check::NoResponsible {
                initiative: initiative.id,
            });
        }
    }
    for role in &session.roles {
        let Some(letters) = letters_of_role.get(&role.id) else {
            continue;
        };
        if mapping.holders_of(role.id).is_empty() {
            out.push(Check::RoleUnheld { role: role.id });
        }
        if letters.iter().all(|l| matches!(l, Raci::C | Raci::I)) {
            out.push(Check::OnlyConsulted { role: role.id });
        }
    }
    let limit = mapping.accountable_limit;
    for person in &session.setup.participants {
        let mut initiatives: Vec<usize> = mapping
            .roles_of(person.id)
            .iter()
            .filter_map(|role| accountable_in.get(role))
            .flatten()
            .copied()
            .collect();
        initiatives.sort_unstable();
        initiatives.dedup();
        let count = initiatives.len();
        if count > usize::from(limit) {
            out.push(Check::Overloaded {
                person: person.id,
                count,
                limit,
            });
        }
    }
    out.sort_by_key(|check| !check.is_error());
    out
}

/// Ready when there is something to map and no error remains.
pub fn is_ready(session: &Session) -> bool {
    !session.initiatives.is_empty() && checks(session).iter().all(|check| !check.is_error())
}

/// For the "who does what" view: the initiatives a person is R or A for through
/// the roles they hold.
pub fn duties(session: &Session, person: u32) -> Vec<(u32, Raci)> {
    let roles = session.raci.roles_of(person);
    session
        .initiatives
        .iter()
        .filter_map(|initiative| {
            let letters: Vec<Raci> = roles
                .iter()
                .filter_map(|role| session.raci.cell(initiative.id, *role))
                .collect();
            if letters.contains(&Raci::A) {
                Some((initiative.id, Raci::A))
            } else if letters.contains(&Raci::R) {
                Some((initiative.id, Raci::R))
            } else {
                None
            }
        })
        .collect()
}
