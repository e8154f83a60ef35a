//! Languages and every string the user reads.
//!
//! Owns: the [`Lang`] switch, bilingual content ([`Text`]) and the string tables:
//! the UI's ([`Ui`]), the key help's ([`Keys`]), the workshop content's ([`Content`])
//! and the documents' ([`Documents`]). Both languages are `const` values of one struct, so a string
//! missing in either language is a compile error, not a blank on the projector.

/// A string table: entries of Chinese and English side by side, built into one
/// struct, a `const` value of it per language, and the list of every entry.
macro_rules! string_table {
    (
        $(#[$doc:meta])*
        $table:ident, $zh_const:ident, $en_const:ident, $entries:ident;
        $($name:ident: ($zh:expr, $en:expr),)*
    ) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $table {
            $(pub $name: &'static str,)*
        }

        pub const $zh_const: $table = $table { $($name: $zh,)* };
        pub const $en_const: $table = $table { $($name: $en,)* };

        /// Each entry's name with both texts, for checks over the whole table.
        pub const $entries: &[(&str, &str, &str)] = &[$((stringify!($name), $zh, $en),)*];
    };
}

mod content;
mod documents;
mod keys;
mod strings;

pub use content::{CONTENT_EN, CONTENT_ENTRIES, CONTENT_ZH, Content};
pub use documents::{DOCUMENTS_EN, DOCUMENTS_ENTRIES, DOCUMENTS_ZH, Documents};
pub use keys::{KEYS_EN, KEYS_ENTRIES, KEYS_ZH, Keys};
use serde::{Deserialize, Serialize};
pub use strings::{EN, ENTRIES, Ui, ZH};

/// The language the program speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    pub fn content(self) -> &'static Content {
        match self {
            Lang::Zh => &CONTENT_ZH,
            Lang::En => &CONTENT_EN,
        }
    }

    /// The words of the diff, the portfolio report and the export.
    pub fn documents(self) -> &'static Documents {
        match self {
            Lang::Zh => &DOCUMENTS_ZH,
            Lang::En => &DOCUMENTS_EN,
        }
    }

    /// The words of the key help: contexts and what each binding does.
    pub fn keys(self) -> &'static Keys {
        match self {
            Lang::Zh => &KEYS_ZH,
            Lang::En => &KEYS_EN,
        }
    }

    pub fn toggled(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The language a user's environment asks for: Chinese when the first locale
    /// variable that is set starts with `zh`, English otherwise.
    pub fn from_env_values<'a>(values: impl IntoIterator<Item = Option<&'a str>>) -> Lang {
        Lang::named_in(values).unwrap_or(Lang::En)
    }

    /// The language the first locale variable that is set names, if it names one of
    /// ours: `C`, `POSIX` or none at all (a bare SSH session, a container) say nothing.
    pub fn named_in<'a>(values: impl IntoIterator<Item = Option<&'a str>>) -> Option<Lang> {
        let first = values
            .into_iter()
            .flatten()
            .find(|value| !value.is_empty())?;
        let first = first.to_ascii_lowercase();
        if first.starts_with("zh") {
            Some(Lang::Zh)
        } else if first.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    pub fn from_env() -> Lang {
        Lang::named_by_env().unwrap_or(Lang::En)
    }

    /// [`Lang::named_in`] the environment's locale variables.
    pub fn named_by_env() -> Option<Lang> {
        let vars = ["LC_ALL", "LC_MESSAGES", "LANG"].map(|name| std::env::var(name).ok());
        Lang::named_in(vars.iter().map(|value| value.as_deref()))
    }

    /// Between the items of a list, as the language writes lists: 甲、乙 or a, b.
    pub fn list_separator(self) -> &'static str {
        match self {
            Lang::Zh => "、",
            Lang::En => ", ",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// Content written in both languages (step titles, prompts).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn new(zh: &str, en: &str) -> Text {
        Text {
            zh: zh.to_string(),
            en: en.to_string(),
        }
    }

    /// The text in `lang`, falling back to the other language when it is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (wanted, other) = match lang {
            Lang::Zh => (&self.zh, &self.en),
            Lang::En => (&self.en, &self.zh),
        };
        if wanted.trim().is_empty() {
            other
        } else {
            wanted
        }
    }
}

/// Replaces `{0}`, `{1}`, … in a table string with `args`.
///
/// `{0|cell|cells}` is the argument followed by the first word(s) when the argument
/// is `1` and by the second otherwise, so that English reads "1 cell" and "2 cells"
/// from one template.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match place(after, args) {
            Some((filled, used)) => {
                out.push_str(filled.0);
                if let Some(word) = filled.1 {
                    out.push(' ');
                    out.push_str(word);
                }
                rest = &after[used..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The argument and the word a place (the text after its `{`) asks for, and how
/// many bytes of `text` the place takes; `None` when `text` does not start a place
/// that `args` fills.
fn place<'a>(text: &'a str, args: &[&'a str]) -> Option<((&'a str, Option<&'a str>), usize)> {
    let close = text.find('}')?;
    let inside = &text[..close];
    let mut parts = inside.split('|');
    let arg = *args.get(parts.next()?.parse::<usize>().ok()?)?;
    let word = match (parts.next(), parts.next(), parts.next()) {
        (None, _, _) => None,
        (Some(one), Some(other), None) => Some(if arg.trim() == "1" { one } else { other }),
        _ => return None,
    };
    Some(((arg, word), close + 1))
}

/// The numbers of the places a table string has, `{0}` and `{0|one|other}` alike.
pub fn places(template: &str) -> std::collections::BTreeSet<usize> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| {
            let end = part.find(['}', '|'])?;
            part[..end].parse().ok()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_locale_picks_chinese() {
        assert_eq!(Lang::from_env_values([Some("zh_CN.UTF-8")]), Lang::Zh);
        assert_eq!(Lang::from_env_values([None, Some("zh_TW")]), Lang::Zh);
        assert_eq!(Lang::from_env_values([Some("en_GB.UTF-8")]), Lang::En);
        assert_eq!(Lang::from_env_values([Some(""), Some("C.UTF-8")]), Lang::En);
        assert_eq!(Lang::named_in([Some("C.UTF-8")]), None);
        assert_eq!(Lang::named_in([None, None, None]), None);
        assert_eq!(Lang::named_in([Some("fr_FR.UTF-8")]), None);
        assert_eq!(Lang::named_in([Some("en_US.UTF-8")]), Some(Lang::En));
        assert_eq!(Lang::from_env_values([None, None]), Lang::En);
    }

    #[test]
    fn text_falls_back_to_the_other_language() {
        let text = Text::new("", "Setup");
        assert_eq!(text.get(Lang::Zh), "Setup");
        assert_eq!(Text::new("准备", "Setup").get(Lang::Zh), "准备");
    }

    #[test]
    fn fill_replaces_numbered_places() {
        assert_eq!(fill("{0} of {1}", &["3", "7"]), "3 of 7");
        assert_eq!(
            fill("{1}, then {0} and {1}", &["a", "b"]),
            "b, then a and b"
        );
        assert_eq!(fill("{0}（{1}）", &["张三", "业务"]), "张三（业务）");
    }

    #[test]
    fn fill_says_one_thing_in_the_singular_and_more_in_the_plural() {
        let template = "{0|person holds|people hold} it, in {1|cell|cells}";
        assert_eq!(fill(template, &["1", "2"]), "1 person holds it, in 2 cells");
        assert_eq!(fill(template, &["0", "1"]), "0 people hold it, in 1 cell");
        assert_eq!(
            fill(template, &["11", "21"]),
            "11 people hold it, in 21 cells"
        );
        assert_eq!(
            fill("{0|cell|cells}", &[" 1"]),
            " 1 cell",
            "a number padded to a column"
        );
    }

    #[test]
    fn braces_that_are_not_places_are_kept() {
        assert_eq!(fill("{x} {0", &["1"]), "{x} {0");
        assert_eq!(fill("{3} {0|a}", &["1"]), "{3} {0|a}");
        assert_eq!(fill("{0|a|b|c}", &["1"]), "{0|a|b|c}");
    }

    #[test]
    fn places_are_found_in_both_forms() {
        let found: Vec<usize> = places("{0} has {2|cell|cells}, not {x}")
            .into_iter()
            .collect();
        assert_eq!(found, [0, 2]);
    }
}
