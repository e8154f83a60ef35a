//! The Setup step: the session's details and the list of participants.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

use super::session::change;
use super::{Now, edit, tell, warn};
use crate::model::{Notice, NoticeText, ParticipantColumn, SessionScreen, SetupField, Target};
use crate::msg::{Action, Effect};
use crate::session::{Participant, Side};

pub fn fields(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    _now: Now,
) -> Effect {
    let index = SetupField::ALL
        .iter()
        .position(|f| *f == screen.field)
        .unwrap_or(0);
    match action {
        Action::Up => screen.field = SetupField::ALL[index.saturating_sub(1)],
        Action::Down => screen.field = SetupField::ALL[(index + 1).min(SetupField::ALL.len() - 1)],
        Action::EditOrConfirm => {
            edit::begin(screen, notice, Target::Setup(screen.field), false);
        }
        _ => {}
    }
    Effect::None
}

/// Pasting onto a field starts editing it with the pasted text added.
pub fn paste_into_field(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    text: &str,
    now: Now,
) -> Effect {
    if edit::begin(screen, notice, Target::Setup(screen.field), false) {
        let paste = crate::msg::Msg::Paste(text.to_string());
        return edit::update(screen, notice, paste, now);
    }
    Effect::None
}

pub fn participants(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    action: Action,
    now: Now,
) -> Effect {
    use ParticipantColumn::{Department, Name, Side as SideColumn};
    let count = screen.doc.setup.participants.len();
    let selected = screen
        .doc
        .setup
        .participants
        .get(screen.participant)
        .map(|p| p.id);
    match (action, selected) {
        (Action::Up, _) => screen.participant = screen.participant.saturating_sub(1),
        (Action::Down, _) => {
            screen.participant = (screen.participant + 1).min(count.saturating_sub(1))
        }
        (Action::Left, _) => {
            screen.participant_column = match screen.participant_column {
                Name | Department => Name,
                SideColumn => Department,
            }
        }
        (Action::Right, _) => {
            screen.participant_column = match screen.participant_column {
                Name => Department,
                Department | SideColumn => SideColumn,
            }
        }
        (Action::AddItem, _) => add_participant(screen, notice, now),
        (Action::EditOrConfirm, Some(id)) => match screen.participant_column {
            Name => {
                edit::begin(screen, notice, Target::ParticipantName(id), false);
            }
            Department => {
                edit::begin(screen, notice, Target::ParticipantDepartment(id), false);
            }
            SideColumn => {
                let index = screen.participant;
                change(screen, notice, now, |doc| {
                    let person = &mut doc.setup.participants[index];
                    person.side = person.side.next();
                });
            }
        },
        (Action::DeleteItem, Some(_)) => {
            let index = screen.participant;
            if change(screen, notice, now, |doc| {
                doc.remove_participant(index);
            }) {
                tell(notice, NoticeText::Deleted);
            }
        }
        (Action::MoveItemUp | Action::MoveItemDown, Some(_)) => {
            let index = screen.participant;
            let other = if action == Action::MoveItemUp {
                index.checked_sub(1)
            } else {
                Some(index + 1)
            };
            if let Some(other) = other.filter(|other| *other < count)
                && change(screen, notice, now, |doc| {
                    doc.setup.participants.swap(index, other)
                })
            {
                screen.participant = other;
            }
        }
        _ => {}
    }
    Effect::None
}

fn add_participant(screen: &mut SessionScreen, notice: &mut Option<Notice>, now: Now) {
    let id = screen.doc.next_participant_id();
    let side = screen
        .doc
        .setup
        .participants
        .get(screen.participant)
        .map_or(Side::Business, |person| person.side);
    let at = (screen.participant + 1).min(screen.doc.setup.participants.len());
    let person = Participant {
        id,
        name: String::new(),
        department: String::new(),
        side,
    };
    if change(screen, notice, now, |doc| {
        doc.setup.participants.insert(at, person)
    }) {
        screen.participant = at;
        screen.participant_column = ParticipantColumn::Name;
        edit::begin(screen, notice, Target::ParticipantName(id), true);
    }
}

/// Pasted lines become participants: `name`, optionally followed by a tab and the
/// department, and another tab and the side (as copied from a spreadsheet).
pub fn paste_participants(
    screen: &mut SessionScreen,
    notice: &mut Option<Notice>,
    text: &str,
    now: Now,
) -> Effect {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut rows: Vec<Vec<String>> = normalised
        .lines()
        .map(|line| {
            line.split('\t')
                .map(|cell| {
                    crate::model::text::clean_input(cell, false)
                        .trim()
                        .to_string()
                })
                .collect()
        })
        .filter(|cells: &Vec<String>| cells.first().is_some_and(|name| !name.is_empty()))
        .collect();
    // A table copied with its heading row: the heading is not a person.
    if rows.first().is_some_and(|first| is_name_heading(&first[0])) {
        rows.remove(0);
    }
    if rows.is_empty() {
        return Effect::None;
    }
    let first_id = screen.doc.next_participant_id();
    let at = (screen.participant + 1).min(screen.doc.setup.participants.len());
    let added = rows.len();
    let mut unknown_sides: Vec<String> = Vec::new();
    let changed = change(screen, notice, now, |doc| {
        for (offset, cells) in rows.into_iter().enumerate() {
            let written = cells.get(2).filter(|cell| !cell.is_empty());
            let side = written.and_then(|cell| Side::parse(cell));
            if let (Some(written), None) = (written, side)
                && !unknown_sides.contains(written)
            {
                unknown_sides.push(written.clone());
            }
            let person = Participant {
                id: first_id + offset as u32,
                name: cells[0].clone(),
                department: cells.get(1).cloned().unwrap_or_default(),
                side: side.unwrap_or(Side::Business),
            };
            doc.setup.participants.insert(at + offset, person);
        }
    });
    if changed {
        screen.participant = at + added - 1;
        if unknown_sides.is_empty() {
            tell(notice, NoticeText::ParticipantsAdded(added));
        } else {
            warn(notice, NoticeText::SidesUnknown(unknown_sides));
        }
    }
    Effect::None
}

/// The first cell of a table's heading row, in either language.
fn is_name_heading(cell: &str) -> bool {
    let headings = [
        "name",
        "names",
        "participant",
        "participants",
        "姓名",
        "名字",
        "参与者",
        "人员",
        "成员",
    ];
    headings.contains(&cell.to_lowercase().as_str())
}

/// Reads a start time as typed: `2026-11-25 14:00`, `2026-11-25`, `2026/11/25 14:00`
/// or a full RFC 3339 time. Without an offset, the session's own offset is kept.
pub fn parse_starts_at(
    text: &str,
    current: DateTime<FixedOffset>,
) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Some(at);
    }
    let text = text.replace('/', "-").replace('T', " ");
    let naive = ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(&text, format).ok())
        .or_else(|| {
            let date = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok()?;
            Some(date.and_time(current.time().min(NaiveTime::from_hms_opt(23, 59, 0)?)))
        })?;
    current.offset().from_local_datetime(&naive).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T09:30:00+08:00").unwrap()
    }

    #[test]
    fn start_times_are_read_in_the_session_offset() {
        let parsed = |text| parse_starts_at(text, current()).map(|at| at.to_rfc3339());
        assert_eq!(
            parsed("2026-12-01 14:00").as_deref(),
            Some("2026-12-01T14:00:00+08:00")
        );
        assert_eq!(
            parsed("2026/12/01 14:00").as_deref(),
            Some("2026-12-01T14:00:00+08:00")
        );
        assert_eq!(
            parsed("2026-12-01").as_deref(),
            Some("2026-12-01T09:30:00+08:00")
        );
        assert_eq!(
            parsed("2026-12-01T14:00:00+01:00").as_deref(),
            Some("2026-12-01T14:00:00+01:00")
        );
        assert_eq!(parsed("tomorrow"), None);
        assert_eq!(parsed("2026-13-01 10:00"), None);
    }
}
