//! Schema version 4, written before the wrap-up step and the room's timers and
//! private notes. Read as it was, then migrated; never written.

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use super::diagnosis::Diagnosis;
use super::raci::RoleMapping;
use super::roles::Role;
use super::strategy::Strategy;
use super::synergy::Synergy;
use super::unified::{DotVoting, Initiative, UnifiedItem};
use super::{SCHEMA_VERSION, Session, Setup, Step, TemplateRef};
use crate::i18n::Lang;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionV4 {
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
    unified: Vec<UnifiedItem>,
    initiatives: Vec<Initiative>,
    voting: DotVoting,
    synergies: Vec<Synergy>,
    roles: Vec<Role>,
    raci: RoleMapping,
    steps: Vec<Step>,
}

impl From<SessionV4> for Session {
    fn from(old: SessionV4) -> Session {
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
            unified: old.unified.into(),
            initiatives: old.initiatives.into(),
            voting: old.voting.into(),
            synergies: old.synergies.into(),
            roles: old.roles.into(),
            raci: old.raci.into(),
            ..Session::fill_later_sections(old.steps)
        }
    }
}
