//! Session fixtures with the slips people make editing a file by hand, above all
//! with a Chinese input method on: the message names the likely cause, in both
//! languages, where the parser alone would only say what it expected ("expected a
//! comma"), often a line after the mistake. Each file is `valid/chinese-with-notes.ron`
//! with one slip.

use crate::support::*;
use yeji::load_error::{FileKind, OpenBracket, Problem};

fn bracket(open: char, close: char, line: usize) -> OpenBracket {
    OpenBracket { open, close, line }
}

pub fn hand_edited_sessions() -> Vec<Case> {
    let full_width = |found, write| Problem::FullWidth { found, write };
    vec![
        case(
            "full-width-comma.ron",
            full_width('，', ','),
            "PATH:14:27: `，` is a full-width mark from a Chinese input method; \
             outside quotes, write `,`",
        )
        .zh("`，` 是中文输入法打出的全角符号；引号外面要写半角的 `,`"),
        case(
            "full-width-colon.ron",
            full_width('：', ':'),
            "PATH:13:21: `：` is a full-width mark from a Chinese input method; \
             outside quotes, write `:`",
        )
        .zh("`：` 是中文输入法打出的全角符号；引号外面要写半角的 `:`"),
        case(
            "full-width-bracket.ron",
            full_width('）', ')'),
            "PATH:22:13: `）` is a full-width mark from a Chinese input method; \
             outside quotes, write `)`",
        )
        .zh("`）` 是中文输入法打出的全角符号；引号外面要写半角的 `)`"),
        case(
            "full-width-space.ron",
            full_width('\u{3000}', ' '),
            "PATH:14:21: this is a full-width space from a Chinese input method; \
             outside quotes, use an ordinary space",
        )
        .zh("这里是中文输入法打出的全角空格；引号外面要用半角空格"),
        case(
            "semicolon.ron",
            Problem::WrongMark {
                found: ';',
                write: ',',
            },
            "PATH:14:27: write `,` here, not `;`",
        )
        .zh("这里要写 `,`，不是 `;`"),
        case(
            "equals-sign.ron",
            Problem::WrongMark {
                found: '=',
                write: ':',
            },
            "PATH:14:21: write `:` here, not `=`",
        )
        .zh("这里要写 `:`，不是 `=`"),
        case(
            "quote-inside-text.ron",
            Problem::InnerQuote,
            "PATH:12:21: this `\"` ends the text early: a `\"` inside a text must be \
             written `\\\"`",
        )
        .zh("这个 `\"` 让文字提前结束了：文字里的 `\"` 要写成 `\\\"`"),
        case(
            "unclosed-text.ron",
            Problem::UnclosedText { line: 15 },
            "PATH:14:22: the text that starts here seems to lack its closing `\"` and runs \
             on into line 15",
        )
        .zh("从这里开始的文字似乎缺了结尾的 `\"`，一直延续到了第 15 行"),
        // Opened with a straight quote, closed with the input method's curly one.
        case(
            "curly-closing-quote.ron",
            Problem::CurlyQuote('”'),
            "PATH:14:26: there is a curly quote ” here; RON only accepts straight quotes \"",
        )
        .zh("这里有一个弯引号 ”；RON 只认直引号 \""),
        case(
            "missing-comma.ron",
            Problem::MissingComma,
            "PATH:14:27: a comma `,` is missing at the end of this line",
        )
        .zh("这一行末尾缺了一个逗号 `,`"),
        case(
            "missing-colon.ron",
            Problem::MissingColon("facilitator".into()),
            "PATH:14:20: a colon `:` is missing after the field name `facilitator`",
        )
        .zh("字段名 `facilitator` 后面缺了一个冒号 `:`"),
        // Two words where one choice belongs: the choices are named.
        case(
            "two-word-choice.ron",
            Problem::UnknownVariant {
                found: "Business Data".into(),
                expected: ["Business", "Technology", "Data", "Planning", "Management"]
                    .map(String::from)
                    .to_vec(),
            },
            "PATH:21:23: `Business Data` is not one of the choices: \
             Business, Technology, Data, Planning, Management",
        )
        .zh("`Business Data` 不是可选的值；可以用：Business、Technology、Data、Planning、Management"),
        case(
            "missing-paren.ron",
            Problem::Unclosed(bracket('(', ')', 17)),
            "PATH:22:13: a `)` seems to be missing before this line: the `(` opened at \
             line 17 is never closed",
        )
        .zh("这一行之前似乎缺了一个 `)`：第 17 行的 `(` 没有闭合"),
        case(
            "missing-list-bracket.ron",
            Problem::Unclosed(bracket('[', ']', 16)),
            "PATH:47:5: a `]` seems to be missing before this line: the `[` opened at \
             line 16 is never closed",
        )
        .zh("这一行之前似乎缺了一个 `]`：第 16 行的 `[` 没有闭合"),
        // The next field is read as one of the unclosed group's, and is not one.
        case(
            "missing-group-paren.ron",
            Problem::Unclosed(bracket('(', ')', 3)),
            "PATH:6:5: a `)` seems to be missing before this line: the `(` opened at \
             line 3 is never closed",
        )
        .zh("这一行之前似乎缺了一个 `)`：第 3 行的 `(` 没有闭合"),
        case(
            "missing-last-paren.ron",
            Problem::EndsOpen(bracket('(', ')', 1)),
            "PATH:358:1: the file ends before the `(` opened at line 1 is closed: \
             a `)` is missing, or the file was cut off",
        )
        .zh("文件结束时，第 1 行的 `(` 还没有闭合：缺了一个 `)`，或者文件被截断了"),
        case(
            "mismatched-bracket.ron",
            Problem::Mismatched {
                found: ')',
                bracket: bracket('[', ']', 16),
            },
            "PATH:22:14: this `)` does not match the `[` still open from line 16: \
             either this `)` is one too many, or a `]` is missing before it",
        )
        .zh("这个 `)` 和第 16 行还没闭合的 `[` 对不上：要么这个 `)` 多余，要么它前面缺了一个 `]`"),
        case(
            "extra-paren.ron",
            Problem::ClosedEarly(')', FileKind::Session),
            "PATH:49:5: the session ends at this `)`, but fields follow it: \
             this `)` or a closing bracket before it is one too many",
        )
        .zh("会话在这个 `)` 处就结束了，但后面还有字段：这个 `)` 或它前面的某个闭合括号多余"),
        case(
            "extra-paren-at-end.ron",
            Problem::ClosesNothing(')', FileKind::Session),
            "PATH:359:1: this `)` is one too many: the session has already ended before it",
        )
        .zh("这个 `)` 多余：会话在它之前已经结束了"),
        case(
            "text-after-the-end.ron",
            Problem::TrailingText(FileKind::Session),
            "PATH:359:1: there is more text after the end of the session",
        )
        .zh("会话结束之后还有多余的内容"),
    ]
}

#[test]
fn each_hand_edit_slip_is_named_in_both_languages_and_the_file_left_unchanged() {
    let folder = fixture("sessions/invalid");
    assert_cases(&folder, &hand_edited_sessions(), yeji::session::file::load);
}
