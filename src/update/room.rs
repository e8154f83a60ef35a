//! The room toolkit on every step: the timebox clock, the parking lot key, private
//! facilitator notes and the quick step switcher.

use super::session::{go_to_step, stamp};
use super::{Now, edit, warn};
use crate::model::text::TextBuffer;
use crate::model::{Notice, NoticeText, SessionScreen, Target};
use crate::msg::{Action, Effect, Msg};
use crate::session::wrap_up::ParkedItem;

/// Adds the time the clock has run to the current step and stops it.
pub fn stop_clock(screen: &mut SessionScreen, now: Now) {
    let Some(since) = screen.timer.running_since.take() else {
        return;
    };
    let seconds = (now - since).num_seconds().clamp(0, i64::from(u32::MAX)) as u32;
    let step = screen.doc.steps[screen.step_index()].id.clone();
    let time = screen.doc.room.timing.entry(step).or_default();
    time.spent_seconds = time.spent_seconds.saturating_add(seconds);
    if !screen.read_only {
        stamp(screen, now);
    }
}

pub fn timer(screen: &mut SessionScreen, action: Action, now: Now) -> Effect {
    let step = screen.doc.steps[screen.step_index()].id.clone();
    match action {
        Action::StartPauseTimer if screen.timer.running_since.is_some() => stop_clock(screen, now),
        Action::StartPauseTimer => screen.timer.running_since = Some(now),
        Action::AddFiveMinutes => {
            screen
                .doc
                .room
                .timing
                .entry(step)
                .or_default()
                .extra_minutes += 5;
            screen.timer.rung = false;
            stamp(screen, now);
        }
        Action::ResetTimer => {
            screen.doc.room.timing.remove(&step);
            screen.timer.rung = false;
            if screen.timer.running_since.is_some() {
                screen.timer.running_since = Some(now);
            }
            stamp(screen, now);
        }
        _ => {}
    }
    Effect::None
}

/// Once per timebox: the bell when the time is up.
pub fn bell_due(screen: &mut SessionScreen) -> bool {
    let due = screen.timer.running_since.is_some()
        && !screen.timer.rung
        && screen.remaining_seconds() <= 0;
    if due {
        screen.timer.rung = true;
    }
    due
}

/// `P` on any step: a parking-lot item raised here, typed at once.
pub fn park(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now) {
    let id = screen.doc.wrap_up.next_id();
    let item = ParkedItem {
        id,
        text: String::new(),
        raised_in: screen.doc.steps[screen.step_index()].id.clone(),
        owner: None,
        due: None,
        closed: false,
    };
    if super::session::change(screen, notice, now, |doc| doc.wrap_up.parking.push(item)) {
        edit::begin(screen, notice, Target::ParkedText(id), true);
    }
}

pub fn facilitator_notes(screen: &mut SessionScreen, notice: &mut Option<Notice>) {
    let index = screen.step_index();
    edit::begin(screen, notice, Target::FacilitatorNotes(index), false);
}

/// The steps whose number or title (in either language) matches what was typed.
pub fn matching_steps(screen: &SessionScreen, typed: &str) -> Vec<usize> {
    let typed = typed.trim().to_lowercase();
    if typed.is_empty() {
        return (0..screen.doc.steps.len()).collect();
    }
    if let Ok(number) = typed.parse::<usize>() {
        return (1..=screen.doc.steps.len())
            .filter(|n| *n == number)
            .map(|n| n - 1)
            .collect();
    }
    screen
        .doc
        .steps
        .iter()
        .enumerate()
        .filter(|(_, step)| {
            step.title.zh.to_lowercase().contains(&typed)
                || step.title.en.to_lowercase().contains(&typed)
        })
        .map(|(index, _)| index)
        .collect()
}

pub fn switcher(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    msg: Msg,
    now: Now,
) -> Effect {
    let Some(buffer) = &mut screen.switcher else {
        return Effect::None;
    };
    match msg {
        Msg::Act(Action::ConfirmEdit) => {
            let typed = buffer.text().to_string();
            match matching_steps(screen, &typed).first() {
                Some(index) => {
                    screen.switcher = None;
                    let index = *index;
                    stop_and_go(screen, index, now);
                }
                None => warn(notice, NoticeText::NoStepMatches(typed)),
            }
        }
        Msg::Act(Action::CancelEdit) => screen.switcher = None,
        Msg::Act(Action::Quit) => return Effect::Quit,
        msg => {
            edit::apply_to_buffer(buffer, &msg);
        }
    }
    Effect::None
}

pub fn open_switcher(screen: &mut SessionScreen) {
    screen.switcher = Some(TextBuffer::new("", false));
}

/// Moves to another step; a running clock moves with the room.
pub fn stop_and_go(screen: &mut SessionScreen, index: usize, now: Now) {
    let running = screen.timer.running_since.is_some();
    if index != screen.step_index() {
        stop_clock(screen, now);
        screen.timer.rung = false;
    }
    go_to_step(screen, index, now);
    if running && screen.timer.running_since.is_none() {
        screen.timer.running_since = Some(now);
    }
}
