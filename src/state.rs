//! The view state: everything about *how* the dataset is being looked at.
//!
//! One serialisable struct, separate from the dataset (which never changes
//! while shown) and from per-frame caches (which live in the app). It is what
//! eframe persists between runs, and what tests and the `screenshot` command
//! set up to render a scene.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{Dataset, EventKind};

/// What the details pane shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Selection {
    /// Nothing: the details pane shows an overview of the organisation.
    #[default]
    None,
    /// An event, by id.
    Event(String),
    /// A country, by ISO alpha-3 code.
    Country(String),
}

impl Selection {
    /// Selects an event id or a country code, whichever the dataset has.
    pub fn from_id(dataset: &Dataset, id: &str) -> Option<Self> {
        if dataset.event(id).is_some() {
            Some(Self::Event(id.to_owned()))
        } else if dataset.country(id).is_some() {
            Some(Self::Country(id.to_owned()))
        } else {
            None
        }
    }
}

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Light background.
    Light,
    /// Dark background.
    Dark,
}

/// Which event lanes are shown on the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KindFilter {
    /// Summits.
    pub summits: bool,
    /// Heads of Government meetings.
    pub government: bool,
    /// Military exercises.
    pub military: bool,
    /// Security and border exercises.
    pub security: bool,
    /// Rescue drills.
    pub rescue: bool,
}

impl Default for KindFilter {
    fn default() -> Self {
        Self {
            summits: true,
            government: true,
            military: true,
            security: true,
            rescue: true,
        }
    }
}

impl KindFilter {
    /// Whether events of this kind are shown.
    pub fn shows(self, kind: EventKind) -> bool {
        match kind {
            EventKind::Summit => self.summits,
            EventKind::GovernmentMeeting => self.government,
            EventKind::MilitaryExercise => self.military,
            EventKind::SecurityExercise => self.security,
            EventKind::RescueDrill => self.rescue,
        }
    }

    /// The flag for a kind, to bind to a checkbox.
    pub fn flag_mut(&mut self, kind: EventKind) -> &mut bool {
        match kind {
            EventKind::Summit => &mut self.summits,
            EventKind::GovernmentMeeting => &mut self.government,
            EventKind::MilitaryExercise => &mut self.military,
            EventKind::SecurityExercise => &mut self.security,
            EventKind::RescueDrill => &mut self.rescue,
        }
    }
}

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CentralView {
    /// The timeline of events and status changes.
    #[default]
    Timeline,
    /// The map of countries shaded by status.
    Map,
}

/// The whole view state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    /// What the details pane shows.
    pub selection: Selection,
    /// The "as of" date: the membership list shows statuses on this day.
    pub as_of: NaiveDate,
    /// Text typed in the search box.
    pub search: String,
    /// Which event kinds the timeline shows.
    pub kinds: KindFilter,
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Visible range of the timeline, in fractional years; `None` shows all of history.
    pub timeline_range: Option<(f64, f64)>,
    /// Interface scale (1.0 = normal).
    pub ui_scale: f32,
    /// Whether the About / keyboard help window is open.
    pub help_open: bool,
    /// Path of the last dataset opened from a file (`None` for the bundled one).
    pub dataset_path: Option<String>,
    /// Whether the central area shows the timeline or the map.
    pub central_view: CentralView,
    /// Whether presentation mode (full screen slides) is on.
    pub presenting: bool,
    /// Interface scale in presentation mode.
    pub present_scale: f32,
    /// The tour being presented; `None` presents every event in time order.
    pub tour: Option<String>,
    /// The current step of the presentation, from 0.
    pub step: usize,
    /// Whether the presenter view (teacher's notes, next step) is open.
    pub presenter_view: bool,
}

/// The default interface scale in presentation mode: readable from the back of a classroom.
pub const DEFAULT_PRESENT_SCALE: f32 = 1.75;

impl Default for ViewState {
    fn default() -> Self {
        Self {
            selection: Selection::None,
            as_of: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default(),
            search: String::new(),
            kinds: KindFilter::default(),
            theme: ThemeChoice::System,
            timeline_range: None,
            ui_scale: 1.0,
            help_open: false,
            dataset_path: None,
            central_view: CentralView::Timeline,
            presenting: false,
            present_scale: DEFAULT_PRESENT_SCALE,
            tour: None,
            step: 0,
            presenter_view: false,
        }
    }
}

impl ViewState {
    /// The default view for a dataset: nothing selected, dated at its last status change.
    pub fn for_dataset(dataset: &Dataset) -> Self {
        Self {
            as_of: dataset
                .count_steps()
                .last()
                .map_or_else(|| dataset.last_day(), |(day, _)| *day),
            ..Self::default()
        }
    }

    /// Makes the state fit a (possibly different) dataset: drops a selection it lacks
    /// and keeps the date inside the dataset's time span.
    pub fn fit_to(&mut self, dataset: &Dataset) {
        let still_there = match &self.selection {
            Selection::None => true,
            Selection::Event(id) => dataset.event(id).is_some(),
            Selection::Country(code) => dataset.country(code).is_some(),
        };
        if !still_there {
            self.selection = Selection::None;
        }
        self.as_of = self.as_of.clamp(dataset.first_day(), dataset.last_day());
        if !(0.5..=4.0).contains(&self.ui_scale) || !self.ui_scale.is_finite() {
            self.ui_scale = 1.0;
        }
        if !(1.0..=4.0).contains(&self.present_scale) || !self.present_scale.is_finite() {
            self.present_scale = DEFAULT_PRESENT_SCALE;
        }
        if self
            .tour
            .as_ref()
            .is_some_and(|id| !dataset.file().tours.iter().any(|t| &t.id == id))
        {
            self.tour = None;
        }
        if let Some((min, max)) = self.timeline_range
            && !(min.is_finite() && max.is_finite() && min < max)
        {
            self.timeline_range = None;
        }
    }
}
