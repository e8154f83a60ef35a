//! Carrying a session over into a follow-up: the same people, roles and initiatives,
//! and the actions still open, so the next meeting starts where the last one ended.

use chrono::{DateTime, FixedOffset};

use super::Session;
use crate::i18n::Lang;
use crate::template::Template;

/// A new session of `template` that keeps `previous`'s participants, roles (with who
/// holds them and who is fluent in both), initiatives and unfinished actions.
pub fn carry_over(
    previous: &Session,
    template: &Template,
    title: &str,
    lang: Lang,
    now: DateTime<FixedOffset>,
) -> Session {
    let mut session = Session::new(template, title, lang, now);
    session.setup.organisation = previous.setup.organisation.clone();
    session.setup.facilitator = previous.setup.facilitator.clone();
    session.setup.participants = previous.setup.participants.clone();
    session.roles = previous.roles.clone();
    session.raci.holders = previous.raci.holders.clone();
    session.raci.fluent = previous.raci.fluent.clone();
    session.raci.accountable_limit = previous.raci.accountable_limit;
    // Initiatives keep their ids, so the two sessions can be compared; the
    // statements they served stay behind with the old strategy.
    session.initiatives = previous
        .initiatives
        .iter()
        .cloned()
        .map(|mut initiative| {
            initiative.serves.clear();
            initiative
        })
        .collect();
    session.wrap_up.actions = previous
        .wrap_up
        .actions
        .iter()
        .filter(|action| !action.status.is_finished())
        .cloned()
        .collect();
    session
}
