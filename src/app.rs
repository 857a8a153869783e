//! The explorer window: lays out the panels, routes the keyboard, opens files
//! and keeps the last good dataset on screen when a file fails to load.

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers, RichText, Ui};

use crate::model::{Dataset, LoadError, Target, load_bundled, load_file};
use crate::state::{CentralView, Selection, ThemeChoice, ViewState};
use crate::ui::map_panel::{MapMemory, map_panel_ui};
use crate::ui::members_panel::{ListFocus, ListRow, MemberList, activate_row, members_panel_ui};
use crate::ui::presentation::presentation_ui;
use crate::ui::timeline_plot::{TimelineMemory, timeline_plot_ui, zoom};
use crate::ui::top_bar::{help_window_ui, top_bar_ui};
use crate::ui::{DerivedView, details_panel::details_panel_ui, select_event, selected_event};
use crate::watch::{FileChange, FileWatch};

/// Key under which eframe stores the view state.
pub const STORAGE_KEY: &str = "sco-explorer/view-state/v1";

/// The state of the "Open dataset" dialog.
#[derive(Clone, Debug)]
struct OpenDialog {
    directory: PathBuf,
    path_text: String,
}

/// The whole application: dataset, view state and per-frame caches.
pub struct ExplorerApp {
    dataset: Dataset,
    derived: DerivedView,
    /// The view state (persisted between runs).
    pub view: ViewState,
    list: MemberList,
    list_cursor: Option<usize>,
    timeline: TimelineMemory,
    /// Country shapes, loaded once per process (they do not depend on the dataset).
    map: &'static crate::map::MapData,
    map_memory: MapMemory,
    load_error: Option<LoadError>,
    status_message: Option<String>,
    applied_theme: Option<ThemeChoice>,
    applied_presenting: Option<bool>,
    open_dialog: Option<OpenDialog>,
    /// The opened dataset file, polled for changes.
    watch: Option<FileWatch>,
    /// When the watched file was last polled (egui time, seconds).
    last_watch_poll: f64,
    /// Screenshots delivered by the integration, waiting to be saved.
    screenshots: std::sync::Arc<egui::mutex::Mutex<Vec<std::sync::Arc<egui::ColorImage>>>>,
}

impl ExplorerApp {
    /// An app showing `dataset` with the given view state (fitted to the dataset).
    pub fn new(dataset: Dataset, mut view: ViewState) -> Self {
        view.fit_to(&dataset);
        let derived = DerivedView::new(&dataset);
        // No range command: on its first frame the plot takes `view.timeline_range`
        // (or the whole history), so a view set up after `new` is honoured too.
        let timeline = TimelineMemory::default();
        Self {
            dataset,
            derived,
            view,
            list: MemberList::default(),
            list_cursor: None,
            timeline,
            map: crate::map::bundled(),
            map_memory: MapMemory::default(),
            load_error: None,
            status_message: None,
            applied_theme: None,
            applied_presenting: None,
            open_dialog: None,
            watch: None,
            last_watch_poll: 0.0,
            screenshots: std::sync::Arc::default(),
        }
    }

    /// The app on the bundled SCO dataset, with the default view.
    pub fn with_bundled_dataset() -> Result<Self, LoadError> {
        let dataset = load_bundled()?;
        let view = ViewState::for_dataset(&dataset);
        Ok(Self::new(dataset, view))
    }

    /// The dataset on screen.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The error of the last failed load, if it is still shown.
    pub fn load_error(&self) -> Option<&LoadError> {
        self.load_error.as_ref()
    }

    /// Shows a load error in the error panel; the dataset on screen stays.
    pub fn show_load_error(&mut self, error: LoadError) {
        self.load_error = Some(error);
    }

    /// Replaces the dataset on screen, keeping what of the view still applies.
    pub fn replace_dataset(&mut self, dataset: Dataset, path: Option<&Path>) {
        self.view.dataset_path = path.map(|p| p.display().to_string());
        self.view.fit_to(&dataset);
        self.derived = DerivedView::new(&dataset);
        self.dataset = dataset;
        self.list.invalidate();
        self.list_cursor = None;
        self.timeline.commands.set_range = Some(self.derived.timeline.home);
        self.load_error = None;
    }

    /// Loads a dataset file; on failure the error panel shows why and the current data stays.
    /// The file is watched from then on and reloaded when it changes on disk.
    pub fn open_path(&mut self, path: &Path) {
        self.watch = Some(FileWatch::new(path));
        self.load_path(path, false);
    }

    fn load_path(&mut self, path: &Path, reload: bool) {
        match load_file(path) {
            Ok(dataset) => {
                self.status_message = Some(format!(
                    "{} {}: {} countries, {} events",
                    if reload { "Reloaded" } else { "Opened" },
                    path.display(),
                    dataset.file().countries.len(),
                    dataset.file().events.len()
                ));
                let zoom = self.view.timeline_range;
                self.replace_dataset(dataset, Some(path));
                if reload && let Some(range) = zoom {
                    // A reload of the same file keeps the user's place on the timeline.
                    self.timeline.commands.set_range = Some(range);
                }
            }
            Err(error) => self.load_error = Some(error),
        }
    }

    /// Checks the watched file now (the window does this once a second) and reloads it if it changed.
    /// An invalid edit shows its errors and keeps the last good data; a deleted file is reported.
    pub fn check_watched_file(&mut self) {
        let Some(watch) = self.watch.as_mut() else {
            return;
        };
        match watch.poll() {
            FileChange::Unchanged => {}
            FileChange::Modified => {
                let path = watch.path().to_owned();
                self.load_path(&path, true);
            }
            FileChange::Unreadable(source) => {
                self.load_error = Some(LoadError::Io {
                    path: watch.path().to_owned(),
                    source,
                });
            }
        }
    }

    /// Screen position of a longitude/latitude on the map in the last frame it was shown
    /// (for tests and tools).
    pub fn map_screen_pos(&self, lon: f64, lat: f64) -> Option<egui::Pos2> {
        self.map_memory.screen_pos(lon, lat)
    }

    /// Screen position of an event's timeline marker in the last frame (for tests and tools).
    pub fn marker_screen_pos(&self, event_id: &str) -> Option<egui::Pos2> {
        let event = self.dataset.event_index(event_id)?;
        self.timeline
            .marker_screen_pos(&self.derived.timeline, &self.dataset, event)
    }

    /// Draws the whole window into `ui` (the root of the viewport).
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_theme(&ctx);
        self.apply_presentation(&ctx);
        self.take_dropped_files(&ctx);
        self.take_screenshot_events();
        self.poll_watched_file(&ctx);

        if self.view.presenting {
            let request = presentation_ui(ui, &self.dataset, &mut self.view);
            if request.leave {
                self.leave_presentation();
            }
            return;
        }

        let rows = self.list.rows(&self.dataset, &self.view).to_vec();
        let focus = self.handle_keys(&ctx, &rows);

        let actions = egui::Panel::top("top_bar")
            .show(ui, |ui| {
                let has_file = self.view.dataset_path.is_some();
                top_bar_ui(ui, &self.dataset, &mut self.view, has_file)
            })
            .inner;
        self.run_menu_actions(&ctx, &actions);

        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        if self.load_error.is_some() {
            egui::Panel::bottom("load_errors")
                .resizable(true)
                .default_size(160.0)
                .show(ui, |ui| self.load_error_ui(ui));
        }
        // Side panels start at a share of the window, so small windows and 2x scale keep a usable timeline.
        let width = ui.available_width();
        egui::Panel::left("members_panel")
            .resizable(true)
            .default_size((width * 0.23).clamp(200.0, 420.0))
            .size_range(180.0..=520.0)
            .show(ui, |ui| {
                members_panel_ui(
                    ui,
                    &self.dataset,
                    &mut self.view,
                    &rows,
                    self.list_cursor,
                    focus,
                );
            });
        egui::Panel::right("details_panel")
            .resizable(true)
            .default_size((width * 0.28).clamp(240.0, 560.0))
            .size_range(220.0..=700.0)
            .show(ui, |ui| details_panel_ui(ui, &self.dataset, &mut self.view));
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                let view = &mut self.view.central_view;
                ui.selectable_value(view, CentralView::Timeline, "Timeline");
                ui.selectable_value(view, CentralView::Map, "Map")
                    .on_hover_text("Countries shaded by status on the date (M)");
            });
            match self.view.central_view {
                CentralView::Timeline => {
                    // A hidden map does not animate.
                    self.map_memory.stop();
                    timeline_plot_ui(
                        ui,
                        &self.dataset,
                        &self.derived.timeline,
                        &mut self.view,
                        &mut self.timeline,
                    );
                }
                CentralView::Map => map_panel_ui(
                    ui,
                    &self.dataset,
                    self.map,
                    &mut self.view,
                    &mut self.map_memory,
                ),
            }
        });

        help_window_ui(&ctx, &self.dataset, &mut self.view);
        self.open_dialog_ui(&ctx);
    }

    /// Enters presentation mode, starting at the selected item if the tour shows it.
    pub fn enter_presentation(&mut self) {
        let selected = match &self.view.selection {
            Selection::Event(id) => self.dataset.event_index(id).map(Target::Event),
            Selection::Country(code) => self.dataset.country_index(code).map(Target::Country),
            Selection::None => None,
        };
        let tour = self.view.tour.as_deref();
        if let Some(target) = selected {
            let len = self.dataset.presentation_len(tour);
            if let Some(step) = (0..len).find(|&i| {
                self.dataset
                    .presentation_step(tour, i)
                    .is_some_and(|s| s.target == target)
            }) {
                self.view.step = step;
            }
        }
        self.view.presenting = true;
    }

    /// Leaves presentation mode with the last shown item selected.
    pub fn leave_presentation(&mut self) {
        self.view.presenting = false;
        match self
            .dataset
            .presentation_step(self.view.tour.as_deref(), self.view.step)
            .map(|s| s.target)
        {
            Some(Target::Event(e)) => select_event(&mut self.view, &self.dataset, e),
            Some(Target::Country(c)) => crate::ui::select_country(&mut self.view, &self.dataset, c),
            None => {}
        }
    }

    /// Full screen and the presentation scale on entering presentation mode; back on leaving.
    /// While steady, remembers the scale the user picked with Ctrl+Plus/Minus.
    fn apply_presentation(&mut self, ctx: &egui::Context) {
        if self.applied_presenting == Some(self.view.presenting) {
            let zoom = ctx.zoom_factor();
            if self.view.presenting {
                self.view.present_scale = zoom;
            } else {
                self.view.ui_scale = zoom;
            }
            return;
        }
        let was_presenting = self.applied_presenting.is_some();
        if self.view.presenting || was_presenting {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.view.presenting));
        }
        ctx.set_zoom_factor(if self.view.presenting {
            self.view.present_scale
        } else {
            self.view.ui_scale
        });
        self.applied_presenting = Some(self.view.presenting);
    }

    fn poll_watched_file(&mut self, ctx: &egui::Context) {
        if self.watch.is_none() {
            return;
        }
        let now = ctx.input(|i| i.time);
        if now - self.last_watch_poll >= 1.0 {
            self.last_watch_poll = now;
            self.check_watched_file();
        }
        ctx.request_repaint_after(std::time::Duration::from_secs(1));
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.view.theme) {
            ctx.set_theme(match self.view.theme {
                ThemeChoice::System => egui::ThemePreference::System,
                ThemeChoice::Light => egui::ThemePreference::Light,
                ThemeChoice::Dark => egui::ThemePreference::Dark,
            });
            self.applied_theme = Some(self.view.theme);
        }
    }

    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped.last() {
            self.open_path(path);
        }
    }

    fn request_screenshot(&self, ctx: &egui::Context) {
        let slot = std::sync::Arc::clone(&self.screenshots);
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            slot.lock().push(image);
            repaint.request_repaint();
        });
    }

    fn take_screenshot_events(&mut self) {
        let images: Vec<std::sync::Arc<egui::ColorImage>> =
            std::mem::take(&mut *self.screenshots.lock());
        for image in images {
            let name = match &self.view.selection {
                Selection::None => "overview".to_owned(),
                Selection::Event(id) | Selection::Country(id) => id.clone(),
            };
            let path = PathBuf::from(format!("sco-explorer-{name}-{}.png", self.view.as_of));
            self.status_message = Some(match crate::screenshot::save_color_image(&image, &path) {
                Ok(()) => format!("Saved the view to {}", path.display()),
                Err(error) => format!("Could not save the view: {error}"),
            });
        }
    }

    /// Global keys. Arrow keys and letters are left alone while a text field has focus.
    fn handle_keys(&mut self, ctx: &egui::Context, rows: &[ListRow]) -> ListFocus {
        let mut focus = ListFocus::default();
        let typing = ctx.egui_wants_keyboard_input();
        let pressed = |key: Key| ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key));
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
            focus.focus_search = true;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::S)) {
            self.request_screenshot(ctx);
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::O)) {
            self.show_open_dialog();
        }
        if pressed(Key::F5) {
            self.enter_presentation();
        }
        if pressed(Key::F1) {
            self.view.help_open = !self.view.help_open;
        }
        if pressed(Key::Escape) {
            if typing {
                ctx.memory_mut(|m| m.stop_text_input());
            } else if self.view.help_open {
                self.view.help_open = false;
            } else if self.open_dialog.is_some() {
                self.open_dialog = None;
            } else {
                self.view.selection = Selection::None;
                self.list_cursor = None;
            }
            self.view.search.clear();
        }
        if typing {
            if pressed(Key::Enter)
                && let Some(first) = rows.iter().position(ListRow::is_selectable)
            {
                // Enter in the search box picks the first match.
                self.list_cursor = Some(first);
                if let Some(row) = rows.get(first) {
                    activate_row(&mut self.view, &self.dataset, row);
                }
            }
            if pressed(Key::ArrowDown) {
                ctx.memory_mut(|m| m.stop_text_input());
                self.move_cursor(rows, 1);
                focus.scroll_to_cursor = true;
            }
            return focus;
        }
        if pressed(Key::M) {
            self.view.central_view = match self.view.central_view {
                CentralView::Timeline => CentralView::Map,
                CentralView::Map => CentralView::Timeline,
            };
        }
        if pressed(Key::Slash) {
            focus.focus_search = true;
        }
        let current = selected_event(&self.view, &self.dataset);
        // Stepping skips the kinds of event hidden on the timeline.
        let kinds = self.view.kinds;
        let dataset = &self.dataset;
        let shown = |e: usize| {
            dataset
                .file()
                .events
                .get(e)
                .is_some_and(|event| kinds.shows(event.kind))
        };
        if pressed(Key::ArrowRight) {
            let mut next = match current {
                Some(_) => dataset.next_event(current),
                None => dataset.first_event_from(self.view.as_of),
            };
            while let Some(e) = next.filter(|&e| !shown(e)) {
                next = dataset.next_event(Some(e));
            }
            if let Some(e) = next {
                select_event(&mut self.view, dataset, e);
            }
        }
        if pressed(Key::ArrowLeft) {
            let mut previous = dataset.previous_event(current);
            while let Some(e) = previous.filter(|&e| !shown(e)) {
                previous = dataset.previous_event(Some(e));
            }
            if let Some(e) = previous {
                select_event(&mut self.view, dataset, e);
            }
        }
        if pressed(Key::ArrowDown) {
            self.move_cursor(rows, 1);
            focus.scroll_to_cursor = true;
        }
        if pressed(Key::ArrowUp) {
            self.move_cursor(rows, -1);
            focus.scroll_to_cursor = true;
        }
        if pressed(Key::Enter)
            && let Some(row) = self.list_cursor.and_then(|i| rows.get(i))
        {
            activate_row(&mut self.view, &self.dataset, row);
        }
        if pressed(Key::Home) {
            self.timeline.commands.set_range = Some(self.derived.timeline.home);
        }
        if pressed(Key::Plus) || pressed(Key::Equals) {
            zoom(
                &self.view,
                &self.derived.timeline,
                &mut self.timeline,
                1.0 / 1.5,
            );
        }
        if pressed(Key::Minus) {
            zoom(&self.view, &self.derived.timeline, &mut self.timeline, 1.5);
        }
        for (key, years) in [(Key::OpenBracket, -1), (Key::CloseBracket, 1)] {
            if pressed(key) {
                let moved = if years < 0 {
                    self.view.as_of.checked_sub_months(chrono::Months::new(12))
                } else {
                    self.view.as_of.checked_add_months(chrono::Months::new(12))
                };
                if let Some(day) = moved {
                    self.view.as_of = day.clamp(self.dataset.first_day(), self.dataset.last_day());
                }
            }
        }
        focus
    }

    fn move_cursor(&mut self, rows: &[ListRow], step: isize) {
        let selectable: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.is_selectable())
            .map(|(i, _)| i)
            .collect();
        if selectable.is_empty() {
            self.list_cursor = None;
            return;
        }
        let start = self.list_cursor.or_else(|| {
            // Start from the selected country, if it is in the list.
            let selected = crate::ui::selected_country(&self.view, &self.dataset)?;
            rows.iter()
                .position(|r| matches!(r, ListRow::Country { index, .. } if *index == selected))
        });
        let position = start.and_then(|s| selectable.iter().position(|&i| i == s));
        let next = match position {
            None if step > 0 => 0,
            None => selectable.len() - 1,
            Some(p) => p.saturating_add_signed(step).min(selectable.len() - 1),
        };
        self.list_cursor = selectable.get(next).copied();
    }

    fn run_menu_actions(&mut self, ctx: &egui::Context, actions: &crate::ui::top_bar::MenuActions) {
        if actions.open {
            self.show_open_dialog();
        }
        if actions.open_bundled {
            match load_bundled() {
                Ok(dataset) => {
                    self.watch = None;
                    self.replace_dataset(dataset, None);
                }
                Err(error) => self.load_error = Some(error),
            }
        }
        if actions.reload
            && let Some(path) = self.view.dataset_path.clone()
        {
            self.load_path(Path::new(&path), true);
        }
        if actions.save_png {
            self.request_screenshot(ctx);
        }
        if actions.present {
            self.enter_presentation();
        }
        if actions.reset_zoom {
            self.timeline.commands.set_range = Some(self.derived.timeline.home);
        }
        if actions.quit {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn show_open_dialog(&mut self) {
        let directory = self
            .view
            .dataset_path
            .as_deref()
            .and_then(|p| Path::new(p).parent().map(Path::to_owned))
            .filter(|p| p.is_dir())
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        self.open_dialog = Some(OpenDialog {
            directory,
            path_text: String::new(),
        });
    }

    /// A small egui-native file chooser: folders and `.ron` files of one directory, or a typed path.
    fn open_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.open_dialog.take() else {
            return;
        };
        let mut open = true;
        let mut chosen: Option<PathBuf> = None;
        egui::Window::new("Open dataset")
            .open(&mut open)
            .collapsible(false)
            .default_size([520.0, 400.0])
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(RichText::new(dialog.directory.display().to_string()).monospace());
                let mut entries: Vec<(bool, PathBuf)> = std::fs::read_dir(&dialog.directory)
                    .map(|read| {
                        read.filter_map(Result::ok)
                            .map(|e| e.path())
                            .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "ron"))
                            .map(|p| (p.is_dir(), p))
                            .collect()
                    })
                    .unwrap_or_default();
                entries.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .show(ui, |ui| {
                        if let Some(parent) = dialog.directory.parent()
                            && ui.selectable_label(false, "📁 ..").clicked()
                        {
                            dialog.directory = parent.to_owned();
                        }
                        for (is_dir, path) in entries {
                            let name = path
                                .file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default();
                            let label = if is_dir {
                                format!("📁 {name}")
                            } else {
                                format!("📄 {name}")
                            };
                            if ui.selectable_label(false, label).clicked() {
                                if is_dir {
                                    dialog.directory = path;
                                } else {
                                    chosen = Some(path);
                                }
                            }
                        }
                    });
                ui.separator();
                ui.horizontal(|ui| {
                    let label = ui.label("File");
                    let response = ui
                        .add(
                            egui::TextEdit::singleline(&mut dialog.path_text)
                                .hint_text("path/to/dataset.ron"),
                        )
                        .labelled_by(label.id);
                    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                    if (ui.button("Open").clicked() || enter) && !dialog.path_text.trim().is_empty()
                    {
                        let typed = PathBuf::from(dialog.path_text.trim());
                        chosen = Some(if typed.is_absolute() {
                            typed
                        } else {
                            dialog.directory.join(typed)
                        });
                    }
                });
            });
        if let Some(path) = chosen {
            self.open_path(&path);
        } else if open {
            self.open_dialog = Some(dialog);
        }
    }

    fn status_bar_ui(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let counts = self.dataset.counts_on(self.view.as_of);
            ui.label(format!(
                "{} countries · {} events · {} sources",
                self.dataset.file().countries.len(),
                self.dataset.file().events.len(),
                self.dataset.file().sources.len()
            ));
            ui.separator();
            ui.label(format!(
                "As of {}: {} members",
                self.view.as_of.format("%-d %B %Y"),
                counts.core()
            ));
            if let Some(message) = &self.status_message {
                ui.separator();
                ui.label(RichText::new(message).weak());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new("F1: help").weak());
            });
        });
    }

    fn load_error_ui(&mut self, ui: &mut Ui) {
        let Some(error) = &self.load_error else {
            return;
        };
        let color = crate::ui::warning_color(ui.visuals().dark_mode);
        let mut dismiss = false;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!("⚠ Could not open the dataset: {error}"))
                    .color(color)
                    .strong(),
            );
            ui.label(RichText::new(format!("(still showing {})", self.dataset.name())).weak());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                dismiss = ui.button("Dismiss").clicked();
            });
        });
        egui::ScrollArea::vertical()
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for line in error.lines() {
                    ui.label(RichText::new(line).monospace());
                }
            });
        if dismiss {
            self.load_error = None;
        }
    }
}

impl eframe::App for ExplorerApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.view);
    }
}
