//! Compare mode: a second organisation beside the one on screen. The second
//! dataset is loaded here (a bundled one by name, or any file) and matched to
//! the first once; the panels read it through [`Compared`].

use std::path::Path;

use crate::derived::DerivedView;
use crate::model::{Compared, Dataset, LoadError, find_bundled, load_file};

use super::ExplorerApp;

/// Loads what `--compare` or the menu names: a bundled dataset's short name, or a file.
pub fn load_compared(source: &str) -> Result<Dataset, LoadError> {
    match find_bundled(source) {
        Some(bundled) => bundled.load(),
        None => load_file(Path::new(source)),
    }
}

impl ExplorerApp {
    /// Compares the dataset on screen with `source` (a bundled name or a file).
    /// A dataset that does not load shows its error; the view stays as it was.
    /// Comparing a dataset with itself is refused: there is nothing to compare.
    /// A file over [`crate::session::BACKGROUND_LOAD_BYTES`] loads on its own
    /// thread (the window keeps drawing, with "Loading" in the status bar)
    /// and is compared with once loaded. Returns `false` when `source` did not
    /// load (its error is shown).
    pub fn compare_with(&mut self, source: &str) -> bool {
        if find_bundled(source).is_none() && self.session.compare_in_background(source) {
            return true;
        }
        match load_compared(source) {
            Ok(other) => {
                self.compare_loaded(source, other, None);
                true
            }
            Err(error) => {
                self.session.show_error(error);
                false
            }
        }
    }

    /// Compares with a loaded dataset (with what was derived from it on the
    /// loading thread, if it was loaded there).
    fn compare_loaded(&mut self, source: &str, other: Dataset, derived: Option<DerivedView>) {
        if other.name() == self.session.dataset().name() {
            self.stop_comparing();
            return;
        }
        match derived {
            Some(derived) => self.session.compare_with_derived(source, other, derived),
            None => self.session.compare_with(source, other),
        }
        self.list.invalidate();
    }

    /// Takes the file to compare with once its background load has ended.
    pub(super) fn poll_compare_load(&mut self) {
        match self.session.poll_pending_compare() {
            Some((source, Ok((other, derived)))) => {
                self.compare_loaded(&source, other, Some(derived));
            }
            Some((_, Err(error))) => self.session.show_error(error),
            None => {}
        }
    }

    /// Leaves compare mode: the single view as it was.
    pub fn stop_comparing(&mut self) {
        self.session.stop_comparing();
        self.list.invalidate();
    }

    /// The organisation compared with, while comparing.
    pub fn compared(&self) -> Option<&Compared> {
        self.session.compared().map(|org| &org.compared)
    }

    /// Selects an event or a country by id or code, in the dataset on screen
    /// or else, comparing, in the other organisation; whether it was found.
    pub fn select_id(&mut self, id: &str) -> bool {
        if let Some(target) = self.session.dataset().resolve(id) {
            self.select(target);
            return true;
        }
        let Some(other) = self.compared() else {
            return false;
        };
        if let Some(e) = other.dataset.event_index(id) {
            self.queue(crate::actions::Action::SelectComparedEvent(e));
            return true;
        }
        if other.dataset.country(id).is_some() {
            self.view.selection = crate::state::Selection::Country(id.to_owned());
            return true;
        }
        false
    }

    /// What the compared organisation was opened as (a bundled name or a file).
    pub fn compared_source(&self) -> Option<&str> {
        self.session.compared().map(|org| org.source.as_str())
    }
}
