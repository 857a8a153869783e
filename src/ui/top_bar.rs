//! The top bar (menus, dataset title, theme) and the About / keyboard help window.

use egui::{RichText, Ui};

use crate::model::Dataset;
use crate::state::{ThemeChoice, ViewState};

/// What the user asked for from the menus this frame.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MenuActions {
    /// Show the "Open dataset" dialog.
    pub open: bool,
    /// Load the bundled SCO dataset again.
    pub open_bundled: bool,
    /// Reload the current file from disk.
    pub reload: bool,
    /// Save the window as a PNG.
    pub save_png: bool,
    /// Reset the timeline to the whole history.
    pub reset_zoom: bool,
    /// Start presentation mode.
    pub present: bool,
    /// Close the program.
    pub quit: bool,
}

/// The keyboard shortcuts, as shown in the help window.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("← / →", "Previous / next event in time"),
    ("↑ / ↓", "Move in the country list"),
    ("Enter", "Select the highlighted row"),
    ("Ctrl+F or /", "Search countries and events"),
    ("Esc", "Clear the search and the selection"),
    ("Home", "Show the whole history on the timeline"),
    ("+ / −", "Zoom the timeline in / out"),
    ("[ / ]", "Move the date cursor back / forward one year"),
    ("M", "Show the map or the timeline in the centre"),
    ("Ctrl+S", "Save the view as a PNG"),
    ("Ctrl+O", "Open a dataset file"),
    (
        "Ctrl+Plus / Ctrl+Minus / Ctrl+0",
        "Interface larger / smaller / normal",
    ),
    (
        "F5",
        "Presentation mode: full screen, large type, one slide per step",
    ),
    (
        "PageDown / PageUp",
        "Next / previous slide (also Space, Enter / Backspace, arrows)",
    ),
    (
        "P",
        "Presenter view with the teacher's note (while presenting)",
    ),
    ("F1", "This help"),
    ("Mouse wheel / drag", "Zoom / pan the timeline or the map"),
    (
        "Click",
        "Select a marker; click empty timeline to move the date",
    ),
];

/// The menu bar across the top of the window.
pub fn top_bar_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &mut ViewState,
    has_file: bool,
) -> MenuActions {
    let mut actions = MenuActions::default();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Open dataset… (Ctrl+O)").clicked() {
                actions.open = true;
            }
            if ui
                .add_enabled(has_file, egui::Button::new("Reload from disk"))
                .clicked()
            {
                actions.reload = true;
            }
            if ui.button("Open the bundled SCO dataset").clicked() {
                actions.open_bundled = true;
            }
            ui.separator();
            if ui.button("Save view as PNG (Ctrl+S)").clicked() {
                actions.save_png = true;
            }
            ui.separator();
            if ui.button("Quit").clicked() {
                actions.quit = true;
            }
        });
        ui.menu_button("View", |ui| {
            ui.label("Theme");
            ui.radio_value(&mut view.theme, ThemeChoice::System, "Follow the system");
            ui.radio_value(&mut view.theme, ThemeChoice::Light, "Light");
            ui.radio_value(&mut view.theme, ThemeChoice::Dark, "Dark");
            ui.separator();
            if ui.button("Whole history (Home)").clicked() {
                actions.reset_zoom = true;
            }
        });
        ui.menu_button("Help", |ui| {
            if ui.button("Keyboard shortcuts and sources (F1)").clicked() {
                view.help_open = true;
            }
        });
        ui.separator();
        ui.label(RichText::new(&dataset.file().title).strong());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("▶ Present (F5)")
                .on_hover_text("Full-screen slides for the classroom")
                .clicked()
            {
                actions.present = true;
            }
            let dark = ui.visuals().dark_mode;
            let (icon, next, tip) = if dark {
                ("☀ Light", ThemeChoice::Light, "Switch to the light theme")
            } else {
                ("🌙 Dark", ThemeChoice::Dark, "Switch to the dark theme")
            };
            if ui.button(icon).on_hover_text(tip).clicked() {
                view.theme = next;
            }
            ui.label(RichText::new(dataset.name()).small().weak());
        });
    });
    actions
}

/// The About / keyboard help window.
pub fn help_window_ui(ctx: &egui::Context, dataset: &Dataset, view: &mut ViewState) {
    let mut open = view.help_open;
    egui::Window::new("About and keyboard shortcuts")
        .open(&mut open)
        .collapsible(false)
        .default_width(520.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.label(format!(
                "sco-explorer {} shows the history of the {}: who joined when, every summit, every joint exercise and drill.",
                env!("CARGO_PKG_VERSION"),
                dataset.file().organisation.name
            ));
            ui.add_space(6.0);
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for &(keys, what) in SHORTCUTS {
                    ui.label(RichText::new(keys).monospace().strong());
                    ui.label(what);
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new("About the data").strong());
            ui.label(&dataset.file().description);
            ui.label(format!(
                "{} sources are cited; each fact in the details pane lists its own. Facts marked \"sources disagree\" or \"not verified\" carry a note saying why.",
                dataset.file().sources.len()
            ));
            egui::CollapsingHeader::new("All sources").show(ui, |ui| {
                egui::ScrollArea::vertical().max_height(240.0).show(ui, |ui| {
                    let ids: Vec<String> = dataset.file().sources.iter().map(|s| s.id.clone()).collect();
                    super::details_panel::sources_ui(ui, dataset, &ids);
                });
            });
        });
    view.help_open = open;
}
