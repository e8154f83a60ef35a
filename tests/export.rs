//! `yeji export`: golden files of the shipped example sessions in both formats and
//! both languages, Markdown escaping of hostile text, what the HTML must and must
//! not contain, private notes, and the file handling of `run`.
//!
//! The goldens live in `tests/golden/`. After a deliberate change to the report,
//! rewrite them with
//!
//! ```sh
//! YEJI_UPDATE_GOLDEN=1 cargo test --test export
//! ```
//!
//! and read the diff before committing it. The browser check (the HTML rendered
//! by headless Chromium) is `tests/export_browser.rs`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use yeji::export::{ExportOptions, Format, export, markdown, run, svg};
use yeji::i18n::Lang;
use yeji::session::Session;
use yeji::session::file;
use yeji::session::wrap_up::ActionStatus;

const EXAMPLES: [&str; 2] = ["example-zh-95598-hotline", "example-en-card-centre"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> Session {
    let path = root().join("sessions").join(format!("{name}.ron"));
    file::load(&path).expect("the example loads").session
}

/// A fixed day, so the goldens never change with the calendar: after the card
/// centre's "Tom sets up the joint triage" (due 2026-11-30) is overdue.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn options(format: Format, lang: Lang) -> ExportOptions {
    ExportOptions {
        format,
        lang,
        include_private: false,
        today: today(),
    }
}

/// Compares `actual` with `tests/golden/NAME`, or rewrites it on request.
fn golden(name: &str, actual: &str) {
    let path = root().join("tests").join("golden").join(name);
    if std::env::var_os("YEJI_UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "{}: {error} (YEJI_UPDATE_GOLDEN=1 writes it)",
            path.display()
        )
    });
    if expected == actual {
        return;
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(e, a)| e != a)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    panic!(
        "{} differs from line {}:\nexpected: {:?}\nactual:   {:?}\n(YEJI_UPDATE_GOLDEN=1 rewrites the goldens)",
        path.display(),
        line + 1,
        expected.lines().nth(line),
        actual.lines().nth(line)
    );
}

#[test]
fn the_examples_match_their_golden_reports_in_both_formats_and_languages() {
    for name in EXAMPLES {
        let session = example(name);
        for lang in [Lang::Zh, Lang::En] {
            for format in [Format::Markdown, Format::Html] {
                let report = export(&session, &options(format, lang));
                let file = format!("{name}.{}.{}", lang.code(), format.extension());
                golden(&file, &report);
            }
        }
    }
}

#[test]
fn the_report_is_the_same_every_time() {
    let session = example(EXAMPLES[0]);
    let options = options(Format::Html, Lang::Zh);
    assert_eq!(export(&session, &options), export(&session, &options));
}

/// The cells of a Markdown table row, split at pipes no backslash escapes.
fn cells(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut backslashes = 0;
    for c in row.trim().chars() {
        if c == '|' && backslashes % 2 == 0 {
            cells.push(String::new());
        } else {
            cells.last_mut().unwrap().push(c);
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    // The row starts and ends with a pipe: drop the empty ends.
    cells[1..cells.len() - 1]
        .iter()
        .map(|cell| cell.trim().to_string())
        .collect()
}

const HOSTILE: &str = "# not a heading | cell * star _ under > quote `tick` [a](b) <b>x</b> &amp; ~~s~~\n- not a list\n1. not numbered\n> not quoted";

#[test]
fn hostile_text_in_a_statement_keeps_the_markdown_table_whole() {
    let mut session = example("example-en-card-centre");
    session.strategy.statements[0].text = HOSTILE.to_string();
    let report = export(&session, &options(Format::Markdown, Lang::En));
    let lines: Vec<&str> = report.lines().collect();
    let header = lines
        .iter()
        .position(|line| line.starts_with("| No. | Statement |"))
        .expect("the statements table");
    let columns = cells(lines[header]).len();
    let rows: Vec<&str> = lines[header..]
        .iter()
        .take_while(|line| line.starts_with('|'))
        .copied()
        .collect();
    assert_eq!(
        rows.len(),
        2 + session.strategy.statements.len(),
        "{rows:#?}"
    );
    for row in &rows {
        assert_eq!(cells(row).len(), columns, "{row}");
    }
    let cell = &cells(rows[2])[1];
    assert_eq!(
        cell,
        r"\# not a heading \| cell \* star \_ under > quote \`tick\` \[a\](b) &lt;b>x&lt;/b> \&amp; \~\~s\~\~<br>\- not a list<br>1\. not numbered<br>\> not quoted"
    );
}

#[test]
fn markdown_escaping_covers_every_place_a_line_can_change_meaning() {
    for (typed, expected) in [
        ("# title", r"\# title"),
        ("> quote", r"\> quote"),
        ("- item", r"\- item"),
        ("+ item", r"\+ item"),
        ("* item", r"\* item"),
        ("2026. The year", r"2026\. The year"),
        ("3) third", r"3\) third"),
        ("3.5 million", "3.5 million"),
        ("===", r"\==="),
        ("a | b", r"a \| b"),
        ("snake_case **bold**", r"snake\_case \*\*bold\*\*"),
        ("`code`", r"\`code\`"),
        ("[link](http)", r"\[link\](http)"),
        ("<script>", "&lt;script>"),
        ("back\\slash", r"back\\slash"),
        ("R&D &copy;", r"R&D \&copy;"),
        ("one\ntwo\r\nthree", "one<br>two<br>three"),
        ("  indented code  ", "indented code"),
        ("中文｜全角", "中文｜全角"),
    ] {
        assert_eq!(markdown::escape(typed), expected, "{typed:?}");
    }
}

#[test]
fn the_html_is_self_contained_with_charts_in_the_quadrant_colours() {
    for name in EXAMPLES {
        let session = example(name);
        for lang in [Lang::Zh, Lang::En] {
            let html = export(&session, &options(Format::Html, lang));
            for banned in ["http://", "https://", "<script", "<link", "<img", "url("] {
                assert!(!html.contains(banned), "{name} {lang:?}: {banned}");
            }
            assert!(html.starts_with("<!DOCTYPE html>"));
            assert!(html.contains("<svg class=\"quadrants\""));
            assert!(html.contains("<svg class=\"synergies\""));
            for colour in svg::QUADRANT_COLOURS {
                assert!(html.contains(colour), "{name} {lang:?}: {colour}");
            }
            for initiative in &session.initiatives {
                assert!(html.contains(&initiative.title), "{}", initiative.title);
            }
            for font in [
                "Noto Sans CJK SC",
                "Source Han Sans SC",
                "PingFang SC",
                "Microsoft YaHei",
            ] {
                assert!(html.contains(font), "{font}");
            }
            assert!(html.contains("@page { size: A4;"));
            assert!(html.contains("break-before: page"));
        }
    }
}

/// `yeji diff` names an action `#4`; the report numbers the wrap-up's lists by the
/// same ids, not by their places in the list, so the team finds `#4` in it.
#[test]
fn decisions_actions_and_parked_items_go_by_the_ids_the_diff_names_them_by() {
    let session = example("example-zh-95598-hotline");
    let mut later = session.clone();
    later.wrap_up.actions[1].status = ActionStatus::Done;
    let changes = yeji::compare::render_text(
        &yeji::compare::diff(&session, &later, today()),
        Lang::Zh,
        false,
    );
    assert!(changes.contains("#4 孙磊组织智能质检试点班组"), "{changes}");
    let report = export(&session, &options(Format::Markdown, Lang::Zh));
    for row in [
        "| 2 | 以一次解决率作为所有改造的第一指标 |",
        "| 3 | 李娜牵头拿出统一数据口径方案 |",
        "| 4 | 孙磊组织智能质检试点班组 |",
        "| 1 | 智能客服项目的预算归属 |",
    ] {
        assert!(report.contains(row), "{row}");
    }
}

#[test]
fn typed_text_cannot_inject_html() {
    let mut session = example("example-en-card-centre");
    session.initiatives[0].title = "<script>alert(\"x\")</script> & 'more'".to_string();
    let html = export(&session, &options(Format::Html, Lang::En));
    assert!(!html.contains("<script"));
    assert!(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;")
    );
}

#[test]
fn facilitator_notes_stay_out_unless_asked_for() {
    let mut session = example("example-zh-95598-hotline");
    let secret = "私下：赵总对预算有顾虑 | *only for me*";
    session
        .room
        .facilitator_notes
        .insert("diagnose".to_string(), secret.to_string());
    for format in [Format::Markdown, Format::Html] {
        let shown = options(format, Lang::Zh);
        let report = export(&session, &shown);
        assert!(!report.contains("赵总"), "{format:?} leaks private notes");
        let asked = ExportOptions {
            include_private: true,
            ..shown
        };
        let report = export(&session, &asked);
        assert!(report.contains("私下：赵总对预算有顾虑"), "{format:?}");
        assert!(report.contains(Lang::Zh.ui().private_notes), "{format:?}");
    }
}

#[test]
fn hidden_totals_are_shown_after_the_meeting_and_the_report_says_so() {
    let mut session = example("example-en-card-centre");
    let shown = export(&session, &options(Format::Markdown, Lang::En));
    assert!(!shown.contains(Lang::En.documents().export_votes_were_hidden));
    session.voting.hidden = true;
    for format in [Format::Markdown, Format::Html] {
        let report = export(&session, &options(format, Lang::En));
        assert!(
            report.contains(Lang::En.documents().export_votes_were_hidden),
            "{format:?}"
        );
    }
    let report = export(&session, &options(Format::Markdown, Lang::En));
    for row in [
        "| 1 | AI-assisted dispute forms |  | high | 2026-Q2 | 1, 5 | business 2 · technology 1 · data 2 · planning 1 | 6 |",
        "| 2 | One KPI dictionary |  | medium | 2026-Q3 | none | planning 1 · management 1 | 2 |",
        "| 3 | Agents in requirement reviews |  | low | not set | none | management 1 | 1 |",
    ] {
        assert!(report.contains(row), "{row}");
    }
}

#[test]
fn an_initiative_without_dots_is_listed_with_zero() {
    let mut session = example("example-en-card-centre");
    session.voting.dots.retain(|person, _| *person == 1);
    let report = export(&session, &options(Format::Markdown, Lang::En));
    assert!(report.contains("| 2 | One KPI dictionary |  | medium | 2026-Q3 | none | — | 0 |"));
    assert!(
        report.contains("| 2 | Agents in requirement reviews |  | low | not set | none | — | 0 |")
    );
}

#[test]
fn content_whose_step_the_agenda_lacks_is_still_reported() {
    let mut session = example("example-en-card-centre");
    session.steps.retain(|step| step.id != "wrap-up");
    for format in [Format::Markdown, Format::Html] {
        let report = export(&session, &options(format, Lang::En));
        assert!(
            report.contains("Who owns the chatbot budget?"),
            "{format:?}"
        );
        assert!(report.contains("First-contact resolution"), "{format:?}");
    }
}

/// A follow-up on the shorter agenda: what it carries from the first meeting is
/// reported under a note saying so, and it is not held to account for steps it
/// never had (no diagnosis, no role mapping, no dot vote).
#[test]
fn a_follow_up_reports_what_it_carries_without_faulting_steps_it_lacks() {
    let first = example("example-en-card-centre");
    let agenda =
        yeji::template::Template::load(&root().join("assets/templates/follow-up.ron")).unwrap();
    let mut follow_up = yeji::session::carry::carry_over(
        &first,
        &agenda,
        "Card centre, second session",
        Lang::En,
        first.setup.starts_at,
    );
    follow_up.voting.hidden = true;
    let ui = Lang::En.ui();
    let docs = Lang::En.documents();
    let report = export(&follow_up, &options(Format::Markdown, Lang::En));
    let note = docs.export_not_on_agenda;
    assert_eq!(
        report.matches(note).count(),
        2,
        "five unified and role mapping:\n{report}"
    );
    assert!(report.contains("AI-assisted dispute forms"), "{report}");
    let overview = &report[..report.find("### Agenda").unwrap()];
    for absent in [
        ui.open_no_stage,
        "Errors left in the role matrix",
        "Agreed stage",
        "Five unified",
    ] {
        assert!(!overview.contains(absent), "{absent}:\n{overview}");
    }
    assert!(!report.contains(docs.export_votes_were_hidden), "{report}");
    // On the full agenda the same session is held to account for them.
    let report = export(&first, &options(Format::Markdown, Lang::En));
    assert!(report.contains("Agreed stage"), "{report}");
    assert!(!report.contains(note));
}

#[test]
fn a_fresh_session_exports_without_gaps_or_panics() {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T14:00:00+08:00").unwrap();
    let template = yeji::template::Template::embedded_default();
    for lang in [Lang::Zh, Lang::En] {
        let session = Session::new(&template, "", lang, now);
        for format in [Format::Markdown, Format::Html] {
            let report = export(&session, &options(format, lang));
            assert!(report.contains(lang.ui().untitled), "{lang:?} {format:?}");
            assert!(
                report.contains(lang.ui().open_no_stage),
                "{lang:?} {format:?}"
            );
        }
    }
}

#[test]
fn everything_nobody_picked_or_voted_for_is_listed_too() {
    let session = example("example-en-card-centre");
    let report = export(&session, &options(Format::Markdown, Lang::En));
    let content = Lang::En.content();
    for stage in [content.stage_1, content.stage_4] {
        assert!(report.contains(&format!("| {stage} |  | 0 |")), "{stage}");
    }
    assert!(
        report.contains(content.friction_talent),
        "undiscussed frictions"
    );
    assert!(report.contains(content.principle_2), "a silent principle");
    assert!(
        report.contains("Technology director"),
        "a role nobody holds"
    );
}

/// Indicator values carry their unit in the report, written as the Indicators tab
/// writes them; a proposed mechanism named after its kind does not repeat the name
/// as its kind, while one of the room's own says that it is.
#[test]
fn indicator_values_carry_their_units_and_mechanisms_name_their_kind_once() {
    let mut session = example("example-zh-95598-hotline");
    let indicator = &mut session.wrap_up.indicators[1];
    indicator.baseline = "320秒".into();
    indicator.target = "260".into();
    indicator.unit = "秒".into();
    let markdown = export(&session, &options(Format::Markdown, Lang::Zh));
    assert!(
        markdown.contains("| 一次解决率 | 结果 | 72% | 85% | 张伟 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| 业技联合评审需求占比 | 过程 | 320秒 | 260秒 | 无人负责 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| 实施协同 | 业务技术联合团队 |  | 无 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| 实施协同 | 每月一次业技联席会 | 我们自己的办法 | 智能质检试点 |"),
        "{markdown}"
    );
    let html = export(&session, &options(Format::Html, Lang::En));
    assert!(
        html.contains("<td>业技联合评审需求占比</td><td>process</td><td>320秒</td><td>260秒</td>"),
        "{html}"
    );
    let mut session = example("example-en-card-centre");
    session.wrap_up.indicators[0].unit = "s".into();
    let html = export(&session, &options(Format::Html, Lang::En));
    assert!(
        html.contains("<td>outcome</td><td>64 s</td><td>80 s</td><td>Priya Shah</td>"),
        "{html}"
    );
    assert!(
        html.contains("<td>Joint business–technology teams</td><td></td><td>none</td>"),
        "{html}"
    );
}

fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("card.ron");
    let source = root().join("sessions").join("example-en-card-centre.ron");
    std::fs::copy(source, &path).unwrap();
    (dir, path)
}

#[test]
fn run_writes_beside_the_session_and_leaves_it_alone() {
    let (dir, path) = scratch();
    let before = std::fs::read(&path).unwrap();
    let written = run(&path, Format::Html, None, Some(Lang::Zh), false).unwrap();
    assert_eq!(written, dir.path().join("card.html"));
    let html = std::fs::read_to_string(&written).unwrap();
    assert!(html.contains("<html lang=\"zh-CN\">"));
    let chosen = dir.path().join("report.md");
    let written = run(&path, Format::Markdown, Some(&chosen), None, false).unwrap();
    assert_eq!(written, chosen);
    assert!(
        std::fs::read_to_string(&chosen)
            .unwrap()
            .starts_with("# Card centre kick-off\n")
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(names, ["card.html", "card.ron", "report.md"]);
}

#[test]
fn run_refuses_to_write_over_the_session_file() {
    let (dir, path) = scratch();
    let before = std::fs::read(&path).unwrap();
    let sneaky = dir.path().join(".").join("card.ron");
    let error = run(
        &path,
        Format::Markdown,
        Some(&sneaky),
        Some(Lang::En),
        false,
    )
    .unwrap_err();
    assert!(
        error.contains("cannot be written over the session file"),
        "{error}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn run_reports_unreadable_sessions_and_unwritable_places_in_one_line() {
    let (dir, path) = scratch();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(\n    version: 5,\n    nonsense: 1,\n)\n").unwrap();
    let error = run(&broken, Format::Html, None, Some(Lang::En), false).unwrap_err();
    assert!(
        error.starts_with(&format!("{}:", broken.display())),
        "{error}"
    );
    assert!(!error.contains('\n'), "{error}");
    assert!(!dir.path().join("broken.html").exists());
    let missing = dir.path().join("no-such-folder").join("out.html");
    let error = run(&path, Format::Html, Some(&missing), Some(Lang::En), false).unwrap_err();
    assert!(
        error.starts_with(&format!("{}: cannot be written", missing.display())),
        "{error}"
    );
    let error = run(
        Path::new("/nonexistent/x.ron"),
        Format::Html,
        None,
        Some(Lang::En),
        false,
    );
    assert!(error.unwrap_err().contains("no such file"));
}
