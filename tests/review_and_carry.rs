//! Review opens on an overview; a follow-up session carries over people, roles,
//! initiatives and open actions, and starts by reviewing those actions.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Dialog, Model, Screen};
use yeji::msg::Action::*;
use yeji::msg::Msg;
use yeji::session::carry::carry_over;
use yeji::session::shared::Shared;
use yeji::session::wrap_up::{ActionItem, ActionStatus};
use yeji::template::Template;
use yeji::update::update;

#[test]
fn review_opens_on_the_overview_and_enter_goes_through_the_steps() {
    let mut model = read_only_model(typical_session(Lang::Zh));
    assert!(screen(&model).dashboard);
    let text = screen_text(&model, 80, 24);
    for expected in [
        "全局概览",
        "数字化初步发展期",
        "已达成 1/5",
        "战略协同",
        "相差 2",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    act(&mut model, &[ToggleDashboard]);
    assert!(!screen(&model).dashboard);
    act(&mut model, &[NextStep]);
    assert_eq!(
        doc(&model).current_step,
        "diagnose",
        "review moves between steps"
    );
    act(&mut model, &[ToggleDashboard]);
    assert!(screen(&model).dashboard, "O brings the overview back");
}

/// A review has no timebox to run: its header says how long each step took, and
/// the whole session on the overview, rather than a paused countdown.
#[test]
fn a_reviews_header_says_how_long_the_steps_took() {
    use yeji::session::room::StepTime;
    for lang in [Lang::Zh, Lang::En] {
        let mut session = typical_session(lang);
        let first = session.steps[0].id.clone();
        let second = session.steps[1].id.clone();
        for (step, seconds) in [(first, 754), (second, 6000)] {
            let time = StepTime {
                spent_seconds: seconds,
                extra_minutes: 0,
            };
            session.room.timing.insert(step, time);
        }
        let mut model = read_only_model(session);
        let ui = lang.ui();
        let header = |model: &Model| {
            screen_text(model, 80, 24)
                .lines()
                .next()
                .unwrap()
                .trim_end()
                .to_string()
        };
        let total = yeji::i18n::fill(ui.review_spent_total, &["1:52:34"]);
        assert!(header(&model).ends_with(&total), "{}", header(&model));
        act(&mut model, &[ToggleDashboard]);
        let first = yeji::i18n::fill(ui.review_spent, &["12:34"]);
        assert!(header(&model).ends_with(&first), "{}", header(&model));
        act(&mut model, &[NextStep, NextStep]);
        assert!(
            header(&model).ends_with(ui.review_untimed),
            "{}",
            header(&model)
        );
        assert!(!header(&model).contains("⏸"), "{}", header(&model));
    }
}

/// A review's footer offers the keys that move around, not those that would only
/// be refused as changes.
#[test]
fn a_reviews_footer_offers_no_key_that_would_change_the_session() {
    let mut model = read_only_model(typical_session(Lang::En));
    act(&mut model, &[ToggleDashboard, NextStep, NextStep]);
    assert_eq!(doc(&model).current_step, "strategy");
    let text = screen_text(&model, 120, 30);
    let hints = text.lines().nth(28).unwrap();
    assert!(hints.contains("next step"), "{hints}");
    for refused in ["add", "quadrant", "principle", "timer"] {
        assert!(!hints.contains(refused), "{refused:?} offered: {hints}");
    }
    let mut editable = session_model(typical_session(Lang::En));
    act(&mut editable, &[NextStep, NextStep]);
    let text = screen_text(&editable, 120, 30);
    assert!(text.lines().nth(28).unwrap().contains("add"), "{text}");
}

#[test]
fn the_overview_snapshots_in_both_languages() {
    for lang in [Lang::Zh, Lang::En] {
        let model = read_only_model(typical_session(lang));
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen_text(&model, width, height);
            insta::assert_snapshot!(format!("dashboard_{}_{width}x{height}", lang.code()), text);
        }
    }
}

/// Each line of the overview wraps under its own value while the panel has the
/// rows, rather than being cut off; on a panel too short for that, each keeps a row.
#[test]
fn the_overview_reads_in_full_where_it_has_the_rows() {
    let model = read_only_model(typical_session(Lang::En));
    let text = screen_text(&model, 80, 24);
    let said = panel_text(&text);
    for words in [
        "the room's picks differed",
        "warning",
        "Implementation  bus.",
    ] {
        assert!(said.contains(words), "{words}:\n{text}");
    }
    let short = screen_text(&model, 80, 16);
    assert!(short.contains("Next session"), "{short}");
}

/// Under the overview, in the rows it leaves free, a reviewing team reads what was
/// decided and which actions are still open, with owners and dates; finished
/// actions are left out, and a list too long for the rows says how many more.
#[test]
fn the_overview_lists_the_decisions_and_the_open_actions() {
    let mut session = typical_session(Lang::En);
    let today = t0().date_naive();
    let action = |id: u32, text: &str, status, days: i64| {
        Shared::new(ActionItem {
            id,
            text: text.into(),
            owner: Some(1),
            due: Some(today + chrono::Duration::days(days)),
            status,
            initiative: None,
        })
    };
    let wrap_up = &mut session.wrap_up;
    wrap_up.decisions = vec![yeji::session::wrap_up::Decision {
        id: 20,
        text: "Dispute handling is the first pilot".into(),
        link: None,
    }];
    wrap_up.actions = vec![
        action(21, "Draft one definition per KPI", ActionStatus::Open, 7),
        action(22, "Move the old ticket system", ActionStatus::Done, -30),
        action(23, "Set up the joint triage", ActionStatus::Doing, -3),
    ];
    let owner = session.setup.participants[0].name.clone();
    let late = (today - chrono::Duration::days(3))
        .format("%m-%d")
        .to_string();
    let model = read_only_model(session.clone());
    let text = screen_text(&model, 80, 24);
    let said = panel_text(&text);
    for words in [
        "Dispute handling is the first pilot".to_string(),
        "Draft one definition per KPI".to_string(),
        format!("Set up the joint triage · {owner} · {late}!"),
    ] {
        assert!(said.contains(&words), "{words}:\n{text}");
    }
    assert!(!said.contains("Move the old ticket system"), "{text}");

    session.wrap_up.actions = (0..12)
        .map(|n| action(30 + n, &format!("Task {n}"), ActionStatus::Open, 7))
        .collect();
    let text = screen_text(&read_only_model(session), 80, 24);
    let said = panel_text(&text);
    assert!(
        said.contains("Dispute handling is the first pilot"),
        "{text}"
    );
    assert!(said.contains("Task 0"), "{text}");
    assert!(said.contains("more (Enter for the steps)"), "{text}");
}

fn previous() -> yeji::session::Session {
    let mut session = typical_session(Lang::Zh);
    session.raci.toggle_holder(1, 2);
    session.wrap_up.actions = vec![
        ActionItem {
            id: 1,
            text: "统一口径".into(),
            owner: Some(2),
            due: None,
            status: ActionStatus::Open,
            initiative: Some(2),
        },
        ActionItem {
            id: 2,
            text: "done already".into(),
            owner: None,
            due: None,
            status: ActionStatus::Done,
            initiative: None,
        },
        ActionItem {
            id: 3,
            text: "试点".into(),
            owner: Some(1),
            due: None,
            status: ActionStatus::Doing,
            initiative: None,
        },
    ]
    .into_iter()
    .map(Shared::new)
    .collect();
    session
}

#[test]
fn a_follow_up_keeps_people_roles_initiatives_and_open_actions_only() {
    let old = previous();
    let new = carry_over(
        &old,
        &Template::embedded_default(),
        "第二期",
        Lang::Zh,
        later(86_400 * 14),
    );
    assert_eq!(new.setup.title, "第二期");
    assert_eq!(new.setup.participants, old.setup.participants);
    assert_eq!(new.setup.organisation, old.setup.organisation);
    assert_eq!(new.roles, old.roles);
    assert_eq!(new.raci.holders, old.raci.holders);
    let ids: Vec<u32> = new.initiatives.iter().map(|i| i.id).collect();
    assert_eq!(
        ids,
        [1, 2, 3, 4, 5],
        "initiatives keep their ids for comparing"
    );
    assert!(new.initiatives.iter().all(|i| i.serves.is_empty()));
    let carried: Vec<&str> = new
        .wrap_up
        .actions
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(carried, ["统一口径", "试点"]);
    assert!(
        new.strategy.statements.is_empty(),
        "the new meeting thinks afresh"
    );
    assert!(new.diagnosis.votes.is_empty());
    // Round trip: the follow-up saves and loads like any session.
    let text = yeji::session::file::to_ron(&new);
    assert!(yeji::session::file::parse(std::path::Path::new("f.ron"), &text).is_ok());
}

#[test]
fn a_follow_up_starts_by_reviewing_the_carried_actions() {
    let mut doc = carry_over(
        &previous(),
        &Template::embedded_default(),
        "",
        Lang::En,
        t0(),
    );
    let dates = [(2026, 12, 9), (2026, 11, 20)];
    for (action, (year, month, day)) in doc.wrap_up.actions.iter_mut().zip(dates) {
        action.due = chrono::NaiveDate::from_ymd_opt(year, month, day);
    }
    let mut opened = opened(doc, false);
    opened.carried = true;
    let mut model = start_model(Lang::En);
    update(&mut model, Msg::Opened(Box::new(opened)), t0());
    assert!(matches!(
        screen(&model).dialog,
        Some(Dialog::CarriedActions { cursor: 0 })
    ));
    let text = screen_text(&model, 80, 24);
    // The owner and the due date follow the action, an overdue date marked `!`.
    for (action, owner, due) in [(0, 1, "12-09"), (1, 0, "11-20!")] {
        let item = &doc_of(&model).wrap_up.actions[action];
        let name = &doc_of(&model).setup.participants[owner].name;
        let row = text
            .lines()
            .find(|line| line.contains(&item.text))
            .unwrap_or_else(|| panic!("{} missing:\n{text}", item.text));
        assert!(
            row.contains(&format!("{} · {name} · {due}", item.text)),
            "{row}"
        );
    }
    act(
        &mut model,
        &[
            CycleActionStatus,
            CycleActionStatus,
            Down,
            CycleActionStatus,
            CycleActionStatus,
        ],
    );
    let statuses: Vec<ActionStatus> = doc_of(&model)
        .wrap_up
        .actions
        .iter()
        .map(|a| a.status)
        .collect();
    assert_eq!(statuses, [ActionStatus::Done, ActionStatus::Dropped]);
    act(&mut model, &[Cancel]);
    assert_eq!(screen(&model).dialog, None);
    act(&mut model, &[Undo]);
    assert_eq!(doc_of(&model).wrap_up.actions[1].status, ActionStatus::Done);
}

fn doc_of(model: &Model) -> &yeji::session::Session {
    match &model.screen {
        Screen::Session(screen) => &screen.doc,
        Screen::Start(_) => panic!("no session"),
    }
}

/// Reviewing a follow-up on the shorter agenda: the overview leaves out the steps
/// that agenda does not have, and keeps those it has.
#[test]
fn the_overview_of_a_follow_up_shows_only_its_own_steps() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/templates/follow-up.ron");
    let agenda = Template::load(&path).unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let doc = carry_over(&previous(), &agenda, "", lang, t0());
        let model = read_only_model(doc);
        let text = screen_text(&model, 80, 24);
        let ui = lang.ui();
        // Wide enough that the agenda's long name for the synergies keeps one row.
        let wide = screen_text(&model, 120, 40);
        let synergies = doc_of(&model).steps[2].title.get(lang).to_string();
        for shown in [synergies.as_str(), ui.dash_actions, ui.dash_next] {
            assert!(panel_text(&wide).contains(shown), "{shown}:\n{wide}");
        }
        // The default agenda's names for the steps this one leaves out.
        let default = read_only_model(typical_session(lang));
        let titles: Vec<String> = doc_of(&default).steps[1..=5]
            .iter()
            .filter(|step| step.kind != yeji::session::StepKind::FourSynergies)
            .map(|step| step.title.get(lang).to_string())
            .collect();
        for left_out in &titles {
            assert!(
                !panel_text(&text).contains(left_out.as_str()),
                "{left_out}:\n{text}"
            );
        }
    }
    let text = screen_text(&read_only_model(previous()), 80, 24);
    assert!(panel_text(&text).contains("角色分工"), "{text}");
}

/// The overview names its rows as the agenda names the steps, in the workshop's
/// own terms; where the label column is narrow a long name wraps rather than
/// being cut or shortened.
#[test]
fn the_overview_names_its_rows_as_the_agenda_does() {
    let cases = [
        (
            Lang::Zh,
            80,
            vec![
                "诊断",
                "全脑型战略规划",
                "五统一",
                "四协同（今天）",
                "角色分工",
            ],
        ),
        (
            Lang::En,
            120,
            vec![
                "Diagnose",
                "Whole-brain strategy",
                "Five unified",
                "Four synergies (today)",
                "Role mapping",
            ],
        ),
        (
            Lang::En,
            80,
            vec![
                "Diagnose",
                "Whole-brain",
                "strategy",
                "Five unified",
                "Four synergies",
                "(today)",
                "Role mapping",
            ],
        ),
    ];
    for (lang, width, labels) in cases {
        let model = read_only_model(typical_session(lang));
        let text = screen_text(&model, width, 24);
        let label_column: Vec<String> = text
            .lines()
            .filter_map(|line| line.split('┃').nth(1))
            .map(|row| row.split("  ").next().unwrap_or("").trim().to_string())
            .collect();
        for label in labels {
            assert!(
                label_column.iter().any(|shown| shown == label),
                "{label}:\n{text}"
            );
        }
    }
}

/// The carried actions show which one is selected by a mark as well as by colour,
/// so that it shows without colour too, and say so where an action has no owner,
/// as the wrap-up step does.
#[test]
fn the_carried_actions_mark_the_selected_one_and_say_when_nobody_owns_it() {
    for lang in [Lang::Zh, Lang::En] {
        let mut doc = carry_over(&previous(), &Template::embedded_default(), "", lang, t0());
        doc.wrap_up.actions[1].owner = None;
        let mut opened = opened(doc, false);
        opened.carried = true;
        let mut model = start_model(lang);
        update(&mut model, Msg::Opened(Box::new(opened)), t0());
        let row_of = |model: &Model, action: usize| {
            let text = screen_text(model, 80, 24);
            let wanted = doc_of(model).wrap_up.actions[action].text.clone();
            let row = text.lines().find(|line| line.contains(&wanted));
            let row = row.unwrap_or_else(|| panic!("{wanted} missing:\n{text}"));
            row.trim_start_matches(['│', '┃', ' ']).to_string()
        };
        assert!(row_of(&model, 0).starts_with('▶'), "{}", row_of(&model, 0));
        assert!(!row_of(&model, 1).contains('▶'), "{}", row_of(&model, 1));
        let nobody = lang.ui().no_owner;
        assert!(row_of(&model, 1).contains(nobody), "{}", row_of(&model, 1));
        act(&mut model, &[Down]);
        assert!(!row_of(&model, 0).contains('▶'), "{}", row_of(&model, 0));
        assert!(row_of(&model, 1).starts_with('▶'), "{}", row_of(&model, 1));
    }
}
