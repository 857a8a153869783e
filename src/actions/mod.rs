//! Everything a user can ask the app to do, and the one keymap that maps keys to it.
//!
//! Keys, menu items and on-screen buttons all turn into an [`Action`]; the app
//! applies every action in one place (`ExplorerApp::apply`). The help window,
//! the menus' shortcut hints and README's keyboard table are all generated from
//! [`KEYMAP`], so they cannot disagree with what the keys do.

mod action;
mod input;
mod keymap;
mod lesson_action;

pub use action::Action;
pub use input::{KeyContext, actions_from_keys, editing_text, is_held};
pub use keymap::{Binding, KEYMAP, Scope, help_lines, hint_for, readme_table, shortcut_text};
pub use lesson_action::LessonAction;
