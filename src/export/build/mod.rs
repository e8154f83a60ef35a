//! From a session to a [`Document`]: what the report says, in agenda order.
//!
//! One file per step, as in `update` and `view`. Each step of the session becomes a
//! section with its prompt, its own content (the first time its kind appears) and its
//! notes. Content whose step the agenda lacks (a parking lot filled on a custom
//! agenda without a wrap-up, say) still gets a section, so nothing recorded is lost.

mod diagnose;
mod overview;
mod raci;
mod strategy;
mod synergies;
mod unified;
mod wrap_up;

use chrono::NaiveDate;

use super::document::{Block, Document, Section, Table, Tone};
use crate::i18n::{Documents, Lang, Ui, fill};
use crate::session::{Session, Step, StepKind};
use crate::template::Template;

/// What every part of the builder needs: the session, the language, the day.
pub(super) struct Cx<'a> {
    pub session: &'a Session,
    pub lang: Lang,
    pub ui: &'static Ui,
    pub docs: &'static Documents,
    pub today: NaiveDate,
}

impl Cx<'_> {
    pub fn person(&self, id: u32) -> String {
        self.session
            .participant(id)
            .map_or_else(|| format!("#{id}"), |p| p.name.clone())
    }

    pub fn people(&self, ids: impl IntoIterator<Item = u32>) -> String {
        self.join(ids.into_iter().map(|id| self.person(id)))
    }

    pub fn role(&self, id: u32) -> String {
        self.session
            .role(id)
            .map_or_else(|| format!("#{id}"), |r| r.name.get(self.lang).to_string())
    }

    pub fn initiative(&self, id: u32) -> String {
        self.session
            .initiative(id)
            .map_or_else(|| format!("#{id}"), |i| i.title.clone())
    }

    pub fn step_title(&self, id: &str) -> String {
        self.session.step_index(id).map_or_else(
            || id.to_string(),
            |i| self.session.steps[i].title.get(self.lang).to_string(),
        )
    }

    /// A list written as the language writes lists: 甲、乙 or a, b.
    pub fn join(&self, items: impl IntoIterator<Item = String>) -> String {
        let separator = self.lang.list_separator();
        items.into_iter().collect::<Vec<_>>().join(separator)
    }

    /// The text of an empty cell, or of a list with nothing in it.
    pub fn none(&self) -> String {
        self.docs.export_none.to_string()
    }

    pub fn or_none(&self, text: &str) -> String {
        if text.trim().is_empty() {
            self.none()
        } else {
            text.to_string()
        }
    }

    pub fn muted(&self, text: impl Into<String>) -> Block {
        Block::Paragraph(text.into(), Tone::Muted)
    }
}

pub(super) fn date(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// The report of `session` in `lang`, with facilitator notes when `private`.
pub fn document(session: &Session, lang: Lang, today: NaiveDate, private: bool) -> Document {
    let cx = Cx {
        session,
        lang,
        ui: lang.ui(),
        docs: lang.documents(),
        today,
    };
    let ui = cx.ui;
    let docs = cx.docs;
    let setup = &session.setup;
    let starts = setup
        .starts_at
        .format("%Y-%m-%d %H:%M (UTC%:z)")
        .to_string();
    let facts = vec![
        (
            ui.field_organisation.to_string(),
            cx.or_none(&setup.organisation),
        ),
        (
            ui.field_facilitator.to_string(),
            cx.or_none(&setup.facilitator),
        ),
        (ui.field_starts_at.to_string(), starts),
        (
            ui.col_steps.to_string(),
            format!("{}/{}", session.steps_done(), session.steps.len()),
        ),
        (docs.export_exported.to_string(), date(today)),
    ];
    let mut sections = vec![overview::overview(&cx)];
    let mut shown: Vec<StepKind> = Vec::new();
    for step in &session.steps {
        let first = !shown.contains(&step.kind);
        shown.push(step.kind);
        sections.push(step_section(&cx, step, first));
    }
    for kind in [
        StepKind::Diagnose,
        StepKind::Strategy,
        StepKind::FiveUnified,
        StepKind::FourSynergies,
        StepKind::RoleMapping,
        StepKind::WrapUp,
    ] {
        if !shown.contains(&kind) && has_content(session, kind) {
            sections.push(orphan_section(&cx, kind));
        }
    }
    if private && let Some(section) = private_notes(&cx) {
        sections.push(section);
    }
    let title = crate::describe::title(&setup.title, cx.lang).to_string();
    Document {
        title,
        lang_code: lang.code(),
        facts,
        colon: docs.export_colon,
        sections,
    }
}

fn step_section(cx: &Cx, step: &Step, first_of_kind: bool) -> Section {
    let mut blocks = Vec::new();
    let prompt = step.prompt.get(cx.lang);
    if !prompt.trim().is_empty() {
        blocks.push(Block::Prompt(prompt.to_string()));
    }
    if first_of_kind {
        blocks.extend(kind_content(cx, step.kind));
    }
    if !step.notes.is_empty() {
        blocks.push(Block::Subheading(fill(
            cx.ui.notes_heading,
            &[&step.notes.len().to_string()],
        )));
        blocks.push(Block::List(
            step.notes
                .iter()
                .map(|note| (note.text.clone(), Tone::Plain))
                .collect(),
        ));
    }
    Section {
        anchor: format!("step-{}", step.id),
        heading: step.title.get(cx.lang).to_string(),
        blocks,
    }
}

fn kind_content(cx: &Cx, kind: StepKind) -> Vec<Block> {
    match kind {
        StepKind::Setup => setup(cx),
        StepKind::Diagnose => diagnose::blocks(cx),
        StepKind::Strategy => strategy::blocks(cx),
        StepKind::FiveUnified => unified::blocks(cx),
        StepKind::FourSynergies => synergies::blocks(cx),
        StepKind::RoleMapping => raci::blocks(cx),
        StepKind::WrapUp => wrap_up::blocks(cx),
        StepKind::Notes => Vec::new(),
    }
}

fn setup(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let people = &cx.session.setup.participants;
    let mut blocks = vec![Block::Subheading(fill(
        ui.participants_heading,
        &[&people.len().to_string()],
    ))];
    if people.is_empty() {
        blocks.push(cx.muted(cx.none()));
        return blocks;
    }
    let mut table = Table::new(vec![
        docs.export_col_number.to_string(),
        ui.participant_name.to_string(),
        ui.participant_department.to_string(),
        ui.participant_side.to_string(),
    ]);
    for (index, person) in people.iter().enumerate() {
        table.row(vec![
            (index + 1).to_string(),
            person.name.clone(),
            person.department.clone(),
            person.side.label(cx.lang).to_string(),
        ]);
    }
    blocks.push(Block::Table(table));
    blocks
}

fn has_content(session: &Session, kind: StepKind) -> bool {
    match kind {
        StepKind::Diagnose => {
            !session.diagnosis.votes.is_empty()
                || session.diagnosis.agreed.is_some()
                || !session.diagnosis.frictions.is_empty()
        }
        StepKind::Strategy => !session.strategy.statements.is_empty(),
        StepKind::FiveUnified => {
            !session.initiatives.is_empty()
                || session
                    .unified
                    .iter()
                    .any(|item| !item.agreements.is_empty() || item.owner.is_some())
        }
        StepKind::FourSynergies => session.synergies.iter().any(|s| {
            s.business.today.is_some()
                || s.technology.today.is_some()
                || !s.people.is_empty()
                || !s.mechanisms.is_empty()
        }),
        StepKind::RoleMapping => !session.raci.cells.is_empty() || !session.raci.holders.is_empty(),
        StepKind::WrapUp => {
            let w = &session.wrap_up;
            !(w.decisions.is_empty()
                && w.actions.is_empty()
                && w.parking.is_empty()
                && w.indicators.is_empty()
                && w.next_session.is_none())
        }
        StepKind::Setup | StepKind::Notes => false,
    }
}

/// A section for content whose step the session's agenda does not have, titled
/// as the built-in agenda titles that step.
fn orphan_section(cx: &Cx, kind: StepKind) -> Section {
    let template = Template::embedded_default();
    let step = template.steps.iter().find(|step| step.kind == kind);
    let (anchor, heading) = step.map_or_else(
        || (format!("{kind:?}").to_lowercase(), format!("{kind:?}")),
        |step| {
            (
                format!("step-{}", step.id),
                step.title.get(cx.lang).to_string(),
            )
        },
    );
    let mut blocks = vec![cx.muted(cx.docs.export_not_on_agenda)];
    blocks.extend(kind_content(cx, kind));
    Section {
        anchor,
        heading,
        blocks,
    }
}

/// The facilitator's private notes, step by step; only when asked for.
fn private_notes(cx: &Cx) -> Option<Section> {
    let notes = &cx.session.room.facilitator_notes;
    let mut ordered: Vec<(&String, &String)> = cx
        .session
        .steps
        .iter()
        .filter_map(|step| notes.get_key_value(&step.id))
        .collect();
    ordered.extend(
        notes
            .iter()
            .filter(|(id, _)| cx.session.step_index(id).is_none()),
    );
    ordered.retain(|(_, text)| !text.trim().is_empty());
    if ordered.is_empty() {
        return None;
    }
    let mut blocks = vec![cx.muted(cx.docs.export_private_about)];
    for (step, text) in ordered {
        blocks.push(Block::Subheading(cx.step_title(step)));
        blocks.push(Block::Paragraph(text.clone(), Tone::Plain));
    }
    Some(Section {
        anchor: "facilitator-notes".to_string(),
        heading: cx.ui.private_notes.to_string(),
        blocks,
    })
}
