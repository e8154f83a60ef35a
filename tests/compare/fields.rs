//! `yeji diff` on pairs of small sessions in which one property of one item
//! changed (an owner, a due date, a status, a quadrant, a link …): each reads as
//! one `#id … old → new` line, in both languages and in Markdown, and nothing else
//! is listed. The sessions are those of `items`.

use chrono::NaiveDate;
use yeji::compare::diff;
use yeji::i18n::Lang;
use yeji::session::Session;
use yeji::session::Side;
use yeji::session::strategy::{Principle, Quadrant};
use yeji::session::wrap_up::{ActionStatus, IndicatorKind, Link};

use crate::items::{body, session, today};

/// Each case: a name, the one change, then what the diff says in Chinese and
/// English text, and Chinese and English Markdown.
type Case = (&'static str, fn(&mut Session), [&'static str; 4]);

const ACTIONS_MD_ZH: &str =
    "## 行动\n\n| 变化 | # | 行动 | 负责人 | 到期 | 状态 |\n|---|---|---|---|---|---|\n";
const ACTIONS_MD_EN: &str =
    "## Actions\n\n| Change | # | Action | Owner | Due | Status |\n|---|---|---|---|---|---|\n";

const CASES: [Case; 16] = [
    (
        "action handed to someone else",
        |doc| doc.wrap_up.actions[0].owner = Some(2),
        [
            "行动\n  改动  #2 整理质检需求 · 负责人 张伟 → 李娜\n",
            "Actions\n  edited  #2 整理质检需求 · owner 张伟 → 李娜\n",
            "| 改动 | 2 | 整理质检需求 | 张伟 → 李娜 |  |  |\n",
            "| edited | 2 | 整理质检需求 | 张伟 → 李娜 |  |  |\n",
        ],
    ),
    (
        "action due later",
        |doc| doc.wrap_up.actions[0].due = NaiveDate::from_ymd_opt(2026, 7, 15),
        [
            "行动\n  改动  #2 整理质检需求 · 到期 2026-06-30 → 2026-07-15\n",
            "Actions\n  edited  #2 整理质检需求 · due 2026-06-30 → 2026-07-15\n",
            "| 改动 | 2 | 整理质检需求 |  | 2026-06-30 → 2026-07-15 |  |\n",
            "| edited | 2 | 整理质检需求 |  | 2026-06-30 → 2026-07-15 |  |\n",
        ],
    ),
    (
        "action started",
        |doc| doc.wrap_up.actions[0].status = ActionStatus::Doing,
        [
            "行动\n  改动  #2 整理质检需求 · 状态 待办 → 进行中\n",
            "Actions\n  edited  #2 整理质检需求 · status open → doing\n",
            "| 改动 | 2 | 整理质检需求 |  |  | 待办 → 进行中 |\n",
            "| edited | 2 | 整理质检需求 |  |  | open → doing |\n",
        ],
    ),
    (
        "action reopened",
        |doc| doc.wrap_up.actions[1].status = ActionStatus::Open,
        [
            "行动\n  改动  #8 上线排班看板 · 状态 已完成 → 待办\n",
            "Actions\n  edited  #8 上线排班看板 · status done → open\n",
            "| 改动 | 8 | 上线排班看板 |  |  | 已完成 → 待办 |\n",
            "| edited | 8 | 上线排班看板 |  |  | done → open |\n",
        ],
    ),
    (
        "action closed, said once",
        |doc| doc.wrap_up.actions[0].status = ActionStatus::Done,
        [
            "行动\n  已关闭  #2 整理质检需求 · 张伟 · 到期 2026-06-30 · 已完成\n",
            "Actions\n  closed  #2 整理质检需求 · 张伟 · due 2026-06-30 · done\n",
            "| 已关闭 | 2 | 整理质检需求 | 张伟 | 2026-06-30 | 已完成 |\n",
            "| closed | 2 | 整理质检需求 | 张伟 | 2026-06-30 | done |\n",
        ],
    ),
    (
        "statement moved to another quadrant",
        |doc| doc.strategy.statements[0].quadrant = Quadrant::C,
        [
            "战略表述\n  改动  #1 一次解决率作为第一指标 · 象限 A 是什么 → C 为了谁\n",
            "Strategy statements\n  edited  #1 一次解决率作为第一指标 · quadrant A what → C who\n",
            "## 战略表述\n\n| 变化 | # | 表述 |\n|---|---|---|\n| 改动 | 1 | 一次解决率作为第一指标 · 象限 A 是什么 → C 为了谁 |\n",
            "## Strategy statements\n\n| Change | # | Statement |\n|---|---|---|\n| edited | 1 | 一次解决率作为第一指标 · quadrant A what → C who |\n",
        ],
    ),
    (
        "statement serves another principle",
        |doc| doc.strategy.statements[0].principle = Principle::DigitalFirst,
        [
            "战略表述\n  改动  #1 一次解决率作为第一指标 · 原则 客户至上 → 数字优先\n",
            "Strategy statements\n  edited  #1 一次解决率作为第一指标 · principle customer first → digital first\n",
            "## 战略表述\n\n| 变化 | # | 表述 |\n|---|---|---|\n| 改动 | 1 | 一次解决率作为第一指标 · 原则 客户至上 → 数字优先 |\n",
            "## Strategy statements\n\n| Change | # | Statement |\n|---|---|---|\n| edited | 1 | 一次解决率作为第一指标 · principle customer first → digital first |\n",
        ],
    ),
    (
        "statement from another side",
        |doc| doc.strategy.statements[0].side = Side::Technology,
        [
            "战略表述\n  改动  #1 一次解决率作为第一指标 · 所属方 业务 → 技术\n",
            "Strategy statements\n  edited  #1 一次解决率作为第一指标 · side business → technology\n",
            "## 战略表述\n\n| 变化 | # | 表述 |\n|---|---|---|\n| 改动 | 1 | 一次解决率作为第一指标 · 所属方 业务 → 技术 |\n",
            "## Strategy statements\n\n| Change | # | Statement |\n|---|---|---|\n| edited | 1 | 一次解决率作为第一指标 · side business → technology |\n",
        ],
    ),
    (
        "indicator of another kind",
        |doc| doc.wrap_up.indicators[0].kind = IndicatorKind::Process,
        [
            "指标\n  改动  #4 平均处理时长 · 类型 结果 → 过程\n",
            "Indicators\n  edited  #4 平均处理时长 · kind outcome → process\n",
            "## 指标\n\n| 变化 | # | 指标 |\n|---|---|---|\n| 改动 | 4 | 平均处理时长 · 类型 结果 → 过程 |\n",
            "## Indicators\n\n| Change | # | Indicator |\n|---|---|---|\n| edited | 4 | 平均处理时长 · kind outcome → process |\n",
        ],
    ),
    (
        "indicator handed to someone else",
        |doc| doc.wrap_up.indicators[0].owner = Some(2),
        [
            "指标\n  改动  #4 平均处理时长 · 负责人 张伟 → 李娜\n",
            "Indicators\n  edited  #4 平均处理时长 · owner 张伟 → 李娜\n",
            "## 指标\n\n| 变化 | # | 指标 |\n|---|---|---|\n| 改动 | 4 | 平均处理时长 · 负责人 张伟 → 李娜 |\n",
            "## Indicators\n\n| Change | # | Indicator |\n|---|---|---|\n| edited | 4 | 平均处理时长 · owner 张伟 → 李娜 |\n",
        ],
    ),
    (
        "decision linked to an initiative",
        |doc| doc.wrap_up.decisions[0].link = Some(Link::Initiative(1)),
        [
            "决定\n  改动  #1 先试点再推广 · 关联 — → 智能质检试点\n",
            "Decisions\n  edited  #1 先试点再推广 · about — → 智能质检试点\n",
            "## 决定\n\n| 变化 | # | 决定 |\n|---|---|---|\n| 改动 | 1 | 先试点再推广 · 关联 — → 智能质检试点 |\n",
            "## Decisions\n\n| Change | # | Decision |\n|---|---|---|\n| edited | 1 | 先试点再推广 · about — → 智能质检试点 |\n",
        ],
    ),
    (
        "decision linked to a step",
        |doc| doc.wrap_up.decisions[0].link = Some(Link::Step("diagnose".into())),
        [
            "决定\n  改动  #1 先试点再推广 · 关联 — → 诊断\n",
            "Decisions\n  edited  #1 先试点再推广 · about — → Diagnose\n",
            "## 决定\n\n| 变化 | # | 决定 |\n|---|---|---|\n| 改动 | 1 | 先试点再推广 · 关联 — → 诊断 |\n",
            "## Decisions\n\n| Change | # | Decision |\n|---|---|---|\n| edited | 1 | 先试点再推广 · about — → Diagnose |\n",
        ],
    ),
    (
        "parked item closed",
        |doc| doc.wrap_up.parking[0].closed = true,
        [
            "停车场\n  改动  #3 预算归属 · 状态 未处理 → 已关闭\n",
            "Parking lot\n  edited  #3 预算归属 · status open → closed\n",
            "## 停车场\n\n| 变化 | # | 事项 |\n|---|---|---|\n| 改动 | 3 | 预算归属 · 状态 未处理 → 已关闭 |\n",
            "## Parking lot\n\n| Change | # | Item |\n|---|---|---|\n| edited | 3 | 预算归属 · status open → closed |\n",
        ],
    ),
    (
        "parked item reopened",
        |doc| doc.wrap_up.parking[1].closed = false,
        [
            "停车场\n  改动  #9 外包合同续签 · 状态 已关闭 → 未处理\n",
            "Parking lot\n  edited  #9 外包合同续签 · status closed → open\n",
            "## 停车场\n\n| 变化 | # | 事项 |\n|---|---|---|\n| 改动 | 9 | 外包合同续签 · 状态 已关闭 → 未处理 |\n",
            "## Parking lot\n\n| Change | # | Item |\n|---|---|---|\n| edited | 9 | 外包合同续签 · status closed → open |\n",
        ],
    ),
    (
        "parked item given an owner",
        |doc| doc.wrap_up.parking[0].owner = Some(2),
        [
            "停车场\n  改动  #3 预算归属 · 负责人 — → 李娜\n",
            "Parking lot\n  edited  #3 预算归属 · owner — → 李娜\n",
            "## 停车场\n\n| 变化 | # | 事项 |\n|---|---|---|\n| 改动 | 3 | 预算归属 · 负责人 — → 李娜 |\n",
            "## Parking lot\n\n| Change | # | Item |\n|---|---|---|\n| edited | 3 | 预算归属 · owner — → 李娜 |\n",
        ],
    ),
    (
        "parked item given a date",
        |doc| doc.wrap_up.parking[0].due = NaiveDate::from_ymd_opt(2026, 4, 1),
        [
            "停车场\n  改动  #3 预算归属 · 到期 — → 2026-04-01\n",
            "Parking lot\n  edited  #3 预算归属 · due — → 2026-04-01\n",
            "## 停车场\n\n| 变化 | # | 事项 |\n|---|---|---|\n| 改动 | 3 | 预算归属 · 到期 — → 2026-04-01 |\n",
            "## Parking lot\n\n| Change | # | Item |\n|---|---|---|\n| edited | 3 | 预算归属 · due — → 2026-04-01 |\n",
        ],
    ),
];

#[test]
fn one_changed_property_reads_as_one_line_in_both_languages_and_in_markdown() {
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
            // The actions' table: only its rows differ from case to case.
            let expected = match (expected.starts_with('|'), lang) {
                (false, _) => expected.to_string(),
                (true, Lang::Zh) => format!("{ACTIONS_MD_ZH}{expected}"),
                (true, Lang::En) => format!("{ACTIONS_MD_EN}{expected}"),
            };
            assert_eq!(said, expected, "{name}, {lang:?}, markdown {markdown}");
        }
    }
}

/// An item unchanged but for what it points at is not listed: a decision linked
/// to an initiative that was renamed still points at the same initiative.
#[test]
fn a_renamed_initiative_does_not_move_the_decisions_linked_to_it() {
    let mut old = session();
    old.wrap_up.decisions[0].link = Some(Link::Initiative(1));
    let mut new = old.clone();
    new.initiatives[0].title = "智能质检推广".into();
    let changes = diff(&old, &new, today());
    assert!(changes.decisions.is_empty(), "{changes:?}");
}

/// Indicators are listed in the newer list's order, each with all that changed
/// in it: a later indicator's new name comes after an earlier one's new target.
#[test]
fn indicator_changes_follow_the_list_order() {
    let old = {
        let mut doc = session();
        let mut second = doc.wrap_up.indicators[0].clone();
        second.id = 5;
        second.name = "一次解决率".into();
        second.unit = "%".into();
        doc.wrap_up.indicators.push(second);
        doc
    };
    let mut new = old.clone();
    new.wrap_up.indicators[0].target = "280".into();
    new.wrap_up.indicators[1].name = "首次解决率".into();
    new.wrap_up.indicators[1].owner = Some(2);
    assert_eq!(
        body(&old, &new, Lang::En, false),
        "Indicators\n  edited  #4 平均处理时长 · target 300秒 → 280秒\n          \
         #5 首次解决率\n            was    一次解决率\n            owner  张伟 → 李娜\n"
    );
}

/// A team reads each kind of change once, as a heading over its items, and all
/// that changed in one item together: an action given a new text, owner, due date
/// and status is one item in the text (a line for each change under it) and one
/// row in Markdown, and the next edited action shares its `edited`.
#[test]
fn the_changes_to_one_item_are_read_together_under_one_label() {
    let old = session();
    let mut new = session();
    let first = &mut new.wrap_up.actions[0];
    first.text = "整理并提交质检需求".into();
    first.owner = Some(2);
    first.due = NaiveDate::from_ymd_opt(2026, 7, 15);
    first.status = ActionStatus::Doing;
    new.wrap_up.actions[1].text = "上线新版排班看板".into();
    let said = |lang, markdown| body(&old, &new, lang, markdown);
    assert_eq!(
        said(Lang::Zh, false),
        "行动\n  改动  #2 整理并提交质检需求\n          原文    整理质检需求\n          \
         负责人  张伟 → 李娜\n          到期    2026-06-30 → 2026-07-15\n          \
         状态    待办 → 进行中\n        #8 上线排班看板 → 上线新版排班看板\n"
    );
    assert_eq!(
        said(Lang::En, false),
        "Actions\n  edited  #2 整理并提交质检需求\n            was     整理质检需求\n            \
         owner   张伟 → 李娜\n            due     2026-06-30 → 2026-07-15\n            \
         status  open → doing\n          #8 上线排班看板 → 上线新版排班看板\n"
    );
    assert_eq!(
        said(Lang::Zh, true),
        format!(
            "{ACTIONS_MD_ZH}| 改动 | 2 | 整理质检需求 → 整理并提交质检需求 | 张伟 → 李娜 | \
             2026-06-30 → 2026-07-15 | 待办 → 进行中 |\n|  | 8 | 上线排班看板 → 上线新版排班看板 |  |  |  |\n"
        )
    );
    assert_eq!(
        said(Lang::En, true),
        format!(
            "{ACTIONS_MD_EN}| edited | 2 | 整理质检需求 → 整理并提交质检需求 | 张伟 → 李娜 | \
             2026-06-30 → 2026-07-15 | open → doing |\n|  | 8 | 上线排班看板 → 上线新版排班看板 |  |  |  |\n"
        )
    );
}
