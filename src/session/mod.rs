//! The loaded session: the dataset on screen (always a valid one), what was
//! derived from it for the panels, the file it came from and its watch, the
//! error of the last failed load, and the status-bar message.
//!
//! A failed load never replaces the data on screen: the error is kept beside
//! it until the next good load or until dismissed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::derived::DerivedView;
use crate::derived::search::SearchRunner;

mod background;
use crate::model::{
    Bundled, Compared, Dataset, LoadError, Region, RegionOrg, SearchHits, load_file,
};
use crate::notice::Notice;
use crate::watch::{FileChange, FileWatch};
use background::{PendingLoad, is_big, spawn_load};

/// How often the opened file is checked for changes, in seconds.
const WATCH_INTERVAL_SECONDS: f64 = 1.0;

/// Files larger than this are loaded on a thread of their own, so the window
/// keeps drawing (with a spinner and the number of events read so far) while
/// they load; smaller ones load at once (in well under a frame), which keeps
/// opening them simple and immediate.
pub const BACKGROUND_LOAD_BYTES: u64 = 1024 * 1024;

/// A dataset and what the panels derive from it, both built off the UI thread
/// for a background load.
pub type Loaded = (Dataset, DerivedView);

/// What a load did to the data on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Another dataset is on screen now.
    Replaced,
    /// The same file was read again (the user's place on the timeline may stay).
    Reloaded,
}

/// The organisation compared with, in compare mode: its dataset matched to
/// the one on screen, what the panels derive from it, and what it was opened
/// as. Set and cleared as one value, so the three can never disagree.
pub struct ComparedOrg {
    /// Its dataset, matched to the one on screen by country code.
    pub compared: Compared,
    /// Its timeline lanes and count lines, worked out when comparing starts.
    pub derived: DerivedView,
    /// What it was opened as: a bundled dataset's short name or a file's path
    /// (what view codes and the Compare menu name).
    pub source: String,
}

/// The dataset on screen and where it came from.
pub struct Session {
    dataset: Dataset,
    derived: DerivedView,
    path: Option<PathBuf>,
    watch: Option<FileWatch>,
    last_poll: f64,
    load_error: Option<LoadError>,
    status: Option<Notice>,
    pending: Option<PendingLoad>,
    /// A file to compare with, loading on its own thread.
    pending_compare: Option<PendingLoad>,
    compared: Option<ComparedOrg>,
    /// Every bundled organisation, loaded the first time the memberships or
    /// overlap view is shown (then kept: they never change).
    bundled_orgs: Option<Vec<RegionOrg>>,
    /// The region of those plus the opened file (if one is open), built when
    /// first needed and dropped when the data on screen changes.
    region: Option<Region>,
    /// The search box's hits in the dataset on screen and in the one compared with.
    searches: [SearchRunner; 2],
}

impl Session {
    /// A session showing `dataset`, not backed by a watched file.
    pub fn new(dataset: Dataset) -> Self {
        Self {
            derived: DerivedView::new(&dataset),
            dataset,
            path: None,
            watch: None,
            last_poll: 0.0,
            load_error: None,
            status: None,
            pending: None,
            pending_compare: None,
            compared: None,
            bundled_orgs: None,
            region: None,
            searches: [SearchRunner::default(), SearchRunner::default()],
        }
    }

    /// Brings the search hits up to date with the search box's text (once a
    /// frame: nothing is searched again unless the text or the data changed).
    pub fn update_search(&mut self, search: &str) {
        let [shown, compared] = &mut self.searches;
        shown.update(&self.derived.search, search);
        match &self.compared {
            Some(org) => compared.update(&org.derived.search, search),
            None => *compared = SearchRunner::default(),
        }
    }

    /// The hits of the search in the dataset on screen (the previous
    /// search's while a newer one runs); `None` with no search.
    pub fn search_hits(&self) -> Option<&SearchHits> {
        self.searches[0].hits()
    }

    /// The hits of the search in the organisation compared with.
    pub fn compared_search_hits(&self) -> Option<&SearchHits> {
        self.searches[1].hits()
    }

    /// Whether a search of a large dataset is still running.
    pub fn searching(&self) -> bool {
        self.searches.iter().any(SearchRunner::searching)
    }

    /// Waits for running searches to end (headless renders show final results).
    pub fn finish_searching(&mut self) {
        self.searches.iter_mut().for_each(SearchRunner::finish);
    }

    /// The dataset on screen.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// What the panels derived from the dataset when it was loaded.
    pub fn derived(&self) -> &DerivedView {
        &self.derived
    }

    /// The file the dataset came from (`None` for the bundled one).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The error of the last failed load, while it is shown.
    pub fn load_error(&self) -> Option<&LoadError> {
        self.load_error.as_ref()
    }

    /// Shows a load error; the data on screen stays.
    pub fn show_error(&mut self, error: LoadError) {
        self.load_error = Some(error);
    }

    /// Hides the load error.
    pub fn dismiss_error(&mut self) {
        self.load_error = None;
    }

    /// The message in the status bar (what was last opened, saved or refused).
    pub fn status(&self) -> Option<&Notice> {
        self.status.as_ref()
    }

    /// Sets the status-bar message.
    pub fn set_status(&mut self, notice: Notice) {
        self.status = Some(notice);
    }

    /// Clears the status-bar message if it only reported a view code copied,
    /// opened or refused: once the view moves on it is stale.
    pub fn clear_notice_about_codes(&mut self) {
        if matches!(
            self.status,
            Some(Notice::ViewCodeCopied | Notice::ViewCodeOpened | Notice::ViewCodeRefused(_))
        ) {
            self.status = None;
        }
    }

    /// Loads a file and watches it from then on; on failure the error is shown
    /// and the data on screen stays (and the file is still watched, so fixing
    /// it in an editor loads it).
    pub fn open(&mut self, path: &Path) -> Option<Change> {
        self.watch = Some(FileWatch::new(path));
        self.load(path, Change::Replaced)
    }

    /// Reads the opened file again.
    pub fn reload(&mut self) -> Option<Change> {
        let path = self.path.clone()?;
        self.load(&path, Change::Reloaded)
    }

    /// Shows a bundled dataset (and stops watching any file).
    pub fn open_bundled(&mut self, bundled: &Bundled) -> Option<Change> {
        match bundled.load() {
            Ok(dataset) => {
                self.watch = None;
                self.replace(dataset, None);
                self.status = Some(Notice::ShowingBundled(bundled.name));
                Some(Change::Replaced)
            }
            Err(error) => {
                self.load_error = Some(error);
                None
            }
        }
    }

    /// Checks the watched file if a second has passed since the last check
    /// (`now` in seconds), and reloads it if it changed. An invalid edit
    /// shows its errors and keeps the last good data; a deleted file is reported.
    pub fn poll(&mut self, now: f64) -> Option<Change> {
        if self.watch.is_none() || now - self.last_poll < WATCH_INTERVAL_SECONDS {
            return None;
        }
        self.last_poll = now;
        self.check_watched_file()
    }

    /// Whether a file is watched (and the window should wake up to poll it).
    pub fn is_watching(&self) -> bool {
        self.watch.is_some()
    }

    /// Checks the watched file now, whatever the time.
    pub fn check_watched_file(&mut self) -> Option<Change> {
        let watch = self.watch.as_mut()?;
        match watch.poll() {
            FileChange::Unchanged => None,
            FileChange::Modified => {
                let path = watch.path().to_owned();
                let change = if self.path.as_deref() == Some(path.as_path()) {
                    Change::Reloaded
                } else {
                    Change::Replaced
                };
                self.load(&path, change)
            }
            FileChange::Unreadable(source) => {
                self.load_error = Some(LoadError::Io {
                    path: watch.path().to_owned(),
                    source,
                });
                None
            }
        }
    }

    /// Compares the dataset on screen with `other`, opened as `source`.
    pub fn compare_with(&mut self, source: &str, other: Dataset) {
        let derived = DerivedView::new(&other);
        self.compare_with_derived(source, other, derived);
    }

    /// Compares with `other`, whose derived data was worked out already (on
    /// the loading thread).
    pub fn compare_with_derived(&mut self, source: &str, other: Dataset, derived: DerivedView) {
        self.pending_compare = None;
        self.searches[1] = SearchRunner::default();
        self.compared = Some(ComparedOrg {
            derived,
            compared: Compared::new(&self.dataset, other),
            source: source.to_owned(),
        });
    }

    /// Leaves compare mode.
    pub fn stop_comparing(&mut self) {
        self.pending_compare = None;
        self.searches[1] = SearchRunner::default();
        self.compared = None;
    }

    /// The organisation compared with, in compare mode.
    pub fn compared(&self) -> Option<&ComparedOrg> {
        self.compared.as_ref()
    }

    /// Matches the compared organisation again after the dataset on screen
    /// changed; stops comparing if the one on screen is now the same dataset.
    pub fn rematch_compared(&mut self) {
        let Some(org) = self.compared.take() else {
            return;
        };
        if org.compared.dataset.name() != self.dataset.name() {
            self.compared = Some(ComparedOrg {
                compared: Compared::new(&self.dataset, org.compared.dataset),
                ..org
            });
        }
    }

    /// The file being loaded in the background, if any.
    pub fn loading(&self) -> Option<&Path> {
        self.pending.as_ref().map(|p| p.path.as_path())
    }

    /// Takes the result of a background load when it has arrived; until then,
    /// keeps the status-bar message up to date with the events read so far.
    pub fn poll_pending(&mut self) -> Option<Change> {
        let pending = self.pending.as_ref()?;
        let result = pending.take_result(&mut self.status)?;
        let PendingLoad { path, change, .. } = self.pending.take()?;
        self.finish(&path, change, result)
    }

    fn load(&mut self, path: &Path, change: Change) -> Option<Change> {
        if is_big(path)
            && let Some((progress, result)) = spawn_load(path)
        {
            // A newer load replaces an older one still running; its result is dropped.
            self.pending = Some(PendingLoad {
                path: path.to_owned(),
                change,
                progress,
                result,
            });
            self.status = Some(Notice::Loading {
                path: path.to_owned(),
                events: 0,
            });
            return None;
        }
        let result = load_file(path).map(|dataset| {
            let derived = DerivedView::new(&dataset);
            (dataset, derived)
        });
        self.finish(path, change, result)
    }

    /// Starts loading a file to compare with on its own thread, if it is over
    /// [`BACKGROUND_LOAD_BYTES`]; whether it started (else the caller loads it
    /// at once). The status bar says "Loading" meanwhile.
    pub fn compare_in_background(&mut self, source: &str) -> bool {
        let path = Path::new(source);
        if !is_big(path) {
            return false;
        }
        let Some((progress, result)) = spawn_load(path) else {
            return false;
        };
        self.pending_compare = Some(PendingLoad {
            path: path.to_owned(),
            change: Change::Replaced,
            progress,
            result,
        });
        self.status = Some(Notice::Loading {
            path: path.to_owned(),
            events: 0,
        });
        true
    }

    /// The file being loaded to compare with, if any.
    pub fn compare_loading(&self) -> Option<&Path> {
        self.pending_compare.as_ref().map(|p| p.path.as_path())
    }

    /// The file to compare with and what became of it, once its load has
    /// ended (the status bar counts the events read until then). A failed
    /// load says so in the status bar.
    pub fn poll_pending_compare(&mut self) -> Option<(String, Result<Loaded, LoadError>)> {
        let pending = self.pending_compare.as_ref()?;
        let result = pending.take_result(&mut self.status)?;
        let PendingLoad { path, .. } = self.pending_compare.take()?;
        if result.is_err() {
            self.status = Some(Notice::LoadFailed(path.clone()));
        }
        Some((path.display().to_string(), result))
    }

    fn finish(
        &mut self,
        path: &Path,
        change: Change,
        result: Result<Loaded, LoadError>,
    ) -> Option<Change> {
        match result {
            Ok((dataset, derived)) => {
                self.status = Some(Notice::Loaded {
                    path: path.to_owned(),
                    reloaded: change == Change::Reloaded,
                    countries: dataset.file().countries.len(),
                    events: dataset.file().events.len(),
                });
                self.show(dataset, derived, Some(path.to_owned()));
                Some(change)
            }
            Err(error) => {
                self.load_error = Some(error);
                // Never "Loading …" for a load that has ended.
                self.status = Some(Notice::LoadFailed(path.to_owned()));
                None
            }
        }
    }

    /// Shows an already loaded dataset (as if opened from `path`, without watching it).
    pub fn replace(&mut self, dataset: Dataset, path: Option<PathBuf>) {
        let derived = DerivedView::new(&dataset);
        self.show(dataset, derived, path);
    }

    fn show(&mut self, dataset: Dataset, derived: DerivedView, path: Option<PathBuf>) {
        self.region = None;
        self.searches[0] = SearchRunner::default();
        self.derived = derived;
        self.dataset = dataset;
        self.path = path;
        self.load_error = None;
    }

    /// The organisations of the region, if [`Session::build_region`] ran since
    /// the data on screen last changed.
    pub fn region(&self) -> Option<&Region> {
        self.region.as_ref()
    }

    /// Builds the region (every bundled organisation, plus the opened file's)
    /// unless it is built already: the memberships and overlap views need it.
    /// Loading the four bundled datasets takes a few milliseconds, once.
    pub fn build_region(&mut self) {
        if self.region.is_some() {
            return;
        }
        let bundled = self
            .bundled_orgs
            .get_or_insert_with(crate::model::bundled_orgs);
        let mut orgs = bundled.clone();
        if let Some(path) = &self.path {
            // A dataset from a file joins the region as one more organisation;
            // the copy is only made when the memberships views are opened.
            orgs.push(RegionOrg {
                source: path.display().to_string(),
                dataset: Arc::new(self.dataset.clone()),
            });
        }
        self.region = Some(Region::new(orgs));
    }
}
