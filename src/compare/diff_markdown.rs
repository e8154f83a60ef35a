//! A [`Diff`] as Markdown: headings, short lists and tables, every piece of text
//! from the sessions escaped so that it reads as typed.

use super::diff::{Change, Diff, Trend};
use super::fields::{Field, Value};
use super::items::{Edit, Edited, ItemRef, ItemsDiff, by_item};
use super::markup::{MINUTE, markdown, markdown_row, markdown_rule};
use super::wording::{self, agreed_note, centre, colon, due_cell, letter, level, rating, stage};
use crate::i18n::{Lang, fill};
use crate::session::diagnosis::Stage;

/// What changed, as Markdown: headings, short lists and tables, every piece of
/// text from the sessions escaped.
pub fn render_markdown(diff: &Diff, lang: Lang) -> String {
    let ui = lang.ui();
    let docs = lang.documents();
    let mut out = String::new();
    let title = fill(
        docs.compare_diff_title,
        &[&markdown(&centre(&diff.new.organisation, lang))],
    );
    out.push_str(&format!("# {title}\n\n"));
    let saved = diff.shows_saved();
    let mut columns = vec![String::new(), ui.col_date.to_string()];
    if saved {
        columns.push(docs.compare_col_saved.to_string());
    }
    columns.push(ui.field_title.to_string());
    out.push_str(&markdown_row(&columns));
    out.push_str(&markdown_rule(columns.len()));
    for (label, header) in [(docs.compare_old, &diff.old), (docs.compare_new, &diff.new)] {
        let mut row = vec![
            label.to_string(),
            header.starts_at.format(MINUTE).to_string(),
        ];
        if saved {
            row.push(header.saved.format(MINUTE).to_string());
        }
        row.push(markdown(crate::describe::title(&header.title, lang)));
        out.push_str(&markdown_row(&row));
    }
    if !diff.same_centre() {
        let warning = fill(
            docs.compare_other_centre,
            &[
                &markdown(&centre(&diff.old.organisation, lang)),
                &markdown(&centre(&diff.new.organisation, lang)),
            ],
        );
        out.push_str(&format!("\n> {warning}\n"));
    }
    let notes = [
        wording::not_compared(diff, lang),
        wording::not_reached(diff, lang),
    ];
    for note in notes.into_iter().flatten() {
        out.push_str(&format!("\n> {note}\n"));
    }
    if diff.is_empty() {
        out.push_str(&format!("\n{}\n", docs.compare_no_changes));
        return out;
    }
    let docs = lang.documents();
    markdown_stage(&mut out, diff, lang);
    markdown_items(
        &mut out,
        (docs.compare_statements, docs.compare_col_statement),
        item_rows(&diff.statements, lang),
        lang,
    );
    markdown_synergies(&mut out, diff, lang);
    markdown_unified(&mut out, diff, lang);
    markdown_initiatives(&mut out, diff, lang);
    markdown_raci(&mut out, diff, lang);
    markdown_items(
        &mut out,
        (docs.compare_decisions, docs.compare_col_decision),
        item_rows(&diff.decisions, lang),
        lang,
    );
    markdown_actions(&mut out, diff, lang);
    markdown_items(
        &mut out,
        (docs.compare_parking, docs.compare_col_parked),
        item_rows(&diff.parking, lang),
        lang,
    );
    markdown_items(
        &mut out,
        (docs.compare_indicators, docs.compare_col_indicator),
        item_rows(&diff.indicators, lang),
        lang,
    );
    out
}

/// `old → new`, escaped.
fn change_text(change: &Change<Value>, lang: Lang) -> String {
    format!(
        "{} → {}",
        markdown(&change.old.words(lang)),
        markdown(&change.new.words(lang))
    )
}

/// `old text → new text`, or `text · owner 张伟 → 李娜`, escaped.
fn edited_text(edited: &Edited, lang: Lang) -> String {
    match &edited.change {
        Edit::Text(text) => format!("{} → {}", markdown(&text.old), markdown(&text.new)),
        Edit::Field(field, value) => format!(
            "{} · {} {}",
            markdown(&edited.name),
            field.label(lang),
            change_text(value, lang)
        ),
    }
}

/// All of one item's changes in one cell: `old text → new text · owner 张伟 → 李娜`,
/// or the item's text followed by each changed property.
fn item_edits(changes: &[Edited], lang: Lang) -> String {
    let mut parts = Vec::new();
    for (index, edited) in changes.iter().enumerate() {
        match &edited.change {
            Edit::Field(field, value) => {
                if index == 0 {
                    parts.push(markdown(&edited.name));
                }
                parts.push(format!(
                    "{} {}",
                    field.label(lang),
                    change_text(value, lang)
                ));
            }
            Edit::Text(_) => parts.push(edited_text(edited, lang)),
        }
    }
    parts.join(" · ")
}

/// Rows of one kind of change, the kind named in the first cell of its first row
/// only, so that it reads as the heading of the rows under it.
fn labelled<'a>(
    label: &'a str,
    rows: impl IntoIterator<Item = Vec<String>> + 'a,
) -> impl Iterator<Item = Vec<String>> + 'a {
    (rows.into_iter().enumerate()).map(move |(index, mut row)| {
        row.insert(0, if index == 0 { label } else { "" }.to_string());
        row
    })
}

/// Items added, removed and edited (an item's changes on one row): change, id and
/// text each.
fn item_rows(items: &ItemsDiff, lang: Lang) -> Vec<Vec<String>> {
    let docs = lang.documents();
    let listed = |list: &[ItemRef]| {
        (list.iter())
            .map(|item| vec![item.id.to_string(), markdown(&item.text)])
            .collect::<Vec<_>>()
    };
    let edited = by_item(&items.edited)
        .map(|changes| vec![changes[0].id.to_string(), item_edits(changes, lang)]);
    labelled(docs.compare_added, listed(&items.added))
        .chain(labelled(docs.compare_removed, listed(&items.removed)))
        .chain(labelled(docs.compare_edited, edited))
        .collect()
}

/// A table of one list's changes: change, id, the item.
fn markdown_items(
    out: &mut String,
    (heading, column): (&str, &str),
    rows: Vec<Vec<String>>,
    lang: Lang,
) {
    let header = [lang.documents().compare_col_change, "#", column];
    markdown_table(out, heading, &header, rows);
}

fn markdown_table(out: &mut String, heading: &str, header: &[&str], rows: Vec<Vec<String>>) {
    if rows.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {heading}\n\n"));
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    out.push_str(&markdown_row(&header));
    out.push_str(&markdown_rule(header.len()));
    for row in rows {
        out.push_str(&markdown_row(&row));
    }
}

fn markdown_stage(out: &mut String, diff: &Diff, lang: Lang) {
    let docs = lang.documents();
    let mut items = Vec::new();
    let agreed = diff.stage.agreed;
    if agreed.changed() {
        items.push(format!(
            "{}{}{} → **{}**",
            docs.compare_agreed_stage,
            colon(lang),
            stage(agreed.old, lang),
            stage(agreed.new, lang)
        ));
    }
    let picks = diff.stage.picks;
    let moved: Vec<String> = Stage::ALL
        .into_iter()
        .enumerate()
        .filter(|(index, _)| picks.old[*index] != picks.new[*index])
        .map(|(index, stage)| {
            let (old, new) = (picks.old[index], picks.new[index]);
            format!(
                "{} {old} → {new} {}",
                stage.name(lang),
                Trend::between(old, new).arrow()
            )
        })
        .collect();
    if !moved.is_empty() {
        let separator = if lang == Lang::Zh { "；" } else { "; " };
        items.push(format!(
            "{}{}{}",
            docs.compare_picks,
            colon(lang),
            moved.join(separator)
        ));
    }
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n## {}\n\n", docs.compare_diagnosis));
    for item in items {
        out.push_str(&format!("- {item}\n"));
    }
}

fn markdown_synergies(out: &mut String, diff: &Diff, lang: Lang) {
    let docs = lang.documents();
    let rows = diff
        .synergies
        .iter()
        .flat_map(|synergy| {
            synergy.ratings.iter().map(move |r| {
                vec![
                    synergy.kind.name(lang).to_string(),
                    r.side.label(lang).to_string(),
                    level(r.level, lang).to_string(),
                    rating(r.value.old),
                    rating(r.value.new),
                    r.trend().map_or("", Trend::arrow).to_string(),
                ]
            })
        })
        .collect();
    let header = [
        docs.compare_col_synergy,
        docs.compare_col_side,
        docs.compare_col_level,
        docs.compare_old,
        docs.compare_new,
        docs.compare_col_change,
    ];
    markdown_table(out, docs.compare_synergies, &header, rows);
}

fn markdown_unified(out: &mut String, diff: &Diff, lang: Lang) {
    let docs = lang.documents();
    let count = diff.agreed_unified;
    if diff.unified.is_empty() && !count.changed() {
        return;
    }
    out.push_str(&format!("\n## {}\n", docs.compare_unified));
    if let Some((note, moved)) = agreed_note(diff, lang) {
        out.push_str(&format!("\n{note} {}\n", moved.arrow()));
    }
    if diff.unified.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(&markdown_row(&[
        docs.compare_col_item.to_string(),
        docs.compare_old.to_string(),
        docs.compare_new.to_string(),
    ]));
    out.push_str(&markdown_rule(3));
    for item in &diff.unified {
        out.push_str(&markdown_row(&[
            format!("{} {}", item.kind.circled(), item.kind.name(lang)),
            item.status.old.label(lang).to_string(),
            item.status.new.label(lang).to_string(),
        ]));
    }
}

fn markdown_initiatives(out: &mut String, diff: &Diff, lang: Lang) {
    let docs = lang.documents();
    let changes = &diff.initiatives;
    let row = |label: &str, id: u32, title: String| vec![label.to_string(), id.to_string(), title];
    let rows = changes
        .added
        .iter()
        .map(|i| row(docs.compare_added, i.id, markdown(&i.title)))
        .chain(
            changes
                .dropped
                .iter()
                .map(|i| row(docs.compare_dropped, i.id, markdown(&i.title))),
        )
        .chain(changes.renamed.iter().map(|r| {
            let title = format!("{} → {}", markdown(&r.title.old), markdown(&r.title.new));
            row(docs.compare_renamed, r.id, title)
        }))
        .collect();
    let header = [docs.compare_col_change, "#", docs.compare_col_initiative];
    markdown_table(out, docs.compare_initiatives, &header, rows);
}

fn markdown_raci(out: &mut String, diff: &Diff, lang: Lang) {
    let docs = lang.documents();
    let rows = diff
        .raci
        .iter()
        .map(|change| {
            vec![
                format!(
                    "#{} {}",
                    change.initiative.id,
                    markdown(&change.initiative.title)
                ),
                markdown(change.role_name.get(lang)),
                letter(change.cell.old).to_string(),
                letter(change.cell.new).to_string(),
            ]
        })
        .collect();
    let header = [
        docs.compare_col_initiative,
        docs.compare_col_role,
        docs.compare_old,
        docs.compare_new,
    ];
    markdown_table(out, docs.compare_raci, &header, rows);
}

fn markdown_actions(out: &mut String, diff: &Diff, lang: Lang) {
    let docs = lang.documents();
    let actions = &diff.actions;
    let groups = [
        (docs.compare_closed, &actions.closed),
        (docs.compare_new_action, &actions.new),
        (docs.compare_overdue, &actions.overdue),
        (docs.compare_removed, &actions.removed),
    ];
    let mut rows = Vec::new();
    for (label, list) in groups {
        let listed = list.iter().map(|action| {
            vec![
                action.id.to_string(),
                markdown(&action.text),
                action.owner.as_deref().map(markdown).unwrap_or_default(),
                due_cell(action, diff.today, lang),
                action.status.label(lang).to_string(),
            ]
        });
        rows.extend(labelled(label, listed));
    }
    let edited = by_item(&actions.edited).map(|changes| action_edited(changes, lang));
    rows.extend(labelled(docs.compare_edited, edited));
    let header = [
        docs.compare_col_change,
        "#",
        docs.compare_col_action,
        docs.compare_col_owner,
        docs.compare_col_due,
        docs.compare_col_status,
    ];
    markdown_table(out, docs.compare_actions, &header, rows);
}

/// An action's edits as one row of the actions' table (but for the change): a new
/// text in the action's column, a new owner, due date or status in its own column.
fn action_edited(changes: &[Edited], lang: Lang) -> Vec<String> {
    let mut row = vec![
        changes[0].id.to_string(),
        markdown(&changes[0].name),
        String::new(),
        String::new(),
        String::new(),
    ];
    for edited in changes {
        match &edited.change {
            Edit::Field(Field::Owner, value) => row[2] = change_text(value, lang),
            Edit::Field(Field::Due, value) => row[3] = change_text(value, lang),
            Edit::Field(Field::Status, value) => row[4] = change_text(value, lang),
            _ => row[1] = edited_text(edited, lang),
        }
    }
    row
}
