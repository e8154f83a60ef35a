//! Building models and driving `update` in tests, with time fixed so results never
//! depend on the clock.
#![allow(dead_code)]

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, TimeDelta};
use yeji::i18n::Lang;
use yeji::model::{Display, Model, Opened, Screen, SessionScreen, StartScreen};
use yeji::msg::{Action, Effect, Msg};
use yeji::session::diagnosis::{Friction, Presence, Stage};
use yeji::session::shared::Shared;
use yeji::session::strategy::{Principle, Quadrant, Statement};
use yeji::session::synergy::{Mechanism, MechanismKind, Rating};
use yeji::session::unified::{Agreement, AgreementStatus, Initiative, Owner, Priority};
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
        ..Display::default()
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
    doc.strategy.statements = statements(30).into_iter().map(Shared::new).collect();
    add_unified_and_synergies(&mut doc);
    doc
}

/// Five unified statuses and agreements, five initiatives with votes, and
/// ratings with one business–technology gap.
fn add_unified_and_synergies(doc: &mut Session) {
    let statuses = [
        AgreementStatus::Agreed,
        AgreementStatus::Partly,
        AgreementStatus::Disputed,
        AgreementStatus::Open,
        AgreementStatus::Partly,
    ];
    for (index, status) in statuses.into_iter().enumerate() {
        doc.unified[index].status = status;
    }
    doc.unified[0].owner = Some(Owner::Participant(1));
    doc.unified[2].owner = Some(Owner::Role(5));
    doc.unified[0].agreements.push(Agreement {
        id: 1,
        text: "以企业三年数字化规划为共同依据".into(),
    });
    doc.unified[2].agreements.push(Agreement {
        id: 2,
        text: "One roadmap, reviewed every quarter".into(),
    });
    doc.initiatives = initiatives(5).into();
    for (person, initiative, dots) in [(1, 1, 2), (2, 1, 1), (2, 3, 2), (3, 2, 1), (5, 1, 3)] {
        for _ in 0..dots {
            doc.voting.add(person, initiative);
        }
    }
    let ratings = [(2, 4, 4, 5), (3, 4, 3, 4), (4, 5, 2, 5)];
    for (synergy, (bt, bg, tt, tg)) in doc.synergies.iter_mut().zip(ratings) {
        synergy.business = Rating {
            today: Some(bt),
            target: Some(bg),
        };
        synergy.technology = Rating {
            today: Some(tt),
            target: Some(tg),
        };
    }
    doc.synergies[3].people.insert(
        1,
        Rating {
            today: Some(2),
            target: Some(4),
        },
    );
    doc.synergies[3].people.insert(
        2,
        Rating {
            today: Some(4),
            target: Some(5),
        },
    );
    doc.synergies[2].mechanisms.push(Mechanism {
        id: 1,
        kind: MechanismKind::JointTeams,
        text: "业务技术联合团队".into(),
        initiative: Some(1),
    });
    doc.synergies[2].mechanisms.push(Mechanism {
        id: 2,
        kind: MechanismKind::Own,
        text: "Monthly business–IT review".into(),
        initiative: None,
    });
}

/// `count` initiatives, each serving a statement or two.
pub fn initiatives(count: usize) -> Vec<Initiative> {
    let titles = [
        "智能质检试点",
        "One definition per KPI",
        "一线员工参与需求评审",
        "Knowledge base for agents",
        "统一工单系统",
    ];
    (0..count)
        .map(|index| Initiative {
            id: index as u32 + 1,
            title: format!("{} #{}", titles[index % titles.len()], index + 1),
            description: if index % 2 == 0 {
                "先在一个班组试点，三个月后评估".into()
            } else {
                String::new()
            },
            serves: vec![(index % 30) as u32 + 1],
            priority: Priority::ALL[index % 3],
            quarter: Some(format!("2026-Q{}", index % 4 + 1)),
        })
        .collect()
}

/// A big session: 12 participants and 100 initiatives.
pub fn large_session(lang: Lang) -> Session {
    let mut doc = typical_session(lang);
    for id in 6..=12u32 {
        doc.setup.participants.push(Participant {
            id,
            name: format!("参与者 {id}"),
            department: "客服中心".into(),
            side: Side::ALL[id as usize % 5],
        });
    }
    doc.initiatives = initiatives(100).into();
    doc.voting.dots_per_person = 5;
    for person in 1..=12u32 {
        for dot in 0..5u32 {
            let initiative = (person * 7 + dot * 13) % 100 + 1;
            if doc.voting.can_add(person, initiative) {
                doc.voting.add(person, initiative);
            }
        }
    }
    doc
}

/// The step whose Notes panel the notes tests use: Diagnose.
pub const NOTES_STEP: usize = 1;

/// Moves a session model to the Diagnose step's Notes panel.
pub fn to_notes_step(model: &mut Model) {
    act(model, &[Action::NextStep]);
    act(
        model,
        &[Action::NextPanel, Action::NextPanel, Action::NextPanel],
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
        carried: false,
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

/// What the step's panel (between the heavy borders) says, its rows joined by
/// spaces: a sentence wrapped over rows reads as one.
pub fn panel_text(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|line| line.split('┃').nth(1))
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The screen drawn at `width` × `height`, as text: one line per row, wide
/// characters taking their two cells.
pub fn screen_text(model: &Model, width: u16, height: u16) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| yeji::view::render(model, frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let mut skip = 0;
        for x in 0..width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            skip = symbol.width().saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// The cell at which `text` starts on the first row of `screen` that has it.
pub fn column_of(screen: &str, text: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    let row = screen.lines().find(|row| row.contains(text));
    let row = row.unwrap_or_else(|| panic!("{text} is not on the screen:\n{screen}"));
    row[..row.find(text).unwrap()].width()
}

pub fn typed(text: &str) -> Msg {
    Msg::Type(text.to_string())
}
