//! The whole-brain strategy step: quick entry and tagging of statements, merging,
//! filtering and sorting, and the quadrant walk-around.

use super::session::change;
use super::{Now, edit, tell, warn};
use crate::model::{Notice, NoticeText, SessionScreen, StatementFilter, Target};
use crate::msg::{Action, Effect};
use crate::session::Side;
use crate::session::strategy::{Principle, Quadrant, Statement};

pub fn statements(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let visible = screen.visible_statements().len();
    let selected = screen.selected_statement();
    match (action, selected) {
        (Action::Up, _) => screen.statement = screen.statement.saturating_sub(1),
        (Action::Down, _) => {
            screen.statement = (screen.statement + 1).min(visible.saturating_sub(1))
        }
        (Action::AddItem, _) | (Action::EditOrConfirm, None) => add(screen, notice, now),
        (Action::EditOrConfirm, Some(index)) => {
            let id = screen.doc.strategy.statements[index].id;
            edit::begin(screen, notice, Target::Statement(id), false);
        }
        (Action::DeleteItem, Some(index))
            if change(screen, notice, now, |doc| doc.remove_statement(index)) =>
        {
            screen.merge_from = None;
            tell(notice, NoticeText::Deleted);
        }
        (
            Action::SetQuadrant(_)
            | Action::SetPrinciple(_)
            | Action::CycleSide
            | Action::CycleAuthor,
            Some(index),
        ) => {
            retag(screen, notice, now, index, action);
        }
        (Action::MergeStatements, Some(index)) => merge(screen, notice, now, index),
        (Action::FilterLikeThis, _) => filter_like(screen, selected),
        (Action::CycleSort, _) => {
            screen.statement_view.sort = screen.statement_view.sort.next();
            screen.statement = 0;
        }
        (Action::Cancel, _) => {
            screen.statement_view.filter = None;
            screen.merge_from = None;
        }
        (Action::WalkAround, _) => {
            let quadrant = selected.map_or(Quadrant::A, |index| {
                screen.doc.strategy.statements[index].quadrant
            });
            walk_to(screen, Some(quadrant));
        }
        (Action::MoveItemUp | Action::MoveItemDown, Some(index)) => {
            move_item(screen, notice, now, index, action)
        }
        _ => {}
    }
    Effect::None
}

/// The walk-around: one quadrant at a time, its question, its statements.
pub fn walk(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    let Some(quadrant) = screen.walk else {
        return Effect::None;
    };
    match action {
        Action::PreviousQuadrant => walk_to(screen, Some(quadrant.previous())),
        Action::NextQuadrant => walk_to(screen, Some(quadrant.next())),
        Action::SetQuadrant(index) => {
            walk_to(screen, Quadrant::ALL.get(usize::from(index)).copied())
        }
        Action::EndWalk => walk_to(screen, None),
        Action::Up | Action::Down | Action::AddItem | Action::EditOrConfirm => {
            return statements(screen, notice, action, now);
        }
        _ => {}
    }
    Effect::None
}

/// Starts, moves or ends the walk-around; the statement selected stays selected
/// wherever it is still listed (starting the walk, and ending it).
fn walk_to(screen: &mut SessionScreen, quadrant: Option<Quadrant>) {
    let statements = &screen.doc.strategy.statements;
    let id_at = |index: &usize| statements[*index].id;
    let selected = screen.visible_statements().get(screen.statement).map(id_at);
    screen.walk = quadrant;
    let statements = &screen.doc.strategy.statements;
    let visible = screen.visible_statements();
    screen.statement = selected
        .and_then(|id| visible.iter().position(|index| statements[*index].id == id))
        .unwrap_or(0);
}

/// A new statement takes its tags from the last one entered, so a scribe only
/// changes what differs; in the walk-around its quadrant is the one on screen.
/// A new statement with the tags of the last one (the quadrant on screen during
/// the walk-around), so that a scribe only changes what differs.
fn new_statement(screen: &SessionScreen, id: u32, text: String) -> Statement {
    let last = screen.doc.strategy.statements.last();
    Statement {
        id,
        text,
        quadrant: screen
            .walk
            .or(last.map(|s| s.quadrant))
            .unwrap_or(Quadrant::A),
        principle: last.map_or(Principle::CustomerFirst, |s| s.principle),
        side: last.map_or(Side::Business, |s| s.side),
        authors: Vec::new(),
    }
}

fn add(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now) {
    let statement = new_statement(screen, screen.doc.strategy.next_id(), String::new());
    let id = statement.id;
    if change(screen, notice, now, |doc| {
        doc.strategy.statements.push(statement.into())
    }) {
        select_new(screen, id);
        edit::begin(screen, notice, Target::Statement(id), true);
    }
}

/// Selects the statement just added, lifting a filter that would hide it.
fn select_new(screen: &mut SessionScreen, id: u32) {
    if !screen
        .visible_statements()
        .contains(&(screen.doc.strategy.statements.len() - 1))
    {
        screen.statement_view.filter = None;
    }
    let position = screen
        .visible_statements()
        .iter()
        .position(|index| screen.doc.strategy.statements[*index].id == id);
    screen.statement = position.unwrap_or(0);
}

fn retag(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    now: Now,
    index: usize,
    action: Action,
) {
    let people: Vec<(u32, Side)> = screen
        .doc
        .setup
        .participants
        .iter()
        .map(|p| (p.id, p.side))
        .collect();
    let id = screen.doc.strategy.statements[index].id;
    change(screen, notice, now, |doc| {
        let statement = &mut doc.strategy.statements[index];
        match action {
            Action::SetQuadrant(n) => {
                statement.quadrant = Quadrant::ALL
                    .get(usize::from(n))
                    .copied()
                    .unwrap_or(statement.quadrant);
            }
            Action::SetPrinciple(n) => {
                statement.principle = Principle::ALL
                    .get(usize::from(n))
                    .copied()
                    .unwrap_or(statement.principle);
            }
            Action::CycleSide => statement.side = statement.side.next(),
            _ => {
                // The next participant in the list, then nobody; the side follows.
                let current = statement
                    .authors
                    .first()
                    .and_then(|a| people.iter().position(|(p, _)| p == a));
                let next = match current {
                    None => people.first(),
                    Some(position) => people.get(position + 1),
                };
                statement.authors = next.map(|(person, _)| vec![*person]).unwrap_or_default();
                if let Some((_, side)) = next {
                    statement.side = *side;
                }
            }
        }
    });
    // Keep the cursor on the statement even if the sort order moved it.
    if let Some(position) = screen
        .visible_statements()
        .iter()
        .position(|i| screen.doc.strategy.statements[*i].id == id)
    {
        screen.statement = position;
    }
}

/// `m` marks a statement; `m` on another merges the marked one into it: the texts
/// are joined and both authors kept.
fn merge(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now, index: usize) {
    let target_id = screen.doc.strategy.statements[index].id;
    match screen.merge_from {
        None => {
            screen.merge_from = Some(target_id);
            tell(notice, NoticeText::MergePick);
        }
        Some(source_id) if source_id == target_id => screen.merge_from = None,
        Some(source_id) => {
            let Some(source_index) = screen
                .doc
                .strategy
                .statements
                .iter()
                .position(|s| s.id == source_id)
            else {
                screen.merge_from = None;
                return;
            };
            screen.merge_from = None;
            let merged = change(screen, notice, now, |doc| {
                let source = doc.strategy.statements.remove(source_index);
                let target = doc
                    .strategy
                    .statements
                    .iter_mut()
                    .find(|s| s.id == target_id)
                    .expect("target kept");
                target.text = format!("{}\n{}", target.text, source.text);
                for &author in &source.authors {
                    if !target.authors.contains(&author) {
                        target.authors.push(author);
                    }
                }
                // Initiatives that served the merged statement now serve the result.
                for initiative in &mut doc.initiatives {
                    let served = &mut initiative.serves;
                    if served.contains(&source_id) {
                        served.retain(|id| *id != source_id);
                        if !served.contains(&target_id) {
                            served.push(target_id);
                        }
                    }
                }
            });
            if merged {
                if let Some(position) = screen
                    .visible_statements()
                    .iter()
                    .position(|i| screen.doc.strategy.statements[*i].id == target_id)
                {
                    screen.statement = position;
                }
                tell(notice, NoticeText::Merged);
            }
        }
    }
}

/// Narrows the list to statements like the selected one: same quadrant, then same
/// principle, then same side, then everything again.
fn filter_like(screen: &mut SessionScreen, selected: Option<usize>) {
    let view = &mut screen.statement_view;
    let Some(index) = selected else {
        view.filter = None;
        return;
    };
    let statement = &screen.doc.strategy.statements[index];
    view.filter = match view.filter {
        None => Some(StatementFilter::Quadrant(statement.quadrant)),
        Some(StatementFilter::Quadrant(_)) => Some(StatementFilter::Principle(statement.principle)),
        Some(StatementFilter::Principle(_)) => Some(StatementFilter::Side(statement.side)),
        Some(StatementFilter::Side(_)) => None,
    };
    let id = statement.id;
    screen.statement = screen
        .visible_statements()
        .iter()
        .position(|i| screen.doc.strategy.statements[*i].id == id)
        .unwrap_or(0);
}

/// Reordering moves a statement in the order it was entered, so it is only offered
/// when the list shows that order.
fn move_item(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    now: Now,
    index: usize,
    action: Action,
) {
    if screen.statement_view != Default::default() {
        warn(notice, NoticeText::ReorderNeedsEntryOrder);
        return;
    }
    let other = if action == Action::MoveItemUp {
        index.checked_sub(1)
    } else {
        Some(index + 1)
    };
    let count = screen.doc.strategy.statements.len();
    if let Some(other) = other.filter(|other| *other < count)
        && change(screen, notice, now, |doc| {
            doc.strategy.statements.swap(index, other)
        })
    {
        screen.statement = other;
    }
}
