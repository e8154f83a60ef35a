//! Projector mode shows the room what it needs and leaves out the hints at keys,
//! which are for the facilitator: each hint shows on the facilitator's screen
//! and not on the projector, in both languages, while the text it follows stays.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Model, Screen, StatementFilter};
use yeji::msg::Action::{self, *};
use yeji::session::Session;
use yeji::session::raci::Raci;
use yeji::session::strategy::Quadrant;
use yeji::session::unified::{Initiative, Priority};

/// A screen to look at: the session, the step (counted from 0) and the keys that
/// lead from its first panel to the one looked at; then, in each language, a hint the facilitator sees there and
/// the text it belongs to, which the room sees too.
struct Case {
    name: &'static str,
    session: fn(Lang) -> Session,
    step: usize,
    actions: &'static [Action],
    zh: (&'static str, &'static str),
    en: (&'static str, &'static str),
}

const CASES: &[Case] = &[
    Case {
        name: "setup without participants",
        session: empty,
        step: 0,
        actions: &[],
        zh: ("按 a 添加，或粘贴名单", "还没有参与者。"),
        en: ("Press a to add, or paste a list", "No participants yet."),
    },
    Case {
        name: "notes without notes",
        session: empty,
        step: 1,
        actions: &[NextPanel, NextPanel, NextPanel],
        zh: ("按 a 添加，或直接粘贴多行文字", "还没有笔记。"),
        en: ("Press a to add one", "No notes yet."),
    },
    Case {
        name: "diagnose before anyone picks",
        session: empty,
        step: 1,
        actions: &[],
        zh: ("Tab 到“各人判断”", "还没有人给出判断。"),
        en: ("Tab to Picks", "Nobody has picked yet."),
    },
    Case {
        name: "diagnose picks",
        session: typical_session,
        step: 1,
        actions: &[NextPanel],
        zh: ("（按 1–4 记录，自动跳到下一位）", "各人判断"),
        en: ("(1–4 records it and moves on)", "Each person's pick"),
    },
    Case {
        name: "diagnose frictions",
        session: typical_session,
        step: 1,
        actions: &[NextPanel, NextPanel],
        zh: ("y 存在 · n 不存在 · u 不确定", "业技摩擦清单"),
        en: ("y present · n absent · u unsure", "Frictions"),
    },
    Case {
        name: "strategy without statements",
        session: empty,
        step: 2,
        actions: &[],
        zh: ("按 a 输入一条", "还没有战略表述。"),
        en: ("Press a and type one", "No statements yet."),
    },
    Case {
        name: "strategy filtered",
        session: typical_session,
        step: 2,
        actions: &[FilterLikeThis],
        zh: ("（Esc 全部）", "只看："),
        en: ("(Esc for all)", "only:"),
    },
    Case {
        name: "walk-around of an empty quadrant",
        session: empty,
        step: 2,
        actions: &[WalkAround],
        zh: ("向大家提出上面的问题", "这个象限还没有表述。"),
        en: (
            "Ask the room the question above",
            "Nothing in this quadrant yet.",
        ),
    },
    Case {
        name: "five unified without agreements",
        session: empty,
        step: 3,
        actions: &[NextPanel],
        zh: ("按 a 记下双方说定的内容", "还没有写下共识。"),
        en: ("Press a to write down", "Nothing agreed yet."),
    },
    Case {
        name: "five unified without initiatives",
        session: empty,
        step: 3,
        actions: &[NextPanel, NextPanel],
        zh: ("按 a 添加，1–3 定优先级", "还没有举措。"),
        en: ("press a to add one", "No initiatives yet."),
    },
    Case {
        name: "an initiative without a description",
        session: bare_initiative,
        step: 3,
        actions: &[NextPanel, NextPanel],
        zh: ("，按 e 填写", "还没有说明"),
        en: ("; press e", "no description yet"),
    },
    Case {
        name: "an initiative that serves nothing",
        session: bare_initiative,
        step: 3,
        actions: &[NextPanel, NextPanel],
        zh: ("（按 l）", "未关联战略表述"),
        en: ("(press l)", "no strategy statement linked"),
    },
    Case {
        name: "dot vote with hidden totals",
        session: hidden_votes,
        step: 3,
        actions: &[NextPanel, NextPanel, NextPanel],
        zh: ("（h 公布）", "结果隐藏"),
        en: ("(h reveals)", "totals hidden"),
    },
    Case {
        name: "synergy ratings",
        session: typical_session,
        step: 4,
        actions: &[],
        zh: ("打分，自动跳", "由该方个人打分平均而来"),
        en: ("1–5 rates, moves on", "averaged from that side's people"),
    },
    Case {
        name: "synergy mechanisms",
        session: typical_session,
        step: 4,
        actions: &[NextPanel, NextPanel],
        zh: ("1–7 添加建议，a 自己写", "缩小差距的机制"),
        en: (
            "1–7 add a proposal, a your own",
            "mechanisms to close the gap",
        ),
    },
    Case {
        name: "role mapping checks",
        session: unheld_role,
        step: 5,
        actions: &[],
        zh: ("（在“角色”里按 p 指定）", "没有人担任"),
        en: ("(press p under Roles)", "Nobody holds"),
    },
    Case {
        name: "role mapping roles",
        session: typical_session,
        step: 5,
        actions: &[NextPanel],
        zh: ("a 添加 · p 谁担任 · Del 删除", "角色（"),
        en: ("a add · p who holds it · Del remove", "Roles ("),
    },
    Case {
        name: "role mapping who does what",
        session: typical_session,
        step: 5,
        actions: &[NextPanel, NextPanel],
        zh: ("f 标记", "★ 业技"),
        en: ("f marks", "fluent in both"),
    },
    Case {
        name: "wrap-up summary",
        session: empty,
        step: 6,
        actions: &[],
        zh: ("（d 设置）", "下次会议：未定"),
        en: ("(d sets it)", "Next session: not set"),
    },
    Case {
        name: "wrap-up decisions",
        session: empty,
        step: 6,
        actions: &[NextPanel],
        zh: ("a 添加 · l 关联步骤或举措", "决定（0）"),
        en: ("a add · l link a step or initiative", "Decisions (0)"),
    },
    Case {
        name: "wrap-up actions",
        session: empty,
        step: 6,
        actions: &[NextPanel, NextPanel],
        zh: ("o 负责人 · d 截止 · s 状态", "行动项（0）"),
        en: ("o owner · d due · s status", "Actions (0)"),
    },
    Case {
        name: "wrap-up without actions",
        session: empty,
        step: 6,
        actions: &[NextPanel, NextPanel],
        zh: ("按 a 添加，再定负责人和截止日期", "还没有行动项。"),
        en: ("Press a, then give each an owner", "No actions yet."),
    },
    Case {
        name: "wrap-up parking lot",
        session: empty,
        step: 6,
        actions: &[NextPanel, NextPanel, NextPanel],
        zh: ("任何步骤按 P 放进来", "停车场（0/0 未处理）"),
        en: ("P on any step adds one", "Parking lot (0 of 0 open)"),
    },
    Case {
        name: "wrap-up empty parking lot",
        session: empty,
        step: 6,
        actions: &[NextPanel, NextPanel, NextPanel],
        zh: ("在任何步骤按 P 先放在这里", "停车场是空的。"),
        en: (
            "P puts aside what does not belong there",
            "The parking lot is empty.",
        ),
    },
    Case {
        name: "wrap-up indicators",
        session: empty,
        step: 6,
        actions: &[NextPanel, NextPanel, NextPanel, NextPanel],
        zh: ("k 过程/结果 · b 基线 · t 目标", "指标（0）"),
        en: (
            "k process/outcome · b baseline · t target",
            "Indicators (0)",
        ),
    },
];

fn empty(lang: Lang) -> Session {
    new_session("", lang)
}

/// One initiative with neither a description nor a statement it serves.
fn bare_initiative(lang: Lang) -> Session {
    let mut doc = new_session("", lang);
    doc.initiatives = vec![Initiative {
        id: 1,
        title: "统一工单系统".into(),
        description: String::new(),
        serves: Vec::new(),
        priority: Priority::High,
        quarter: None,
    }]
    .into();
    doc
}

/// A matrix whose only faults are that nobody holds its two roles.
fn unheld_role(lang: Lang) -> Session {
    let mut doc = typical_session(lang);
    let (accountable, responsible) = (doc.roles[0].id, doc.roles[1].id);
    for initiative in 1..=5 {
        doc.raci.set(initiative, accountable, Some(Raci::A));
        doc.raci.set(initiative, responsible, Some(Raci::R));
    }
    doc
}

fn hidden_votes(lang: Lang) -> Session {
    let mut doc = typical_session(lang);
    doc.voting.hidden = true;
    doc
}

fn at(case: &Case, lang: Lang, projector: bool) -> Model {
    let mut model = session_model((case.session)(lang));
    for _ in 0..case.step {
        act(&mut model, &[NextStep]);
    }
    act(&mut model, case.actions);
    if projector {
        act(&mut model, &[ToggleProjector]);
    }
    model
}

/// The screen's text without spaces, line ends and borders: a sentence reads the
/// same wherever the panel's width wraps it.
fn squashed(model: &Model, width: u16, height: u16) -> String {
    screen_text(model, width, height)
        .chars()
        .filter(|c| !c.is_whitespace() && !('\u{2500}'..='\u{257f}').contains(c))
        .collect()
}

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_facilitator_sees_the_hints_at_keys_and_the_projector_leaves_them_out() {
    // Every case is looked at, and every one that fails is named.
    let mut failed = Vec::new();
    for case in CASES {
        for (lang, (hint, text)) in [(Lang::Zh, case.zh), (Lang::En, case.en)] {
            let name = format!("{} ({})", case.name, lang.code());
            let (hint, text) = (squash(hint), squash(text));
            let facilitator = squashed(&at(case, lang, false), 200, 60);
            if !facilitator.contains(&hint) || !facilitator.contains(&text) {
                failed.push(format!("{name}: the facilitator lacks {hint} or {text}"));
            }
            for (width, height) in [(200, 60), (80, 24)] {
                let room = squashed(&at(case, lang, true), width, height);
                if room.contains(&hint) {
                    failed.push(format!(
                        "{name}: the projector shows {hint} at {width}×{height}"
                    ));
                }
                if !room.contains(&text) {
                    failed.push(format!(
                        "{name}: the projector lacks {text} at {width}×{height}"
                    ));
                }
            }
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn a_filter_that_leaves_nothing_says_so_without_its_key_on_the_projector() {
    for (lang, hint, text) in [
        (Lang::Zh, "（Esc 显示全部）", "没有符合筛选的表述。"),
        (
            Lang::En,
            " (Esc shows all)",
            "No statement matches the filter.",
        ),
    ] {
        let shown = |projector: bool| {
            let mut model = session_model(typical_session(lang));
            act(&mut model, &[NextStep, NextStep]);
            // The typical session has no statement in quadrant D.
            if let Screen::Session(screen) = &mut model.screen {
                screen.statement_view.filter = Some(StatementFilter::Quadrant(Quadrant::D));
            }
            if projector {
                act(&mut model, &[ToggleProjector]);
            }
            panel_text(&screen_text(&model, 200, 60))
        };
        let facilitator = shown(false);
        assert!(
            facilitator.contains(&text.replace('。', &format!("{hint}。")))
                || facilitator.contains(&text.replace('.', &format!("{hint}."))),
            "{facilitator}"
        );
        let room = shown(true);
        assert!(room.contains(text) && !room.contains(hint.trim()), "{room}");
    }
}

#[test]
fn the_facilitators_private_notes_never_show_on_the_projector() {
    let private = "孙磊对预算敏感";
    let mut doc = typical_session(Lang::Zh);
    doc.room
        .facilitator_notes
        .insert("diagnose".into(), private.into());
    let mut model = session_model(doc);
    act(&mut model, &[NextStep]);
    assert!(screen_text(&model, 80, 24).contains(private));
    act(&mut model, &[ToggleProjector]);
    for (width, height) in [(80, 24), (200, 60)] {
        assert!(!screen_text(&model, width, height).contains(private));
    }
    // Nor does N open them there, in an editor the room would read.
    act(&mut model, &[EditFacilitatorNotes]);
    assert!(!screen_text(&model, 80, 24).contains(private));
    assert!(screen(&model).editing.is_none());
    act(&mut model, &[ToggleProjector, EditFacilitatorNotes]);
    assert!(screen(&model).editing.is_some());
}

/// The projector has no footer, yet a notice shows on its bottom row while it is
/// fresh, and a failed save stays there until a save succeeds; with neither, the
/// row is the step's.
#[test]
fn the_projector_shows_fresh_notices_and_a_failed_save() {
    use yeji::msg::Msg;
    use yeji::storage::failure::SaveError;
    for lang in [Lang::Zh, Lang::En] {
        let ui = lang.ui();
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[ToggleProjector]);
        let last_row = |model: &Model, width, height| {
            screen_text(model, width, height)
                .lines()
                .last()
                .unwrap()
                .to_string()
        };
        for (width, height) in [(80, 24), (200, 60)] {
            assert!(
                last_row(&model, width, height).contains('━'),
                "no notice yet"
            );
        }
        act(&mut model, &[Undo]);
        for (width, height) in [(80, 24), (200, 60)] {
            let row = last_row(&model, width, height);
            assert!(row.contains(ui.notice_nothing_to_undo), "{row}");
        }
        // The notice is gone with the next key; a failed save is not.
        let why = SaveError::other("No space left on device (os error 28)");
        send(&mut model, [Msg::SaveFailed { why }]);
        act(&mut model, &[Down]);
        let row = last_row(&model, 80, 24);
        assert!(!row.contains(ui.notice_nothing_to_undo), "{row}");
        let failed: String = ui.status_failed.chars().take(4).collect();
        assert!(row.contains(&failed), "{row}");
    }
}

/// The overview (`O`) is what the room reads at the end of a session or in a
/// review: on the projector it takes the step's place at full width, under its own
/// title and without the step's number or the hint at Enter; and F4, pressed on
/// it, leaves the projector as it does on a step.
#[test]
fn the_overview_is_projected_and_f4_leaves_it() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use yeji::keymap::resolve;
    for lang in [Lang::Zh, Lang::En] {
        let ui = lang.ui();
        let mut model = session_model(typical_session(lang));
        let last = doc(&model).steps.len() - 1;
        for _ in 0..last {
            act(&mut model, &[NextStep]);
        }
        act(&mut model, &[ToggleProjector, ToggleDashboard]);
        for (width, height) in [(80, 24), (200, 60)] {
            let shown = screen_text(&model, width, height);
            let room = squash(&shown);
            use yeji::session::StepKind;
            let titles = [
                StepKind::Diagnose,
                StepKind::FiveUnified,
                StepKind::RoleMapping,
            ]
            .map(|kind| step_title(&model, kind, lang));
            for label in titles.iter().map(String::as_str).chain([ui.dash_next]) {
                assert!(room.contains(&squash(label)), "{label}:\n{shown}");
            }
            assert!(room.contains(&squash(ui.dashboard_title)), "{shown}");
            assert!(!room.contains(&squash(ui.dashboard_title_keys)), "{shown}");
            // Neither the step's own panel nor its number in big digits.
            let step_title = doc(&model).steps[last].title.get(lang).to_string();
            assert!(!room.contains(&squash(&step_title)), "{shown}");
            assert!(!shown.contains(ui.agenda), "{shown}");
        }
        let f4 = KeyEvent::new(KeyCode::F(4), KeyModifiers::NONE);
        let msg = resolve(&model, f4).expect("F4 works on the overview");
        send(&mut model, [msg]);
        assert!(!model.display.projector);
        assert!(screen(&model).dashboard, "the overview stays on");
    }
}

/// A review runs no clock: projected, its big digits say how long the step took,
/// as its header does, or show nothing for a step that was not timed, rather
/// than a countdown that never moves.
#[test]
fn a_projected_review_shows_the_time_the_step_took_not_a_countdown() {
    use yeji::session::room::StepTime;
    // The big clock's cells: the right-hand end of the five rows at the top.
    let big_clock = |model: &Model| -> Vec<String> {
        screen_text(model, 80, 24)
            .lines()
            .take(5)
            .map(|row| row.chars().rev().take(20).collect())
            .collect()
    };
    let reviewed = |spent_seconds: u32| {
        let mut doc = typical_session(Lang::En);
        doc.current_step = "wrap-up".into();
        doc.room.timing.insert(
            "wrap-up".into(),
            StepTime {
                spent_seconds,
                extra_minutes: 0,
            },
        );
        let mut model = read_only_model(doc);
        act(&mut model, &[ToggleDashboard, ToggleProjector]);
        assert_eq!(screen(&model).doc.current_step, "wrap-up");
        model
    };
    let untimed = big_clock(&reviewed(0));
    assert!(
        untimed.iter().all(|cells| cells.trim().is_empty()),
        "{untimed:#?}"
    );
    // Ten minutes taken read as the live clock reads with ten minutes left.
    let mut live = session_model(typical_session(Lang::En));
    for _ in 0..6 {
        act(&mut live, &[NextStep]);
    }
    act(&mut live, &[StartPauseTimer, ToggleProjector]);
    yeji::update::update(&mut live, yeji::msg::Msg::Tick, later(600));
    assert_eq!(screen(&live).remaining_seconds(), 600);
    assert_eq!(big_clock(&reviewed(600)), big_clock(&live));
}

/// What the session's agenda calls its first step of `kind`.
fn step_title(model: &Model, kind: yeji::session::StepKind, lang: Lang) -> String {
    let step = doc(model).steps.iter().find(|step| step.kind == kind);
    step.unwrap().title.get(lang).to_string()
}
