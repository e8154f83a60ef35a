//! The report's first section: where the session stands (agreed stage, five
//! unified, initiatives, next session, what is still open), both charts at a
//! glance, and the agenda with the time each step took and what it recorded.

use super::{Cx, date, strategy, synergies};
use crate::export::document::{Block, Section, Table, Tone};
use crate::i18n::{Lang, fill};
use crate::session::StepKind;
use crate::session::coverage::Coverage;
use crate::session::summary::{OpenProblem, summarise};
use crate::session::unified::AgreementStatus;

/// Where the session stands, then the agenda with time and what each step recorded.
pub(super) fn overview(cx: &Cx) -> Section {
    let ui = cx.ui;
    let docs = cx.docs;
    let session = cx.session;
    let mut blocks = Vec::new();
    let agreed = session.diagnosis.agreed.map_or_else(
        || ui.not_set.to_string(),
        |stage| format!("{} {}", stage.number(), stage.name(cx.lang)),
    );
    let unified_agreed = session
        .unified
        .iter()
        .filter(|item| item.status == AgreementStatus::Agreed)
        .count();
    let mut facts = Vec::new();
    if session.has_step(StepKind::Diagnose) {
        facts.push((fill(docs.export_agreed_stage, &[&agreed]), Tone::Plain));
    }
    if session.has_step(StepKind::FiveUnified) {
        facts.push((
            fill(
                docs.export_overview_unified,
                &[&fill(ui.unified_progress, &[&unified_agreed.to_string()])],
            ),
            Tone::Plain,
        ));
    }
    facts.push((
        fill(
            docs.export_overview_initiatives,
            &[&session.initiatives.len().to_string()],
        ),
        Tone::Plain,
    ));
    facts.push((
        fill(
            docs.export_next_session,
            &[&session
                .wrap_up
                .next_session
                .map_or_else(|| ui.not_set.to_string(), date)],
        ),
        Tone::Plain,
    ));
    blocks.push(Block::List(facts));
    let summary = summarise(session, cx.today);
    if summary.open.is_empty() {
        blocks.push(Block::Paragraph(
            format!("✓ {}", ui.summary_all_clear),
            Tone::Good,
        ));
    } else {
        blocks.push(Block::Subheading(ui.summary_open.to_string()));
        blocks.push(Block::List(
            summary
                .open
                .iter()
                .map(|problem| open_problem(*problem, cx.lang))
                .collect(),
        ));
    }
    blocks.push(Block::Glance(
        strategy::grid(cx, &Coverage::of(session)),
        synergies::chart(cx),
    ));
    blocks.push(Block::Subheading(ui.agenda.to_string()));
    let mut table = Table::new(vec![
        docs.export_col_number.to_string(),
        docs.export_col_step.to_string(),
        docs.export_col_done.to_string(),
        docs.export_col_minutes.to_string(),
        docs.export_col_spent.to_string(),
        docs.export_col_recorded.to_string(),
    ]);
    table.centre_from = Some(2);
    for (index, step) in session.steps.iter().enumerate() {
        let time = session.room.time(&step.id);
        let planned = step.minutes + time.extra_minutes;
        let spent = if time.spent_seconds == 0 {
            "—".to_string()
        } else {
            fill(
                docs.export_minutes,
                &[&time.spent_seconds.div_ceil(60).to_string()],
            )
        };
        table.row(vec![
            (index + 1).to_string(),
            step.title.get(cx.lang).to_string(),
            if step.done { "✓" } else { "" }.to_string(),
            fill(docs.export_minutes, &[&planned.to_string()]),
            spent,
            summary.per_step[index].to_string(),
        ]);
    }
    blocks.push(Block::Table(table));
    Section {
        anchor: "overview".to_string(),
        heading: docs.export_overview.to_string(),
        blocks,
    }
}

fn open_problem(problem: OpenProblem, lang: Lang) -> (String, Tone) {
    match crate::describe::open_problem(problem, lang) {
        (true, text) => (format!("✗ {text}"), Tone::Error),
        (false, text) => (format!("⚠ {text}"), Tone::Warning),
    }
}
