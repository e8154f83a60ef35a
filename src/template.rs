//! Agenda templates: which steps a workshop has, in which order, with their prompts
//! and suggested timeboxes.
//!
//! Owns the template file format. The default template is embedded in the binary so
//! that `yeji` runs from any folder; `--template FILE` loads another.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::i18n::Text;
use crate::load_error::{FileKind, IdKind, LoadError, Problem};
use crate::ron_read;
use crate::session::StepKind;

pub const DEFAULT_TEMPLATE_PATH: &str = "assets/templates/default.ron";
const DEFAULT_TEMPLATE: &str = include_str!("../assets/templates/default.ron");

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub id: String,
    pub version: u32,
    pub name: Text,
    pub steps: Vec<TemplateStep>,
    /// The roles a session starts with (the method's own set when left out).
    #[serde(default = "default_role_names")]
    pub roles: Vec<Text>,
    /// A person accountable for more initiatives than this is flagged.
    #[serde(default = "default_accountable_limit")]
    pub accountable_limit: u8,
}

fn default_role_names() -> Vec<Text> {
    crate::session::roles::default_roles()
        .into_iter()
        .map(|role| role.name)
        .collect()
}

fn default_accountable_limit() -> u8 {
    crate::session::raci::DEFAULT_ACCOUNTABLE_LIMIT
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateStep {
    pub id: String,
    pub kind: StepKind,
    pub title: Text,
    pub prompt: Text,
    /// Suggested timebox.
    pub minutes: u32,
}

impl Template {
    /// The workshop agenda built into the program.
    pub fn embedded_default() -> Template {
        parse_template(Path::new(DEFAULT_TEMPLATE_PATH), DEFAULT_TEMPLATE)
            .expect("the embedded default template is checked by the test suite")
    }

    /// The workshop agenda built into the program, parsed once, on first use:
    /// every session load checks its steps against it.
    pub fn built_in() -> &'static Template {
        static DEFAULT: std::sync::OnceLock<Template> = std::sync::OnceLock::new();
        DEFAULT.get_or_init(Template::embedded_default)
    }

    /// The built-in template with this id, if there is one.
    pub fn embedded(id: &str) -> Option<&'static Template> {
        let template = Template::built_in();
        (template.id == id).then_some(template)
    }

    pub fn load(path: &Path) -> Result<Template, LoadError> {
        let text = ron_read::read_text(path)?;
        parse_template(path, &text)
    }

    pub fn step_ids(&self) -> Vec<String> {
        self.steps.iter().map(|step| step.id.clone()).collect()
    }
}

pub fn parse_template(path: &Path, text: &str) -> Result<Template, LoadError> {
    let template: Template = ron_read::parse(path, text, FileKind::Template)?;
    check(&template).map_err(|(problem, needle, nth)| {
        LoadError::new(path, ron_read::locate_nth(text, &needle, nth), problem)
    })?;
    Ok(template)
}

/// A problem, the text to point at and which occurrence of it.
type Finding = (Problem, String, usize);

fn check(template: &Template) -> Result<(), Finding> {
    if template.steps.is_empty() {
        return Err((Problem::NoSteps, "steps".into(), 1));
    }
    let mut seen = BTreeSet::new();
    for step in &template.steps {
        let quoted = format!("\"{}\"", step.id);
        if !is_valid_step_id(&step.id) {
            return Err((Problem::BadStepId(step.id.clone()), quoted, 1));
        }
        if !seen.insert(step.id.as_str()) {
            let problem = Problem::DuplicateId {
                what: IdKind::Step,
                id: step.id.clone(),
            };
            return Err((problem, format!("id: {quoted}"), 2));
        }
        if !(1..=480).contains(&step.minutes) {
            let problem = Problem::BadMinutes {
                id: step.id.clone(),
                minutes: step.minutes,
            };
            return Err((problem, format!("minutes: {}", step.minutes), 1));
        }
    }
    let setups = template
        .steps
        .iter()
        .filter(|step| step.kind == StepKind::Setup)
        .count();
    if !(1..=50).contains(&template.accountable_limit) {
        let problem = Problem::OutOfRange {
            field: "accountable_limit",
            value: u32::from(template.accountable_limit),
            low: 1,
            high: 50,
        };
        return Err((problem, "accountable_limit".into(), 1));
    }
    if setups != 1 || template.steps[0].kind != StepKind::Setup {
        // Point at the second Setup, or at the first step when none comes first.
        let nth = if setups > 1 { 2 } else { 1 };
        let needle = if setups > 1 { "kind: Setup" } else { "kind:" };
        return Err((Problem::NotOneSetupStep, needle.into(), nth));
    }
    Ok(())
}

/// Step ids appear in file names and references: short, lower-case, no spaces.
pub fn is_valid_step_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}
