//! Which item of the older session is which of the newer: the pairing behind the
//! diff's lists of statements, decisions, actions, parked items and indicators,
//! and what was added to, removed from or edited in each.
//!
//! An id names the same item in both sessions only where the newer session would
//! still hold the older item had nobody touched it: everywhere when both are saves
//! of one session (the same `created` time), and across a carry-over only for what
//! it carries (initiatives, unfinished actions). A follow-up's own decisions and
//! actions are numbered afresh and may reuse an older id for something else, so
//! elsewhere items are paired by their text: one whose text is in both sessions is
//! the same item, and one that no longer came along is not "removed". What else
//! changed in a pair (its owner, its quadrant …) `fields` says. Pure.

use super::diff::Change;
use super::fields::{self, Altered, Both, Field, Value};
use crate::session::Session;
use crate::session::shared::Shared;
use crate::session::strategy::Statement;
use crate::session::wrap_up::{ActionItem, Decision, Indicator, ParkedItem};

/// An item as one of the sessions has it: its id and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRef {
    pub id: u32,
    pub text: String,
}

/// One change to an item in both sessions: its text, or one of its properties.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edited {
    /// The newer session's id.
    pub id: u32,
    /// The item's text (an indicator's name) in the newer session.
    pub name: String,
    pub change: Edit,
}

/// The edits of `edited` item by item: each item's changes, in their order.
pub fn by_item(edited: &[Edited]) -> impl Iterator<Item = &[Edited]> {
    edited.chunk_by(|one, next| one.id == next.id)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Text(Change<String>),
    Field(Field, Change<Value>),
}

/// What changed in one list of items.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemsDiff {
    /// Only in the newer session.
    pub added: Vec<ItemRef>,
    /// In the older session, and would be in the newer one had it been kept.
    pub removed: Vec<ItemRef>,
    pub edited: Vec<Edited>,
}

impl ItemsDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.edited.is_empty()
    }
}

/// Positions of the same items in the older and newer lists, and the rest.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pairing {
    /// (older, newer), in the newer list's order.
    pub pairs: Vec<(usize, usize)>,
    pub only_new: Vec<usize>,
    pub only_old: Vec<usize>,
}

/// Pairs `old` with `new` items, each given as (id, text): first by id where
/// `by_id` says the older item's id still names it, then by equal text.
pub fn pair(old: &[(u32, &str)], new: &[(u32, &str)], by_id: impl Fn(usize) -> bool) -> Pairing {
    let mut partner: Vec<Option<usize>> = vec![None; new.len()];
    let mut taken = vec![false; old.len()];
    for (j, (id, _)) in new.iter().enumerate() {
        let found = (0..old.len()).find(|&i| !taken[i] && by_id(i) && old[i].0 == *id);
        if let Some(i) = found {
            taken[i] = true;
            partner[j] = Some(i);
        }
    }
    for (j, (_, text)) in new.iter().enumerate() {
        if partner[j].is_some() {
            continue;
        }
        let found = (0..old.len()).find(|&i| !taken[i] && old[i].1.trim() == text.trim());
        if let Some(i) = found {
            taken[i] = true;
            partner[j] = Some(i);
        }
    }
    let mut out = Pairing::default();
    for (j, i) in partner.into_iter().enumerate() {
        match i {
            Some(i) => out.pairs.push((i, j)),
            None => out.only_new.push(j),
        }
    }
    out.only_old = (0..old.len()).filter(|&i| !taken[i]).collect();
    out
}

/// Whether the two files are saves of one session, whose ids all stay put.
pub fn same_session(old: &Session, new: &Session) -> bool {
    old.created == new.created
}

/// Added, removed (of those `kept` says would have come along) and edited items;
/// `fields` says what else changed in a pair (by older and newer position).
fn items_diff(
    old: &[(u32, &str)],
    new: &[(u32, &str)],
    kept: impl Fn(usize) -> bool,
    fields: impl Fn(usize, usize) -> Vec<Altered>,
) -> ItemsDiff {
    let pairing = pair(old, new, &kept);
    let item = |(id, text): (u32, &str)| ItemRef {
        id,
        text: text.to_string(),
    };
    ItemsDiff {
        added: pairing.only_new.iter().map(|&j| item(new[j])).collect(),
        removed: (pairing.only_old.iter())
            .filter(|&&i| kept(i))
            .map(|&i| item(old[i]))
            .collect(),
        edited: edits(old, new, &pairing, fields),
    }
}

/// What changed in the paired items, in the newer list's order: each item's text
/// first, then its properties.
pub fn edits(
    old: &[(u32, &str)],
    new: &[(u32, &str)],
    pairing: &Pairing,
    fields: impl Fn(usize, usize) -> Vec<Altered>,
) -> Vec<Edited> {
    let mut out = Vec::new();
    for &(i, j) in &pairing.pairs {
        let (id, name) = new[j];
        let edited = |change| Edited {
            id,
            name: name.to_string(),
            change,
        };
        if old[i].1.trim() != name.trim() {
            out.push(edited(Edit::Text(Change {
                old: old[i].1.to_string(),
                new: name.to_string(),
            })));
        }
        let altered = fields(i, j).into_iter();
        out.extend(altered.map(|(field, change)| edited(Edit::Field(field, change))));
    }
    out
}

/// Each item's id and text.
fn keys<'a, T>(list: &'a [T], key: impl Fn(&'a T) -> (u32, &'a str)) -> Vec<(u32, &'a str)> {
    list.iter().map(key).collect()
}

pub fn statements(old: &Session, new: &Session) -> ItemsDiff {
    fn key(s: &Shared<Statement>) -> (u32, &str) {
        (s.id, &s.text)
    }
    let (before, after) = (&old.strategy.statements, &new.strategy.statements);
    let fields = |i: usize, j: usize| fields::statement(&before[i], &after[j]);
    left_behind(&keys(before, key), &keys(after, key), (old, new), fields)
}

pub fn decisions(old: &Session, new: &Session) -> ItemsDiff {
    fn key(d: &Decision) -> (u32, &str) {
        (d.id, &d.text)
    }
    let (before, after) = (&old.wrap_up.decisions, &new.wrap_up.decisions);
    let fields = |i: usize, j: usize| fields::decision((old, new), &before[i], &after[j]);
    left_behind(&keys(before, key), &keys(after, key), (old, new), fields)
}

pub fn parking(old: &Session, new: &Session) -> ItemsDiff {
    fn key(p: &ParkedItem) -> (u32, &str) {
        (p.id, &p.text)
    }
    let (before, after) = (&old.wrap_up.parking, &new.wrap_up.parking);
    let fields = |i: usize, j: usize| fields::parked((old, new), &before[i], &after[j]);
    left_behind(&keys(before, key), &keys(after, key), (old, new), fields)
}

/// Indicators are paired by name (their text) and id as the other lists are; a
/// pair's baseline and target are compared as the screens write them.
pub fn indicators(old: &Session, new: &Session) -> ItemsDiff {
    fn key(i: &Indicator) -> (u32, &str) {
        (i.id, &i.name)
    }
    let (before, after) = (&old.wrap_up.indicators, &new.wrap_up.indicators);
    let fields = |i: usize, j: usize| fields::indicator((old, new), &before[i], &after[j]);
    left_behind(&keys(before, key), &keys(after, key), (old, new), fields)
}

/// A list a carry-over leaves behind: its ids, and what is gone from it, count
/// only between saves of one session.
fn left_behind(
    old_keys: &[(u32, &str)],
    new_keys: &[(u32, &str)],
    (old, new): Both,
    fields: impl Fn(usize, usize) -> Vec<Altered>,
) -> ItemsDiff {
    let same = same_session(old, new);
    items_diff(old_keys, new_keys, |_| same, fields)
}

/// How the actions pair up: by id when they are saves of one session or when the
/// older action was unfinished (a carry-over keeps those with their ids).
pub fn actions(old: &Session, new: &Session) -> (Pairing, Vec<Edited>) {
    let (before, after) = (&old.wrap_up.actions, &new.wrap_up.actions);
    fn key(a: &Shared<ActionItem>) -> (u32, &str) {
        (a.id, &a.text)
    }
    let (old_keys, new_keys) = (keys(before, key), keys(after, key));
    let same = same_session(old, new);
    let pairing = pair(&old_keys, &new_keys, |i| {
        same || !before[i].status.is_finished()
    });
    let fields = |i: usize, j: usize| fields::action((old, new), &before[i], &after[j]);
    let edited = edits(&old_keys, &new_keys, &pairing, fields);
    (pairing, edited)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_pair_first_then_texts_and_the_rest_is_on_one_side_only() {
        let old = [(1, "a"), (2, "b"), (3, "c")];
        let new = [(2, "b2"), (9, "c"), (3, "d")];
        let pairing = pair(&old, &new, |_| true);
        assert_eq!(pairing.pairs, [(1, 0), (2, 2)]);
        assert_eq!(pairing.only_new, [1]);
        assert_eq!(pairing.only_old, [0]);
        // Ids that do not name the same item: only equal texts pair.
        let pairing = pair(&old, &new, |_| false);
        assert_eq!(pairing.pairs, [(2, 1)]);
        assert_eq!(pairing.only_new, [0, 2]);
        assert_eq!(pairing.only_old, [0, 1]);
    }
}
