//! Random use: any sequence of keys, pastes and ticks at any terminal size never
//! panics, and undoing everything brings the session back to where it started.

mod support;

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::*;
use yeji::i18n::Lang;
use yeji::model::{Model, NoticeText};
use yeji::msg::{Action, Msg};
use yeji::update::update;

fn any_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("a"),
            Just("Z"),
            Just(" "),
            Just("中"),
            Just("文"),
            Just("👩‍💻"),
            Just("é"),
            Just("\n"),
            Just("\r\n"),
            Just("\t"),
            Just("\u{1b}[31m"),
            Just("\u{0}"),
            Just("\u{200b}"),
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn any_msg() -> impl Strategy<Value = Msg> {
    prop_oneof![
        6 => prop::sample::select(Action::ALL.to_vec()).prop_map(Msg::Act),
        2 => any_text().prop_map(Msg::Type),
        1 => any_text().prop_map(Msg::Paste),
        1 => Just(Msg::Tick),
    ]
}

fn draw(model: &Model, width: u16, height: u16) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| yeji::view::render(model, frame))
        .unwrap();
}

fn start(lang_is_zh: bool, on_start_screen: bool) -> Model {
    let lang = if lang_is_zh { Lang::Zh } else { Lang::En };
    if on_start_screen {
        start_model(lang)
    } else {
        session_model(typical_session(lang))
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn no_sequence_of_input_at_any_size_panics(
        msgs in prop::collection::vec(any_msg(), 0..60),
        sizes in prop::collection::vec((1u16..220, 1u16..70), 1..4),
        zh in any::<bool>(),
        on_start in any::<bool>(),
        ascii in any::<bool>(),
    ) {
        let mut model = start(zh, on_start);
        model.display.ascii_borders = ascii;
        for (index, msg) in msgs.into_iter().enumerate() {
            update(&mut model, msg, later(index as i64));
            let (width, height) = sizes[index % sizes.len()];
            draw(&model, width, height);
        }
    }

    #[test]
    fn undoing_everything_returns_to_the_start(
        msgs in prop::collection::vec(any_msg(), 0..80),
        zh in any::<bool>(),
    ) {
        let mut model = start(zh, false);
        let before = doc(&model).clone();
        for msg in msgs {
            if matches!(msg, Msg::Act(Action::Quit | Action::QuitAnyway)) {
                continue;
            }
            update(&mut model, msg, t0());
        }
        for action in [Action::CancelEdit, Action::Cancel, Action::StayInSession] {
            update(&mut model, Msg::Act(action), t0());
        }
        model.help = None;
        for _ in 0..400 {
            update(&mut model, Msg::Act(Action::Undo), t0());
            if model.notice.as_ref().map(|notice| &notice.text) == Some(&NoticeText::NothingToUndo) {
                break;
            }
        }
        let after = doc(&model);
        prop_assert_eq!(&after.setup, &before.setup);
        prop_assert_eq!(&after.steps, &before.steps);
    }
}
