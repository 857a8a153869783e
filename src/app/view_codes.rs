//! The app's side of view codes: the code of the view on screen, and going to
//! the view a code names (from the clipboard, the command line or a PNG).

use std::path::Path;

use crate::model::find_bundled;
use crate::notice::Notice;
use crate::state::{CentralView, Selection};
use crate::view_code::{CodeDataset, Refusal, ViewCode, ViewCodeError};

use super::ExplorerApp;

impl ExplorerApp {
    /// The code of the view on screen.
    pub fn view_code(&self) -> ViewCode {
        let name = self.session.dataset().name();
        let bundled = crate::model::BUNDLED
            .iter()
            .find(|b| b.display_name == name);
        let dataset = match (self.session.path(), bundled) {
            (Some(path), _) => CodeDataset::File(path.display().to_string()),
            (None, Some(bundled)) => CodeDataset::Bundled(bundled.name.to_owned()),
            // Loaded from a file without a session path (the `screenshot`
            // command): the dataset's name is the file's path.
            (None, None) => CodeDataset::File(name.to_owned()),
        };
        ViewCode {
            dataset,
            selection: self.view.selection.clone(),
            as_of: self.view.as_of,
            central: self.view.central_view,
            // Only the memberships tab shows it, so only its codes name it.
            membership_country: (self.view.central_view == CentralView::Memberships)
                .then(|| self.view.membership_country.clone())
                .flatten(),
            range: self.view.timeline_range,
            tour: self.view.tour.clone(),
            step: self.view.presenting.then_some(self.view.step + 1),
            lang: self.view.lang,
            compare: self.compared_source().map(str::to_owned),
        }
    }

    /// Goes to the view a code's text names; a code that cannot be read (or
    /// whose dataset does not load) changes nothing and says why in the status bar.
    pub fn open_view_code_text(&mut self, text: &str) -> Result<(), ViewCodeError> {
        let code = ViewCode::decode(text);
        match &code {
            Ok(code) => {
                // A code waiting for its file leaves "Loading …" in the status bar.
                if self.open_view_code(code).is_ok() && self.code_after_load.is_none() {
                    self.session.set_status(Notice::ViewCodeOpened);
                }
            }
            Err(error) => self
                .session
                .set_status(Notice::ViewCodeRefused(Refusal::Code(error.clone()))),
        }
        code.map(|_| ())
    }

    /// Goes to the view a code names. A code whose dataset cannot be opened,
    /// or that names an event or country its datasets do not have (a
    /// mistyped letter), is refused with the reason, in the status bar and
    /// returned; nothing changes then.
    ///
    /// A file over [`crate::session::BACKGROUND_LOAD_BYTES`] loads on its own
    /// thread: the code is kept, and its view shown once the file is (see
    /// [`Self::poll_background_load`]).
    pub fn open_view_code(&mut self, code: &ViewCode) -> Result<(), Refusal> {
        self.code_after_load = None;
        let opened = match self.unknown_in_code(code) {
            Some(reason) => Err(reason),
            None => self.open_code_datasets(code),
        };
        if self.code_waits_for_a_load(code, opened.is_err()) {
            self.code_after_load = Some(code.clone());
            return Ok(());
        }
        let opened = opened.and_then(|()| {
            if self.code_selection_known(code) {
                Ok(())
            } else {
                // Only a file's code gets here with an unknown name: its dataset
                // could not be checked before it was opened.
                Err(self.missing(code))
            }
        });
        if let Err(reason) = &opened {
            self.session
                .set_status(Notice::ViewCodeRefused(reason.clone()));
            return opened;
        }
        self.show_code_view(code);
        Ok(())
    }

    /// Opens the code's dataset (unless on screen) and the one it compares with.
    pub(super) fn open_code_datasets(&mut self, code: &ViewCode) -> Result<(), Refusal> {
        let loaded = match &code.dataset {
            CodeDataset::Bundled(name) => match find_bundled(name) {
                Some(bundled) => {
                    let shown = self.session.path().is_none()
                        && self.session.dataset().name() == bundled.display_name;
                    shown || self.show_bundled(bundled)
                }
                None => false,
            },
            CodeDataset::File(path) => {
                let path = Path::new(path);
                if self.session.path() != Some(path) {
                    self.open_path(path);
                }
                self.session.path() == Some(path)
            }
        };
        if !loaded {
            return Err(Refusal::DatasetNotOpened);
        }
        match &code.compare {
            Some(other) if self.compared_source() != Some(other.as_str()) => {
                if !self.compare_with(other) {
                    return Err(Refusal::CompareNotOpened);
                }
            }
            Some(_) => {}
            None => self.stop_comparing(),
        }
        Ok(())
    }

    /// Whether a code's view must wait for a file loading on its own thread:
    /// its dataset's (which could not be `opened` yet) or the one it compares with.
    fn code_waits_for_a_load(&self, code: &ViewCode, not_opened: bool) -> bool {
        let dataset_loading = match &code.dataset {
            CodeDataset::File(path) => self.session.loading() == Some(Path::new(path)),
            CodeDataset::Bundled(_) => false,
        };
        let compare_loading = code
            .compare
            .as_deref()
            .is_some_and(|other| self.session.compare_loading() == Some(Path::new(other)));
        (not_opened && dataset_loading) || compare_loading
    }

    /// The view of a code whose file was loading, once it is on screen; a
    /// load that failed shows its error and drops the code (a failed file to
    /// compare with refuses the code, as when it fails at once).
    pub(super) fn open_code_after_load(&mut self) {
        if self.session.loading().is_some() || self.session.compare_loading().is_some() {
            return;
        }
        let Some(code) = self.code_after_load.take() else {
            return;
        };
        let shown = match &code.dataset {
            CodeDataset::File(path) => self.session.path() == Some(Path::new(path)),
            CodeDataset::Bundled(name) => {
                self.session.path().is_none()
                    && find_bundled(name)
                        .is_some_and(|b| self.session.dataset().name() == b.display_name)
            }
        };
        if !shown {
            return;
        }
        if let Some(other) = &code.compare
            && self.compared_source() != Some(other.as_str())
            && self.session.load_error().is_some()
        {
            self.session
                .set_status(Notice::ViewCodeRefused(Refusal::CompareNotOpened));
            return;
        }
        if self.open_view_code(&code).is_ok() {
            self.session.set_status(Notice::ViewCodeOpened);
        }
    }

    /// Whether the code's selection is in the datasets now open.
    fn code_selection_known(&self, code: &ViewCode) -> bool {
        let dataset = self.session.dataset();
        let other = self.compared();
        match &code.selection {
            Selection::None => true,
            Selection::Event(id) => {
                dataset.event(id).is_some() || other.is_some_and(|c| c.dataset.event(id).is_some())
            }
            Selection::Country(c) => {
                dataset.country(c).is_some()
                    || other.is_some_and(|cmp| cmp.comparison.pair_of(c).is_some())
            }
        }
    }

    /// Shows what the code names once its datasets are open.
    fn show_code_view(&mut self, code: &ViewCode) {
        let dataset = self.session.dataset();
        self.view.selection = code.selection.clone();
        self.view.central_view = code.central;
        if code.membership_country.is_some() {
            self.view
                .membership_country
                .clone_from(&code.membership_country);
        }
        self.view.timeline_range = code.range;
        self.view.lang = code.lang;
        self.view.tour = code
            .tour
            .clone()
            .filter(|id| dataset.file().tours.iter().any(|t| t.id == id.as_str()));
        let other = self.session.compared().map(|org| &org.compared.dataset);
        self.view.fit_to(dataset, other);
        let (first, last) = crate::model::date_span(dataset, self.compared());
        self.view.as_of = code.as_of.clamp(first, last);
        self.view.date_chosen = true;
        match code.step {
            Some(step) => {
                if !self.view.presenting {
                    let tour = self.view.tour.clone();
                    self.enter_presentation();
                    self.view.tour = tour;
                }
                self.view.step = step - 1;
                self.view.page = 0;
            }
            None if self.view.presenting => self.leave_presentation(),
            None => {}
        }
        if self.view.central_view == CentralView::Map {
            self.map_memory.reset_view();
        }
        self.list.invalidate();
    }

    /// Why a code cannot be opened because it names an event or a country that
    /// neither of its datasets has; `None` when it can, or when its dataset is
    /// a file not yet open (checked once it is).
    fn unknown_in_code(&self, code: &ViewCode) -> Option<Refusal> {
        let (what, id) = match &code.selection {
            Selection::None => return None,
            Selection::Event(id) => ("event", id),
            Selection::Country(code) => ("country", code),
        };
        let current = self.session.dataset();
        let first: Option<std::borrow::Cow<'_, crate::model::Dataset>> = match &code.dataset {
            CodeDataset::Bundled(name) => match find_bundled(name) {
                Some(b) if self.session.path().is_none() && current.name() == b.display_name => {
                    Some(std::borrow::Cow::Borrowed(current))
                }
                Some(b) => b.load().ok().map(std::borrow::Cow::Owned),
                None => None,
            },
            CodeDataset::File(path) if self.session.path() == Some(Path::new(path)) => {
                Some(std::borrow::Cow::Borrowed(current))
            }
            CodeDataset::File(_) => return None,
        };
        let first = first?;
        let other: Option<std::borrow::Cow<'_, crate::model::Dataset>> = match &code.compare {
            Some(source) if self.compared_source() == Some(source.as_str()) => self
                .compared()
                .map(|c| std::borrow::Cow::Borrowed(&c.dataset)),
            Some(source) => super::load_compared(source)
                .ok()
                .map(std::borrow::Cow::Owned),
            None => None,
        };
        let has = |d: &crate::model::Dataset| match what {
            "event" => d.event(id).is_some(),
            _ => d.country(id).is_some(),
        };
        if has(&first) || other.as_deref().is_some_and(has) {
            return None;
        }
        Some(Refusal::Missing {
            event: what == "event",
            id: id.clone(),
            org: first.file().organisation.short_name.en().to_owned(),
        })
    }

    /// The refusal of a code whose selection the open datasets lack.
    fn missing(&self, code: &ViewCode) -> Refusal {
        let (event, id) = match &code.selection {
            Selection::Event(id) => (true, id.clone()),
            Selection::Country(c) => (false, c.clone()),
            Selection::None => (false, String::new()),
        };
        let org = self.session.dataset().file().organisation.short_name.en();
        Refusal::Missing {
            event,
            id,
            org: org.to_owned(),
        }
    }
}
