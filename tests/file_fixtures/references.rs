//! Every reference and rule the session checks beyond its types, broken one at a time
//! in a copy of `every-field.ron` written to a temporary folder: each fails with its
//! own `Problem`, at the place marked `¦` in the change, with its own message.

use crate::support::*;
use yeji::load_error::{IdKind, Problem};
use yeji::ron_read::end_position;
use yeji::session::file::load;

/// `from` (found once in the file) becomes `to`; the error points where `¦` is.
struct Change {
    from: &'static str,
    to: &'static str,
    problem: Problem,
    message: &'static str,
}

fn change(from: &'static str, to: &'static str, problem: Problem, message: &'static str) -> Change {
    Change {
        from,
        to,
        problem,
        message,
    }
}

fn dangling(what: IdKind, id: u32) -> Problem {
    Problem::Dangling { what, id }
}

fn no_step(field: &'static str) -> Problem {
    Problem::DanglingStep {
        field,
        id: "closing".into(),
    }
}

fn duplicate(what: IdKind) -> Problem {
    Problem::DuplicateId {
        what,
        id: "1".into(),
    }
}

const NO_PERSON_7: &str = "refers to participant 7, who is not in the participant list";
const NO_INITIATIVE_9: &str = "refers to initiative 9, which does not exist";
const NO_ROLE_9: &str = "refers to role 9, which does not exist";

fn changes() -> Vec<Change> {
    use IdKind::*;
    vec![
        // Participants, from every place that names one.
        change(
            "            6: EarlyDigitalisation,",
            "            ¦7: EarlyDigitalisation,",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "authors: [\n                    3,",
            "authors: [\n                    ¦7,",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "Some(Participant(2))",
            "Some(Participant(¦7))",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "            3: {\n                1: 1,",
            "            ¦7: {\n                1: 1,",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "            people: {\n                2: (",
            "            people: {\n                ¦7: (",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "            3: [\n                6,",
            "            3: [\n                ¦7,",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "fluent: [\n            1,",
            "fluent: [\n            ¦7,",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "owner: Some(6),",
            "owner: Some(¦7),",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "\"wrap-up\",\n                owner: Some(2),",
            "\"wrap-up\",\n                owner: Some(¦7),",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        change(
            "owner: Some(1),",
            "owner: Some(¦7),",
            dangling(Participant, 7),
            NO_PERSON_7,
        ),
        // Roles, statements and initiatives.
        change(
            "Some(Role(5))",
            "Some(Role(¦9))",
            dangling(Role, 9),
            NO_ROLE_9,
        ),
        change(
            "holders: {\n            1: [",
            "holders: {\n            ¦9: [",
            dangling(Role, 9),
            NO_ROLE_9,
        ),
        change(
            "                8: C,",
            "                ¦9: C,",
            dangling(Role, 9),
            NO_ROLE_9,
        ),
        change(
            "serves: [\n                1,\n                3,",
            "serves: [\n                1,\n                ¦9,",
            dangling(Statement, 9),
            "refers to statement 9, which does not exist",
        ),
        change(
            "            2: {\n                1: 2,",
            "            2: {\n                ¦9: 2,",
            dangling(Initiative, 9),
            NO_INITIATIVE_9,
        ),
        change(
            "联席会\",\n                    initiative: Some(1),",
            "联席会\",\n                    initiative: Some(¦9),",
            dangling(Initiative, 9),
            NO_INITIATIVE_9,
        ),
        change(
            "cells: {\n            1: {",
            "cells: {\n            ¦9: {",
            dangling(Initiative, 9),
            NO_INITIATIVE_9,
        ),
        change(
            "Doing,\n                initiative: Some(1),",
            "Doing,\n                initiative: Some(¦9),",
            dangling(Initiative, 9),
            NO_INITIATIVE_9,
        ),
        change(
            "Some(Initiative(1))",
            "Some(Initiative(¦9))",
            dangling(Initiative, 9),
            NO_INITIATIVE_9,
        ),
        // Steps named outside the step list.
        change(
            "current_step: \"wrap-up\"",
            "¦current_step: \"closing\"",
            no_step("current_step"),
            "`current_step` names a step that does not exist: `closing`",
        ),
        change(
            "Some(Step(\"five-unified\"))",
            "Some(¦Step(\"closing\"))",
            no_step("link"),
            "`link` names a step that does not exist: `closing`",
        ),
        change(
            "raised_in: \"wrap-up\"",
            "raised_in: ¦\"closing\"",
            no_step("raised_in"),
            "`raised_in` names a step that does not exist: `closing`",
        ),
        change(
            "\"diagnose\": (\n",
            "¦\"closing\": (\n",
            no_step("timing"),
            "`timing` names a step that does not exist: `closing`",
        ),
        change(
            "\"strategy\": \"先请",
            "¦\"closing\": \"先请",
            no_step("facilitator_notes"),
            "`facilitator_notes` names a step that does not exist: `closing`",
        ),
        // Ids shared by two entries of one kind.
        change(
            "id: 2,\n                    text: \"每季度",
            "¦id: 1,\n                    text: \"每季度",
            duplicate(Agreement),
            "two agreement entries have the id 1",
        ),
        change(
            "id: 2,\n            title: \"统一数据口径\"",
            "¦id: 1,\n            title: \"统一数据口径\"",
            duplicate(Initiative),
            "two initiative entries have the id 1",
        ),
        change(
            "id: 2,\n                    kind: UnifiedIncentives",
            "¦id: 1,\n                    kind: UnifiedIncentives",
            duplicate(Mechanism),
            "two mechanism entries have the id 1",
        ),
        change(
            "id: 2,\n            name: (\n                zh: \"业务架构师\"",
            "¦id: 1,\n            name: (\n                zh: \"业务架构师\"",
            duplicate(Role),
            "two role entries have the id 1",
        ),
        change(
            "id: 2,\n                text: \"以一次解决率",
            "¦id: 1,\n                text: \"以一次解决率",
            duplicate(Decision),
            "two decision entries have the id 1",
        ),
        change(
            "id: 4,\n                text: \"孙磊",
            "¦id: 3,\n                text: \"孙磊",
            Problem::DuplicateId {
                what: Action,
                id: "3".into(),
            },
            "two action entries have the id 3",
        ),
        change(
            "id: 6,\n                name: \"业技联合",
            "¦id: 5,\n                name: \"业技联合",
            Problem::DuplicateId {
                what: Indicator,
                id: "5".into(),
            },
            "two indicator entries have the id 5",
        ),
        // Fixed lists and numbers in range.
        change(
            "synergies: [\n        (\n            kind: Strategic,",
            "¦synergies: [\n        (\n            kind: Line,",
            fixed_synergies(),
            "`synergies` must list each of these once, in this order: Strategic, Management, Implementation, Line",
        ),
        change(
            "dots_per_person: 3",
            "¦dots_per_person: 0",
            out_of_range("dots_per_person", 0, 1, 12),
            "`dots_per_person` is 0; it must be between 1 and 12",
        ),
        change(
            "cap_per_initiative: 3",
            "¦cap_per_initiative: 13",
            out_of_range("cap_per_initiative", 13, 1, 12),
            "`cap_per_initiative` is 13; it must be between 1 and 12",
        ),
        change(
            "target: Some(5),\n                ),\n                3:",
            "¦target: Some(6),\n                ),\n                3:",
            out_of_range("target", 6, 1, 5),
            "`target` is 6; it must be between 1 and 5",
        ),
    ]
}

fn fixed_synergies() -> Problem {
    Problem::FixedList {
        section: "synergies",
        expected: names(&["Strategic", "Management", "Implementation", "Line"]),
    }
}

fn out_of_range(field: &'static str, value: u32, low: u32, high: u32) -> Problem {
    Problem::OutOfRange {
        field,
        value,
        low,
        high,
    }
}

#[test]
fn each_broken_reference_or_rule_fails_at_its_place_with_its_own_message() {
    let source = String::from_utf8(read(&fixture("sessions/valid/every-field.ron"))).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for (index, change) in changes().into_iter().enumerate() {
        assert_eq!(source.matches(change.from).count(), 1, "{:?}", change.from);
        let marked = source.replacen(change.from, change.to, 1);
        let (text, line) = match marked.find('¦') {
            Some(at) => {
                let place = end_position(&marked[..at]);
                let text = marked.replacen('¦', "", 1);
                (
                    text,
                    format!("PATH:{}:{}: {}", place.line, place.col, change.message),
                )
            }
            None => panic!("{:?} marks no place", change.to),
        };
        let path = dir.path().join(format!("change-{index}.ron"));
        std::fs::write(&path, &text).unwrap();
        match load(&path) {
            Ok(_) => failures.push(format!("{}: loaded", change.to)),
            Err(error) => {
                let found = differences(&path, &error, &change.problem, &line);
                failures.extend(found.into_iter().map(|d| format!("{}: {d}", change.to)));
            }
        }
        assert_eq!(read(&path), text.as_bytes(), "loading changed the file");
    }
    report(failures);
}
