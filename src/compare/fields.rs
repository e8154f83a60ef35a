//! What changed in an item both sessions have, besides its text: a statement's
//! quadrant, principle and side; a decision's link; an action's owner, due date and
//! status; a parked item's owner, due date and whether it is closed; an indicator's
//! kind, baseline, target and owner. Each is compared as the screens show it (an
//! owner by name, a value with its unit), so that a change nobody would see is not
//! one. Pure.

use chrono::NaiveDate;

use super::diff::Change;
use crate::describe::with_unit;
use crate::i18n::{Lang, Text};
use crate::session::Session;
use crate::session::Side;
use crate::session::strategy::{Principle, Quadrant, Statement};
use crate::session::wrap_up::{
    ActionItem, ActionStatus, Decision, Indicator, IndicatorKind, Link, ParkedItem,
};

/// Which of an item's properties changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Quadrant,
    Principle,
    Side,
    Kind,
    Baseline,
    Target,
    Owner,
    Due,
    Status,
    Link,
}

impl Field {
    /// The property's name inside a line (`· owner 张伟 → 李娜`).
    pub fn label(self, lang: Lang) -> &'static str {
        let docs = lang.documents();
        match self {
            Field::Quadrant => docs.compare_field_quadrant,
            Field::Principle => docs.compare_field_principle,
            Field::Side => docs.compare_field_side,
            Field::Kind => docs.compare_field_kind,
            Field::Baseline => docs.compare_baseline,
            Field::Target => docs.compare_target,
            Field::Owner => docs.compare_field_owner,
            Field::Due => docs.compare_field_due,
            Field::Status => docs.compare_field_status,
            Field::Link => docs.compare_field_link,
        }
    }
}

/// A property's value as one session has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// No owner, no due date, no link.
    Missing,
    /// Text from the session: an owner's name, a linked initiative's title, a
    /// value with its unit.
    Name(String),
    /// A linked step's title.
    Step(Text),
    Date(NaiveDate),
    Quadrant(Quadrant),
    Principle(Principle),
    Side(Side),
    Kind(IndicatorKind),
    Status(ActionStatus),
    /// Whether a parked item is closed.
    Closed(bool),
}

impl Value {
    /// The value in words; a dash for none, as the diff writes a missing rating.
    pub fn words(&self, lang: Lang) -> String {
        let docs = lang.documents();
        match self {
            Value::Missing => "—".to_string(),
            Value::Name(name) => name.clone(),
            Value::Step(title) => title.get(lang).to_string(),
            Value::Date(day) => day.format("%Y-%m-%d").to_string(),
            Value::Quadrant(q) => format!("{} {}", q.letter(), q.word(lang)),
            Value::Principle(p) => p.name(lang).to_string(),
            Value::Side(side) => side.label(lang).to_string(),
            Value::Kind(kind) => kind.label(lang).to_string(),
            Value::Status(status) => status.label(lang).to_string(),
            Value::Closed(true) => docs.export_closed.to_string(),
            Value::Closed(false) => docs.export_open.to_string(),
        }
    }
}

/// One property that changed.
pub type Altered = (Field, Change<Value>);

/// `field` when `old` and `new` differ.
fn altered(out: &mut Vec<Altered>, field: Field, old: Value, new: Value) {
    if old != new {
        out.push((field, Change { old, new }));
    }
}

/// The two sessions, older first.
pub type Both<'a> = (&'a Session, &'a Session);

fn owner(session: &Session, id: Option<u32>) -> Value {
    id.and_then(|id| session.participant(id))
        .map_or(Value::Missing, |person| Value::Name(person.name.clone()))
}

fn due(day: Option<NaiveDate>) -> Value {
    day.map_or(Value::Missing, Value::Date)
}

pub fn statement(old: &Statement, new: &Statement) -> Vec<Altered> {
    let mut out = Vec::new();
    let (q, p, s) = (Value::Quadrant, Value::Principle, Value::Side);
    altered(&mut out, Field::Quadrant, q(old.quadrant), q(new.quadrant));
    altered(
        &mut out,
        Field::Principle,
        p(old.principle),
        p(new.principle),
    );
    altered(&mut out, Field::Side, s(old.side), s(new.side));
    out
}

/// What a decision is linked to, named as `session` names it.
fn link(session: &Session, link: &Option<Link>) -> Value {
    match link {
        None => Value::Missing,
        Some(Link::Step(id)) => session.step_index(id).map_or_else(
            || Value::Name(id.clone()),
            |index| Value::Step(session.steps[index].title.clone()),
        ),
        Some(Link::Initiative(id)) => Value::Name(
            session
                .initiative(*id)
                .map_or_else(|| format!("#{id}"), |i| i.title.clone()),
        ),
    }
}

/// A decision's link changed when it points elsewhere, not when what it points at
/// was renamed (the initiatives' list says that).
pub fn decision((older, newer): Both, old: &Decision, new: &Decision) -> Vec<Altered> {
    if old.link == new.link {
        return Vec::new();
    }
    let field = (
        Field::Link,
        Change {
            old: link(older, &old.link),
            new: link(newer, &new.link),
        },
    );
    vec![field]
}

/// Owner, due date and status; closing is not among them, as the diff lists the
/// actions closed apart.
pub fn action((older, newer): Both, old: &ActionItem, new: &ActionItem) -> Vec<Altered> {
    let mut out = Vec::new();
    altered(
        &mut out,
        Field::Owner,
        owner(older, old.owner),
        owner(newer, new.owner),
    );
    altered(&mut out, Field::Due, due(old.due), due(new.due));
    let closed = !old.status.is_finished() && new.status.is_finished();
    if !closed {
        let status = Value::Status;
        altered(
            &mut out,
            Field::Status,
            status(old.status),
            status(new.status),
        );
    }
    out
}

pub fn parked((older, newer): Both, old: &ParkedItem, new: &ParkedItem) -> Vec<Altered> {
    let mut out = Vec::new();
    let closed = Value::Closed;
    altered(
        &mut out,
        Field::Status,
        closed(old.closed),
        closed(new.closed),
    );
    altered(
        &mut out,
        Field::Owner,
        owner(older, old.owner),
        owner(newer, new.owner),
    );
    altered(&mut out, Field::Due, due(old.due), due(new.due));
    out
}

pub fn indicator((older, newer): Both, old: &Indicator, new: &Indicator) -> Vec<Altered> {
    let mut out = Vec::new();
    altered(
        &mut out,
        Field::Kind,
        Value::Kind(old.kind),
        Value::Kind(new.kind),
    );
    let measures = [
        (Field::Baseline, &old.baseline, &new.baseline),
        (Field::Target, &old.target, &new.target),
    ];
    for (field, was, is) in measures {
        let (was, is) = (with_unit(was, &old.unit), with_unit(is, &new.unit));
        altered(&mut out, field, Value::Name(was), Value::Name(is));
    }
    altered(
        &mut out,
        Field::Owner,
        owner(older, old.owner),
        owner(newer, new.owner),
    );
    out
}
