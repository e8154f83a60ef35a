//! The Diagnose step in the report: every stage with who picked it (stages nobody
//! picked too), the agreed stage, and every friction with what the room concluded.

use super::Cx;
use crate::export::document::{Block, Table, Tone};
use crate::i18n::fill;
use crate::session::diagnosis::{Friction, Presence, Stage};

pub(super) fn blocks(cx: &Cx) -> Vec<Block> {
    let mut blocks = stages(cx);
    blocks.extend(frictions(cx));
    blocks
}

fn stages(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let diagnosis = &cx.session.diagnosis;
    let mut table = Table::new(vec![
        docs.export_col_number.to_string(),
        docs.export_col_stage.to_string(),
        docs.export_col_who.to_string(),
        docs.export_col_picks.to_string(),
        ui.agreed_mark.to_string(),
    ]);
    table.centre_from = Some(3);
    let tally = diagnosis.tally();
    for stage in Stage::ALL {
        let who = diagnosis
            .votes
            .iter()
            .filter(|(_, pick)| **pick == stage)
            .map(|(id, _)| *id);
        let agreed = diagnosis.agreed == Some(stage);
        table.toned_row(
            vec![
                stage.number().to_string(),
                stage.name(cx.lang).to_string(),
                cx.people(who),
                tally[stage.number() - 1].to_string(),
                if agreed { "★" } else { "" }.to_string(),
            ],
            if agreed { Tone::Good } else { Tone::Plain },
        );
    }
    let mut blocks = vec![
        Block::Subheading(ui.tab_stages.to_string()),
        Block::Table(table),
    ];
    let picks = diagnosis.votes.len();
    let spread = tally.iter().filter(|count| **count > 0).count();
    blocks.push(match picks {
        0 => cx.muted(docs.export_no_picks),
        _ if diagnosis.is_split() => Block::Paragraph(
            format!(
                "⚠ {}",
                fill(ui.picks_split, &[&picks.to_string(), &spread.to_string()])
            ),
            Tone::Warning,
        ),
        _ => Block::Paragraph(fill(ui.picks_agree, &[&picks.to_string()]), Tone::Good),
    });
    let silent: Vec<u32> = cx
        .session
        .setup
        .participants
        .iter()
        .filter(|person| !diagnosis.votes.contains_key(&person.id))
        .map(|person| person.id)
        .collect();
    if picks > 0 && !silent.is_empty() {
        blocks.push(cx.muted(fill(docs.export_no_pick, &[&cx.people(silent)])));
    }
    blocks.push(match diagnosis.agreed {
        Some(stage) => Block::Paragraph(
            format!(
                "★ {}\n{}",
                fill(
                    docs.export_agreed_stage,
                    &[&format!("{} {}", stage.number(), stage.name(cx.lang))]
                ),
                stage.explanation(cx.lang)
            ),
            Tone::Good,
        ),
        None => Block::Paragraph(format!("⚠ {}", ui.open_no_stage), Tone::Warning),
    });
    blocks
}

fn frictions(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let diagnosis = &cx.session.diagnosis;
    let mut table = Table::new(vec![
        docs.export_col_friction.to_string(),
        docs.export_col_typical.to_string(),
        docs.export_col_concluded.to_string(),
    ]);
    for friction in Friction::ALL {
        let typical = match friction.stage() {
            None => docs.export_general.to_string(),
            Some(stage) => {
                let star = if diagnosis.agreed == Some(stage) {
                    "★ "
                } else {
                    ""
                };
                format!("{star}{} {}", stage.number(), stage.name(cx.lang))
            }
        };
        let presence = diagnosis.frictions.get(&friction).copied();
        let tone = match presence {
            Some(Presence::Present) => Tone::Warning,
            Some(Presence::Absent) => Tone::Plain,
            Some(Presence::Unsure) | None => Tone::Muted,
        };
        table.toned_row(
            vec![
                friction.name(cx.lang).to_string(),
                typical,
                presence
                    .map_or(docs.export_not_discussed, |p| p.label(cx.lang))
                    .to_string(),
            ],
            tone,
        );
    }
    vec![
        Block::Subheading(ui.tab_frictions.to_string()),
        Block::Table(table),
    ]
}
