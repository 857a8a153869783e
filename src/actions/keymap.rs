//! The one keymap: every key the app answers to, where it works and what it
//! does, and the texts generated from it (menu hints, the help window,
//! README's keyboard table).

use egui::{Key, KeyboardShortcut, Modifiers};

use super::action::Action;
use super::lesson_action::LessonAction as L;
use crate::lang::Lang;
use crate::state::QuizMode;
use crate::tr;

/// Where a key works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// In the explorer and on slides.
    Everywhere,
    /// In the explorer window only.
    Explorer,
    /// In presentation mode only.
    Slides,
    /// While a quiz is on screen.
    Quiz,
    /// In the explorer while the lesson panel is open (before the explorer's own keys).
    Lesson,
}

/// One row of the keymap.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    /// The key and its modifiers.
    pub shortcut: KeyboardShortcut,
    /// What it does.
    pub action: Action,
    /// Where it works.
    pub scope: Scope,
    /// What it does: the id of its message in the catalogs (help window, README).
    pub description: &'static str,
}

const fn bind(
    modifiers: Modifiers,
    key: Key,
    action: Action,
    scope: Scope,
    description: &'static str,
) -> Binding {
    Binding {
        shortcut: KeyboardShortcut::new(modifiers, key),
        action,
        scope,
        description,
    }
}

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const SHIFT: Modifiers = Modifiers::SHIFT;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
const EVERYWHERE: Scope = Scope::Everywhere;
const EXPLORER: Scope = Scope::Explorer;
const SLIDES: Scope = Scope::Slides;
const QUIZ: Scope = Scope::Quiz;
const LESSON: Scope = Scope::Lesson;
const ALT: Modifiers = Modifiers::ALT;

/// Every key the app answers to. Rows with modifiers come first, so that
/// `Ctrl+Plus` is taken before `Plus`. Consecutive rows with the same
/// description are shown as one line ("Ctrl+F or /").
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
    bind(CTRL_SHIFT, Key::S, Action::Lesson(L::SaveAs), LESSON, "key-lesson-save-as"),
    bind(CTRL_SHIFT, Key::Z, Action::Lesson(L::Redo), LESSON, "key-lesson-redo"),
    bind(CTRL, Key::S, Action::Lesson(L::Save), LESSON, "key-lesson-save"),
    bind(CTRL, Key::Z, Action::Lesson(L::Undo), LESSON, "key-lesson-undo"),
    bind(ALT, Key::ArrowUp, Action::Lesson(L::MoveSelected(true)), LESSON, "key-lesson-move-up"),
    bind(ALT, Key::ArrowDown, Action::Lesson(L::MoveSelected(false)), LESSON, "key-lesson-move-down"),
    bind(CTRL_SHIFT, Key::A, Action::Lesson(L::AddView), EXPLORER, "key-lesson-add-view"),
    bind(CTRL, Key::L, Action::Lesson(L::TogglePanel), EXPLORER, "key-lesson-panel"),
    bind(CTRL, Key::O, Action::Open, EXPLORER, "key-open"),
    bind(CTRL, Key::S, Action::SavePng, EVERYWHERE, "key-save-png"),
    bind(CTRL, Key::Plus, Action::UiLarger, EVERYWHERE, "key-ui-larger"),
    bind(CTRL, Key::Equals, Action::UiLarger, EVERYWHERE, "key-ui-larger"),
    bind(CTRL, Key::Minus, Action::UiSmaller, EVERYWHERE, "key-ui-smaller"),
    bind(CTRL, Key::Num0, Action::UiResetSize, EVERYWHERE, "key-ui-reset-size"),
    bind(CTRL_SHIFT, Key::C, Action::CopyViewCode, EVERYWHERE, "key-copy-view-code"),
    bind(SHIFT, Key::F6, Action::PreviousPanel, EXPLORER, "key-previous-panel"),
    bind(SHIFT, Key::P, Action::TogglePresenterWindow, SLIDES, "key-presenter-window"),
    bind(SHIFT, Key::F5, Action::PresentFromHere, EXPLORER, "key-present-here"),
    bind(SHIFT, Key::Q, Action::StartQuiz(QuizMode::Class), EXPLORER, "key-quiz-class"),
    bind(SHIFT, Key::P, Action::TogglePresenterWindow, QUIZ, "key-presenter-window"),
    bind(SHIFT, Key::Space, Action::PlayFromStart, EXPLORER, "key-play-from-start"),
    bind(CTRL, Key::F, Action::FocusSearch, EXPLORER, "key-focus-search"),
    bind(NONE, Key::Slash, Action::FocusSearch, EXPLORER, "key-focus-search"),
    bind(NONE, Key::ArrowLeft, Action::PreviousEvent, EXPLORER, "key-previous-event"),
    bind(NONE, Key::ArrowRight, Action::NextEvent, EXPLORER, "key-next-event"),
    bind(NONE, Key::ArrowUp, Action::ListUp, EXPLORER, "key-list-up"),
    bind(NONE, Key::ArrowDown, Action::ListDown, EXPLORER, "key-list-down"),
    bind(NONE, Key::Enter, Action::ListActivate, EXPLORER, "key-list-activate"),
    bind(NONE, Key::Escape, Action::Back, EXPLORER, "key-back"),
    bind(NONE, Key::Home, Action::ZoomReset, EXPLORER, "key-zoom-reset"),
    bind(NONE, Key::Plus, Action::ZoomIn, EXPLORER, "key-zoom-in"),
    bind(NONE, Key::Equals, Action::ZoomIn, EXPLORER, "key-zoom-in"),
    bind(NONE, Key::Minus, Action::ZoomOut, EXPLORER, "key-zoom-out"),
    bind(NONE, Key::OpenBracket, Action::DateBack, EXPLORER, "key-date-back"),
    bind(NONE, Key::CloseBracket, Action::DateForward, EXPLORER, "key-date-forward"),
    bind(NONE, Key::M, Action::ToggleMap, EXPLORER, "key-toggle-map"),
    bind(NONE, Key::Space, Action::TogglePlay, EXPLORER, "key-toggle-play"),
    bind(NONE, Key::F5, Action::Present, EXPLORER, "key-present"),
    bind(NONE, Key::F6, Action::NextPanel, EXPLORER, "key-next-panel"),
    bind(NONE, Key::F1, Action::ToggleHelp, EXPLORER, "key-toggle-help"),
    bind(NONE, Key::Q, Action::StartQuiz(QuizMode::SelfTest), EXPLORER, "key-quiz-self-test"),
    bind(NONE, Key::Delete, Action::Lesson(L::DeleteSelected), LESSON, "key-lesson-delete"),
    bind(NONE, Key::PageDown, Action::NextSlide, SLIDES, "key-next-slide"),
    bind(NONE, Key::ArrowRight, Action::NextSlide, SLIDES, "key-next-slide"),
    bind(NONE, Key::Space, Action::NextSlide, SLIDES, "key-next-slide"),
    bind(NONE, Key::Enter, Action::NextSlide, SLIDES, "key-next-slide"),
    bind(NONE, Key::PageUp, Action::PreviousSlide, SLIDES, "key-previous-slide"),
    bind(NONE, Key::ArrowLeft, Action::PreviousSlide, SLIDES, "key-previous-slide"),
    bind(NONE, Key::Backspace, Action::PreviousSlide, SLIDES, "key-previous-slide"),
    bind(NONE, Key::Home, Action::FirstSlide, SLIDES, "key-first-slide"),
    bind(NONE, Key::End, Action::LastSlide, SLIDES, "key-last-slide"),
    bind(NONE, Key::P, Action::TogglePresenterView, SLIDES, "key-toggle-presenter-view"),
    bind(NONE, Key::N, Action::TogglePresenterCompact, SLIDES, "key-presenter-compact"),
    bind(NONE, Key::L, Action::Spotlight, SLIDES, "key-spotlight"),
    bind(NONE, Key::Escape, Action::LeavePresentation, SLIDES, "key-leave-presentation"),
    bind(NONE, Key::F5, Action::LeavePresentation, SLIDES, "key-leave-presentation"),
    bind(NONE, Key::Num1, Action::QuizChoose(0), QUIZ, "key-quiz-choose"),
    bind(NONE, Key::Num2, Action::QuizChoose(1), QUIZ, "key-quiz-choose"),
    bind(NONE, Key::Num3, Action::QuizChoose(2), QUIZ, "key-quiz-choose"),
    bind(NONE, Key::Num4, Action::QuizChoose(3), QUIZ, "key-quiz-choose"),
    bind(NONE, Key::Enter, Action::QuizNext, QUIZ, "key-quiz-next"),
    bind(NONE, Key::PageDown, Action::QuizNext, QUIZ, "key-quiz-next"),
    bind(NONE, Key::ArrowRight, Action::QuizNext, QUIZ, "key-quiz-next"),
    bind(NONE, Key::Space, Action::QuizNext, QUIZ, "key-quiz-next"),
    bind(NONE, Key::PageUp, Action::QuizPrevious, QUIZ, "key-quiz-previous"),
    bind(NONE, Key::ArrowLeft, Action::QuizPrevious, QUIZ, "key-quiz-previous"),
    bind(NONE, Key::Escape, Action::LeaveQuiz, QUIZ, "key-quiz-leave"),
    bind(NONE, Key::P, Action::TogglePresenterView, QUIZ, "key-quiz-presenter-view"),
];

/// The name of a key as the help window and README show it.
fn key_name(key: Key) -> &'static str {
    match key {
        Key::ArrowLeft => "←",
        Key::ArrowRight => "→",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::Plus => "+",
        Key::Equals => "=",
        Key::Minus => "−",
        Key::Slash => "/",
        Key::OpenBracket => "[",
        Key::CloseBracket => "]",
        Key::Num0 => "0",
        Key::Escape => "Esc",
        other => other.name(),
    }
}

/// "Ctrl+O", "→", "PageDown": how a shortcut is written for people.
pub fn shortcut_text(shortcut: &KeyboardShortcut) -> String {
    let mut text = String::new();
    if shortcut.modifiers.command || shortcut.modifiers.ctrl {
        text.push_str("Ctrl+");
    }
    if shortcut.modifiers.shift {
        text.push_str("Shift+");
    }
    if shortcut.modifiers.alt {
        text.push_str("Alt+");
    }
    let key = match shortcut.logical_key {
        // "Ctrl++" reads badly; with a modifier the sign keys are named.
        Key::Plus if !text.is_empty() => "Plus",
        Key::Minus if !text.is_empty() => "Minus",
        other => key_name(other),
    };
    text.push_str(key);
    text
}

/// The first shortcut bound to `action`, written for a menu item's hint.
pub fn hint_for(action: &Action) -> Option<String> {
    KEYMAP
        .iter()
        .find(|b| b.action == *action)
        .map(|b| shortcut_text(&b.shortcut))
}

/// The keymap as help lines in `lang`: (keys, description, scope), with rows
/// of the same description and scope joined ("Ctrl+F or /").
pub fn help_lines(lang: Lang) -> Vec<(String, String, Scope)> {
    let mut lines: Vec<(String, &'static str, Scope)> = Vec::new();
    let or = tr!(lang, "keys-or");
    for binding in KEYMAP {
        let keys = shortcut_text(&binding.shortcut);
        match lines.last_mut() {
            Some((joined, description, scope))
                if *description == binding.description && *scope == binding.scope =>
            {
                joined.push_str(&or);
                joined.push_str(&keys);
            }
            _ => lines.push((keys, binding.description, binding.scope)),
        }
    }
    lines
        .into_iter()
        .map(|(keys, id, scope)| (keys, tr!(lang, id), scope))
        .collect()
}

/// README's keyboard table (in English), exactly as README.md must contain it.
pub fn readme_table() -> String {
    let mut table = String::from("| Keys | What they do | Where |\n|---|---|---|\n");
    for (keys, description, scope) in help_lines(Lang::En) {
        let scope = match scope {
            Scope::Everywhere => "everywhere",
            Scope::Explorer => "explorer",
            Scope::Slides => "slides",
            Scope::Quiz => "quiz",
            Scope::Lesson => "lesson panel",
        };
        let keys = keys.replace('|', "\\|");
        table.push_str(&format!("| `{keys}` | {description} | {scope} |\n"));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for (i, a) in KEYMAP.iter().enumerate() {
            for b in KEYMAP.iter().skip(i + 1) {
                // The lesson panel's keys are taken first on purpose (its
                // Ctrl+S saves the lesson, not a PNG).
                let lesson = (a.scope == Scope::Lesson) != (b.scope == Scope::Lesson);
                let overlap = a.scope == b.scope
                    || (!lesson && (a.scope == Scope::Everywhere || b.scope == Scope::Everywhere));
                assert!(
                    !(overlap && a.shortcut == b.shortcut),
                    "{} is bound twice",
                    shortcut_text(&a.shortcut)
                );
            }
        }
    }

    #[test]
    fn shortcuts_with_modifiers_come_first() {
        let first_plain = KEYMAP
            .iter()
            .position(|b| b.shortcut.modifiers.is_none())
            .unwrap_or(KEYMAP.len());
        assert!(
            KEYMAP
                .iter()
                .skip(first_plain)
                .all(|b| b.shortcut.modifiers.is_none())
        );
    }

    #[test]
    fn help_lines_join_alternative_keys() {
        let lines = help_lines(Lang::En);
        assert!(
            lines
                .iter()
                .any(|(keys, what, _)| keys == "Ctrl+F or /" && what.starts_with("Search"))
        );
        assert!(
            lines
                .iter()
                .any(|(keys, _, _)| keys == "PageDown or → or Space or Enter")
        );
    }

    #[test]
    fn menu_hints_come_from_the_keymap() {
        assert_eq!(hint_for(&Action::Open).as_deref(), Some("Ctrl+O"));
        assert_eq!(hint_for(&Action::Present).as_deref(), Some("F5"));
        assert_eq!(hint_for(&Action::Quit), None);
    }
}
