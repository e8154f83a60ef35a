//! The four synergies step in the report: the chart (business today, technology
//! today, target; gaps of 2 or more flagged), the full table of ratings, individual
//! ratings, and the mechanisms with the initiatives that carry them (and the kind
//! of those not named after it).

use super::Cx;
use crate::export::document::{Block, SynergyBars, SynergyChart, Table, Tone};
use crate::i18n::fill;
use crate::session::Side;
use crate::session::synergy::{GAP, Synergy};

pub(super) fn blocks(cx: &Cx) -> Vec<Block> {
    let mut blocks = vec![Block::Synergies(chart(cx)), ratings(cx)];
    if uses_means(cx) {
        blocks.push(cx.muted(cx.docs.export_from_people));
    }
    blocks.extend(people(cx));
    blocks.extend(mechanisms(cx));
    blocks
}

/// The target the chart draws: the two sides' targets averaged, rounded up (as on
/// the screen), or the one side's that exists.
fn target(synergy: &Synergy, cx: &Cx) -> Option<u8> {
    let people = &cx.session.setup.participants;
    let business = synergy.view(Side::Business, people).target;
    let technology = synergy.view(Side::Technology, people).target;
    match (business, technology) {
        (Some(b), Some(t)) => Some((b + t).div_ceil(2)),
        (b, t) => b.or(t),
    }
}

fn flag(synergy: &Synergy, cx: &Cx) -> Option<String> {
    let gap = synergy.gap(&cx.session.setup.participants)?;
    (gap >= GAP).then(|| fill(cx.docs.export_gap, &[&gap.to_string()]))
}

pub(super) fn chart(cx: &Cx) -> SynergyChart {
    let ui = cx.ui;
    let people = &cx.session.setup.participants;
    SynergyChart {
        legend: [
            ui.bar_business_today.to_string(),
            ui.bar_technology_today.to_string(),
            ui.bar_target.to_string(),
        ],
        rows: cx
            .session
            .synergies
            .iter()
            .map(|synergy| SynergyBars {
                name: synergy.kind.short(cx.lang).to_string(),
                business: synergy.view(Side::Business, people).today,
                technology: synergy.view(Side::Technology, people).today,
                target: target(synergy, cx),
                flag: flag(synergy, cx),
            })
            .collect(),
    }
}

/// Whether any number shown is a mean of individual ratings.
fn uses_means(cx: &Cx) -> bool {
    let people = &cx.session.setup.participants;
    cx.session.synergies.iter().any(|synergy| {
        [Side::Business, Side::Technology].into_iter().any(|side| {
            let own = synergy.side_rating(side);
            let view = synergy.view(side, people);
            (own.today.is_none() && view.today.is_some())
                || (own.target.is_none() && view.target.is_some())
        })
    })
}

fn ratings(cx: &Cx) -> Block {
    let ui = cx.ui;
    let docs = cx.docs;
    let people = &cx.session.setup.participants;
    let level = |side: &str, level: &str| format!("{side} {level}");
    let mut table = Table::new(vec![
        docs.export_col_synergy.to_string(),
        level(Side::Business.label(cx.lang), ui.level_today),
        level(Side::Business.label(cx.lang), ui.level_target),
        level(Side::Technology.label(cx.lang), ui.level_today),
        level(Side::Technology.label(cx.lang), ui.level_target),
        docs.export_col_gap.to_string(),
    ]);
    table.centre_from = Some(1);
    for synergy in &cx.session.synergies {
        let mut cells = vec![synergy.kind.name(cx.lang).to_string()];
        for side in [Side::Business, Side::Technology] {
            let own = synergy.side_rating(side);
            let view = synergy.view(side, people);
            for (own, shown) in [(own.today, view.today), (own.target, view.target)] {
                let mark = if own.is_none() && shown.is_some() {
                    "*"
                } else {
                    ""
                };
                cells.push(format!("{}{mark}", value(shown)));
            }
        }
        let gap = synergy.gap(people);
        let flagged = gap.is_some_and(|gap| gap >= GAP);
        cells.push(match gap {
            Some(gap) if flagged => format!("⚠ {gap}"),
            Some(gap) => gap.to_string(),
            None => "—".to_string(),
        });
        table.toned_row(cells, if flagged { Tone::Warning } else { Tone::Plain });
    }
    Block::Table(table)
}

fn value(value: Option<u8>) -> String {
    value.map_or_else(|| "—".to_string(), |v| v.to_string())
}

/// Individual ratings, one row per person who rated anything.
fn people(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let synergies = &cx.session.synergies;
    let raters: Vec<_> = cx
        .session
        .setup
        .participants
        .iter()
        .filter(|person| synergies.iter().any(|s| s.people.contains_key(&person.id)))
        .collect();
    if raters.is_empty() {
        return Vec::new();
    }
    let mut header = vec![
        ui.participant_name.to_string(),
        ui.participant_side.to_string(),
    ];
    header.extend(synergies.iter().map(|s| s.kind.short(cx.lang).to_string()));
    let mut table = Table::new(header);
    table.centre_from = Some(2);
    for person in raters {
        let mut cells = vec![person.name.clone(), person.side.label(cx.lang).to_string()];
        cells.extend(synergies.iter().map(|synergy| {
            synergy.people.get(&person.id).map_or_else(
                || "—".to_string(),
                |rating| format!("{} / {}", value(rating.today), value(rating.target)),
            )
        }));
        table.row(cells);
    }
    vec![
        Block::Subheading(docs.export_people_heading.to_string()),
        Block::Table(table),
    ]
}

fn mechanisms(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let mut blocks = vec![Block::Subheading(
        docs.export_mechanisms_heading.to_string(),
    )];
    let mut table = Table::new(vec![
        docs.export_col_synergy.to_string(),
        ui.editing_mechanism.to_string(),
        docs.export_col_kind.to_string(),
        docs.export_col_initiative.to_string(),
    ]);
    for synergy in &cx.session.synergies {
        for mechanism in &synergy.mechanisms {
            // A proposed mechanism is added under its own name: its kind then says
            // nothing more, as on the screen, which shows the text alone.
            let kind = mechanism.kind.name(cx.lang);
            let kind = if mechanism.text.trim() == kind {
                ""
            } else {
                kind
            };
            table.row(vec![
                synergy.kind.name(cx.lang).to_string(),
                cx.or_none(&mechanism.text),
                kind.to_string(),
                mechanism
                    .initiative
                    .map_or_else(|| cx.none(), |id| cx.initiative(id)),
            ]);
        }
    }
    if table.rows.is_empty() {
        blocks.push(cx.muted(cx.none()));
    } else {
        blocks.push(Block::Table(table));
    }
    blocks
}
