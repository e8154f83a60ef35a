//! Where each text field lives in the document: reading it for editing, writing
//! typed text back, committing (with parsing for dates and quarters), and removing
//! a list item that was left empty.

use super::setup::parse_starts_at;
use crate::dates::parse_due;
use crate::model::{NoticeText, SetupField, Target};
use crate::session::Session;
use crate::session::unified::parse_quarter;
use chrono::NaiveDate;

/// The text a field holds now; `None` when its item is gone.
pub fn value_of(doc: &Session, target: Target) -> Option<String> {
    let setup = &doc.setup;
    let person = |id: u32| doc.participant(id);
    let initiative = |id: u32| doc.initiative(id);
    Some(match target {
        Target::Setup(SetupField::Title) => setup.title.clone(),
        Target::Setup(SetupField::Organisation) => setup.organisation.clone(),
        Target::Setup(SetupField::Facilitator) => setup.facilitator.clone(),
        Target::Setup(SetupField::StartsAt) => setup.starts_at.format("%Y-%m-%d %H:%M").to_string(),
        Target::ParticipantName(id) => person(id)?.name.clone(),
        Target::ParticipantDepartment(id) => person(id)?.department.clone(),
        Target::InitiativeTitle(id) => initiative(id)?.title.clone(),
        Target::InitiativeDescription(id) => initiative(id)?.description.clone(),
        Target::InitiativeQuarter(id) => initiative(id)?.quarter.clone().unwrap_or_default(),
        Target::UnifiedNotes(index) => doc.unified.get(index)?.notes.clone(),
        Target::RoleName(id) => doc.role(id)?.name.get(doc.language).to_string(),
        Target::ActionDue(id) => date_text(doc.wrap_up.actions.iter().find(|a| a.id == id)?.due),
        Target::ParkedDue(id) => date_text(doc.wrap_up.parking.iter().find(|p| p.id == id)?.due),
        Target::NextSession => date_text(doc.wrap_up.next_session),
        Target::FacilitatorNotes(index) => {
            let step = &doc.steps.get(index)?.id;
            doc.room
                .facilitator_notes
                .get(step)
                .cloned()
                .unwrap_or_default()
        }
        Target::Decision(id) => find(&doc.wrap_up.decisions, id, |d| (d.id, &d.text))?,
        Target::ActionText(id) => find(&doc.wrap_up.actions, id, |a| (a.id, &a.text))?,
        Target::ParkedText(id) => find(&doc.wrap_up.parking, id, |p| (p.id, &p.text))?,
        Target::IndicatorName(id) => find(&doc.wrap_up.indicators, id, |i| (i.id, &i.name))?,
        Target::IndicatorBaseline(id) => {
            find(&doc.wrap_up.indicators, id, |i| (i.id, &i.baseline))?
        }
        Target::IndicatorTarget(id) => find(&doc.wrap_up.indicators, id, |i| (i.id, &i.target))?,
        Target::IndicatorUnit(id) => find(&doc.wrap_up.indicators, id, |i| (i.id, &i.unit))?,
        Target::Note(id) => find(doc.steps.iter().flat_map(|s| &s.notes), id, |n| {
            (n.id, &n.text)
        })?,
        Target::Statement(id) => find(&doc.strategy.statements, id, |s| (s.id, &s.text))?,
        Target::Agreement(id) => find(doc.unified.iter().flat_map(|i| &i.agreements), id, |a| {
            (a.id, &a.text)
        })?,
        Target::Mechanism(id) => find(doc.synergies.iter().flat_map(|s| &s.mechanisms), id, |m| {
            (m.id, &m.text)
        })?,
    })
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map_or(String::new(), |date| date.to_string())
}

/// The text of the item with `id` among `items`.
fn find<'a, T: 'a>(
    items: impl IntoIterator<Item = &'a T>,
    id: u32,
    key: impl Fn(&'a T) -> (u32, &'a String),
) -> Option<String> {
    items
        .into_iter()
        .map(key)
        .find(|(item, _)| *item == id)
        .map(|(_, text)| text.clone())
}

/// The `String` a list-item field is stored in.
fn text_slot(doc: &mut Session, target: Target) -> Option<&mut String> {
    match target {
        Target::Setup(SetupField::Title) => Some(&mut doc.setup.title),
        Target::Setup(SetupField::Organisation) => Some(&mut doc.setup.organisation),
        Target::Setup(SetupField::Facilitator) => Some(&mut doc.setup.facilitator),
        Target::Setup(SetupField::StartsAt)
        | Target::InitiativeQuarter(_)
        | Target::ActionDue(_)
        | Target::ParkedDue(_)
        | Target::NextSession
        | Target::FacilitatorNotes(_) => None,
        Target::Decision(id) => {
            item(&mut doc.wrap_up.decisions, |d| d.id == id).map(|d| &mut d.text)
        }
        Target::ActionText(id) => {
            item(&mut doc.wrap_up.actions, |a| a.id == id).map(|a| &mut a.text)
        }
        Target::ParkedText(id) => {
            item(&mut doc.wrap_up.parking, |p| p.id == id).map(|p| &mut p.text)
        }
        Target::IndicatorName(id) => indicator(doc, id).map(|i| &mut i.name),
        Target::IndicatorBaseline(id) => indicator(doc, id).map(|i| &mut i.baseline),
        Target::IndicatorTarget(id) => indicator(doc, id).map(|i| &mut i.target),
        Target::IndicatorUnit(id) => indicator(doc, id).map(|i| &mut i.unit),
        Target::RoleName(id) => {
            let lang = doc.language;
            let role = doc.roles.iter_mut().find(|role| role.id == id)?;
            Some(match lang {
                crate::i18n::Lang::Zh => &mut role.name.zh,
                crate::i18n::Lang::En => &mut role.name.en,
            })
        }
        Target::ParticipantName(id) => participant(doc, id).map(|p| &mut p.name),
        Target::ParticipantDepartment(id) => participant(doc, id).map(|p| &mut p.department),
        Target::Note(id) => doc
            .steps
            .iter_mut()
            .flat_map(|step| step.notes.iter_mut())
            .find(|note| note.id == id)
            .map(|note| &mut note.text),
        Target::Statement(id) => doc
            .strategy
            .statements
            .iter_mut()
            .find(|statement| statement.id == id)
            .map(|statement| &mut statement.text),
        Target::Agreement(id) => doc
            .unified
            .iter_mut()
            .flat_map(|item| item.agreements.iter_mut())
            .find(|agreement| agreement.id == id)
            .map(|agreement| &mut agreement.text),
        Target::UnifiedNotes(index) => doc.unified.get_mut(index).map(|item| &mut item.notes),
        Target::InitiativeTitle(id) => initiative(doc, id).map(|i| &mut i.title),
        Target::InitiativeDescription(id) => initiative(doc, id).map(|i| &mut i.description),
        Target::Mechanism(id) => doc
            .synergies
            .iter_mut()
            .flat_map(|synergy| synergy.mechanisms.iter_mut())
            .find(|mechanism| mechanism.id == id)
            .map(|mechanism| &mut mechanism.text),
    }
}

fn item<T>(items: &mut [T], wanted: impl Fn(&T) -> bool) -> Option<&mut T> {
    items.iter_mut().find(|candidate| wanted(candidate))
}

fn indicator(doc: &mut Session, id: u32) -> Option<&mut crate::session::wrap_up::Indicator> {
    item(&mut doc.wrap_up.indicators, |i| i.id == id)
}

fn participant(doc: &mut Session, id: u32) -> Option<&mut crate::session::Participant> {
    doc.setup
        .participants
        .iter_mut()
        .find(|person| person.id == id)
}

fn initiative(doc: &mut Session, id: u32) -> Option<&mut crate::session::unified::Initiative> {
    doc.initiatives
        .iter_mut()
        .find(|initiative| initiative.id == id)
}

/// Writes typed text into a live field.
pub fn write_back(doc: &mut Session, target: Target, text: &str) {
    if let Some(slot) = text_slot(doc, target) {
        *slot = text.to_string();
    }
}

/// Keeps what was typed when Enter is pressed: parsed fields are checked, list items
/// left empty are removed.
pub fn commit(
    doc: &mut Session,
    target: Target,
    text: &str,
    today: NaiveDate,
) -> Result<(), NoticeText> {
    match target {
        _ if target.is_due_date() => {
            let date = if text.trim().is_empty() {
                None
            } else {
                Some(parse_due(text, today).ok_or_else(|| NoticeText::BadDue(text.to_string()))?)
            };
            match target {
                Target::ActionDue(id) => {
                    if let Some(action) = item(&mut doc.wrap_up.actions, |a| a.id == id) {
                        action.due = date;
                    }
                }
                Target::ParkedDue(id) => {
                    if let Some(parked) = item(&mut doc.wrap_up.parking, |p| p.id == id) {
                        parked.due = date;
                    }
                }
                _ => doc.wrap_up.next_session = date,
            }
        }
        Target::FacilitatorNotes(index) => {
            if let Some(step) = doc.steps.get(index).map(|s| s.id.clone()) {
                if text.trim().is_empty() {
                    doc.room.facilitator_notes.remove(&step);
                } else {
                    doc.room.facilitator_notes.insert(step, text.to_string());
                }
            }
        }
        Target::Setup(SetupField::StartsAt) => {
            let at = parse_starts_at(text, doc.setup.starts_at)
                .ok_or_else(|| NoticeText::BadDateTime(text.to_string()))?;
            doc.setup.starts_at = at;
        }
        Target::InitiativeQuarter(id) => {
            let quarter = if text.trim().is_empty() {
                None
            } else {
                Some(parse_quarter(text).ok_or_else(|| NoticeText::BadQuarter(text.to_string()))?)
            };
            if let Some(initiative) = initiative(doc, id) {
                initiative.quarter = quarter;
            }
        }
        _ if is_list_item(target) && text.trim().is_empty() => remove_item(doc, target),
        _ => write_back(doc, target, text),
    }
    Ok(())
}

/// Fields that are the whole of a list item: emptying them removes the item.
fn is_list_item(target: Target) -> bool {
    matches!(
        target,
        Target::Note(_)
            | Target::ParticipantName(_)
            | Target::Statement(_)
            | Target::Agreement(_)
            | Target::InitiativeTitle(_)
            | Target::RoleName(_)
            | Target::Decision(_)
            | Target::ActionText(_)
            | Target::ParkedText(_)
            | Target::IndicatorName(_)
    )
}

pub fn remove_item(doc: &mut Session, target: Target) {
    match target {
        Target::ParticipantName(id) => {
            if let Some(index) = doc.setup.participants.iter().position(|p| p.id == id) {
                doc.remove_participant(index);
            }
        }
        Target::Note(id) => {
            for step in &mut doc.steps {
                step.notes.retain(|note| note.id != id);
            }
        }
        Target::Statement(id) => {
            if let Some(index) = doc.strategy.statements.iter().position(|s| s.id == id) {
                doc.remove_statement(index);
            }
        }
        Target::Agreement(id) => {
            for item in &mut doc.unified {
                item.agreements.retain(|agreement| agreement.id != id);
            }
        }
        Target::InitiativeTitle(id) => doc.remove_initiative(id),
        Target::RoleName(id) => doc.remove_role(id),
        Target::Decision(id) => doc.wrap_up.decisions.retain(|d| d.id != id),
        Target::ActionText(id) => doc.wrap_up.actions.retain(|a| a.id != id),
        Target::ParkedText(id) => doc.wrap_up.parking.retain(|p| p.id != id),
        Target::IndicatorName(id) => doc.wrap_up.indicators.retain(|i| i.id != id),
        _ => {}
    }
}
