//! Schema version 2, written before the five unified and four synergies steps had
//! content of their own. Read as it was, then migrated; never written.

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use super::diagnosis::Diagnosis;
use super::strategy::Strategy;
use super::{SCHEMA_VERSION, Session, Setup, Step, TemplateRef};
use crate::i18n::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionV2 {
    #[allow(dead_code)]
    version: u32,
    template: TemplateRef,
    created: DateTime<FixedOffset>,
    updated: DateTime<FixedOffset>,
    language: Lang,
    current_step: String,
    setup: Setup,
    diagnosis: Diagnosis,
    strategy: Strategy,
    steps: Vec<Step>,
}

impl From<SessionV2> for Session {
    fn from(old: SessionV2) -> Session {
        Session {
            version: SCHEMA_VERSION,
            template: old.template,
            created: old.created,
            updated: old.updated,
            language: old.language,
            current_step: old.current_step,
            setup: old.setup.into(),
            diagnosis: old.diagnosis.into(),
            strategy: old.strategy.into(),
            ..Session::fill_later_sections(old.steps)
        }
    }
}
