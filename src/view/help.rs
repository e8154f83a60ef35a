//! The `?` overlay: every key of every context, generated from the keymap table, and
//! the labels that the footer hints and dialogs share.

use std::borrow::Cow;
use std::ops::Range;

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::blank::Blank;
use super::lines::Lines;
use super::text::{fit, pad, width};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::keymap::{BINDINGS, Context, bindings_of};
use crate::model::Model;
// The names of keys and actions, which the footer and the dialogs use too.
pub use super::labels::{
    action_label, binding_label, context_label, hint_keys, key_label, keys_label,
};

/// The order sections appear in the overlay.
pub const SECTIONS: [Context; 38] = [
    Context::Always,
    Context::Global,
    Context::Session,
    Context::Agenda,
    Context::Fields,
    Context::Participants,
    Context::Notes,
    Context::Stages,
    Context::Votes,
    Context::Frictions,
    Context::Statements,
    Context::Coverage,
    Context::Walk,
    Context::Unified,
    Context::Agreements,
    Context::Initiatives,
    Context::Voting,
    Context::Ratings,
    Context::People,
    Context::Mechanisms,
    Context::Matrix,
    Context::Roles,
    Context::Duties,
    Context::Summary,
    Context::Decisions,
    Context::Actions,
    Context::Parking,
    Context::Indicators,
    Context::Typing,
    Context::Start,
    Context::Help,
    Context::ChangedOnDisk,
    Context::Recovery,
    Context::QuitUnsaved,
    Context::ConfirmDelete,
    Context::Pick,
    Context::Dashboard,
    Context::CarriedActions,
];

pub fn render(frame: &mut Canvas, area: Rect, model: &Model, scroll: u16, theme: Theme) {
    let lang = model.lang;
    let words = lang.keys();
    let rect = area;
    let inner_height = rect.height.saturating_sub(2);
    let first = usize::from(scroll.min(max_scroll(rect.height)));
    let shown = first..first + usize::from(inner_height);
    // The keys of the panel in use come first; the rest follow in their usual order.
    let lead = crate::keymap::contexts_beneath_help(model)
        .first()
        .copied()
        .filter(|context| {
            !matches!(
                context,
                Context::Always | Context::Global | Context::Session
            )
        });
    let lines = help_rows(
        lang,
        usize::from(rect.width.saturating_sub(2)),
        theme,
        (shown, lead),
    );
    let block = theme
        .block(true)
        .title(Line::styled(
            format!(" {} ", words.help_title),
            theme.heading(),
        ))
        .title_bottom(Line::styled(
            format!(" {} ", words.help_footer),
            theme.dim(),
        ));
    frame.render_widget(Blank, rect);
    frame.render_widget(Lines::new(lines).block(block), rect);
}

/// The overlay's text: a heading per context, then "keys  what they do".
pub fn help_lines(lang: Lang, width: usize, theme: Theme) -> Vec<Line<'static>> {
    help_rows(lang, width, theme, (0..usize::MAX, None))
}

/// How far the overlay, drawn `rows` high, scrolls: until its last line shows.
pub fn max_scroll(rows: u16) -> u16 {
    u16::try_from(help_len())
        .unwrap_or(u16::MAX)
        .saturating_sub(rows.saturating_sub(2))
}

/// How many lines [`help_lines`] has.
fn help_len() -> usize {
    let counts = key_row_counts();
    let keys: usize = BINDINGS
        .iter()
        .zip(counts)
        .filter(|(binding, _)| SECTIONS.contains(&binding.context))
        .map(|(_, count)| count)
        .sum();
    SECTIONS.len() + keys + 1
}

/// How many rows each binding's keys take, in table order (the table never
/// changes, so counted once).
fn key_row_counts() -> &'static [usize] {
    static COUNTS: std::sync::OnceLock<Vec<usize>> = std::sync::OnceLock::new();
    COUNTS.get_or_init(|| {
        BINDINGS
            .iter()
            .map(|binding| key_rows(&keys_label(binding.keys)).len())
            .collect()
    })
}

/// Cells of the keys column.
const KEY_CELLS: usize = 22;

/// A keys label in rows of the keys column, broken between keys where it is too
/// long for one, so that no key is cut.
fn key_rows(label: &str) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    for key in label.split(" / ") {
        match rows.last_mut() {
            Some(row) if width(row) + 3 + width(key) <= KEY_CELLS => {
                row.push_str(" / ");
                row.push_str(key);
            }
            Some(_) => rows.push(format!("/ {key}")),
            None => rows.push(key.to_string()),
        }
    }
    rows
}

/// The lines of [`help_lines`] whose place is in `shown`, with the `lead` section
/// moved to the top; only those are written out, as the overlay shows a screenful
/// of several hundred.
fn help_rows(
    lang: Lang,
    width: usize,
    theme: Theme,
    (shown, lead): (Range<usize>, Option<Context>),
) -> Vec<Line<'static>> {
    let mut rows = Window {
        shown,
        place: 0,
        lines: Vec::new(),
    };
    let order = lead.into_iter().chain(
        SECTIONS
            .into_iter()
            .filter(|context| Some(*context) != lead),
    );
    for context in order {
        rows.add(|| Line::styled(context_label(context, lang).to_string(), theme.heading()));
        let counts = key_row_counts();
        for (index, binding) in BINDINGS.iter().enumerate() {
            if binding.context != context {
                continue;
            }
            // The keys are spelt out only for the rows on screen.
            let count = counts[index];
            if !rows.any_shown(count) {
                rows.place += count;
                continue;
            }
            let keys = key_rows(&keys_label(binding.keys));
            rows.add(|| {
                let label = fit(
                    binding_label(binding, lang),
                    width.saturating_sub(KEY_CELLS + 2),
                    theme.ellipsis(),
                );
                key_line(&pad(&keys[0], KEY_CELLS, theme.ellipsis()), label, theme)
            });
            for more in &keys[1..] {
                rows.add(|| key_line(&pad(more, KEY_CELLS, theme.ellipsis()), "", theme));
            }
        }
        if context == Context::Typing {
            rows.add(|| {
                let keys = pad(lang.keys().key_any_text, KEY_CELLS, theme.ellipsis());
                key_line(&keys, lang.keys().act_type_text, theme)
            });
        }
    }
    rows.lines
}

fn key_line(keys: &str, label: impl Into<Cow<'static, str>>, theme: Theme) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {keys}"), theme.key()),
        Span::raw(label),
    ])
}

/// Lines counted one by one, kept only in `shown`.
struct Window {
    shown: Range<usize>,
    place: usize,
    lines: Vec<Line<'static>>,
}

impl Window {
    /// Whether any of the next `count` lines is shown.
    fn any_shown(&self, count: usize) -> bool {
        self.shown.start < self.place + count && self.place < self.shown.end
    }

    fn add(&mut self, line: impl FnOnce() -> Line<'static>) {
        if self.shown.contains(&self.place) {
            self.lines.push(line());
        }
        self.place += 1;
    }
}

/// The keys as a Markdown table, for the README (a test keeps the two identical).
pub fn markdown_table(lang: Lang) -> String {
    let words = lang.keys();
    let mut out = String::new();
    for context in SECTIONS {
        out.push_str(&format!("\n**{}**\n\n", context_label(context, lang)));
        out.push_str(&format!(
            "| {} | {} |\n|---|---|\n",
            words.col_keys, words.col_action
        ));
        for binding in bindings_of(context) {
            let keys = keys_label(binding.keys).replace('|', "\\|");
            let keys = keys
                .split(" / ")
                .map(|key| format!("`{key}`"))
                .collect::<Vec<_>>()
                .join(" ");
            out.push_str(&format!("| {keys} | {} |\n", binding_label(binding, lang)));
        }
        if context == Context::Typing {
            out.push_str(&format!(
                "| {} | {} |\n",
                words.key_any_text, words.act_type_text
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Display, ThemeName};

    #[test]
    fn a_window_of_the_overlay_is_that_part_of_the_whole() {
        let display = Display {
            color: true,
            ascii_borders: false,
            theme: ThemeName::Dark,
            projector: false,
            bell: false,
        };
        let theme = Theme::new(display);
        for lang in [Lang::Zh, Lang::En] {
            let all = help_lines(lang, 80, theme);
            assert_eq!(help_len(), all.len());
            for first in [0, 1, 57, all.len() - 3, all.len()] {
                for height in [0, 1, 12, 58] {
                    let end = (first + height).min(all.len());
                    let window = help_rows(lang, 80, theme, (first..first + height, None));
                    assert_eq!(window, all[first..end], "{first}, {height} rows");
                }
            }
        }
    }
}
