//! The large session the speed targets are measured on: ten times a big real
//! workshop (30 participants, 1,000 strategic statements, 100 initiatives, 16 roles,
//! 300 actions), every step filled in as a room would, in Chinese and English.
//! Deterministic: plain arithmetic, no clock and no randomness, so the committed
//! fixture `tests/fixtures/large/ten-times.ron` can be checked against it.
//!
//! Shared by `tests/large/` and `benches/speed.rs` (included there by path).
#![allow(dead_code)]

#[path = "words.rs"]
mod words;

use std::path::PathBuf;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use yeji::i18n::{Lang, Text};
use yeji::session::diagnosis::{Friction, Presence, Stage};
use yeji::session::raci::Raci;
use yeji::session::roles::{Role, default_roles};
use yeji::session::room::StepTime;
use yeji::session::shared::Shared;
use yeji::session::strategy::{Principle, Quadrant, Statement};
use yeji::session::synergy::{Mechanism, MechanismKind, Rating};
use yeji::session::unified::{Agreement, AgreementStatus, Initiative, Owner, Priority};
use yeji::session::wrap_up::{
    ActionItem, ActionStatus, Decision, Indicator, IndicatorKind, Link, ParkedItem,
};
use yeji::session::{Note, Participant, Session, Side};
use yeji::template::Template;

pub const PARTICIPANTS: usize = 30;
pub const STATEMENTS: usize = 1_000;
pub const INITIATIVES: usize = 100;
pub const ROLES: usize = 16;
pub const ACTIONS: usize = 300;

/// Where the generated session is committed, from the crate's root.
pub const FIXTURE: &str = "tests/fixtures/large/ten-times.ron";

pub fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)
}

/// A small linear congruential generator: varied, and the same on every run.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn person(&mut self) -> u32 {
        self.below(PARTICIPANTS) as u32 + 1
    }
}

fn meeting() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-10T09:00:00+08:00").unwrap()
}

/// The session, as `yeji` would save it at the end of the day.
pub fn ten_times_session() -> Session {
    let mut dice = Dice(2026);
    let title = "业技融合共创 · 全省联合工作坊";
    let mut doc = Session::new(&Template::embedded_default(), title, Lang::Zh, meeting());
    doc.setup.organisation = "国网某省电力 95598 客户服务中心（含 6 个分中心）".into();
    doc.setup.facilitator = "王敏 / Wang Min".into();
    doc.setup.participants = participants();
    add_diagnosis(&mut doc, &mut dice);
    doc.strategy.statements = statements(&doc.setup.participants, &mut dice)
        .into_iter()
        .map(Shared::new)
        .collect();
    add_unified(&mut doc, &mut dice);
    add_synergies(&mut doc, &mut dice);
    add_roles_and_raci(&mut doc, &mut dice);
    add_wrap_up(&mut doc, &mut dice);
    add_notes_and_room(&mut doc, &mut dice);
    doc.current_step = "wrap-up".into();
    doc.updated = meeting() + Duration::hours(7) + Duration::minutes(42);
    doc
}

fn participants() -> Vec<Participant> {
    words::PEOPLE
        .iter()
        .zip(1..)
        .map(|((name, department, side), id)| Participant {
            id,
            name: (*name).into(),
            department: (*department).into(),
            side: *side,
        })
        .collect()
}

fn add_diagnosis(doc: &mut Session, dice: &mut Dice) {
    for person in &doc.setup.participants {
        // A few people left the pick to the others.
        if person.id % 11 == 0 {
            continue;
        }
        let lean = match person.side {
            Side::Technology | Side::Data => 2,
            Side::Management => 3,
            _ => 1,
        };
        let pick = (lean + dice.below(2)).min(3);
        doc.diagnosis.votes.insert(person.id, Stage::ALL[pick]);
    }
    doc.diagnosis.agreed = Some(Stage::EarlyDigitalisation);
    let presence = [Presence::Present, Presence::Present, Presence::Unsure];
    for friction in Friction::ALL {
        let marked = if friction == Friction::DifferentThinking {
            Presence::Absent
        } else {
            *dice.pick(&presence)
        };
        doc.diagnosis.frictions.insert(friction, marked);
    }
}

/// Statements as a long afternoon produces them: mostly one author, some merged
/// (two authors), some written by the facilitator without one.
fn statements(people: &[Participant], dice: &mut Dice) -> Vec<Statement> {
    (1..=STATEMENTS as u32)
        .map(|id| {
            let quadrant = Quadrant::ALL[dice.below(4)];
            let text = words::statement(quadrant, id as usize, dice.below(1_000));
            let authors: Vec<u32> = match dice.below(10) {
                0 => vec![],
                1 => vec![dice.person(), dice.person()],
                _ => vec![dice.person()],
            };
            let side = authors
                .first()
                .map_or(Side::Planning, |id| people[*id as usize - 1].side);
            Statement {
                id,
                text,
                quadrant,
                principle: Principle::ALL[dice.below(6)],
                side,
                authors,
            }
        })
        .collect()
}

fn add_unified(doc: &mut Session, dice: &mut Dice) {
    let statuses = [
        AgreementStatus::Agreed,
        AgreementStatus::Partly,
        AgreementStatus::Agreed,
        AgreementStatus::Disputed,
        AgreementStatus::Partly,
    ];
    let owners = [
        Owner::Role(1),
        Owner::Participant(3),
        Owner::Role(5),
        Owner::Role(2),
        Owner::Participant(1),
    ];
    let mut agreement = 0;
    for (index, item) in doc.unified.iter_mut().enumerate() {
        item.status = statuses[index];
        item.owner = Some(owners[index]);
        for _ in 0..6 + dice.below(5) {
            agreement += 1;
            item.agreements.push(Agreement {
                id: agreement,
                text: words::sentence(dice.below(1_000), agreement as usize),
            });
        }
        item.notes = words::notes_text(dice.below(1_000), 3);
    }
    doc.initiatives = (1..=INITIATIVES as u32)
        .map(|id| {
            let first = dice.below(STATEMENTS) as u32 + 1;
            let mut serves = vec![first];
            for _ in 0..dice.below(4) {
                let next = dice.below(STATEMENTS) as u32 + 1;
                if !serves.contains(&next) {
                    serves.push(next);
                }
            }
            Initiative {
                id,
                title: words::initiative_title(id as usize),
                description: if dice.chance(85) {
                    words::notes_text(dice.below(1_000), 2)
                } else {
                    String::new()
                },
                serves,
                priority: Priority::ALL[dice.below(3)],
                quarter: dice
                    .chance(90)
                    .then(|| format!("{}-Q{}", 2026 + dice.below(2), dice.below(4) + 1)),
            }
        })
        .collect();
    doc.voting.dots_per_person = 5;
    doc.voting.hidden = false;
    for person in 1..=PARTICIPANTS as u32 {
        for _ in 0..3 + dice.below(3) {
            // Favourites draw more dots: the lower ids are the ones discussed first.
            let initiative =
                (dice.below(INITIATIVES) * dice.below(INITIATIVES) / INITIATIVES) as u32 + 1;
            if doc.voting.can_add(person, initiative) {
                doc.voting.add(person, initiative);
            }
        }
    }
}

fn add_synergies(doc: &mut Session, dice: &mut Dice) {
    let mut mechanism = 0;
    for synergy in &mut doc.synergies {
        for (rating, lift) in [(&mut synergy.business, 2), (&mut synergy.technology, 1)] {
            let today = dice.below(3) as u8 + 1;
            *rating = Rating {
                today: Some(today),
                target: Some((today + lift + dice.below(2) as u8).min(5)),
            };
        }
        for person in 1..=PARTICIPANTS as u32 {
            let today = dice.below(5) as u8 + 1;
            let target = dice.chance(80).then(|| today.max(3 + dice.below(3) as u8));
            if dice.chance(90) {
                let today = Some(today);
                synergy.people.insert(person, Rating { today, target });
            }
        }
        for _ in 0..6 {
            mechanism += 1;
            let own = dice.chance(20);
            let kind = if own {
                MechanismKind::Own
            } else {
                *dice.pick(&MechanismKind::PROPOSED)
            };
            synergy.mechanisms.push(Mechanism {
                id: mechanism,
                kind,
                text: if own {
                    words::sentence(dice.below(1_000), mechanism as usize)
                } else {
                    kind.name(Lang::Zh).into()
                },
                initiative: dice.chance(75).then(|| dice.below(INITIATIVES) as u32 + 1),
            });
        }
    }
}

fn add_roles_and_raci(doc: &mut Session, dice: &mut Dice) {
    let mut roles = default_roles();
    for (zh, en) in words::MORE_ROLES {
        roles.push(Role {
            id: roles.len() as u32 + 1,
            name: Text::new(zh, en),
        });
    }
    doc.roles = roles.into();
    for role in 1..=ROLES as u32 {
        let mut holders = Vec::new();
        for _ in 0..1 + dice.below(3) {
            let person = dice.person();
            if !holders.contains(&person) {
                holders.push(person);
            }
        }
        doc.raci.holders.insert(role, holders);
    }
    doc.raci.fluent = vec![2, 5, 11, 17, 23, 28];
    for initiative in 1..=INITIATIVES as u32 {
        // Nine in ten rows are finished: one A and at least one R; the rest are
        // what the matrix checks point at.
        let finished = dice.chance(90);
        let accountable = dice.below(ROLES) as u32 + 1;
        if finished || dice.chance(50) {
            doc.raci.set(initiative, accountable, Some(Raci::A));
        }
        let letters = [Raci::R, Raci::R, Raci::C, Raci::C, Raci::I, Raci::I];
        for (index, letter) in letters.into_iter().enumerate() {
            let role = dice.below(ROLES) as u32 + 1;
            let skip = (index == 0 && !finished) || (index > 1 && dice.chance(30));
            if role != accountable && !skip && doc.raci.cell(initiative, role).is_none() {
                doc.raci.set(initiative, role, Some(letter));
            }
        }
    }
}

fn add_wrap_up(doc: &mut Session, dice: &mut Dice) {
    let day = meeting().date_naive();
    let steps: Vec<String> = doc.steps.iter().map(|step| step.id.clone()).collect();
    let wrap_up = &mut doc.wrap_up;
    let mut id = 0;
    let mut next = || {
        id += 1;
        id
    };
    for number in 0..40 {
        let link = match dice.below(3) {
            0 => None,
            1 => Some(Link::Step(dice.pick(&steps).clone())),
            _ => Some(Link::Initiative(dice.below(INITIATIVES) as u32 + 1)),
        };
        let text = words::sentence(dice.below(1_000), number);
        wrap_up.decisions.push(Decision {
            id: next(),
            text,
            link,
        });
    }
    let statuses = [
        ActionStatus::Open,
        ActionStatus::Open,
        ActionStatus::Open,
        ActionStatus::Doing,
        ActionStatus::Doing,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];
    for number in 0..ACTIONS {
        let initiative = dice.below(INITIATIVES) + 1;
        wrap_up.actions.push(Shared::new(ActionItem {
            id: next(),
            text: words::action(number, &words::initiative_title(initiative)),
            owner: dice.chance(90).then(|| dice.person()),
            due: dice.chance(85).then(|| due(day, dice)),
            status: *dice.pick(&statuses),
            initiative: dice.chance(80).then_some(initiative as u32),
        }));
    }
    for number in 0..40 {
        wrap_up.parking.push(ParkedItem {
            id: next(),
            text: words::question(number),
            raised_in: dice.pick(&steps[1..]).clone(),
            owner: dice.chance(60).then(|| dice.person()),
            due: dice.chance(40).then(|| due(day, dice)),
            closed: dice.chance(25),
        });
    }
    for (number, (name, unit)) in words::INDICATORS.iter().enumerate() {
        let baseline = 20 + dice.below(60);
        wrap_up.indicators.push(Indicator {
            id: next(),
            name: (*name).into(),
            kind: if number % 3 == 0 {
                IndicatorKind::Process
            } else {
                IndicatorKind::Outcome
            },
            baseline: baseline.to_string(),
            target: (baseline + 5 + dice.below(20)).to_string(),
            unit: (*unit).into(),
            owner: dice.chance(85).then(|| dice.person()),
        });
    }
    wrap_up.next_session = Some(day + Duration::days(91));
}

fn due(day: NaiveDate, dice: &mut Dice) -> NaiveDate {
    day + Duration::days(7 + dice.below(180) as i64)
}

fn add_notes_and_room(doc: &mut Session, dice: &mut Dice) {
    let mut id = 0;
    let last = doc.steps.len() - 1;
    for (index, step) in doc.steps.iter_mut().enumerate() {
        step.done = index < last;
        for _ in 0..12 + dice.below(25) {
            id += 1;
            step.notes.push(Note {
                id,
                text: words::notes_text(dice.below(1_000), 1 + dice.below(3)),
            });
        }
        let spent = step.minutes * 60 + dice.below(1_200) as u32;
        let time = StepTime {
            spent_seconds: spent,
            extra_minutes: 5 * dice.below(3) as u32,
        };
        doc.room.timing.insert(step.id.clone(), time);
        let private = words::notes_text(dice.below(1_000), 2);
        doc.room.facilitator_notes.insert(step.id.clone(), private);
    }
}
