//! `yeji report` over folders of generated sessions: grouped by organisation with
//! the latest session winning, broken files listed with their errors, HTML that
//! stands alone, and the speed the issue asks for.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use yeji::compare::report::Snapshot;
use yeji::compare::{
    load_all, portfolio, render_report_html, render_report_markdown, run_report, session_paths,
};
use yeji::i18n::Lang;
use yeji::load_error::Problem;
use yeji::session::file::to_ron;

use crate::generate::{CENTRES, typical_session, write_sessions};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

/// `count` generated sessions, an empty file, one with a misspelt field, one in a
/// subfolder, and files that are not sessions (a backup, a hidden file, a note).
fn folder(count: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_sessions(dir.path(), count);
    std::fs::write(dir.path().join("empty.ron"), "").unwrap();
    let misspelt = to_ron(&typical_session(count)).replacen("title:", "titel:", 1);
    std::fs::write(dir.path().join("misspelt.ron"), misspelt).unwrap();
    std::fs::create_dir(dir.path().join("hubei")).unwrap();
    let mut nested = typical_session(count + 1);
    nested.setup.organisation = "  湖北 恩施 客服分中心 ".into();
    std::fs::write(dir.path().join("hubei/enshi.ron"), to_ron(&nested)).unwrap();
    std::fs::write(dir.path().join("0000-session.ron.bak"), "junk").unwrap();
    std::fs::write(dir.path().join(".hidden.ron"), "junk").unwrap();
    std::fs::write(dir.path().join("README.md"), "# sessions").unwrap();
    dir
}

#[test]
fn centres_are_grouped_by_organisation_and_the_latest_session_wins() {
    let dir = folder(50);
    let paths = session_paths(dir.path()).unwrap();
    assert_eq!(
        paths.len(),
        53,
        "50 sessions, 2 broken, 1 nested: {paths:?}"
    );
    let files = load_all(&paths);
    assert_eq!(
        files.iter().map(|f| f.path.clone()).collect::<Vec<_>>(),
        paths,
        "loaded in path order"
    );
    let report = portfolio(&files, today());
    assert_eq!(report.sessions, 51);
    assert_eq!(report.centres.len(), CENTRES.len() + 1);
    for (number, name) in CENTRES.iter().enumerate() {
        let centre = report
            .centres
            .iter()
            .find(|c| c.organisation == *name)
            .unwrap_or_else(|| panic!("{name} missing"));
        let indices: Vec<usize> = (0..50).filter(|i| i % CENTRES.len() == number).collect();
        assert_eq!(centre.sessions, indices.len(), "{name}");
        let latest = *indices.last().unwrap();
        assert_eq!(
            centre.latest.path,
            dir.path().join(format!("{latest:04}-session.ron")),
            "{name}"
        );
        let session = typical_session(latest);
        let expected = yeji::compare::report::snapshot(&centre.latest.path, &session, today());
        assert_eq!(centre.latest, expected, "{name}");
    }
    let nested = report
        .centres
        .iter()
        .find(|c| c.organisation == "湖北 恩施 客服分中心")
        .expect("the organisation is trimmed and the subfolder read");
    assert_eq!(nested.sessions, 1);
    let names: Vec<&str> = report
        .centres
        .iter()
        .map(|c| c.organisation.as_str())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "centres in name order");
}

#[test]
fn the_latest_session_is_the_one_that_started_last_not_the_last_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = typical_session(0);
    let mut second = typical_session(12);
    assert_eq!(first.setup.organisation, second.setup.organisation);
    // The file that sorts last holds the earlier meeting.
    std::mem::swap(&mut first.setup.starts_at, &mut second.setup.starts_at);
    first.setup.title = "later meeting".into();
    std::fs::write(dir.path().join("a.ron"), to_ron(&first)).unwrap();
    std::fs::write(dir.path().join("b.ron"), to_ron(&second)).unwrap();
    let report = portfolio(&load_all(&session_paths(dir.path()).unwrap()), today());
    assert_eq!(report.centres.len(), 1);
    let Snapshot { title, path, .. } = &report.centres[0].latest;
    assert_eq!(title, "later meeting");
    assert_eq!(path, &dir.path().join("a.ron"));
}

#[test]
fn unreadable_files_are_listed_with_their_errors() {
    let dir = folder(5);
    let report = portfolio(&load_all(&session_paths(dir.path()).unwrap()), today());
    let problems: Vec<(&Path, &Problem)> = report
        .unreadable
        .iter()
        .map(|e| (e.path.as_path(), &e.problem))
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].0, dir.path().join("empty.ron"));
    assert_eq!(problems[0].1, &Problem::Empty);
    assert_eq!(problems[1].0, dir.path().join("misspelt.ron"));
    assert!(
        matches!(problems[1].1, Problem::UnknownField { found, .. } if found == "titel"),
        "{problems:?}"
    );
    for lang in [Lang::Zh, Lang::En] {
        let markdown = render_report_markdown(&report, lang);
        let html = render_report_html(&report, lang);
        for error in &report.unreadable {
            let line = error.line(lang);
            assert!(
                line.contains("empty.ron") || line.contains("misspelt.ron:"),
                "{line}"
            );
            let escaped = line.replace('`', "\\`").replace('_', "\\_");
            assert!(markdown.contains(&escaped), "{escaped}\n{markdown}");
            assert!(html.contains(&format!("<li>{line}</li>")), "{line}\n{html}");
        }
    }
    let markdown = render_report_markdown(&report, Lang::En);
    assert!(
        markdown.contains("## Files that could not be read"),
        "{markdown}"
    );
    assert!(markdown.contains("unreadable files: 2"), "{markdown}");
}

#[test]
fn the_markdown_report_has_one_row_per_centre() {
    let dir = folder(24);
    let text = run_report(dir.path(), false, Lang::Zh, today()).unwrap();
    assert!(
        text.starts_with(
            "# 业技融合工作坊概览\n\n截至 2026-06-01 · 13 个中心 · 25 个会话 · 2 个文件无法读取\n"
        ),
        "{text}"
    );
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(rows.len(), 2 + 13, "{text}");
    let header = "| 中心 | 会话数 | 最近一次 | 阶段 | 战略协同 | 管理协同 | 实施协同 | 条线协同 | 五统一 | 未完成行动 | 已逾期 |";
    assert_eq!(rows[0], header);
    let session = typical_session(14);
    let snapshot = yeji::compare::report::snapshot(Path::new("x"), &session, today());
    let levels: Vec<String> = snapshot
        .synergies
        .iter()
        .map(|s| format!("{}/{}", s.business.unwrap(), s.technology.unwrap()))
        .collect();
    let row = rows
        .iter()
        .find(|r| r.starts_with("| 广东电网客户服务中心 |"))
        .unwrap();
    let stage = snapshot.stage.map_or("未定", |s| s.name(Lang::Zh));
    let expected = format!(
        "| 广东电网客户服务中心 | 2 | 2025-03-17 业技融合共创 第2期 | {stage} | {} | {}/5 | {} | {} |",
        levels.join(" | "),
        snapshot.unified_agreed,
        snapshot.actions_open,
        snapshot.actions_overdue
    );
    assert_eq!(*row, expected);
}

#[test]
fn the_html_report_is_one_page_that_needs_no_network() {
    let dir = folder(30);
    let page = run_report(dir.path(), true, Lang::Zh, today()).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"),
        "{page}"
    );
    assert!(page.trim_end().ends_with("</html>"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(
        page.contains("\"Noto Sans CJK SC\""),
        "a font stack with Chinese"
    );
    for outside in [
        "http://", "https://", "<script", "<link", "<img", "@import", "url(",
    ] {
        assert!(!page.contains(outside), "{outside}");
    }
    for name in CENTRES {
        assert!(page.contains(&yeji_html(name)), "{name}");
    }
    assert_eq!(page.matches("<tr><th scope=\"row\">").count(), 13);
    assert!(page.contains("<h2>无法读取的文件</h2>"));
    let english = run_report(dir.path(), true, Lang::En, today()).unwrap();
    assert!(english.contains("<html lang=\"en\">"));
    assert!(english.contains("<th>Strategic</th>"), "{english}");
}

fn yeji_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}

#[test]
fn text_from_sessions_is_escaped_in_html_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = typical_session(3);
    session.setup.organisation = "<script>alert(1)</script> | A&B".into();
    session.setup.title = "第 1 期 | *试点*".into();
    std::fs::write(dir.path().join("s.ron"), to_ron(&session)).unwrap();
    let page = run_report(dir.path(), true, Lang::En, today()).unwrap();
    assert!(!page.contains("<script>"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; | A&amp;B"));
    let markdown = run_report(dir.path(), false, Lang::En, today()).unwrap();
    assert!(
        markdown.contains("\\<script\\>alert(1)\\</script\\> \\| A\\&B"),
        "{markdown}"
    );
    assert!(markdown.contains("第 1 期 \\| \\*试点\\*"), "{markdown}");
}

/// A session without a title is named as untitled, as the start screen names it,
/// in both formats.
#[test]
fn an_untitled_session_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = typical_session(3);
    session.setup.title = "  ".into();
    std::fs::write(dir.path().join("s.ron"), to_ron(&session)).unwrap();
    for (html, lang) in [(false, Lang::En), (true, Lang::Zh)] {
        let page = run_report(dir.path(), html, lang, today()).unwrap();
        assert!(page.contains(lang.ui().untitled), "{page}");
    }
}

#[test]
fn an_empty_folder_says_so_and_a_missing_one_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let text = run_report(dir.path(), false, Lang::En, today()).unwrap();
    assert!(text.contains("No session files in this folder."), "{text}");
    let missing = dir.path().join("nowhere");
    let error = run_report(&missing, false, Lang::En, today()).unwrap_err();
    assert!(
        error.starts_with(&format!("{}: ", missing.display())),
        "{error}"
    );
}

/// The target: 1,000 typical sessions in under a second on two cores. Only
/// a release build is timed (`cargo test --release --test compare`); a debug build
/// checks the same path on 50 files.
#[test]
fn a_thousand_sessions_report_in_under_a_second() {
    let count = if cfg!(debug_assertions) { 50 } else { 1_000 };
    let dir = tempfile::tempdir().unwrap();
    write_sessions(dir.path(), count);
    let mut fastest = Duration::MAX;
    let mut text = String::new();
    for _ in 0..3 {
        let start = Instant::now();
        text = run_report(dir.path(), true, Lang::Zh, today()).unwrap();
        fastest = fastest.min(start.elapsed());
    }
    assert!(text.contains(&format!("{} 个会话", count)), "{text}");
    assert_eq!(
        text.matches("<tr><th scope=\"row\">").count(),
        CENTRES.len()
    );
    if !cfg!(debug_assertions) {
        assert!(
            fastest < Duration::from_secs(1),
            "{count} sessions took {fastest:?}"
        );
    }
    eprintln!("{count} sessions: {fastest:?}");
}

/// A follow-up whose agenda has no diagnosis or five unified is the centre's latest
/// session, but its stage and five-unified progress come from the session before
/// it, which has those steps; the synergies it rated again come from it.
#[test]
fn a_follow_up_without_a_diagnosis_keeps_the_stage_of_the_session_before() {
    use yeji::compare::SessionFile;
    use yeji::session::Session;
    use yeji::template::Template;
    let mut first = typical_session(0);
    first.diagnosis.agreed = Some(yeji::session::diagnosis::Stage::SteadyOperation);
    let template_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/templates/follow-up.ron");
    let template = Template::load(&template_path).unwrap();
    let later = first.setup.starts_at + chrono::Duration::days(60);
    let mut follow_up = Session::new(&template, "跟进会", Lang::Zh, later);
    follow_up.setup.organisation = first.setup.organisation.clone();
    follow_up.setup.participants = first.setup.participants.clone();
    follow_up.synergies[0].business.today = Some(5);
    let files = [
        SessionFile {
            path: "first.ron".into(),
            session: Ok(first.clone()),
        },
        SessionFile {
            path: "follow-up.ron".into(),
            session: Ok(follow_up.clone()),
        },
    ];
    let report = portfolio(&files, today());
    let latest = &report.centres[0].latest;
    assert_eq!(latest.path, Path::new("follow-up.ron"));
    assert_eq!(latest.title, "跟进会");
    assert_eq!(latest.stage, first.diagnosis.agreed);
    let from_first = yeji::compare::report::snapshot(Path::new("x"), &first, today());
    assert_eq!(latest.unified_agreed, from_first.unified_agreed);
    assert_eq!(latest.synergies[0].business, Some(5));
}
