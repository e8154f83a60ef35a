//! The session fixtures in `tests/fixtures/sessions/`: every valid file loads and
//! saves back to the same bytes, every invalid one fails with its own `Problem` and
//! its own `PATH:LINE:COL` message and is left as it was.

use std::path::Path;

use crate::support::*;
use yeji::i18n::Lang;
use yeji::load_error::{Expected, IdKind, Problem};
use yeji::session::file::{load, to_ron};
use yeji::session::{SCHEMA_VERSION, Side};

const BOM: &str = "\u{feff}";

fn invalid_sessions() -> Vec<Case> {
    let sides = names(&["Business", "Technology", "Data", "Planning", "Management"]);
    let setup_fields = names(&[
        "title",
        "organisation",
        "facilitator",
        "starts_at",
        "participants",
    ]);
    let finance = Problem::UnknownVariant {
        found: "Finance".into(),
        expected: sides,
    };
    vec![
        case("empty.ron", Problem::Empty, "PATH: the file is empty"),
        case(
            "binary-junk.ron",
            Problem::NotUtf8,
            "PATH:1:1: not a text file (not UTF-8)",
        ),
        case(
            "gbk-encoded.ron",
            Problem::NotUtf8,
            "PATH:12:18: not a text file (not UTF-8)",
        ),
        case(
            "nul-byte.ron",
            Problem::NulByte,
            "PATH:12:21: contains a NUL byte; not a text file",
        ),
        case(
            "truncated.ron",
            Problem::Truncated,
            "PATH:42:21: the file ends too early (it may be cut off)",
        ),
        case(
            "misspelt-field.ron",
            Problem::UnknownField {
                found: "titel".into(),
                expected: setup_fields,
            },
            "PATH:12:9: there is no field `titel`; did you mean `title`? Fields here are: \
             title, organisation, facilitator, starts_at, participants",
        ),
        case(
            "duplicate-field.ron",
            Problem::DuplicateField("title".into()),
            "PATH:13:9: the field `title` appears twice",
        ),
        case(
            "curly-quotes.ron",
            Problem::CurlyQuote('“'),
            "PATH:12:16: there is a curly quote “ here; RON only accepts straight quotes \"",
        ),
        case(
            "chinese-quotes-in-a-line-with-an-unknown-variant.ron",
            finance.clone(),
            "PATH:29:60: `Finance` is not one of the choices: \
             Business, Technology, Data, Planning, Management",
        ),
        case(
            "json.ron",
            Problem::LooksLikeJson,
            "PATH:1:1: this looks like JSON; session files are RON and start with “(” \
             (see the examples in sessions/)",
        ),
        case(
            "plain-text-notes.ron",
            Problem::Expected(Expected::Group),
            "PATH:1:1: expected a group of fields ( … ) here",
        ),
        case(
            "merge-conflict.ron",
            Problem::MergeConflict,
            "PATH:12:1: git left merge conflict markers (<<<<<<<) here: \
             decide which side to keep and remove the markers first",
        ),
        case(
            "dangling-vote.ron",
            Problem::Dangling {
                what: IdKind::Participant,
                id: 9,
            },
            "PATH:54:13: refers to participant 9, who is not in the participant list",
        ),
        case(
            "dangling-author.ron",
            Problem::Dangling {
                what: IdKind::Participant,
                id: 42,
            },
            "PATH:84:21: refers to participant 42, who is not in the participant list",
        ),
        case(
            "duplicate-statement-ids.ron",
            Problem::DuplicateId {
                what: IdKind::Statement,
                id: "1".into(),
            },
            "PATH:78:17: two statement entries have the id 1",
        ),
        case(
            "unknown-quadrant.ron",
            Problem::UnknownVariant {
                found: "E".into(),
                expected: vec!["A".into(), "B".into(), "C".into(), "D".into()],
            },
            "PATH:80:27: `E` is not one of the choices: A, B, C, D",
        ),
        case(
            "dangling-dot-initiative.ron",
            Problem::Dangling {
                what: IdKind::Initiative,
                id: 99,
            },
            "PATH:209:17: refers to initiative 99, which does not exist",
        ),
        case(
            "dangling-owner-role.ron",
            Problem::Dangling {
                what: IdKind::Role,
                id: 42,
            },
            "PATH:147:30: refers to role 42, which does not exist",
        ),
        case(
            "unified-out-of-order.ron",
            Problem::FixedList {
                section: "unified",
                expected: [
                    "Guidance",
                    "Understanding",
                    "Plan",
                    "TopLevelDesign",
                    "Breakdown",
                ]
                .map(String::from)
                .to_vec(),
            },
            "PATH:124:5: `unified` must list each of these once, in this order: \
             Guidance, Understanding, Plan, TopLevelDesign, Breakdown",
        ),
        case(
            "rating-out-of-range.ron",
            Problem::OutOfRange {
                field: "today",
                value: 7,
                low: 1,
                high: 5,
            },
            "PATH:227:17: `today` is 7; it must be between 1 and 5",
        ),
        case(
            "dangling-raci-role.ron",
            Problem::Dangling {
                what: IdKind::Role,
                id: 42,
            },
            "PATH:310:17: refers to role 42, which does not exist",
        ),
        case(
            "newer-version.ron",
            Problem::NewerVersion {
                found: 99,
                supported: SCHEMA_VERSION,
            },
            format!(
                "PATH:2:5: this file was written by a newer yeji (format version 99); \
                 this program reads up to version {SCHEMA_VERSION}. Please upgrade yeji"
            ),
        ),
        case(
            "version-zero.ron",
            Problem::UnknownVersion(0),
            "PATH:2:5: there is no file format version 0",
        ),
        case(
            "missing-version.ron",
            Problem::MissingVersion,
            "PATH: the `version` field is missing, so the format version is unknown",
        ),
        case(
            "unknown-step.ron",
            Problem::UnknownTemplateStep {
                id: "diagnosis".into(),
                template: "default".into(),
                known: default_step_ids(),
            },
            "PATH:35:13: the step `diagnosis` is not in the template `default`, whose steps \
             are: setup, diagnose, strategy, five-unified, four-synergies, role-mapping, wrap-up",
        ),
        case(
            "dangling-current-step.ron",
            Problem::DanglingStep {
                field: "current_step",
                id: "closing".into(),
            },
            "PATH:10:5: `current_step` names a step that does not exist: `closing`",
        ),
        case(
            "duplicate-participant-ids.ron",
            Problem::DuplicateId {
                what: IdKind::Participant,
                id: "1".into(),
            },
            "PATH:24:17: two participant entries have the id 1",
        ),
        case(
            "duplicate-note-ids.ron",
            Problem::DuplicateId {
                what: IdKind::Note,
                id: "1".into(),
            },
            "PATH:66:21: two note entries have the id 1",
        ),
        case(
            "duplicate-parked-ids.ron",
            Problem::DuplicateId {
                what: IdKind::Parked,
                id: "7".into(),
            },
            "PATH:468:17: two parked item entries have the id 7",
        )
        .zh("有两个停车场事项的编号都是 7"),
        case(
            "wrong-value-type.ron",
            Problem::Expected(Expected::Number),
            "PATH:45:22: expected a whole number here",
        ),
        case(
            "unknown-enum-variant.ron",
            finance,
            "PATH:27:23: `Finance` is not one of the choices: \
             Business, Technology, Data, Planning, Management",
        ),
        case(
            "missing-field.ron",
            Problem::MissingField("facilitator".into()),
            "PATH:16:5: the field `facilitator` is missing",
        ),
    ]
}

#[test]
fn each_invalid_session_fails_with_its_own_message_and_is_left_unchanged() {
    assert_cases(&fixture("sessions/invalid"), &invalid_sessions(), load);
}

#[test]
fn every_invalid_session_fixture_has_a_case_and_every_case_a_fixture() {
    let mut cases = invalid_sessions();
    cases.extend(crate::bad_values::bad_value_sessions());
    cases.extend(crate::hand_edits::hand_edited_sessions());
    assert_cases_cover(&fixture("sessions/invalid"), &cases);
}

#[test]
fn every_valid_session_fixture_loads_at_the_current_version() {
    let paths = ron_files(&fixture("sessions/valid"));
    assert!(paths.len() >= 3, "valid fixtures: {paths:?}");
    for path in paths {
        let loaded = load(&path).unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
        assert_eq!(loaded.migrated_from, None, "{}", path.display());
        assert_eq!(loaded.session.version, SCHEMA_VERSION, "{}", path.display());
    }
}

/// Loads `path`, saves it, loads the saved text and saves again: both saves must be
/// the file's own text (without a byte-order mark), and the two sessions equal.
fn assert_round_trips(path: &Path) {
    let text = String::from_utf8(read(path)).expect("a valid session is UTF-8");
    let canonical = text.strip_prefix(BOM).unwrap_or(&text);
    let first = load(path).unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
    let saved = to_ron(&first.session);
    assert_eq!(saved, canonical, "{} saved differently", path.display());

    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join(file_name(path));
    std::fs::write(&copy, &saved).unwrap();
    let second = load(&copy).unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
    assert_eq!(second.session, first.session, "{}", path.display());
    assert_eq!(to_ron(&second.session), saved, "{}", path.display());
}

#[test]
fn save_load_save_gives_back_every_valid_session_byte_for_byte() {
    for path in ron_files(&fixture("sessions/valid")) {
        assert_round_trips(&path);
    }
}

/// The program numbers decisions, actions, parked items and indicators from one
/// counter, so a valid fixture that shares an id between two of these lists is
/// not a file the program could have written.
#[test]
fn every_valid_session_numbers_its_wrap_up_items_from_one_counter() {
    for path in ron_files(&fixture("sessions/valid")) {
        let session = load(&path).unwrap().session;
        let wrap_up = &session.wrap_up;
        let ids: Vec<u32> = (wrap_up.decisions.iter().map(|d| d.id))
            .chain(wrap_up.actions.iter().map(|a| a.id))
            .chain(wrap_up.parking.iter().map(|p| p.id))
            .chain(wrap_up.indicators.iter().map(|i| i.id))
            .collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{}: {ids:?}", file_name(&path));
    }
}

#[test]
fn a_byte_order_mark_is_read_and_not_written_back() {
    let path = fixture("sessions/valid/bom.ron");
    let bytes = read(&path);
    assert!(
        bytes.starts_with(BOM.as_bytes()),
        "the fixture lost its BOM"
    );
    let session = load(&path).unwrap().session;
    assert_eq!(session.setup.title, "Saved by Notepad");
    assert_eq!(to_ron(&session).as_bytes(), &bytes[BOM.len()..]);
}

#[test]
fn chinese_text_emoji_and_line_breaks_survive_loading() {
    let path = fixture("sessions/valid/chinese-with-notes.ron");
    let session = load(&path).unwrap().session;
    assert_eq!(session.language, Lang::Zh);
    assert_eq!(session.current_step, "strategy");
    assert_eq!(session.setup.title, "业技融合共创工作坊（第一期）");
    let people: Vec<(&str, Side)> = session
        .setup
        .participants
        .iter()
        .map(|person| (person.name.as_str(), person.side))
        .collect();
    assert_eq!(people[2], ("Zhang \"Jim\" Wei", Side::Data));
    assert_eq!(people.len(), 5);
    let notes: Vec<&str> = session.steps[1]
        .notes
        .iter()
        .map(|note| note.text.as_str())
        .collect();
    assert_eq!(notes[0], "业务和技术各守一摊 😅，需求靠“喊”");
    assert_eq!(
        notes[1],
        "第一行\n第二行：工单系统 → 知识库\n\n  第四行（前面有两个空格）"
    );
    assert_eq!(
        notes[2],
        "路径 C:\\data\\工单.xlsx 和 \"引号\"，还有 tab\t以及 👩‍💻🇨🇳"
    );
}

#[test]
fn a_session_of_a_custom_template_loads_without_the_default_steps() {
    let path = fixture("sessions/valid/custom-template.ron");
    let session = load(&path).unwrap().session;
    assert_eq!(session.template.id, "follow-up");
    assert_eq!(session.template.version, 3);
    let ids: Vec<&str> = session.steps.iter().map(|step| step.id.as_str()).collect();
    assert_eq!(ids, ["setup", "notes_1"]);
}

/// `sessions/example-*.ron` are shipped to show the format; each must load and stay
/// byte-identical when saved. The folder may hold none yet.
#[test]
fn example_sessions_load_and_save_back_byte_for_byte() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let examples: Vec<_> = ron_files(&folder)
        .into_iter()
        .filter(|path| file_name(path).starts_with("example-"))
        .collect();
    for path in &examples {
        assert_round_trips(path);
    }
    println!("checked {} example session(s)", examples.len());
}
