//! Everything a user can ask the app to do, and the one keymap that maps keys to it.
//!
//! Keys, menu items and on-screen buttons all turn into an [`Action`]; the app
//! applies every action in one place (`ExplorerApp::apply`). The help window,
//! the menus' shortcut hints and README's keyboard table are all generated from
//! [`KEYMAP`], so they cannot disagree with what the keys do.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::lang::Lang;
use crate::model::Target;
use crate::state::{CentralView, OverlapColumn, QuizMode, ThemeChoice};
use crate::tr;

/// One thing the user asked for.
#[must_use = "an action does nothing until it is applied"]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select the next event in time among those shown on the timeline.
    NextEvent,
    /// Select the previous event in time among those shown on the timeline.
    PreviousEvent,
    /// Select an event or a country (selecting an event moves the date to its start).
    Select(Target),
    /// Select a country and move the date to the start of one of its status periods.
    SelectStatusChange {
        /// Country index.
        country: usize,
        /// Status period index within the country.
        period: usize,
    },
    /// Move the date cursor to a day.
    SetDate(chrono::NaiveDate),
    /// Move the date cursor back one year.
    DateBack,
    /// Move the date cursor forward one year.
    DateForward,
    /// Zoom the timeline in around the date cursor.
    ZoomIn,
    /// Zoom the timeline out around the date cursor.
    ZoomOut,
    /// Show the whole history on the timeline.
    ZoomReset,
    /// Switch the centre between the timeline and the map.
    ToggleMap,
    /// Start or stop the map's animation of the date (showing the map).
    TogglePlay,
    /// Play from the first day, whatever date is shown.
    PlayFromStart,
    /// Put the keyboard focus in the search box.
    FocusSearch,
    /// Move the keyboard focus to the next panel (list, centre, details).
    NextPanel,
    /// Move the keyboard focus to the previous panel.
    PreviousPanel,
    /// Move the list's keyboard cursor down one row.
    ListDown,
    /// Move the list's keyboard cursor up one row.
    ListUp,
    /// Select the row under the list's keyboard cursor.
    ListActivate,
    /// Esc: close the innermost open thing (text field, dialog, help, search, selection).
    Back,
    /// Switch the interface to another language (selection, date and zoom stay).
    SetLang(Lang),
    /// Put the code of the view on screen on the clipboard.
    CopyViewCode,
    /// Show the "Open view code" dialog.
    OpenViewCode,
    /// Go to the view of the code waiting to be opened (pasted, typed into the
    /// dialog, or read from a dropped PNG).
    OpenWaitingViewCode,
    /// Compare the organisation on screen with a bundled one, by short name.
    CompareWith(&'static str),
    /// Leave compare mode.
    StopComparing,
    /// Select a country of either compared organisation, by its place in the comparison.
    SelectCompared(usize),
    /// Select an event of the organisation compared with, by index (the date moves to it).
    SelectComparedEvent(usize),
    /// Show the "Open dataset" dialog.
    Open,
    /// Show the bundled dataset with this short name ("sco", "asean").
    ShowBundled(&'static str),
    /// Reload the opened file from disk.
    Reload,
    /// Save the window (or the slide) as a PNG.
    SavePng,
    /// Move the presenter view between its dock under the slide and a window of its own.
    TogglePresenterWindow,
    /// Show the dialog choosing the folder saved files go to.
    ChooseSaveFolder,
    /// Write the current tour as a PDF handout (with the teacher's notes if `true`).
    ExportHandout(bool),
    /// Show or hide the About / keyboard help window.
    ToggleHelp,
    /// Put away the "Start here" card (for good).
    DismissStartHint,
    /// Switch between the light and the dark theme.
    ToggleTheme,
    /// Use this theme.
    SetTheme(ThemeChoice),
    /// Make the interface larger.
    UiLarger,
    /// Make the interface smaller.
    UiSmaller,
    /// Return the interface to its default size (1x, or the presentation default on slides).
    UiResetSize,
    /// Enter presentation mode at the selected item (or the last slide shown).
    PresentFromHere,
    /// Enter presentation mode at the tour's first slide (as F5 does in slide programs).
    Present,
    /// Leave presentation mode.
    LeavePresentation,
    /// Next slide.
    NextSlide,
    /// Previous slide.
    PreviousSlide,
    /// First slide.
    FirstSlide,
    /// Last slide.
    LastSlide,
    /// Show or hide the presenter view.
    TogglePresenterView,
    /// The pointer spotlight: drawn while its key is held (the slides look at the
    /// key's state), so pressing it asks for nothing more.
    Spotlight,
    /// Enter in the search box: select the highlighted row, else the first match.
    PickFirstMatch,
    /// Open or close the help window (its close button).
    SetHelpOpen(bool),
    /// Show this range of the timeline (fractional years), after a pan or zoom
    /// with the pointer.
    SetTimelineRange(f64, f64),
    /// Present this tour (`None`: every event in order) from its first step.
    ChooseTour(Option<String>),
    /// The search text, as typed in the search box.
    SetSearch(String),
    /// Show or hide the events of a kind (by its id) on the timeline.
    SetKindShown(String, bool),
    /// Move the date while playing (not a date the user chose).
    PlayTo(chrono::NaiveDate),
    /// Show this view in the centre (its tab).
    ShowView(CentralView),
    /// Show the memberships of this country (an ISO alpha-3 code).
    ChooseMembershipCountry(String),
    /// Open a record of one organisation of the region (by its index there),
    /// showing that organisation first if another one is on screen.
    OpenInOrg {
        /// The organisation's index in the region.
        org: usize,
        /// The event or country, as an index into that organisation's dataset.
        target: Target,
    },
    /// Sort the overlap table by this column (the same column again reverses it).
    SortOverlap(OverlapColumn),
    /// Save the overlap table on the date, as shown (sorted and filtered), as CSV.
    ExportOverlapCsv,
    /// Start a new quiz of ten questions (with the next seed).
    StartQuiz(QuizMode),
    /// Go back to the quiz left for the explorer.
    ResumeQuiz,
    /// Leave the quiz for the explorer; it waits where it was.
    LeaveQuiz,
    /// Choose (or tick, or place next in order) a choice of the quiz's question, from 0.
    QuizChoose(usize),
    /// Check the answer (self-test) or reveal it (class quiz); once shown, the next question.
    QuizNext,
    /// The previous question (class quiz).
    QuizPrevious,
    /// The quiz code, as typed in the quiz's header.
    SetQuizCodeText(String),
    /// Take the quiz of the code typed (e.g. the class's "sco-3"), showing its
    /// bundled dataset if another is on screen.
    OpenQuizCode,
    /// Close the program.
    Quit,
}

impl Action {
    /// Whether the action moves the view to something else (another record,
    /// date, tab or search): a message about the last view is stale then.
    pub fn moves_the_view(&self) -> bool {
        matches!(
            self,
            Self::NextEvent
                | Self::PreviousEvent
                | Self::Select(_)
                | Self::SelectStatusChange { .. }
                | Self::SetDate(_)
                | Self::DateBack
                | Self::DateForward
                | Self::ToggleMap
                | Self::ShowView(_)
                | Self::SetSearch(_)
                | Self::ChooseMembershipCountry(_)
                | Self::OpenInOrg { .. }
                | Self::SelectCompared(_)
                | Self::SelectComparedEvent(_)
                | Self::ListActivate
                | Self::TogglePlay
                | Self::PlayFromStart
        )
    }
}

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

/// Every key the app answers to. Rows with modifiers come first, so that
/// `Ctrl+Plus` is taken before `Plus`. Consecutive rows with the same
/// description are shown as one line ("Ctrl+F or /").
#[rustfmt::skip]
pub const KEYMAP: &[Binding] = &[
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
        };
        let keys = keys.replace('|', "\\|");
        table.push_str(&format!("| `{keys}` | {description} | {scope} |\n"));
    }
    table
}

/// What has the keyboard this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyContext {
    /// The explorer window.
    Explorer,
    /// A dialog over the explorer: only Esc and the keys that work everywhere.
    Dialog,
    /// Presentation mode.
    Slides,
    /// A quiz.
    Quiz,
}

/// Whether a text field is being edited: the focused widget keeps text-edit
/// state (a checkbox, link, button or slider with focus does not).
pub fn editing_text(ctx: &egui::Context) -> bool {
    ctx.memory(egui::Memory::focused)
        .is_some_and(|id| egui::text_edit::TextEditState::load(ctx, id).is_some())
}

/// The actions the keyboard asks for this frame, in keymap order, taking the
/// keys it uses. Shortcuts are held back only while a text field is being
/// edited, and then only those that would type (Ctrl+…, F-keys and Esc still
/// work; the search box turns its own Enter and ↓ into actions). With focus on
/// a button, checkbox or link, Space and Enter stay that widget's (they press
/// it); every other key keeps its meaning. While a menu is open, Esc is left
/// to the menu.
pub fn actions_from_keys(ctx: &egui::Context, context: KeyContext) -> Vec<Action> {
    let typing = editing_text(ctx);
    let widget_focused = ctx.memory(egui::Memory::focused).is_some();
    let menu_open = egui::Popup::is_any_open(ctx);
    let mut actions = Vec::new();
    for binding in KEYMAP {
        let in_scope = match (binding.scope, context) {
            (Scope::Everywhere, _)
            | (Scope::Explorer, KeyContext::Explorer)
            | (Scope::Slides, KeyContext::Slides)
            | (Scope::Quiz, KeyContext::Quiz) => true,
            (Scope::Explorer, KeyContext::Dialog) => binding.action == Action::Back,
            _ => false,
        };
        let left_to_menu = menu_open && binding.shortcut.logical_key == Key::Escape;
        let presses_widget = widget_focused
            && binding.shortcut.modifiers.is_none()
            && matches!(binding.shortcut.logical_key, Key::Space | Key::Enter);
        if !in_scope
            || left_to_menu
            || presses_widget
            || (typing && !works_while_typing(binding.shortcut))
        {
            continue;
        }
        let shortcut = binding.shortcut;
        if ctx.input_mut(|i| i.consume_key(shortcut.modifiers, shortcut.logical_key)) {
            actions.push(binding.action.clone());
        }
    }
    actions
}

/// Whether a key bound to `action` is held down now (the spotlight shows
/// while its key is held), read through the keymap so rebinding it changes
/// the behaviour with the help. Never while a text field is being edited.
pub fn is_held(ctx: &egui::Context, action: &Action) -> bool {
    !editing_text(ctx)
        && KEYMAP
            .iter()
            .filter(|b| b.action == *action)
            .any(|b| ctx.input(|i| i.key_down(b.shortcut.logical_key)))
}

/// Keys that are safe to take while the user types: they never produce text.
fn works_while_typing(shortcut: KeyboardShortcut) -> bool {
    shortcut.modifiers.command
        || shortcut.modifiers.ctrl
        || matches!(
            shortcut.logical_key,
            Key::Escape | Key::F1 | Key::F5 | Key::F6
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for (i, a) in KEYMAP.iter().enumerate() {
            for b in KEYMAP.iter().skip(i + 1) {
                let overlap = a.scope == b.scope
                    || a.scope == Scope::Everywhere
                    || b.scope == Scope::Everywhere;
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
