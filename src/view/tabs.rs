//! The row of panel names over a step with several panels, the focused one marked,
//! so the room sees where `Tab` goes next.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::i18n::Lang;
use crate::model::Focus;

pub fn panel_name(focus: Focus, lang: Lang) -> &'static str {
    let ui = lang.ui();
    match focus {
        Focus::Agenda => ui.agenda,
        Focus::Fields => ui.ctx_fields,
        Focus::Participants => ui.ctx_participants,
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

/// `shown` is the panel on screen (which may differ from the focus when the agenda
/// has it); `focused` whether that panel has the keyboard.
pub fn tab_line(
    panels: &[Focus],
    shown: &[Focus],
    focused: Option<Focus>,
    lang: Lang,
    theme: Theme,
) -> Line<'static> {
    let mut spans = Vec::new();
    for panel in panels.iter().filter(|panel| **panel != Focus::Agenda) {
        let name = format!(" {} ", panel_name(*panel, lang));
        let style = if Some(*panel) == focused {
            theme.selected(true)
        } else if shown.contains(panel) {
            theme.strong()
        } else {
            theme.dim()
        };
        spans.push(Span::styled(name, style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}
