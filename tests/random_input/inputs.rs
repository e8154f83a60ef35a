//! What a room can throw at the program: keys of the real keymap and any others,
//! text from an input method, pastes of up to 100 KB, storms of window sizes,
//! time passing, and the answers the saver gives.

use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use yeji::keymap::BINDINGS;

#[derive(Clone, Debug)]
pub enum Input {
    Key(KeyEvent),
    /// Text an input method commits at once.
    Commit(String),
    /// A bracketed paste of about `len` bytes, made from `seed`.
    Paste {
        len: usize,
        seed: u64,
    },
    /// The window changes size many times before anything else happens.
    Storm(Vec<(u16, u16)>),
    /// Seconds pass (timeboxes run out, autosave comes due).
    Wait(i64),
    /// The saver answers the latest save, if one was asked for.
    Answer(Outcome),
}

#[derive(Clone, Copy, Debug)]
pub enum Outcome {
    Saved,
    Failed,
    Conflict,
}

/// Every key the keymap binds, in any context.
fn bound_keys() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = BINDINGS
        .iter()
        .flat_map(|binding| binding.keys)
        .map(|key| {
            // A terminal sends a capital letter with Shift held.
            let shift = matches!(key.code, KeyCode::Char(c) if c.is_uppercase());
            let modifiers = if shift {
                key.modifiers | KeyModifiers::SHIFT
            } else {
                key.modifiers
            };
            KeyEvent::new(key.code, modifiers)
        })
        .collect();
    keys.sort_by_key(|key| format!("{key:?}"));
    keys.dedup();
    keys
}

const SPECIAL: [KeyCode; 16] = [
    KeyCode::Esc,
    KeyCode::Enter,
    KeyCode::Backspace,
    KeyCode::Delete,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Insert,
    KeyCode::Null,
];

fn any_modifiers() -> impl Strategy<Value = KeyModifiers> {
    (0u8..8).prop_map(|bits| {
        let mut modifiers = KeyModifiers::NONE;
        for (bit, flag) in [
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
        ]
        .into_iter()
        .enumerate()
        {
            if bits & (1 << bit) != 0 {
                modifiers |= flag;
            }
        }
        modifiers
    })
}

fn chinese_char() -> impl Strategy<Value = char> {
    (0x4e00u32..0x9fa5).prop_map(|code| char::from_u32(code).unwrap_or('中'))
}

fn any_key() -> impl Strategy<Value = KeyEvent> {
    prop_oneof![
        8 => prop::sample::select(bound_keys()),
        3 => prop::char::range(' ', '~').prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        2 => chinese_char().prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        1 => (any::<char>(), any_modifiers()).prop_map(|(c, m)| KeyEvent::new(KeyCode::Char(c), m)),
        2 => (prop::sample::select(SPECIAL.to_vec()), any_modifiers())
            .prop_map(|(code, m)| KeyEvent::new(code, m)),
        1 => (1u8..=24, any_modifiers()).prop_map(|(n, m)| KeyEvent::new(KeyCode::F(n), m)),
        1 => prop::char::range('a', 'z').prop_map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    ]
}

fn any_commit() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(chinese_char(), 1..6).prop_map(String::from_iter),
        prop::sample::select(vec![
            "业技融合",
            "一次解决率",
            "👩‍💻",
            "é",
            "，",
            "\u{200b}",
            "\t"
        ])
        .prop_map(str::to_string),
    ]
}

fn any_size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        3 => (0u16..200, 0u16..80),
        1 => prop::sample::select(vec![(0, 0), (1, 1), (0, 24), (80, 0), (500, 200), (80, 24), (120, 40), (19, 7)]),
    ]
}

fn any_outcome() -> impl Strategy<Value = Outcome> {
    prop::sample::select(vec![
        Outcome::Saved,
        Outcome::Saved,
        Outcome::Failed,
        Outcome::Conflict,
    ])
}

pub fn any_input() -> impl Strategy<Value = Input> {
    prop_oneof![
        24 => any_key().prop_map(Input::Key),
        2 => any_commit().prop_map(Input::Commit),
        2 => (prop_oneof![3 => 0usize..300, 1 => 0usize..=100_000], any::<u64>())
            .prop_map(|(len, seed)| Input::Paste { len, seed }),
        1 => prop::collection::vec(any_size(), 2..24).prop_map(Input::Storm),
        2 => prop_oneof![Just(1i64), 0i64..4000].prop_map(Input::Wait),
        2 => any_outcome().prop_map(Input::Answer),
    ]
}

/// About `len` bytes of what gets pasted in a room: lists with tabs from a
/// spreadsheet, Chinese and English lines, Windows line ends, stray control bytes.
pub fn paste_text(len: usize, seed: u64) -> String {
    const PIECES: [&str; 16] = [
        "张伟\t客户服务部\t业务\n",
        "Chen Jie\tData office\tData\r\n",
        "一次解决率作为所有系统改造的第一指标",
        "New services go online first",
        "\r\n",
        "\n",
        "\r",
        "\t",
        " ",
        "👩‍💻🇨🇳",
        "é\u{301}",
        "\u{200b}",
        "\u{1b}[31m",
        "\0",
        "\"quoted\" \\ back",
        "，。、：",
    ];
    let mut state = seed | 1;
    let mut text = String::new();
    while text.len() < len {
        // xorshift: cheap, and the same text for the same seed.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
    }
    text
}
