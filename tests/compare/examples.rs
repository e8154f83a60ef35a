//! The two shipped example sessions, read as a team would put them side by side.

use std::path::PathBuf;

use chrono::{NaiveDate, Timelike};
use yeji::compare::items::same_session;
use yeji::compare::{diff, render_text};
use yeji::i18n::Lang;
use yeji::session::Session;
use yeji::session::file::load;

fn example(name: &str) -> Session {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(format!("{name}.ron"));
    load(&path).expect("the example loads").session
}

/// Two workshops of two centres: each was created on the day it started and saved
/// later that day, not both within one minute, so that neither a diff's header nor
/// its pairing of items takes them for saves of one session.
#[test]
fn the_shipped_examples_were_created_and_started_at_different_times() {
    let hotline = example("example-zh-95598-hotline");
    let cards = example("example-en-card-centre");
    for session in [&hotline, &cards] {
        let (created, started) = (session.created, session.setup.starts_at);
        assert!(created <= session.updated, "{created} {}", session.updated);
        assert_eq!(created.date_naive(), started.date_naive());
    }
    let minute = |session: &Session| session.created.with_second(0).unwrap();
    assert_ne!(minute(&hotline), minute(&cards));
    assert!(!same_session(&hotline, &cards));

    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let text = render_text(&diff(&hotline, &cards, today), Lang::En, false);
    let header: Vec<&str> = text.lines().skip(1).take(2).collect();
    assert_eq!(
        header,
        [
            "  old  2026-11-25 09:30  95598 业技融合共创工作坊（第一期）",
            "  new  2026-11-25 14:00  Card centre kick-off",
        ]
    );
}
