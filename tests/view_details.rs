//! What the snapshots cannot show: where the real cursor is, and colour.

mod support;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Position;
use ratatui::style::Color;
use support::*;
use yeji::i18n::Lang;
use yeji::model::Model;
use yeji::msg::{Action::*, Msg};
use yeji::storage::failure::SaveError;

fn draw(model: &Model, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| yeji::view::render(model, frame))
        .unwrap();
    terminal
}

/// The cell just after the lowest, rightmost place `text` is drawn.
fn cell_after(terminal: &Terminal<TestBackend>, text: &str) -> Position {
    let buffer = terminal.backend().buffer();
    for y in (0..buffer.area.height).rev() {
        let mut row = String::new();
        let mut columns = Vec::new();
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            for _ in symbol.chars() {
                columns.push(x);
            }
            row.push_str(symbol);
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        if let Some(at) = row.rfind(text) {
            let start = columns[row[..at].chars().count()];
            let cells = unicode_width::UnicodeWidthStr::width(text) as u16;
            return Position::new(start + cells, y);
        }
    }
    panic!("{text} not on screen");
}

#[test]
fn the_terminal_cursor_sits_after_typed_chinese_text() {
    let mut model = session_model(new_session("", Lang::Zh));
    to_notes_step(&mut model);
    act(&mut model, &[AddItem]);
    send(&mut model, [typed("客户至上数字优先")]);
    let mut terminal = draw(&model, 80, 24);
    let expected = cell_after(&terminal, "客户至上数字优先");
    terminal.backend_mut().assert_cursor_position(expected);
}

#[test]
fn the_cursor_follows_left_moves_over_wide_characters() {
    let mut model = session_model(new_session("", Lang::Zh));
    to_notes_step(&mut model);
    act(&mut model, &[AddItem]);
    send(&mut model, [typed("客户至上")]);
    act(&mut model, &[CursorLeft, CursorLeft]);
    let mut terminal = draw(&model, 80, 24);
    let end = cell_after(&terminal, "客户至上");
    terminal
        .backend_mut()
        .assert_cursor_position(Position::new(end.x - 4, end.y));
}

#[test]
fn the_cursor_wraps_with_long_text() {
    let mut model = session_model(new_session("", Lang::En));
    to_notes_step(&mut model);
    act(&mut model, &[AddItem]);
    let long = "word ".repeat(30);
    send(&mut model, [Msg::Paste(long.trim_end().to_string())]);
    let mut terminal = draw(&model, 80, 24);
    let end = cell_after(&terminal, "word");
    terminal.backend_mut().assert_cursor_position(end);
}

#[test]
fn no_color_draws_without_any_colour() {
    let mut model = session_model(typical_session(Lang::Zh));
    model.display.color = false;
    act(&mut model, &[NextStep]);
    send(
        &mut model,
        [Msg::SaveFailed {
            why: SaveError::other("x"),
        }],
    );
    let terminal = draw(&model, 120, 40);
    for cell in terminal.backend().buffer().content() {
        assert_eq!(cell.fg, Color::Reset, "{cell:?}");
        assert_eq!(cell.bg, Color::Reset, "{cell:?}");
    }
}

#[test]
fn with_colour_the_selection_and_errors_are_coloured() {
    let mut model = session_model(typical_session(Lang::Zh));
    act(&mut model, &[NextStep]);
    send(
        &mut model,
        [Msg::SaveFailed {
            why: SaveError::other("x"),
        }],
    );
    let terminal = draw(&model, 120, 40);
    let cells = terminal.backend().buffer().content();
    assert!(
        cells.iter().any(|cell| cell.bg == Color::Red),
        "error status"
    );
    assert!(
        cells.iter().any(|cell| cell.bg == Color::Cyan),
        "selected note"
    );
}

#[test]
fn every_small_size_draws_without_panicking_in_both_languages() {
    for lang in [Lang::Zh, Lang::En] {
        let model = session_model(typical_session(lang));
        for width in 1..=60 {
            for height in 1..=16 {
                draw(&model, width, height);
            }
        }
    }
}

#[test]
fn sessions_alike_on_the_start_screen_are_told_apart_by_their_file_names() {
    use std::path::PathBuf;
    use yeji::session::naming::{Listing, Summary};
    let listing = |file: &str, organisation: &str| Listing {
        path: PathBuf::from("sessions").join(file),
        summary: Ok(Summary {
            date: t0().date_naive(),
            title: "业技融合共创 第一期".into(),
            organisation: organisation.into(),
            steps_done: 2,
            steps_total: 7,
            updated: t0(),
        }),
    };
    let mut model = start_model(Lang::Zh);
    send(
        &mut model,
        [Msg::Listed(vec![
            listing(
                "2026-11-25-业技融合共创-第一期-长名字的客服中心.ron",
                "95598 客服中心",
            ),
            listing(
                "2026-11-25-业技融合共创-第一期-长名字的客服中心-2.ron",
                "95598 客服中心",
            ),
            listing("2026-11-25-other.ron", "信用卡中心"),
        ])],
    );
    let screen = screen_text(&model, 80, 24);
    let rows: Vec<&str> = screen
        .lines()
        .filter(|row| row.contains("第一期"))
        .collect();
    assert_eq!(rows.len(), 3, "{screen}");
    assert!(rows[0].contains("客服中心.ron"), "{screen}");
    assert!(rows[1].contains("客服中心-2.ron"), "{screen}");
    assert!(
        rows[2].contains("信用卡中心") && !rows[2].contains(".ron"),
        "a session unlike the others keeps its organisation:\n{screen}"
    );
}

/// The clock stays whole in the header however narrow the window and however long
/// the title: the title gives way, then the step's place shortens.
#[test]
fn the_header_keeps_the_clock_on_a_narrow_screen() {
    let title = "Call centre integration workshop, second half";
    let model = session_model(new_session(title, Lang::En));
    let header = |width| {
        screen_text(&model, width, 14)
            .lines()
            .next()
            .unwrap()
            .trim_end()
            .to_string()
    };
    let at_80 = header(80);
    assert!(
        at_80.contains("step 1 of 7") && at_80.ends_with("⏸ 10:00"),
        "{at_80}"
    );
    let at_60 = header(60);
    assert!(
        at_60.contains("Call centre") && at_60.ends_with("⏸ 10:00"),
        "{at_60}"
    );
    let at_50 = header(50);
    assert!(
        at_50.contains("Call") && at_50.ends_with("⏸ 10:00"),
        "{at_50}"
    );
    let mut review = session_model(new_session(title, Lang::En));
    if let yeji::model::Screen::Session(screen) = &mut review.screen {
        screen.read_only = true;
    }
    let at_50 = screen_text(&review, 50, 14)
        .lines()
        .next()
        .unwrap()
        .trim_end()
        .to_string();
    assert!(
        at_50.contains("1/7") && at_50.contains("read-only") && at_50.ends_with("not timed"),
        "{at_50}"
    );
}

/// The footer offers Alt-Enter for a new line only where the field takes one: not
/// in a one-line field, nor in the step switcher, nor in a new session's title.
#[test]
fn only_a_field_that_takes_line_breaks_offers_a_new_line() {
    let mut model = session_model(new_session("", Lang::En));
    act(&mut model, &[EditOrConfirm]);
    assert!(
        screen(&model).editing.is_some(),
        "the title is being edited"
    );
    let footer = |model: &Model| {
        screen_text(model, 120, 30)
            .lines()
            .nth(28)
            .unwrap()
            .to_string()
    };
    assert!(!footer(&model).contains("new line"), "{}", footer(&model));
    act(&mut model, &[CancelEdit, QuickSwitch]);
    assert!(
        screen(&model).switcher.is_some(),
        "the step switcher is open"
    );
    assert!(!footer(&model).contains("new line"), "{}", footer(&model));
    act(&mut model, &[CancelEdit]);
    assert!(
        screen(&model).switcher.is_none(),
        "the step switcher is closed"
    );
    to_notes_step(&mut model);
    act(&mut model, &[AddItem]);
    assert!(footer(&model).contains("new line"), "{}", footer(&model));
    // Nor the title of a new session, typed on the start screen.
    let mut start = start_model(Lang::En);
    act(&mut start, &[NewSession]);
    let text = screen_text(&start, 120, 30);
    assert!(text.contains("Title of the new session"), "{text}");
    assert!(text.contains("Enter confirm"), "{text}");
    assert!(!text.contains("new line"), "{text}");
}

/// A window too small for the whole explanation still says what size is needed,
/// in a form short enough to read whole.
#[test]
fn a_tiny_window_still_says_what_size_it_needs() {
    let model = session_model(typical_session(Lang::En));
    let shown = screen_text(&model, 20, 5);
    let joined: String = shown
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.contains("Too small:"), "{shown}");
    assert!(joined.contains("this is 20×5"), "{shown}");
    let model = session_model(typical_session(Lang::Zh));
    let shown = screen_text(&model, 49, 13);
    assert!(
        shown.contains("调小字号"),
        "the whole explanation where it fits:\n{shown}"
    );
}

/// The step switcher's suggestions sit inside its box: every suggestion row is
/// closed by the box's sides and the box's bottom follows the last one, so no
/// border of the panels behind is left cut off.
#[test]
fn the_step_switcher_draws_its_suggestions_inside_a_box() {
    for lang in [Lang::Zh, Lang::En] {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[QuickSwitch]);
        for (width, height) in [(80, 24), (50, 14)] {
            let text = screen_text(&model, width, height);
            let rows: Vec<Vec<char>> = text.lines().map(cells).collect();
            let title: String = lang.ui().switcher_title.chars().take(4).collect();
            let top = text.lines().position(|row| row.contains(&title)).unwrap();
            let left = column_of(&text, &title) - 2;
            let right = left
                + rows[top][left..]
                    .iter()
                    .skip(1)
                    .position(|c| *c == '┓')
                    .unwrap()
                + 1;
            let steps = doc(&model).steps.len();
            for (at, step) in doc(&model).steps.iter().enumerate() {
                let suggestion = format!(" {} {}", at + 1, step.title.get(lang));
                let row = text
                    .lines()
                    .position(|row| from_cell(row, left + 1).starts_with(&suggestion))
                    .unwrap_or_else(|| panic!("{text}"));
                assert_eq!((rows[row][left], rows[row][right]), ('┃', '┃'), "{text}");
                if at + 1 == steps {
                    assert_eq!(rows[row + 1][left], '┗', "{text}");
                }
            }
        }
    }
}

/// What a screen row says from cell `from` on.
fn from_cell(row: &str, from: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut at = 0;
    let mut out = String::new();
    for c in row.chars() {
        if at >= from {
            out.push(c);
        }
        at += c.width().unwrap_or(1);
    }
    out
}

/// A screen row as cells: a wide character takes its cell and a blank one after.
fn cells(row: &str) -> Vec<char> {
    use unicode_width::UnicodeWidthChar;
    let mut out = Vec::new();
    for c in row.chars() {
        out.push(c);
        out.extend(std::iter::repeat_n(
            ' ',
            c.width().unwrap_or(1).saturating_sub(1),
        ));
    }
    out
}

/// On a short screen the switcher's box sits on the panels' top border, which
/// runs on into the box's own corners rather than stopping a cell short of them.
#[test]
fn the_panel_borders_run_on_into_the_switchers_box() {
    for lang in [Lang::Zh, Lang::En] {
        let mut model = session_model(typical_session(lang));
        act(&mut model, &[QuickSwitch]);
        let text = screen_text(&model, 80, 14);
        let top = text.lines().nth(1).unwrap();
        assert!(top.contains("─┏") && top.contains("┓━"), "{text}");
    }
}
