//! The wrap-up step, the closing summary, projector mode and the themes, at 80×24
//! and 120×40 in both languages.

mod support;

use chrono::NaiveDate;
use ratatui::style::Color;
use support::*;
use yeji::i18n::Lang;
use yeji::model::{Model, ThemeName};
use yeji::msg::Action::*;
use yeji::msg::Msg;
use yeji::session::Session;
use yeji::session::shared::Shared;
use yeji::session::wrap_up::{
    ActionItem, ActionStatus, Decision, Indicator, IndicatorKind, Link, ParkedItem,
};

fn snapshot_all(name: &str, build: impl Fn(Lang) -> Model) {
    for lang in [Lang::Zh, Lang::En] {
        let model = build(lang);
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen_text(&model, width, height);
            insta::assert_snapshot!(format!("{name}_{}_{width}x{height}", lang.code()), text);
        }
    }
}

fn date(month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, month, day)
}

fn wrapped_session(lang: Lang) -> Session {
    let mut session = typical_session(lang);
    let wrap_up = &mut session.wrap_up;
    wrap_up.decisions = vec![
        Decision {
            id: 1,
            text: "以一次解决率为所有改造的第一指标".into(),
            link: Some(Link::Step("strategy".into())),
        },
        Decision {
            id: 2,
            text: "Pilot first, then roll out".into(),
            link: Some(Link::Initiative(1)),
        },
    ];
    wrap_up.actions = vec![
        ActionItem {
            id: 3,
            text: "李娜牵头拿出统一数据口径方案".into(),
            owner: Some(2),
            due: date(12, 9),
            status: ActionStatus::Open,
            initiative: Some(2),
        },
        ActionItem {
            id: 4,
            text: "Set up the joint triage".into(),
            owner: None,
            due: date(11, 20),
            status: ActionStatus::Doing,
            initiative: None,
        },
        ActionItem {
            id: 5,
            text: "旧工单系统迁移".into(),
            owner: Some(4),
            due: date(10, 1),
            status: ActionStatus::Done,
            initiative: None,
        },
    ]
    .into_iter()
    .map(Shared::new)
    .collect();
    wrap_up.parking = vec![ParkedItem {
        id: 6,
        text: "智能客服预算归属".into(),
        raised_in: "five-unified".into(),
        owner: Some(1),
        due: date(12, 18),
        closed: false,
    }];
    wrap_up.indicators = vec![Indicator {
        id: 7,
        name: "一次解决率 first-contact resolution".into(),
        kind: IndicatorKind::Outcome,
        baseline: "72".into(),
        target: "85".into(),
        unit: "%".into(),
        owner: Some(3),
    }];
    wrap_up.next_session = NaiveDate::from_ymd_opt(2027, 1, 8);
    session
}

fn on_wrap_up(session: Session, panels: usize) -> Model {
    let mut model = session_model(session);
    for _ in 0..6 {
        act(&mut model, &[NextStep]);
    }
    for _ in 0..panels {
        act(&mut model, &[NextPanel]);
    }
    model
}

#[test]
fn the_closing_summary() {
    snapshot_all("summary", |lang| on_wrap_up(wrapped_session(lang), 0));
    snapshot_all("summary_empty", |lang| on_wrap_up(new_session("", lang), 0));
}

#[test]
fn wrap_up_lists() {
    snapshot_all("decisions", |lang| on_wrap_up(wrapped_session(lang), 1));
    snapshot_all("actions", |lang| on_wrap_up(wrapped_session(lang), 2));
    snapshot_all("parking", |lang| on_wrap_up(wrapped_session(lang), 3));
    snapshot_all("indicators", |lang| on_wrap_up(wrapped_session(lang), 4));
}

#[test]
fn typing_a_due_date_shows_the_day_it_means() {
    snapshot_all("due_preview", |lang| {
        let mut model = on_wrap_up(wrapped_session(lang), 2);
        act(&mut model, &[EditDue, DeleteToLineStart]);
        send(&mut model, [typed("下周一")]);
        model
    });
}

#[test]
fn projector_mode_with_the_clock_running() {
    snapshot_all("projector", |lang| {
        let mut model = session_model(wrapped_session(lang));
        act(
            &mut model,
            &[NextStep, NextStep, StartPauseTimer, ToggleProjector],
        );
        yeji::update::update(&mut model, Msg::Tick, later(32 * 60 + 5));
        model
    });
}

#[test]
fn the_header_clock_turns_amber_then_red() {
    let mut model = session_model(new_session("t", Lang::En));
    act(&mut model, &[StartPauseTimer]);
    let clock_colour = |model: &Model| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|frame| yeji::view::render(model, frame))
            .unwrap();
        terminal.backend().buffer()[(78, 0)].style()
    };
    yeji::update::update(&mut model, Msg::Tick, later(60));
    assert_eq!(clock_colour(&model).fg, Some(Color::Green));
    yeji::update::update(&mut model, Msg::Tick, later(8 * 60 + 30));
    assert_eq!(clock_colour(&model).fg, Some(Color::Yellow));
    yeji::update::update(&mut model, Msg::Tick, later(9 * 60 + 50));
    assert_eq!(clock_colour(&model).bg, Some(Color::Red));
}

#[test]
fn each_theme_paints_the_screen_its_own_way() {
    let background = |theme: ThemeName| {
        let mut model = session_model(wrapped_session(Lang::Zh));
        model.display.theme = theme;
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|frame| yeji::view::render(&model, frame))
            .unwrap();
        terminal.backend().buffer()[(40, 12)].bg
    };
    assert_eq!(
        background(ThemeName::Dark),
        Color::Reset,
        "the terminal's own"
    );
    assert_eq!(background(ThemeName::Light), Color::White);
    assert_eq!(background(ThemeName::HighContrast), Color::Black);
    for theme in [ThemeName::Light, ThemeName::HighContrast] {
        let mut model = session_model(wrapped_session(Lang::En));
        model.display.theme = theme;
        act(&mut model, &[NextStep]);
        let text = screen_text(&model, 80, 24);
        insta::assert_snapshot!(format!("theme_{theme:?}_en_80x24"), text);
    }
}

#[test]
fn actions_start_in_one_column_whatever_their_status() {
    for lang in [Lang::Zh, Lang::En] {
        let screen = screen_text(&on_wrap_up(wrapped_session(lang), 2), 80, 24);
        let columns: Vec<usize> = ["李娜牵头", "Set up the", "旧工单系统"]
            .iter()
            .map(|text| column_of(&screen, text))
            .collect();
        assert!(
            columns.iter().all(|c| *c == columns[0]),
            "{columns:?}\n{screen}"
        );
    }
}

/// Owners stand in a column of their own, so that their dates line up too.
#[test]
fn action_owners_and_dates_stand_in_columns() {
    for lang in [Lang::Zh, Lang::En] {
        let screen = screen_text(&on_wrap_up(wrapped_session(lang), 2), 80, 24);
        let owners = [
            "李娜".to_string(),
            lang.ui().no_owner.to_string(),
            "刘洋".to_string(),
        ];
        // Each owner after the gap that ends an action's text.
        let owner_columns: Vec<usize> = owners
            .iter()
            .map(|o| column_of(&screen, &format!("  {o}  ")))
            .collect();
        let date_columns: Vec<usize> = ["12-09", "11-20", "10-01"]
            .iter()
            .map(|d| column_of(&screen, d))
            .collect();
        for columns in [owner_columns, date_columns] {
            assert!(
                columns.iter().all(|c| *c == columns[0]),
                "{columns:?}\n{screen}"
            );
        }
    }
}

const LONG: &str = "Agree one ticket taxonomy across the hotline, the app and the \
                    branches before the pilot starts";

/// While every item of a list fits wrapped under itself, each reads whole: the
/// text goes on in its own column, and owners and dates stay on the first row.
#[test]
fn a_short_list_reads_whole_wrapped_under_each_item() {
    let mut session = wrapped_session(Lang::En);
    session.wrap_up.decisions[0].text = LONG.into();
    let words = |screen: &str| {
        panel_text(screen)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let screen = screen_text(&on_wrap_up(session.clone(), 1), 80, 24);
    assert!(words(&screen).contains(LONG), "{screen}");
    session.wrap_up.actions[1].text = LONG.into();
    let screen = screen_text(&on_wrap_up(session, 2), 80, 24);
    let first = screen
        .lines()
        .position(|row| row.contains("Agree one"))
        .unwrap();
    let row = screen.lines().nth(first).unwrap();
    assert!(
        row.contains("11-20!"),
        "the date on the first row:\n{screen}"
    );
    let next = screen.lines().nth(first + 1).unwrap();
    assert_eq!(
        column_of(next, next.split('┃').nth(1).unwrap().trim()),
        column_of(row, "Agree one"),
        "the text goes on under itself:\n{screen}"
    );
    assert!(
        words(&screen).contains("the branches before the pilot starts"),
        "{screen}"
    );
}

/// Where the items do not all fit wrapped, each keeps one row; then the selected
/// one, if it had to be cut, reads in full under the list while there are rows to
/// spare, and only while its panel has the keys.
#[test]
fn the_selected_item_reads_whole_below_a_list_too_long_to_wrap() {
    let mut session = wrapped_session(Lang::En);
    let decision = session.wrap_up.decisions[0].clone();
    session.wrap_up.decisions = (0..5)
        .map(|n| yeji::session::wrap_up::Decision {
            id: 100 + n,
            text: format!("{n}: {LONG}"),
            ..decision.clone()
        })
        .collect();
    let model = on_wrap_up(session, 1);
    let screen = screen_text(&model, 80, 24);
    let said = panel_text(&screen);
    assert!(said.contains("0: Agree one"), "{screen}");
    assert!(said.contains("4: Agree one"), "one row each:\n{screen}");
    assert!(said.contains("before the pilot starts"), "{screen}");
    assert!(
        said.contains("branches before"),
        "wrapped, not cut:\n{screen}"
    );
    let mut model = model;
    act(&mut model, &[NextPanel]);
    let screen = screen_text(&model, 80, 24);
    assert!(!panel_text(&screen).contains("pilot starts"), "{screen}");
}

/// An overdue action's date is marked with "!" as well as in red, and without colour
/// it is bold rather than in reverse video, which would read as the selection.
#[test]
fn an_overdue_action_is_marked_without_colour_too() {
    use ratatui::style::Modifier;
    let mut model = on_wrap_up(wrapped_session(Lang::En), 2);
    model.display.color = false;
    let screen = screen_text(&model, 80, 24);
    assert!(screen.contains("11-20!"), "{screen}");
    assert!(!screen.contains("12-09!"), "not due yet:\n{screen}");
    assert!(!screen.contains("10-01!"), "done:\n{screen}");
    let row = screen
        .lines()
        .position(|row| row.contains("11-20!"))
        .unwrap();
    let column = column_of(&screen, "11-20!");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| yeji::view::render(&model, frame))
        .unwrap();
    let style = terminal.backend().buffer()[(column as u16, row as u16)].style();
    assert!(style.add_modifier.contains(Modifier::BOLD), "{style:?}");
    assert!(
        !style.add_modifier.contains(Modifier::REVERSED),
        "{style:?}"
    );
}

/// Beside a list, the summary's open problems wrap rather than lose their counts,
/// while the panel has the rows.
#[test]
fn the_summary_beside_a_list_keeps_its_counts() {
    let model = on_wrap_up(wrapped_session(Lang::En), 2);
    let screen = screen_text(&model, 120, 40);
    let summary: String = screen
        .lines()
        .filter_map(|row| row.split('┃').nth(1))
        .map(|row| {
            // What stands right of the list's 53 cells.
            let mut cells = 0;
            let at = row
                .char_indices()
                .find(|(_, c)| {
                    cells += unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
                    cells > 53
                })
                .map_or(row.len(), |(at, _)| at);
            row[at..].trim().to_string()
        })
        .collect::<Vec<_>>()
        .join(" ");
    for words in [
        "Actions without an owner or a due date: 1",
        "business–technology gap: 3",
        "Next session: 2027-01-08 Fri (d sets it)",
    ] {
        assert!(summary.contains(words), "{words}\n{screen}");
    }
}

/// Standing alone, the summary lists the decisions and the open actions in the rows
/// it leaves free; beside a list (a wide screen) it leaves that to the list.
#[test]
fn the_summary_alone_lists_decisions_and_open_actions() {
    let model = on_wrap_up(wrapped_session(Lang::En), 0);
    let screen = screen_text(&model, 80, 32);
    let said = panel_text(&screen);
    for words in [
        "Decisions",
        "以一次解决率为所有改造的第一指标",
        "Open actions",
        "Set up the joint triage · no owner · 11-20!",
    ] {
        assert!(said.contains(words), "{words}\n{screen}");
    }
    assert!(!said.contains("旧工单系统迁移"), "a done action:\n{screen}");
    let wide = screen_text(&model, 120, 40);
    assert!(!wide.contains("Open actions"), "{wide}");
}

/// On a narrow screen the owner column gives way before an action's text does: the
/// row keeps its status, text and date, and the owner and the whole due date of
/// the selected action show under the list.
#[test]
fn a_narrow_screen_keeps_action_text_and_names_the_owner_below() {
    for lang in [Lang::Zh, Lang::En] {
        let model = on_wrap_up(wrapped_session(lang), 2);
        let narrow = screen_text(&model, 50, 14);
        let panel = panel_text(&narrow);
        assert!(panel.contains("李娜牵头"), "{narrow}");
        assert!(panel.contains("12-09"), "{narrow}");
        let about = yeji::i18n::fill(lang.ui().action_about, &["李娜", "12-09"]);
        assert!(panel.contains(&about), "{about}\n{narrow}");
        // Wide enough, the owner keeps its column and there is no line about it.
        let wide = screen_text(&model, 80, 24);
        assert!(!panel_text(&wide).contains(&about), "{wide}");
        assert!(wide.contains("  李娜  "), "{wide}");
    }
}

/// An indicator's values read with their unit written one way, whether or not the
/// unit was typed into the value too: Chinese units straight after the number,
/// units in letters after a space, in either language of the program.
#[test]
fn indicator_values_write_number_and_unit_one_way() {
    for lang in [Lang::Zh, Lang::En] {
        let mut session = wrapped_session(lang);
        let indicators = &mut session.wrap_up.indicators;
        indicators[0].name = "处理时长".into();
        indicators[0].baseline = "320秒".into();
        indicators[0].target = "260".into();
        indicators[0].unit = "秒".into();
        let mut seconds = indicators[0].clone();
        seconds.id = 8;
        seconds.name = "Handling time".into();
        seconds.baseline = "320s".into();
        seconds.target = "260".into();
        seconds.unit = "s".into();
        indicators.push(seconds);
        let screen = screen_text(&on_wrap_up(session, 4), 120, 40);
        assert!(screen.contains("320秒 → 260秒"), "{screen}");
        assert!(screen.contains("320 s → 260 s"), "{screen}");
    }
}

/// The parking lot says where an item was raised in the brackets its language
/// writes, and lines its owners and dates up in columns, as the actions do.
#[test]
fn the_parking_lot_lines_up_owners_and_dates() {
    use unicode_width::UnicodeWidthStr;
    for lang in [Lang::Zh, Lang::En] {
        let mut session = wrapped_session(lang);
        let mut second = session.wrap_up.parking[0].clone();
        second.id = 8;
        second.text = "Line synergy between headquarters and branches".into();
        second.raised_in = "diagnose".into();
        second.owner = Some(3);
        second.due = date(1, 5);
        session.wrap_up.parking.push(second);
        let names: Vec<String> = [1, 3]
            .iter()
            .map(|id| session.participant(*id).unwrap().name.clone())
            .collect();
        let text = screen_text(&on_wrap_up(session, 3), 80, 24);
        let rows: Vec<&str> = ["智能客服预算归属", "Line synergy"]
            .iter()
            .map(|start| text.lines().find(|line| line.contains(start)).unwrap())
            .collect();
        let cell_of = |row: &str, what: &str| row[..row.find(what).unwrap()].width();
        assert_eq!(
            cell_of(rows[0], &names[0]),
            cell_of(rows[1], &names[1]),
            "owners in one column:\n{text}"
        );
        assert_eq!(
            cell_of(rows[0], "12-18"),
            cell_of(rows[1], "01-05"),
            "dates in one column:\n{text}"
        );
        if lang == Lang::Zh {
            assert!(rows[0].contains("（五统一）"), "{text}");
            assert!(!rows[0].contains('('), "{text}");
        }
    }
}
