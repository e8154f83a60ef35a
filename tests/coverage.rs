//! The coverage counts and warnings on crafted sessions.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::session::Side;
use yeji::session::coverage::{Coverage, Warning, warnings};
use yeji::session::shared::Shared;
use yeji::session::strategy::{Principle, Quadrant, Statement};

fn statement(id: u32, quadrant: Quadrant, principle: Principle, side: Side) -> Statement {
    Statement {
        id,
        text: format!("s{id}"),
        quadrant,
        principle,
        side,
        authors: vec![],
    }
}

fn session_with(statements: Vec<Statement>) -> yeji::session::Session {
    let mut doc = typical_session(Lang::En);
    doc.strategy.statements = statements.into_iter().map(Shared::new).collect();
    doc
}

#[test]
fn an_empty_strategy_says_only_that_there_is_nothing_yet() {
    assert_eq!(warnings(&session_with(vec![])), [Warning::NoStatements]);
}

#[test]
fn silent_quadrants_sides_and_principles_are_named() {
    let doc = session_with(vec![
        statement(1, Quadrant::A, Principle::CustomerFirst, Side::Business),
        statement(2, Quadrant::B, Principle::DigitalFirst, Side::Business),
    ]);
    let found = warnings(&doc);
    assert!(
        found.contains(&Warning::EmptyQuadrant(Quadrant::D)),
        "no statement answers why"
    );
    assert!(found.contains(&Warning::EmptyQuadrant(Quadrant::C)));
    assert!(!found.contains(&Warning::EmptyQuadrant(Quadrant::A)));
    assert!(
        found.contains(&Warning::SilentSide(Side::Technology)),
        "technology has not spoken"
    );
    assert!(
        found.contains(&Warning::SilentSide(Side::Data)),
        "data people are in the room"
    );
    assert!(found.contains(&Warning::SilentPrinciple(Principle::DareToTry)));
    assert!(!found.contains(&Warning::SilentPrinciple(Principle::CustomerFirst)));
    // Empty quadrants come first: they matter most to a whole-brain strategy.
    assert_eq!(found[0], Warning::EmptyQuadrant(Quadrant::C));
}

#[test]
fn a_side_missing_from_the_room_is_only_expected_if_it_is_business_or_technology() {
    let mut doc = session_with(vec![statement(
        1,
        Quadrant::A,
        Principle::CustomerFirst,
        Side::Data,
    )]);
    doc.setup
        .participants
        .retain(|person| person.side == Side::Data);
    let silent: Vec<Side> = warnings(&doc)
        .into_iter()
        .filter_map(|w| match w {
            Warning::SilentSide(side) => Some(side),
            _ => None,
        })
        .collect();
    assert_eq!(silent, [Side::Business, Side::Technology]);
}

#[test]
fn one_side_with_most_of_five_or_more_statements_dominates() {
    let mut statements: Vec<_> = (1..=4)
        .map(|id| statement(id, Quadrant::A, Principle::CustomerFirst, Side::Business))
        .collect();
    statements.push(statement(
        5,
        Quadrant::B,
        Principle::DigitalFirst,
        Side::Technology,
    ));
    let found = warnings(&session_with(statements.clone()));
    assert!(found.contains(&Warning::Dominant {
        side: Side::Business,
        percent: 80
    }));
    statements.truncate(4);
    let few = warnings(&session_with(statements));
    assert!(
        !few.iter().any(|w| matches!(w, Warning::Dominant { .. })),
        "too few to judge"
    );
}

#[test]
fn counts_add_up_by_quadrant_principle_and_side() {
    let coverage = Coverage::of(&typical_session(Lang::En));
    assert_eq!(coverage.total, 30);
    assert_eq!(coverage.by_quadrant.iter().sum::<usize>(), 30);
    assert_eq!(coverage.by_principle.iter().sum::<usize>(), 30);
    assert_eq!(coverage.by_side.iter().sum::<usize>(), 30);
    assert_eq!(coverage.by_quadrant, [12, 12, 6, 0]);
}

#[test]
fn every_warning_reads_in_both_languages() {
    let doc = session_with(vec![statement(
        1,
        Quadrant::A,
        Principle::CustomerFirst,
        Side::Business,
    )]);
    for warning in warnings(&doc) {
        for lang in [Lang::Zh, Lang::En] {
            let text = yeji::view::coverage_warning(warning, lang);
            assert!(!text.contains('{'), "{text}");
        }
    }
    // Quoted as the other warnings quote a name: a terminal shows no italics, so
    // Markdown's asterisks would read as stray marks.
    let why = yeji::view::coverage_warning(Warning::EmptyQuadrant(Quadrant::D), Lang::En);
    assert_eq!(why, "No statement answers “why” (D)");
}

#[test]
fn the_coverage_panel_shows_every_side_at_80_by_24() {
    use yeji::msg::Action::{NextPanel, NextStep};
    for lang in [Lang::Zh, Lang::En] {
        let mut doc = typical_session(lang);
        let sides = [
            Side::Business,
            Side::Technology,
            Side::Data,
            Side::Planning,
            Side::Management,
        ];
        let statements = (0..10).map(|id| {
            let side = sides[id % sides.len()];
            let quadrant = Quadrant::ALL[id % Quadrant::ALL.len()];
            let principle = Principle::ALL[id % Principle::ALL.len()];
            statement(id as u32 + 1, quadrant, principle, side)
        });
        doc.strategy.statements = statements.map(Shared::new).collect();
        let mut model = session_model(doc);
        act(&mut model, &[NextStep, NextStep, NextPanel]);
        let screen = screen_text(&model, 80, 24);
        let text = panel_text(&screen);
        for side in sides {
            let count = format!("{} 2", side.label(lang));
            assert!(text.contains(&count), "{count}:\n{text}");
        }
    }
}
