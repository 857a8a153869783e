//! Compare mode: a second organisation beside the one on screen. The second
//! dataset is loaded here (a bundled one by name, or any file) and matched to
//! the first once; the panels read it through [`Compared`].

use std::path::Path;

use crate::model::{Compared, Dataset, LoadError, find_bundled, load_file};

use super::ExplorerApp;
use crate::derived::timeline::TimelineData;

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
    pub fn compare_with(&mut self, source: &str) {
        match load_compared(source) {
            Ok(other) => {
                self.compared_timeline = Some(TimelineData::new(&other));
                self.compared = Some(Compared::new(self.session.dataset(), other));
                self.view.compare = Some(source.to_owned());
                self.list.invalidate();
            }
            Err(error) => self.session.show_error(error),
        }
    }

    /// Leaves compare mode: the single view as it was.
    pub fn stop_comparing(&mut self) {
        self.compared = None;
        self.compared_timeline = None;
        self.view.compare = None;
        self.list.invalidate();
    }

    /// The organisation compared with, while comparing.
    pub fn compared(&self) -> Option<&Compared> {
        self.compared.as_ref()
    }

    /// Matches the compared dataset again after the first one changed.
    pub(super) fn rematch_compared(&mut self) {
        // The dataset on screen became the one compared with: nothing to compare.
        let same = self
            .compared
            .as_ref()
            .is_some_and(|c| c.dataset.name() == self.session.dataset().name());
        if same {
            self.stop_comparing();
        }
        if let Some(compared) = self.compared.take() {
            self.compared = Some(Compared::new(self.session.dataset(), compared.dataset));
        }
    }
}
