//! The whole-brain strategy step in the report: the quadrant grid, every principle
//! and side with its count (silent ones too), the coverage warnings, and every
//! statement with its tags and speakers.

use super::Cx;
use crate::export::document::{Block, QuadrantCell, QuadrantGrid, Table, Tone};
use crate::i18n::fill;
use crate::session::Side;
use crate::session::coverage::{Coverage, side_index, warnings};
use crate::session::strategy::{Principle, Quadrant};

pub(super) fn blocks(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let coverage = Coverage::of(cx.session);
    let mut blocks = vec![
        Block::Subheading(fill(ui.coverage_heading, &[&coverage.total.to_string()])),
        Block::Quadrants(grid(cx, &coverage)),
    ];
    let mut principles = Table::new(vec![
        docs.export_col_principle.to_string(),
        docs.export_col_statements.to_string(),
    ]);
    principles.centre_from = Some(1);
    for principle in Principle::ALL {
        let count = coverage.by_principle[principle.index()];
        principles.toned_row(
            vec![principle.name(cx.lang).to_string(), count.to_string()],
            if count == 0 { Tone::Muted } else { Tone::Plain },
        );
    }
    let mut sides = Table::new(vec![
        ui.participant_side.to_string(),
        docs.export_col_statements.to_string(),
    ]);
    sides.centre_from = Some(1);
    for side in Side::ALL {
        let count = coverage.by_side[side_index(side)];
        sides.toned_row(
            vec![side.label(cx.lang).to_string(), count.to_string()],
            if count == 0 { Tone::Muted } else { Tone::Plain },
        );
    }
    blocks.push(Block::Table(principles));
    blocks.push(Block::Table(sides));
    let found = warnings(cx.session);
    blocks.push(if found.is_empty() {
        Block::Paragraph(format!("✓ {}", ui.checks_none), Tone::Good)
    } else {
        Block::List(
            found
                .into_iter()
                .map(|w| {
                    (
                        format!("⚠ {}", crate::describe::coverage_warning(w, cx.lang)),
                        Tone::Warning,
                    )
                })
                .collect(),
        )
    });
    blocks.extend(statements(cx));
    blocks
}

pub(super) fn grid(cx: &Cx, coverage: &Coverage) -> QuadrantGrid {
    let ui = cx.ui;
    let docs = cx.docs;
    let cell = |quadrant: Quadrant| {
        let count = coverage.by_quadrant[quadrant.index()];
        QuadrantCell {
            quadrant,
            word: quadrant.word(cx.lang).to_string(),
            colour: match quadrant {
                Quadrant::A => docs.export_blue,
                Quadrant::B => docs.export_green,
                Quadrant::C => docs.export_red,
                Quadrant::D => docs.export_yellow,
            }
            .to_string(),
            count,
            caption: if count == 0 {
                ui.coverage_empty.to_string()
            } else if count == 1 {
                docs.export_one_statement.to_string()
            } else {
                fill(docs.export_statements_count, &[&count.to_string()])
            },
        }
    };
    QuadrantGrid {
        cells: Quadrant::ALL.map(cell),
    }
}

fn statements(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let all = &cx.session.strategy.statements;
    let mut blocks = vec![Block::Subheading(fill(
        ui.statements_heading,
        &[&all.len().to_string()],
    ))];
    if all.is_empty() {
        blocks.push(cx.muted(cx.none()));
        return blocks;
    }
    let mut table = Table::new(vec![
        docs.export_col_number.to_string(),
        docs.export_col_statement.to_string(),
        docs.export_col_quadrant.to_string(),
        docs.export_col_principle.to_string(),
        ui.participant_side.to_string(),
        docs.export_col_speakers.to_string(),
    ]);
    for statement in all {
        let speakers = if statement.authors.is_empty() {
            ui.no_speaker.to_string()
        } else {
            cx.people(statement.authors.iter().copied())
        };
        table.row(vec![
            statement.id.to_string(),
            statement.text.clone(),
            format!(
                "{} {}",
                statement.quadrant.letter(),
                statement.quadrant.word(cx.lang)
            ),
            statement.principle.name(cx.lang).to_string(),
            statement.side.label(cx.lang).to_string(),
            speakers,
        ]);
    }
    blocks.push(Block::Table(table));
    blocks
}
