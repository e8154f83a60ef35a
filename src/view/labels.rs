//! What keys and actions are called: the labels the help overlay, the footer hints,
//! the dialogs and the README share, each binding named for what it does where it
//! is pressed.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::i18n::Lang;
use crate::keymap::{Binding, Context, Key};
use crate::msg::Action;

pub fn keys_label(keys: &[Key]) -> String {
    if let Some(range) = key_range(keys) {
        return range;
    }
    let mut labels: Vec<String> = Vec::new();
    for label in keys.iter().map(key_label) {
        // Two spellings of one key (Shift-Tab) read as one.
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    labels.join(" / ")
}

/// The short form for the footer: a range ("1–4") or the first key.
pub fn hint_keys(keys: &[Key]) -> String {
    let plain = keys
        .iter()
        .all(|key| key.modifiers.is_empty() && matches!(key.code, KeyCode::Char(c) if c != ' '));
    key_range(keys).unwrap_or_else(|| {
        if plain && keys.len() > 1 {
            keys.iter().map(key_label).collect::<Vec<_>>().join("/")
        } else {
            keys.first().map(key_label).unwrap_or_default()
        }
    })
}

/// A row of three or more consecutive plain keys reads as a range: "1–4", "A–D".
fn key_range(keys: &[Key]) -> Option<String> {
    let chars: Vec<char> = keys
        .iter()
        .map(|key| match key.code {
            KeyCode::Char(c) if key.modifiers.is_empty() => Some(c),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let consecutive = chars
        .windows(2)
        .all(|pair| pair[1] as u32 == pair[0] as u32 + 1);
    (chars.len() >= 3 && consecutive).then(|| format!("{}–{}", chars[0], chars[chars.len() - 1]))
}

pub fn key_label(key: &Key) -> String {
    let mut out = String::new();
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        out.push_str("Ctrl-");
    }
    if key.modifiers.contains(KeyModifiers::ALT) {
        out.push_str("Alt-");
    }
    if key.modifiers.contains(KeyModifiers::SHIFT) && key.code != KeyCode::BackTab {
        out.push_str("Shift-");
    }
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) if key.modifiers.contains(KeyModifiers::CONTROL) => {
            c.to_ascii_uppercase().to_string()
        }
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Up => "Up".into(),
        KeyCode::Down => "Down".into(),
        KeyCode::Left => "Left".into(),
        KeyCode::Right => "Right".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Backspace => "Backspace".into(),
        other => format!("{other}"),
    };
    out.push_str(&name);
    out
}

pub fn context_label(context: Context, lang: Lang) -> &'static str {
    let ui = lang.ui();
    match context {
        Context::Always => ui.ctx_always,
        Context::Global => ui.ctx_global,
        Context::Help => ui.ctx_help,
        Context::Typing => ui.ctx_typing,
        Context::Start => ui.ctx_start,
        Context::Session => ui.ctx_session,
        Context::Agenda => ui.ctx_agenda,
        Context::Fields => ui.ctx_fields,
        Context::Participants => ui.ctx_participants,
        Context::Notes => ui.ctx_notes,
        Context::Stages => ui.ctx_stages,
        Context::Votes => ui.ctx_votes,
        Context::Frictions => ui.ctx_frictions,
        Context::Statements => ui.ctx_statements,
        Context::Coverage => ui.ctx_coverage,
        Context::Walk => ui.ctx_walk,
        Context::Unified => ui.ctx_unified,
        Context::Agreements => ui.ctx_agreements,
        Context::Initiatives => ui.ctx_initiatives,
        Context::Voting => ui.ctx_voting,
        Context::Ratings => ui.ctx_ratings,
        Context::People => ui.ctx_people,
        Context::Mechanisms => ui.ctx_mechanisms,
        Context::ConfirmDelete => ui.dialog_delete_title,
        Context::Pick => ui.ctx_pick,
        Context::Dashboard => ui.ctx_dashboard,
        Context::CarriedActions => ui.dialog_carried_title,
        Context::Matrix => ui.ctx_matrix,
        Context::Roles => ui.ctx_roles,
        Context::Duties => ui.ctx_duties,
        Context::Summary => ui.ctx_summary,
        Context::Decisions => ui.ctx_decisions,
        Context::Actions => ui.ctx_actions,
        Context::Parking => ui.ctx_parking,
        Context::Indicators => ui.ctx_indicators,
        Context::ChangedOnDisk => ui.dialog_changed_title,
        Context::Recovery => ui.dialog_recovery_title,
        Context::QuitUnsaved => ui.dialog_quit_title,
    }
}

/// What a binding does, in the words of its context: in the dot vote, ← and → go
/// from person to person rather than from column to column.
pub fn binding_label(binding: &Binding, lang: Lang) -> &'static str {
    let ui = lang.ui();
    match (binding.context, binding.action) {
        (Context::Voting, Action::Left) => ui.act_previous_person,
        (Context::Voting, Action::Right) => ui.act_next_person,
        // In the overlay itself the keys close and scroll it.
        (Context::Help, Action::ToggleHelp) => ui.act_cancel,
        (Context::Help, Action::Up) => ui.act_scroll_up,
        (Context::Help, Action::Down) => ui.act_scroll_down,
        (Context::Help, Action::PreviousStep) => ui.act_page_up,
        (Context::Help, Action::NextStep) => ui.act_page_down,
        (_, action) => action_label(action, lang),
    }
}

pub fn action_label(action: Action, lang: Lang) -> &'static str {
    let ui = lang.ui();
    match action {
        Action::ToggleHelp => ui.act_help,
        Action::Quit => ui.act_quit,
        Action::SaveNow => ui.act_save,
        Action::ToggleLanguage => ui.act_language,
        Action::NextStep => ui.act_next_step,
        Action::PreviousStep => ui.act_previous_step,
        Action::NextPanel => ui.act_next_panel,
        Action::PreviousPanel => ui.act_previous_panel,
        Action::Up => ui.act_up,
        Action::Down => ui.act_down,
        Action::Left => ui.act_left,
        Action::Right => ui.act_right,
        Action::AddItem => ui.act_add,
        Action::EditOrConfirm => ui.act_edit,
        Action::Cancel => ui.act_cancel,
        Action::DeleteItem => ui.act_delete,
        Action::MoveItemUp => ui.act_move_up,
        Action::MoveItemDown => ui.act_move_down,
        Action::ToggleStepDone => ui.act_step_done,
        Action::Undo => ui.act_undo,
        Action::Redo => ui.act_redo,
        Action::NewSession => ui.act_new_session,
        Action::OpenReadOnly => ui.act_open_read_only,
        Action::AgreeStage => ui.act_agree_stage,
        Action::PickStage(_) => ui.act_pick_stage,
        Action::ClearPick => ui.act_clear_pick,
        Action::MarkPresent => ui.act_mark_present,
        Action::MarkAbsent => ui.act_mark_absent,
        Action::MarkUnsure => ui.act_mark_unsure,
        Action::CyclePresence => ui.act_cycle_presence,
        Action::ClearMark => ui.act_clear_mark,
        Action::SetQuadrant(_) => ui.act_set_quadrant,
        Action::SetPrinciple(_) => ui.act_set_principle,
        Action::CycleSide => ui.act_cycle_side,
        Action::CycleAuthor => ui.act_cycle_author,
        Action::MergeStatements => ui.act_merge,
        Action::FilterLikeThis => ui.act_filter,
        Action::CycleSort => ui.act_sort,
        Action::WalkAround => ui.act_walk,
        Action::PreviousQuadrant => ui.act_previous_quadrant,
        Action::NextQuadrant => ui.act_next_quadrant,
        Action::EndWalk => ui.act_end_walk,
        Action::SetStatus(_) => ui.act_set_status,
        Action::CycleOwner => ui.act_cycle_owner,
        Action::EditDetails => ui.act_edit_details,
        Action::EditQuarter => ui.act_edit_quarter,
        Action::SetPriority(_) => ui.act_set_priority,
        Action::LinkStatements => ui.act_link_statements,
        Action::ToggleLink => ui.act_toggle_link,
        Action::AddDot => ui.act_add_dot,
        Action::RemoveDot => ui.act_remove_dot,
        Action::ToggleHidden => ui.act_toggle_hidden,
        Action::ToggleRanking => ui.act_toggle_ranking,
        Action::FewerDots => ui.act_fewer_dots,
        Action::MoreDots => ui.act_more_dots,
        Action::LowerCap => ui.act_lower_cap,
        Action::RaiseCap => ui.act_raise_cap,
        Action::SetRating(_) => ui.act_set_rating,
        Action::ClearRating => ui.act_clear_rating,
        Action::AddMechanism(_) => ui.act_add_mechanism,
        Action::CycleInitiative => ui.act_cycle_initiative,
        Action::ConfirmDelete => ui.act_confirm_delete,
        Action::SetRaci(_) => ui.act_set_raci,
        Action::CycleRaci => ui.act_cycle_raci,
        Action::ClearRaci => ui.act_clear_raci,
        Action::PickHolders => ui.act_pick_holders,
        Action::ToggleFluent => ui.act_toggle_fluent,
        Action::StartPauseTimer => ui.act_timer,
        Action::AddFiveMinutes => ui.act_plus_five,
        Action::ResetTimer => ui.act_reset_timer,
        Action::ToggleBell => ui.act_bell,
        Action::ToggleProjector => ui.act_projector,
        Action::CycleTheme => ui.act_theme,
        Action::QuickSwitch => ui.act_switch,
        Action::ParkIt => ui.act_park,
        Action::EditFacilitatorNotes => ui.act_facilitator_notes,
        Action::CycleLink => ui.act_cycle_link,
        Action::CycleActionStatus => ui.act_action_status,
        Action::EditDue => ui.act_due,
        Action::CyclePersonOwner => ui.act_person_owner,
        Action::ToggleClosed => ui.act_close_parked,
        Action::ToggleIndicatorKind => ui.act_indicator_kind,
        Action::EditBaseline => ui.act_baseline,
        Action::EditTargetValue => ui.act_target_value,
        Action::EditUnit => ui.act_unit,
        Action::EditNextSession => ui.act_next_session,
        Action::ToggleDashboard => ui.act_dashboard,
        Action::Backspace => ui.act_backspace,
        Action::DeleteForward => ui.act_delete_forward,
        Action::CursorLeft => ui.act_cursor_left,
        Action::CursorRight => ui.act_cursor_right,
        Action::CursorUp => ui.act_cursor_up,
        Action::CursorDown => ui.act_cursor_down,
        Action::LineStart => ui.act_line_start,
        Action::LineEnd => ui.act_line_end,
        Action::WordLeft => ui.act_word_left,
        Action::WordRight => ui.act_word_right,
        Action::DeleteWordBack => ui.act_delete_word,
        Action::DeleteToLineStart => ui.act_delete_line_start,
        Action::NewLine => ui.act_new_line,
        Action::ConfirmEdit => ui.act_confirm,
        Action::CancelEdit => ui.act_cancel_edit,
        Action::KeepBoth => ui.act_keep_both,
        Action::Overwrite => ui.act_overwrite,
        Action::RestoreRecovery => ui.act_restore,
        Action::IgnoreRecovery => ui.act_ignore,
        Action::QuitAnyway => ui.act_quit_anyway,
        Action::StayInSession => ui.act_stay,
    }
}
