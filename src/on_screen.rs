//! One picture of what is on screen this frame: the dataset, what was derived
//! from it, the organisation compared with (if any) and the map. Built once
//! per frame by the app from the session, and handed to every panel by `&`,
//! so no panel takes the data in pieces.

use chrono::NaiveDate;

use crate::derived::DerivedView;
use crate::derived::timeline::TimelineData;
use crate::map::MapData;
use crate::model::{Compared, Dataset, Region, SearchHits};
use crate::session::{ComparedOrg, Session};
use crate::state::{CentralView, ViewState};

/// What is on screen this frame.
#[derive(Clone, Copy)]
pub struct OnScreen<'a> {
    /// The dataset shown.
    pub dataset: &'a Dataset,
    /// What the panels derive from it, worked out on load.
    pub derived: &'a DerivedView,
    /// The organisation compared with, in compare mode.
    pub other: Option<&'a ComparedOrg>,
    /// Country shapes (the same for every dataset).
    pub map: &'static MapData,
    /// Every organisation of the region, once a memberships view asked for it.
    pub region: Option<&'a Region>,
    /// The search box's hits in the dataset and in the one compared with
    /// (`None` with no search; the previous search's while a newer one runs).
    pub search: [Option<&'a SearchHits>; 2],
    /// Whether a search of a large dataset is still running.
    pub searching: bool,
}

impl<'a> OnScreen<'a> {
    /// The session's data as shown this frame, with the map.
    pub fn new(session: &'a Session, map: &'static MapData) -> Self {
        Self {
            dataset: session.dataset(),
            derived: session.derived(),
            other: session.compared(),
            map,
            region: session.region(),
            search: [session.search_hits(), session.compared_search_hits()],
            searching: session.searching(),
        }
    }

    /// The compared organisation's dataset and its match to the first.
    pub fn compared(&self) -> Option<&'a Compared> {
        self.other.map(|org| &org.compared)
    }

    /// The compared organisation with its timeline lanes.
    pub fn compared_timeline(&self) -> Option<(&'a Compared, &'a TimelineData)> {
        self.other.map(|org| (&org.compared, &org.derived.timeline))
    }

    /// The days the date cursor may take: the dataset's span, or both
    /// histories while comparing.
    pub fn date_span(&self) -> (NaiveDate, NaiveDate) {
        crate::model::date_span(self.dataset, self.compared())
    }

    /// The days the date cursor may take in the view shown: every
    /// organisation's history in the memberships and overlap views.
    pub fn date_span_for(&self, view: &ViewState) -> (NaiveDate, NaiveDate) {
        let (first, last) = self.date_span();
        match (view.central_view, self.region) {
            (CentralView::Memberships | CentralView::Overlap, Some(region)) => {
                let (from, to) = region.span();
                (first.min(from), last.max(to))
            }
            _ => (first, last),
        }
    }

    /// The timeline's whole history (both organisations' while comparing).
    pub fn timeline_home(&self) -> (f64, f64) {
        let mut home = self.derived.timeline.home;
        if let Some(org) = self.other {
            let other = org.derived.timeline.home;
            home = (home.0.min(other.0), home.1.max(other.1));
        }
        home
    }
}
