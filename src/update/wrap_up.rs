//! The wrap-up step: decisions, action items, the parking lot, indicators and the
//! date of the next session.

use super::session::change;
use super::unified::neighbour;
use super::{Now, edit, tell};
use crate::model::{Focus, Notice, NoticeText, SessionScreen, Target};
use crate::msg::{Action, Effect};
use crate::session::Session;
use crate::session::wrap_up::{
    ActionItem, ActionStatus, Decision, Indicator, IndicatorKind, Link, ParkedItem,
};

fn step_cursor(cursor: &mut usize, action: Action, count: usize) {
    match action {
        Action::Up => *cursor = cursor.saturating_sub(1),
        Action::Down => *cursor = (*cursor + 1).min(count.saturating_sub(1)),
        _ => {}
    }
}

/// The next participant in the list, then nobody.
fn next_person(doc: &Session, current: Option<u32>) -> Option<u32> {
    let ids: Vec<u32> = doc.setup.participants.iter().map(|p| p.id).collect();
    match current.and_then(|id| ids.iter().position(|p| *p == id)) {
        None => ids.first().copied(),
        Some(at) => ids.get(at + 1).copied(),
    }
}

/// The next initiative in the list, then none.
fn next_initiative(doc: &Session, current: Option<u32>) -> Option<u32> {
    let ids: Vec<u32> = doc.initiatives.iter().map(|i| i.id).collect();
    match current.and_then(|id| ids.iter().position(|i| *i == id)) {
        None => ids.first().copied(),
        Some(at) => ids.get(at + 1).copied(),
    }
}

/// A decision links to nothing, then each step, then each initiative.
fn next_link(doc: &Session, current: &Option<Link>) -> Option<Link> {
    let all: Vec<Link> = doc
        .steps
        .iter()
        .map(|s| Link::Step(s.id.clone()))
        .chain(doc.initiatives.iter().map(|i| Link::Initiative(i.id)))
        .collect();
    match current
        .as_ref()
        .and_then(|link| all.iter().position(|l| l == link))
    {
        None => all.first().cloned(),
        Some(at) => all.get(at + 1).cloned(),
    }
}

pub fn act(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    match screen.focus {
        Focus::Decisions => decisions(screen, notice, action, now),
        Focus::Actions => actions(screen, notice, action, now),
        Focus::Parking => parking(screen, notice, action, now),
        Focus::Indicators => indicators(screen, notice, action, now),
        _ => {
            if action == Action::EditNextSession {
                edit::begin(screen, notice, Target::NextSession, false);
            }
        }
    }
    Effect::None
}

/// Delete and move for any wrap-up list, given a way to reach it.
fn delete_or_move<T: Clone>(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    now: Now,
    action: Action,
    (cursor, count): (usize, usize),
    list: fn(&mut Session) -> &mut Vec<T>,
) -> Option<usize> {
    match action {
        Action::DeleteItem if cursor < count => {
            if change(screen, notice, now, |doc| {
                list(doc).remove(cursor);
            }) {
                tell(notice, NoticeText::Deleted);
            }
            None
        }
        Action::MoveItemUp | Action::MoveItemDown => {
            let other = neighbour(cursor, action, count)?;
            change(screen, notice, now, |doc| list(doc).swap(cursor, other)).then_some(other)
        }
        _ => None,
    }
}

fn decisions(screen: &mut SessionScreen, notice: &mut Option<Notice>, action: Action, now: Now) {
    step_cursor(
        &mut screen.decision,
        action,
        screen.doc.wrap_up.decisions.len(),
    );
    let at = screen.decision;
    let selected = screen.doc.wrap_up.decisions.get(at).map(|d| d.id);
    match (action, selected) {
        (Action::AddItem, _) | (Action::EditOrConfirm, None) => {
            let id = screen.doc.wrap_up.next_id();
            let decision = Decision {
                id,
                text: String::new(),
                link: None,
            };
            if change(screen, notice, now, |doc| {
                doc.wrap_up.decisions.push(decision)
            }) {
                screen.decision = screen.doc.wrap_up.decisions.len() - 1;
                edit::begin(screen, notice, Target::Decision(id), true);
            }
        }
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::Decision(id), false);
        }
        (Action::CycleLink, Some(_)) => {
            let link = next_link(&screen.doc, &screen.doc.wrap_up.decisions[at].link);
            change(screen, notice, now, |doc| {
                doc.wrap_up.decisions[at].link = link
            });
        }
        _ => {
            if let Some(moved) = delete_or_move(
                screen,
                notice,
                now,
                action,
                (at, screen.doc.wrap_up.decisions.len()),
                |doc| &mut doc.wrap_up.decisions,
            ) {
                screen.decision = moved;
            }
        }
    }
}

fn actions(screen: &mut SessionScreen, notice: &mut Option<Notice>, action: Action, now: Now) {
    step_cursor(&mut screen.action, action, screen.doc.wrap_up.actions.len());
    let at = screen.action;
    let selected = screen.doc.wrap_up.actions.get(at).map(|a| a.id);
    match (action, selected) {
        (Action::AddItem, _) | (Action::EditOrConfirm, None) => {
            let id = screen.doc.wrap_up.next_id();
            let item = ActionItem {
                id,
                text: String::new(),
                owner: None,
                due: None,
                status: ActionStatus::Open,
                initiative: None,
            };
            if change(screen, notice, now, |doc| {
                doc.wrap_up.actions.push(item.into())
            }) {
                screen.action = screen.doc.wrap_up.actions.len() - 1;
                edit::begin(screen, notice, Target::ActionText(id), true);
            }
        }
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::ActionText(id), false);
        }
        (Action::EditDue, Some(id)) => {
            edit::begin(screen, notice, Target::ActionDue(id), false);
        }
        (Action::CyclePersonOwner, Some(_)) => {
            let owner = next_person(&screen.doc, screen.doc.wrap_up.actions[at].owner);
            change(screen, notice, now, |doc| {
                doc.wrap_up.actions[at].owner = owner
            });
        }
        (Action::CycleActionStatus, Some(_)) => {
            change(screen, notice, now, |doc| {
                let item = &mut doc.wrap_up.actions[at];
                item.status = item.status.next();
            });
        }
        (Action::CycleLink, Some(_)) => {
            let initiative =
                next_initiative(&screen.doc, screen.doc.wrap_up.actions[at].initiative);
            change(screen, notice, now, |doc| {
                doc.wrap_up.actions[at].initiative = initiative
            });
        }
        _ => {
            if let Some(moved) = delete_or_move(
                screen,
                notice,
                now,
                action,
                (at, screen.doc.wrap_up.actions.len()),
                |doc| &mut doc.wrap_up.actions,
            ) {
                screen.action = moved;
            }
        }
    }
}

fn parking(screen: &mut SessionScreen, notice: &mut Option<Notice>, action: Action, now: Now) {
    step_cursor(&mut screen.parked, action, screen.doc.wrap_up.parking.len());
    let at = screen.parked;
    let selected = screen.doc.wrap_up.parking.get(at).map(|p| p.id);
    match (action, selected) {
        (Action::AddItem, _) | (Action::EditOrConfirm, None) => {
            let id = screen.doc.wrap_up.next_id();
            let raised_in = screen.doc.steps[screen.step_index()].id.clone();
            let item = ParkedItem {
                id,
                text: String::new(),
                raised_in,
                owner: None,
                due: None,
                closed: false,
            };
            if change(screen, notice, now, |doc| doc.wrap_up.parking.push(item)) {
                screen.parked = screen.doc.wrap_up.parking.len() - 1;
                edit::begin(screen, notice, Target::ParkedText(id), true);
            }
        }
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::ParkedText(id), false);
        }
        (Action::EditDue, Some(id)) => {
            edit::begin(screen, notice, Target::ParkedDue(id), false);
        }
        (Action::CyclePersonOwner, Some(_)) => {
            let owner = next_person(&screen.doc, screen.doc.wrap_up.parking[at].owner);
            change(screen, notice, now, |doc| {
                doc.wrap_up.parking[at].owner = owner
            });
        }
        (Action::ToggleClosed, Some(_)) => {
            change(screen, notice, now, |doc| {
                let item = &mut doc.wrap_up.parking[at];
                item.closed = !item.closed;
            });
        }
        _ => {
            if let Some(moved) = delete_or_move(
                screen,
                notice,
                now,
                action,
                (at, screen.doc.wrap_up.parking.len()),
                |doc| &mut doc.wrap_up.parking,
            ) {
                screen.parked = moved;
            }
        }
    }
}

fn indicators(screen: &mut SessionScreen, notice: &mut Option<Notice>, action: Action, now: Now) {
    step_cursor(
        &mut screen.indicator,
        action,
        screen.doc.wrap_up.indicators.len(),
    );
    let at = screen.indicator;
    let selected = screen.doc.wrap_up.indicators.get(at).map(|i| i.id);
    match (action, selected) {
        (Action::AddItem, _) | (Action::EditOrConfirm, None) => {
            let id = screen.doc.wrap_up.next_id();
            let kind = screen
                .doc
                .wrap_up
                .indicators
                .last()
                .map_or(IndicatorKind::Outcome, |i| i.kind);
            let item = Indicator {
                id,
                name: String::new(),
                kind,
                baseline: String::new(),
                target: String::new(),
                unit: String::new(),
                owner: None,
            };
            if change(screen, notice, now, |doc| doc.wrap_up.indicators.push(item)) {
                screen.indicator = screen.doc.wrap_up.indicators.len() - 1;
                edit::begin(screen, notice, Target::IndicatorName(id), true);
            }
        }
        (Action::EditOrConfirm, Some(id)) => {
            edit::begin(screen, notice, Target::IndicatorName(id), false);
        }
        (Action::EditBaseline, Some(id)) => {
            edit::begin(screen, notice, Target::IndicatorBaseline(id), false);
        }
        (Action::EditTargetValue, Some(id)) => {
            edit::begin(screen, notice, Target::IndicatorTarget(id), false);
        }
        (Action::EditUnit, Some(id)) => {
            edit::begin(screen, notice, Target::IndicatorUnit(id), false);
        }
        (Action::ToggleIndicatorKind, Some(_)) => {
            change(screen, notice, now, |doc| {
                let item = &mut doc.wrap_up.indicators[at];
                item.kind = match item.kind {
                    IndicatorKind::Process => IndicatorKind::Outcome,
                    IndicatorKind::Outcome => IndicatorKind::Process,
                };
            });
        }
        (Action::CyclePersonOwner, Some(_)) => {
            let owner = next_person(&screen.doc, screen.doc.wrap_up.indicators[at].owner);
            change(screen, notice, now, |doc| {
                doc.wrap_up.indicators[at].owner = owner
            });
        }
        _ => {
            if let Some(moved) = delete_or_move(
                screen,
                notice,
                now,
                action,
                (at, screen.doc.wrap_up.indicators.len()),
                |doc| &mut doc.wrap_up.indicators,
            ) {
                screen.indicator = moved;
            }
        }
    }
}
