//! The session screen: moving between steps and panels, undo and redo, saving.
//! Panel-specific actions live in `setup` and `notes`; typing lives in `edit`.

use chrono::Timelike;

use super::{
    Now, diagnose, dialog, edit, notes, paste, raci, room, setup, strategy, synergies, tell,
    unified, voting, warn, wrap_up,
};
use crate::model::{Dialog, Focus, Notice, NoticeText, SessionScreen};
use crate::msg::{Action, Effect, Msg, SaveRequest};
use crate::session::Session;

pub fn update(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    msg: Msg,
    now: Now,
) -> Effect {
    screen.clock = now;
    match msg {
        Msg::Tick if room::bell_due(screen) => Effect::Bell,
        Msg::Tick if screen.save.is_due(now) => Effect::Save(request(screen, false)),
        Msg::Tick => Effect::None,
        Msg::Saved { generation } => {
            screen.save.saved(generation, now);
            match screen.remove_after_save.take() {
                Some(path) => Effect::RemoveFile(path),
                None => Effect::None,
            }
        }
        Msg::SaveFailed { why } => {
            screen.save.failed(why, now);
            Effect::None
        }
        Msg::SaveConflict => {
            screen.save.conflicted();
            screen.dialog = Some(Dialog::ChangedOnDisk);
            Effect::None
        }
        Msg::MovedTo(path) => {
            screen.path = path.clone();
            tell(notice, NoticeText::MovedTo(path));
            Effect::None
        }
        Msg::QuitBlocked { why } => {
            screen.dialog = Some(Dialog::QuitUnsaved { why });
            Effect::None
        }
        msg if screen.dialog.is_some() => dialog::update(screen, notice, msg, now),
        msg if screen.switcher.is_some() => room::switcher(screen, notice, msg, now),
        msg if screen.editing.is_some() => edit::update(screen, notice, msg, now),
        Msg::Act(action) => act(screen, notice, action, now),
        // The overview hides the step's panels: nothing may land in them unseen.
        Msg::Paste(_) if screen.dashboard => {
            warn(notice, NoticeText::NowhereToPaste);
            Effect::None
        }
        Msg::Paste(text) => match screen.focus {
            Focus::Fields => setup::paste_into_field(screen, notice, &text, now),
            Focus::Participants => setup::paste_participants(screen, notice, &text, now),
            Focus::Notes | Focus::Agenda if screen.panels().contains(&Focus::Notes) => {
                notes::paste(screen, notice, &text, now)
            }
            _ => paste::into_list(screen, notice, &text, now),
        },
        _ => Effect::None,
    }
}

pub(super) fn act(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    if screen.read_only && would_change(action, screen.focus) {
        warn(notice, NoticeText::ReadOnly);
        return Effect::None;
    }
    match action {
        Action::Quit => {
            room::stop_clock(screen, now);
            return Effect::Quit;
        }
        Action::SaveNow => return save_now(screen, notice),
        Action::NextStep => room::stop_and_go(screen, screen.step_index() + 1, now),
        Action::PreviousStep => {
            room::stop_and_go(screen, screen.step_index().saturating_sub(1), now);
        }
        Action::StartPauseTimer | Action::AddFiveMinutes | Action::ResetTimer => {
            return room::timer(screen, action, now);
        }
        Action::QuickSwitch => room::open_switcher(screen),
        Action::ToggleDashboard => screen.dashboard = !screen.dashboard,
        Action::ParkIt => room::park(screen, notice, now),
        Action::EditFacilitatorNotes => room::facilitator_notes(screen, notice),
        Action::NextPanel | Action::PreviousPanel => {
            let panels = screen.panels();
            let index = panels.iter().position(|p| *p == screen.focus).unwrap_or(0);
            let step = if action == Action::NextPanel {
                1
            } else {
                panels.len() - 1
            };
            screen.focus = panels[(index + step) % panels.len()];
        }
        Action::Undo => undo_or_redo(screen, notice, now, true),
        Action::Redo => undo_or_redo(screen, notice, now, false),
        Action::ToggleStepDone => {
            let index = screen.step_index();
            change(screen, notice, now, |doc| {
                doc.steps[index].done = !doc.steps[index].done;
            });
        }
        _ => {
            return match screen.focus {
                Focus::Agenda => agenda(screen, action, now),
                Focus::Fields => setup::fields(screen, notice, action, now),
                Focus::Participants => setup::participants(screen, notice, action, now),
                _ if screen.walk.is_some() => strategy::walk(screen, notice, action, now),
                Focus::Notes => notes::act(screen, notice, action, now),
                Focus::Stages => diagnose::stages(screen, notice, action, now),
                Focus::Votes => diagnose::votes(screen, notice, action, now),
                Focus::Frictions => diagnose::frictions(screen, notice, action, now),
                Focus::Statements => strategy::statements(screen, notice, action, now),
                Focus::Coverage if action == Action::WalkAround => {
                    strategy::statements(screen, notice, action, now)
                }
                Focus::Coverage => Effect::None,
                Focus::Unified => unified::items(screen, notice, action, now),
                Focus::Agreements => unified::agreements(screen, notice, action, now),
                Focus::Initiatives => unified::initiatives(screen, notice, action, now),
                Focus::Voting => voting::act(screen, notice, action, now),
                Focus::Ratings => synergies::ratings(screen, notice, action, now),
                Focus::People => synergies::people(screen, notice, action, now),
                Focus::Mechanisms => synergies::mechanisms(screen, notice, action, now),
                Focus::Matrix => raci::matrix(screen, notice, action, now),
                Focus::Roles => raci::roles(screen, notice, action, now),
                Focus::Duties => raci::duties(screen, notice, action, now),
                Focus::Decisions
                | Focus::Actions
                | Focus::Parking
                | Focus::Indicators
                | Focus::Summary => wrap_up::act(screen, notice, action, now),
            };
        }
    }
    Effect::None
}

/// Actions that edit the document (refused up front in read-only mode, so the user
/// hears why even where the action would have had nothing to act on).
fn would_change(action: Action, focus: Focus) -> bool {
    use Action::*;
    match action {
        AddItem | DeleteItem | MoveItemUp | MoveItemDown | ToggleStepDone | Undo | Redo => true,
        AgreeStage | PickStage(_) | ClearPick | MarkPresent | MarkAbsent | MarkUnsure
        | CyclePresence | ClearMark | SetQuadrant(_) | SetPrinciple(_) | CycleSide
        | CycleAuthor | MergeStatements | SetStatus(_) | CycleOwner | EditDetails | EditQuarter
        | SetPriority(_) | LinkStatements | AddDot | RemoveDot | ToggleHidden | FewerDots
        | MoreDots | LowerCap | RaiseCap | SetRating(_) | ClearRating | AddMechanism(_)
        | CycleInitiative | SetRaci(_) | CycleRaci | ClearRaci | PickHolders | ToggleFluent
        | CycleLink | CycleActionStatus | EditDue | CyclePersonOwner | ToggleClosed
        | ToggleIndicatorKind | EditBaseline | EditTargetValue | EditUnit | EditNextSession => {
            focus != Focus::Agenda
        }
        StartPauseTimer | AddFiveMinutes | ResetTimer | ParkIt | EditFacilitatorNotes => true,
        EditOrConfirm => focus != Focus::Agenda,
        _ => false,
    }
}

fn agenda(screen: &mut SessionScreen, action: Action, now: Now) -> Effect {
    let last = screen.doc.steps.len() - 1;
    match action {
        Action::Up => screen.agenda_cursor = screen.agenda_cursor.saturating_sub(1),
        Action::Down => screen.agenda_cursor = (screen.agenda_cursor + 1).min(last),
        Action::EditOrConfirm => room::stop_and_go(screen, screen.agenda_cursor, now),
        _ => {}
    }
    Effect::None
}

/// Shows step `index` (clamped). Where the room is is saved, but not undone.
pub fn go_to_step(screen: &mut SessionScreen, index: usize, now: Now) {
    let index = index.min(screen.doc.steps.len() - 1);
    screen.agenda_cursor = index;
    if index == screen.step_index() {
        return;
    }
    screen.doc.current_step = screen.doc.steps[index].id.clone();
    screen.note = 0;
    screen.participant = 0;
    screen.walk = None;
    screen.merge_from = None;
    screen.focus = screen.panels()[1];
    if !screen.read_only {
        stamp(screen, now);
    }
}

pub fn save_now(screen: &mut SessionScreen, notice: &mut Option<Notice>) -> Effect {
    if !screen.save.can_save() {
        warn(notice, NoticeText::ReadOnly);
        return Effect::None;
    }
    if screen.save.has_conflict() {
        screen.dialog = Some(Dialog::ChangedOnDisk);
        return Effect::None;
    }
    Effect::Save(request(screen, false))
}

pub fn request(screen: &mut SessionScreen, overwrite: bool) -> SaveRequest {
    SaveRequest {
        generation: screen.save.requested(),
        doc: Box::new(screen.doc.clone()),
        overwrite,
    }
}

fn undo_or_redo(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now, undo: bool) {
    if screen.read_only {
        return warn(notice, NoticeText::ReadOnly);
    }
    let restored = if undo {
        screen.history.undo(&screen.doc)
    } else {
        screen.history.redo(&screen.doc)
    };
    match restored {
        Some(doc) => {
            screen.doc = doc;
            stamp(screen, now);
            change_cursors(screen);
            tell(
                notice,
                if undo {
                    NoticeText::Undone
                } else {
                    NoticeText::Redone
                },
            );
        }
        None if undo => warn(notice, NoticeText::NothingToUndo),
        None => warn(notice, NoticeText::NothingToRedo),
    }
}

/// Records the document for undo, then changes it. Refused in read-only mode.
pub fn change(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    now: Now,
    apply: impl FnOnce(&mut Session),
) -> bool {
    if screen.read_only {
        warn(notice, NoticeText::ReadOnly);
        return false;
    }
    screen.history.record(&screen.doc);
    apply(&mut screen.doc);
    stamp(screen, now);
    change_cursors(screen);
    true
}

/// The document changed now: note the time and that it needs saving.
pub fn stamp(screen: &mut SessionScreen, now: Now) {
    screen.doc.updated = now.with_nanosecond(0).unwrap_or(now);
    screen.save.changed(now);
}

/// Keeps every cursor on something that exists after the document changed.
pub fn change_cursors(screen: &mut SessionScreen) {
    let step = screen.step_index();
    screen.agenda_cursor = screen.agenda_cursor.min(screen.doc.steps.len() - 1);
    let people = screen.doc.setup.participants.len();
    screen.participant = screen.participant.min(people.saturating_sub(1));
    let notes = screen.doc.steps[step].notes.len();
    screen.note = screen.note.min(notes.saturating_sub(1));
    screen.voter = screen.voter.min(people.saturating_sub(1));
    let statements = screen.visible_statements().len();
    screen.statement = screen.statement.min(statements.saturating_sub(1));
    let item = screen.unified_item.min(4);
    let agreements = screen
        .doc
        .unified
        .get(item)
        .map_or(0, |i| i.agreements.len());
    screen.agreement = screen.agreement.min(agreements.saturating_sub(1));
    let initiatives = screen.doc.initiatives.len();
    screen.initiative = screen.initiative.min(initiatives.saturating_sub(1));
    screen.vote_row = screen.vote_row.min(initiatives.saturating_sub(1));
    screen.dot_voter = screen.dot_voter.min(people.saturating_sub(1));
    screen.person = screen.person.min(people.saturating_sub(1));
    let mechanisms = screen
        .doc
        .synergies
        .get(screen.synergy)
        .map_or(0, |s| s.mechanisms.len());
    screen.mechanism = screen.mechanism.min(mechanisms.saturating_sub(1));
    let roles = screen.doc.roles.len();
    screen.matrix_row = screen.matrix_row.min(initiatives.saturating_sub(1));
    screen.matrix_column = screen.matrix_column.min(roles.saturating_sub(1));
    screen.role = screen.role.min(roles.saturating_sub(1));
    screen.duty_person = screen.duty_person.min(people.saturating_sub(1));
    let wrap_up = &screen.doc.wrap_up;
    let last = |count: usize| count.saturating_sub(1);
    screen.decision = screen.decision.min(last(wrap_up.decisions.len()));
    screen.action = screen.action.min(last(wrap_up.actions.len()));
    screen.parked = screen.parked.min(last(wrap_up.parking.len()));
    screen.indicator = screen.indicator.min(last(wrap_up.indicators.len()));
    if !screen.panels().contains(&screen.focus) {
        screen.focus = screen.panels()[1];
    }
}
