//! The shipped example sessions read side by side, as a team would: the two of
//! them, and one against a later save of itself.

use std::path::PathBuf;

use chrono::{NaiveDate, Timelike};
use yeji::compare::items::same_session;
use yeji::compare::{diff, render_markdown, render_text};
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

/// Two saves of one session started at the same minute, so the start times alone
/// cannot tell the older from the newer: the header then says when each was saved,
/// in text and in Markdown, in both languages.
#[test]
fn two_saves_of_one_session_are_told_apart_by_when_each_was_saved() {
    let first = example("example-zh-95598-hotline");
    let mut second = first.clone();
    second.updated = first.updated + chrono::Duration::minutes(194);
    second.wrap_up.actions[1].status = yeji::session::wrap_up::ActionStatus::Done;
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let changes = diff(&first, &second, today);
    let head = |text: String, lines: usize| -> Vec<String> {
        text.lines().skip(1).take(lines).map(String::from).collect()
    };
    assert_eq!(
        head(render_text(&changes, Lang::Zh, false), 2),
        [
            "  旧  2026-11-25 09:30  保存于 2026-11-25 11:48  95598 业技融合共创工作坊（第一期）",
            "  新  2026-11-25 09:30  保存于 2026-11-25 15:02  95598 业技融合共创工作坊（第一期）",
        ]
    );
    assert_eq!(
        head(render_text(&changes, Lang::En, false), 2)[1],
        "  new  2026-11-25 09:30  saved 2026-11-25 15:02  95598 业技融合共创工作坊（第一期）"
    );
    assert_eq!(
        head(render_markdown(&changes, Lang::En), 5)[1..],
        [
            "|  | Date | Saved | Title |",
            "|---|---|---|---|",
            "| old | 2026-11-25 09:30 | 2026-11-25 11:48 | 95598 业技融合共创工作坊（第一期） |",
            "| new | 2026-11-25 09:30 | 2026-11-25 15:02 | 95598 业技融合共创工作坊（第一期） |",
        ]
    );
    assert_eq!(
        head(render_markdown(&changes, Lang::Zh), 2)[1],
        "|  | 日期 | 保存时间 | 标题 |"
    );
}
