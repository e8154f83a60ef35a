//! `yeji validate` and `yeji list`: the real binary, in English, run on copies of the
//! fixtures in a temporary folder so that anything it writes would show.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::*;
use yeji::i18n::Lang;
use yeji::session::file::load;

fn yeji(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_yeji"))
        .current_dir(dir)
        .args(["--lang", "en"])
        .args(args)
        .output()
        .expect("run yeji")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("yeji prints UTF-8")
}

/// Copies fixtures into `dir` under the names given; returns the copies' paths.
fn copy_in(dir: &Path, files: &[(&str, &str)]) -> Vec<PathBuf> {
    files
        .iter()
        .map(|(fixture_path, name)| {
            let copy = dir.join(name);
            std::fs::write(&copy, read(&fixture(fixture_path))).unwrap();
            copy
        })
        .collect()
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

#[test]
fn validate_passes_every_valid_session_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let valid = ron_files(&fixture("sessions/valid"));
    let copies: Vec<PathBuf> = valid
        .iter()
        .map(|path| {
            let copy = dir.path().join(file_name(path));
            std::fs::write(&copy, read(path)).unwrap();
            copy
        })
        .collect();
    let names = folder_names(dir.path());
    let mut args = vec!["validate"];
    args.extend(copies.iter().map(|copy| arg(copy)));

    let output = yeji(dir.path(), &args);

    assert_eq!(text(&output.stderr), "");
    assert!(output.status.success(), "{:?}", output.status);
    let expected: String = copies
        .iter()
        .map(|copy| format!("{}: valid\n", copy.display()))
        .collect();
    assert_eq!(text(&output.stdout), expected);
    assert_eq!(folder_names(dir.path()), names, "validate wrote a file");
    for (original, copy) in valid.iter().zip(&copies) {
        assert_eq!(
            read(copy),
            read(original),
            "validate changed {}",
            copy.display()
        );
    }
}

#[test]
fn validate_prints_path_line_column_and_message_for_a_misspelt_field() {
    let dir = tempfile::tempdir().unwrap();
    let [bad] = copy_in(
        dir.path(),
        &[("sessions/invalid/misspelt-field.ron", "bad.ron")],
    )
    .try_into()
    .unwrap();
    let before = read(&bad);

    let output = yeji(dir.path(), &["validate", arg(&bad)]);

    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "");
    assert_eq!(
        text(&output.stderr),
        format!(
            "{}:12:9: there is no field `titel`; did you mean `title`? Fields here are: \
             title, organisation, facilitator, starts_at, participants\n",
            bad.display()
        )
    );
    assert_eq!(read(&bad), before, "validate changed the bad file");
    assert_eq!(folder_names(dir.path()), ["bad.ron"]);
}

#[test]
fn validate_fails_each_invalid_session_with_the_loaders_line_and_leaves_it_alone() {
    let mut failures = Vec::new();
    for original in ron_files(&fixture("sessions/invalid")) {
        let name = file_name(&original);
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join(&name);
        let before = read(&original);
        std::fs::write(&bad, &before).unwrap();
        let expected = match load(&bad) {
            Ok(_) => {
                failures.push(format!("{name}: loads, but is in the invalid folder"));
                continue;
            }
            Err(error) => format!("{}\n", error.line(Lang::En)),
        };

        let output = yeji(dir.path(), &["validate", arg(&bad)]);

        if output.status.code() != Some(1) {
            failures.push(format!("{name}: ended with {:?}", output.status));
        }
        if text(&output.stderr) != expected {
            failures.push(format!("{name}: printed {:?}", text(&output.stderr)));
        }
        if read(&bad) != before || folder_names(dir.path()) != [name.as_str()] {
            failures.push(format!("{name}: validate changed the folder or the file"));
        }
    }
    report(failures);
}

#[test]
fn validate_reports_valid_and_invalid_files_together_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let [good, bad] = copy_in(
        dir.path(),
        &[
            ("sessions/valid/minimal.ron", "good.ron"),
            ("sessions/invalid/version-zero.ron", "bad.ron"),
        ],
    )
    .try_into()
    .unwrap();

    let output = yeji(dir.path(), &["validate", arg(&good), arg(&bad)]);

    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), format!("{}: valid\n", good.display()));
    assert_eq!(
        text(&output.stderr),
        format!("{}:2:5: there is no file format version 0\n", bad.display())
    );
}

#[test]
fn validate_refuses_deep_nesting_without_crashing() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir.path().join("deep.ron");
    let nested = "[".repeat(100_000);
    std::fs::write(
        &deep,
        format!("(\n    setup: {nested},\n    version: 1,\n)\n"),
    )
    .unwrap();

    let output = yeji(dir.path(), &["validate", arg(&deep)]);

    assert_eq!(output.status.code(), Some(1), "{:?}", output.status);
    assert_eq!(
        text(&output.stderr),
        format!("{}:2:75: brackets are nested too deeply\n", deep.display())
    );
}

#[test]
fn list_shows_the_valid_session_and_names_the_broken_one_with_its_error() {
    let dir = tempfile::tempdir().unwrap();
    let [good, broken] = copy_in(
        dir.path(),
        &[
            (
                "sessions/valid/english-with-participants.ron",
                "2026-11-25-kick-off.ron",
            ),
            ("sessions/invalid/dangling-current-step.ron", "broken.ron"),
        ],
    )
    .try_into()
    .unwrap();
    let before = [read(&good), read(&broken)];

    let output = yeji(dir.path(), &["list", arg(dir.path())]);

    assert!(output.status.success(), "{:?}", output.status);
    let stdout = text(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].starts_with("Date"), "{stdout}");
    let row: Vec<&str> = lines[1]
        .split("  ")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect();
    let good_path = good.display().to_string();
    let expected_row = [
        "2026-11-25",
        "Kick-off",
        "Customer service centre",
        "0/7",
        &good_path,
    ];
    assert_eq!(row, expected_row, "{stdout}");
    assert_eq!(
        lines[2],
        format!(
            "unreadable: {}:10:5: `current_step` names a step that does not exist: `closing`",
            broken.display()
        )
    );
    assert_eq!([read(&good), read(&broken)], before, "list changed a file");
    assert_eq!(
        folder_names(dir.path()),
        ["2026-11-25-kick-off.ron", "broken.ron"]
    );
}

#[test]
fn list_names_a_session_without_a_title_as_untitled() {
    let dir = tempfile::tempdir().unwrap();
    copy_in(dir.path(), &[("sessions/valid/minimal.ron", "minimal.ron")]);

    let output = yeji(dir.path(), &["list", arg(dir.path())]);

    assert!(output.status.success(), "{:?}", output.status);
    let stdout = text(&output.stdout);
    let row = stdout.lines().nth(1).unwrap_or_default();
    assert!(row.starts_with("2026-11-25  (untitled)  "), "{stdout}");
}

#[test]
fn diff_and_report_print_to_the_terminal_or_a_file_and_leave_the_sessions_alone() {
    let dir = tempfile::tempdir().unwrap();
    let copies = copy_in(
        dir.path(),
        &[
            ("compare/guangdong-1.ron", "gd-1.ron"),
            ("compare/guangdong-2.ron", "gd-2.ron"),
        ],
    );
    std::fs::write(dir.path().join("broken.ron"), "not a session").unwrap();
    let before = folder_names(dir.path());

    let diff = yeji(dir.path(), &["diff", arg(&copies[0]), arg(&copies[1])]);
    assert!(diff.status.success(), "{}", text(&diff.stderr));
    let shown = text(&diff.stdout);
    assert!(
        shown.contains("Steady operation → Early digitalisation"),
        "{shown}"
    );
    assert!(!shown.contains('\u{1b}'), "no colour into a pipe:\n{shown}");

    let report = yeji(
        dir.path(),
        &["report", ".", "--format", "html", "-o", "out.html"],
    );
    assert!(report.status.success(), "{}", text(&report.stderr));
    let html = std::fs::read_to_string(dir.path().join("out.html")).unwrap();
    assert!(html.contains("广东 95598 客服中心"), "{html}");
    assert!(html.contains("broken.ron"), "the unreadable file is listed");

    let mut after = before.clone();
    after.push("out.html".into());
    after.sort();
    assert_eq!(
        folder_names(dir.path()),
        after,
        "only the report was written"
    );

    let missing = yeji(dir.path(), &["diff", "gd-1.ron", "nowhere.ron"]);
    assert!(!missing.status.success());
    assert!(
        text(&missing.stderr).contains("nowhere.ron"),
        "{}",
        text(&missing.stderr)
    );
}

/// An output file's extension chooses the format when `--format` is not given;
/// `--format` still wins.
#[test]
fn the_output_name_chooses_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let copies = copy_in(
        dir.path(),
        &[
            ("compare/guangdong-1.ron", "gd-1.ron"),
            ("compare/guangdong-2.ron", "gd-2.ron"),
        ],
    );
    let written = |args: &[&str], name: &str| {
        let run = yeji(dir.path(), args);
        assert!(run.status.success(), "{}", text(&run.stderr));
        std::fs::read_to_string(dir.path().join(name)).unwrap()
    };
    let is_html = |text: &str| text.starts_with("<!DOCTYPE html>");
    let session = arg(&copies[0]);
    assert!(!is_html(&written(
        &["export", session, "-o", "a.md"],
        "a.md"
    )));
    assert!(is_html(&written(
        &["export", session, "-o", "a.html"],
        "a.html"
    )));
    assert!(is_html(&written(
        &["export", session, "-o", "a.txt"],
        "a.txt"
    )));
    let forced = ["export", session, "--format", "md", "-o", "b.html"];
    assert!(!is_html(&written(&forced, "b.html")));
    assert!(!is_html(&written(&["report", ".", "-o", "r.md"], "r.md")));
    assert!(is_html(&written(
        &["report", ".", "-o", "r.html"],
        "r.html"
    )));
    let diff = ["diff", session, arg(&copies[1]), "-o", "d.md"];
    assert!(
        written(&diff, "d.md").starts_with('#'),
        "Markdown has headings"
    );
}

/// `yeji COMMAND --help` says what each of the command's arguments is, not only
/// its name.
#[test]
fn every_commands_help_explains_its_arguments() {
    let dir = tempfile::tempdir().unwrap();
    for command in [
        "open", "review", "validate", "list", "export", "diff", "report",
    ] {
        let help = text(&yeji(dir.path(), &[command, "--help"]).stdout);
        let arguments = help
            .split("Arguments:\n")
            .nth(1)
            .and_then(|rest| rest.split("\n\n").next())
            .unwrap_or_else(|| panic!("`{command} --help` lists no arguments:\n{help}"));
        for line in arguments.lines() {
            let explained = line.trim().split_once("  ").map(|(_, what)| what.trim());
            assert!(
                explained.is_some_and(|what| !what.is_empty()),
                "`{command} --help` leaves an argument unexplained: {line:?}"
            );
        }
    }
}

fn yeji_in_locale(locale: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_yeji"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .args(args)
        .output()
        .expect("run yeji")
}

/// A Chinese user reads the command line's help, and what went wrong on it, in
/// Chinese; `--lang` wins over the locale either way.
#[test]
fn the_command_line_speaks_the_users_language() {
    let help = text(&yeji_in_locale("zh_CN.UTF-8", &["diff", "--help"]).stdout);
    for phrase in [
        "用法：yeji diff",
        "参数",
        "较早的会话文件",
        "选项",
        "显示帮助",
    ] {
        assert!(help.contains(phrase), "{phrase:?} missing from:\n{help}");
    }
    assert!(!help.contains("Usage:"), "{help}");
    let english = text(&yeji_in_locale("zh_CN.UTF-8", &["--lang", "en", "--help"]).stdout);
    assert!(english.contains("Usage: yeji"), "{english}");
    let chinese = text(&yeji_in_locale("en_GB.UTF-8", &["--lang=zh", "--help"]).stdout);
    assert!(
        chinese.contains("主持和回顾业技融合共创工作坊"),
        "{chinese}"
    );

    let typo = yeji_in_locale("zh_CN.UTF-8", &["diff", "a.ron", "b.ron", "--formt", "md"]);
    assert_eq!(typo.status.code(), Some(2));
    assert_eq!(
        text(&typo.stderr),
        "错误：没有 `--formt` 这个选项。是不是想写 `--format`？\n\n加上 --help 可以看用法。\n"
    );
    let missing = text(&yeji_in_locale("zh_CN.UTF-8", &["open"]).stderr);
    assert!(missing.contains("缺少参数：<FILE>"), "{missing}");
    let english = text(&yeji_in_locale("en_GB.UTF-8", &["open"]).stderr);
    assert!(english.contains("required arguments"), "{english}");
}
