//! The status bar's message, kept as facts rather than words so it reads in
//! whatever language the interface is in. Below both the session that sets it
//! and the panels that show it.

use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::model::elide_middle;
use crate::tr;

/// The most characters of a path, a name or a reason a message or a label
/// shows: the middle of a longer one gives way to "…". A path can be 4 KB,
/// a view code's dataset name as long as the code; drawn whole, either made
/// one line far wider than any screen and, at a megabyte, a vertex buffer
/// larger than the GPU allows.
pub const SHOWN_CHARS: usize = 120;

/// A path as messages and labels show it: at most [`SHOWN_CHARS`] characters.
pub fn shown_path(path: &Path) -> String {
    shown(&path.display().to_string())
}

/// A name or a reason as messages and labels show it: at most [`SHOWN_CHARS`] characters.
pub fn shown(text: &str) -> String {
    elide_middle(text, SHOWN_CHARS).into_owned()
}

/// The status bar's message: what was last opened, loaded or saved. Kept as
/// facts, not words, so it reads in whatever language the interface is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A bundled dataset is shown (by its short name, e.g. "sco").
    ShowingBundled(&'static str),
    /// A large file is loading in the background.
    Loading {
        /// The file.
        path: PathBuf,
        /// Events read so far.
        events: usize,
    },
    /// A file was opened or read again.
    Loaded {
        /// The file.
        path: PathBuf,
        /// Whether it was read again (else opened).
        reloaded: bool,
        /// How many countries it has.
        countries: usize,
        /// How many events it has.
        events: usize,
    },
    /// A file could not be opened (its problems are in the error panel).
    LoadFailed(PathBuf),
    /// The view was saved as a PNG.
    Saved(PathBuf),
    /// Saving the view failed (the error in English, as the system gives it).
    SaveFailed(String),
    /// The view code was put on the clipboard.
    ViewCodeCopied,
    /// A view code was opened.
    ViewCodeOpened,
    /// A view code was refused (why, in English).
    ViewCodeRefused(crate::view_code::Refusal),
    /// Saved files go to this folder from now on.
    SaveFolder(PathBuf),
    /// The path chosen as the folder for saved files is not a folder.
    NotAFolder(PathBuf),
    /// This build cannot write handouts (it has no headless renderer).
    HandoutUnavailable,
    /// The handout's thread stopped without a result.
    HandoutStopped,
    /// A tour's handout is being written (the tour's title).
    HandoutWriting(String),
    /// A handout was written here.
    HandoutSaved(PathBuf),
    /// Writing a handout failed (why, in English).
    HandoutFailed(String),
    /// A lesson was opened from this file.
    LessonOpened(PathBuf),
    /// The lesson was saved to this file.
    LessonSaved(PathBuf),
    /// Saving the lesson failed (why, in English).
    LessonNotSaved(String),
    /// The view was added to the lesson as this step (from 1).
    LessonStepAdded(usize),
}

impl Notice {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::ShowingBundled(name) => {
                let label = crate::model::find_bundled(name).map_or_else(
                    || (*name).to_owned(),
                    |b| crate::i18n::bundled_label(b, lang),
                );
                tr!(lang, "notice-showing-bundled", name = &label)
            }
            Self::Loading { path, events: 0 } => {
                tr!(lang, "notice-loading", path = &shown_path(path))
            }
            Self::Loading { path, events } => tr!(
                lang,
                "notice-loading-events",
                path = &shown_path(path),
                count = *events,
                events = &crate::i18n::thousands(lang, *events)
            ),
            Self::Loaded {
                path,
                reloaded,
                countries,
                events,
            } => tr!(
                lang,
                if *reloaded {
                    "notice-reloaded"
                } else {
                    "notice-opened"
                },
                path = &shown_path(path),
                countries = *countries,
                events = *events
            ),
            Self::Saved(path) => tr!(lang, "notice-saved", path = &shown_path(path)),
            Self::SaveFailed(error) => tr!(lang, "notice-save-failed", error = &shown(error)),
            Self::ViewCodeCopied => tr!(lang, "notice-view-code-copied"),
            Self::ViewCodeOpened => tr!(lang, "notice-view-code-opened"),
            Self::LoadFailed(path) => {
                tr!(lang, "notice-load-failed", path = &shown_path(path))
            }
            Self::ViewCodeRefused(why) => {
                tr!(
                    lang,
                    "notice-view-code-refused",
                    why = &refusal_text(why, lang)
                )
            }
            Self::NotAFolder(path) => {
                tr!(lang, "notice-not-a-folder", path = &shown_path(path))
            }
            Self::HandoutUnavailable => tr!(lang, "notice-handout-unavailable"),
            Self::HandoutStopped => tr!(lang, "notice-handout-stopped"),
            Self::SaveFolder(path) => {
                tr!(lang, "notice-save-folder", path = &shown_path(path))
            }
            Self::HandoutWriting(tour) => tr!(lang, "notice-handout-writing", tour = &shown(tour)),
            Self::HandoutSaved(path) => {
                tr!(lang, "notice-handout-saved", path = &shown_path(path))
            }
            Self::HandoutFailed(error) => {
                tr!(lang, "notice-handout-failed", error = &shown(error))
            }
            Self::LessonOpened(path) => {
                tr!(lang, "notice-lesson-opened", path = &shown_path(path))
            }
            Self::LessonSaved(path) => {
                tr!(lang, "notice-lesson-saved", path = &shown_path(path))
            }
            Self::LessonNotSaved(error) => {
                tr!(lang, "notice-lesson-not-saved", error = &shown(error))
            }
            Self::LessonStepAdded(step) => tr!(lang, "notice-lesson-step-added", step = *step),
        }
    }
}

/// Why a view code was refused, in `lang`.
fn refusal_text(refusal: &crate::view_code::Refusal, lang: Lang) -> String {
    use crate::view_code::{Refusal, ViewCodeError};
    match refusal {
        Refusal::Code(ViewCodeError::NotACode) => tr!(lang, "code-not-a-code"),
        Refusal::Code(ViewCodeError::Version(version)) => {
            tr!(lang, "code-other-version", version = &shown(version))
        }
        Refusal::Code(ViewCodeError::Damaged(part)) => tr!(lang, part.message_id()),
        Refusal::DatasetNotOpened => tr!(lang, "code-dataset-not-opened"),
        Refusal::CompareNotOpened => tr!(lang, "code-compare-not-opened"),
        Refusal::Missing { event, id, org } => tr!(
            lang,
            if *event {
                "code-missing-event"
            } else {
                "code-missing-country"
            },
            id = &shown(id),
            org = &shown(org)
        ),
        Refusal::NoCodeInPng(path) => {
            tr!(lang, "code-no-code-in-png", file = &shown_path(path))
        }
    }
}
