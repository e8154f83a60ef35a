//! Words and numbers shared by the diff and report renderers: names that may be
//! missing, ratings, RACI letters, trends, due dates counted against today.

use chrono::NaiveDate;

use super::diff::{ActionRef, Diff, Trend};
use crate::i18n::{Lang, fill};
use crate::session::StepKind;
use crate::session::diagnosis::Stage;
use crate::session::raci::Raci;
use crate::session::synergy::Level;

/// The centre's name, or a word saying the session names none.
pub fn centre(organisation: &str, lang: Lang) -> String {
    let name = organisation.trim();
    if name.is_empty() {
        lang.documents().compare_no_centre.to_string()
    } else {
        name.to_string()
    }
}

/// What the diff calls the steps it leaves out when one agenda lacks them, or
/// `None` when every compared step is on both agendas.
pub fn not_compared(diff: &Diff, lang: Lang) -> Option<String> {
    steps_left_out(
        &diff.not_compared,
        lang.documents().compare_not_compared,
        lang,
    )
}

/// What the diff calls the steps it leaves out because the newer session has not
/// reached them yet, or `None` when it has reached every one.
pub fn not_reached(diff: &Diff, lang: Lang) -> Option<String> {
    steps_left_out(
        &diff.not_reached,
        lang.documents().compare_not_reached,
        lang,
    )
}

fn steps_left_out(kinds: &[StepKind], template: &str, lang: Lang) -> Option<String> {
    let docs = lang.documents();
    let names: Vec<&str> = kinds
        .iter()
        .map(|kind| match kind {
            StepKind::Diagnose => docs.compare_diagnosis,
            StepKind::Strategy => docs.compare_statements,
            StepKind::FourSynergies => docs.compare_synergies,
            StepKind::FiveUnified => docs.compare_unified,
            _ => docs.compare_raci,
        })
        .collect();
    let separator = lang.list_separator();
    (!names.is_empty()).then(|| fill(template, &[&names.join(separator)]))
}

/// The stage's name, or "not set".
pub fn stage(stage: Option<Stage>, lang: Lang) -> &'static str {
    stage.map_or(lang.documents().compare_not_set, |stage| stage.name(lang))
}

/// A 1–5 rating, or a dash when there is none.
pub fn rating(value: Option<u8>) -> String {
    value.map_or_else(|| "—".to_string(), |v| v.to_string())
}

/// A RACI letter, or a dash for an empty cell.
pub fn letter(cell: Option<Raci>) -> &'static str {
    cell.map_or("—", Raci::letter)
}

/// "today" or "target".
pub fn level(level: Level, lang: Lang) -> &'static str {
    match level {
        Level::Today => lang.documents().compare_today,
        Level::Target => lang.documents().compare_target,
    }
}

/// The colon after a label, full-width in Chinese.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// How many days past its due date an unfinished action is.
fn days_late(action: &ActionRef, today: NaiveDate) -> Option<i64> {
    let late = (today - action.due?).num_days();
    (late > 0 && !action.status.is_finished()).then_some(late)
}

/// `2026-05-01`, with `days overdue: 40` after it when it is.
fn due_date(action: &ActionRef, today: NaiveDate, lang: Lang) -> Option<(String, Option<String>)> {
    let day = action.due?.format("%Y-%m-%d").to_string();
    let late = days_late(action, today)
        .map(|days| fill(lang.documents().compare_days_overdue, &[&days.to_string()]));
    Some((day, late))
}

/// `due 2026-05-01, days overdue: 40` or just the due date.
pub fn due(action: &ActionRef, today: NaiveDate, lang: Lang) -> Option<String> {
    let (day, late) = due_date(action, today, lang)?;
    let mut text = fill(lang.documents().compare_due, &[&day]);
    if let Some(late) = late {
        text.push_str(match lang {
            Lang::Zh => "，",
            Lang::En => ", ",
        });
        text.push_str(&late);
    }
    Some(text)
}

/// `2026-05-01 (days overdue: 40)` for a table's due column.
pub fn due_cell(action: &ActionRef, today: NaiveDate, lang: Lang) -> String {
    match due_date(action, today, lang) {
        None => String::new(),
        Some((day, None)) => day,
        Some((day, Some(late))) => match lang {
            Lang::Zh => format!("{day}（{late}）"),
            Lang::En => format!("{day} ({late})"),
        },
    }
}

/// `1 → 2 of 5 agreed` and which way it went, or `None` when the count stayed.
pub fn agreed_note(diff: &Diff, lang: Lang) -> Option<(String, Trend)> {
    let count = diff.agreed_unified;
    if !count.changed() {
        return None;
    }
    let numbers = format!("{} → {}", count.old, count.new);
    Some((
        fill(lang.documents().compare_agreed_of_five, &[&numbers]),
        Trend::between(count.old, count.new),
    ))
}
