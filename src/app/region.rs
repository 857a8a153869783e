//! The actions of the memberships and overlap views: choosing a country,
//! opening a record of another organisation, sorting, the table's keyboard
//! cursor and its CSV export.

use super::ExplorerApp;
use crate::actions::Action;
use crate::model::Target;
use crate::notice::Notice;
use crate::state::{CentralView, OverlapColumn};
use crate::tr;

impl ExplorerApp {
    /// Applies an action of the memberships or overlap views (the arrows and
    /// Enter too, while the table has the keys); `false` if it is not one.
    pub(super) fn apply_region_action(&mut self, action: &Action) -> bool {
        match action {
            Action::ChooseMembershipCountry(code) => {
                self.view.membership_country = Some(code.clone());
                // The other panels follow when the organisation on screen lists it.
                let dataset = self.session.dataset();
                if let Some(c) = dataset.country_index(code) {
                    self.view.select(dataset, Target::Country(c));
                }
            }
            Action::OpenInOrg { org, target } => self.open_in_org(*org, *target),
            Action::SortOverlap(column) => self.sort_overlap(*column),
            Action::ExportOverlapCsv => self.export_overlap_csv(),
            Action::ListDown
            | Action::ListUp
            | Action::NextEvent
            | Action::PreviousEvent
            | Action::ListActivate
                if self.overlap_has_keys() =>
            {
                self.overlap_key(action);
            }
            _ => return false,
        }
        true
    }

    /// Whether the arrow keys and Enter drive the overlap table's cursor.
    pub(super) fn overlap_has_keys(&self) -> bool {
        self.view.central_view == CentralView::Overlap && self.overlap.has_keys
    }

    /// Arrows move the table's cursor; Enter opens the cell under it.
    pub(super) fn overlap_key(&mut self, action: &Action) {
        let orgs = self.session.region().map_or(0, |r| r.orgs().len());
        match action {
            Action::ListDown => self.overlap.move_cursor(1, 0, orgs),
            Action::ListUp => self.overlap.move_cursor(-1, 0, orgs),
            Action::NextEvent => self.overlap.move_cursor(0, 1, orgs),
            Action::PreviousEvent => self.overlap.move_cursor(0, -1, orgs),
            _ => {
                let target = self
                    .overlap
                    .at_cursor()
                    .zip(self.session.region())
                    .and_then(|((country, org), region)| region.target_of(country, org));
                if let Some((org, target)) = target {
                    self.open_in_org(org, target);
                }
            }
        }
    }

    /// Shows a record of one organisation of the region, switching to that
    /// organisation first when another one is on screen.
    fn open_in_org(&mut self, org: usize, target: Target) {
        let Some(org) = self.session.region().and_then(|r| r.orgs().get(org)) else {
            return;
        };
        let file = org.dataset.file();
        let id = match target {
            Target::Event(e) => file.events.get(e).map(|e| e.id.to_string()),
            Target::Country(c) => file.countries.get(c).map(|c| c.code.to_string()),
        };
        let source = org.source.clone();
        let Some(id) = id else {
            return;
        };
        let on_screen = match self.session.path() {
            Some(path) => path.display().to_string() == source,
            None => self.view.bundled.as_deref().unwrap_or("sco") == source,
        };
        if !on_screen {
            let shown = crate::model::find_bundled(&source).is_some_and(|b| self.show_bundled(b));
            if !shown {
                return;
            }
        }
        let dataset = self.session.dataset();
        if let Some(target) = dataset.resolve(&id) {
            self.view.select(dataset, target);
        }
    }

    fn sort_overlap(&mut self, column: OverlapColumn) {
        let sort = &mut self.view.overlap_sort;
        if sort.column == column {
            sort.descending = !sort.descending;
        } else {
            sort.column = column;
            sort.descending = false;
        }
    }

    /// Saves the table as shown (sorted and filtered) beside the PNGs.
    fn export_overlap_csv(&mut self) {
        let Some(region) = self.session.region() else {
            return;
        };
        let lang = self.view.lang;
        let headers = [
            tr!(lang, "overlap-country"),
            tr!(lang, "overlap-code"),
            tr!(lang, "overlap-unsure"),
        ];
        let mut bytes = Vec::new();
        let written = crate::export::write_overlap_csv(
            region,
            (self.overlap.rows(), self.view.as_of),
            (headers.each_ref().map(String::as_str), lang),
            &mut bytes,
        );
        let path = self.save_path(&format!("sco-explorer-overlap-{}.csv", self.view.as_of));
        let notice = match written.map_err(|e| e.to_string()).and_then(|()| {
            crate::export::write_atomically(&path, &bytes).map_err(|e| e.to_string())
        }) {
            Ok(()) => Notice::Saved(path),
            Err(error) => Notice::SaveFailed(error),
        };
        self.session.set_status(notice);
    }
}
