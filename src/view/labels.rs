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
    let words = lang.keys();
    match context {
        Context::Always => words.ctx_always,
        Context::Global => words.ctx_global,
        Context::Help => words.ctx_help,
        Context::Typing => words.ctx_typing,
        Context::Start => words.ctx_start,
        Context::Session => words.ctx_session,
        Context::Agenda => words.ctx_agenda,
        Context::Fields => words.ctx_fields,
        Context::Participants => words.ctx_participants,
        Context::Notes => words.ctx_notes,
        Context::Stages => words.ctx_stages,
        Context::Votes => words.ctx_votes,
        Context::Frictions => words.ctx_frictions,
        Context::Statements => words.ctx_statements,
        Context::Coverage => words.ctx_coverage,
        Context::Walk => words.ctx_walk,
        Context::Unified => words.ctx_unified,
        Context::Agreements => words.ctx_agreements,
        Context::Initiatives => words.ctx_initiatives,
        Context::Voting => words.ctx_voting,
        Context::Ratings => words.ctx_ratings,
        Context::People => words.ctx_people,
        Context::Mechanisms => words.ctx_mechanisms,
        Context::ConfirmDelete => lang.ui().dialog_delete_title,
        Context::Pick => words.ctx_pick,
        Context::Dashboard => words.ctx_dashboard,
        Context::CarriedActions => lang.ui().dialog_carried_title,
        Context::Matrix => words.ctx_matrix,
        Context::Roles => words.ctx_roles,
        Context::Duties => words.ctx_duties,
        Context::Summary => words.ctx_summary,
        Context::Decisions => words.ctx_decisions,
        Context::Actions => words.ctx_actions,
        Context::Parking => words.ctx_parking,
        Context::Indicators => words.ctx_indicators,
        Context::ChangedOnDisk => lang.ui().dialog_changed_title,
        Context::Recovery => lang.ui().dialog_recovery_title,
        Context::QuitUnsaved => lang.ui().dialog_quit_title,
    }
}

/// What a binding does, in the words of its context: in the dot vote, ← and → go
/// from person to person rather than from column to column.
pub fn binding_label(binding: &Binding, lang: Lang) -> &'static str {
    let words = lang.keys();
    match (binding.context, binding.action) {
        (Context::Voting, Action::Left) => words.act_previous_person,
        (Context::Voting, Action::Right) => words.act_next_person,
        // In the overlay itself the keys close and scroll it.
        (Context::Help, Action::ToggleHelp) => words.act_cancel,
        (Context::Help, Action::Up) => words.act_scroll_up,
        (Context::Help, Action::Down) => words.act_scroll_down,
        (Context::Help, Action::PreviousStep) => words.act_page_up,
        (Context::Help, Action::NextStep) => words.act_page_down,
        (_, action) => action_label(action, lang),
    }
}

pub fn action_label(action: Action, lang: Lang) -> &'static str {
    let words = lang.keys();
    match action {
        Action::ToggleHelp => words.act_help,
        Action::Quit => words.act_quit,
        Action::SaveNow => words.act_save,
        Action::ToggleLanguage => words.act_language,
        Action::NextStep => words.act_next_step,
        Action::PreviousStep => words.act_previous_step,
        Action::NextPanel => words.act_next_panel,
        Action::PreviousPanel => words.act_previous_panel,
        Action::Up => words.act_up,
        Action::Down => words.act_down,
        Action::Left => words.act_left,
        Action::Right => words.act_right,
        Action::AddItem => words.act_add,
        Action::EditOrConfirm => words.act_edit,
        Action::Cancel => words.act_cancel,
        Action::DeleteItem => words.act_delete,
        Action::MoveItemUp => words.act_move_up,
        Action::MoveItemDown => words.act_move_down,
        Action::ToggleStepDone => words.act_step_done,
        Action::Undo => words.act_undo,
        Action::Redo => words.act_redo,
        Action::NewSession => words.act_new_session,
        Action::OpenReadOnly => words.act_open_read_only,
        Action::AgreeStage => words.act_agree_stage,
        Action::PickStage(_) => words.act_pick_stage,
        Action::ClearPick => words.act_clear_pick,
        Action::MarkPresent => words.act_mark_present,
        Action::MarkAbsent => words.act_mark_absent,
        Action::MarkUnsure => words.act_mark_unsure,
        Action::CyclePresence => words.act_cycle_presence,
        Action::ClearMark => words.act_clear_mark,
        Action::SetQuadrant(_) => words.act_set_quadrant,
        Action::SetPrinciple(_) => words.act_set_principle,
        Action::CycleSide => words.act_cycle_side,
        Action::CycleAuthor => words.act_cycle_author,
        Action::MergeStatements => words.act_merge,
        Action::FilterLikeThis => words.act_filter,
        Action::CycleSort => words.act_sort,
        Action::WalkAround => words.act_walk,
        Action::PreviousQuadrant => words.act_previous_quadrant,
        Action::NextQuadrant => words.act_next_quadrant,
        Action::EndWalk => words.act_end_walk,
        Action::SetStatus(_) => words.act_set_status,
        Action::CycleOwner => words.act_cycle_owner,
        Action::EditDetails => words.act_edit_details,
        Action::EditQuarter => words.act_edit_quarter,
        Action::SetPriority(_) => words.act_set_priority,
        Action::LinkStatements => words.act_link_statements,
        Action::ToggleLink => words.act_toggle_link,
        Action::AddDot => words.act_add_dot,
        Action::RemoveDot => words.act_remove_dot,
        Action::ToggleHidden => words.act_toggle_hidden,
        Action::ToggleRanking => words.act_toggle_ranking,
        Action::FewerDots => words.act_fewer_dots,
        Action::MoreDots => words.act_more_dots,
        Action::LowerCap => words.act_lower_cap,
        Action::RaiseCap => words.act_raise_cap,
        Action::SetRating(_) => words.act_set_rating,
        Action::ClearRating => words.act_clear_rating,
        Action::NotARating => words.act_not_a_rating,
        Action::AddMechanism(_) => words.act_add_mechanism,
        Action::CycleInitiative => words.act_cycle_initiative,
        Action::ConfirmDelete => words.act_confirm_delete,
        Action::SetRaci(_) => words.act_set_raci,
        Action::CycleRaci => words.act_cycle_raci,
        Action::ClearRaci => words.act_clear_raci,
        Action::PickHolders => words.act_pick_holders,
        Action::ToggleFluent => words.act_toggle_fluent,
        Action::StartPauseTimer => words.act_timer,
        Action::AddFiveMinutes => words.act_plus_five,
        Action::ResetTimer => words.act_reset_timer,
        Action::ToggleBell => words.act_bell,
        Action::ToggleProjector => words.act_projector,
        Action::CycleTheme => words.act_theme,
        Action::QuickSwitch => words.act_switch,
        Action::ParkIt => words.act_park,
        Action::EditFacilitatorNotes => words.act_facilitator_notes,
        Action::CycleLink => words.act_cycle_link,
        Action::CycleActionStatus => words.act_action_status,
        Action::EditDue => words.act_due,
        Action::CyclePersonOwner => words.act_person_owner,
        Action::ToggleClosed => words.act_close_parked,
        Action::ToggleIndicatorKind => words.act_indicator_kind,
        Action::EditBaseline => words.act_baseline,
        Action::EditTargetValue => words.act_target_value,
        Action::EditUnit => words.act_unit,
        Action::EditNextSession => words.act_next_session,
        Action::ToggleDashboard => words.act_dashboard,
        Action::Backspace => words.act_backspace,
        Action::DeleteForward => words.act_delete_forward,
        Action::CursorLeft => words.act_cursor_left,
        Action::CursorRight => words.act_cursor_right,
        Action::CursorUp => words.act_cursor_up,
        Action::CursorDown => words.act_cursor_down,
        Action::LineStart => words.act_line_start,
        Action::LineEnd => words.act_line_end,
        Action::WordLeft => words.act_word_left,
        Action::WordRight => words.act_word_right,
        Action::DeleteWordBack => words.act_delete_word,
        Action::DeleteToLineStart => words.act_delete_line_start,
        Action::NewLine => words.act_new_line,
        Action::ConfirmEdit => words.act_confirm,
        Action::CancelEdit => words.act_cancel_edit,
        Action::KeepBoth => words.act_keep_both,
        Action::Overwrite => words.act_overwrite,
        Action::RestoreRecovery => words.act_restore,
        Action::IgnoreRecovery => words.act_ignore,
        Action::QuitAnyway => words.act_quit_anyway,
        Action::StayInSession => words.act_stay,
    }
}
