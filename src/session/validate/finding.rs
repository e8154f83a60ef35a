//! Where in the file's text a finding of [`super::check`] points the reader.

use crate::load_error::{Position, Problem};
use crate::ron_read;

/// What is wrong, and the text (and which occurrence of it) to point the reader at.
pub struct Finding {
    pub problem: Problem,
    needle: String,
    /// Only appearances of `needle` followed by this count (may be empty).
    then: &'static str,
    section: &'static str,
    occurrence: usize,
}

impl Finding {
    pub(super) fn at(problem: Problem, needle: String, occurrence: usize) -> Finding {
        Finding {
            problem,
            needle,
            then: "",
            section: "",
            occurrence,
        }
    }

    /// Searches only after the line that starts with `section` (where the reference
    /// lives), so that a bare number is not found in an earlier, unrelated place.
    pub(super) fn within(mut self, section: &'static str) -> Finding {
        self.section = section;
        self
    }

    /// Counts only appearances of the needle followed by `then`, e.g. the `id: 3,` of
    /// a note (`text:` follows) rather than of a role.
    pub(super) fn followed_by(mut self, then: &'static str) -> Finding {
        self.then = then;
        self
    }

    /// The `occurrence`th appearance (or the first, when there are fewer), after the
    /// section; a number only where it stands as a value of its own, not inside a
    /// longer number, a date or a text.
    pub fn locate_in(&self, text: &str) -> Option<Position> {
        let start = section_start(text, self.section).unwrap_or(0);
        let region = &text[start..];
        let number = self.needle.chars().all(|c| c.is_ascii_digit());
        let hits: Vec<usize> = region
            .match_indices(self.needle.as_str())
            .map(|(index, _)| index)
            .filter(|index| {
                let after = &region[index + self.needle.len()..];
                let before = &region[..*index];
                after.trim_start().starts_with(self.then)
                    && (!number || (stands_alone(before, after) && !field_value(before)))
            })
            .collect();
        let index = hits
            .get(self.occurrence.saturating_sub(1))
            .or(hits.first())?;
        Some(ron_read::end_position(&text[..start + index]))
    }
}

/// Where a line starts with `section` (after its indent), so that the same words
/// inside a text earlier in the file are not taken for it.
fn section_start(text: &str, section: &str) -> Option<usize> {
    if section.is_empty() {
        return None;
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        if body.starts_with(section) {
            return Some(offset + line.len() - body.len());
        }
        offset += line.len();
    }
    None
}

/// A number right after a colon is a field's own value (an item's `id: 7`, a
/// count, a limit), which a reference never is: references are written inside
/// `Some(…)`, in lists or as a map's keys.
fn field_value(before: &str) -> bool {
    before.trim_end().ends_with(':')
}

/// A number between `before` and `after` is a value of its own when nothing that
/// could continue it touches it and a separator (`,` `)` `]` `}` `:`) follows.
fn stands_alone(before: &str, after: &str) -> bool {
    let touching = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || "_\"'-.+".contains(c));
    let next = after.trim_start().chars().next();
    !touching && next.is_some_and(|c| ",)]}:".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(finding: &Finding, text: &str) -> Option<(usize, usize)> {
        finding.locate_in(text).map(|at| (at.line, at.col))
    }

    #[test]
    fn a_number_is_found_where_it_stands_alone() {
        let text = "(\n    a: \"72%\",\n    b: 2027,\n    c: [7],\n)";
        let finding = Finding::at(Problem::NoSteps, "7".into(), 1);
        assert_eq!(place(&finding, text), Some((4, 9)));
    }

    #[test]
    fn a_reference_is_not_found_in_an_earlier_item_s_own_id() {
        let text =
            "(\n    parking: [(id: 7, owner: None)],\n    actions: [(id: 3, owner: Some(7))],\n)";
        let finding = Finding::at(Problem::NoSteps, "7".into(), 1);
        assert_eq!(place(&finding, text), Some((3, 35)));
    }

    #[test]
    fn a_section_is_a_line_that_starts_with_it() {
        let text = "(\n    a: \"raci: 1\",\n    raci: (1),\n)";
        let finding = Finding::at(Problem::NoSteps, "1".into(), 1).within("raci:");
        assert_eq!(place(&finding, text), Some((3, 12)));
    }
}
