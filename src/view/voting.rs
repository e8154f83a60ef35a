//! The dot vote: whose turn it is and how many dots they have left, then each
//! initiative with that person's dots and, once revealed, the totals split by side
//! in each side's colour; under them the selected title whole, where its row
//! had to cut it.

use super::canvas::Canvas;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::lines::Lines;
use super::list_panel::{below, cut};
use super::step_view::StepView;
use super::text::{fit, width, wrap_list};
use super::theme::Theme;
use crate::i18n::{Lang, fill};
use crate::model::SessionScreen;
use crate::session::Side;

pub fn render(frame: &mut Canvas, area: Rect, view: StepView, has_keys: bool) {
    let StepView {
        screen,
        lang,
        theme,
        ..
    } = view;
    let ui = lang.ui();
    let doc = &screen.doc;
    let voting = &doc.voting;
    let cells = usize::from(area.width);
    let state = if voting.hidden {
        view.with_keys(ui.votes_hidden, ui.votes_hidden_keys)
    } else {
        ui.votes_revealed.to_string()
    };
    let heading = fill(
        ui.voting_heading,
        &[
            &voting.dots_per_person.to_string(),
            &voting.cap_per_initiative.to_string(),
            &state,
        ],
    );
    // Whether the totals are hidden from the room ends the heading: it wraps rather
    // than being cut off, a part at a time where that costs no row.
    let parts: Vec<String> = heading.split(" · ").map(str::to_string).collect();
    let mut lines: Vec<Line> = wrap_list(&parts, " · ", cells, 0)
        .into_iter()
        .map(|line| Line::styled(line, theme.heading()))
        .collect();
    let voter = doc.setup.participants.get(screen.dot_voter);
    let voter_line = match voter {
        Some(person) => fill(
            ui.voting_voter,
            &[
                &person.name,
                person.side.label(lang),
                &voting.used_by(person.id).to_string(),
                &voting.dots_per_person.to_string(),
            ],
        ),
        None => ui.votes_need_people.to_string(),
    };
    lines.push(Line::styled(
        fit(&voter_line, cells, theme.ellipsis()),
        theme.strong(),
    ));
    if doc.initiatives.is_empty() {
        lines.push(Line::styled(
            fit(ui.voting_no_initiatives, cells, theme.ellipsis()),
            theme.dim(),
        ));
        frame.render_widget(Lines::new(lines), area);
        return;
    }
    let rows = screen.vote_rows();
    let selected = screen.vote_row.min(rows.len() - 1);
    let dots_cells = usize::from(voting.cap_per_initiative) + 1;
    let tally_cells = if voting.hidden { 3 } else { (cells / 3).max(8) };
    let title_cells = cells
        .saturating_sub(2 + dots_cells + tally_cells + 1)
        .max(4);
    let rank = |position: usize| {
        if screen.ranking && !voting.hidden {
            format!("{}. ", position + 1)
        } else {
            String::new()
        }
    };
    // The selected title, where its row cuts it, reads whole under the list: in
    // the rows the list leaves free, else in a third of those it has.
    let left = usize::from(area.height).saturating_sub(lines.len());
    let free = if rows.len() + 2 <= left {
        left - rows.len()
    } else {
        left / 3
    };
    let title = &doc.initiatives[rows[selected]].title;
    let whole = (has_keys && free >= 2)
        .then(|| cut(&format!("{}{title}", rank(selected)), title_cells))
        .flatten()
        .map(|_| title.clone());
    let under = below(whole, None, (cells, free), theme);
    let room = left.saturating_sub(under.len()).max(1);
    let first = (selected + 1).saturating_sub(room);
    for (position, index) in rows.iter().enumerate().skip(first).take(room) {
        let initiative = &doc.initiatives[*index];
        let cursor = has_keys && position == selected;
        let marker = if cursor { theme.current_mark() } else { " " };
        let mine = voter.map_or(0, |p| voting.given(p.id, initiative.id));
        let title = fit(
            &format!("{}{}", rank(position), initiative.title),
            title_cells,
            theme.ellipsis(),
        );
        let padding = " ".repeat(title_cells.saturating_sub(width(&title)));
        let style = if cursor {
            theme.selected(true)
        } else {
            Style::new()
        };
        let mut spans = vec![
            Span::raw(format!("{marker} ")),
            Span::styled(title, style),
            Span::raw(padding),
            Span::styled(
                format!(
                    " {:<width$}",
                    theme.dot().repeat(usize::from(mine)),
                    width = dots_cells
                ),
                theme.key(),
            ),
        ];
        if voting.hidden {
            spans.push(Span::styled("?", theme.dim()));
        } else {
            spans.extend(tally(screen, initiative.id, lang, theme));
        }
        lines.push(Line::from(spans));
    }
    lines.extend(under);
    frame.render_widget(Lines::new(lines), area);
}

/// The total, then dots per side in the side's colour (with its name when there is
/// no colour to tell them apart).
fn tally(screen: &SessionScreen, initiative: u32, lang: Lang, theme: Theme) -> Vec<Span<'static>> {
    let voting = &screen.doc.voting;
    let mut spans = vec![Span::styled(
        format!("{:>3} ", voting.total(initiative)),
        theme.strong(),
    )];
    for side in Side::ALL {
        let count: u32 = screen
            .doc
            .setup
            .participants
            .iter()
            .filter(|person| person.side == side)
            .map(|person| u32::from(voting.given(person.id, initiative)))
            .sum();
        if count > 0 {
            let text = if theme.has_colour() {
                theme.dot().repeat(count as usize)
            } else {
                format!("{}{count} ", side.short(lang))
            };
            spans.push(Span::styled(text, theme.side(side)));
        }
    }
    spans
}
