//! Screens of the five unified and four synergies steps at 80×24 and 120×40, in
//! Chinese and English, for empty, typical and large (100 initiatives, 12
//! participants) sessions.

mod support;

use support::*;
use yeji::i18n::{Lang, fill};
use yeji::model::Model;
use yeji::msg::Action::*;

fn snapshot_all(name: &str, build: impl Fn(Lang) -> Model) {
    for lang in [Lang::Zh, Lang::En] {
        let model = build(lang);
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen_text(&model, width, height);
            insta::assert_snapshot!(format!("{name}_{}_{width}x{height}", lang.code()), text);
        }
    }
}

fn at_step(doc: yeji::session::Session, step: usize, panels: usize) -> Model {
    let mut model = session_model(doc);
    for _ in 0..step {
        act(&mut model, &[NextStep]);
    }
    for _ in 0..panels {
        act(&mut model, &[NextPanel]);
    }
    model
}

#[test]
fn unified_items_typical() {
    snapshot_all("unified_items", |lang| {
        let mut model = at_step(typical_session(lang), 3, 0);
        act(&mut model, &[Down, Down]);
        model
    });
}

/// The five items read as a table: each row's count of agreements stands in one
/// column whether or not the item has an owner, and the owner follows it.
#[test]
fn the_five_items_keep_their_counts_in_one_column() {
    for lang in [Lang::Zh, Lang::En] {
        let model = at_step(typical_session(lang), 3, 0);
        let text = screen_text(&model, 80, 24);
        let rows: Vec<&str> = doc(&model)
            .unified
            .iter()
            .map(|item| {
                let name = item.kind.name(lang);
                let short: String = name.chars().take(12).collect();
                text.lines()
                    .find(|line| line.contains(&short) && line.contains('['))
                    .unwrap_or_else(|| panic!("{name} missing:\n{text}"))
            })
            .collect();
        let count_column = |row: &str| column_of(row, " (");
        assert!(
            rows.iter()
                .all(|row| count_column(row) == count_column(rows[0])),
            "{text}"
        );
        let owned = doc(&model)
            .unified
            .iter()
            .position(|item| item.owner.is_some())
            .unwrap();
        let owner = yeji::describe::owner_name(doc(&model), doc(&model).unified[owned].owner, lang);
        assert!(
            rows[owned].contains(&format!(") {owner}")),
            "{}",
            rows[owned]
        );
    }
}

/// The bracketed number in each row is explained above the rows.
#[test]
fn the_count_in_each_row_is_explained() {
    for lang in [Lang::Zh, Lang::En] {
        let model = at_step(typical_session(lang), 3, 0);
        let text = screen_text(&model, 80, 24);
        let legend = lang.ui().unified_count_legend;
        let progress = text
            .lines()
            .find(|line| line.contains(&fill(lang.ui().unified_progress, &["1"])))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(progress.contains(legend), "{text}");
    }
}

/// What the step's panel says from cell `from` to cell `to` of its rows (one of
/// two panels side by side), with its wrapping undone: rows joined and spaces
/// dropped, so that a text reads the same wrapped in English or in Chinese.
fn unwrapped(screen: &str, (from, to): (usize, usize)) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    for row in screen.lines().filter_map(|line| line.split('┃').nth(1)) {
        let mut at = 0;
        for c in row.chars() {
            if (from..to).contains(&at) && !c.is_whitespace() {
                out.push(c);
            }
            at += c.width().unwrap_or(0);
        }
    }
    out
}

/// The cells of the panel that starts with `heading`, to the end of its rows.
fn panel_from(screen: &str, heading: &str) -> (usize, usize) {
    let border = column_of(screen, "┃") + 1;
    (column_of(screen, heading) - border, usize::MAX)
}

fn spaceless(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The agreements panel's heading for item `index`.
fn agreements_heading(doc: &yeji::session::Session, index: usize, lang: Lang) -> String {
    let item = &doc.unified[index];
    let count = item.agreements.len().to_string();
    fill(
        lang.ui().agreements_heading,
        &[item.kind.circled(), item.kind.name(lang), &count],
    )
}

const AGREEMENT_ZH: &str = "服务中心战略服从公司“十四五”数字化规划，双方按同一优先级排序需求，每季度共同复盘一次，偏差由双方负责人一起解释。";
const AGREEMENT_EN: &str = "The service centre's strategy follows the group's digital plan; both sides rank requests by one list of priorities and review it together every quarter.";

/// An agreement longer than its row reads whole, wrapped under itself, where the
/// panel has the rows.
#[test]
fn an_agreement_reads_whole_at_80_by_24() {
    for (lang, text) in [(Lang::Zh, AGREEMENT_ZH), (Lang::En, AGREEMENT_EN)] {
        let mut doc = typical_session(lang);
        doc.unified[0].agreements[0].text = text.into();
        let model = at_step(doc, 3, 1);
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = screen_text(&model, width, height);
            let panel = panel_from(&screen, &agreements_heading(support::doc(&model), 0, lang));
            assert!(
                unwrapped(&screen, panel).contains(&spaceless(text)),
                "{screen}"
            );
        }
    }
}

/// A long initiative title wraps in its own column, and the selected initiative's
/// description follows the list in full where the rows allow it.
#[test]
fn an_initiative_and_its_description_read_whole() {
    let title = "Unified agent desktop (ticketing + knowledge base + customer history)";
    let short = "One screen for ticket, knowledge and customer history.";
    let long = "One screen for the agent: the ticket, the matching knowledge article and \
                the customer's last five contacts, so that no call waits on a second system.";
    for lang in [Lang::Zh, Lang::En] {
        for (width, height, description) in [(80, 24, short), (120, 40, long)] {
            let mut doc = typical_session(lang);
            doc.initiatives[0].title = title.into();
            doc.initiatives[0].description = description.into();
            let screen = screen_text(&at_step(doc, 3, 2), width, height);
            let heading = fill(lang.ui().initiatives_heading, &["5"]);
            let said = unwrapped(&screen, panel_from(&screen, &heading));
            assert!(said.contains(&spaceless(title)), "{screen}");
            assert!(said.contains(&spaceless(description)), "{screen}");
        }
    }
}

/// Each of the five items' names reads whole in the items panel, the room's words
/// for them: a name too long for its column goes on in the row under it, at the
/// common projected sizes and in either language.
#[test]
fn the_five_names_read_whole() {
    for lang in [Lang::Zh, Lang::En] {
        let model = at_step(typical_session(lang), 3, 0);
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let screen = screen_text(&model, width, height);
            let agreements = agreements_heading(doc(&model), 0, lang);
            let right = if screen.contains(&agreements) {
                panel_from(&screen, &agreements).0
            } else {
                usize::MAX
            };
            for item in &doc(&model).unified {
                let name = item.kind.name(lang);
                assert_eq!(
                    spaceless(&name_in_panel(&screen, right, item.kind.circled())),
                    spaceless(name),
                    "at {width}×{height}:\n{screen}"
                );
            }
        }
    }
}

/// An item's name as the items panel (left of cell `right`) shows it: the
/// words after its number up to its status, and the rows under it that go on
/// with it (indented, with no status of their own).
fn name_in_panel(screen: &str, right: usize, circled: &str) -> String {
    use unicode_width::UnicodeWidthChar;
    let rows: Vec<String> = screen
        .lines()
        .filter_map(|line| line.split('┃').nth(1))
        .map(|row| {
            let mut at = 0;
            row.chars()
                .take_while(|c| {
                    at += c.width().unwrap_or(0);
                    at <= right
                })
                .collect()
        })
        .collect();
    let Some(first) = rows.iter().position(|row| row.contains(circled)) else {
        return String::new();
    };
    let row = &rows[first];
    let after = &row[row.find(circled).unwrap() + circled.len()..];
    let mut name = after[..after.find('[').unwrap_or(after.len())].to_string();
    for row in &rows[first + 1..] {
        if !row.starts_with("    ") || row.trim().is_empty() || row.contains('[') {
            break;
        }
        name.push(' ');
        name.push_str(row.trim());
    }
    name
}

/// An item's notes read whole under its explanation, on a small screen too.
#[test]
fn an_items_notes_read_whole() {
    let notes = "IT wants a 3-year plan, business wants quarterly targets: a rolling plan.";
    for lang in [Lang::Zh, Lang::En] {
        let mut doc = typical_session(lang);
        doc.unified[2].notes = notes.into();
        let mut model = at_step(doc, 3, 0);
        act(&mut model, &[Down, Down]);
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = screen_text(&model, width, height);
            // Beside the agreements, the items are the panel on the left.
            let agreements = agreements_heading(support::doc(&model), 2, lang);
            let right = if screen.contains(&agreements) {
                panel_from(&screen, &agreements).0
            } else {
                usize::MAX
            };
            assert!(
                unwrapped(&screen, (0, right)).contains(&spaceless(notes)),
                "{screen}"
            );
        }
    }
}

/// Notes longer than the rows left for them end with an ellipsis on the last row.
#[test]
fn notes_too_long_for_the_panel_are_cut_with_an_ellipsis() {
    let mut doc = typical_session(Lang::En);
    doc.unified[0].notes = "A long discussion went on. ".repeat(40);
    let model = at_step(doc, 3, 0);
    let screen = screen_text(&model, 80, 24);
    let last = screen
        .lines()
        .filter_map(|line| line.split('┃').nth(1))
        .map(str::trim_end)
        .rfind(|row| !row.is_empty())
        .unwrap();
    assert!(last.ends_with('…'), "{screen}");
}

#[test]
fn unified_in_an_empty_session() {
    snapshot_all("unified_empty", |lang| at_step(new_session("", lang), 3, 0));
}

#[test]
fn unified_initiatives_typical_and_large() {
    snapshot_all("initiatives_typical", |lang| {
        at_step(typical_session(lang), 3, 2)
    });
    snapshot_all("initiatives_large", |lang| {
        let mut model = at_step(large_session(lang), 3, 2);
        for _ in 0..60 {
            act(&mut model, &[Down]);
        }
        model
    });
}

#[test]
fn dot_vote_hidden_then_revealed_and_ranked() {
    snapshot_all("voting_hidden", |lang| at_step(typical_session(lang), 3, 3));
    snapshot_all("voting_ranked", |lang| {
        let mut model = at_step(large_session(lang), 3, 3);
        act(&mut model, &[ToggleHidden, ToggleRanking, Right, Right]);
        model
    });
}

/// Whether the room can see the totals reads in full on a small screen.
#[test]
fn the_dot_vote_says_whether_totals_are_hidden() {
    for (lang, hidden, shown) in [
        (Lang::En, "totals hidden (h reveals)", "totals shown"),
        (Lang::Zh, "结果隐藏（h 公布）", "结果已公布"),
    ] {
        let mut model = at_step(typical_session(lang), 3, 3);
        assert!(panel_text(&screen_text(&model, 80, 24)).contains(hidden));
        act(&mut model, &[ToggleHidden]);
        let text = screen_text(&model, 80, 24);
        assert!(panel_text(&text).contains(shown), "{text}");
    }
}

#[test]
fn linking_statements_to_an_initiative() {
    snapshot_all("pick_statements", |lang| {
        let mut model = at_step(typical_session(lang), 3, 2);
        act(&mut model, &[LinkStatements, Down]);
        model
    });
}

#[test]
fn deleting_an_initiative_that_has_votes_asks_first() {
    snapshot_all("confirm_delete", |lang| {
        let mut model = at_step(typical_session(lang), 3, 2);
        act(&mut model, &[DeleteItem]);
        model
    });
}

#[test]
fn synergy_ratings_with_a_gap() {
    snapshot_all("synergies_typical", |lang| {
        let mut model = at_step(typical_session(lang), 4, 0);
        act(&mut model, &[Down, Down, Right, Right]);
        model
    });
}

/// At 80 columns the synergy table's legend and the verdict on a gap read in full.
#[test]
fn a_synergy_gap_is_explained_in_full_on_a_small_screen() {
    for (lang, said) in [
        (
            Lang::En,
            ["1–5 rates, moves on", "the friction to talk about"],
        ),
        (Lang::Zh, ["自动跳到下一格", "这正是要摊开来谈的摩擦"]),
    ] {
        let mut model = at_step(typical_session(lang), 4, 0);
        act(&mut model, &[Down, Down, Right, Right]);
        let text = screen_text(&model, 80, 24);
        for words in said {
            assert!(panel_text(&text).contains(words), "{words}:\n{text}");
        }
    }
}

/// On a projected 80×24 screen the selected synergy's bars, business against
/// technology, show under the grid: the gap is the point of the step.
#[test]
fn the_synergy_bars_show_on_a_small_screen() {
    for (lang, labels) in [
        (Lang::En, ["business today", "technology today", "target"]),
        (Lang::Zh, ["业务 今天", "技术 今天", "目标"]),
    ] {
        let mut model = at_step(typical_session(lang), 4, 0);
        act(&mut model, &[Down, Down]);
        let text = screen_text(&model, 80, 24);
        for label in labels {
            let bar = text.lines().find(|row| row.contains(&format!("┃{label} ")));
            assert!(bar.is_some_and(|row| row.contains('█')), "{label}:\n{text}");
        }
    }
}

#[test]
fn synergies_in_an_empty_session() {
    snapshot_all("synergies_empty", |lang| {
        at_step(new_session("", lang), 4, 0)
    });
}

#[test]
fn synergy_individual_ratings_and_mechanisms() {
    snapshot_all("synergy_people", |lang| {
        let mut model = at_step(large_session(lang), 4, 0);
        act(&mut model, &[Down, Down, Down, NextPanel]);
        model
    });
    snapshot_all("synergy_mechanisms", |lang| {
        let mut model = at_step(typical_session(lang), 4, 0);
        act(&mut model, &[Down, Down, NextPanel, NextPanel]);
        model
    });
}

#[test]
fn initiatives_start_in_one_column_whatever_their_priority() {
    use yeji::session::unified::Priority;
    for lang in [Lang::Zh, Lang::En] {
        let mut doc = typical_session(lang);
        for (initiative, priority) in doc.initiatives.iter_mut().zip(Priority::ALL) {
            initiative.priority = priority;
        }
        let titles: Vec<String> = doc
            .initiatives
            .iter()
            .take(3)
            .map(|i| i.title.clone())
            .collect();
        let screen = screen_text(&at_step(doc, 3, 2), 80, 24);
        let columns: Vec<usize> = titles
            .iter()
            .map(|title| column_of(&screen, &title.chars().take(4).collect::<String>()))
            .collect();
        assert!(
            columns.iter().all(|c| *c == columns[0]),
            "{columns:?}\n{screen}"
        );
    }
}

/// The mechanisms heading names its keys in full where the panel has a row for it.
#[test]
fn the_mechanisms_heading_keeps_its_keys_at_80_by_24() {
    for (lang, keys) in [
        (Lang::En, "1–7 add a proposal, a your own"),
        (Lang::Zh, "1–7 添加建议，a 自己写"),
    ] {
        let mut doc = typical_session(lang);
        for synergy in &mut doc.synergies {
            synergy.mechanisms.truncate(2);
        }
        let mut model = at_step(doc, 4, 0);
        act(&mut model, &[NextPanel, NextPanel]);
        let text = screen_text(&model, 80, 24);
        assert!(text.contains(keys), "{keys}:\n{text}");
    }
}

/// The ratings grid explains its star only when some value is averaged from people.
#[test]
fn the_star_is_explained_only_where_a_rating_carries_it() {
    let note = "averaged from that side's people";
    let with_people = screen_text(&at_step(typical_session(Lang::En), 4, 0), 80, 24);
    assert!(
        with_people.contains("4*") && with_people.contains(note),
        "{with_people}"
    );
    let mut doc = typical_session(Lang::En);
    for synergy in &mut doc.synergies {
        synergy.people.clear();
    }
    let without = screen_text(&at_step(doc, 4, 0), 80, 24);
    assert!(
        !without.contains('*') && !without.contains(note),
        "{without}"
    );
    assert!(without.contains("1–5 rates, moves on"), "{without}");
}

/// Cycling an item's owner through everyone and every role leaves each row's
/// status where it was: the columns do not jump under the room's eyes.
#[test]
fn the_status_column_stays_put_as_owners_cycle() {
    for lang in [Lang::Zh, Lang::En] {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let mut session = typical_session(lang);
            for item in &mut session.unified {
                item.owner = None;
            }
            let mut model = at_step(session, 3, 0);
            let owners = doc(&model).setup.participants.len() + doc(&model).roles.len() + 1;
            let mut columns = Vec::new();
            for _ in 0..owners {
                let text = screen_text(&model, width, height);
                let status = doc(&model).unified[0].status.label(lang);
                columns.push(column_of(&text, &format!("[{status}]")));
                act(&mut model, &[CycleOwner]);
            }
            assert!(
                columns.iter().all(|column| *column == columns[0]),
                "{} {width}×{height}: {columns:?}",
                lang.code()
            );
        }
    }
}

/// In the dot vote, the selected initiative's title reads whole under the list
/// where its row had to cut it, so the room knows what it gives dots to.
#[test]
fn the_dot_vote_shows_the_selected_long_title_whole() {
    let title = "Unified agent desktop (ticketing + knowledge base + customer history) for every hotline seat";
    for lang in [Lang::Zh, Lang::En] {
        let mut doc = typical_session(lang);
        doc.initiatives[0].title = title.into();
        let model = at_step(doc, 3, 3);
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let screen = screen_text(&model, width, height);
            let heading = lang.ui().voting_heading.split(" · ").next().unwrap();
            let said = unwrapped(&screen, panel_from(&screen, &format!("{heading} · ")));
            assert!(said.contains(&spaceless(title)), "{screen}");
        }
    }
}
