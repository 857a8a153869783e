//! The explorer window: owns the session, the view state and the panels'
//! memories, lays the panels out, and applies every [`Action`] in one place
//! ([`ExplorerApp::apply`], in `apply.rs`), whether it came from a key, a
//! menu or a button.

mod apply;
mod code_dialog;
mod compare;
mod files_in;
mod handout_export;
mod layout;
mod lesson_show;
mod lesson_steps;
mod lessons;
mod presenting;
mod probes;
mod quiz;
mod region;
mod view_codes;

pub use compare::load_compared;
pub use handout_export::{HandoutPrinter, HandoutRequest};
pub use quiz::QUIZ_LENGTH;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::Ui;

use crate::actions::{Action, actions_from_keys};
use crate::i18n::Lang;
use crate::model::{Dataset, LoadError, Target, find_bundled, load_bundled};
use crate::session::{Change, Session};
use crate::state::{CentralView, ThemeChoice, ViewState};
use crate::ui::map_panel::MapMemory;
use crate::ui::members_panel::MemberList;
use crate::ui::memberships_panel::MembershipsMemory;
use crate::ui::open_dialog::OpenDialog;
use crate::ui::overlap_table::OverlapMemory;
use crate::ui::slides::{SlideMemory, presentation_ui};
use crate::ui::timeline_plot::TimelineMemory;

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

/// One panel drawn alone (a small snapshot that the other panels cannot change).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// The membership list.
    Members,
    /// The timeline (with its tab row, filters, counts plot and slider).
    Timeline,
    /// The details pane.
    Details,
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
    memberships: MembershipsMemory,
    overlap: OverlapMemory,
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
    /// The window title last set: for which dataset and in which language.
    applied_title: Option<(String, Lang)>,
    /// Actions queued from outside a frame (scenes, tests), applied at the next frame.
    pending: Vec<Action>,
    /// Screenshots delivered by the integration, waiting to be saved.
    screenshots: ScreenshotSlot,
    /// The text in the "Open view code" dialog, while it is open.
    code_dialog: Option<String>,
    /// The code just copied, shown until closed.
    copied_code: Option<String>,
    /// A view code to open with [`Action::OpenWaitingViewCode`].
    waiting_code: Option<String>,
    /// A dropped PNG being read for its view code.
    png_read: Option<files_in::PngRead>,
    /// A view code whose file is loading in the background: its view is
    /// shown once the file is.
    code_after_load: Option<crate::view_code::ViewCode>,
    /// The widget that had the keyboard focus at the end of the last frame.
    last_focus: Option<egui::Id>,
    /// A handout being written in the background.
    handout_job: Option<handout_export::HandoutJob>,
    /// What writes handouts (given by the window or the harness; none in a window-only build).
    handout_printer: Option<HandoutPrinter>,
    /// The questions of the quiz being taken (`view.quiz` holds its progress).
    quiz: Option<crate::quiz::Quiz>,
    /// The lesson being made (the lesson panel edits it).
    lesson: Option<crate::model::lesson::LessonDoc>,
    /// What waits for the answer to "drop the lesson's unsaved changes?".
    lesson_question: Option<lessons::Asked>,
    /// What the presented lesson step could not find.
    lesson_missing: Option<lessons::LessonMissing>,
    /// Where the details pane was in the last frame (layout tests ask).
    details_rect: Option<egui::Rect>,
}

impl ExplorerApp {
    /// An app showing `dataset` with the given view state (fitted to the dataset).
    pub fn new(dataset: Dataset, mut view: ViewState) -> Self {
        view.fit_to(&dataset, None);
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
            memberships: MembershipsMemory::default(),
            overlap: OverlapMemory::default(),
            slides: SlideMemory::default(),
            open_dialog: None,
            applied_theme: None,
            applied_presenting: None,
            applied_title: None,
            pending: Vec::new(),
            screenshots: Arc::default(),
            code_dialog: None,
            copied_code: None,
            waiting_code: None,
            code_after_load: None,
            png_read: None,
            handout_job: None,
            last_focus: None,
            handout_printer: None,
            quiz: None,
            lesson: None,
            lesson_question: None,
            lesson_missing: None,
            details_rect: None,
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
    /// A lesson file opens in the lesson panel instead.
    pub fn open_path(&mut self, path: &Path) {
        if crate::model::lesson::is_lesson_file(path) {
            self.open_lesson(path);
            return;
        }
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
        self.poll_compare_load();
        self.open_code_after_load();
    }

    /// Waits until background loads (the dataset's and the one to compare
    /// with) have ended and shows what they loaded: headless renders must
    /// show the data their command names.
    pub fn finish_loading(&mut self) {
        while self.session.loading().is_some() || self.session.compare_loading().is_some() {
            self.poll_background_load();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
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

    /// Fits the view to what a load changed.
    fn after_load(&mut self, change: Option<Change>) {
        let Some(change) = change else { return };
        // Matched again first: the one compared may now be the one on screen.
        self.session.rematch_compared();
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
        let other = self.session.compared().map(|org| &org.compared.dataset);
        self.view.fit_to(dataset, other);
        self.list.invalidate();
        self.overlap.invalidate();
        if change == Change::Replaced {
            self.view.timeline_range = None;
        }
        // A quiz's questions belong to the data they were drawn from.
        self.drop_quiz();
    }

    /// Whether what is shown needs every organisation of the region: the
    /// memberships and overlap tabs, or a memberships slide.
    fn needs_region(&self) -> bool {
        if self.view.presenting && self.view.presenting_lesson {
            self.view.central_view == CentralView::Memberships
        } else if self.view.presenting {
            let dataset = self.session.dataset();
            dataset
                .presentation_step(self.view.tour.as_deref(), self.view.step)
                .is_some_and(|step| step.view == crate::model::StepView::Memberships)
        } else {
            matches!(
                self.view.central_view,
                CentralView::Memberships | CentralView::Overlap
            )
        }
    }

    /// Draws the whole window into `ui` (the root of the viewport).
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.sync_context(&ctx);
        // The window's close button: unsaved lesson changes are asked about first.
        if ctx.input(|i| i.viewport().close_requested()) && self.hold_close_for_lesson() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
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
        if self.session.loading().is_some() || self.session.compare_loading().is_some() {
            self.poll_background_load();
            // Keep the spinner turning and look for the result again soon.
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }

        let mut actions = std::mem::take(&mut self.pending);
        actions.extend(actions_from_keys(&ctx, self.key_context()));
        self.apply_all(&ctx, actions);

        if self.needs_region() {
            self.session.build_region();
        }
        self.session.update_search(&self.view.search);
        if self.session.searching() {
            // A large dataset is searched on a thread: look for its answer soon.
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }
        let mut actions = Vec::new();
        if self.view.presenting && self.view.presenting_lesson {
            self.lesson_slides_ui(ui, &mut actions);
        } else if self.view.presenting {
            // A tour shorter than the remembered step shows its last step.
            let len = self.dataset().presentation_len(self.view.tour.as_deref());
            self.view.step = self.view.step.min(len.saturating_sub(1));
            presentation_ui(
                ui,
                &crate::on_screen::OnScreen::new(&self.session, self.map),
                &self.view,
                &mut self.slides,
                &mut actions,
            );
        } else if let Some((state, quiz)) = self.quiz().filter(|(s, _)| !s.away) {
            crate::ui::quiz::quiz_ui(
                ui,
                &crate::on_screen::OnScreen::new(&self.session, self.map),
                (state, quiz),
                &self.view,
                &mut actions,
            );
        } else {
            self.explorer_ui(ui, &mut actions);
        }
        if !actions.is_empty() {
            self.apply_all(&ctx, actions);
            ctx.request_repaint();
        }
        self.last_focus = ctx.memory(egui::Memory::focused);
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
