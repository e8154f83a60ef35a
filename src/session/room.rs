//! What the facilitator keeps about running the room: time spent and added per step,
//! and private notes per step (never projected, never exported unless asked).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// Step id → time spent on it and minutes added to its timebox.
    pub timing: BTreeMap<String, StepTime>,
    /// Step id → the facilitator's private notes.
    pub facilitator_notes: BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepTime {
    pub spent_seconds: u32,
    pub extra_minutes: u32,
}

impl Room {
    pub fn time(&self, step: &str) -> StepTime {
        self.timing.get(step).copied().unwrap_or_default()
    }
}
