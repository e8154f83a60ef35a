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
