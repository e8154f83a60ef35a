//! Building models and driving `update` in tests, with time fixed so results never
//! depend on the clock.
#![allow(dead_code)]

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, TimeDelta};
use yeji::i18n::Lang;
use yeji::model::{Display, Model, Opened, Screen, SessionScreen, StartScreen};
use yeji::msg::{Action, Effect, Msg};
use yeji::session::diagnosis::{Friction, Presence, Stage};
use yeji::session::strategy::{Principle, Quadrant, Statement};
use yeji::session::{Note, Participant, Session, Side};
use yeji::template::Template;
use yeji::update::update;

pub fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-25T14:00:00+08:00").unwrap()
}

pub fn later(seconds: i64) -> DateTime<FixedOffset> {
    t0() + TimeDelta::seconds(seconds)
}

pub fn display() -> Display {
    Display {
        color: true,
        ascii_borders: false,
    }
}

pub fn new_session(title: &str, lang: Lang) -> Session {
    Session::new(&Template::embedded_default(), title, lang, t0())
}

/// A session as a room would have it after an hour: people on every side, notes.
pub fn typical_session(lang: Lang) -> Session {
    let mut doc = new_session(
        match lang {
            Lang::Zh => "业技融合共创 第一期",
            Lang::En => "Business–technology kick-off",
        },
        lang,
    );
    doc.setup.organisation = "95598 客服中心".into();
    doc.setup.facilitator = "王敏".into();
    let people = [
        ("张伟", "客户服务部", Side::Business),
        ("李娜", "信息技术部", Side::Technology),
        ("Chen Jie", "Data office", Side::Data),
        ("刘洋", "规划发展部", Side::Planning),
        ("赵静", "中心领导", Side::Management),
    ];
    for (index, (name, department, side)) in people.into_iter().enumerate() {
        doc.setup.participants.push(Participant {
            id: index as u32 + 1,
            name: name.into(),
            department: department.into(),
            side,
        });
    }
    let notes = [
        "业务和技术各守一摊，需求要来回传好几轮",
        "Technology is seen as support, not as a core competence",
        "数据口径不统一：同一个指标三个数",
        "害怕改变：一线担心新系统增加工作量",
    ];
    for (index, text) in notes.into_iter().enumerate() {
        doc.steps[NOTES_STEP].notes.push(Note {
            id: index as u32 + 1,
            text: text.into(),
        });
    }
    doc.steps[0].done = true;
    doc.diagnosis.votes = [
        (1, Stage::EarlyDigitalisation),
        (2, Stage::EarlyDigitalisation),
        (3, Stage::SteadyOperation),
        (5, Stage::Transformation),
    ]
    .into_iter()
    .collect();
    doc.diagnosis.agreed = Some(Stage::EarlyDigitalisation);
    doc.diagnosis.frictions = [
        (Friction::SiloThinking, Presence::Present),
        (Friction::TechAsSupport, Presence::Present),
        (Friction::FearOfChange, Presence::Unsure),
        (Friction::SystemConflicts, Presence::Absent),
    ]
    .into_iter()
    .collect();
    doc.strategy.statements = statements(30);
    doc
}

/// The step used for plain notes in tests: Five unified, which has no editor of its
/// own yet.
pub const NOTES_STEP: usize = 3;

/// Moves a session model to the plain notes step.
pub fn to_notes_step(model: &mut Model) {
    act(
        model,
        &[Action::NextStep, Action::NextStep, Action::NextStep],
    );
}

/// `count` statements with varied tags, texts and authors, as a room produces them.
pub fn statements(count: usize) -> Vec<Statement> {
    let texts = [
        "一次解决率作为所有系统改造的第一指标",
        "New services go online first, then to the agents",
        "一线员工担心工作量增加，要先听他们的",
        "三年后成为全省服务体验标杆",
        "Weekly joint backlog review between business and IT",
        "用数据说话：每个需求都附上工单量和时长",
    ];
    (0..count)
        .map(|index| Statement {
            id: index as u32 + 1,
            text: format!("{} #{}", texts[index % texts.len()], index + 1),
            quadrant: [
                Quadrant::A,
                Quadrant::B,
                Quadrant::C,
                Quadrant::A,
                Quadrant::B,
            ][index % 5],
            principle: Principle::ALL[(index * 7 / 3) % 5],
            side: [
                Side::Business,
                Side::Technology,
                Side::Business,
                Side::Data,
                Side::Planning,
            ][index % 5],
            authors: if index % 3 == 0 {
                vec![]
            } else {
                vec![(index % 5) as u32 + 1]
            },
        })
        .collect()
}

pub fn opened(doc: Session, read_only: bool) -> Opened {
    Opened {
        lang: doc.language,
        doc,
        path: PathBuf::from("sessions/2026-11-25-kick-off.ron"),
        read_only,
        migrated_from: None,
        recovery: None,
        created: false,
    }
}

pub fn session_model(doc: Session) -> Model {
    let lang = doc.language;
    let mut model = start_model(lang);
    update(&mut model, Msg::Opened(Box::new(opened(doc, false))), t0());
    model.notice = None;
    model
}

pub fn read_only_model(doc: Session) -> Model {
    let lang = doc.language;
    let mut model = start_model(lang);
    update(&mut model, Msg::Opened(Box::new(opened(doc, true))), t0());
    model
}

pub fn start_model(lang: Lang) -> Model {
    let start = StartScreen::new(PathBuf::from("sessions"), Vec::new());
    Model::new(lang, display(), Screen::Start(start))
}

pub fn screen(model: &Model) -> &SessionScreen {
    model.session().expect("a session is open")
}

pub fn doc(model: &Model) -> &Session {
    &screen(model).doc
}

/// Sends each message at `t0`; returns the last effect.
pub fn send(model: &mut Model, msgs: impl IntoIterator<Item = Msg>) -> Effect {
    let mut effect = Effect::None;
    for msg in msgs {
        effect = update(model, msg, t0());
    }
    effect
}

pub fn act(model: &mut Model, actions: &[Action]) -> Effect {
    send(model, actions.iter().map(|action| Msg::Act(*action)))
}

pub fn typed(text: &str) -> Msg {
    Msg::Type(text.to_string())
}
