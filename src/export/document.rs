//! The report as plain data: sections of headings, paragraphs, lists, tables and
//! two charts. `build` decides what the report says once; `markdown` and `html`
//! only decide how it looks, so the two formats can never tell different stories.
//!
//! Every string here is the text a reader sees, unescaped: each renderer escapes it
//! for its own format.

use crate::session::strategy::Quadrant;

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The session's title (or "untitled"), the report's one top heading.
    pub title: String,
    /// `zh` or `en`, for the HTML `lang` attribute.
    pub lang_code: &'static str,
    /// Facts under the title: label and value.
    pub facts: Vec<(String, String)>,
    /// What stands between a label and its value: `：` or `: `.
    pub colon: &'static str,
    pub sections: Vec<Section>,
}

/// One part of the report; printed, each starts on a new page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// A stable anchor (`step-diagnose`, `overview`).
    pub anchor: String,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Subheading(String),
    Paragraph(String, Tone),
    /// The question the step put to the room.
    Prompt(String),
    List(Vec<(String, Tone)>),
    Table(Table),
    Quadrants(QuadrantGrid),
    Synergies(SynergyChart),
    /// Both charts side by side at the top of the report, for the reader who looks
    /// before reading. They appear again in their own sections, so the text formats
    /// leave this out.
    Glance(QuadrantGrid, SynergyChart),
}

/// How a line or row should stand out. Markdown shows the marks in the text
/// itself; HTML also colours them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Plain,
    Good,
    Warning,
    Error,
    /// Secondary text: legends, empty states.
    Muted,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    /// Columns from this index on hold short values (numbers, letters) and are
    /// centred in HTML.
    pub centre_from: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<String>,
    pub tone: Tone,
}

impl Table {
    pub fn new(header: Vec<String>) -> Table {
        Table {
            header,
            ..Table::default()
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(Row {
            cells,
            tone: Tone::Plain,
        });
    }

    pub fn toned_row(&mut self, cells: Vec<String>, tone: Tone) {
        self.rows.push(Row { cells, tone });
    }
}

/// The four quadrants of the strategy step, drawn 2×2 (A and D above, B and C
/// below, as the thinking model places them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuadrantGrid {
    /// A, B, C, D in that order.
    pub cells: [QuadrantCell; 4],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuadrantCell {
    pub quadrant: Quadrant,
    /// "what", "how", "who", "why" in the report's language.
    pub word: String,
    /// "blue", "green", "red", "yellow", for readers without colour.
    pub colour: String,
    pub count: usize,
    /// "3 statements" or "empty".
    pub caption: String,
}

/// Business today, technology today and the target for each synergy, 1 to 5.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynergyChart {
    /// Legend labels: business today, technology today, target.
    pub legend: [String; 3],
    pub rows: Vec<SynergyBars>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynergyBars {
    pub name: String,
    pub business: Option<u8>,
    pub technology: Option<u8>,
    pub target: Option<u8>,
    /// Set (with its text) when the two sides differ by 2 or more today.
    pub flag: Option<String>,
}
