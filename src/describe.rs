//! Facts about a session in words, in either language: the phrases the screens and
//! the reports share (coverage warnings, matrix checks, open problems, owners,
//! dates, titles, indicator values), so the room and the report never say the same
//! thing differently.

use chrono::{Datelike, NaiveDate};

use crate::i18n::{Lang, fill};
use crate::session::Session;
use crate::session::coverage::Warning;
use crate::session::raci_checks::Check;
use crate::session::summary::OpenProblem;
use crate::session::unified::Owner;
use crate::session::wrap_up::{ActionItem, Indicator};

/// An action's due date as the lists show it: `MM-DD`, marked `!` when it is overdue
/// (in words too: without colour, or to eyes that miss red), or words saying it has
/// none.
pub fn due_short(action: &ActionItem, today: NaiveDate, lang: Lang) -> String {
    action.due.map_or(lang.ui().no_due.to_string(), |date| {
        let late = if action.is_overdue(today) { "!" } else { "" };
        format!("{}{late}", date.format("%m-%d"))
    })
}

/// A session's title, or words saying it has none.
pub fn title(title: &str, lang: Lang) -> &str {
    if title.trim().is_empty() {
        lang.ui().untitled
    } else {
        title
    }
}

pub fn coverage_warning(warning: Warning, lang: Lang) -> String {
    let ui = lang.ui();
    match warning {
        Warning::NoStatements => ui.warn_no_statements.to_string(),
        Warning::EmptyQuadrant(quadrant) => fill(
            ui.warn_empty_quadrant,
            &[quadrant.word(lang), quadrant.letter()],
        ),
        Warning::SilentSide(side) => fill(ui.warn_silent_side, &[side.label(lang)]),
        Warning::Dominant { side, percent } => {
            fill(ui.warn_dominant, &[side.label(lang), &percent.to_string()])
        }
        Warning::SilentPrinciple(principle) => {
            fill(ui.warn_silent_principle, &[principle.name(lang)])
        }
    }
}

/// What a matrix check found. `with_keys` adds the key that fixes it, for the
/// screen; reports leave it out.
pub fn raci_check(doc: &Session, check: Check, lang: Lang, with_keys: bool) -> String {
    let ui = lang.ui();
    let docs = lang.documents();
    let title = |id: u32| {
        doc.initiative(id)
            .map_or_else(|| format!("#{id}"), |i| i.title.clone())
    };
    let role = |id: u32| {
        doc.role(id)
            .map_or_else(|| format!("#{id}"), |r| r.name.get(lang).to_string())
    };
    match check {
        Check::NoAccountable { initiative } => fill(ui.check_no_accountable, &[&title(initiative)]),
        Check::ManyAccountable { initiative, count } => fill(
            ui.check_many_accountable,
            &[&title(initiative), &count.to_string()],
        ),
        Check::NoResponsible { initiative } => fill(ui.check_no_responsible, &[&title(initiative)]),
        Check::RoleUnheld { role: id } => {
            let text = if with_keys {
                ui.check_role_unheld
            } else {
                docs.export_check_role_unheld
            };
            fill(text, &[&role(id)])
        }
        Check::Overloaded {
            person,
            count,
            limit,
        } => {
            let name = doc
                .participant(person)
                .map_or_else(|| format!("#{person}"), |p| p.name.clone());
            fill(
                ui.check_overloaded,
                &[&name, &count.to_string(), &limit.to_string()],
            )
        }
        Check::OnlyConsulted { role: id } => fill(ui.check_only_consulted, &[&role(id)]),
    }
}

/// A problem still open at the end, and whether it is an error (else a warning).
pub fn open_problem(problem: OpenProblem, lang: Lang) -> (bool, String) {
    let ui = lang.ui();
    let count = problem.count().to_string();
    let (error, text) = match problem {
        OpenProblem::UnassignedActions(_) => (true, ui.open_unassigned),
        OpenProblem::OverdueActions(_) => (true, ui.open_overdue),
        OpenProblem::RaciErrors(_) => (true, ui.open_raci),
        OpenProblem::DisputedItems(_) => (false, ui.open_disputed),
        OpenProblem::OpenParking(_) => (false, ui.open_parking),
        OpenProblem::SynergyGaps(_) => (false, ui.open_gaps),
        OpenProblem::NoAgreedStage => (false, ui.open_no_stage),
        OpenProblem::NoNextSession => (false, ui.open_no_next),
    };
    (error, fill(text, &[&count]))
}

/// A participant's or a role's name; empty for nobody.
pub fn owner_name(doc: &Session, owner: Option<Owner>, lang: Lang) -> String {
    match owner {
        Some(Owner::Participant(id)) => doc
            .participant(id)
            .map_or(String::new(), |p| p.name.clone()),
        Some(Owner::Role(id)) => doc
            .role(id)
            .map_or(String::new(), |r| r.name.get(lang).to_string()),
        None => String::new(),
    }
}

/// `2026-11-30 周一` / `2026-11-30 Mon`.
pub fn date_with_weekday(date: NaiveDate, lang: Lang) -> String {
    let index = date.weekday().num_days_from_monday() as usize;
    let names = match lang {
        Lang::Zh => ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    };
    format!("{date} {}", names[index])
}

/// An indicator's value with its unit, written the same way on every screen and in
/// every report: a unit in Chinese characters or a sign straight after the number
/// (`320秒`, `72%`, `20°C`), a unit in letters after a space (`320 s`, `4 per
/// quarter`). A value typed with its unit already keeps it once (`320 秒` with
/// unit `秒` is `320秒`); a value without a number in it (`未统计`, `n/a`) reads as
/// typed, without a unit it does not measure; a missing value is a dash.
pub fn with_unit(value: &str, unit: &str) -> String {
    let (value, unit) = (value.trim(), unit.trim());
    if value.is_empty() {
        return "—".to_string();
    }
    if unit.is_empty() || !value.chars().any(char::is_numeric) {
        return value.to_string();
    }
    let number = value.strip_suffix(unit).map_or(value, str::trim_end);
    // Letters of a narrow script need a space; CJK characters and signs do not.
    let spaced = unit
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && unicode_width::UnicodeWidthChar::width(c) == Some(1));
    if spaced {
        format!("{number} {unit}")
    } else {
        format!("{number}{unit}")
    }
}

/// Where an indicator starts and where it should get to: `72% → 85%`.
pub fn indicator_values(indicator: &Indicator) -> String {
    format!(
        "{} → {}",
        with_unit(&indicator.baseline, &indicator.unit),
        with_unit(&indicator.target, &indicator.unit)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_shows_its_unit_once_and_spaced_as_its_script_writes_it() {
        assert_eq!(with_unit("72%", "%"), "72%");
        assert_eq!(with_unit("10", "%"), "10%");
        assert_eq!(with_unit("72 %", "%"), "72%");
        assert_eq!(with_unit("320秒", "秒"), "320秒");
        assert_eq!(with_unit("260", "秒"), "260秒");
        assert_eq!(with_unit("260 秒", "秒"), "260秒");
        assert_eq!(with_unit("25", "‰"), "25‰");
        assert_eq!(with_unit("20", "°C"), "20°C");
        assert_eq!(with_unit("3", "次/月"), "3次/月");
        assert_eq!(with_unit("320", "s"), "320 s");
        assert_eq!(with_unit("320s", "s"), "320 s");
        assert_eq!(with_unit("4.5", " points "), "4.5 points");
        assert_eq!(with_unit("28", "per quarter"), "28 per quarter");
        assert_eq!(with_unit("3", ""), "3");
        assert_eq!(with_unit(" ", "%"), "—");
        assert_eq!(with_unit("未统计", "秒"), "未统计");
        assert_eq!(with_unit("yes", "s"), "yes");
    }
}
