//! Damaged fixtures and generated sessions: the fast reader never parts from
//! `ron`, and reads back whatever yeji writes.

use std::path::PathBuf;

use proptest::prelude::*;
use proptest::sample::Index;
use yeji::i18n::Lang;
use yeji::ron_read::{fast, text_from_bytes};
use yeji::session::Session;
use yeji::session::file::to_ron;
use yeji::template::Template;

use crate::{Outcome, all_templates, compare, ron_files, support};

pub fn cases() -> u32 {
    std::env::var("YEJI_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(512)
}

/// Every small session and template fixture, with whether it is a template.
static ORIGINALS: std::sync::LazyLock<Vec<(PathBuf, Vec<u8>, bool)>> =
    std::sync::LazyLock::new(|| {
        let sessions = ["valid", "v1", "v2", "v3", "v4"]
            .iter()
            .flat_map(|folder| ron_files(&format!("tests/fixtures/sessions/{folder}")))
            .map(|path| (path, false));
        let templates = all_templates().into_iter().map(|path| (path, true));
        sessions
            .chain(templates)
            .map(|(path, template)| (path.clone(), std::fs::read(path).unwrap(), template))
            .collect()
    });

/// Bytes most likely to find where the two readers part, spliced in anywhere.
#[rustfmt::skip]
const TRICKY: &[&str] = &[
    "(", ")", "[", "]", "{", "}", "\"", "\\", "'", ":", ",", "#", "\r\n", "\t", " ",
    "\u{b}", "\u{85}", "\u{2028}", "\u{feff}", "0", "00", "-", "+", "_", ".", "1.5",
    "1e3", "0x1", "1u8", "999999999999999999999", "256", "r", "r#\"", "\"#", "r##\"x\"#",
    "b\"", "\\u{", "\\u{41}", "\\x41", "\\n", "\\\n", "/*", "*/", "//", "Some",
    "Some(", "None", "()", "Session", "#![enable(implicit_some)]", "true", "inf", "NaN",
    "中",
];

#[derive(Clone, Debug)]
pub enum Damage {
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index, usize),
    Splice(Index, &'static str),
}

pub fn any_damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        2 => (any::<Index>(), 0u8..8).prop_map(|(at, bit)| Damage::Flip(at, 1 << bit)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(at, byte)| Damage::Insert(at, byte)),
        2 => (any::<Index>(), 1usize..16).prop_map(|(at, len)| Damage::Delete(at, len)),
        4 => (any::<Index>(), prop::sample::select(TRICKY)).prop_map(|(at, t)| Damage::Splice(at, t)),
    ]
}

pub fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let at = match damage {
        Damage::Flip(..) if bytes.is_empty() => return,
        Damage::Flip(index, _) => index.index(bytes.len()),
        Damage::Insert(index, _) | Damage::Delete(index, _) | Damage::Splice(index, _) => {
            index.index(bytes.len() + 1)
        }
    };
    apply_at(bytes, damage, at);
}

/// `damage` at byte `at` (at most the length) instead of where its index points.
pub fn apply_at(bytes: &mut Vec<u8>, damage: &Damage, at: usize) {
    match damage {
        Damage::Flip(_, bit) => {
            if let Some(byte) = bytes.get_mut(at) {
                *byte ^= bit;
            }
        }
        Damage::Insert(_, byte) => bytes.insert(at, *byte),
        Damage::Delete(_, len) => {
            bytes.drain(at..(at + len).min(bytes.len()));
        }
        Damage::Splice(_, token) => {
            bytes.splice(at..at, token.bytes());
        }
    }
}

/// Text with the characters that need a raw string or an escape, and some that
/// look like RON.
fn any_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vec!["\"", "\\", "#", "\"#", "\"##", "\n", "\r\n", "\t", "中文", "r#\"", ")", "//"])
            .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_damaged_file_is_read_as_ron_reads_it_or_declined(
        which in any::<Index>(),
        damage in prop::collection::vec(any_damage(), 1..4),
    ) {
        let (path, original, template) = &ORIGINALS[which.index(ORIGINALS.len())];
        let mut bytes = original.clone();
        for damage in &damage {
            apply(&mut bytes, damage);
        }
        let Some(text) = text_from_bytes(path, bytes).ok() else { return Ok(()) };
        let outcome = if *template { compare::<Template>(&text) } else { compare::<Session>(&text) };
        prop_assert!(outcome.is_ok(), "{}: {}\n{text}", path.display(), outcome.unwrap_err());
    }

    #[test]
    fn any_text_and_numbers_written_are_read_back_fast(
        texts in prop::collection::vec(any_text(), 4),
        ids in prop::collection::vec(any::<u32>(), 2),
        dots in any::<u8>(),
    ) {
        let mut session = support::typical_session(Lang::Zh);
        session.setup.title = texts[0].clone();
        session.setup.participants[0].name = texts[1].clone();
        session.setup.participants[1].id = ids[0];
        session.current_step = texts[2].clone();
        session.steps[0].notes.push(yeji::session::Note { id: ids[1], text: texts[3].clone() });
        session.voting.dots_per_person = dots;
        let text = to_ron(&session);
        prop_assert_eq!(compare::<Session>(&text), Ok(Outcome::Read), "{}", text);
        prop_assert_eq!(&fast::from_str::<Session>(&text).unwrap(), &session);
        // Written with escapes instead of raw strings, as other tools may.
        let escaped = ron::ser::to_string(&session).unwrap();
        prop_assert_eq!(compare::<Session>(&escaped), Ok(Outcome::Read), "{}", escaped);
    }
}
