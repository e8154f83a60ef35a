//! Schema version 1, written before the Diagnose and whole-brain strategy steps had
//! content of their own. Read as it was, then migrated; never written.

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use super::diagnosis::Diagnosis;
use super::strategy::Strategy;
use super::{SCHEMA_VERSION, Session, Setup, Step, TemplateRef};
use crate::i18n::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionV1 {
    #[allow(dead_code)]
    version: u32,
    template: TemplateRef,
    created: DateTime<FixedOffset>,
    updated: DateTime<FixedOffset>,
    language: Lang,
    current_step: String,
    setup: Setup,
    steps: Vec<Step>,
}

impl From<SessionV1> for Session {
    fn from(old: SessionV1) -> Session {
        Session {
            version: SCHEMA_VERSION,
            template: old.template,
            created: old.created,
            updated: old.updated,
            language: old.language,
            current_step: old.current_step,
            setup: old.setup.into(),
            diagnosis: Diagnosis::default().into(),
            strategy: Strategy::default().into(),
            ..Session::fill_later_sections(old.steps)
        }
    }
}
