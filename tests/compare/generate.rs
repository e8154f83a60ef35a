//! Typical sessions made up for the `yeji report` tests and benchmark: what a
//! provincial centre's workshop records in an afternoon (12 participants, 30
//! strategic statements, 8 initiatives, ratings, a RACI matrix, 10 actions), varied
//! by a seed so that no two files are alike. Deterministic: no clock, no randomness.
//!
//! Shared by `tests/compare/` and `benches/report.rs` (included there by path).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use yeji::i18n::Lang;
use yeji::session::diagnosis::{Friction, Presence, Stage};
use yeji::session::file::to_ron;
use yeji::session::raci::Raci;
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

/// The centres the generated sessions come from.
pub const CENTRES: [&str; 12] = [
    "国网北京 95598 客服中心",
    "国网上海 95598 客服中心",
    "广东电网客户服务中心",
    "浙江 95598 呼叫中心",
    "江苏电力客户服务中心",
    "四川 95598 客服中心",
    "招商银行信用卡中心",
    "山东电力客服中心",
    "湖北 95598 客服中心",
    "Hong Kong Card Centre",
    "福建电力客户服务中心",
    "河南 95598 客服中心",
];

/// A small deterministic generator (an LCG), so the files differ but never change.
struct Dice(u64);

impl Dice {
    fn new(seed: u64) -> Dice {
        Dice(seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1))
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn rating(&mut self) -> u8 {
        self.below(5) as u8 + 1
    }
}

fn first_meeting() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2025-03-03T09:30:00+08:00").unwrap()
}

/// The `index`-th generated session: centre `index % 12`, held `index` days after
/// the first, so within a centre a higher index is a later session.
pub fn typical_session(index: usize) -> Session {
    let mut dice = Dice::new(index as u64);
    let starts_at = first_meeting() + Duration::days(index as i64);
    let lang = if index % 10 == 9 { Lang::En } else { Lang::Zh };
    let title = format!("业技融合共创 第{}期", index / CENTRES.len() + 1);
    let mut doc = Session::new(&Template::embedded_default(), &title, lang, starts_at);
    doc.setup.organisation = CENTRES[index % CENTRES.len()].to_string();
    doc.setup.facilitator = "王敏".into();
    add_people(&mut doc);
    add_diagnosis(&mut doc, &mut dice);
    add_strategy(&mut doc, &mut dice);
    add_unified(&mut doc, &mut dice);
    add_synergies(&mut doc, &mut dice);
    add_raci(&mut doc, &mut dice);
    add_wrap_up(&mut doc, &mut dice, starts_at.date_naive());
    add_notes_and_room(&mut doc, &mut dice);
    doc.current_step = "wrap-up".into();
    doc.updated = starts_at + Duration::hours(3);
    doc
}

fn add_people(doc: &mut Session) {
    let people = [
        ("张伟", "客户服务部", Side::Business),
        ("李娜", "信息技术部", Side::Technology),
        ("王芳", "运营管理部", Side::Business),
        ("刘洋", "规划发展部", Side::Planning),
        ("陈静", "数据管理部", Side::Data),
        ("杨磊", "信息技术部", Side::Technology),
        ("赵敏", "中心领导", Side::Management),
        ("黄强", "质量管理部", Side::Business),
        ("周婷", "系统运维组", Side::Technology),
        ("吴昊", "培训中心", Side::Business),
        ("Chen Jie", "Data office", Side::Data),
        ("孙丽", "客户体验部", Side::Business),
    ];
    doc.setup.participants = people
        .into_iter()
        .zip(1..)
        .map(|((name, department, side), id)| Participant {
            id,
            name: name.into(),
            department: department.into(),
            side,
        })
        .collect();
}

fn add_diagnosis(doc: &mut Session, dice: &mut Dice) {
    let centre_stage = dice.below(4);
    for id in 1..=12 {
        let pick = (centre_stage + dice.below(2)).min(3);
        doc.diagnosis.votes.insert(id, Stage::ALL[pick]);
    }
    if dice.below(5) > 0 {
        doc.diagnosis.agreed = Some(Stage::ALL[centre_stage]);
    }
    let presence = [Presence::Present, Presence::Absent, Presence::Unsure];
    for friction in Friction::ALL.iter().take(6 + dice.below(5)) {
        doc.diagnosis
            .frictions
            .insert(*friction, presence[dice.below(3)]);
    }
}

fn add_strategy(doc: &mut Session, dice: &mut Dice) {
    let texts = [
        "客户来电一次解决率提升到 85% 以上",
        "每个需求先画业务流程，再谈系统",
        "一线坐席参与新系统的验收",
        "三年内成为省内服务体验标杆",
        "Use one definition for every KPI across business and IT",
        "数据中台向业务部门开放自助分析",
        "每季度一次业技联合复盘",
        "小范围试点智能质检，再全面推广",
    ];
    doc.strategy.statements = (1..=30u32)
        .map(|id| {
            let author = dice.below(12) as u32 + 1;
            Statement {
                id,
                text: format!("{}（第 {id} 条）", texts[dice.below(texts.len())]),
                quadrant: Quadrant::ALL[dice.below(4)],
                principle: Principle::ALL[dice.below(6)],
                side: doc.setup.participants[author as usize - 1].side,
                authors: vec![author],
            }
        })
        .map(Shared::new)
        .collect();
}

fn add_unified(doc: &mut Session, dice: &mut Dice) {
    let mut agreement = 0;
    for item in &mut doc.unified {
        item.status = AgreementStatus::ALL[dice.below(4)];
        item.owner = match dice.below(3) {
            0 => None,
            1 => Some(Owner::Participant(dice.below(12) as u32 + 1)),
            _ => Some(Owner::Role(dice.below(8) as u32 + 1)),
        };
        for _ in 0..dice.below(3) {
            agreement += 1;
            item.agreements.push(Agreement {
                id: agreement,
                text: "以企业三年数字化规划为共同依据，双方按季度复盘".into(),
            });
        }
        item.notes = "业务侧希望先统一口径，技术侧希望先统一架构。".into();
    }
    let titles = [
        "智能质检试点",
        "统一工单系统",
        "Knowledge base for agents",
        "一线员工参与需求评审",
        "客户旅程数据打通",
        "坐席辅助机器人",
        "One definition per KPI",
        "业技联合团队常态化",
    ];
    doc.initiatives = titles
        .into_iter()
        .zip(1..)
        .map(|(title, id)| Initiative {
            id,
            title: title.into(),
            description: "先在一个班组试点，三个月后评估效果，再决定是否推广。".into(),
            serves: vec![dice.below(30) as u32 + 1, dice.below(30) as u32 + 1],
            priority: Priority::ALL[dice.below(3)],
            quarter: Some(format!("2026-Q{}", dice.below(4) + 1)),
        })
        .collect();
    for person in 1..=12 {
        for _ in 0..3 {
            let initiative = dice.below(8) as u32 + 1;
            if doc.voting.can_add(person, initiative) {
                doc.voting.add(person, initiative);
            }
        }
    }
    doc.voting.hidden = false;
}

fn add_synergies(doc: &mut Session, dice: &mut Dice) {
    let mut mechanism = 0;
    for synergy in &mut doc.synergies {
        for rating in [&mut synergy.business, &mut synergy.technology] {
            let today = dice.rating().min(4);
            *rating = Rating {
                today: Some(today),
                target: Some((today + 1 + dice.below(2) as u8).min(5)),
            };
        }
        for person in [1, 2, 5, 6] {
            let today = dice.rating();
            synergy.people.insert(
                person,
                Rating {
                    today: Some(today),
                    target: Some(today.max(4)),
                },
            );
        }
        for _ in 0..2 {
            mechanism += 1;
            let kind = MechanismKind::PROPOSED[dice.below(7)];
            synergy.mechanisms.push(Mechanism {
                id: mechanism,
                kind,
                text: kind.name(Lang::Zh).into(),
                initiative: Some(dice.below(8) as u32 + 1),
            });
        }
    }
}

fn add_raci(doc: &mut Session, dice: &mut Dice) {
    for role in 1..=8u32 {
        doc.raci.holders.insert(role, vec![role, role + 4]);
    }
    doc.raci.fluent = vec![2, 5];
    for initiative in 1..=8u32 {
        let accountable = dice.below(8) as u32 + 1;
        doc.raci.set(initiative, accountable, Some(Raci::A));
        for _ in 0..3 {
            let role = dice.below(8) as u32 + 1;
            if role != accountable {
                doc.raci
                    .set(initiative, role, Some(Raci::ALL[dice.below(4)]));
            }
        }
    }
}

fn add_wrap_up(doc: &mut Session, dice: &mut Dice, day: NaiveDate) {
    let wrap_up = &mut doc.wrap_up;
    let mut id = 0;
    let mut next = || {
        id += 1;
        id
    };
    for text in [
        "以“一次解决率”作为业技共同指标",
        "智能质检先在二班组试点",
        "每月一次业技联合例会",
        "数据口径由数据管理部统一发布",
    ] {
        wrap_up.decisions.push(Decision {
            id: next(),
            text: text.into(),
            link: Some(Link::Step("five-unified".into())),
        });
    }
    let statuses = [
        ActionStatus::Open,
        ActionStatus::Doing,
        ActionStatus::Done,
        ActionStatus::Open,
        ActionStatus::Dropped,
    ];
    for number in 0..10 {
        wrap_up.actions.push(Shared::new(ActionItem {
            id: next(),
            text: format!("整理第 {} 项举措的需求清单并与技术部门评审", number % 8 + 1),
            owner: (dice.below(6) > 0).then(|| dice.below(12) as u32 + 1),
            due: Some(day + Duration::days(7 + dice.below(60) as i64)),
            status: statuses[dice.below(statuses.len())],
            initiative: Some(number % 8 + 1),
        }));
    }
    for text in ["坐席排班系统是否纳入本期", "外包团队如何参与", "预算口径"]
    {
        wrap_up.parking.push(ParkedItem {
            id: next(),
            text: text.into(),
            raised_in: "strategy".into(),
            owner: Some(dice.below(12) as u32 + 1),
            due: None,
            closed: dice.below(2) == 0,
        });
    }
    for (name, kind) in [
        ("一次解决率", IndicatorKind::Outcome),
        ("需求交付周期", IndicatorKind::Process),
        ("使用数据服务的员工占比", IndicatorKind::Outcome),
    ] {
        wrap_up.indicators.push(Indicator {
            id: next(),
            name: name.into(),
            kind,
            baseline: "72".into(),
            target: "85".into(),
            unit: "%".into(),
            owner: Some(dice.below(12) as u32 + 1),
        });
    }
    wrap_up.next_session = Some(day + Duration::days(90));
}

fn add_notes_and_room(doc: &mut Session, dice: &mut Dice) {
    let notes = [
        "业务和技术各守一摊，需求要来回传好几轮",
        "数据口径不统一：同一个指标三个数",
        "一线担心新系统增加工作量",
    ];
    let mut id = 0;
    for step in &mut doc.steps {
        step.done = dice.below(4) > 0;
        for text in notes.iter().take(dice.below(3)) {
            id += 1;
            step.notes.push(Note {
                id,
                text: (*text).into(),
            });
        }
        doc.room.timing.insert(
            step.id.clone(),
            StepTime {
                spent_seconds: 600 + dice.below(1800) as u32,
                extra_minutes: 0,
            },
        );
    }
    doc.room
        .facilitator_notes
        .insert("diagnose".into(), "注意让技术侧先发言".into());
}

/// Writes sessions `0..count` into `dir` as `NNNN-centre.ron`; returns their paths.
pub fn write_sessions(dir: &Path, count: usize) -> Vec<PathBuf> {
    (0..count)
        .map(|index| {
            let path = dir.join(format!("{index:04}-session.ron"));
            std::fs::write(&path, to_ron(&typical_session(index))).unwrap();
            path
        })
        .collect()
}
