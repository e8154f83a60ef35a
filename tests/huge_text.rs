//! A single 10 MB text in a session, in each place a room writes text: the file
//! loads in reasonable time, and every step that shows the text still draws it,
//! cut to the screen, in reasonable time.

mod support;

use std::time::{Duration, Instant};

use support::*;
use yeji::i18n::Lang;
use yeji::msg::Action;
use yeji::session::Session;
use yeji::session::file::{load, to_ron};

const MB: usize = 1_000_000;

/// Generous for a debug build on a slow machine. A frame that measured the whole
/// text, only to size a column or the header's title, took about a second here; one
/// that looks no further than the screen can show takes a tenth of that.
const LOAD_LIMIT: Duration = Duration::from_secs(5);
const FRAME_LIMIT: Duration = Duration::from_millis(400);

/// About `bytes` of mixed Chinese and English with a line break now and then,
/// starting with a marker the screen should show.
fn huge_text(bytes: usize) -> String {
    let piece = "业技融合共创 business–technology workshop 一次解决率 ";
    let mut text = String::from("HUGE-START ");
    let mut lines = 0;
    while text.len() < bytes {
        text.push_str(piece);
        lines += 1;
        if lines % 50 == 0 {
            text.push('\n');
        }
    }
    text
}

/// Puts a text into one field of a session.
type Put = fn(&mut Session, String);

/// Each place a long text can be put, and the step that shows it.
fn places() -> Vec<(&'static str, Put, usize)> {
    vec![
        ("title", |doc, text| doc.setup.title = text, 0),
        (
            "note",
            |doc, text| doc.steps[NOTES_STEP].notes[0].text = text,
            1,
        ),
        (
            "statement",
            |doc, text| doc.strategy.statements[0].text = text,
            2,
        ),
        (
            "agreement",
            |doc, text| doc.unified[0].agreements[0].text = text,
            3,
        ),
        ("initiative", |doc, text| doc.initiatives[0].title = text, 3),
        ("mechanism", put_mechanism, 4),
        (
            "participant",
            |doc, text| doc.setup.participants[0].name = text,
            5,
        ),
    ]
}

/// On the first synergy, where the step's cursor starts.
fn put_mechanism(doc: &mut Session, text: String) {
    let mut mechanism = doc.synergies[2].mechanisms.remove(0);
    mechanism.text = text;
    doc.synergies[0].mechanisms.push(mechanism);
}

#[test]
fn a_10_mb_text_loads_and_every_step_still_draws() {
    let dir = tempfile::tempdir().unwrap();
    let text = huge_text(10 * MB);
    for (name, put, shown_on) in places() {
        let mut doc = typical_session(Lang::Zh);
        put(&mut doc, text.clone());
        let path = dir.path().join(format!("{name}.ron"));
        std::fs::write(&path, to_ron(&doc)).unwrap();

        let started = Instant::now();
        let loaded = load(&path).unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
        let took = started.elapsed();
        assert!(took < LOAD_LIMIT, "{name}: loading took {took:?}");
        assert_eq!(loaded.session, doc, "{name}");

        let mut model = session_model(loaded.session);
        let mut shown = false;
        for step in 0..doc.steps.len() {
            // Every panel of the step, and the overview.
            for _ in 0..6 {
                let started = Instant::now();
                let screen = screen_text(&model, 120, 40);
                let took = started.elapsed();
                assert!(
                    took < FRAME_LIMIT,
                    "{name}, step {step}: drawing took {took:?}"
                );
                shown |= step == shown_on && screen.contains("HUGE-START");
                act(&mut model, &[Action::NextPanel]);
            }
            act(&mut model, &[Action::NextStep]);
        }
        act(&mut model, &[Action::ToggleDashboard]);
        let started = Instant::now();
        screen_text(&model, 120, 40);
        assert!(started.elapsed() < FRAME_LIMIT, "{name}: overview");
        assert!(shown, "{name} is never shown on step {shown_on}");
    }
}
