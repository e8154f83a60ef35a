//! `yeji diff` on pairs of small sessions that differ in exactly one thing: each
//! kind of item edited, added or removed reads as one line, in both languages and
//! in Markdown, and nothing else is listed. Then a carry-over, whose ids are not
//! the older session's.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use yeji::compare::{diff, render_markdown, render_text};
use yeji::i18n::Lang;
use yeji::session::carry::carry_over;
use yeji::session::shared::Shared;
use yeji::session::strategy::{Principle, Quadrant, Statement};
use yeji::session::unified::{Initiative, Priority};
use yeji::session::wrap_up::{
    ActionItem, ActionStatus, Decision, Indicator, IndicatorKind, ParkedItem,
};
use yeji::session::{Participant, Session, Side};
use yeji::template::Template;

pub fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-03-02T09:30:00+08:00").unwrap()
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
}

pub fn action(id: u32, text: &str, status: ActionStatus) -> Shared<ActionItem> {
    Shared::new(ActionItem {
        id,
        text: text.into(),
        owner: Some(1),
        due: NaiveDate::from_ymd_opt(2026, 6, 30),
        status,
        initiative: None,
    })
}

/// One of each kind of item, and a finished action and a closed parked item.
pub fn session() -> Session {
    let mut doc = Session::new(&Template::embedded_default(), "复盘", Lang::Zh, t0());
    doc.setup.organisation = "测试中心".into();
    doc.setup.participants.push(Participant {
        id: 1,
        name: "张伟".into(),
        department: String::new(),
        side: Side::Business,
    });
    doc.setup.participants.push(Participant {
        id: 2,
        name: "李娜".into(),
        department: String::new(),
        side: Side::Technology,
    });
    doc.strategy.statements.push(Shared::new(Statement {
        id: 1,
        text: "一次解决率作为第一指标".into(),
        quadrant: Quadrant::A,
        principle: Principle::CustomerFirst,
        side: Side::Business,
        authors: vec![1],
    }));
    doc.initiatives = vec![Initiative {
        id: 1,
        title: "智能质检试点".into(),
        description: String::new(),
        serves: vec![1],
        priority: Priority::High,
        quarter: None,
    }]
    .into();
    let wrap_up = &mut doc.wrap_up;
    wrap_up.decisions.push(Decision {
        id: 1,
        text: "先试点再推广".into(),
        link: None,
    });
    wrap_up
        .actions
        .push(action(2, "整理质检需求", ActionStatus::Open));
    wrap_up
        .actions
        .push(action(8, "上线排班看板", ActionStatus::Done));
    wrap_up.parking.push(ParkedItem {
        id: 3,
        text: "预算归属".into(),
        raised_in: "wrap-up".into(),
        owner: None,
        due: None,
        closed: false,
    });
    wrap_up.parking.push(ParkedItem {
        id: 9,
        text: "外包合同续签".into(),
        raised_in: "diagnose".into(),
        owner: None,
        due: None,
        closed: true,
    });
    wrap_up.indicators.push(Indicator {
        id: 4,
        name: "平均处理时长".into(),
        kind: IndicatorKind::Outcome,
        baseline: "320秒".into(),
        target: "300".into(),
        unit: "秒".into(),
        owner: Some(1),
    });
    doc
}

/// What the diff says after its header: the sections, in one language and form.
pub fn body(old: &Session, new: &Session, lang: Lang, markdown: bool) -> String {
    let changes = diff(old, new, today());
    if markdown {
        let text = render_markdown(&changes, lang);
        let (_, body) = text.split_once("\n\n## ").expect(&text);
        format!("## {body}")
    } else {
        let text = render_text(&changes, lang, false);
        let (_, body) = text.split_once("\n\n").expect(&text);
        body.to_string()
    }
}

/// Each case: a name, the one change, then what the diff says in Chinese and
/// English text, and Chinese and English Markdown.
type Case = (&'static str, fn(&mut Session), [&'static str; 4]);

const CASES: [Case; 9] = [
    (
        "statement edited",
        |doc| doc.strategy.statements[0].text = "一次解决率是所有改造的第一指标".into(),
        [
            "战略表述\n  改动  #1 一次解决率作为第一指标 → 一次解决率是所有改造的第一指标\n",
            "Strategy statements\n  edited  #1 一次解决率作为第一指标 → 一次解决率是所有改造的第一指标\n",
            "## 战略表述\n\n| 变化 | # | 表述 |\n|---|---|---|\n| 改动 | 1 | 一次解决率作为第一指标 → 一次解决率是所有改造的第一指标 |\n",
            "## Strategy statements\n\n| Change | # | Statement |\n|---|---|---|\n| edited | 1 | 一次解决率作为第一指标 → 一次解决率是所有改造的第一指标 |\n",
        ],
    ),
    (
        "initiative renamed",
        |doc| doc.initiatives[0].title = "智能质检推广".into(),
        [
            "举措\n  改名  #1 智能质检试点 → 智能质检推广\n",
            "Initiatives\n  renamed  #1 智能质检试点 → 智能质检推广\n",
            "## 举措\n\n| 变化 | # | 举措 |\n|---|---|---|\n| 改名 | 1 | 智能质检试点 → 智能质检推广 |\n",
            "## Initiatives\n\n| Change | # | Initiative |\n|---|---|---|\n| renamed | 1 | 智能质检试点 → 智能质检推广 |\n",
        ],
    ),
    (
        "decision edited",
        |doc| doc.wrap_up.decisions[0].text = "先在一个班组试点".into(),
        [
            "决定\n  改动  #1 先试点再推广 → 先在一个班组试点\n",
            "Decisions\n  edited  #1 先试点再推广 → 先在一个班组试点\n",
            "## 决定\n\n| 变化 | # | 决定 |\n|---|---|---|\n| 改动 | 1 | 先试点再推广 → 先在一个班组试点 |\n",
            "## Decisions\n\n| Change | # | Decision |\n|---|---|---|\n| edited | 1 | 先试点再推广 → 先在一个班组试点 |\n",
        ],
    ),
    (
        "decision added",
        |doc| {
            doc.wrap_up.decisions.push(Decision {
                id: 5,
                text: "每月复盘一次".into(),
                link: None,
            })
        },
        [
            "决定\n  新增  #5 每月复盘一次\n",
            "Decisions\n  added  #5 每月复盘一次\n",
            "## 决定\n\n| 变化 | # | 决定 |\n|---|---|---|\n| 新增 | 5 | 每月复盘一次 |\n",
            "## Decisions\n\n| Change | # | Decision |\n|---|---|---|\n| added | 5 | 每月复盘一次 |\n",
        ],
    ),
    (
        "action edited",
        |doc| doc.wrap_up.actions[0].text = "整理质检需求清单".into(),
        [
            "行动\n  改动  #2 整理质检需求 → 整理质检需求清单\n",
            "Actions\n  edited  #2 整理质检需求 → 整理质检需求清单\n",
            "## 行动\n\n| 变化 | # | 行动 | 负责人 | 到期 | 状态 |\n|---|---|---|---|---|---|\n| 改动 | 2 | 整理质检需求 → 整理质检需求清单 |  |  |  |\n",
            "## Actions\n\n| Change | # | Action | Owner | Due | Status |\n|---|---|---|---|---|---|\n| edited | 2 | 整理质检需求 → 整理质检需求清单 |  |  |  |\n",
        ],
    ),
    (
        "parked item edited",
        |doc| doc.wrap_up.parking[0].text = "智能客服预算归属".into(),
        [
            "停车场\n  改动  #3 预算归属 → 智能客服预算归属\n",
            "Parking lot\n  edited  #3 预算归属 → 智能客服预算归属\n",
            "## 停车场\n\n| 变化 | # | 事项 |\n|---|---|---|\n| 改动 | 3 | 预算归属 → 智能客服预算归属 |\n",
            "## Parking lot\n\n| Change | # | Item |\n|---|---|---|\n| edited | 3 | 预算归属 → 智能客服预算归属 |\n",
        ],
    ),
    (
        "parked item removed",
        |doc| _ = doc.wrap_up.parking.remove(0),
        [
            "停车场\n  已移除  #3 预算归属\n",
            "Parking lot\n  removed  #3 预算归属\n",
            "## 停车场\n\n| 变化 | # | 事项 |\n|---|---|---|\n| 已移除 | 3 | 预算归属 |\n",
            "## Parking lot\n\n| Change | # | Item |\n|---|---|---|\n| removed | 3 | 预算归属 |\n",
        ],
    ),
    (
        "indicator renamed",
        |doc| doc.wrap_up.indicators[0].name = "平均通话时长".into(),
        [
            "指标\n  改动  #4 平均处理时长 → 平均通话时长\n",
            "Indicators\n  edited  #4 平均处理时长 → 平均通话时长\n",
            "## 指标\n\n| 变化 | # | 指标 |\n|---|---|---|\n| 改动 | 4 | 平均处理时长 → 平均通话时长 |\n",
            "## Indicators\n\n| Change | # | Indicator |\n|---|---|---|\n| edited | 4 | 平均处理时长 → 平均通话时长 |\n",
        ],
    ),
    (
        "indicator target moved",
        |doc| doc.wrap_up.indicators[0].target = "260 秒".into(),
        [
            "指标\n  改动  #4 平均处理时长 · 目标 300秒 → 260秒\n",
            "Indicators\n  edited  #4 平均处理时长 · target 300秒 → 260秒\n",
            "## 指标\n\n| 变化 | # | 指标 |\n|---|---|---|\n| 改动 | 4 | 平均处理时长 · 目标 300秒 → 260秒 |\n",
            "## Indicators\n\n| Change | # | Indicator |\n|---|---|---|\n| edited | 4 | 平均处理时长 · target 300秒 → 260秒 |\n",
        ],
    ),
];

#[test]
fn one_change_reads_as_one_line_in_both_languages_and_in_markdown() {
    let old = session();
    for (name, change, expected) in CASES {
        let mut new = session();
        change(&mut new);
        let forms = [
            (Lang::Zh, false),
            (Lang::En, false),
            (Lang::Zh, true),
            (Lang::En, true),
        ];
        for ((lang, markdown), expected) in forms.into_iter().zip(expected) {
            let said = body(&old, &new, lang, markdown);
            assert_eq!(said, expected, "{name}, {lang:?}, markdown {markdown}");
        }
    }
}

/// A value typed with its unit in one session and without it in the other reads
/// the same, so it did not change.
#[test]
fn a_value_written_another_way_with_the_same_unit_did_not_change() {
    let old = session();
    let mut new = session();
    new.wrap_up.indicators[0].baseline = "320".into();
    new.wrap_up.indicators[0].target = "300秒".into();
    let changes = diff(&old, &new, today());
    assert!(changes.is_empty(), "{changes:?}");
    assert!(
        render_text(&changes, Lang::En, false)
            .ends_with("\n\nNothing changed between the two sessions.\n")
    );
}

/// A follow-up carries over the unfinished actions with their ids and numbers its
/// own items afresh: an id the older session gave to a finished action or to a
/// decision is then something else, not an edit, and what the carry-over left
/// behind was not removed.
#[test]
fn a_carried_over_session_is_compared_by_text_where_its_ids_are_new() {
    let mut old = session();
    old.wrap_up
        .actions
        .push(action(6, "旧工单系统迁移", ActionStatus::Done));
    old.wrap_up
        .actions
        .push(action(7, "确定试点班组", ActionStatus::Dropped));
    let mut new = carry_over(
        &old,
        &Template::embedded_default(),
        "第二期",
        Lang::Zh,
        t0() + Duration::days(90),
    );
    new.wrap_up
        .actions
        .push(action(6, "调研坐席辅助需求", ActionStatus::Open));
    new.wrap_up.decisions.push(Decision {
        id: 1,
        text: "每月复盘一次".into(),
        link: None,
    });
    let changes = diff(&old, &new, today());
    let ids =
        |list: &[yeji::compare::diff::ActionRef]| list.iter().map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(ids(&changes.actions.new), [6]);
    assert!(changes.actions.removed.is_empty(), "{changes:?}");
    assert!(changes.actions.edited.is_empty(), "{changes:?}");
    assert_eq!(changes.decisions.added.len(), 1, "{changes:?}");
    assert!(changes.decisions.edited.is_empty() && changes.decisions.removed.is_empty());
    assert!(changes.parking.is_empty() && changes.indicators.is_empty());
    let text = render_text(&changes, Lang::Zh, false);
    assert!(
        text.contains("\n行动\n  新增  #6 调研坐席辅助需求 · 张伟 · 到期 2026-06-30\n"),
        "{text}"
    );
    assert!(text.contains("\n决定\n  新增  #1 每月复盘一次\n"), "{text}");
    assert!(!text.contains("旧工单系统迁移"), "{text}");
    assert!(!text.contains("确定试点班组"), "{text}");
    // The carried action, edited in the follow-up, is still the same action.
    new.wrap_up.actions[0].text = "整理质检需求清单".into();
    let text = render_text(&diff(&old, &new, today()), Lang::En, false);
    assert!(
        text.contains("  edited  #2 整理质检需求 → 整理质检需求清单\n"),
        "{text}"
    );
}
