//! [`LessonAction`]: what the user asks of the lesson being made.

use std::path::PathBuf;

use crate::model::lesson::Edit;

/// One thing asked of the lesson (from its panel, its menu or a key).
#[derive(Clone, Debug, PartialEq)]
pub enum LessonAction {
    /// Show or hide the lesson panel.
    TogglePanel,
    /// Start a new, empty lesson (asks first if changes are unsaved).
    New,
    /// Choose a lesson file to open.
    Open,
    /// Save to the lesson's file (or choose one).
    Save,
    /// Choose a file and save the lesson to it.
    SaveAs,
    /// Save the lesson to this file.
    SaveTo(PathBuf),
    /// Add the view on screen as a step after the selected one.
    AddView,
    /// Add a text-only slide after the selected step.
    AddText,
    /// Write the lesson's texts in this language (the panel's fields).
    WriteIn(crate::lang::Lang),
    /// Select a step in the panel.
    Select(usize),
    /// Change the lesson.
    Edit(Edit),
    /// Move the selected step up (`true`) or down.
    MoveSelected(bool),
    /// Delete the selected step.
    DeleteSelected,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Show the view of a step in the explorer.
    GoTo(usize),
    /// Make a step show the view on screen (keeping its words).
    ReplaceWithView(usize),
    /// Turn a tour of the dataset on screen into a new lesson.
    FromTour(String),
    /// Present the lesson from its first step, or from the selected one (`true`).
    Present(bool),
    /// Drop the unsaved changes and do what was asked ([`LessonAction::New`], open, quit).
    Discard,
    /// Keep the changes: close the "unsaved changes" question.
    KeepEditing,
}
