//! A sessions folder that cannot be listed is told on the start screen, in the
//! user's language, rather than shown as a folder without sessions; a new session
//! can still be started, or says why not.

use std::io;

use chrono::TimeZone;
use yeji::app::create;
use yeji::i18n::Lang;
use yeji::msg::{Action, Effect, Msg};
use yeji::os_error::Reason;
use yeji::session::naming::{list_for_start, unless_missing};
use yeji::template::Template;

use crate::support::*;

/// The start screen after listing failed with `errno`, its panel as one text.
fn start_failing(errno: i32, lang: Lang) -> String {
    let why = unless_missing(Err(io::Error::from_raw_os_error(errno))).unwrap_err();
    let mut model = start_model(lang);
    send(&mut model, [Msg::ListFailed(why)]);
    panel_text(&screen_text(&model, 80, 24))
}

#[test]
fn a_folder_that_cannot_be_listed_says_why_on_the_start_screen() {
    let cases = [
        (
            libc::EACCES,
            Lang::Zh,
            "无法读取会话文件夹：没有权限。仍可按 Enter 新建会话。",
        ),
        (
            libc::EACCES,
            Lang::En,
            "The sessions folder cannot be read: permission denied. Enter still starts a new session.",
        ),
        (libc::EIO, Lang::Zh, "无法读取会话文件夹：磁盘读写出错。"),
        (
            libc::EIO,
            Lang::En,
            "The sessions folder cannot be read: the disk reported an error while reading or writing.",
        ),
    ];
    for (errno, lang, want) in cases {
        let text = start_failing(errno, lang);
        assert!(text.contains(want), "{errno} {lang:?}: {text}");
        assert!(
            !text.contains("No sessions") && !text.contains("还没有会话"),
            "{text}"
        );
    }
}

#[test]
fn a_missing_folder_is_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(list_for_start(&dir.path().join("not-yet")), Ok(Vec::new()));
    let missing = unless_missing(Err(io::Error::from_raw_os_error(libc::ENOENT)));
    assert_eq!(missing, Ok(Vec::new()));
}

/// A file where the folder should be cannot be listed; a new session is still
/// offered, and creating it says why it cannot be written.
#[test]
fn a_file_in_place_of_the_folder_is_told_and_a_new_session_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sessions");
    std::fs::write(&folder, "not a folder").unwrap();
    let why = list_for_start(&folder).unwrap_err();
    assert_eq!(why.reason, Reason::NotFolder);

    let mut model = start_model(Lang::En);
    send(&mut model, [Msg::ListFailed(why)]);
    act(&mut model, &[Action::EditOrConfirm]);
    send(&mut model, [typed("Kick-off")]);
    let effect = act(&mut model, &[Action::ConfirmEdit]);
    assert_eq!(
        effect,
        Effect::CreateSession {
            title: "Kick-off".into()
        }
    );

    let now = chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 25, 9, 0, 0)
        .unwrap();
    let error = create(&folder, Template::built_in(), "Kick-off", Lang::En, now)
        .err()
        .expect("nothing can be written under a file");
    let line = error
        .line(Lang::En)
        .replace(&folder.display().to_string(), "DIR");
    assert_eq!(
        line,
        "DIR: cannot be written: part of the path is a file, not a folder"
    );
}
