//! The command line's help in Chinese: `args` describes every command and option in
//! English for clap; for a Chinese user (`--lang zh`, or a Chinese locale) the same
//! command tree is given Chinese descriptions, headings and usage line before it
//! reads the command line, and the mistakes people make most on a command line are
//! told in Chinese too (clap words the rarer ones in English).

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use crate::i18n::Lang;

/// What each command and argument does, in Chinese: `(command, argument, text)`,
/// where an empty command is the program itself, and an empty argument the
/// command's own description. Arguments shared by every command are listed once,
/// under the program.
const DESCRIPTIONS: &[(&str, &str, &str)] = &[
    ("", "", "主持和回顾业技融合共创工作坊。"),
    ("", "lang", "界面语言：zh 或 en（默认按 LANG 环境变量）"),
    (
        "",
        "ascii",
        "用 + - | 画边框，适合把方框字符显示成双倍宽度的终端",
    ),
    (
        "",
        "theme",
        "配色：dark、light 或 high-contrast（默认沿用上次按 F3 选的）",
    ),
    ("", "dir", "会话文件所在的文件夹（默认 sessions）"),
    (
        "",
        "template",
        "新会话使用的议程模板（默认使用内置的工作坊议程）",
    ),
    ("", "help", "显示帮助"),
    ("", "version", "显示版本"),
    ("new", "", "新建一个会话并打开"),
    ("new", "title", "会话标题（也用在文件名里）"),
    (
        "new",
        "from",
        "接续的上一次会话：沿用它的参与者、角色、举措和未完成的行动",
    ),
    ("open", "", "打开一个会话文件，接着做"),
    ("open", "file", "会话文件（.ron）"),
    ("review", "", "只读查看一个会话（不加锁，也从不写入）"),
    ("review", "file", "会话文件（.ron）"),
    ("validate", "", "检查会话文件；全部有效时退出码为 0"),
    ("validate", "files", "会话文件（.ron）"),
    ("list", "", "列出一个文件夹里的会话（默认 sessions 文件夹）"),
    ("list", "folder", "要列出的文件夹"),
    ("export", "", "把一个会话导出为完整的 Markdown 或 HTML 报告"),
    ("export", "file", "会话文件（.ron）"),
    (
        "export",
        "format",
        "md 或 html（默认按输出文件的扩展名，否则 html）",
    ),
    (
        "export",
        "output",
        "写到哪个文件（默认写在会话文件旁边，扩展名 .md 或 .html）",
    ),
    ("export", "private", "包括主持人的私人笔记"),
    ("diff", "", "比较同一个中心的两次会话，看有哪些变化"),
    ("diff", "old", "较早的会话文件"),
    ("diff", "new", "较晚的会话文件"),
    (
        "diff",
        "format",
        "text（给终端看）或 md（输出文件以 .md 结尾时默认 md）",
    ),
    (
        "diff",
        "no_colour",
        "不用颜色，即使输出到终端（NO_COLOR 也一样）",
    ),
    ("diff", "output", "写到这个文件，而不是终端"),
    (
        "report",
        "",
        "汇总一个文件夹里每个中心的会话（默认 sessions 文件夹）",
    ),
    ("report", "folder", "会话文件所在的文件夹"),
    (
        "report",
        "format",
        "md 或 html（默认按输出文件的扩展名，否则 md）",
    ),
    ("report", "output", "写到这个文件，而不是终端"),
    ("help", "", "显示本帮助，或某个命令的帮助"),
];

const USAGE: &str = "{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}";
const COMMANDS: &str = "命令";
const ARGUMENTS: &str = "参数";
const OPTIONS: &str = "选项";

/// The language the command line or the locale asks for, read before clap reads
/// the command line, so that its help can be in that language.
pub(super) fn asked_lang(args: &[OsString]) -> Option<Lang> {
    let mut words = args.iter().skip(1).filter_map(|arg| arg.to_str());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        match value {
            Some("zh") => return Some(Lang::Zh),
            Some("en") => return Some(Lang::En),
            _ => {}
        }
    }
    Lang::named_by_env()
}

/// `command` (built, so that the help flags and the `help` command exist) with
/// its descriptions, headings and usage line in Chinese.
pub(super) fn in_chinese(mut command: Command) -> Command {
    command.build();
    translate(command, "")
}

fn translate(command: Command, path: &str) -> Command {
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    let mut command = command
        .help_template(USAGE)
        .subcommand_help_heading(COMMANDS);
    if let Some(about) = description(path, "") {
        command = command.about(about);
    }
    for id in ids {
        command = command.mut_arg(&id, |arg| translate_arg(arg, path));
    }
    for name in names {
        command = command.mut_subcommand(&name, |sub| translate(sub, &name));
    }
    command
}

fn translate_arg(arg: Arg, path: &str) -> Arg {
    let id = arg.get_id().as_str();
    let text = description(path, id).or_else(|| description("", id));
    // Under a heading of their own, arguments are ordered as options are: by
    // display order, then name, which would put `<NEW>` before `<OLD>`.
    let arg = match arg.get_index() {
        Some(place) => arg.help_heading(ARGUMENTS).display_order(place),
        None => arg.help_heading(OPTIONS),
    };
    let arg = arg.hide_possible_values(true).hide_default_value(true);
    match text {
        Some(text) => arg.help(text),
        None => arg,
    }
}

fn description(path: &str, id: &str) -> Option<&'static str> {
    DESCRIPTIONS
        .iter()
        .find(|(command, arg, _)| *command == path && *arg == id)
        .map(|(_, _, text)| *text)
}

/// Clap's message for a mistake on the command line, in Chinese; none for the
/// rarer kinds of mistake.
pub(super) fn error_in_chinese(error: &clap::Error) -> Option<String> {
    let joined = |kind, separator| match error.get(kind) {
        Some(ContextValue::String(word)) => Some(word.clone()),
        Some(ContextValue::Strings(words)) => Some(words.join(separator)),
        _ => None,
    };
    let words = |kind| joined(kind, "、");
    let mut message = match error.kind() {
        ErrorKind::UnknownArgument => {
            format!("没有 `{}` 这个选项", words(ContextKind::InvalidArg)?)
        }
        ErrorKind::InvalidSubcommand => {
            format!("没有 `{}` 这个命令", words(ContextKind::InvalidSubcommand)?)
        }
        ErrorKind::MissingRequiredArgument => {
            format!("缺少参数：{}", words(ContextKind::InvalidArg)?)
        }
        ErrorKind::InvalidValue => {
            let arg = words(ContextKind::InvalidArg)?;
            match words(ContextKind::InvalidValue)?.as_str() {
                "" => format!("`{arg}` 后面要写一个值"),
                value => format!("`{arg}` 不能是 `{value}`"),
            }
        }
        _ => return None,
    };
    if let Some(choices) = words(ContextKind::ValidValue) {
        message += &format!("；可以用：{choices}");
    }
    let suggested = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ];
    let suggestions = suggested
        .into_iter()
        .find_map(|kind| joined(kind, "` 或 `"));
    if let Some(suggestion) = suggestions {
        message += &format!("。是不是想写 `{suggestion}`？");
    }
    Some(format!("错误：{message}\n\n加上 --help 可以看用法。\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::Cli;
    use clap::CommandFactory;

    fn has_chinese(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    fn every_command(command: &Command) -> Vec<&Command> {
        let mut all = vec![command];
        for sub in command.get_subcommands() {
            all.extend(every_command(sub));
        }
        all
    }

    #[test]
    fn every_command_and_argument_is_described_in_chinese() {
        let chinese = in_chinese(Cli::command());
        for command in every_command(&chinese) {
            let about = command.get_about().map(|about| about.to_string());
            assert!(
                about.as_deref().is_some_and(has_chinese),
                "`{}` is described as {about:?}",
                command.get_name()
            );
            for arg in command.get_arguments().filter(|arg| !arg.is_hide_set()) {
                let help = arg.get_help().map(|help| help.to_string());
                assert!(
                    help.as_deref().is_some_and(has_chinese),
                    "`{} {}` is described as {help:?}",
                    command.get_name(),
                    arg.get_id()
                );
            }
        }
    }

    #[test]
    fn every_entry_of_the_table_names_a_real_command_and_argument() {
        let mut built = Cli::command();
        built.build();
        for (path, id, _) in DESCRIPTIONS {
            let command = match *path {
                "" => &built,
                name => built
                    .find_subcommand(name)
                    .unwrap_or_else(|| panic!("no command `{name}`")),
            };
            assert!(
                id.is_empty() || command.get_arguments().any(|arg| arg.get_id() == *id),
                "`{path}` has no argument `{id}`"
            );
        }
    }

    #[test]
    fn the_language_is_read_from_the_command_line_first() {
        let args = |words: &[&str]| words.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            asked_lang(&args(&["yeji", "diff", "--lang", "zh", "--help"])),
            Some(Lang::Zh)
        );
        assert_eq!(
            asked_lang(&args(&["yeji", "--lang=en", "--help"])),
            Some(Lang::En)
        );
        assert_eq!(
            asked_lang(&args(&["yeji", "--", "--lang=zh"])),
            Lang::named_by_env()
        );
    }
}
