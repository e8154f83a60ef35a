//! Reading a session in two pieces (`session::file::Cut`, the strategy part and
//! the rest) against reading it whole: the same session, or the same message,
//! whatever the file holds; and the files yeji writes are read in two pieces.

use std::path::Path;

use proptest::prelude::*;
use yeji::i18n::Lang;
use yeji::load_error::LoadError;
use yeji::ron_read::text_from_bytes;
use yeji::session::file::{Cut, Loaded, parse, parse_pieces, to_ron};

use crate::damage::{Damage, any_damage, apply, apply_at, cases};
use crate::{support, text_of, written_sessions};

fn in_pieces(path: &Path, text: &str) -> Result<Loaded, LoadError> {
    match Cut::find(text) {
        Some(cut) => parse_pieces(path, text, cut.read_rest(text), cut.read_strategy(text)),
        None => parse(path, text),
    }
}

fn both_ways(text: &str) -> (Result<Loaded, LoadError>, Result<Loaded, LoadError>) {
    let path = Path::new("s.ron");
    (in_pieces(path, text), parse(path, text))
}

#[test]
fn files_yeji_wrote_are_read_in_two_pieces_as_they_are_read_whole() {
    for path in written_sessions() {
        let text = text_of(&path).unwrap();
        let cut = Cut::find(&text).unwrap_or_else(|| panic!("{} is not cut", path.display()));
        let rest = cut.read_rest(&text);
        let strategy = cut.read_strategy(&text);
        assert!(rest.is_some() && strategy.is_some(), "{}", path.display());
        let whole = parse(&path, &text).unwrap();
        assert_eq!(parse_pieces(&path, &text, rest, strategy), Ok(whole));
    }
}

/// A session whose texts hold what the cut looks for, as a pasted file would.
fn with_lookalikes(texts: [&str; 3]) -> String {
    let mut session = support::large_session(Lang::Zh);
    session.setup.title = texts[0].to_string();
    session.setup.participants[0].name = texts[1].to_string();
    let statement = &mut session.strategy.statements[0];
    *statement = yeji::session::shared::Shared::new(yeji::session::strategy::Statement {
        text: texts[2].to_string(),
        ..(**statement).clone()
    });
    to_ron(&session)
}

#[test]
fn texts_that_look_like_where_the_cut_goes_are_left_alone() {
    let lookalikes = [
        "\n    strategy: (statements: []),\n    unified: [",
        "a \"quoted\"\n    strategy: (\n",
        ")\n    ],\n    strategy: r#\"x\"#,\n    unified: ",
        "\n    unified: ",
    ];
    for first in lookalikes {
        for second in lookalikes {
            let text = with_lookalikes([first, second, first]);
            let (pieces, whole) = both_ways(&text);
            assert!(whole.is_ok(), "{text}");
            assert_eq!(pieces, whole, "{text}");
        }
    }
}

#[test]
fn a_strategy_written_out_inside_a_text_is_not_taken_for_the_real_one() {
    let typical = to_ron(&support::typical_session(Lang::En));
    let start = typical.find("\n    strategy: ").unwrap();
    let end = typical.find(",\n    unified: ").unwrap();
    let pasted = &typical[start..end + ",\n    unified: ".len()];
    // A new session's strategy is empty, as the pasted one stands in for.
    let session = support::new_session(pasted, Lang::En);
    let text = to_ron(&session);
    let (pieces, whole) = both_ways(&text);
    assert_eq!(whole.as_ref().unwrap().session, session);
    assert_eq!(pieces, whole);
}

/// The large session, written by yeji, with where its cut falls.
static LARGE: std::sync::LazyLock<(Vec<u8>, [usize; 2])> = std::sync::LazyLock::new(|| {
    let text = to_ron(&support::large_session(Lang::En));
    let key = text.find("\n    strategy: ").unwrap();
    let next = text.find(",\n    unified: ").unwrap();
    (text.into_bytes(), [key, next])
});

/// Damage anywhere, or within a few bytes of either end of the cut.
fn placed_damage() -> impl Strategy<Value = (Option<(usize, i32)>, Damage)> {
    let near = prop_oneof![Just(None), (0..2usize, -24..40i32).prop_map(Some)];
    (near, any_damage())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_damaged_session_reads_the_same_in_two_pieces_as_whole(
        damages in prop::collection::vec(placed_damage(), 1..4),
    ) {
        let (original, anchors) = &*LARGE;
        let mut bytes = original.clone();
        for (near, damage) in damages {
            match near {
                Some((anchor, offset)) => {
                    let at = anchors[anchor].saturating_add_signed(offset as isize);
                    let at = at.min(bytes.len());
                    apply_at(&mut bytes, &damage, at);
                }
                None => apply(&mut bytes, &damage),
            }
        }
        let Ok(text) = text_from_bytes(Path::new("s.ron"), bytes) else { return Ok(()) };
        let (pieces, whole) = both_ways(&text);
        prop_assert_eq!(pieces, whole, "{}", text);
    }
}

#[test]
fn a_session_of_an_older_version_is_read_whole() {
    let text = to_ron(&support::typical_session(Lang::En)).replacen("version: 5", "version: 4", 1);
    assert_eq!(Cut::find(&text), None);
    let (pieces, whole) = both_ways(&text);
    assert_eq!(pieces, whole);
}
