//! The session file format: one readable RON file per session.
//!
//! Owns writing (stable bytes: the same session always saves to the same text) and
//! reading (a `version` probe first, then the typed struct of that version, then the
//! checks that types cannot express). Older schema versions are migrated here.

mod cut;

use std::path::Path;

use ron::ser::PrettyConfig;
use serde::{Deserialize, Deserializer};

use super::strategy::Strategy;
use super::{SCHEMA_VERSION, Session, v1, v2, v3, v4, validate};
use crate::i18n::Lang;
use crate::load_error::{FileKind, LoadError, Problem};
use crate::ron_read;

const SESSION: FileKind = FileKind::Session;
pub use cut::Cut;

/// A session read from disk, and the schema version it was written in when that was
/// older than [`SCHEMA_VERSION`] (so the caller keeps a backup before saving over it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub session: Session,
    pub migrated_from: Option<u32>,
}

/// A plain `version: 1` (RON would otherwise want `Some(1)` for an option).
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    u32::deserialize(deserializer).map(Some)
}

/// The text of a session file.
pub fn to_ron(session: &Session) -> String {
    let config = PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .escape_strings(false);
    let mut text = ron::ser::to_string_pretty(session, config)
        .expect("a session holds only strings, numbers and lists, which RON always writes");
    text.push('\n');
    text
}

pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let text = ron_read::read_text(path)?;
    parse(path, &text)
}

/// Reads session text; `path` is only used to name the file in errors.
pub fn parse(path: &Path, text: &str) -> Result<Loaded, LoadError> {
    #[derive(Deserialize)]
    struct VersionProbe {
        #[serde(default, deserialize_with = "present")]
        version: Option<u32>,
    }
    let version = match leading_version(text) {
        Some(version) => Some(version),
        None => ron_read::parse::<VersionProbe>(path, text, SESSION)?.version,
    };
    let version = match version {
        None => {
            return Err(LoadError::new(path, None, Problem::MissingVersion));
        }
        Some(version) => version,
    };
    let at_version = || ron_read::locate(text, "version");
    if version > SCHEMA_VERSION {
        let problem = Problem::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        };
        return Err(LoadError::new(path, at_version(), problem));
    }
    if version == 0 {
        return Err(LoadError::new(
            path,
            at_version(),
            Problem::UnknownVersion(version),
        ));
    }
    let session: Session = match version {
        1 => ron_read::parse::<v1::SessionV1>(path, text, SESSION)?.into(),
        2 => ron_read::parse::<v2::SessionV2>(path, text, SESSION)?.into(),
        3 => ron_read::parse::<v3::SessionV3>(path, text, SESSION)?.into(),
        4 => ron_read::parse::<v4::SessionV4>(path, text, SESSION)?.into(),
        _ => ron_read::parse(path, text, SESSION)?,
    };
    checked(path, text, session, version)
}

/// The session of `text` from the two pieces of its [`Cut`], read apart (on two
/// threads, say), and checked as [`parse`] checks it. When a piece could not be
/// read, this is what [`parse`] makes of the whole text.
pub fn parse_pieces(
    path: &Path,
    text: &str,
    rest: Option<Session>,
    strategy: Option<Strategy>,
) -> Result<Loaded, LoadError> {
    match (rest, strategy) {
        (Some(mut session), Some(strategy)) => {
            session.strategy = strategy.into();
            checked(path, text, session, SCHEMA_VERSION)
        }
        _ => parse(path, text),
    }
}

fn checked(path: &Path, text: &str, session: Session, version: u32) -> Result<Loaded, LoadError> {
    validate::check(&session)
        .map_err(|finding| LoadError::new(path, finding.locate_in(text), finding.problem))?;
    Ok(Loaded {
        session,
        migrated_from: (version < SCHEMA_VERSION).then_some(version),
    })
}

/// The language a session file says it is in, from a `language: Zh` line near its
/// top, found without parsing: the file may be broken, and its problem is then best
/// told in the language its readers use.
pub fn declared_language(path: &Path) -> Option<Lang> {
    use std::io::Read;
    // yeji writes the line within the first dozen; a hand-edited file has it near.
    const LOOKED_AT: u64 = 64 << 10;
    let mut start = Vec::new();
    let file = std::fs::File::open(path).ok()?;
    file.take(LOOKED_AT).read_to_end(&mut start).ok()?;
    declared_language_in(&String::from_utf8_lossy(&start))
}

fn declared_language_in(text: &str) -> Option<Lang> {
    text.lines().find_map(|line| {
        let value = line.trim_start().strip_prefix("language")?;
        let value = value.trim_start().strip_prefix(':')?.trim();
        match value.trim_end_matches(',').trim_end() {
            "Zh" => Some(Lang::Zh),
            "En" => Some(Lang::En),
            _ => None,
        }
    })
}

/// The version of a file that opens the way yeji writes it, `(` then `version: N,`,
/// read without parsing the rest; `None` sends other files through the full probe.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start().strip_prefix('(')?;
    let rest = rest.trim_start().strip_prefix("version")?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, after) = rest.split_at(digits);
    after
        .trim_start()
        .starts_with(',')
        .then(|| number.parse().ok())?
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::template::Template;

    #[test]
    fn a_new_session_saves_loads_and_saves_to_the_same_bytes() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T14:00:00+08:00").unwrap();
        let session = Session::new(&Template::embedded_default(), "业技 👩‍💻", Lang::Zh, now);
        let text = to_ron(&session);
        assert!(text.starts_with("(\n    version: 5,\n"), "{text}");
        assert!(text.contains("业技 👩‍💻"), "strings stay readable");
        let loaded = parse(Path::new("s.ron"), &text).unwrap();
        assert_eq!(loaded.session, session);
        assert_eq!(to_ron(&loaded.session), text);
    }

    /// Both readers' sessions from a file of an older schema.
    fn read_both<T>(text: &str) -> (Option<Session>, Session)
    where
        T: for<'de> Deserialize<'de> + Into<Session>,
    {
        let fast = ron_read::fast::from_str::<T>(text).ok().map(Into::into);
        let ron = ron::Options::default().from_str::<T>(text).unwrap();
        (fast, ron.into())
    }

    #[test]
    fn files_of_older_versions_take_the_fast_path_and_read_as_ron_reads_them() {
        type Reader = fn(&str) -> (Option<Session>, Session);
        let readers: [(&str, Reader); 4] = [
            ("v1", read_both::<v1::SessionV1>),
            ("v2", read_both::<v2::SessionV2>),
            ("v3", read_both::<v3::SessionV3>),
            ("v4", read_both::<v4::SessionV4>),
        ];
        for (folder, read) in readers {
            let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/sessions")
                .join(folder);
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                let (fast, ron) = read(&ron_read::read_text(&path).unwrap());
                assert_eq!(fast, Some(ron), "{}", path.display());
            }
        }
    }

    #[test]
    fn the_declared_language_is_found_in_a_file_that_does_not_parse() {
        let broken = "(\n    version: 5,\n    minutes: \"twenty\",\n    language: Zh,\n";
        assert_eq!(declared_language_in(broken), Some(Lang::Zh));
        assert_eq!(
            declared_language_in("(language:En)"),
            None,
            "not on a line of its own"
        );
        assert_eq!(declared_language_in("  language: En\n"), Some(Lang::En));
        assert_eq!(declared_language_in("  language: Fr,\n"), None);
        assert_eq!(declared_language_in("  languages: [Zh],\n"), None);
        assert_eq!(declared_language_in(""), None);
    }

    #[test]
    fn the_version_is_read_from_the_top_only_when_it_is_plainly_there() {
        assert_eq!(leading_version("(\n    version: 5,\n    x: 1)"), Some(5));
        assert_eq!(leading_version("  (version:12 , x: 1)"), Some(12));
        assert_eq!(
            leading_version("(\n    title: \"a\",\n    version: 5,\n)"),
            None
        );
        assert_eq!(
            leading_version("(version: 5)"),
            None,
            "no comma: full probe"
        );
        assert_eq!(leading_version("(version: 99999999999,"), None, "too big");
        assert_eq!(leading_version("(version: ,"), None);
        assert_eq!(leading_version("// c\n(version: 5,"), None);
    }
}
