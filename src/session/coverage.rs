//! What the strategy statements cover, and what is still silent: the counts behind
//! the coverage panel, and the plain warnings the room reads from it.

use super::strategy::{Principle, Quadrant};
use super::{Session, Side};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub total: usize,
    pub by_quadrant: [usize; 4],
    pub by_principle: [usize; 6],
    pub by_side: [usize; 5],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    NoStatements,
    EmptyQuadrant(Quadrant),
    SilentPrinciple(Principle),
    /// Participants of this side are in the room (or it is business or technology,
    /// who must both speak) but none of the statements is theirs.
    SilentSide(Side),
    /// One side made more than 60 % of at least five statements.
    Dominant {
        side: Side,
        percent: usize,
    },
}

/// A side dominates when it made more than this share of the statements.
const DOMINANT_PERCENT: usize = 60;
const DOMINANT_MINIMUM: usize = 5;

pub fn side_index(side: Side) -> usize {
    Side::ALL.iter().position(|s| *s == side).unwrap_or(0)
}

impl Coverage {
    pub fn of(session: &Session) -> Coverage {
        let mut coverage = Coverage::default();
        for statement in &session.strategy.statements {
            coverage.total += 1;
            coverage.by_quadrant[statement.quadrant.index()] += 1;
            coverage.by_principle[statement.principle.index()] += 1;
            coverage.by_side[side_index(statement.side)] += 1;
        }
        coverage
    }
}

/// The warnings for the room, most important first.
pub fn warnings(session: &Session) -> Vec<Warning> {
    let coverage = Coverage::of(session);
    if coverage.total == 0 {
        return vec![Warning::NoStatements];
    }
    let mut out: Vec<Warning> = Quadrant::ALL
        .into_iter()
        .filter(|q| coverage.by_quadrant[q.index()] == 0)
        .map(Warning::EmptyQuadrant)
        .collect();
    let present: Vec<Side> = session.setup.participants.iter().map(|p| p.side).collect();
    for side in Side::ALL {
        let expected = present.contains(&side) || matches!(side, Side::Business | Side::Technology);
        if expected && coverage.by_side[side_index(side)] == 0 {
            out.push(Warning::SilentSide(side));
        }
    }
    if coverage.total >= DOMINANT_MINIMUM
        && let Some(side) = Side::ALL.into_iter().find(|side| {
            coverage.by_side[side_index(*side)] * 100 > coverage.total * DOMINANT_PERCENT
        })
    {
        let percent = coverage.by_side[side_index(side)] * 100 / coverage.total;
        out.push(Warning::Dominant { side, percent });
    }
    out.extend(
        Principle::ALL
            .into_iter()
            .filter(|p| coverage.by_principle[p.index()] == 0)
            .map(Warning::SilentPrinciple),
    );
    out
}
