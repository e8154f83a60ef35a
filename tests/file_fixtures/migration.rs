//! Files of older format versions load forever: they are migrated in memory, and
//! written in the new format only after the old file has been kept as `.bak`.

use std::time::Duration;

use crate::support::*;
use yeji::i18n::Lang;
use yeji::msg::SaveRequest;
use yeji::session::SCHEMA_VERSION;
use yeji::session::file::{load, to_ron};
use yeji::storage::saver::{Job, Outcome, Saver};

const BOM: &str = "\u{feff}";

#[test]
fn every_older_session_migrates_to_the_current_format_keeping_its_content() {
    for version in [1, 2, 3, 4] {
        let old_files = ron_files(&fixture(&format!("sessions/v{version}")));
        assert!(old_files.len() >= 5, "{old_files:?}");
        for old in old_files {
            let loaded = load(&old).unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
            assert_eq!(loaded.migrated_from, Some(version), "{}", old.display());
            assert_eq!(loaded.session.version, SCHEMA_VERSION);
            assert!(loaded.session.raci.cells.is_empty());
            assert_eq!(loaded.session.unified.len(), 5);
            assert_eq!(loaded.session.synergies.len(), 4);
            if version < 3 {
                assert!(loaded.session.initiatives.is_empty());
            }
            if version == 1 {
                assert!(loaded.session.strategy.statements.is_empty());
                assert!(loaded.session.diagnosis.votes.is_empty());
            }
            // The same session in today's format is the matching fixture in valid/.
            let current = fixture(&format!("sessions/valid/{}", file_name(&old)));
            let current = String::from_utf8(read(&current)).unwrap();
            let current = current.strip_prefix(BOM).unwrap_or(&current);
            assert_eq!(to_ron(&loaded.session), current, "{}", old.display());
        }
    }
}

#[test]
fn a_migrated_session_is_saved_in_the_new_format_after_the_old_file_is_kept_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let original = read(&fixture("sessions/v1/chinese-with-notes.ron"));
    std::fs::write(&path, &original).unwrap();

    let ready = yeji::app::open(&path, false, None).unwrap();
    assert_eq!(ready.opened.migrated_from, Some(1));
    assert_eq!(read(&path), original, "opening alone writes nothing");

    let mut saver = Saver::start(&path, ready.known);
    let request = SaveRequest {
        doc: Box::new(ready.opened.doc.clone()),
        generation: 1,
        overwrite: false,
    };
    let job = Job {
        request,
        path: path.clone(),
        new_file: false,
    };
    let outcome = saver.flush(job, Duration::from_secs(10));
    assert_eq!(outcome, Some(Outcome::Saved { generation: 1 }));
    assert_eq!(read(&dir.path().join("old.ron.bak")), original);
    let saved = load(&path).unwrap();
    assert_eq!(saved.migrated_from, None);
    assert_eq!(saved.session, ready.opened.doc);
}
