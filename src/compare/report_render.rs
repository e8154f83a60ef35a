//! A [`Portfolio`] as Markdown and as one self-contained HTML page (inline CSS, no
//! scripts, fonts or images from the network, a font stack that has Chinese).

use std::fmt::Write as _;

use super::markup::{html, markdown, markdown_row, markdown_rule};
use super::report::{Centre, Portfolio, SynergyLevels};
use super::wording::{centre, colon, rating, stage};
use crate::i18n::{Lang, fill};
use crate::session::Side;
use crate::session::diagnosis::Stage;
use crate::session::synergy::{GAP, SynergyKind};

/// `As of 2026-06-01 · centres: 12 · sessions: 1000 · unreadable files: 2`.
fn summary_line(portfolio: &Portfolio, lang: Lang) -> String {
    let docs = lang.documents();
    let mut line = fill(
        docs.report_summary,
        &[
            &portfolio.today.format("%Y-%m-%d").to_string(),
            &portfolio.centres.len().to_string(),
            &portfolio.sessions.to_string(),
        ],
    );
    if !portfolio.unreadable.is_empty() {
        line.push_str(" · ");
        line.push_str(&fill(
            docs.report_unreadable_count,
            &[&portfolio.unreadable.len().to_string()],
        ));
    }
    line
}

/// `Stage: Big build-out 2 · Steady operation 3 · … · not set 1`.
fn stage_line(portfolio: &Portfolio, lang: Lang) -> String {
    let docs = lang.documents();
    let (counts, unset) = portfolio.stages();
    let mut parts: Vec<String> = Stage::ALL
        .into_iter()
        .zip(counts)
        .map(|(stage, count)| format!("{} {count}", stage.name(lang)))
        .collect();
    if unset > 0 {
        parts.push(format!("{} {unset}", docs.compare_not_set));
    }
    format!(
        "{}{}{}",
        docs.compare_col_stage,
        colon(lang),
        parts.join(" · ")
    )
}

fn headers(lang: Lang) -> Vec<String> {
    let docs = lang.documents();
    let mut out = vec![
        docs.report_col_centre.to_string(),
        docs.report_col_sessions.to_string(),
        docs.report_col_latest.to_string(),
        docs.compare_col_stage.to_string(),
    ];
    out.extend(
        SynergyKind::ALL
            .into_iter()
            .map(|kind| kind.short(lang).to_string()),
    );
    out.extend([
        docs.compare_unified.to_string(),
        docs.report_col_open.to_string(),
        docs.report_col_overdue.to_string(),
    ]);
    out
}

/// The portfolio as Markdown: a summary, one table row per centre, the files that
/// could not be read.
pub fn render_markdown(portfolio: &Portfolio, lang: Lang) -> String {
    let docs = lang.documents();
    let mut out = format!(
        "# {}\n\n{}\n",
        docs.report_title,
        summary_line(portfolio, lang)
    );
    if portfolio.centres.is_empty() && portfolio.unreadable.is_empty() {
        out.push_str(&format!("\n{}\n", docs.report_empty));
        return out;
    }
    if !portfolio.centres.is_empty() {
        out.push_str(&format!("\n{}\n\n", stage_line(portfolio, lang)));
        let headers = headers(lang);
        out.push_str(&markdown_row(&headers));
        out.push_str(&markdown_rule(headers.len()));
        for row in &portfolio.centres {
            out.push_str(&markdown_row(&markdown_cells(row, lang)));
        }
        let today = portfolio.today.format("%Y-%m-%d").to_string();
        out.push_str(&format!("\n{}\n", fill(docs.report_legend, &[&today])));
    }
    if !portfolio.unreadable.is_empty() {
        out.push_str(&format!("\n## {}\n\n", docs.report_unreadable_heading));
        for error in &portfolio.unreadable {
            out.push_str(&format!("- {}\n", markdown(&error.line(lang))));
        }
    }
    out
}

fn markdown_cells(row: &Centre, lang: Lang) -> Vec<String> {
    let latest = &row.latest;
    let mut cells = vec![
        markdown(&centre(&row.organisation, lang)),
        row.sessions.to_string(),
        format!(
            "{} {}",
            latest.starts_at.format("%Y-%m-%d"),
            markdown(crate::describe::title(&latest.title, lang))
        ),
        stage(latest.stage, lang).to_string(),
    ];
    cells.extend(
        latest
            .synergies
            .iter()
            .map(|levels| format!("{}/{}", rating(levels.business), rating(levels.technology))),
    );
    cells.extend([
        format!("{}/5", latest.unified_agreed),
        latest.actions_open.to_string(),
        latest.actions_overdue.to_string(),
    ]);
    cells
}

const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --business: #0969da; --technology: #1a7f37; --bad: #cf222e; --warn: #fff1c2; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 84rem; padding: 0 1.5rem; color: var(--ink); line-height: 1.5;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI",
    Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
p.summary, p.stages, p.legend { color: var(--muted); margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; font-size: .92rem; }
th, td { padding: .45rem .55rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; white-space: nowrap; }
tbody th { background: none; white-space: normal; min-width: 8rem; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.latest { min-width: 9rem; }
td.latest small { display: block; color: var(--muted); }
.stage { display: inline-block; padding: 0 .5rem; border-radius: .8rem; background: var(--soft); white-space: nowrap; }
.stage.unset { color: var(--muted); }
.pair { display: flex; align-items: center; gap: .3rem; white-space: nowrap; }
.who { width: 2.2em; color: var(--muted); font-size: .8rem; }
.meter { display: inline-block; width: 4rem; height: .55rem; background: var(--soft); border: 1px solid var(--line); border-radius: .3rem; overflow: hidden; }
.meter i { display: block; height: 100%; }
.meter i.business { background: var(--business); }
.meter i.technology { background: var(--technology); }
.n { font-variant-numeric: tabular-nums; min-width: 1ch; }
td.gap { background: var(--warn); }
.dots { letter-spacing: .1em; white-space: nowrap; }
.dots .agreed { color: var(--technology); }
.dots .disputed { color: var(--bad); }
.dots .other { color: var(--line); }
.overdue { color: var(--bad); font-weight: 600; }
ul.unreadable li { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
@media print { body { margin: 0; max-width: none; } th { background: none; } }
"#;

/// The portfolio as one HTML page that opens anywhere without a network.
pub fn render_html(portfolio: &Portfolio, lang: Lang) -> String {
    let docs = lang.documents();
    let code = match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    };
    let mut out = String::with_capacity(4096 + portfolio.centres.len() * 1500);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n\
         <p class=\"summary\">{}</p>\n",
        html(docs.report_title),
        html(docs.report_title),
        html(&summary_line(portfolio, lang)),
    );
    if portfolio.centres.is_empty() && portfolio.unreadable.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", html(docs.report_empty));
    }
    if !portfolio.centres.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"stages\">{}</p>",
            html(&stage_line(portfolio, lang))
        );
        out.push_str("<table>\n<thead><tr>");
        for header in headers(lang) {
            let _ = write!(out, "<th>{}</th>", html(&header));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &portfolio.centres {
            html_row(&mut out, row, lang);
        }
        out.push_str("</tbody>\n</table>\n");
        let today = portfolio.today.format("%Y-%m-%d").to_string();
        let _ = writeln!(
            out,
            "<p class=\"legend\">{} {}</p>",
            html(&fill(docs.report_legend, &[&today])),
            html(docs.report_gap_note)
        );
    }
    if !portfolio.unreadable.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<ul class=\"unreadable\">",
            html(docs.report_unreadable_heading)
        );
        for error in &portfolio.unreadable {
            let _ = writeln!(out, "<li>{}</li>", html(&error.line(lang)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn html_row(out: &mut String, row: &Centre, lang: Lang) {
    let latest = &row.latest;
    let _ = write!(
        out,
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td>\
         <td class=\"latest\" title=\"{}\">{}<small>{}</small></td>",
        html(&centre(&row.organisation, lang)),
        row.sessions,
        html(&latest.path.display().to_string()),
        latest.starts_at.format("%Y-%m-%d"),
        html(crate::describe::title(&latest.title, lang)),
    );
    match latest.stage {
        Some(stage) => {
            let _ = write!(
                out,
                "<td><span class=\"stage\">{} {}</span></td>",
                stage.number(),
                html(stage.name(lang))
            );
        }
        None => {
            let _ = write!(
                out,
                "<td><span class=\"stage unset\">{}</span></td>",
                html(lang.documents().compare_not_set)
            );
        }
    }
    for levels in &latest.synergies {
        html_synergy(out, levels, lang);
    }
    let dots: String = (0..5)
        .map(|index| {
            let class = if index < latest.unified_agreed {
                "agreed"
            } else if index < latest.unified_agreed + latest.unified_disputed {
                "disputed"
            } else {
                "other"
            };
            format!("<span class=\"{class}\">●</span>")
        })
        .collect();
    let overdue_class = if latest.actions_overdue > 0 {
        "num overdue"
    } else {
        "num"
    };
    let _ = writeln!(
        out,
        "<td><span class=\"dots\">{dots}</span> {}/5</td><td class=\"num\">{}</td>\
         <td class=\"{overdue_class}\">{}</td></tr>",
        latest.unified_agreed, latest.actions_open, latest.actions_overdue,
    );
}

fn html_synergy(out: &mut String, levels: &SynergyLevels, lang: Lang) {
    let gap = matches!(
        (levels.business, levels.technology),
        (Some(b), Some(t)) if b.abs_diff(t) >= GAP
    );
    out.push_str(if gap { "<td class=\"gap\">" } else { "<td>" });
    for (side, value, class) in [
        (Side::Business, levels.business, "business"),
        (Side::Technology, levels.technology, "technology"),
    ] {
        let percent = u32::from(value.unwrap_or(0).min(5)) * 20;
        let _ = write!(
            out,
            "<div class=\"pair\"><span class=\"who\">{}</span><span class=\"meter\">\
             <i class=\"{class}\" style=\"width:{percent}%\"></i></span>\
             <span class=\"n\">{}</span></div>",
            html(side.short(lang)),
            rating(value),
        );
    }
    out.push_str("</td>");
}
