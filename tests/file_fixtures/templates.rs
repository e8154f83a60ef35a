//! Agenda templates: the shipped default, the valid fixtures in
//! `tests/fixtures/templates/valid/` and one invalid fixture per kind of mistake.

use std::path::Path;

use crate::support::*;
use yeji::i18n::Lang;
use yeji::load_error::{Expected, FileKind, IdKind, Problem};
use yeji::session::file::{parse, to_ron};
use yeji::session::{Session, StepKind};
use yeji::template::{DEFAULT_TEMPLATE_PATH, Template};

fn invalid_templates() -> Vec<Case> {
    let one_setup = "the first step must be the one Setup step, and there must be only one";
    vec![
        case(
            "duplicate-step-ids.ron",
            Problem::DuplicateId {
                what: IdKind::Step,
                id: "setup".into(),
            },
            "PATH:21:13: two step entries have the id setup",
        ),
        case(
            "no-steps.ron",
            Problem::NoSteps,
            "PATH:9:5: there are no steps",
        ),
        case(
            "first-step-not-setup.ron",
            Problem::NotOneSetupStep,
            format!("PATH:12:13: {one_setup}"),
        ),
        case(
            "two-setup-steps.ron",
            Problem::NotOneSetupStep,
            format!("PATH:22:13: {one_setup}"),
        ),
        case(
            "bad-step-id.ron",
            Problem::BadStepId("Free notes".into()),
            "PATH:21:17: the step id `Free notes` is not allowed: \
             use lower-case letters, digits, - and _",
        ),
        case(
            "minutes-out-of-range.ron",
            Problem::BadMinutes {
                id: "notes_1".into(),
                minutes: 481,
            },
            "PATH:25:13: the step `notes_1` has 481 minutes; it must be between 1 and 480",
        ),
        case(
            "zero-minutes.ron",
            Problem::BadMinutes {
                id: "setup".into(),
                minutes: 0,
            },
            "PATH:18:13: the step `setup` has 0 minutes; it must be between 1 and 480",
        ),
        case(
            "kind-in-quotes.ron",
            Problem::Expected(Expected::Choice),
            "PATH:22:19: expected one of the choices, written as a word without quotes here",
        ),
        case(
            "minutes-as-text.ron",
            Problem::Expected(Expected::Number),
            "PATH:18:22: expected a whole number here",
        ),
        case(
            "misspelt-field.ron",
            Problem::UnknownField {
                found: "promt".into(),
                expected: names(&["id", "kind", "title", "prompt", "minutes"]),
            },
            "PATH:14:13: there is no field `promt`; did you mean `prompt`? Fields here are: \
             id, kind, title, prompt, minutes",
        ),
        // A template's end is called the template's, not a session's.
        case(
            "extra-paren-at-end.ron",
            Problem::ClosesNothing(')', FileKind::Template),
            "PATH:29:1: this `)` is one too many: the template has already ended before it",
        )
        .zh("这个 `)` 多余：模板在它之前已经结束了"),
        case(
            "field-after-the-end.ron",
            Problem::ClosedEarly(')', FileKind::Template),
            "PATH:28:1: the template ends at this `)`, but fields follow it: \
             this `)` or a closing bracket before it is one too many",
        )
        .zh("模板在这个 `)` 处就结束了，但后面还有字段：这个 `)` 或它前面的某个闭合括号多余"),
        case(
            "text-after-the-end.ron",
            Problem::TrailingText(FileKind::Template),
            "PATH:29:1: there is more text after the end of the template",
        )
        .zh("模板结束之后还有多余的内容"),
    ]
}

#[test]
fn each_invalid_template_fails_with_its_own_message_and_is_left_unchanged() {
    assert_cases(
        &fixture("templates/invalid"),
        &invalid_templates(),
        Template::load,
    );
}

#[test]
fn every_invalid_template_fixture_has_a_case_and_every_case_a_fixture() {
    assert_cases_cover(&fixture("templates/invalid"), &invalid_templates());
}

/// A session started from `template` is a valid session file that saves back to
/// the same bytes.
fn assert_sessions_of_it_round_trip(template: &Template) {
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T14:00:00+08:00").unwrap();
    let session = Session::new(template, "t", Lang::En, now);
    let text = to_ron(&session);
    let loaded = parse(Path::new("new.ron"), &text)
        .unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
    assert_eq!(loaded.session, session);
    assert_eq!(to_ron(&loaded.session), text);
}

#[test]
fn every_valid_template_fixture_loads_and_starts_sessions_that_round_trip() {
    let paths = ron_files(&fixture("templates/valid"));
    assert!(!paths.is_empty());
    for path in paths {
        let template =
            Template::load(&path).unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
        assert_eq!(
            template.steps[0].kind,
            StepKind::Setup,
            "{}",
            path.display()
        );
        assert_sessions_of_it_round_trip(&template);
    }
}

#[test]
fn the_two_step_template_reads_as_written() {
    let template = Template::load(&fixture("templates/valid/two-step.ron")).unwrap();
    assert_eq!(template.id, "follow-up");
    assert_eq!(template.version, 3);
    assert_eq!(template.name.get(Lang::Zh), "跟进会");
    assert_eq!(template.step_ids(), ["setup", "notes_1"]);
    let notes = &template.steps[1];
    assert_eq!(notes.kind, StepKind::Notes);
    assert_eq!(notes.minutes, 480, "the longest timebox allowed");
    assert_eq!(
        notes.prompt.get(Lang::Zh),
        "What happened since last time?",
        "an empty Chinese prompt falls back to English"
    );
}

#[test]
fn the_shipped_default_template_loads_from_its_file_as_embedded() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_TEMPLATE_PATH);
    let template = Template::load(&path).unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
    assert_eq!(template, Template::embedded_default());
    assert_eq!(template.id, "default");
    assert_eq!(template.step_ids(), default_step_ids());
    assert_sessions_of_it_round_trip(&template);
}

/// Every agenda shipped in `assets/templates` loads, starts with its setup step and
/// starts sessions that round-trip; the follow-up keeps the default's roles.
#[test]
fn every_shipped_template_loads_and_starts_sessions_that_round_trip() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/templates");
    let paths = ron_files(&folder);
    assert!(paths.len() >= 2, "{paths:?}");
    for path in &paths {
        let template =
            Template::load(path).unwrap_or_else(|error| panic!("{}", error.line(Lang::En)));
        assert_eq!(
            template.steps[0].kind,
            StepKind::Setup,
            "{}",
            path.display()
        );
        assert_sessions_of_it_round_trip(&template);
    }
    let follow_up = Template::load(&folder.join("follow-up.ron")).unwrap();
    assert_eq!(follow_up.id, "follow-up");
    assert_eq!(follow_up.roles, Template::embedded_default().roles);
}
