//! Session fixtures for values of the wrong type or out of range, and references
//! to what does not exist, as people make them when writing a file by hand. The
//! generated cases in `wrong_types` and `references` try every field; these files
//! show the commonest slips.

use crate::support::*;
use yeji::load_error::{Expected, IdKind, Problem};

pub fn bad_value_sessions() -> Vec<Case> {
    let out_of_range = "this number is out of range here (too large, or below zero)";
    vec![
        case(
            "choice-in-quotes.ron",
            Problem::Expected(Expected::Choice),
            "PATH:21:23: expected one of the choices, written as a word without quotes here",
        ),
        case(
            "missing-some.ron",
            Problem::Expected(Expected::Option),
            "PATH:56:17: expected Some( … ) or None here",
        ),
        case(
            "list-instead-of-map.ron",
            Problem::Expected(Expected::Map),
            "PATH:50:16: expected a map { key: value, … } here",
        ),
        case(
            "text-instead-of-list.ron",
            Problem::Expected(Expected::List),
            "PATH:16:23: expected a list [ … ] here",
        ),
        case(
            "number-too-large.ron",
            Problem::NumberOutOfRange,
            format!("PATH:204:26: {out_of_range}"),
        ),
        case(
            "huge-version.ron",
            Problem::NumberOutOfRange,
            format!("PATH:2:14: {out_of_range}"),
        ),
        case(
            "decimal-minutes.ron",
            Problem::Expected(Expected::Number),
            "PATH:401:22: expected a whole number here",
        ),
        case(
            "impossible-date.ron",
            Problem::BadDate,
            "PATH:15:20: this is not a valid date or time: write a date as \"2026-12-16\", \
             a date and time as \"2026-11-25T14:00:00+08:00\"",
        ),
        case(
            "windows-path.ron",
            Problem::BadEscape,
            "PATH:474:36: RON does not know the escape after this backslash \\; \
             to write a backslash itself, write \\\\",
        ),
        case(
            "dangling-action-owner.ron",
            Problem::Dangling {
                what: IdKind::Participant,
                id: 7,
            },
            "PATH:452:29: refers to participant 7, who is not in the participant list",
        ),
        case(
            "dangling-parked-step.ron",
            Problem::DanglingStep {
                field: "raised_in",
                id: "closing".into(),
            },
            "PATH:462:28: `raised_in` names a step that does not exist: `closing`",
        ),
    ]
}

#[test]
fn each_bad_value_fails_with_its_own_message_and_is_left_unchanged() {
    let folder = fixture("sessions/invalid");
    assert_cases(&folder, &bad_value_sessions(), yeji::session::file::load);
}
