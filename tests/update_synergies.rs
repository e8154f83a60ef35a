//! `update` on the four synergies step: the ratings grid, individual ratings that
//! count for their side, the gap, and mechanisms.

mod support;

use support::*;
use yeji::i18n::Lang;
use yeji::model::{Focus, Model};
use yeji::msg::Action::*;
use yeji::session::Side;
use yeji::session::synergy::{MechanismKind, Rating};

fn on_synergies(doc: yeji::session::Session) -> Model {
    let mut model = session_model(doc);
    act(&mut model, &[NextStep, NextStep, NextStep, NextStep]);
    assert_eq!(screen(&model).focus, Focus::Ratings);
    model
}

#[test]
fn the_grid_is_typed_as_four_digits_per_synergy() {
    let mut model = on_synergies(new_session("t", Lang::Zh));
    for digit in [2, 4, 4, 5, 3, 4, 3, 4] {
        act(&mut model, &[SetRating(digit - 1)]);
    }
    let session = doc(&model);
    let rated = |index: usize| {
        (
            session.synergies[index].business,
            session.synergies[index].technology,
        )
    };
    assert_eq!(
        rated(0),
        (
            Rating {
                today: Some(2),
                target: Some(4)
            },
            Rating {
                today: Some(4),
                target: Some(5)
            }
        )
    );
    assert_eq!(
        rated(1),
        (
            Rating {
                today: Some(3),
                target: Some(4)
            },
            Rating {
                today: Some(3),
                target: Some(4)
            }
        )
    );
    assert_eq!(
        (screen(&model).synergy, screen(&model).rating_column),
        (2, 0)
    );
    assert!(session.synergies[0].has_friction(&session.setup.participants));
    assert!(!session.synergies[1].has_friction(&session.setup.participants));
}

/// Typing the rating a cell already has still goes on to the next cell, so that
/// typing a row of digits never stalls on a rating that did not change.
#[test]
fn a_rating_the_cell_already_has_still_moves_on() {
    let mut model = on_synergies(typical_session(Lang::En));
    let today = doc(&model).synergies[0].business.today.unwrap();
    act(&mut model, &[SetRating(today - 1)]);
    assert_eq!(screen(&model).rating_column, 1);
}

#[test]
fn a_rating_can_be_cleared_and_undone() {
    let mut model = on_synergies(typical_session(Lang::En));
    act(&mut model, &[ClearRating]);
    assert_eq!(doc(&model).synergies[0].business.today, None);
    act(&mut model, &[Undo]);
    assert_eq!(doc(&model).synergies[0].business.today, Some(2));
}

#[test]
fn individual_ratings_count_for_their_side_when_it_has_none_of_its_own() {
    let mut session = typical_session(Lang::En);
    session.synergies[3].people.clear();
    let mut model = on_synergies(session);
    act(&mut model, &[Down, Down, Down, NextPanel]);
    assert_eq!(screen(&model).focus, Focus::People);
    // Participant 1 is business, 2 technology; as in the grid, each rating goes on
    // to the next cell: today, target, then the next person.
    act(
        &mut model,
        &[SetRating(1), SetRating(3), SetRating(4), SetRating(4)],
    );
    assert_eq!(
        (screen(&model).person, screen(&model).person_column),
        (2, 0)
    );
    let session = doc(&model);
    let line = &session.synergies[3];
    assert_eq!(
        line.people[&1],
        Rating {
            today: Some(2),
            target: Some(4)
        }
    );
    let business = line.view(Side::Business, &session.setup.participants);
    let technology = line.view(Side::Technology, &session.setup.participants);
    assert_eq!((business.today, business.from_people), (Some(2), 1));
    assert_eq!(technology.today, Some(5));
    assert_eq!(line.gap(&session.setup.participants), Some(3));
    act(&mut model, &[Up, Right, ClearRating, Left, ClearRating]);
    assert!(
        !doc(&model).synergies[3].people.contains_key(&2),
        "an empty rating is dropped"
    );
}

#[test]
fn proposed_and_own_mechanisms_can_be_added_linked_and_removed() {
    let mut model = on_synergies(typical_session(Lang::Zh));
    act(&mut model, &[NextPanel, NextPanel]);
    assert_eq!(screen(&model).focus, Focus::Mechanisms);
    act(&mut model, &[AddMechanism(6), AddItem]);
    send(&mut model, [typed("每月一次业技联席会")]);
    act(&mut model, &[ConfirmEdit, CycleInitiative, CycleInitiative]);
    let mechanisms = &doc(&model).synergies[0].mechanisms;
    assert_eq!(mechanisms.len(), 2);
    assert_eq!(mechanisms[0].kind, MechanismKind::SmallExperiments);
    assert_eq!(mechanisms[0].text, "小步快跑的试验");
    assert_eq!(mechanisms[1].kind, MechanismKind::Own);
    assert_eq!(mechanisms[1].initiative, Some(2));
    act(&mut model, &[Up, DeleteItem]);
    assert_eq!(doc(&model).synergies[0].mechanisms.len(), 1);
}

#[test]
fn mechanisms_belong_to_the_synergy_selected_in_the_grid() {
    let mut model = on_synergies(typical_session(Lang::En));
    act(&mut model, &[Down, NextPanel, NextPanel, AddMechanism(0)]);
    assert_eq!(doc(&model).synergies[1].mechanisms.len(), 1);
    assert_eq!(doc(&model).synergies[0].mechanisms.len(), 0);
}

/// A digit that is no rating changes nothing, but the footer says which digits
/// rate, in the grid and among the individual ratings alike.
#[test]
fn a_digit_out_of_range_says_which_digits_rate() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use yeji::keymap::resolve;
    for lang in [Lang::Zh, Lang::En] {
        let mut model = on_synergies(typical_session(lang));
        for panel in [Focus::Ratings, Focus::People] {
            while screen(&model).focus != panel {
                act(&mut model, &[NextPanel]);
            }
            let before = doc(&model).synergies.clone();
            let nine = KeyEvent::new(KeyCode::Char('9'), KeyModifiers::NONE);
            let msg = resolve(&model, nine).expect("9 is answered");
            send(&mut model, [msg]);
            assert_eq!(doc(&model).synergies, before, "nothing is rated");
            let text = screen_text(&model, 80, 24);
            let footer = text.lines().rev().take(2).collect::<Vec<_>>().join("\n");
            let said = lang.ui().notice_not_a_rating;
            assert!(footer.contains(said), "{panel:?}: {said}\n{text}");
        }
    }
}
