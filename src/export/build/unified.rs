//! The five unified step in the report: the five items with status, owner and
//! agreements; every initiative with its dot total (initiatives without dots too),
//! ranked by dots. Totals hidden in the room are shown here, and the report says so:
//! it is read after the meeting.

use super::Cx;
use crate::export::document::{Block, Table, Tone};
use crate::i18n::fill;
use crate::session::Side;
use crate::session::unified::{AgreementStatus, Initiative, Owner};

pub(super) fn blocks(cx: &Cx) -> Vec<Block> {
    let mut blocks = items(cx);
    blocks.extend(initiatives(cx));
    blocks
}

fn items(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let items = &cx.session.unified;
    let agreed = items
        .iter()
        .filter(|item| item.status == AgreementStatus::Agreed)
        .count();
    let disputed = items
        .iter()
        .filter(|item| item.status == AgreementStatus::Disputed)
        .count();
    let mut progress = fill(ui.unified_progress, &[&agreed.to_string()]);
    if disputed > 0 {
        progress = format!(
            "{progress} · ⚠ {}",
            fill(ui.unified_disputed, &[&disputed.to_string()])
        );
    }
    let mut table = Table::new(vec![
        docs.export_col_item.to_string(),
        docs.export_col_status.to_string(),
        docs.export_col_owner.to_string(),
        docs.export_col_agreements.to_string(),
        ui.editing_unified_notes.to_string(),
    ]);
    for item in items {
        let agreements: Vec<&str> = item.agreements.iter().map(|a| a.text.as_str()).collect();
        let tone = match item.status {
            AgreementStatus::Agreed => Tone::Good,
            AgreementStatus::Partly => Tone::Plain,
            AgreementStatus::Open => Tone::Muted,
            AgreementStatus::Disputed => Tone::Error,
        };
        table.toned_row(
            vec![
                format!("{} {}", item.kind.circled(), item.kind.name(cx.lang)),
                item.status.label(cx.lang).to_string(),
                owner(cx, item.owner),
                cx.or_none(&agreements.join("\n")),
                item.notes.clone(),
            ],
            tone,
        );
    }
    vec![
        Block::Paragraph(
            progress,
            if disputed > 0 {
                Tone::Warning
            } else {
                Tone::Plain
            },
        ),
        Block::Table(table),
    ]
}

fn initiatives(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let session = cx.session;
    let voting = &session.voting;
    let mut blocks = vec![Block::Subheading(fill(
        ui.initiatives_heading,
        &[&session.initiatives.len().to_string()],
    ))];
    if session.initiatives.is_empty() {
        blocks.push(cx.muted(cx.none()));
        return blocks;
    }
    let given: u32 = session
        .initiatives
        .iter()
        .map(|initiative| voting.total(initiative.id))
        .sum();
    blocks.push(Block::Paragraph(
        fill(
            docs.export_voting_rules,
            &[
                &voting.dots_per_person.to_string(),
                &voting.cap_per_initiative.to_string(),
                &given.to_string(),
            ],
        ),
        Tone::Plain,
    ));
    // With no dot given there were no totals to hide.
    if voting.hidden && given > 0 {
        blocks.push(Block::Paragraph(
            format!("⚠ {}", docs.export_votes_were_hidden),
            Tone::Warning,
        ));
    }
    let mut ranked: Vec<&Initiative> = session.initiatives.iter().collect();
    ranked.sort_by_key(|initiative| std::cmp::Reverse(voting.total(initiative.id)));
    let mut table = Table::new(vec![
        docs.export_col_rank.to_string(),
        docs.export_col_initiative.to_string(),
        docs.export_col_description.to_string(),
        docs.export_col_priority.to_string(),
        docs.export_col_quarter.to_string(),
        docs.export_col_serves.to_string(),
        docs.export_col_by_side.to_string(),
        docs.export_col_dots.to_string(),
    ]);
    table.centre_from = Some(7);
    let mut rank = 0;
    let mut previous = None;
    for (index, initiative) in ranked.into_iter().enumerate() {
        let total = voting.total(initiative.id);
        if previous != Some(total) {
            rank = index + 1;
            previous = Some(total);
        }
        let serves = cx.join(initiative.serves.iter().map(|id| id.to_string()));
        table.row(vec![
            rank.to_string(),
            initiative.title.clone(),
            initiative.description.clone(),
            initiative.priority.label(cx.lang).to_string(),
            initiative
                .quarter
                .clone()
                .unwrap_or_else(|| ui.not_set.to_string()),
            cx.or_none(&serves),
            by_side(cx, initiative.id),
            total.to_string(),
        ]);
    }
    blocks.push(Block::Table(table));
    blocks
}

/// "business 3 · technology 1": whose dots an initiative got.
fn by_side(cx: &Cx, initiative: u32) -> String {
    let voting = &cx.session.voting;
    let people = &cx.session.setup.participants;
    let parts: Vec<String> = Side::ALL
        .into_iter()
        .filter_map(|side| {
            let dots: u32 = people
                .iter()
                .filter(|person| person.side == side)
                .map(|person| u32::from(voting.given(person.id, initiative)))
                .sum();
            (dots > 0).then(|| format!("{} {dots}", side.label(cx.lang)))
        })
        .collect();
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(" · ")
    }
}

/// An item's owner: a participant or a role.
fn owner(cx: &Cx, owner: Option<Owner>) -> String {
    match owner {
        None => cx.none(),
        some => crate::describe::owner_name(cx.session, some, cx.lang),
    }
}
