//! Opening a session in a real terminal: the file is read while the terminal is
//! made ready, and a file that cannot be opened is reported on the ordinary screen
//! without the program ever switching to full-screen mode.

use std::path::Path;

use crate::files::temp_dir;
use crate::harness::Pty;

fn invalid_fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/sessions/invalid")
        .join(name)
}

#[test]
fn a_broken_file_is_reported_on_the_ordinary_screen_and_left_as_it_was() {
    for (fixture, lang, message) in [
        (
            "merge-conflict.ron",
            "en",
            "git left merge conflict markers (<<<<<<<) here",
        ),
        ("dangling-vote.ron", "zh", "引用了不存在的参与者编号 9"),
    ] {
        let dir = temp_dir();
        let path = dir.path().join(fixture);
        std::fs::copy(invalid_fixture(fixture), &path).unwrap();
        let before = std::fs::read(&path).unwrap();
        let mut pty = Pty::spawn(dir.path(), &["open", fixture, "--lang", lang], &[], 80, 24);
        let status = pty.wait_exit();
        assert!(!status.success(), "{fixture}: {status:?}");
        let screen = pty.screen_text().replace('\n', "");
        assert!(
            screen.contains(message),
            "{fixture}: the screen shows\n{screen}"
        );
        assert!(
            !pty.transcript().contains("\x1b[?1049h"),
            "{fixture}: the alternate screen was entered"
        );
        assert!(pty.cooked_mode(), "{fixture}: the terminal is left raw");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{fixture} was changed"
        );
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, [fixture], "nothing is left beside the file");
    }
}
