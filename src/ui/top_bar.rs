//! The top bar: the File, View and Help menus, the dataset's title, the
//! theme switch and the Present button. Every item turns into an [`Action`];
//! the shortcut hints beside the items come from the keymap.

use egui::{Button, RichText, Ui};

use crate::actions::{Action, hint_for};
use crate::model::{BUNDLED, Dataset};
use crate::state::{ThemeChoice, ViewState};

/// A menu item with its keyboard shortcut (from the keymap) on the right.
fn menu_item(ui: &mut Ui, text: &str, action: Action, enabled: bool, actions: &mut Vec<Action>) {
    let mut button = Button::new(text);
    if let Some(hint) = hint_for(action) {
        button = button.shortcut_text(hint);
    }
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(action);
    }
}

/// The menu bar across the top of the window.
pub fn top_bar_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    has_file: bool,
    actions: &mut Vec<Action>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            menu_item(ui, "Open dataset…", Action::Open, true, actions);
            menu_item(ui, "Reload from disk", Action::Reload, has_file, actions);
            for bundled in BUNDLED {
                let text = format!("Show the bundled {} dataset", bundled.label);
                menu_item(ui, &text, Action::ShowBundled(bundled.name), true, actions);
            }
            ui.separator();
            menu_item(ui, "Save view as PNG", Action::SavePng, true, actions);
            ui.separator();
            menu_item(ui, "Quit", Action::Quit, true, actions);
        });
        ui.menu_button("View", |ui| {
            ui.label("Theme");
            for (theme, label) in [
                (ThemeChoice::System, "Follow the system"),
                (ThemeChoice::Light, "Light"),
                (ThemeChoice::Dark, "Dark"),
            ] {
                if ui.radio(view.theme == theme, label).clicked() {
                    actions.push(Action::SetTheme(theme));
                }
            }
            ui.separator();
            menu_item(ui, "Whole history", Action::ZoomReset, true, actions);
            menu_item(ui, "Map or timeline", Action::ToggleMap, true, actions);
            menu_item(ui, "Interface larger", Action::UiLarger, true, actions);
            menu_item(ui, "Interface smaller", Action::UiSmaller, true, actions);
            menu_item(
                ui,
                "Interface normal size",
                Action::UiResetSize,
                true,
                actions,
            );
        });
        ui.menu_button("Help", |ui| {
            menu_item(
                ui,
                "Keyboard shortcuts and sources",
                Action::ToggleHelp,
                true,
                actions,
            );
        });
        ui.separator();
        dataset_switcher_ui(ui, dataset, actions);
        ui.label(RichText::new(&dataset.file().title).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("▶ Present (F5)")
                .on_hover_text("Full-screen slides for the classroom")
                .clicked()
            {
                actions.push(Action::Present);
            }
            let dark = ui.visuals().dark_mode;
            // The button says what it does, so it never reads as the current theme.
            let (icon, tip) = if dark {
                ("☀ Switch to light", "Use the light theme")
            } else {
                ("🌙 Switch to dark", "Use the dark theme")
            };
            if ui.button(icon).on_hover_text(tip).clicked() {
                actions.push(Action::ToggleTheme);
            }
            ui.label(RichText::new(dataset.name()).small().weak());
        });
    });
}

/// The dataset switcher: the bundled datasets, and "Open file…".
fn dataset_switcher_ui(ui: &mut Ui, dataset: &Dataset, actions: &mut Vec<Action>) {
    let shown_bundled = BUNDLED.iter().find(|b| b.display_name == dataset.name());
    let current = shown_bundled.map_or_else(
        || {
            std::path::Path::new(dataset.name())
                .file_name()
                .map_or_else(
                    || dataset.name().to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                )
        },
        |b| b.label.to_owned(),
    );
    let label = ui.label("Dataset");
    egui::ComboBox::from_id_salt("dataset switcher")
        .width(90.0)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for bundled in BUNDLED {
                let shown = shown_bundled == Some(bundled);
                if ui.selectable_label(shown, bundled.label).clicked() && !shown {
                    actions.push(Action::ShowBundled(bundled.name));
                }
            }
            ui.separator();
            if ui.selectable_label(false, "Open file…").clicked() {
                actions.push(Action::Open);
            }
        })
        .response
        .labelled_by(label.id);
}
