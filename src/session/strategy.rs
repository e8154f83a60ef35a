//! The whole-brain strategy step's content: strategic statements, each tagged with
//! the quadrant of thinking it speaks to, the guiding principle it serves and the
//! side that proposed it.

use serde::{Deserialize, Serialize};

use super::Side;
use super::shared::Shared;
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    /// Shared one by one: changing a statement copies that statement only.
    pub statements: Vec<Shared<Statement>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: u32,
    pub text: String,
    pub quadrant: Quadrant,
    pub principle: Principle,
    pub side: Side,
    /// Participant ids of who said it; two after a merge, none when not recorded.
    pub authors: Vec<u32>,
}

/// The four quadrants of whole-brain thinking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Quadrant {
    /// What: facts and numbers (blue).
    A,
    /// How: process and plan (green).
    B,
    /// Who: people and feelings (red).
    C,
    /// Why: vision and future (yellow).
    D,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [Quadrant::A, Quadrant::B, Quadrant::C, Quadrant::D];

    pub fn letter(self) -> &'static str {
        match self {
            Quadrant::A => "A",
            Quadrant::B => "B",
            Quadrant::C => "C",
            Quadrant::D => "D",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// "what", "how", "who", "why".
    pub fn word(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Quadrant::A => content.quadrant_a,
            Quadrant::B => content.quadrant_b,
            Quadrant::C => content.quadrant_c,
            Quadrant::D => content.quadrant_d,
        }
    }

    /// The question the facilitator asks the room in the walk-around.
    pub fn question(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Quadrant::A => content.quadrant_a_question,
            Quadrant::B => content.quadrant_b_question,
            Quadrant::C => content.quadrant_c_question,
            Quadrant::D => content.quadrant_d_question,
        }
    }

    pub fn next(self) -> Quadrant {
        Quadrant::ALL[(self.index() + 1) % 4]
    }

    pub fn previous(self) -> Quadrant {
        Quadrant::ALL[(self.index() + 3) % 4]
    }
}

/// The six guiding principles of the strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Principle {
    CustomerFirst,
    DigitalFirst,
    DareToTry,
    FlexibleAgile,
    AdvanceTogether,
    RelentlessInnovation,
}

impl Principle {
    pub const ALL: [Principle; 6] = [
        Principle::CustomerFirst,
        Principle::DigitalFirst,
        Principle::DareToTry,
        Principle::FlexibleAgile,
        Principle::AdvanceTogether,
        Principle::RelentlessInnovation,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The principle's own name (客户至上 …), the same in both languages' files.
    pub fn name(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Principle::CustomerFirst => content.principle_1,
            Principle::DigitalFirst => content.principle_2,
            Principle::DareToTry => content.principle_3,
            Principle::FlexibleAgile => content.principle_4,
            Principle::AdvanceTogether => content.principle_5,
            Principle::RelentlessInnovation => content.principle_6,
        }
    }
}

impl Principle {
    /// A short form for narrow lists.
    pub fn short(self, lang: Lang) -> &'static str {
        let content = lang.content();
        match self {
            Principle::CustomerFirst => content.principle_1_short,
            Principle::DigitalFirst => content.principle_2_short,
            Principle::DareToTry => content.principle_3_short,
            Principle::FlexibleAgile => content.principle_4_short,
            Principle::AdvanceTogether => content.principle_5_short,
            Principle::RelentlessInnovation => content.principle_6_short,
        }
    }
}

impl Strategy {
    pub fn next_id(&self) -> u32 {
        self.statements
            .iter()
            .map(|s| s.id)
            .max()
            .map_or(1, |max| max + 1)
    }
}
