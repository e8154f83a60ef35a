//! The wrap-up step in the report: the next session, decisions with what they are
//! about, actions with owners, dates and status (overdue ones marked against the
//! day of the export), the parking lot, and the indicators with their units. Each
//! decision, action and parked item goes by its id, the `#4` that `yeji diff`
//! names it by, so that a change read there can be found here.

use super::{Cx, date};
use crate::describe::with_unit;
use crate::export::document::{Block, Table, Tone};
use crate::i18n::{Lang, fill};
use crate::session::wrap_up::Link;

pub(super) fn blocks(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let next = cx
        .session
        .wrap_up
        .next_session
        .map_or_else(|| ui.not_set.to_string(), date);
    let mut blocks = vec![Block::Paragraph(
        fill(docs.export_next_session, &[&next]),
        Tone::Plain,
    )];
    blocks.extend(decisions(cx));
    blocks.extend(actions(cx));
    blocks.extend(parking(cx));
    blocks.extend(indicators(cx));
    blocks
}

/// A subheading, then the table or, when it has no rows, "none".
fn titled(cx: &Cx, heading: &str, table: Table) -> Vec<Block> {
    let body = if table.rows.is_empty() {
        cx.muted(cx.none())
    } else {
        Block::Table(table)
    };
    vec![Block::Subheading(heading.to_string()), body]
}

fn owner(cx: &Cx, owner: Option<u32>) -> String {
    owner.map_or_else(|| cx.ui.no_owner.to_string(), |id| cx.person(id))
}

fn decisions(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let mut table = Table::new(vec![
        docs.export_col_number.to_string(),
        docs.export_col_decision.to_string(),
        docs.export_col_link.to_string(),
    ]);
    for decision in cx.session.wrap_up.decisions.iter() {
        let link = match &decision.link {
            Some(Link::Step(id)) => cx.step_title(id),
            Some(Link::Initiative(id)) => cx.initiative(*id),
            None => cx.none(),
        };
        table.row(vec![decision.id.to_string(), decision.text.clone(), link]);
    }
    titled(cx, ui.tab_decisions, table)
}

fn actions(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let mut table = Table::new(vec![
        docs.export_col_number.to_string(),
        docs.export_col_action.to_string(),
        docs.export_col_owner.to_string(),
        docs.export_col_due.to_string(),
        docs.export_col_status.to_string(),
        docs.export_col_initiative.to_string(),
    ]);
    for action in cx.session.wrap_up.actions.iter() {
        let open = !action.status.is_finished();
        let overdue = action.is_overdue(cx.today);
        let due = match action.due {
            Some(due) if overdue => match cx.lang {
                Lang::Zh => format!("✗ {}（{}）", date(due), docs.export_overdue),
                Lang::En => format!("✗ {} ({})", date(due), docs.export_overdue),
            },
            Some(due) => date(due),
            None => ui.no_due.to_string(),
        };
        let tone = if overdue {
            Tone::Error
        } else if open && (action.owner.is_none() || action.due.is_none()) {
            Tone::Warning
        } else if open {
            Tone::Plain
        } else {
            Tone::Muted
        };
        table.toned_row(
            vec![
                action.id.to_string(),
                action.text.clone(),
                owner(cx, action.owner),
                due,
                action.status.label(cx.lang).to_string(),
                action
                    .initiative
                    .map_or_else(|| cx.none(), |id| cx.initiative(id)),
            ],
            tone,
        );
    }
    titled(cx, ui.tab_actions, table)
}

fn parking(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let mut table = Table::new(vec![
        docs.export_col_number.to_string(),
        docs.export_col_item.to_string(),
        docs.export_col_raised_in.to_string(),
        docs.export_col_owner.to_string(),
        docs.export_col_due.to_string(),
        docs.export_col_status.to_string(),
    ]);
    for item in cx.session.wrap_up.parking.iter() {
        table.toned_row(
            vec![
                item.id.to_string(),
                item.text.clone(),
                cx.step_title(&item.raised_in),
                owner(cx, item.owner),
                item.due.map_or_else(|| ui.no_due.to_string(), date),
                if item.closed {
                    docs.export_closed
                } else {
                    docs.export_open
                }
                .to_string(),
            ],
            if item.closed {
                Tone::Muted
            } else {
                Tone::Plain
            },
        );
    }
    titled(cx, ui.tab_parking, table)
}

fn indicators(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let mut table = Table::new(vec![
        docs.export_col_indicator.to_string(),
        docs.export_col_kind.to_string(),
        ui.editing_baseline.to_string(),
        ui.editing_target_value.to_string(),
        docs.export_col_owner.to_string(),
    ]);
    // Values with their units, written as the Indicators tab writes them.
    for indicator in &cx.session.wrap_up.indicators {
        table.row(vec![
            indicator.name.clone(),
            indicator.kind.label(cx.lang).to_string(),
            with_unit(&indicator.baseline, &indicator.unit),
            with_unit(&indicator.target, &indicator.unit),
            owner(cx, indicator.owner),
        ]);
    }
    titled(cx, ui.tab_indicators, table)
}
