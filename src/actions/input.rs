//! Keys pressed this frame turned into actions through the keymap, with the
//! rules for text fields, focused widgets and open menus.

use egui::{Key, KeyboardShortcut};

use super::action::Action;
use super::keymap::{KEYMAP, Scope};

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
    /// The explorer with the lesson panel open: the lesson's keys, then the explorer's.
    Lesson,
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
            | (Scope::Quiz, KeyContext::Quiz)
            | (Scope::Lesson | Scope::Explorer, KeyContext::Lesson) => true,
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
