//! `update(model, msg, now) -> Effect`: the only place the model changes.
//!
//! Pure: no terminal, no clock (time comes in as `now`), no disk. Whatever needs the
//! outside world is returned as an [`Effect`] for the app loop to perform.

mod diagnose;
mod dialog;
mod edit;
mod fields;
mod notes;
mod paste;
mod raci;
mod room;
mod session;
mod setup;
mod start;
mod strategy;
mod synergies;
mod unified;
mod voting;
mod wrap_up;

use chrono::{DateTime, FixedOffset};

use crate::model::{Model, Notice, NoticeText, Screen, SessionScreen};
use crate::msg::{Action, Effect, Msg};

pub type Now = DateTime<FixedOffset>;

pub use room::matching_steps;

/// The columns of the synergy ratings grid, for the view to draw in the same order.
pub fn synergy_columns() -> [(crate::session::Side, crate::session::synergy::Level); 4] {
    synergies::COLUMNS
}

pub fn update(model: &mut Model, msg: Msg, now: Now) -> Effect {
    if is_user_input(&msg) {
        model.notice = None;
    }
    match msg {
        Msg::Act(Action::ToggleLanguage) => toggle_language(model, now),
        Msg::Act(Action::CycleTheme) => {
            model.display.theme = model.display.theme.next();
            model.notice = Some(Notice {
                text: NoticeText::ThemeChanged,
                is_error: false,
            });
            Effect::SaveSettings(model.display)
        }
        Msg::Act(Action::ToggleBell) => {
            model.display.bell = !model.display.bell;
            tell(&mut model.notice, NoticeText::Bell(model.display.bell));
            Effect::SaveSettings(model.display)
        }
        Msg::Act(Action::ToggleProjector) if model.help.is_none() => {
            model.display.projector = !model.display.projector;
            Effect::None
        }
        // Their editor would put the facilitator's private notes on the projector.
        Msg::Act(Action::EditFacilitatorNotes) if model.display.projector => Effect::None,
        Msg::Act(action) if model.help.is_some() && is_help_action(action) => {
            help_action(model, action)
        }
        Msg::Act(Action::ToggleHelp) => {
            model.help = Some(0);
            Effect::None
        }
        Msg::Resized { rows } => {
            model.rows = rows;
            model.help = model.help.map(|scroll| scroll.min(help_scroll_limit(rows)));
            Effect::None
        }
        Msg::Listed(listings) => {
            if let Screen::Start(start) = &mut model.screen {
                start.listings = listings;
                start.unlisted = None;
                start.selected = start.selected.min(start.listings.len());
            }
            Effect::None
        }
        Msg::ListFailed(why) => {
            if let Screen::Start(start) = &mut model.screen {
                start.listings.clear();
                start.unlisted = Some(why);
                start.selected = 0;
            }
            Effect::None
        }
        Msg::Opened(opened) => {
            model.lang = opened.lang;
            let waiting = opened
                .recovery
                .as_ref()
                .filter(|(_, doc)| opened.read_only && *doc != opened.doc);
            let notice = if opened.created {
                Some(NoticeText::Created(opened.path.clone()))
            } else if let Some((path, _)) = waiting {
                Some(NoticeText::RecoveryWaiting(path.clone()))
            } else {
                opened.migrated_from.map(NoticeText::Migrated)
            };
            let migrated = opened.migrated_from.is_some();
            let mut opened = *opened;
            // The session speaks the language it is shown in (saved with the next change).
            if !opened.read_only {
                opened.doc.language = opened.lang;
            }
            let mut screen = SessionScreen::new(opened);
            if migrated {
                screen.save.changed(now);
            }
            model.notice = notice.map(|text| Notice {
                text,
                is_error: false,
            });
            model.screen = Screen::Session(Box::new(screen));
            Effect::None
        }
        Msg::OpenFailed(error) => {
            model.notice = Some(Notice {
                text: NoticeText::Load(error),
                is_error: true,
            });
            Effect::None
        }
        msg => match &mut model.screen {
            Screen::Start(start) => start::update(start, &mut model.notice, msg),
            Screen::Session(screen) => session::update(screen, &mut model.notice, msg, now),
        },
    }
}

fn is_user_input(msg: &Msg) -> bool {
    matches!(msg, Msg::Act(_) | Msg::Type(_) | Msg::Paste(_))
}

fn toggle_language(model: &mut Model, now: Now) -> Effect {
    model.lang = model.lang.toggled();
    if let Screen::Session(screen) = &mut model.screen
        && !screen.read_only
    {
        screen.doc.language = model.lang;
        screen.save.changed(now);
    }
    Effect::None
}

fn is_help_action(action: Action) -> bool {
    use Action::*;
    matches!(
        action,
        ToggleHelp | Cancel | Up | Down | PreviousStep | NextStep
    )
}

fn help_action(model: &mut Model, action: Action) -> Effect {
    let scroll = model.help.unwrap_or(0);
    let limit = help_scroll_limit(model.rows);
    match action {
        Action::ToggleHelp | Action::Cancel => model.help = None,
        Action::Up => model.help = Some(scroll.saturating_sub(1)),
        Action::Down => model.help = Some(scroll.saturating_add(1).min(limit)),
        Action::PreviousStep => model.help = Some(scroll.saturating_sub(10)),
        Action::NextStep => model.help = Some(scroll.saturating_add(10).min(limit)),
        _ => {}
    }
    Effect::None
}

/// How far the help overlay scrolls on a terminal `rows` high: until its last line
/// is in view, so that Up moves at once after many Downs.
fn help_scroll_limit(rows: u16) -> u16 {
    if rows == 0 {
        return u16::MAX;
    }
    crate::view::help::max_scroll(rows)
}

/// A transient message in the footer.
pub(crate) fn tell(notice: &mut Option<Notice>, text: NoticeText) {
    *notice = Some(Notice {
        text,
        is_error: false,
    });
}

pub(crate) fn warn(notice: &mut Option<Notice>, text: NoticeText) {
    *notice = Some(Notice {
        text,
        is_error: true,
    });
}
