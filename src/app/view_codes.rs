//! The app's side of view codes: the code of the view on screen, and going to
//! the view a code names (from the clipboard, the command line or a PNG).

use std::path::Path;

use crate::model::find_bundled;
use crate::notice::Notice;
use crate::state::{CentralView, Selection};
use crate::view_code::{CodeDataset, ViewCode, ViewCodeError};

use super::ExplorerApp;

impl ExplorerApp {
    /// The code of the view on screen.
    pub fn view_code(&self) -> ViewCode {
        let name = self.session.dataset().name();
        let dataset = match self.session.path() {
            Some(path) => CodeDataset::File(path.display().to_string()),
            None => CodeDataset::Bundled(
                crate::model::BUNDLED
                    .iter()
                    .find(|b| b.display_name == name)
                    .map_or("sco", |b| b.name)
                    .to_owned(),
            ),
        };
        ViewCode {
            dataset,
            selection: self.view.selection.clone(),
            as_of: self.view.as_of,
            central: self.view.central_view,
            range: self.view.timeline_range,
            tour: self.view.tour.clone(),
            step: self.view.presenting.then_some(self.view.step + 1),
            lang: self.view.lang,
            compare: self.view.compare.clone(),
        }
    }

    /// Goes to the view a code's text names; a code that cannot be read (or
    /// whose dataset does not load) changes nothing and says why in the status bar.
    pub fn open_view_code_text(&mut self, text: &str) -> Result<(), ViewCodeError> {
        let code = ViewCode::decode(text);
        match &code {
            Ok(code) => {
                if self.open_view_code(code) {
                    self.session.set_status(Notice::ViewCodeOpened);
                }
            }
            Err(error) => self
                .session
                .set_status(Notice::ViewCodeRefused(error.to_string())),
        }
        code.map(|_| ())
    }

    /// Goes to the view a code names; `false` (and a message in the status
    /// bar) when its dataset cannot be opened, and then nothing changes.
    pub fn open_view_code(&mut self, code: &ViewCode) -> bool {
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
            self.session.set_status(Notice::ViewCodeRefused(
                "its dataset could not be opened".to_owned(),
            ));
            return false;
        }
        match &code.compare {
            Some(other) if self.view.compare.as_ref() != Some(other) => self.compare_with(other),
            Some(_) => {}
            None => self.stop_comparing(),
        }
        let dataset = self.session.dataset();
        let known = match &code.selection {
            Selection::None => true,
            Selection::Event(id) => {
                dataset.event(id).is_some()
                    || self
                        .compared()
                        .is_some_and(|c| c.dataset.event(id).is_some())
            }
            Selection::Country(c) => {
                dataset.country(c).is_some()
                    || self
                        .compared()
                        .is_some_and(|cmp| cmp.comparison.pair_of(c).is_some())
            }
        };
        self.view.selection = if known {
            code.selection.clone()
        } else {
            Selection::None
        };
        self.view.central_view = code.central;
        self.view.timeline_range = code.range;
        self.view.lang = code.lang;
        self.view.tour = code
            .tour
            .clone()
            .filter(|id| dataset.file().tours.iter().any(|t| t.id == id.as_str()));
        self.view.fit_to(dataset);
        // After `fit_to`, which knows one dataset: comparing, the date may lie
        // anywhere in either history.
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
        true
    }
}
