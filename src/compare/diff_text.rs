//! A [`Diff`] as terminal text, with or without ANSI colour.
//!
//! Sections with nothing in them are left out, and so is every value that did not
//! change. Text from the files is cleaned of control characters.

use chrono::NaiveDate;

use super::diff::{ActionRef, Change, Diff, RatingDiff, Trend};
use super::items::{Edit, Edited, ItemsDiff, by_item};
use super::markup::{MINUTE, Paint, pad, plain, width};
use super::wording::{self, agreed_note, centre, due, letter, level, rating, stage};
use crate::i18n::{Lang, fill};
use crate::session::diagnosis::Stage;
use crate::session::unified::AgreementStatus;

/// How a piece of terminal text is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tone {
    Plain,
    Good,
    Bad,
    Changed,
    Quiet,
}

impl Tone {
    fn paint(self, paint: Paint, text: &str) -> String {
        match self {
            Tone::Plain => text.to_string(),
            Tone::Good => paint.green(text),
            Tone::Bad => paint.red(text),
            Tone::Changed => paint.yellow(text),
            Tone::Quiet => paint.dim(text),
        }
    }

    fn of_trend(trend: Trend) -> Tone {
        match trend {
            Trend::Up => Tone::Good,
            Trend::Down => Tone::Bad,
            Trend::Same => Tone::Quiet,
        }
    }

    fn of_status(status: AgreementStatus) -> Tone {
        match status {
            AgreementStatus::Agreed => Tone::Good,
            AgreementStatus::Disputed => Tone::Bad,
            _ => Tone::Plain,
        }
    }
}

/// One line of a section: a label column (blank to continue the one above), then
/// the content, which may already be coloured.
struct Row {
    label: String,
    tone: Tone,
    content: String,
}

impl Row {
    fn new(label: impl Into<String>, tone: Tone, content: String) -> Row {
        Row {
            label: label.into(),
            tone,
            content,
        }
    }
}

fn section(out: &mut String, paint: Paint, heading: &str, rows: &[Row]) {
    section_with(out, paint, heading, "", rows);
}

/// A section whose heading line carries a note after it (`Five unified  1 of 5`).
fn section_with(out: &mut String, paint: Paint, heading: &str, note: &str, rows: &[Row]) {
    if rows.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(&paint.bold(heading));
    if !note.is_empty() {
        out.push_str("  ");
        out.push_str(note);
    }
    out.push('\n');
    let cells = rows.iter().map(|row| width(&row.label)).max().unwrap_or(0);
    for row in rows {
        let label = row.tone.paint(paint, &pad(&row.label, cells));
        out.push_str(format!("  {label}  {}", row.content).trim_end());
        out.push('\n');
    }
}

/// What changed, for the terminal; `colour` adds ANSI colours.
pub fn render_text(diff: &Diff, lang: Lang, colour: bool) -> String {
    let docs = lang.documents();
    let paint = Paint::new(colour);
    let mut out = String::new();
    let title = fill(
        docs.compare_diff_title,
        &[&plain(&centre(&diff.new.organisation, lang))],
    );
    out.push_str(&paint.bold(&title));
    out.push('\n');
    let headers = [(docs.compare_old, &diff.old), (docs.compare_new, &diff.new)];
    let cells = headers.iter().map(|(l, _)| width(l)).max().unwrap_or(0);
    for (label, header) in headers {
        let mut when = header.starts_at.format(MINUTE).to_string();
        if diff.shows_saved() {
            let saved = header.saved.format(MINUTE).to_string();
            when = format!("{when}  {}", fill(docs.compare_saved, &[&saved]));
        }
        out.push_str(&format!(
            "  {}  {when}  {}\n",
            pad(label, cells),
            plain(crate::describe::title(&header.title, lang))
        ));
    }
    if !diff.same_centre() {
        let warning = fill(
            docs.compare_other_centre,
            &[
                &plain(&centre(&diff.old.organisation, lang)),
                &plain(&centre(&diff.new.organisation, lang)),
            ],
        );
        out.push_str(&format!("  {}\n", paint.yellow(&warning)));
    }
    let notes = [
        wording::not_compared(diff, lang),
        wording::not_reached(diff, lang),
    ];
    for note in notes.into_iter().flatten() {
        out.push_str(&format!("  {}\n", paint.yellow(&note)));
    }
    if diff.is_empty() {
        out.push('\n');
        out.push_str(docs.compare_no_changes);
        out.push('\n');
        return out;
    }
    section(
        &mut out,
        paint,
        docs.compare_diagnosis,
        &stage_rows(diff, lang, paint),
    );
    section(
        &mut out,
        paint,
        docs.compare_statements,
        &item_rows(&diff.statements, lang),
    );
    section(
        &mut out,
        paint,
        docs.compare_synergies,
        &synergy_rows(diff, lang, paint),
    );
    let note = agreed_note(diff, lang).map_or_else(String::new, |(note, moved)| {
        format!("{note} {}", arrow(paint, Some(moved)))
    });
    section_with(
        &mut out,
        paint,
        docs.compare_unified,
        &note,
        &unified_rows(diff, lang, paint),
    );
    section(
        &mut out,
        paint,
        docs.compare_initiatives,
        &initiative_rows(diff, lang),
    );
    section(
        &mut out,
        paint,
        docs.compare_raci,
        &raci_rows(diff, lang, paint),
    );
    section(
        &mut out,
        paint,
        docs.compare_decisions,
        &item_rows(&diff.decisions, lang),
    );
    section(
        &mut out,
        paint,
        docs.compare_actions,
        &action_rows(diff, lang),
    );
    section(
        &mut out,
        paint,
        docs.compare_parking,
        &item_rows(&diff.parking, lang),
    );
    section(
        &mut out,
        paint,
        docs.compare_indicators,
        &item_rows(&diff.indicators, lang),
    );
    out
}

/// `#3 old text → new text`, or `#3 text · owner 张伟 → 李娜`.
fn edited_text(edited: &Edited, lang: Lang) -> String {
    match &edited.change {
        Edit::Text(text) => format!("#{} {} → {}", edited.id, plain(&text.old), plain(&text.new)),
        Edit::Field(field, value) => format!(
            "#{} {} · {} {} → {}",
            edited.id,
            plain(&edited.name),
            field.label(lang),
            plain(&value.old.words(lang)),
            plain(&value.new.words(lang))
        ),
    }
}

/// Items added, removed and edited, one row each, each kind of change labelled once.
fn item_rows(items: &ItemsDiff, lang: Lang) -> Vec<Row> {
    let docs = lang.documents();
    let listed = |list: &[super::items::ItemRef]| {
        (list.iter())
            .map(|item| format!("#{} {}", item.id, plain(&item.text)))
            .collect()
    };
    let mut rows = grouped(docs.compare_added, Tone::Good, listed(&items.added));
    rows.extend(grouped(
        docs.compare_removed,
        Tone::Quiet,
        listed(&items.removed),
    ));
    rows.extend(edited_rows(&items.edited, lang));
    rows
}

/// A row for each line, the label only on the first, so that the label reads as
/// the heading of its group rather than a word repeated down the column.
fn grouped(label: &str, tone: Tone, lines: Vec<String>) -> Vec<Row> {
    (lines.into_iter().enumerate())
        .map(|(index, line)| Row::new(if index == 0 { label } else { "" }, tone, line))
        .collect()
}

fn edited_rows(edited: &[Edited], lang: Lang) -> Vec<Row> {
    let lines = by_item(edited)
        .flat_map(|changes| edited_lines(changes, lang))
        .collect();
    grouped(lang.documents().compare_edited, Tone::Changed, lines)
}

/// One item's changes: a line when there is one; else the item as it now reads,
/// then a line for each change (`owner  张伟 → 李娜`, `was  the older text`).
fn edited_lines(changes: &[Edited], lang: Lang) -> Vec<String> {
    let [first, _, ..] = changes else {
        return changes
            .iter()
            .map(|edited| edited_text(edited, lang))
            .collect();
    };
    let label = |edited: &Edited| match edited.change {
        Edit::Text(_) => lang.documents().compare_field_text,
        Edit::Field(field, _) => field.label(lang),
    };
    let cells = changes.iter().map(|e| width(label(e))).max().unwrap_or(0);
    let mut lines = vec![format!("#{} {}", first.id, plain(&first.name))];
    for edited in changes {
        let change = match &edited.change {
            Edit::Text(text) => plain(&text.old),
            Edit::Field(_, value) => format!(
                "{} → {}",
                plain(&value.old.words(lang)),
                plain(&value.new.words(lang))
            ),
        };
        lines.push(format!("  {}  {change}", pad(label(edited), cells)));
    }
    lines
}

fn arrow(paint: Paint, trend: Option<Trend>) -> String {
    trend.map_or_else(String::new, |trend| {
        Tone::of_trend(trend).paint(paint, trend.arrow())
    })
}

fn stage_rows(diff: &Diff, lang: Lang, paint: Paint) -> Vec<Row> {
    let docs = lang.documents();
    let mut rows = Vec::new();
    let agreed = diff.stage.agreed;
    if agreed.changed() {
        let content = format!(
            "{} → {}",
            stage(agreed.old, lang),
            paint.bold(stage(agreed.new, lang))
        );
        rows.push(Row::new(docs.compare_agreed_stage, Tone::Plain, content));
    }
    let picks = diff.stage.picks;
    let mut label = docs.compare_picks;
    for (index, stage) in Stage::ALL.into_iter().enumerate() {
        let (old, new) = (picks.old[index], picks.new[index]);
        if old == new {
            continue;
        }
        let content = format!(
            "{} {old} → {new} {}",
            stage.name(lang),
            arrow(paint, Some(Trend::between(old, new)))
        );
        rows.push(Row::new(label, Tone::Plain, content));
        label = "";
    }
    rows
}

fn rating_text(rating: &RatingDiff, lang: Lang, paint: Paint) -> String {
    let text = format!(
        "{} {} {} → {}",
        rating.side.label(lang),
        level(rating.level, lang),
        self::rating(rating.value.old),
        self::rating(rating.value.new),
    );
    format!("{text} {}", arrow(paint, rating.trend()))
}

fn synergy_rows(diff: &Diff, lang: Lang, paint: Paint) -> Vec<Row> {
    let mut rows = Vec::new();
    for synergy in &diff.synergies {
        for (index, rating) in synergy.ratings.iter().enumerate() {
            let label = if index == 0 {
                synergy.kind.name(lang)
            } else {
                ""
            };
            rows.push(Row::new(
                label,
                Tone::Plain,
                rating_text(rating, lang, paint),
            ));
        }
    }
    rows
}

fn unified_rows(diff: &Diff, lang: Lang, paint: Paint) -> Vec<Row> {
    let mut rows = Vec::new();
    for item in &diff.unified {
        let label = format!("{} {}", item.kind.circled(), item.kind.name(lang));
        let new = item.status.new;
        let content = format!(
            "{} → {}",
            item.status.old.label(lang),
            Tone::of_status(new).paint(paint, new.label(lang))
        );
        rows.push(Row::new(label, Tone::Plain, content));
    }
    rows
}

fn initiative_rows(diff: &Diff, lang: Lang) -> Vec<Row> {
    let docs = lang.documents();
    let changes = &diff.initiatives;
    let added = changes.added.iter().map(|i| {
        let content = format!("#{} {}", i.id, plain(&i.title));
        Row::new(docs.compare_added, Tone::Good, content)
    });
    let dropped = changes.dropped.iter().map(|i| {
        let content = format!("#{} {}", i.id, plain(&i.title));
        Row::new(docs.compare_dropped, Tone::Bad, content)
    });
    let renamed = changes.renamed.iter().map(|r| {
        let content = format!(
            "#{} {} → {}",
            r.id,
            plain(&r.title.old),
            plain(&r.title.new)
        );
        Row::new(docs.compare_renamed, Tone::Changed, content)
    });
    added.chain(dropped).chain(renamed).collect()
}

fn raci_rows(diff: &Diff, lang: Lang, paint: Paint) -> Vec<Row> {
    let roles = diff
        .raci
        .iter()
        .map(|change| width(&plain(change.role_name.get(lang))))
        .max()
        .unwrap_or(0);
    let mut rows: Vec<Row> = Vec::new();
    let mut previous = None;
    for change in &diff.raci {
        let label = if previous == Some(change.initiative.id) {
            String::new()
        } else {
            format!(
                "#{} {}",
                change.initiative.id,
                plain(&change.initiative.title)
            )
        };
        previous = Some(change.initiative.id);
        let Change { old, new } = change.cell;
        let content = format!(
            "{}  {} → {}",
            pad(&plain(change.role_name.get(lang)), roles),
            letter(old),
            paint.bold(letter(new))
        );
        rows.push(Row::new(label, Tone::Plain, content));
    }
    rows
}

/// `#12 text · owner · due …`, with the status when it says more than the label.
fn action_text(action: &ActionRef, today: NaiveDate, lang: Lang, status: bool) -> String {
    let mut parts = vec![format!("#{} {}", action.id, plain(&action.text))];
    if let Some(owner) = &action.owner {
        parts.push(plain(owner));
    }
    if let Some(due) = due(action, today, lang) {
        parts.push(due);
    }
    if status {
        parts.push(action.status.label(lang).to_string());
    }
    parts.join(" · ")
}

fn action_rows(diff: &Diff, lang: Lang) -> Vec<Row> {
    let docs = lang.documents();
    let actions = &diff.actions;
    let today = diff.today;
    let groups = [
        (docs.compare_closed, Tone::Good, &actions.closed, true),
        (docs.compare_new_action, Tone::Changed, &actions.new, false),
        (docs.compare_overdue, Tone::Bad, &actions.overdue, false),
        (docs.compare_removed, Tone::Quiet, &actions.removed, true),
    ];
    let mut rows: Vec<Row> = groups
        .into_iter()
        .flat_map(|(label, tone, list, status)| {
            let lines = (list.iter())
                .map(|action| action_text(action, today, lang, status))
                .collect();
            grouped(label, tone, lines)
        })
        .collect();
    rows.extend(edited_rows(&actions.edited, lang));
    rows
}
