//! The start screen: make a new session or pick one from the sessions folder.

use super::edit::apply_to_buffer;
use super::warn;
use crate::model::text::TextBuffer;
use crate::model::{Notice, NoticeText, StartScreen};
use crate::msg::{Action, Effect, Msg};

pub fn update(start: &mut StartScreen, notice: &mut Option<Notice>, msg: Msg) -> Effect {
    if let Some(buffer) = &mut start.new_title {
        return match msg {
            Msg::Act(Action::ConfirmEdit) => {
                let title = buffer.text().trim().to_string();
                start.new_title = None;
                Effect::CreateSession { title }
            }
            Msg::Act(Action::CancelEdit) => {
                start.new_title = None;
                Effect::None
            }
            Msg::Act(Action::Quit) => Effect::Quit,
            msg => {
                apply_to_buffer(buffer, &msg);
                Effect::None
            }
        };
    }
    let Msg::Act(action) = msg else {
        return Effect::None;
    };
    match action {
        Action::Up => start.selected = start.selected.saturating_sub(1),
        Action::Down => start.selected = (start.selected + 1).min(start.listings.len()),
        Action::NewSession | Action::AddItem => start.new_title = Some(TextBuffer::new("", false)),
        Action::EditOrConfirm if start.selected == 0 => {
            start.new_title = Some(TextBuffer::new("", false));
        }
        Action::EditOrConfirm => return open_selected(start, notice, false),
        Action::OpenReadOnly if start.selected > 0 => return open_selected(start, notice, true),
        Action::Quit => return Effect::Quit,
        _ => {}
    }
    Effect::None
}

fn open_selected(start: &StartScreen, notice: &mut Option<Notice>, read_only: bool) -> Effect {
    let Some(listing) = start.listings.get(start.selected.wrapping_sub(1)) else {
        return Effect::None;
    };
    match &listing.summary {
        Ok(_) => Effect::OpenSession {
            path: listing.path.clone(),
            read_only,
        },
        Err(error) => {
            warn(notice, NoticeText::Load(error.clone()));
            Effect::None
        }
    }
}
