//! The role mapping step in the report: the RACI matrix (every initiative, every
//! role), the results of its checks, the roles with their holders, and who does
//! what.

use super::Cx;
use crate::export::document::{Block, Table, Tone};
use crate::i18n::fill;
use crate::session::raci::Raci;
use crate::session::raci_checks::{Check, checks, duties, is_ready};

pub(super) fn blocks(cx: &Cx) -> Vec<Block> {
    let mut blocks = matrix(cx);
    blocks.extend(check_results(cx));
    blocks.extend(roles(cx));
    blocks.extend(who_does_what(cx));
    blocks
}

fn matrix(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let session = cx.session;
    let mut blocks = vec![Block::Subheading(docs.export_matrix_heading.to_string())];
    if session.initiatives.is_empty() {
        blocks.push(cx.muted(ui.raci_nothing_to_map));
        return blocks;
    }
    let found = checks(session);
    let mut header = vec![docs.export_col_initiative.to_string()];
    header.extend(
        session
            .roles
            .iter()
            .map(|role| role.name.get(cx.lang).to_string()),
    );
    let mut table = Table::new(header);
    table.centre_from = Some(1);
    for initiative in &session.initiatives {
        let mut cells = vec![initiative.title.clone()];
        cells.extend(session.roles.iter().map(|role| {
            session
                .raci
                .cell(initiative.id, role.id)
                .map_or("", Raci::letter)
                .to_string()
        }));
        let broken = found
            .iter()
            .any(|check| check.is_error() && check.initiative() == Some(initiative.id));
        if broken {
            cells[0] = format!("✗ {}", cells[0]);
        }
        table.toned_row(cells, if broken { Tone::Error } else { Tone::Plain });
    }
    blocks.push(Block::Table(table));
    blocks.push(cx.muted(docs.export_raci_legend));
    blocks
}

fn check_results(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let session = cx.session;
    let found = checks(session);
    let errors = found.iter().filter(|check| check.is_error()).count();
    let warnings = found.len() - errors;
    let verdict = if session.initiatives.is_empty() {
        cx.muted(ui.raci_nothing_to_map)
    } else if is_ready(session) {
        Block::Paragraph(
            fill(ui.raci_ready, &["✓", &warnings.to_string()]),
            Tone::Good,
        )
    } else {
        Block::Paragraph(
            format!(
                "✗ {}",
                fill(
                    ui.raci_not_ready,
                    &[&errors.to_string(), &warnings.to_string()]
                )
            ),
            Tone::Error,
        )
    };
    let mut blocks = vec![Block::Subheading(ui.checks_heading.to_string()), verdict];
    if !found.is_empty() {
        blocks.push(Block::List(
            found
                .into_iter()
                .map(|check| {
                    let text = check_text(cx, check);
                    if check.is_error() {
                        (format!("✗ {text}"), Tone::Error)
                    } else {
                        (format!("⚠ {text}"), Tone::Warning)
                    }
                })
                .collect(),
        ));
    }
    blocks
}

fn roles(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let session = cx.session;
    let mut table = Table::new(vec![
        docs.export_col_role.to_string(),
        docs.export_col_holders.to_string(),
        docs.export_col_cells.to_string(),
    ]);
    table.centre_from = Some(2);
    for role in &session.roles {
        let holders = session.raci.holders_of(role.id);
        table.toned_row(
            vec![
                role.name.get(cx.lang).to_string(),
                if holders.is_empty() {
                    ui.nobody.to_string()
                } else {
                    cx.people(holders.iter().copied())
                },
                session.raci.cells_of_role(role.id).to_string(),
            ],
            if holders.is_empty() {
                Tone::Muted
            } else {
                Tone::Plain
            },
        );
    }
    vec![
        Block::Subheading(ui.tab_roles.to_string()),
        Block::Table(table),
    ]
}

fn who_does_what(cx: &Cx) -> Vec<Block> {
    let ui = cx.ui;
    let docs = cx.docs;
    let session = cx.session;
    let people = &session.setup.participants;
    if people.is_empty() {
        return Vec::new();
    }
    let mut table = Table::new(vec![
        ui.participant_name.to_string(),
        docs.export_col_roles.to_string(),
        docs.export_col_accountable.to_string(),
        docs.export_col_responsible.to_string(),
        docs.export_col_fluent.to_string(),
    ]);
    for person in people {
        let roles = session.raci.roles_of(person.id);
        let duties = duties(session, person.id);
        let titles = |letter: Raci| {
            let list = cx.join(
                duties
                    .iter()
                    .filter(|(_, held)| *held == letter)
                    .map(|(id, _)| cx.initiative(*id)),
            );
            if list.is_empty() {
                "—".to_string()
            } else {
                list
            }
        };
        table.row(vec![
            person.name.clone(),
            if roles.is_empty() {
                ui.no_roles.to_string()
            } else {
                cx.join(roles.into_iter().map(|id| cx.role(id)))
            },
            titles(Raci::A),
            titles(Raci::R),
            if session.raci.fluent.contains(&person.id) {
                "✓"
            } else {
                ""
            }
            .to_string(),
        ]);
    }
    vec![
        Block::Subheading(ui.tab_duties.to_string()),
        Block::Table(table),
    ]
}

/// What a check found, in words (as the role mapping screen says it, without the
/// keys to press).
fn check_text(cx: &Cx, check: Check) -> String {
    crate::describe::raci_check(cx.session, check, cx.lang, false)
}
