//! The view state: everything about *how* the dataset is being looked at.
//!
//! One serialisable struct, separate from the dataset (which never changes
//! while shown) and from per-frame caches (which live in the app). It is what
//! eframe persists between runs, and what tests and the `screenshot` command
//! set up to render a scene.

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::model::{Dataset, Target};

/// The narrowest visible range: one day.
pub const MIN_SPAN_YEARS: f64 = 1.0 / 365.25;
/// The widest visible range: two centuries.
pub const MAX_SPAN_YEARS: f64 = 200.0;

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

/// Which event lanes are shown on the timeline: every kind but the hidden ones.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KindFilter {
    /// Ids of the kinds the user unticked.
    hidden: Vec<String>,
}

impl KindFilter {
    /// Ids of the kinds hidden.
    pub fn hidden(&self) -> &[String] {
        &self.hidden
    }

    /// Hides exactly these kinds.
    pub fn set_hidden(&mut self, hidden: &[String]) {
        self.hidden = hidden.to_vec();
    }

    /// Whether events of this kind are shown.
    pub fn shows(&self, kind: &str) -> bool {
        !self.hidden.iter().any(|k| k == kind)
    }

    /// Shows or hides a kind.
    pub fn set_shown(&mut self, kind: &str, shown: bool) {
        self.hidden.retain(|k| k != kind);
        if !shown {
            self.hidden.push(kind.to_owned());
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
    /// One country's status in every organisation, on one date axis.
    Memberships,
    /// Every country of the region against every organisation, on the date.
    Overlap,
}

/// A column of the overlap table, to sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum OverlapColumn {
    /// The country's name.
    #[default]
    Name,
    /// The status in an organisation (its index in the region).
    Org(usize),
}

/// How the overlap table is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverlapSort {
    /// The column sorted by.
    pub column: OverlapColumn,
    /// Whether the order is reversed.
    pub descending: bool,
}

/// How a quiz is taken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuizMode {
    /// A student alone: answers are scored, with a review of the wrong ones at the end.
    #[default]
    SelfTest,
    /// A class at the projector: big type, the answer revealed on the
    /// presenter's key, no score.
    Class,
}

/// A quiz being taken: its seed, the question shown and the answers so far.
/// The questions are drawn again from the dataset and the seed (the app keeps
/// them), so this stays small.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizState {
    /// The seed the questions are drawn with (the quiz code is the dataset's name and it).
    pub seed: u64,
    /// Self-test or class quiz.
    pub mode: QuizMode,
    /// The question shown, from 0; the number of questions shows the score and review.
    pub question: usize,
    /// The choices picked for the question shown, as indices into its choices:
    /// the one chosen, the ones ticked, or (ordering) those placed, in order.
    pub picked: Vec<usize>,
    /// Whether the answer to the question shown is revealed.
    pub revealed: bool,
    /// What was answered to each question so far (self-test), in order.
    pub given: Vec<Vec<usize>>,
    /// The quiz was left for the explorer (to look a fact up); it waits there.
    pub away: bool,
    /// A quiz code as typed in the header, to take another quiz (a class's).
    pub code_text: String,
    /// The code typed was refused (not a code, or of no bundled dataset).
    pub code_refused: bool,
}

/// The whole view state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    /// What the details pane shows.
    pub selection: Selection,
    /// The "as of" date: the membership list shows statuses on this day.
    pub as_of: NaiveDate,
    /// Whether the user moved the date themselves since the dataset was shown
    /// (then Play starts from it; otherwise from the first day). Not remembered.
    #[serde(skip)]
    pub date_chosen: bool,
    /// Text typed in the search box (not remembered between runs).
    #[serde(skip)]
    pub search: String,
    /// Which event kinds the timeline shows.
    pub kinds: KindFilter,
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Whether the "Start here" card was put away (remembered: it shows on the first run).
    pub start_hint_dismissed: bool,
    /// Visible range of the timeline, in fractional years; `None` shows all of history.
    pub timeline_range: Option<(f64, f64)>,
    /// Interface scale (1.0 = normal).
    pub ui_scale: f32,
    /// Whether the About / keyboard help window is open (not remembered).
    #[serde(skip)]
    pub help_open: bool,
    /// Path of the last dataset opened from a file (`None` for a bundled one).
    pub dataset_path: Option<String>,
    /// Short name of the bundled dataset shown when no file is open (`None`: the SCO).
    pub bundled: Option<String>,
    /// Whether the central area shows the timeline or the map.
    pub central_view: CentralView,
    /// Whether presentation mode (full screen slides) is on. Not remembered:
    /// quitting during a lesson must not reopen the app in full-screen slides.
    #[serde(skip)]
    pub presenting: bool,
    /// Interface scale in presentation mode.
    pub present_scale: f32,
    /// The tour being presented; `None` presents every event in time order
    /// (when the user chose that; else `F5` starts the first tour).
    pub tour: Option<String>,
    /// The current step of the presentation, from 0.
    pub step: usize,
    /// The page of the current step's slide, from 0: a slide too long for the
    /// screen continues on further pages ("2a", "2b"). Not remembered (the split
    /// depends on the screen); `usize::MAX` asks for the last page.
    #[serde(skip)]
    pub page: usize,
    /// Whether the user chose the tour (else `F5` presents the dataset's first tour).
    pub tour_chosen: bool,
    /// Whether the presenter view (teacher's notes, next step) is open (not remembered).
    #[serde(skip)]
    pub presenter_view: bool,
    /// The presenter view opens in a window of its own (for a second screen)
    /// instead of docked under the slide. Remembered: it is how the room is set up.
    #[serde(default)]
    pub presenter_window: bool,
    /// The docked presenter view as a one-line strip (`Some(true)`) or in
    /// full (`Some(false)`); `None` until the teacher chooses (`N`): the strip
    /// on small screens, where the full view would cost the slide its maps.
    /// Remembered, as the room's set-up is.
    #[serde(default)]
    pub presenter_compact: Option<bool>,
    /// Whether the lesson panel is open (not remembered: the lesson is not either).
    #[serde(skip)]
    pub lesson_panel: bool,
    /// Whether the slides shown are the lesson's (else the tour's). Not remembered.
    #[serde(skip)]
    pub presenting_lesson: bool,
    /// The language the lesson panel edits texts in (`None`: the lesson's own).
    #[serde(skip)]
    pub lesson_edit_lang: Option<Lang>,
    /// Slides are drawn for paper (a handout): the on-screen controls (tour
    /// menu, buttons) are left out. Not remembered.
    #[serde(skip)]
    pub printing: bool,
    /// Where PNGs and handouts are saved (`None`: the working folder).
    #[serde(default)]
    pub save_folder: Option<std::path::PathBuf>,
    /// The interface's language (the system's at first start, then the user's choice).
    pub lang: Lang,
    /// The country the memberships view shows (an ISO alpha-3 code); selecting
    /// a country anywhere shows it there too. `None`: the dataset's first member.
    #[serde(default)]
    pub membership_country: Option<String>,
    /// How the overlap table is sorted.
    #[serde(default)]
    pub overlap_sort: OverlapSort,
    /// The quiz being taken, while it is on screen (not remembered: a quiz is
    /// taken in one sitting).
    #[serde(skip)]
    pub quiz: Option<QuizState>,
    /// The seed of the next quiz: each new quiz draws other questions, and
    /// the count goes on from one run to the next.
    pub next_quiz_seed: u64,
}

/// The default interface scale in presentation mode: readable from the back of a classroom.
pub const DEFAULT_PRESENT_SCALE: f32 = 1.75;

impl Default for ViewState {
    fn default() -> Self {
        Self {
            selection: Selection::None,
            as_of: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default(),
            date_chosen: false,
            search: String::new(),
            kinds: KindFilter::default(),
            theme: ThemeChoice::System,
            start_hint_dismissed: false,
            timeline_range: None,
            ui_scale: 1.0,
            help_open: false,
            dataset_path: None,
            bundled: None,
            central_view: CentralView::Timeline,
            presenting: false,
            present_scale: DEFAULT_PRESENT_SCALE,
            tour: None,
            step: 0,
            page: 0,
            tour_chosen: false,
            presenter_view: false,
            printing: false,
            lesson_panel: false,
            presenting_lesson: false,
            lesson_edit_lang: None,
            presenter_window: false,
            presenter_compact: None,
            save_folder: None,
            lang: Lang::En,
            membership_country: None,
            overlap_sort: OverlapSort::default(),
            quiz: None,
            next_quiz_seed: 1,
        }
    }
}

impl ViewState {
    /// Selects an event or a country: the one way anything gets selected.
    /// Selecting an event moves the date cursor to its start, so every panel agrees;
    /// selecting a country keeps the date.
    pub fn select(&mut self, dataset: &Dataset, target: Target) {
        let file = dataset.file();
        match target {
            Target::Event(e) => {
                if let Some(event) = file.events.get(e) {
                    self.selection = Selection::Event(event.id.to_string());
                    self.as_of = event.start.first_day();
                    self.date_chosen = true;
                }
            }
            Target::Country(c) => {
                if let Some(country) = file.countries.get(c) {
                    self.selection = Selection::Country(country.code.to_string());
                    if country.state {
                        self.membership_country = Some(country.code.to_string());
                    }
                }
            }
        }
    }

    /// What is selected, as indices into the dataset.
    pub fn selected(&self, dataset: &Dataset) -> Option<Target> {
        match &self.selection {
            Selection::None => None,
            Selection::Event(id) => dataset.event_index(id).map(Target::Event),
            Selection::Country(code) => dataset.country_index(code).map(Target::Country),
        }
    }

    /// The index of the selected event, if an event is selected.
    pub fn selected_event(&self, dataset: &Dataset) -> Option<usize> {
        match self.selected(dataset) {
            Some(Target::Event(e)) => Some(e),
            _ => None,
        }
    }

    /// The index of the selected country, if a country is selected.
    pub fn selected_country(&self, dataset: &Dataset) -> Option<usize> {
        match self.selected(dataset) {
            Some(Target::Country(c)) => Some(c),
            _ => None,
        }
    }

    /// Moves the date cursor, kept inside the time span shown.
    /// `span` is [`crate::model::date_span`]: the dataset's days, or both
    /// organisations' while comparing.
    pub fn set_date(&mut self, (first, last): (NaiveDate, NaiveDate), day: NaiveDate) {
        self.as_of = day.clamp(first, last);
        self.date_chosen = true;
    }

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

    /// Makes the state fit a (possibly different) dataset and, in compare mode,
    /// the `other` one too: drops a selection neither has and keeps the date
    /// inside their time spans.
    pub fn fit_to(&mut self, dataset: &Dataset, other: Option<&Dataset>) {
        let shows = |d: &Dataset| match &self.selection {
            Selection::None => true,
            Selection::Event(id) => d.event(id).is_some(),
            Selection::Country(code) => d.country(code).is_some(),
        };
        // In compare mode a selection may belong to either organisation.
        if !shows(dataset) && !other.is_some_and(shows) {
            self.selection = Selection::None;
        }
        let (mut first, mut last) = (dataset.first_day(), dataset.last_day());
        if let Some(other) = other {
            first = first.min(other.first_day());
            last = last.max(other.last_day());
        }
        self.as_of = self.as_of.clamp(first, last);
        if !(0.5..=4.0).contains(&self.ui_scale) || !self.ui_scale.is_finite() {
            self.ui_scale = 1.0;
        }
        if !(1.0..=4.0).contains(&self.present_scale) || !self.present_scale.is_finite() {
            self.present_scale = DEFAULT_PRESENT_SCALE;
        }
        if self
            .tour
            .as_ref()
            .is_some_and(|id| !dataset.file().tours.iter().any(|t| t.id == id))
        {
            self.tour = None;
        }
        // A remembered range must be a sensible window on history (one day to two
        // centuries, around the dataset's years), or the whole history is shown.
        if let Some((min, max)) = self.timeline_range {
            let first = f64::from(dataset.first_day().year()) - MAX_SPAN_YEARS;
            let last = f64::from(dataset.last_day().year()) + MAX_SPAN_YEARS;
            let span = max - min;
            let usable = min.is_finite()
                && max.is_finite()
                && (MIN_SPAN_YEARS..=MAX_SPAN_YEARS).contains(&span)
                && min >= first
                && max <= last;
            if !usable {
                self.timeline_range = None;
            }
        }
    }
}
