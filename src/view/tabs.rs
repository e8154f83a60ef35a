//! The row of panel names over a step with several panels, the focused one marked,
//! so the room sees where `Tab` goes next.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::canvas::Canvas;
use super::lines::Lines;
use super::split;
use super::text::width;
use super::theme::Theme;
use crate::i18n::Lang;
use crate::model::{Focus, SessionScreen};

pub fn panel_name(focus: Focus, lang: Lang) -> &'static str {
    let ui = lang.ui();
    match focus {
        Focus::Agenda => ui.agenda,
        Focus::Fields => lang.keys().ctx_fields,
        Focus::Participants => lang.keys().ctx_participants,
        Focus::Notes => ui.tab_notes,
        Focus::Stages => ui.tab_stages,
        Focus::Votes => ui.tab_votes,
        Focus::Frictions => ui.tab_frictions,
        Focus::Statements => ui.tab_statements,
        Focus::Coverage => ui.tab_coverage,
        Focus::Unified => ui.tab_unified,
        Focus::Agreements => ui.tab_agreements,
        Focus::Initiatives => ui.tab_initiatives,
        Focus::Voting => ui.tab_voting,
        Focus::Ratings => ui.tab_ratings,
        Focus::People => ui.tab_people,
        Focus::Mechanisms => ui.tab_mechanisms,
        Focus::Matrix => ui.tab_matrix,
        Focus::Roles => ui.tab_roles,
        Focus::Duties => ui.tab_duties,
        Focus::Summary => ui.tab_summary,
        Focus::Decisions => ui.tab_decisions,
        Focus::Actions => ui.tab_actions,
        Focus::Parking => ui.tab_parking,
        Focus::Indicators => ui.tab_indicators,
    }
}

/// Draws the tab row of `screen`'s step at the top of `area` and gives the rest of
/// it. `shown` are the panels on screen (which may differ from the focus when the
/// agenda has it); `focused` the one with the keyboard.
pub fn above(
    frame: &mut Canvas,
    area: Rect,
    screen: &SessionScreen,
    shown: &[Focus],
    focused: Option<Focus>,
    lang: Lang,
    theme: Theme,
) -> Rect {
    let [row, rest] = split::top(area, 1);
    let cells = usize::from(row.width);
    let line = tab_line(screen.panels(), shown, focused, cells, lang, theme);
    frame.render_widget(Lines::new(vec![line]), row);
    rest
}

/// Each name padded and set apart by a space, as room allows: when that is too wide
/// for `cells`, the names are only padded, then only set apart; and when even that
/// is too wide, the row starts after a `…` with as many names before the focused
/// (or else the first shown) one as fit, so that one always shows.
pub fn tab_line(
    panels: &[Focus],
    shown: &[Focus],
    focused: Option<Focus>,
    cells: usize,
    lang: Lang,
    theme: Theme,
) -> Line<'static> {
    let tabs: Vec<Focus> = panels
        .iter()
        .copied()
        .filter(|panel| *panel != Focus::Agenda)
        .collect();
    let names: Vec<&str> = tabs.iter().map(|panel| panel_name(*panel, lang)).collect();
    let span_of = |from: usize, to: usize, (padding, gap): (usize, usize)| {
        let names = names[from..to].iter().map(|name| width(name) + 2 * padding);
        names.sum::<usize>() + (to - from).saturating_sub(1) * gap
    };
    let all = tabs.len();
    let roomy = [(1, 1), (1, 0), (0, 1)];
    let spacing = roomy
        .into_iter()
        .find(|spacing| span_of(0, all, *spacing) <= cells)
        .unwrap_or((0, 1));
    let mut first = 0;
    if span_of(0, all, spacing) > cells {
        let key = tabs
            .iter()
            .position(|panel| Some(*panel) == focused)
            .or_else(|| tabs.iter().position(|panel| shown.contains(panel)))
            .unwrap_or(0);
        let room = cells.saturating_sub(width(ELLIPSIS));
        first = (0..=key)
            .find(|from| span_of(*from, key + 1, spacing) <= room)
            .unwrap_or(key);
    }
    let (padding, gap) = spacing;
    let mut spans = Vec::new();
    if first > 0 {
        spans.push(Span::styled(ELLIPSIS, theme.dim()));
    }
    for (index, panel) in tabs.iter().enumerate().skip(first) {
        if index > first {
            spans.push(Span::raw(" ".repeat(gap)));
        }
        let pad = " ".repeat(padding);
        let style = if Some(*panel) == focused {
            theme.selected(true)
        } else if shown.contains(panel) {
            theme.strong()
        } else {
            theme.dim()
        };
        spans.push(Span::styled(format!("{pad}{}{pad}", names[index]), style));
    }
    Line::from(spans)
}

/// Before the names when the first ones are left out.
const ELLIPSIS: &str = "… ";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Display, panels_of};
    use crate::session::StepKind;

    fn row(cells: usize, focused: Focus) -> String {
        let theme = Theme::new(Display::default());
        let wrap_up = panels_of(StepKind::WrapUp);
        let line = tab_line(wrap_up, &[focused], Some(focused), cells, Lang::En, theme);
        let text: String = line
            .spans
            .iter()
            .map(|span| span.content.as_ref())
            .collect();
        // What the row shows: the line is cut at its end.
        let mut used = 0;
        text.chars()
            .take_while(|c| {
                used += width(&c.to_string());
                used <= cells
            })
            .collect()
    }

    #[test]
    fn the_names_are_set_apart_as_far_as_the_row_allows() {
        let roomy = " Summary   Decisions   Actions   Parking lot   Indicators   Notes ";
        assert_eq!(row(80, Focus::Notes), roomy);
        let padded = " Summary  Decisions  Actions  Parking lot  Indicators  Notes ";
        assert_eq!(row(61, Focus::Notes), padded);
        // The wrap-up's list beside its summary on an 80-column screen.
        let tight = "Summary Decisions Actions Parking lot Indicators Notes";
        assert_eq!(row(58, Focus::Notes), tight);
    }

    #[test]
    fn on_a_narrow_row_the_focused_name_still_shows() {
        assert_eq!(row(30, Focus::Notes), "… Parking lot Indicators Notes");
        assert_eq!(row(30, Focus::Actions), "Summary Decisions Actions Park");
        assert_eq!(row(8, Focus::Indicators), "… Indica");
    }
}
