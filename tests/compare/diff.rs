//! `yeji diff` on a crafted pair: the stage agreed later, one synergy rating up and
//! one down, an initiative added, one dropped and one renamed, RACI cells changed,
//! an action closed, a new one and an overdue one.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use yeji::compare::diff::{Change, InitiativeRef, Renamed, Trend};
use yeji::compare::{diff, render_markdown, render_text, run_diff, run_diff_on};
use yeji::i18n::Lang;
use yeji::session::diagnosis::Stage;
use yeji::session::file::to_ron;
use yeji::session::raci::Raci;
use yeji::session::shared::Shared;
use yeji::session::synergy::{Level, Rating, SynergyKind};
use yeji::session::unified::{AgreementStatus, Initiative, Priority, UnifiedKind};
use yeji::session::wrap_up::{ActionItem, ActionStatus};
use yeji::session::{Participant, Session, Side};
use yeji::template::Template;

fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2025-12-02T09:30:00+08:00").unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

fn day(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap()
}

fn initiative(id: u32, title: &str) -> Initiative {
    Initiative {
        id,
        title: title.into(),
        description: String::new(),
        serves: Vec::new(),
        priority: Priority::Medium,
        quarter: None,
    }
}

fn action(id: u32, text: &str, owner: u32, due: NaiveDate, status: ActionStatus) -> ActionItem {
    ActionItem {
        id,
        text: text.into(),
        owner: Some(owner),
        due: Some(due),
        status,
        initiative: None,
    }
}

fn rating(today: u8, target: u8) -> Rating {
    Rating {
        today: Some(today),
        target: Some(target),
    }
}

/// The first session of a centre.
fn old_session() -> Session {
    let mut doc = Session::new(
        &Template::embedded_default(),
        "业技融合共创 第一期",
        Lang::Zh,
        t0(),
    );
    doc.setup.organisation = "广东 95598 客服中心".into();
    let people = [
        ("张伟", Side::Business),
        ("李娜", Side::Technology),
        ("王芳", Side::Business),
        ("杨磊", Side::Technology),
    ];
    for ((name, side), id) in people.into_iter().zip(1..) {
        doc.setup.participants.push(Participant {
            id,
            name: name.into(),
            department: String::new(),
            side,
        });
    }
    doc.diagnosis.votes = [
        (1, Stage::SteadyOperation),
        (2, Stage::SteadyOperation),
        (3, Stage::EarlyDigitalisation),
        (4, Stage::SteadyOperation),
    ]
    .into_iter()
    .collect();
    doc.diagnosis.agreed = Some(Stage::SteadyOperation);
    doc.synergies[0].business = rating(2, 4);
    doc.synergies[0].technology = rating(3, 4);
    doc.synergies[1].business = rating(3, 4);
    doc.synergies[1].technology = rating(3, 4);
    doc.unified[1].status = AgreementStatus::Partly;
    doc.unified[2].status = AgreementStatus::Disputed;
    doc.initiatives = vec![
        initiative(1, "智能质检试点"),
        initiative(2, "统一工单系统"),
        initiative(3, "Knowledge base for agents"),
    ]
    .into();
    doc.raci.set(1, 1, Some(Raci::A));
    doc.raci.set(1, 3, Some(Raci::R));
    doc.raci.set(2, 2, Some(Raci::A));
    doc.raci.set(2, 7, Some(Raci::R));
    doc.raci.set(3, 1, Some(Raci::A));
    doc.wrap_up.actions = vec![
        action(1, "整理质检需求清单", 1, day(1, 15), ActionStatus::Open),
        action(2, "确定试点班组", 2, day(1, 10), ActionStatus::Doing),
        action(3, "统一预算口径", 3, day(5, 1), ActionStatus::Open),
    ]
    .into_iter()
    .map(Shared::new)
    .collect();
    doc
}

/// The same centre three months later.
fn new_session() -> Session {
    let mut doc = old_session();
    doc.setup.title = "业技融合共创 第二期".into();
    doc.setup.starts_at = t0() + Duration::days(84);
    doc.diagnosis.votes.insert(1, Stage::EarlyDigitalisation);
    doc.diagnosis.votes.insert(2, Stage::EarlyDigitalisation);
    doc.diagnosis.agreed = Some(Stage::EarlyDigitalisation);
    doc.synergies[0].business.today = Some(3);
    doc.synergies[0].technology.today = Some(2);
    doc.unified[0].status = AgreementStatus::Agreed;
    doc.unified[2].status = AgreementStatus::Partly;
    doc.remove_initiative(3);
    doc.initiatives[1].title = "工单一体化".into();
    doc.initiatives.push(initiative(4, "坐席辅助机器人"));
    doc.raci.set(1, 4, Some(Raci::R));
    doc.raci.set(2, 7, Some(Raci::C));
    doc.raci.set(4, 1, Some(Raci::A));
    doc.wrap_up.actions[0].status = ActionStatus::Done;
    doc.wrap_up.actions.push(Shared::new(action(
        4,
        "调研坐席辅助需求",
        4,
        day(4, 1),
        ActionStatus::Open,
    )));
    doc
}

#[test]
fn the_agreed_stage_and_the_picks_that_moved_are_reported() {
    let changes = diff(&old_session(), &new_session(), today());
    assert_eq!(
        changes.stage.agreed,
        Change {
            old: Some(Stage::SteadyOperation),
            new: Some(Stage::EarlyDigitalisation)
        }
    );
    assert_eq!(changes.stage.picks.old, [0, 3, 1, 0]);
    assert_eq!(changes.stage.picks.new, [0, 1, 3, 0]);
    let text = render_text(&changes, Lang::Zh, false);
    assert!(
        text.contains("共识阶段  平稳运行期 → 数字化初步发展期"),
        "{text}"
    );
    assert!(text.contains("各人所选  平稳运行期 3 → 1 ↓"), "{text}");
}

#[test]
fn one_synergy_rating_went_up_and_one_down() {
    let changes = diff(&old_session(), &new_session(), today());
    assert_eq!(changes.synergies.len(), 1, "only strategic synergy changed");
    let strategic = &changes.synergies[0];
    assert_eq!(strategic.kind, SynergyKind::Strategic);
    let find = |side, level| {
        strategic
            .ratings
            .iter()
            .find(|r| r.side == side && r.level == level)
            .unwrap()
    };
    let business = find(Side::Business, Level::Today);
    assert_eq!(
        business.value,
        Change {
            old: Some(2),
            new: Some(3)
        }
    );
    assert_eq!(business.trend(), Some(Trend::Up));
    assert_eq!(
        find(Side::Technology, Level::Today).trend(),
        Some(Trend::Down)
    );
    // The targets stayed at 4: not listed anywhere.
    assert_eq!(strategic.ratings.len(), 2, "{strategic:?}");
    let text = render_text(&changes, Lang::Zh, false);
    assert!(text.contains("战略协同  业务 今天 2 → 3 ↑"), "{text}");
    assert!(text.contains("技术 今天 3 → 2 ↓"), "{text}");
    assert!(!text.contains("目标"), "{text}");
    let markdown = render_markdown(&changes, Lang::En);
    assert!(
        markdown.contains("| Strategic synergy | business | today | 2 | 3 | ↑ |"),
        "{markdown}"
    );
    assert!(!markdown.contains("target"), "{markdown}");
    let english = render_text(&changes, Lang::En, false);
    assert!(
        english.contains("Strategic synergy  business today 2 → 3 ↑"),
        "{english}"
    );
    assert!(!english.contains("target"), "{english}");
}

/// A five-unified item that moved between two statuses other than agreed leaves
/// the count of agreed items as it was: the count is not repeated.
#[test]
fn an_agreed_count_that_stayed_is_not_listed() {
    let old = old_session();
    let mut new = old_session();
    new.unified[2].status = AgreementStatus::Partly;
    let changes = diff(&old, &new, day(1, 1));
    assert!(!changes.agreed_unified.changed());
    assert_eq!(
        render_text(&changes, Lang::Zh, false),
        "会话对比：广东 95598 客服中心\n  旧  2025-12-02 09:30  业技融合共创 第一期\n  新  2025-12-02 09:30  业技融合共创 第一期\n\n五统一\n  ③ 统一规划  有分歧 → 部分达成\n"
    );
    let english = render_text(&changes, Lang::En, false);
    assert!(
        english.contains("\nFive unified\n  ③ Unified plan  disputed → partly\n"),
        "{english}"
    );
    let markdown = render_markdown(&changes, Lang::En);
    assert!(
        markdown.ends_with("## Five unified\n\n| Item | old | new |\n|---|---|---|\n| ③ Unified plan | disputed | partly |\n"),
        "{markdown}"
    );
    assert!(!markdown.contains("of 5 agreed"), "{markdown}");
}

#[test]
fn five_unified_statuses_and_the_agreed_count_are_compared() {
    let changes = diff(&old_session(), &new_session(), today());
    assert_eq!(changes.agreed_unified, Change { old: 0, new: 1 });
    let kinds: Vec<UnifiedKind> = changes.unified.iter().map(|u| u.kind).collect();
    assert_eq!(kinds, [UnifiedKind::Guidance, UnifiedKind::Plan]);
    let text = render_text(&changes, Lang::Zh, false);
    assert!(text.contains("已达成 0 → 1/5 ↑"), "{text}");
    assert!(text.contains("① 统一指导  待讨论 → 已达成"), "{text}");
    assert!(text.contains("③ 统一规划  有分歧 → 部分达成"), "{text}");
}

#[test]
fn initiatives_are_matched_by_id_so_a_new_title_is_a_rename() {
    let changes = diff(&old_session(), &new_session(), today());
    let reference = |id, title: &str| InitiativeRef {
        id,
        title: title.into(),
    };
    assert_eq!(changes.initiatives.added, [reference(4, "坐席辅助机器人")]);
    assert_eq!(
        changes.initiatives.dropped,
        [reference(3, "Knowledge base for agents")]
    );
    assert_eq!(
        changes.initiatives.renamed,
        [Renamed {
            id: 2,
            title: Change {
                old: "统一工单系统".into(),
                new: "工单一体化".into()
            }
        }]
    );
    let text = render_text(&changes, Lang::Zh, false);
    assert!(text.contains("新增  #4 坐席辅助机器人"), "{text}");
    assert!(
        text.contains("删除  #3 Knowledge base for agents"),
        "{text}"
    );
    assert!(
        text.contains("改名  #2 统一工单系统 → 工单一体化"),
        "{text}"
    );
}

#[test]
fn raci_cells_of_initiatives_in_both_sessions_are_compared() {
    let changes = diff(&old_session(), &new_session(), today());
    let cells: Vec<(u32, u32, Option<Raci>, Option<Raci>)> = changes
        .raci
        .iter()
        .map(|c| (c.initiative.id, c.role, c.cell.old, c.cell.new))
        .collect();
    // Initiative 4 is new and 3 dropped: their cells are not repeated here.
    assert_eq!(
        cells,
        [
            (1, 4, None, Some(Raci::R)),
            (2, 7, Some(Raci::R), Some(Raci::C))
        ]
    );
    assert_eq!(changes.raci[1].initiative.title, "工单一体化");
    let text = render_text(&changes, Lang::En, false);
    assert!(text.contains("#2 工单一体化"), "{text}");
    let line = text
        .lines()
        .find(|line| line.contains("Technology department"))
        .unwrap();
    assert_eq!(
        line, "  #2 工单一体化    Technology department           R → C",
        "roles line up: {text}"
    );
}

#[test]
fn actions_closed_new_and_overdue_are_listed() {
    let changes = diff(&old_session(), &new_session(), today());
    let ids =
        |list: &[yeji::compare::diff::ActionRef]| list.iter().map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(ids(&changes.actions.closed), [1]);
    assert_eq!(ids(&changes.actions.new), [4]);
    assert_eq!(
        ids(&changes.actions.overdue),
        [2],
        "due 2026-01-10, still doing"
    );
    assert!(changes.actions.removed.is_empty());
    assert_eq!(changes.actions.overdue[0].owner.as_deref(), Some("李娜"));
    let text = render_text(&changes, Lang::Zh, false);
    assert!(
        text.contains("已关闭  #1 整理质检需求清单 · 张伟 · 到期 2026-01-15 · 已完成"),
        "{text}"
    );
    assert!(
        text.contains("新增    #4 调研坐席辅助需求 · 杨磊 · 到期 2026-04-01"),
        "{text}"
    );
    assert!(
        text.contains("逾期    #2 确定试点班组 · 李娜 · 到期 2026-01-10，已逾期 50 天"),
        "{text}"
    );
    // Counted against the day given, not the clock.
    let earlier = diff(&old_session(), &new_session(), day(1, 10));
    assert!(earlier.actions.overdue.is_empty());
}

/// An action that is new and already late is listed once, as new, with its lateness.
#[test]
fn a_new_action_already_overdue_is_listed_once() {
    let changes = diff(&old_session(), &new_session(), day(4, 11));
    let ids =
        |list: &[yeji::compare::diff::ActionRef]| list.iter().map(|a| a.id).collect::<Vec<_>>();
    assert_eq!(ids(&changes.actions.new), [4]);
    assert_eq!(ids(&changes.actions.overdue), [2]);
    for (text, markdown) in [
        (render_text(&changes, Lang::En, false), false),
        (render_markdown(&changes, Lang::En), true),
    ] {
        let listed = text.matches("调研坐席辅助需求").count();
        assert_eq!(listed, 1, "markdown {markdown}: {text}");
        assert!(text.contains("days overdue: 10"), "{text}");
    }
}

#[test]
fn the_whole_diff_reads_in_both_languages() {
    let changes = diff(&old_session(), &new_session(), today());
    insta::assert_snapshot!("diff_text_zh", render_text(&changes, Lang::Zh, false));
    insta::assert_snapshot!("diff_text_en", render_text(&changes, Lang::En, false));
    insta::assert_snapshot!("diff_markdown_zh", render_markdown(&changes, Lang::Zh));
    insta::assert_snapshot!("diff_markdown_en", render_markdown(&changes, Lang::En));
}

#[test]
fn colour_comes_as_ansi_escapes_only_when_asked_for() {
    let changes = diff(&old_session(), &new_session(), today());
    let plain = render_text(&changes, Lang::Zh, false);
    assert!(!plain.contains('\x1b'), "{plain}");
    let coloured = render_text(&changes, Lang::Zh, true);
    assert!(coloured.contains("\x1b[32m↑\x1b[0m"), "{coloured}");
    assert!(coloured.contains("\x1b[31m↓\x1b[0m"), "{coloured}");
    let stripped = coloured
        .split('\x1b')
        .enumerate()
        .map(|(index, part)| {
            if index == 0 {
                part
            } else {
                &part[part.find('m').unwrap() + 1..]
            }
        })
        .collect::<String>();
    assert_eq!(stripped, plain, "colour adds escapes and nothing else");
}

#[test]
fn text_from_the_file_cannot_send_escape_sequences_to_the_terminal() {
    let mut new = new_session();
    new.initiatives[2].title = "机器人\x1b[2J\x1b]0;owned\x07".into();
    let text = render_text(&diff(&old_session(), &new, today()), Lang::Zh, false);
    assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
}

/// The cells of a Markdown table row, splitting on `|` that are not escaped.
fn cells(row: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count - 1
}

#[test]
fn markdown_escapes_a_title_with_a_pipe_so_tables_keep_their_columns() {
    let mut old = old_session();
    let mut new = new_session();
    old.setup.title = "业技融合 | 第一期".into();
    new.setup.title = "业技融合 | 第二期 *重点*".into();
    new.initiatives[2].title = "坐席辅助 | 二期 <b>".into();
    new.setup.organisation = "广东 95598 客服中心".into();
    let markdown = render_markdown(&diff(&old, &new, today()), Lang::Zh);
    assert!(
        markdown.contains("业技融合 \\| 第二期 \\*重点\\*"),
        "{markdown}"
    );
    assert!(markdown.contains("坐席辅助 \\| 二期 \\<b\\>"), "{markdown}");
    let mut tables = 0;
    let mut columns = None;
    for line in markdown.lines() {
        if line.starts_with('|') {
            let count = cells(line);
            assert_eq!(*columns.get_or_insert(count), count, "{line}\n{markdown}");
        } else {
            tables += usize::from(columns.is_some());
            columns = None;
        }
    }
    assert!(tables >= 5, "{markdown}");
}

#[test]
fn identical_sessions_say_nothing_changed() {
    let session = old_session();
    let changes = diff(&session, &session, day(1, 1));
    assert!(changes.is_empty());
    assert_eq!(
        render_text(&changes, Lang::En, false),
        "What changed: 广东 95598 客服中心\n  old  2025-12-02 09:30  业技融合共创 第一期\n  new  2025-12-02 09:30  业技融合共创 第一期\n\nNothing changed between the two sessions.\n"
    );
    // An overdue action is news even when nothing else changed.
    let changes = diff(&session, &session, today());
    assert!(!changes.is_empty());
    assert_eq!(changes.actions.overdue.len(), 2);
}

#[test]
fn sessions_of_different_centres_are_compared_with_a_warning() {
    let mut new = new_session();
    new.setup.organisation = "浙江 95598 呼叫中心".into();
    let changes = diff(&old_session(), &new, today());
    assert!(!changes.same_centre());
    let text = render_text(&changes, Lang::Zh, false);
    assert!(
        text.contains("注意：两次会话来自不同的中心（广东 95598 客服中心 / 浙江 95598 呼叫中心）"),
        "{text}"
    );
}

#[test]
fn run_diff_loads_both_files_and_reports_a_broken_one_as_path_line_col() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.ron");
    let new = dir.path().join("new.ron");
    std::fs::write(&old, to_ron(&old_session())).unwrap();
    std::fs::write(&new, to_ron(&new_session())).unwrap();
    let text = run_diff_on(&old, &new, false, Lang::Zh, false, today()).unwrap();
    assert_eq!(
        text,
        render_text(
            &diff(&old_session(), &new_session(), today()),
            Lang::Zh,
            false
        )
    );
    let markdown = run_diff_on(&old, &new, true, Lang::En, true, today()).unwrap();
    assert!(markdown.starts_with("# What changed: "), "{markdown}");
    assert!(run_diff(&old, &new, false, Lang::Zh, false).is_ok());
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        to_ron(&new_session()).replacen("title:", "titel:", 1),
    )
    .unwrap();
    let error = run_diff_on(&old, &broken, false, Lang::En, false, today()).unwrap_err();
    assert!(
        error.starts_with(&format!("{}:", broken.display())) && error.contains("titel"),
        "{error}"
    );
    let missing = dir.path().join("missing.ron");
    let error = run_diff_on(&missing, &new, false, Lang::Zh, false, today()).unwrap_err();
    assert!(
        error.starts_with(&format!("{}: ", missing.display())),
        "{error}"
    );
}

#[test]
fn the_fixture_pair_diffs_like_the_sessions_it_was_made_from() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare");
    let old = fixtures.join("guangdong-1.ron");
    let new = fixtures.join("guangdong-2.ron");
    if std::env::var_os("YEJI_UPDATE_FIXTURES").is_some() {
        std::fs::create_dir_all(&fixtures).unwrap();
        std::fs::write(&old, to_ron(&old_session())).unwrap();
        std::fs::write(&new, to_ron(&new_session())).unwrap();
    }
    let text = run_diff_on(&old, &new, false, Lang::Zh, false, today()).unwrap();
    assert_eq!(
        text,
        render_text(
            &diff(&old_session(), &new_session(), today()),
            Lang::Zh,
            false
        )
    );
}

/// A follow-up agenda without a diagnosis, strategy, five unified or role mapping: those
/// steps are named as not compared (the stage is not "unset" by leaving them out),
/// and the synergies it rates again are compared as usual.
#[test]
fn steps_on_one_agenda_only_are_named_and_not_compared() {
    use yeji::session::StepKind;
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/templates/follow-up.ron");
    let template = Template::load(&path).unwrap();
    let old = old_session();
    let mut new = Session::new(&template, "跟进会", Lang::Zh, t0() + Duration::days(84));
    new.setup.organisation = old.setup.organisation.clone();
    new.setup.participants = old.setup.participants.clone();
    new.initiatives = old.initiatives.clone();
    new.synergies[0].business.today = Some(4);
    let changes = diff(&old, &new, today());
    assert_eq!(
        changes.not_compared,
        [
            StepKind::Diagnose,
            StepKind::Strategy,
            StepKind::FiveUnified,
            StepKind::RoleMapping
        ]
    );
    assert!(!changes.stage.agreed.changed() && !changes.stage.picks.changed());
    assert!(changes.unified.is_empty() && !changes.agreed_unified.changed());
    assert!(changes.raci.is_empty());
    assert!(
        changes
            .synergies
            .iter()
            .any(|synergy| synergy.kind == SynergyKind::Strategic),
        "{changes:?}"
    );
    let text = render_text(&changes, Lang::En, false);
    assert!(
        text.contains("Not compared (on one agenda only): Diagnosis, Strategy statements, Five unified, Role mapping"),
        "{text}"
    );
    assert!(!text.contains("not set"), "{text}");
    let markdown = render_markdown(&changes, Lang::Zh);
    assert!(
        markdown.contains("> 未对比（只有一次会话的议程里有）：诊断、战略表述、五统一、角色分工"),
        "{markdown}"
    );
}

/// A follow-up that has not reached a step yet has not cleared it: the diff
/// leaves the step out and says so, rather than reading every rating as gone.
/// Once the follow-up gets there, the step is compared again.
#[test]
fn steps_the_newer_session_has_not_reached_are_named_and_not_compared() {
    let old = new_session();
    let mut follow_up = yeji::session::carry::carry_over(
        &old,
        &Template::embedded_default(),
        "第三期",
        Lang::Zh,
        t0() + Duration::days(120),
    );
    let changes = diff(&old, &follow_up, today());
    assert!(!changes.stage.agreed.changed(), "{changes:?}");
    assert!(changes.synergies.is_empty() && changes.unified.is_empty());
    assert!(changes.raci.is_empty(), "{changes:?}");
    let text = render_text(&changes, Lang::Zh, false);
    assert!(
        text.contains("未对比（新的一次会话还没进行到）：诊断、四协同、五统一、角色分工\n"),
        "{text}"
    );
    assert!(!text.contains("→ 未定") && !text.contains("→ —"), "{text}");
    let markdown = render_markdown(&changes, Lang::En);
    assert!(
        markdown.contains("> Not compared (the newer session has not reached them yet): Diagnosis, Four synergies, Five unified, Role mapping\n"),
        "{markdown}"
    );
    // On the diagnosis step, the follow-up has no agreed stage yet: that is news.
    follow_up.current_step = "diagnose".into();
    let changes = diff(&old, &follow_up, today());
    assert!(changes.stage.agreed.changed(), "{changes:?}");
    assert!(
        !changes
            .not_reached
            .contains(&yeji::session::StepKind::Diagnose)
    );
}
