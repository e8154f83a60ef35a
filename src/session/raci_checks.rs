//! The checks a RACI matrix must pass: every initiative has exactly one Accountable
//! and at least one Responsible (errors), and warnings for roles nobody holds, people
//! accountable for too much, and roles that are only ever consulted or informed.

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

/// Every finding, errors first, in initiative and role order.
pub fn checks(session: &Session) -> Vec<Check> {
    let mapping = &session.raci;
    let mut out = Vec::new();
    for initiative in &session.initiatives {
        let letters: Vec<Raci> = session
            .roles
            .iter()
            .filter_map(|role| mapping.cell(initiative.id, role.id))
            .collect();
        let accountable = letters.iter().filter(|l| **l == Raci::A).count();
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
        if !letters.contains(&Raci::R) {
            out.push(Check::NoResponsible {
                initiative: initiative.id,
            });
        }
    }
    for role in &session.roles {
        let letters: Vec<Raci> = session
            .initiatives
            .iter()
            .filter_map(|initiative| mapping.cell(initiative.id, role.id))
            .collect();
        if !letters.is_empty() && mapping.holders_of(role.id).is_empty() {
            out.push(Check::RoleUnheld { role: role.id });
        }
        if !letters.is_empty() && letters.iter().all(|l| matches!(l, Raci::C | Raci::I)) {
            out.push(Check::OnlyConsulted { role: role.id });
        }
    }
    let limit = mapping.accountable_limit;
    for person in &session.setup.participants {
        let roles = mapping.roles_of(person.id);
        let count = session
            .initiatives
            .iter()
            .filter(|initiative| {
                roles
                    .iter()
                    .any(|role| mapping.cell(initiative.id, *role) == Some(Raci::A))
            })
            .count();
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
