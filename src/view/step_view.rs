//! What every step's view is drawn from: the session screen, the language, the
//! theme, and whether the room sees it on the projector. On the projector the
//! hints at keys, which are for the facilitator alone, are left out; everything
//! the room needs stays.

use super::theme::Theme;
use crate::i18n::Lang;
use crate::model::SessionScreen;

#[derive(Clone, Copy)]
pub struct StepView<'a> {
    pub screen: &'a SessionScreen,
    pub lang: Lang,
    pub theme: Theme,
    /// Projector mode: the room reads the screen.
    pub projector: bool,
}

impl StepView<'_> {
    /// `keys`, a hint at the keys for the facilitator, or nothing on the projector.
    pub fn keys(self, keys: &'static str) -> &'static str {
        if self.projector { "" } else { keys }
    }

    /// `text` followed by its hint at the keys, which the projector leaves out.
    pub fn with_keys(self, text: &str, keys: &'static str) -> String {
        format!("{text}{}", self.keys(keys))
    }
}
