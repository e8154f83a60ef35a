//! F2 switches the language of the screen at once, and the session remembers it.

use crate::files::{read_session, temp_dir, wait_for_condition, write_session};
use crate::harness::{F2, Pty, run_plain_in_locale};
use yeji::i18n::Lang;
use yeji::session::file::load;

fn saved_language_is(path: &std::path::Path, lang: Lang) -> bool {
    load(path).is_ok_and(|loaded| loaded.session.language == lang)
}

#[test]
fn f2_switches_the_screen_language_live_and_the_saved_file_follows() {
    let dir = temp_dir();
    let file = write_session(dir.path(), Lang::Zh, "diagnose", &[]);
    let path = dir.path().join(file);
    // The session's own language wins over an English LANG.
    let mut pty = Pty::spawn(dir.path(), &["open", file], &[], 80, 24);
    pty.wait_for(" 议程 ");
    pty.wait_for("第 2/7 步");

    pty.send(F2);
    pty.wait_for(" Agenda ");
    pty.wait_for("step 2 of 7");
    pty.wait_for_row(1, " 2 Diagnose ");
    let screen = pty.wait_gone("议程");
    assert!(!screen.contains("诊断"), "screen:\n{screen}");
    wait_for_condition("autosave of the new language", || {
        saved_language_is(&path, Lang::En)
    });

    pty.send(F2);
    pty.wait_for(" 议程 ");
    pty.wait_gone(" Agenda ");
    pty.send("q");
    assert!(pty.wait_exit().success());
    assert_eq!(read_session(&path).language, Lang::Zh);
}

/// A broken file is reported in the language asked for, by `--lang` or the locale;
/// where neither says (no locale, or `C` as in a bare SSH session), in the language
/// the file says it is in.
#[test]
fn a_broken_session_is_reported_in_its_own_language_when_the_locale_says_nothing() {
    let dir = temp_dir();
    let file = write_session(dir.path(), Lang::Zh, "diagnose", &[]);
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen("minutes: 20,", "minutes: \"twenty\",", 1);
    assert_ne!(broken, text, "the file has a step of 20 minutes");
    std::fs::write(&path, &broken).unwrap();
    let told = |args: &[&str], locale: Option<&str>| {
        let output = run_plain_in_locale(dir.path(), args, locale);
        assert!(!output.status.success());
        String::from_utf8(output.stderr).unwrap()
    };
    let zh = Lang::Zh.ui().expect_number;
    let en = Lang::En.ui().expect_number;
    for locale in [None, Some("C.UTF-8"), Some("POSIX")] {
        for command in ["open", "review"] {
            let message = told(&[command, file], locale);
            assert!(message.contains(zh), "{locale:?} {command}: {message}");
        }
    }
    assert!(told(&["open", file], Some("en_GB.UTF-8")).contains(en));
    let asked = told(&["open", file, "--lang", "en"], None);
    assert!(asked.contains(en), "{asked}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken, "untouched");
}
