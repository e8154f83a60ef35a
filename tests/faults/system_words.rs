//! Outside the save path, the operating system's reasons are told in the user's
//! language too: exporting a report, opening a file, listing or reporting on a
//! folder, and the real binary under `--lang zh`.

use std::io;
use std::path::Path;
use std::process::Command;

use crate::inject::{Fault, Faults, Mode};
use yeji::export::{Format, run_on};
use yeji::i18n::Lang;
use yeji::load_error::LoadError;
use yeji::ron_read::io_problem;
use yeji::session::file::to_ron;

use crate::support::new_session;

/// Exports a fresh session with the first write failing with `fault`.
fn export_failing(fault: Fault, lang: Lang) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    std::fs::write(&file, to_ron(&new_session("t", lang))).unwrap();
    let (faults, mut ops) = Faults::new();
    faults.arm(fault, Mode::ForGood, 1);
    let out = dir.path().join("s.html");
    let error = run_on(
        &mut ops,
        &file,
        (Format::Html, Some(&out)),
        Some(lang),
        false,
    )
    .expect_err("the write fails");
    error.replace(&out.display().to_string(), "OUT")
}

#[test]
fn an_export_that_cannot_be_written_says_why_in_the_users_language() {
    let cases = [
        (Fault::PermissionDenied, Lang::Zh, "OUT: 无法写入：没有权限"),
        (
            Fault::PermissionDenied,
            Lang::En,
            "OUT: cannot be written: permission denied",
        ),
        (
            Fault::FolderRemoved,
            Lang::Zh,
            "OUT: 无法写入：文件或文件夹不存在",
        ),
        (
            Fault::FolderRemoved,
            Lang::En,
            "OUT: cannot be written: no such file or folder",
        ),
    ];
    for (fault, lang, want) in cases {
        assert_eq!(export_failing(fault, lang), want, "{fault:?} {lang:?}");
    }
}

#[test]
fn a_file_that_cannot_be_read_says_why_in_chinese() {
    let problem = io_problem(&io::Error::from_raw_os_error(libc::EACCES));
    let error = LoadError::new("s.ron", None, problem);
    assert_eq!(error.line(Lang::Zh), "s.ron: 无法读取：没有权限");
    assert_eq!(
        error.line(Lang::En),
        "s.ron: cannot be read: permission denied"
    );
}

fn yeji_zh(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_yeji"))
        .current_dir(dir)
        .args(["--lang", "zh"])
        .args(args)
        .output()
        .expect("run yeji");
    assert!(!output.status.success(), "{args:?} should fail");
    String::from_utf8(output.stderr).unwrap()
}

/// The system's English ("No such file or directory (os error 2)") never reaches a
/// Chinese user of the command line.
#[test]
fn the_command_line_tells_a_missing_folder_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    std::fs::write(&file, to_ron(&new_session("t", Lang::Zh))).unwrap();
    let file = file.to_str().unwrap();
    let export = yeji_zh(dir.path(), &["export", file, "-o", "gone/s.html"]);
    assert_eq!(export, "gone/s.html: 无法写入：文件或文件夹不存在\n");
    let list = yeji_zh(dir.path(), &["list", "--dir", "gone"]);
    assert_eq!(list, "gone: 无法读取：文件或文件夹不存在\n");
    let report = yeji_zh(dir.path(), &["report", "gone"]);
    assert_eq!(report, "gone: 无法读取：文件或文件夹不存在\n");
    let diff = yeji_zh(dir.path(), &["diff", file, file, "-o", "gone/d.md"]);
    assert_eq!(diff, "gone/d.md: 无法写入：文件或文件夹不存在\n");
}
