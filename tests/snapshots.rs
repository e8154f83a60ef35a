//! Whole screens drawn into a test terminal, at 80×24 and 120×40, in Chinese and
//! English, compared with the snapshots in `tests/snapshots/`.

mod support;

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use support::*;
use unicode_width::UnicodeWidthStr;
use yeji::i18n::Lang;
use yeji::load_error::{LoadError, Position, Problem};
use yeji::model::{Dialog, Model, Screen};
use yeji::msg::{Action::*, Msg};
use yeji::session::naming::{Listing, Summary};
use yeji::storage::failure::SaveError;

pub fn draw(model: &Model, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| yeji::view::render(model, frame))
        .unwrap();
    terminal
}

/// The screen as text, one line per row; wide characters take their two cells.
pub fn text_of(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            skip = symbol.width().saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

fn screen_text(model: &Model, width: u16, height: u16) -> String {
    text_of(draw(model, width, height).backend().buffer())
}

/// Snapshots `build(lang)` at both sizes in both languages.
fn snapshot_all(name: &str, build: impl Fn(Lang) -> Model) {
    for lang in [Lang::Zh, Lang::En] {
        let model = build(lang);
        for (width, height) in [(80, 24), (120, 40)] {
            let text = screen_text(&model, width, height);
            insta::assert_snapshot!(format!("{name}_{}_{width}x{height}", lang.code()), text);
        }
    }
}

fn listings() -> Vec<Listing> {
    let summary = |title: &str, organisation: &str, done| Summary {
        date: t0().date_naive(),
        title: title.into(),
        organisation: organisation.into(),
        steps_done: done,
        steps_total: 7,
        updated: t0(),
    };
    let broken = PathBuf::from("sessions/2026-11-01-broken.ron");
    vec![
        Listing {
            path: PathBuf::from("sessions/2026-11-25-业技融合共创-第一期.ron"),
            summary: Ok(summary("业技融合共创 第一期", "95598 客服中心", 3)),
        },
        Listing {
            path: PathBuf::from("sessions/2026-11-18-card-centre-kick-off.ron"),
            summary: Ok(summary("Card centre kick-off", "Card services", 7)),
        },
        Listing {
            summary: Err(LoadError::new(
                &broken,
                Some(Position { line: 12, col: 9 }),
                Problem::UnknownField {
                    found: "titel".into(),
                    expected: vec!["title".into(), "organisation".into()],
                },
            )),
            path: broken,
        },
    ]
}

#[test]
fn start_screen_without_sessions() {
    snapshot_all("start_empty", start_model);
}

#[test]
fn start_screen_with_sessions_and_a_broken_file() {
    snapshot_all("start_listed", |lang| {
        let mut model = start_model(lang);
        send(&mut model, [Msg::Listed(listings())]);
        act(&mut model, &[Down]);
        model
    });
}

/// The selected broken file's error reads whole, suggestion and all, in rows under
/// its name; the other rows keep one row each.
#[test]
fn start_screen_with_the_broken_file_selected() {
    snapshot_all("start_broken", |lang| {
        let mut model = start_model(lang);
        let mut listings = listings();
        listings.push(misspelt_title(
            "sessions/2026-11-01-业技融合共创-第二期-改过.ron",
        ));
        send(&mut model, [Msg::Listed(listings)]);
        act(&mut model, &[Down, Down, Down, Down]);
        model
    });
}

/// A broken file selected at the foot of a long list scrolls its whole error into view.
#[test]
fn a_broken_file_at_the_foot_of_a_long_list_shows_its_whole_error() {
    let mut model = start_model(Lang::En);
    let many: Vec<Listing> = (0..30).flat_map(|_| listings()).collect();
    send(&mut model, [Msg::Listed(many)]);
    act(&mut model, &[Down; 90]);
    let text = screen_text(&model, 80, 24);
    assert!(
        text.contains("▶ ! 2026-11-01-broken.ron:12:9: there is no"),
        "{text}"
    );
    assert!(
        text.contains("Fields here are: title, organisation"),
        "{text}"
    );
}

/// A broken file not selected keeps one row: its cause comes first, suggestion
/// and all, however long its name; the name's end follows where there is room.
#[test]
fn a_broken_file_with_a_long_name_shows_its_cause_first() {
    let mut listings = listings();
    listings.push(misspelt_title(
        "sessions/2026-11-01-业技融合共创工作坊-95598-客服中心-华东分中心-第二期-改过.ron",
    ));
    let cases = [
        (
            Lang::En,
            "! there is no field `titel`; did you mean `title`?",
        ),
        (Lang::Zh, "! 没有叫 `titel` 的字段，是不是想写 `title`？"),
    ];
    for (lang, cause) in cases {
        let mut model = start_model(lang);
        send(&mut model, [Msg::Listed(listings.clone())]);
        let text = screen_text(&model, 80, 24);
        let row = text
            .lines()
            .find(|line| line.contains("改过"))
            .unwrap_or_else(|| panic!("{text}"));
        let row = row.trim_matches('┃').trim_end();
        assert!(row.starts_with(&format!("  {cause}")), "{row}");
        assert!(row.ends_with("改过.ron"), "{row}");
    }
}

#[test]
fn start_screen_asking_for_a_title() {
    snapshot_all("start_title", |lang| {
        let mut model = start_model(lang);
        act(&mut model, &[NewSession]);
        send(&mut model, [typed("业技融合 Q4")]);
        model
    });
}

#[test]
fn setup_step_with_participants() {
    snapshot_all("setup", |lang| {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextPanel, Down]);
        model
    });
}

/// How many people speak for each side reads in full on a small screen: the
/// balance wraps under the participants' heading instead of being cut.
#[test]
fn the_side_balance_names_every_side_present() {
    for (lang, last) in [(Lang::En, "management 1"), (Lang::Zh, "管理 1")] {
        let model = session_model(typical_session(lang));
        let text = screen_text(&model, 80, 24);
        assert!(text.contains(last), "{text}");
    }
}

/// The participants table: every heading reads whole, and each column is as wide
/// as its longest entry, so that a person's side sits near their name.
#[test]
fn the_participants_table_keeps_its_columns_together() {
    for lang in [Lang::Zh, Lang::En] {
        let model = session_model(typical_session(lang));
        let text = screen_text(&model, 80, 24);
        let ui = lang.ui();
        let heading = text
            .lines()
            .find(|line| line.contains(ui.participant_name))
            .unwrap();
        assert!(heading.contains(ui.participant_side), "{heading}");
        let widest_department = doc(&model)
            .setup
            .participants
            .iter()
            .map(|p| unicode_width::UnicodeWidthStr::width(p.department.as_str()))
            .max()
            .unwrap();
        let gap =
            column_of(&text, ui.participant_side) - column_of(&text, ui.participant_department);
        assert_eq!(gap, widest_department + 2, "{text}");
    }
}

#[test]
fn notes_step_with_notes() {
    snapshot_all("notes", |lang| {
        let mut model = session_model(typical_session(lang));
        to_notes_step(&mut model);
        act(&mut model, &[Down]);
        model
    });
}

#[test]
fn empty_notes_step() {
    snapshot_all("notes_empty", |lang| {
        let mut model = session_model(new_session("", lang));
        to_notes_step(&mut model);
        model
    });
}

#[test]
fn typing_a_multi_line_note() {
    snapshot_all("editing_note", |lang| {
        let mut model = session_model(typical_session(lang));
        to_notes_step(&mut model);
        act(&mut model, &[AddItem]);
        send(&mut model, [typed("技术部门要成为解决方案专家")]);
        act(&mut model, &[NewLine]);
        send(
            &mut model,
            [typed("Tech and data teams as solution experts")],
        );
        model
    });
}

#[test]
fn help_overlay() {
    snapshot_all("help", |lang| {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep, ToggleHelp]);
        model
    });
}

#[test]
fn a_failed_save_in_the_footer() {
    snapshot_all("save_failed", |lang| {
        let mut model = session_model(typical_session(lang));
        to_notes_step(&mut model);
        act(&mut model, &[DeleteItem]);
        let why = SaveError::other("No space left on device (os error 28)");
        yeji::update::update(&mut model, Msg::SaveFailed { why }, later(1));
        model
    });
}

#[test]
fn dialog_when_the_file_changed_on_disk() {
    snapshot_all("dialog_changed", |lang| {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[NextStep]);
        send(&mut model, [Msg::SaveConflict]);
        model
    });
}

#[test]
fn dialog_offering_a_recovery_copy() {
    snapshot_all("dialog_recovery", |lang| {
        let mut model = session_model(typical_session(lang));
        if let Screen::Session(screen) = &mut model.screen {
            screen.dialog = Some(Dialog::Recovery {
                path: PathBuf::from("sessions/2026-11-25-kick-off.ron.recovery"),
                doc: Box::new(typical_session(lang)),
            });
        }
        model
    });
}

#[test]
fn review_is_marked_read_only() {
    snapshot_all("review", |lang| {
        let mut model = read_only_model(typical_session(lang));
        act(&mut model, &[NextStep]);
        model
    });
}

#[test]
fn too_small_says_how_big_it_must_be() {
    for lang in [Lang::Zh, Lang::En] {
        let model = session_model(typical_session(lang));
        let text = screen_text(&model, 30, 10);
        insta::assert_snapshot!(format!("too_small_{}", lang.code()), text);
    }
}

#[test]
fn ascii_borders_and_marks() {
    let mut model = session_model(typical_session(Lang::Zh));
    model.display.ascii_borders = true;
    act(&mut model, &[NextStep, NextStep, NextPanel]);
    let text = screen_text(&model, 80, 24);
    insta::assert_snapshot!("ascii_notes_zh_80x24", text);
    let non_ascii_marks = ['┌', '━', '│', '▶', '•', '…', '·'];
    assert!(!text.contains(non_ascii_marks), "{text}");
}

/// A listed file that cannot be read: `titel` written for `title` at 12:9.
fn misspelt_title(path: &str) -> Listing {
    let path = PathBuf::from(path);
    Listing {
        summary: Err(LoadError::new(
            &path,
            Some(Position { line: 12, col: 9 }),
            Problem::UnknownField {
                found: "titel".into(),
                expected: ["title", "organisation", "facilitator", "starts_at"]
                    .map(String::from)
                    .to_vec(),
            },
        )),
        path,
    }
}
