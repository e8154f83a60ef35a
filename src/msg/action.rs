//! What a key can ask for, and which actions can only change the session.

/// What a key can ask for. Every action has a label in both languages and at least
/// one key in the keymap (both checked by tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    ToggleHelp,
    Quit,
    SaveNow,
    ToggleLanguage,
    NextStep,
    PreviousStep,
    NextPanel,
    PreviousPanel,
    Up,
    Down,
    Left,
    Right,
    AddItem,
    EditOrConfirm,
    Cancel,
    DeleteItem,
    MoveItemUp,
    MoveItemDown,
    ToggleStepDone,
    Undo,
    Redo,
    NewSession,
    OpenReadOnly,
    // Diagnose.
    AgreeStage,
    /// The stage (1–4) of the key pressed; bound with index 0.
    PickStage(u8),
    ClearPick,
    MarkPresent,
    MarkAbsent,
    MarkUnsure,
    CyclePresence,
    ClearMark,
    // Whole-brain strategy.
    /// The quadrant (A–D as 0–3) of the key pressed.
    SetQuadrant(u8),
    /// The principle (1–6 as 0–5) of the key pressed.
    SetPrinciple(u8),
    CycleSide,
    CycleAuthor,
    MergeStatements,
    FilterLikeThis,
    CycleSort,
    WalkAround,
    PreviousQuadrant,
    NextQuadrant,
    EndWalk,
    // Five unified and four synergies.
    /// The status (agreed, partly, open, disputed as 0–3) of the key pressed.
    SetStatus(u8),
    CycleOwner,
    EditDetails,
    EditQuarter,
    /// The priority (high, medium, low as 0–2) of the key pressed.
    SetPriority(u8),
    LinkStatements,
    ToggleLink,
    AddDot,
    RemoveDot,
    ToggleHidden,
    ToggleRanking,
    FewerDots,
    MoreDots,
    LowerCap,
    RaiseCap,
    /// The rating (1–5 as 0–4) of the key pressed.
    SetRating(u8),
    ClearRating,
    /// A digit that is no rating (6–9): says which digits rate.
    NotARating,
    /// The proposed mechanism (0–6) of the key pressed.
    AddMechanism(u8),
    CycleInitiative,
    ConfirmDelete,
    // Role mapping.
    /// The letter (R, A, C, I as 0–3) of the key pressed.
    SetRaci(u8),
    CycleRaci,
    ClearRaci,
    PickHolders,
    ToggleFluent,
    // The room toolkit and wrap-up.
    StartPauseTimer,
    AddFiveMinutes,
    ResetTimer,
    ToggleBell,
    ToggleProjector,
    CycleTheme,
    QuickSwitch,
    ParkIt,
    EditFacilitatorNotes,
    CycleLink,
    CycleActionStatus,
    EditDue,
    CyclePersonOwner,
    ToggleClosed,
    ToggleIndicatorKind,
    EditBaseline,
    EditTargetValue,
    EditUnit,
    EditNextSession,
    ToggleDashboard,
    // Typing.
    Backspace,
    DeleteForward,
    CursorLeft,
    CursorRight,
    CursorUp,
    CursorDown,
    LineStart,
    LineEnd,
    WordLeft,
    WordRight,
    DeleteWordBack,
    DeleteToLineStart,
    NewLine,
    ConfirmEdit,
    CancelEdit,
    // Dialogs.
    KeepBoth,
    Overwrite,
    RestoreRecovery,
    IgnoreRecovery,
    QuitAnyway,
    StayInSession,
}

impl Action {
    /// Whether all the action can do is change the session (or its clock): a
    /// read-only session's footer leaves such keys out, as they would be refused.
    pub fn changes_session(self) -> bool {
        use Action::*;
        matches!(
            self,
            SaveNow
                | AddItem
                | DeleteItem
                | MoveItemUp
                | MoveItemDown
                | ToggleStepDone
                | Undo
                | Redo
                | AgreeStage
                | PickStage(_)
                | ClearPick
                | MarkPresent
                | MarkAbsent
                | MarkUnsure
                | CyclePresence
                | ClearMark
                | SetQuadrant(_)
                | SetPrinciple(_)
                | CycleSide
                | CycleAuthor
                | MergeStatements
                | SetStatus(_)
                | CycleOwner
                | EditDetails
                | EditQuarter
                | SetPriority(_)
                | LinkStatements
                | ToggleLink
                | AddDot
                | RemoveDot
                | ToggleHidden
                | FewerDots
                | MoreDots
                | LowerCap
                | RaiseCap
                | SetRating(_)
                | ClearRating
                | AddMechanism(_)
                | CycleInitiative
                | SetRaci(_)
                | CycleRaci
                | ClearRaci
                | PickHolders
                | ToggleFluent
                | StartPauseTimer
                | AddFiveMinutes
                | ResetTimer
                | ParkIt
                | EditFacilitatorNotes
                | CycleLink
                | CycleActionStatus
                | EditDue
                | CyclePersonOwner
                | ToggleClosed
                | ToggleIndicatorKind
                | EditBaseline
                | EditTargetValue
                | EditUnit
                | EditNextSession
        )
    }

    /// Every action, for checks that each has a key and a label.
    pub const ALL: [Action; 109] = [
        Action::ToggleHelp,
        Action::Quit,
        Action::SaveNow,
        Action::ToggleLanguage,
        Action::NextStep,
        Action::PreviousStep,
        Action::NextPanel,
        Action::PreviousPanel,
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::AddItem,
        Action::EditOrConfirm,
        Action::Cancel,
        Action::DeleteItem,
        Action::MoveItemUp,
        Action::MoveItemDown,
        Action::ToggleStepDone,
        Action::Undo,
        Action::Redo,
        Action::NewSession,
        Action::OpenReadOnly,
        Action::AgreeStage,
        Action::PickStage(0),
        Action::ClearPick,
        Action::MarkPresent,
        Action::MarkAbsent,
        Action::MarkUnsure,
        Action::CyclePresence,
        Action::ClearMark,
        Action::SetQuadrant(0),
        Action::SetPrinciple(0),
        Action::CycleSide,
        Action::CycleAuthor,
        Action::MergeStatements,
        Action::FilterLikeThis,
        Action::CycleSort,
        Action::WalkAround,
        Action::PreviousQuadrant,
        Action::NextQuadrant,
        Action::EndWalk,
        Action::SetStatus(0),
        Action::CycleOwner,
        Action::EditDetails,
        Action::EditQuarter,
        Action::SetPriority(0),
        Action::LinkStatements,
        Action::ToggleLink,
        Action::AddDot,
        Action::RemoveDot,
        Action::ToggleHidden,
        Action::ToggleRanking,
        Action::FewerDots,
        Action::MoreDots,
        Action::LowerCap,
        Action::RaiseCap,
        Action::SetRating(0),
        Action::ClearRating,
        Action::NotARating,
        Action::AddMechanism(0),
        Action::CycleInitiative,
        Action::ConfirmDelete,
        Action::SetRaci(0),
        Action::CycleRaci,
        Action::ClearRaci,
        Action::PickHolders,
        Action::ToggleFluent,
        Action::StartPauseTimer,
        Action::AddFiveMinutes,
        Action::ResetTimer,
        Action::ToggleBell,
        Action::ToggleProjector,
        Action::CycleTheme,
        Action::QuickSwitch,
        Action::ParkIt,
        Action::EditFacilitatorNotes,
        Action::CycleLink,
        Action::CycleActionStatus,
        Action::EditDue,
        Action::CyclePersonOwner,
        Action::ToggleClosed,
        Action::ToggleIndicatorKind,
        Action::EditBaseline,
        Action::EditTargetValue,
        Action::EditUnit,
        Action::EditNextSession,
        Action::ToggleDashboard,
        Action::Backspace,
        Action::DeleteForward,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorUp,
        Action::CursorDown,
        Action::LineStart,
        Action::LineEnd,
        Action::WordLeft,
        Action::WordRight,
        Action::DeleteWordBack,
        Action::DeleteToLineStart,
        Action::NewLine,
        Action::ConfirmEdit,
        Action::CancelEdit,
        Action::KeepBoth,
        Action::Overwrite,
        Action::RestoreRecovery,
        Action::IgnoreRecovery,
        Action::QuitAnyway,
        Action::StayInSession,
    ];

    /// For actions bound to a row of keys (1–4, A–D), the one the `index`-th key
    /// of the row means.
    pub fn with_index(self, index: usize) -> Action {
        let index = index as u8;
        match self {
            Action::PickStage(_) => Action::PickStage(index),
            Action::SetQuadrant(_) => Action::SetQuadrant(index),
            Action::SetPrinciple(_) => Action::SetPrinciple(index),
            Action::SetStatus(_) => Action::SetStatus(index),
            Action::SetPriority(_) => Action::SetPriority(index),
            Action::SetRating(_) => Action::SetRating(index),
            Action::AddMechanism(_) => Action::AddMechanism(index),
            Action::SetRaci(_) => Action::SetRaci(index),
            other => other,
        }
    }
}

/// Fails to compile when a variant is added without being listed in `Action::ALL`.
const _: fn(Action) = |action| match action {
    Action::ToggleHelp
    | Action::Quit
    | Action::SaveNow
    | Action::ToggleLanguage
    | Action::NextStep
    | Action::PreviousStep
    | Action::NextPanel
    | Action::PreviousPanel
    | Action::Up
    | Action::Down
    | Action::Left
    | Action::Right
    | Action::AddItem
    | Action::EditOrConfirm
    | Action::Cancel
    | Action::DeleteItem
    | Action::MoveItemUp
    | Action::MoveItemDown
    | Action::ToggleStepDone
    | Action::Undo
    | Action::Redo
    | Action::NewSession
    | Action::OpenReadOnly
    | Action::AgreeStage
    | Action::PickStage(_)
    | Action::ClearPick
    | Action::MarkPresent
    | Action::MarkAbsent
    | Action::MarkUnsure
    | Action::CyclePresence
    | Action::ClearMark
    | Action::SetQuadrant(_)
    | Action::SetPrinciple(_)
    | Action::CycleSide
    | Action::CycleAuthor
    | Action::MergeStatements
    | Action::FilterLikeThis
    | Action::CycleSort
    | Action::WalkAround
    | Action::PreviousQuadrant
    | Action::NextQuadrant
    | Action::EndWalk
    | Action::SetStatus(_)
    | Action::CycleOwner
    | Action::EditDetails
    | Action::EditQuarter
    | Action::SetPriority(_)
    | Action::LinkStatements
    | Action::ToggleLink
    | Action::AddDot
    | Action::RemoveDot
    | Action::ToggleHidden
    | Action::ToggleRanking
    | Action::FewerDots
    | Action::MoreDots
    | Action::LowerCap
    | Action::RaiseCap
    | Action::SetRating(_)
    | Action::ClearRating
    | Action::NotARating
    | Action::AddMechanism(_)
    | Action::CycleInitiative
    | Action::ConfirmDelete
    | Action::SetRaci(_)
    | Action::CycleRaci
    | Action::ClearRaci
    | Action::PickHolders
    | Action::ToggleFluent
    | Action::StartPauseTimer
    | Action::AddFiveMinutes
    | Action::ResetTimer
    | Action::ToggleBell
    | Action::ToggleProjector
    | Action::CycleTheme
    | Action::QuickSwitch
    | Action::ParkIt
    | Action::EditFacilitatorNotes
    | Action::CycleLink
    | Action::CycleActionStatus
    | Action::EditDue
    | Action::CyclePersonOwner
    | Action::ToggleClosed
    | Action::ToggleIndicatorKind
    | Action::EditBaseline
    | Action::EditTargetValue
    | Action::EditUnit
    | Action::EditNextSession
    | Action::ToggleDashboard
    | Action::Backspace
    | Action::DeleteForward
    | Action::CursorLeft
    | Action::CursorRight
    | Action::CursorUp
    | Action::CursorDown
    | Action::LineStart
    | Action::LineEnd
    | Action::WordLeft
    | Action::WordRight
    | Action::DeleteWordBack
    | Action::DeleteToLineStart
    | Action::NewLine
    | Action::ConfirmEdit
    | Action::CancelEdit
    | Action::KeepBoth
    | Action::Overwrite
    | Action::RestoreRecovery
    | Action::IgnoreRecovery
    | Action::QuitAnyway
    | Action::StayInSession => {}
};
