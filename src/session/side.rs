//! The sides of the house a participant speaks for, named in both languages.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Which side of the house a participant speaks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord, Hash)]
pub enum Side {
    Business,
    Technology,
    Data,
    Planning,
    Management,
}

impl Side {
    pub const ALL: [Side; 5] = [
        Side::Business,
        Side::Technology,
        Side::Data,
        Side::Planning,
        Side::Management,
    ];

    pub fn next(self) -> Side {
        let index = Side::ALL.iter().position(|side| *side == self).unwrap_or(0);
        Side::ALL[(index + 1) % Side::ALL.len()]
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let ui = lang.ui();
        match self {
            Side::Business => ui.side_business,
            Side::Technology => ui.side_technology,
            Side::Data => ui.side_data,
            Side::Planning => ui.side_planning,
            Side::Management => ui.side_management,
        }
    }

    /// A short form for narrow lists.
    pub fn short(self, lang: Lang) -> &'static str {
        let ui = lang.ui();
        match self {
            Side::Business => ui.side_business_short,
            Side::Technology => ui.side_technology_short,
            Side::Data => ui.side_data_short,
            Side::Planning => ui.side_planning_short,
            Side::Management => ui.side_management_short,
        }
    }

    /// Reads a side written in either language (as pasted from a spreadsheet), in
    /// full or short, with or without a word for "side" or "department" after it
    /// (`业务方`, `技术部`, `data dept`); `IT` is the technology side.
    pub fn parse(text: &str) -> Option<Side> {
        let wanted = text.trim().to_lowercase();
        if wanted == "it" {
            return Some(Side::Technology);
        }
        let suffixes = ["方", "部门", "部", " side", " department", " dept"];
        let bare = suffixes
            .iter()
            .find_map(|suffix| wanted.strip_suffix(suffix))
            .unwrap_or(&wanted)
            .trim();
        Side::ALL.into_iter().find(|side| {
            [Lang::Zh, Lang::En].iter().any(|lang| {
                [side.label(*lang), side.short(*lang)]
                    .iter()
                    .any(|name| name.to_lowercase() == bare)
            })
        })
    }
}
