//! Dot voting on initiatives: each participant's dots, within the number they have
//! and the cap per initiative; totals hidden until revealed.

use super::session::change;
use super::{Now, warn};
use crate::model::{Notice, NoticeText, SessionScreen};
use crate::msg::{Action, Effect};
use crate::session::unified::MAX_DOTS;

pub fn act(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let rows = screen.vote_rows();
    let people = screen.doc.setup.participants.len();
    match action {
        Action::Up => screen.vote_row = screen.vote_row.saturating_sub(1),
        Action::Down => screen.vote_row = (screen.vote_row + 1).min(rows.len().saturating_sub(1)),
        Action::Left => screen.dot_voter = screen.dot_voter.saturating_sub(1),
        Action::Right => screen.dot_voter = (screen.dot_voter + 1).min(people.saturating_sub(1)),
        Action::ToggleRanking => {
            screen.ranking = !screen.ranking;
            screen.vote_row = 0;
        }
        Action::ToggleHidden => {
            change(screen, notice, now, |doc| {
                doc.voting.hidden = !doc.voting.hidden
            });
        }
        Action::FewerDots | Action::MoreDots | Action::LowerCap | Action::RaiseCap => {
            settings(screen, notice, now, action);
        }
        Action::AddDot | Action::RemoveDot => {
            let person = screen
                .doc
                .setup
                .participants
                .get(screen.dot_voter)
                .map(|p| p.id);
            let initiative = rows
                .get(screen.vote_row)
                .map(|index| screen.doc.initiatives[*index].id);
            let (Some(person), Some(initiative)) = (person, initiative) else {
                return Effect::None;
            };
            let voting = &screen.doc.voting;
            if action == Action::AddDot {
                if !voting.can_add(person, initiative) {
                    let full = voting.used_by(person) >= voting.dots_per_person;
                    warn(
                        notice,
                        if full {
                            NoticeText::NoDotsLeft
                        } else {
                            NoticeText::DotCapReached
                        },
                    );
                    return Effect::None;
                }
                change(screen, notice, now, |doc| {
                    doc.voting.add(person, initiative)
                });
            } else if voting.given(person, initiative) > 0 {
                change(screen, notice, now, |doc| {
                    doc.voting.remove(person, initiative)
                });
            }
        }
        _ => {}
    }
    Effect::None
}

/// Dots per person and the cap per initiative, each 1–12; the cap never exceeds
/// the dots a person has.
fn settings(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now, action: Action) {
    let voting = &screen.doc.voting;
    let (dots, cap) = match action {
        Action::FewerDots => (
            voting.dots_per_person.saturating_sub(1).max(1),
            voting.cap_per_initiative,
        ),
        Action::MoreDots => (
            (voting.dots_per_person + 1).min(MAX_DOTS),
            voting.cap_per_initiative,
        ),
        Action::LowerCap => (
            voting.dots_per_person,
            voting.cap_per_initiative.saturating_sub(1).max(1),
        ),
        _ => (
            voting.dots_per_person,
            (voting.cap_per_initiative + 1).min(MAX_DOTS),
        ),
    };
    let cap = cap.min(dots);
    if (dots, cap) != (voting.dots_per_person, voting.cap_per_initiative) {
        change(screen, notice, now, |doc| {
            doc.voting.dots_per_person = dots;
            doc.voting.cap_per_initiative = cap;
        });
    }
}
