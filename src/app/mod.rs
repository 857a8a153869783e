//! The explorer window: owns the session, the view state and the panels'
//! memories, lays the panels out, and applies every [`Action`] in one place
//! ([`ExplorerApp::apply`], in `apply.rs`), whether it came from a key, a
//! menu or a button.

mod apply;
mod compare;
mod handout_export;
mod view_codes;

pub use compare::load_compared;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::Ui;

use crate::actions::{Action, KeyContext, actions_from_keys};
use crate::i18n::Lang;
use crate::model::{Compared, Dataset, LoadError, Target, find_bundled, load_bundled};
use crate::session::{Change, Notice, Session};
use crate::state::{CentralView, Selection, ThemeChoice, ViewState};
use crate::tr;
use crate::ui::details_panel::details_panel_ui;
use crate::ui::error_panel::error_panel_ui;
use crate::ui::help_window::help_window_ui;
use crate::ui::map_panel::{MapMemory, map_panel_ui};
use crate::ui::members_panel::{MemberList, members_panel_ui};
use crate::ui::open_dialog::{Choosing, DialogOutcome, OpenDialog};
use crate::ui::presentation::{SlideMemory, presentation_ui};
use crate::ui::status_bar::status_bar_ui;
use crate::ui::timeline_plot::{TimelineMemory, timeline_plot_ui};
use crate::ui::top_bar::top_bar_ui;

/// Key under which eframe stores the view state.
pub const STORAGE_KEY: &str = "sco-explorer/view-state/v1";

/// Interface scale limits in the explorer (Ctrl+Plus / Ctrl+Minus).
const UI_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.5..=4.0;
/// Interface scale limits on slides.
const PRESENT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 1.0..=4.0;
/// How much one Ctrl+Plus / Ctrl+Minus changes the interface scale.
const UI_SCALE_STEP: f32 = 0.1;

/// How the window was asked to start.
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    /// A dataset file to open (else the remembered one, else the bundled dataset).
    pub file: Option<PathBuf>,
    /// Ignore what was remembered from the last run.
    pub reset: bool,
    /// A bundled dataset to show, by short name ("sco", "asean"), when no file is given.
    pub dataset: Option<String>,
    /// The interface language (else the remembered one, else the system's).
    pub lang: Option<Lang>,
    /// Start comparing with this organisation (a bundled name or a file).
    pub compare: Option<String>,
    /// Start at the view this code names (after everything above).
    pub view: Option<String>,
}

type ScreenshotSlot = Arc<egui::mutex::Mutex<Vec<Arc<egui::ColorImage>>>>;

/// The whole application: session, view state and the panels' memories.
pub struct ExplorerApp {
    session: Session,
    /// The view state (persisted between runs, but for its transient parts).
    pub view: ViewState,
    list: MemberList,
    timeline: TimelineMemory,
    /// Country shapes, loaded once per process (they do not depend on the dataset).
    map: &'static crate::map::MapData,
    map_memory: MapMemory,
    /// What the slides remember between frames (page count, areas, the fading message).
    slides: SlideMemory,
    open_dialog: Option<OpenDialog>,
    /// The organisation on screen, to tell a reload from another organisation.
    organisation: String,
    /// The panel F6 last moved the keyboard focus to (0 list, 1 centre, 2 details).
    focused_panel: usize,
    /// The details pane takes the keyboard focus on its next frame.
    focus_details: bool,
    applied_theme: Option<ThemeChoice>,
    applied_presenting: Option<bool>,
    /// Actions queued from outside a frame (scenes, tests), applied at the next frame.
    pending: Vec<Action>,
    /// Screenshots delivered by the integration, waiting to be saved.
    screenshots: ScreenshotSlot,
    /// The organisation compared with, in compare mode.
    compared: Option<Compared>,
    /// The text in the "Open view code" dialog, while it is open.
    code_dialog: Option<String>,
    /// A view code to open with [`Action::OpenWaitingViewCode`].
    waiting_code: Option<String>,
    /// Its timeline lanes, worked out once when comparing starts.
    compared_timeline: Option<crate::ui::timeline_data::TimelineData>,
    /// A handout being written in the background.
    handout_job: Option<handout_export::HandoutJob>,
}

impl ExplorerApp {
    /// An app showing `dataset` with the given view state (fitted to the dataset).
    pub fn new(dataset: Dataset, mut view: ViewState) -> Self {
        view.fit_to(&dataset);
        let organisation = dataset.file().organisation.name.en().to_owned();
        Self {
            organisation,
            focused_panel: 0,
            focus_details: false,
            session: Session::new(dataset),
            view,
            list: MemberList::default(),
            timeline: TimelineMemory::default(),
            map: crate::map::bundled(),
            map_memory: MapMemory::default(),
            slides: SlideMemory::default(),
            open_dialog: None,
            applied_theme: None,
            applied_presenting: None,
            pending: Vec::new(),
            screenshots: Arc::default(),
            compared: None,
            compared_timeline: None,
            code_dialog: None,
            waiting_code: None,
            handout_job: None,
        }
    }

    /// The app on the bundled SCO dataset, with the default view.
    pub fn with_bundled_dataset() -> Result<Self, LoadError> {
        let dataset = load_bundled()?;
        let view = ViewState::for_dataset(&dataset);
        Ok(Self::new(dataset, view))
    }

    /// The app as the window starts it: the remembered view from `storage`
    /// (unless `options.reset`), repaired where damaged, on the requested file,
    /// else the remembered file, else the bundled dataset. A file that fails
    /// to load is reported on stderr and in the window, over the bundled data.
    pub fn start(
        storage: Option<&dyn eframe::Storage>,
        options: StartOptions,
    ) -> Result<Self, LoadError> {
        let remembered: Option<ViewState> = if options.reset {
            None
        } else {
            storage.and_then(|s| eframe::get_value(s, STORAGE_KEY))
        };
        // A named bundled dataset wins over the remembered file; a file wins over both.
        let (path, bundled_name) = match (options.file, options.dataset) {
            (Some(file), _) => (Some(file), None),
            (None, Some(name)) => (None, Some(name)),
            (None, None) => {
                let remembered_file = remembered
                    .as_ref()
                    .and_then(|v| v.dataset_path.as_ref().map(PathBuf::from));
                let remembered_bundled = remembered.as_ref().and_then(|v| v.bundled.clone());
                (remembered_file, remembered_bundled)
            }
        };
        let chosen = bundled_name.as_deref().and_then(find_bundled);
        let bundled = match chosen {
            Some(b) => b.load()?,
            None => load_bundled()?,
        };
        // The first start speaks the system's language; later starts the user's choice.
        let mut view = remembered.unwrap_or_else(|| ViewState {
            lang: Lang::from_system(),
            ..ViewState::for_dataset(&bundled)
        });
        if let Some(lang) = options.lang {
            view.lang = lang;
        }
        let mut app = Self::new(bundled, view);
        app.view.bundled = chosen.map(|b| b.name.to_owned());
        if let Some(path) = path {
            app.open_path(&path);
            if let Some(error) = app.load_error() {
                for line in error.lines() {
                    eprintln!("{line}");
                }
            }
        }
        if let Some(other) = &options.compare {
            app.compare_with(other);
        }
        if let Some(code) = &options.view
            && let Err(error) = app.open_view_code_text(code)
        {
            eprintln!("sco-explorer: {error}");
        }
        Ok(app)
    }

    /// The dataset on screen.
    pub fn dataset(&self) -> &Dataset {
        self.session.dataset()
    }

    /// The error of the last failed load, if it is still shown.
    pub fn load_error(&self) -> Option<&LoadError> {
        self.session.load_error()
    }

    /// Shows a load error in the error panel; the dataset on screen stays.
    pub fn show_load_error(&mut self, error: LoadError) {
        self.session.show_error(error);
    }

    /// Loads a dataset file and watches it; on failure the error panel shows
    /// why and the current data stays.
    pub fn open_path(&mut self, path: &Path) {
        let change = self.session.open(path);
        self.after_load(change);
    }

    /// Shows an already loaded dataset, keeping what of the view still applies.
    pub fn replace_dataset(&mut self, dataset: Dataset, path: Option<&Path>) {
        self.session.replace(dataset, path.map(Path::to_owned));
        self.after_load(Some(Change::Replaced));
    }

    /// The file being loaded in the background, if any (the data on screen stays until it is ready).
    pub fn loading(&self) -> Option<&Path> {
        self.session.loading()
    }

    /// The status bar's message: what was last opened, saved or refused, or
    /// the file loading and the events read so far.
    /// In the interface's language.
    pub fn status_message(&self) -> Option<String> {
        self.session
            .status()
            .map(|notice| notice.text(self.view.lang))
    }

    /// Takes the result of a background load if it has arrived (the window does this every frame).
    pub fn poll_background_load(&mut self) {
        let change = self.session.poll_pending();
        self.after_load(change);
    }

    /// Checks the watched file now (the window does this once a second) and reloads it if it changed.
    pub fn check_watched_file(&mut self) {
        let change = self.session.check_watched_file();
        self.after_load(change);
    }

    /// Selects an event (moving the date to its start) or a country.
    pub fn select(&mut self, target: Target) {
        self.view.select(self.session.dataset(), target);
    }

    /// Queues an action for the next frame (for scenes, tests and tools).
    pub fn queue(&mut self, action: Action) {
        self.pending.push(action);
    }

    /// Saves PNGs and handouts in `dir` from now on (else in the working folder).
    pub fn set_save_dir(&mut self, dir: PathBuf) {
        self.view.save_folder = Some(dir);
    }

    /// The folder chosen in the dialog takes saved files from now on (and is remembered).
    fn choose_save_folder(&mut self, dir: PathBuf) {
        if dir.is_dir() {
            let dir = std::path::absolute(&dir).unwrap_or(dir);
            self.session.set_status(Notice::SaveFolder(dir.clone()));
            self.view.save_folder = Some(dir);
        } else {
            self.session.set_status(Notice::NotAFolder(dir));
        }
    }

    /// The slide's area and its body (between the heading row and the strip)
    /// in the last frame, while presenting.
    pub fn slide_rects(&self) -> Option<(egui::Rect, egui::Rect)> {
        self.view
            .presenting
            .then_some((self.slides.slide_rect?, self.slides.body_rect?))
    }

    /// The message shown over the slide right now ("Size 1.75×", "Saved …"), if any.
    pub fn slide_message(&self) -> Option<&str> {
        self.slides.flash.as_ref().map(|f| f.text.as_str())
    }

    /// Shows the slides' spotlight at `pos` as if `L` were held there (for scenes and tests).
    pub fn pin_spotlight(&mut self, pos: egui::Pos2) {
        self.slides.pinned_spotlight = Some(pos);
    }

    /// How many pages the current slide has (2 or more when it continues: "2a", "2b").
    pub fn slide_pages(&self) -> usize {
        self.slides.pages.max(1)
    }

    /// Screen position of a longitude/latitude on the map in the last frame it was shown.
    pub fn map_screen_pos(&self, lon: f64, lat: f64) -> Option<egui::Pos2> {
        self.map_memory.screen_pos(lon, lat)
    }

    /// Screen position of an event's timeline marker in the last frame.
    pub fn marker_screen_pos(&self, event_id: &str) -> Option<egui::Pos2> {
        let dataset = self.session.dataset();
        let event = dataset.event_index(event_id)?;
        self.timeline.marker_screen_pos(dataset, event)
    }

    /// Fits the view to what a load changed.
    fn after_load(&mut self, change: Option<Change>) {
        let Some(change) = change else { return };
        let dataset = self.session.dataset();
        self.view.dataset_path = self.session.path().map(|p| p.display().to_string());
        let organisation = dataset.file().organisation.name.en();
        if organisation != self.organisation {
            // Another organisation: what was selected, the date and the tour belong to
            // the old one. Start from the new one's default view (theme, sizes and the
            // central view stay).
            let fresh = ViewState::for_dataset(dataset);
            self.view.selection = fresh.selection;
            self.view.as_of = fresh.as_of;
            self.view.date_chosen = false;
            self.view.tour = None;
            self.view.tour_chosen = false;
            self.view.step = 0;
            self.view.kinds = fresh.kinds;
            self.view.search.clear();
            organisation.clone_into(&mut self.organisation);
            self.map_memory.reset_view();
        }
        self.view.fit_to(dataset);
        self.list.invalidate();
        self.rematch_compared();
        if change == Change::Replaced {
            self.view.timeline_range = None;
        }
    }

    /// Draws the whole window into `ui` (the root of the viewport).
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.sync_context(&ctx);
        self.take_dropped_files(&ctx);
        self.take_pasted_code(&ctx);
        self.save_screenshots(&ctx);
        if self.session.is_watching() {
            let change = self.session.poll(ctx.input(|i| i.time));
            self.after_load(change);
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        if self.handout_job.is_some() {
            self.poll_handout();
            ctx.request_repaint_after(std::time::Duration::from_millis(200));
        }
        if self.session.loading().is_some() {
            let change = self.session.poll_pending();
            self.after_load(change);
            // Keep the spinner turning and look for the result again soon.
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }

        let mut actions = std::mem::take(&mut self.pending);
        actions.extend(actions_from_keys(&ctx, self.key_context()));
        self.apply_all(&ctx, actions);

        let mut actions = Vec::new();
        if self.view.presenting {
            presentation_ui(
                ui,
                (self.session.dataset(), self.compared.as_ref()),
                self.map,
                &mut self.view,
                &mut self.slides,
                &mut actions,
            );
        } else {
            self.explorer_ui(ui, &mut actions);
        }
        if !actions.is_empty() {
            self.apply_all(&ctx, actions);
            ctx.request_repaint();
        }
    }

    /// Draws one panel alone into `ui` (for the per-panel scenes).
    pub fn panel_ui(&mut self, ui: &mut Ui, panel: crate::scenes::Panel) {
        use crate::scenes::Panel;
        let ctx = ui.ctx().clone();
        self.sync_context(&ctx);
        let pending = std::mem::take(&mut self.pending);
        self.apply_all(&ctx, pending);
        let mut actions = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| match panel {
            Panel::Members => members_panel_ui(
                ui,
                self.session.dataset(),
                self.compared.as_ref(),
                &mut self.view,
                &mut self.list,
                &mut actions,
            ),
            Panel::Details => {
                details_panel_ui(
                    ui,
                    (self.session.dataset(), self.compared.as_ref()),
                    &self.view,
                    &mut actions,
                    false,
                );
            }
            Panel::Timeline => self.central_ui(ui, &mut actions),
        });
        if !actions.is_empty() {
            self.apply_all(&ctx, actions);
            ctx.request_repaint();
        }
    }

    fn key_context(&self) -> KeyContext {
        if self.view.presenting {
            KeyContext::Slides
        } else if self.open_dialog.is_some() {
            KeyContext::Dialog
        } else {
            KeyContext::Explorer
        }
    }

    fn explorer_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let dataset = self.session.dataset();
        egui::Panel::top("top_bar").show(ui, |ui| {
            top_bar_ui(
                ui,
                dataset,
                &self.view,
                (self.session.path().is_some(), self.handout_job.is_some()),
                actions,
            );
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            status_bar_ui(
                ui,
                dataset,
                &self.view,
                self.session.status(),
                self.session.loading().is_some(),
            );
        });
        let mut dismiss = false;
        if let Some(error) = self.session.load_error() {
            egui::Panel::bottom("load_errors")
                .resizable(true)
                .default_size(160.0)
                .show(ui, |ui| {
                    let name = crate::i18n::dataset_name(dataset.name(), self.view.lang);
                    dismiss = error_panel_ui(ui, error, &name, self.view.lang);
                });
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
                    dataset,
                    self.compared.as_ref(),
                    &mut self.view,
                    &mut self.list,
                    actions,
                );
            });
        egui::Panel::right("details_panel")
            .resizable(true)
            .default_size((width * 0.28).clamp(240.0, 560.0))
            .size_range(220.0..=700.0)
            .show(ui, |ui| {
                let focus = std::mem::take(&mut self.focus_details);
                details_panel_ui(
                    ui,
                    (dataset, self.compared.as_ref()),
                    &self.view,
                    actions,
                    focus,
                );
            });
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui, actions));
        help_window_ui(ui.ctx(), self.session.dataset(), &mut self.view);
        if dismiss {
            self.session.dismiss_error();
        }
        self.open_dialog_ui(ui.ctx());
        self.code_dialog_ui(ui.ctx());
    }

    fn central_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let dataset = self.session.dataset();
        ui.horizontal(|ui| {
            let lang = self.view.lang;
            for (view, label, tip) in [
                (CentralView::Timeline, "tab-timeline", "tab-timeline-tip"),
                (CentralView::Map, "tab-map", "tab-map-tip"),
            ] {
                let current = self.view.central_view == view;
                if ui
                    .selectable_label(current, tr!(lang, label))
                    .on_hover_text(tr!(lang, tip))
                    .clicked()
                    && !current
                {
                    actions.push(Action::ToggleMap);
                }
            }
        });
        match self.view.central_view {
            CentralView::Timeline => {
                // A hidden map does not animate.
                self.map_memory.stop();
                timeline_plot_ui(
                    ui,
                    (
                        dataset,
                        self.compared.as_ref().zip(self.compared_timeline.as_ref()),
                    ),
                    &self.session.derived().timeline,
                    &mut self.view,
                    &mut self.timeline,
                    actions,
                );
            }
            CentralView::Map => map_panel_ui(
                ui,
                dataset,
                self.compared.as_ref(),
                self.map,
                &mut self.view,
                &mut self.map_memory,
                actions,
            ),
        }
    }

    fn open_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.open_dialog.as_mut() else {
            return;
        };
        match dialog.ui(ctx, self.view.lang) {
            DialogOutcome::Open => {}
            DialogOutcome::Cancelled => self.open_dialog = None,
            DialogOutcome::Chosen(path) => {
                let purpose = dialog.purpose();
                self.open_dialog = None;
                match purpose {
                    Choosing::Dataset => self.open_path(&path),
                    Choosing::SaveFolder => self.choose_save_folder(path),
                }
            }
        }
    }

    /// Makes egui show what the view state says: theme, interface scale, full screen.
    fn sync_context(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.view.theme) {
            if self.applied_theme.is_none() {
                // The keymap owns Ctrl+Plus/Minus/0, so the view state owns the scale.
                ctx.options_mut(|o| o.zoom_with_keyboard = false);
            }
            ctx.set_theme(match self.view.theme {
                ThemeChoice::System => egui::ThemePreference::System,
                ThemeChoice::Light => egui::ThemePreference::Light,
                ThemeChoice::Dark => egui::ThemePreference::Dark,
            });
            self.applied_theme = Some(self.view.theme);
        }
        let scale = if self.view.presenting {
            self.view.present_scale
        } else {
            self.view.ui_scale
        };
        if (ctx.zoom_factor() - scale).abs() > f32::EPSILON {
            ctx.set_zoom_factor(scale);
        }
        if self.applied_presenting != Some(self.view.presenting) {
            if self.view.presenting || self.applied_presenting.is_some() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.view.presenting));
            }
            self.applied_presenting = Some(self.view.presenting);
        }
    }

    /// A dropped dataset opens; a dropped PNG the app saved opens the view
    /// its code names.
    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Option<PathBuf> =
            ctx.input(|i| i.raw.dropped_files.last().map(|f| f.path().to_owned()));
        let Some(path) = dropped else { return };
        if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("png"))
        {
            let code = std::fs::read(&path).ok().and_then(|bytes| {
                crate::png::read_text_chunk(&bytes, crate::view_code::PNG_KEYWORD)
            });
            match code {
                Some(code) => self.open_code_later(code),
                None => self.session.set_status(Notice::ViewCodeRefused(format!(
                    "{} carries no view code",
                    path.display()
                ))),
            }
        } else {
            self.open_path(&path);
        }
    }

    /// Ctrl+V outside a text field: a pasted view code opens its view.
    fn take_pasted_code(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let pasted = ctx.input(|i| {
            i.events.iter().find_map(|event| match event {
                egui::Event::Paste(text) => Some(text.clone()),
                _ => None,
            })
        });
        if let Some(text) = pasted {
            self.open_code_later(text);
        }
    }

    /// Opens a view code through the one place actions are applied, at the
    /// start of the next frame.
    fn open_code_later(&mut self, code: String) {
        self.waiting_code = Some(code);
        self.pending.push(Action::OpenWaitingViewCode);
    }

    /// The "Open view code" dialog: a field to paste a code into.
    fn code_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(text) = self.code_dialog.as_mut() else {
            return;
        };
        let lang = self.view.lang;
        let mut open = true;
        let mut go = false;
        egui::Window::new(tr!(lang, "code-dialog-title"))
            .id(egui::Id::unique("view code dialog"))
            .open(&mut open)
            .collapsible(false)
            // Wide enough for the field and its button in every language.
            .default_width(640.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    let label = ui.label(tr!(lang, "code-dialog-field"));
                    let response = ui
                        .add(egui::TextEdit::singleline(text).desired_width(420.0))
                        .labelled_by(label.id);
                    let enter =
                        response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    go = ui.button(tr!(lang, "code-dialog-open")).clicked() || enter;
                });
            });
        if go {
            let text = text.clone();
            self.open_code_later(text);
            ctx.request_repaint();
        } else if !open {
            self.code_dialog = None;
        }
    }

    fn request_screenshot(&self, ctx: &egui::Context) {
        let slot = Arc::clone(&self.screenshots);
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            slot.lock().push(image);
            repaint.request_repaint();
        });
    }

    fn save_screenshots(&mut self, ctx: &egui::Context) {
        let images: Vec<Arc<egui::ColorImage>> = std::mem::take(&mut *self.screenshots.lock());
        let code = self.view_code().encode();
        for image in images {
            let path = self.png_path();
            let saved = crate::png::rgba_from_color_image(&image)
                .and_then(|rgba| crate::png::save_png(&rgba, &path, Some(&code)));
            let notice = match saved {
                Ok(()) => Notice::Saved(path),
                Err(error) => Notice::SaveFailed(error.to_string()),
            };
            if self.view.presenting {
                // Slides have no status bar: the message shows over the slide.
                let now = ctx.input(|i| i.time);
                self.slides.flash(notice.text(self.view.lang), now, 4.0);
            }
            self.session.set_status(notice);
        }
    }

    /// Where Ctrl+S saves: a name after what is shown, as an absolute path so
    /// the message says exactly where the file went.
    fn png_path(&self) -> PathBuf {
        let name = if self.view.presenting {
            let tour = self.view.tour.as_deref().unwrap_or("all-events");
            format!(
                "sco-explorer-slide-{tour}-{}.png",
                crate::ui::slide_layout::step_label(
                    self.view.step,
                    self.view.page.min(self.slides.pages.saturating_sub(1)),
                    self.slides.pages
                )
            )
        } else {
            let shown = match &self.view.selection {
                Selection::None => "overview",
                Selection::Event(id) | Selection::Country(id) => id.as_str(),
            };
            format!("sco-explorer-{shown}-{}.png", self.view.as_of)
        };
        self.save_path(&name)
    }

    /// Where a file called `name` is saved: in the save folder, as an absolute
    /// path so the message says exactly where the file went.
    fn save_path(&self, name: &str) -> PathBuf {
        let path = self.view.save_folder.clone().unwrap_or_default().join(name);
        std::path::absolute(&path).unwrap_or(path)
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
