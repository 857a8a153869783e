//! The dataset model: file types, loading and validation, and derived queries.
//!
//! Nothing in here knows about egui; the UI reads a [`Dataset`] and never
//! changes it.

use crate::lang::Lang;
pub use bundled::{
    BUNDLED, BUNDLED_NAME, BUNDLED_RON, Bundled, bundled_datasets, find_bundled, load_bundled,
};
use chrono::NaiveDate;
pub use compare::{Compared, Comparison, Groups, Pair, Side, date_span};
pub use country_names::cldr_name;
pub use counts::{MAX_STATUSES, StatusCounts};
use counts::{count_steps, period_on};
pub use date::{DateError, PartialDate, Precision, date_from_year_f64, year_f64_from_date};
pub use error::{LoadError, Problem, elide_middle, escape_controls};
use involvement::{index_by, involvement};
pub use load::{
    FORMAT_VERSION, MAX_FILE_BYTES, OLDEST_FORMAT_VERSION, PROGRESS_EVERY, load_file,
    load_file_with_progress, load_str, load_str_with_progress,
};
pub use memberships::{Region, RegionCountry, RegionOrg, Span, bundled_orgs};
pub use search::{
    SearchHits, SearchIndex, country_matches, country_name, event_matches, search_needle,
};
use std::collections::HashMap;
pub use stepping::{Direction, step_event};
pub use translations::{Coverage, Untranslated, translation_coverage};
pub use types::{
    Body, Confidence, Country, CountryCode, DatasetFile, Event, Id, KindDef, Marker, Milestone,
    Organisation, Place, Rgb, SecretaryGeneral, Shown, SmolStr, Source, StatusDef, StatusPeriod,
    StepView, SummitFormat, Text, Tour, TourStep,
};
pub use validate::{TextKind, is_web_url};
mod bundled;
mod compare;
mod country_names;
mod counts;
mod date;
mod describe;
mod error;
mod involvement;
pub mod lesson;
mod lines;
mod load;
mod locate;
mod look;
mod memberships;
mod read;
mod report;
mod search;
mod split;
mod stepping;
mod text;
mod tours;
mod translations;
mod types;
pub mod v1;
mod validate;
mod versions;
mod whole;

/// A status decision taken at an event: which country got which status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    /// Index of the country in [`DatasetFile::countries`].
    pub country: usize,
    /// Index of the period in that country's `statuses`.
    pub period: usize,
}

/// Something a tour step or a slide can show: an event or a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An event, by index.
    Event(usize),
    /// A country, by index.
    Country(usize),
}

/// One step of a presentation: what to show and the teacher's note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// What the slide shows.
    pub target: Target,
    /// The teacher's note (presenter view only).
    pub note: Option<Text>,
    /// What the slide shows of the target.
    pub view: StepView,
}

/// A validated dataset plus everything derived from it once, at load time.
///
/// Indices (`usize`) refer to positions in [`DatasetFile::countries`] and
/// [`DatasetFile::events`].
///
/// The derived data is kept small for datasets of a hundred thousand events:
/// what there is one of per event is a `u32` index where the public interface
/// allows it, events are found by id with a binary search in a list of indices
/// sorted by id (not a map holding a second copy of every id), and the few
/// events at which statuses were decided are one sorted list, not a list per
/// event.
#[derive(Clone, Debug)]
pub struct Dataset {
    name: String,
    file: DatasetFile,
    country_by_code: HashMap<CountryCode, usize>,
    /// Event indices sorted by the events' ids.
    events_by_id: Vec<u32>,
    source_by_id: HashMap<Id, usize>,
    status_by_id: HashMap<Id, usize>,
    kind_by_id: HashMap<Id, usize>,
    /// The index of each event's kind in [`DatasetFile::kinds`] (`u32::MAX`: unknown).
    kind_of_event: Vec<u32>,
    events_in_order: Vec<usize>,
    rank_of_event: Vec<u32>,
    count_steps: Vec<(NaiveDate, StatusCounts)>,
    /// The counts before any status is held (knowing which statuses are membership).
    no_counts: StatusCounts,
    events_of_country: Vec<Vec<usize>>,
    /// Status decisions sorted by the event they were taken at...
    decisions: Vec<Decision>,
    /// ...and that event's index, for each of them.
    decision_events: Vec<u32>,
    first_day: NaiveDate,
    last_day: NaiveDate,
    /// Whether any event's place is located by a GeoNames record (the map
    /// then credits GeoNames, as its licence asks).
    places_from_geonames: bool,
}

/// An index as stored in the derived data: a file of at most
/// [`MAX_FILE_BYTES`] cannot hold anywhere near `u32::MAX` records.
pub(super) fn small(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

impl Dataset {
    /// Builds the derived data for a dataset that passed validation.
    pub(crate) fn new(name: String, file: DatasetFile) -> Self {
        let country_by_code = index_by(&file.countries, |c| &c.code);
        let source_by_id = index_by(&file.sources, |s| &s.id);
        let status_by_id = index_by(&file.statuses, |s| &s.id);
        let kind_by_id = index_by(&file.kinds, |k| &k.id);
        let events = &file.events;
        let mut events_by_id: Vec<u32> = (0..events.len()).map(small).collect();
        // Validation makes ids unique, so the order is total.
        events_by_id.sort_unstable_by(|&a, &b| events[a as usize].id.cmp(&events[b as usize].id));
        // Validation makes every kind known; an unknown one would sort last.
        let kind_of_event: Vec<u32> = events
            .iter()
            .map(|e| kind_by_id.get(&e.kind).map_or(u32::MAX, |&k| small(k)))
            .collect();

        let mut events_in_order: Vec<usize> = (0..events.len()).collect();
        // Same-day events in lane order, then by id: a stable, meaningful order
        // (ids are unique, so an unstable sort gives the same order).
        events_in_order.sort_unstable_by(|&a, &b| {
            let (ea, eb) = (&events[a], &events[b]);
            (ea.start, kind_of_event[a], &ea.id).cmp(&(eb.start, kind_of_event[b], &eb.id))
        });
        let mut rank_of_event = vec![0; events.len()];
        for (rank, &event) in events_in_order.iter().enumerate() {
            rank_of_event[event] = small(rank);
        }

        let (events_of_country, decision_events, decisions) = involvement(
            &file,
            &country_by_code,
            &events_by_id,
            &events_in_order,
            &rank_of_event,
        );

        // Validation refuses more than MAX_STATUSES statuses, so none is left uncounted.
        let member_mask = file
            .statuses
            .iter()
            .take(MAX_STATUSES)
            .enumerate()
            .filter(|(_, s)| s.counts_as_member)
            .fold(0u16, |mask, (i, _)| mask | (1 << i));
        let count_steps = count_steps(
            &file.countries,
            |id| status_by_id.get(id).copied(),
            member_mask,
        );
        let event_days = events
            .iter()
            .flat_map(|e| [e.start.first_day(), e.end.unwrap_or(e.start).last_day()]);
        let status_days = count_steps.iter().map(|(d, _)| *d);
        let (first_day, last_day) = event_days
            .chain(status_days)
            .fold(None, |range: Option<(NaiveDate, NaiveDate)>, day| {
                Some(range.map_or((day, day), |(lo, hi)| (lo.min(day), hi.max(day))))
            })
            .unwrap_or_else(|| {
                let fallback = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(NaiveDate::MIN);
                (fallback, fallback)
            });
        let places_from_geonames = file.events.iter().any(|e| {
            e.place
                .located_by
                .as_ref()
                .and_then(|id| source_by_id.get(id))
                .and_then(|&i| file.sources.get(i))
                .is_some_and(|s| s.url.contains("geonames.org/"))
        });
        Self {
            name,
            places_from_geonames,
            country_by_code,
            events_by_id,
            source_by_id,
            status_by_id,
            kind_by_id,
            kind_of_event,
            no_counts: StatusCounts::new(member_mask),
            events_in_order,
            rank_of_event,
            count_steps,
            events_of_country,
            decisions,
            decision_events,
            first_day,
            last_day,
            file,
        }
    }

    /// Name of the dataset's file (or [`BUNDLED_NAME`]).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The records as read from the file.
    pub fn file(&self) -> &DatasetFile {
        &self.file
    }

    /// Index of the country with this code.
    pub fn country_index(&self, code: &str) -> Option<usize> {
        self.country_by_code.get(code).copied()
    }

    /// The country with this code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_index(code)
            .and_then(|i| self.file.countries.get(i))
    }

    /// The name of the country with this code in `lang` (see [`country_name`]),
    /// or the code itself if the dataset lacks the country.
    pub fn country_name<'a>(&'a self, code: &'a str, lang: Lang) -> Shown<'a> {
        self.country(code)
            .map_or(Shown::exact(code), |c| country_name(c, lang))
    }

    /// The event or country with this id or code.
    pub fn resolve(&self, id: &str) -> Option<Target> {
        self.event_index(id)
            .map(Target::Event)
            .or_else(|| self.country_index(id).map(Target::Country))
    }

    /// Index of the event with this id.
    pub fn event_index(&self, id: &str) -> Option<usize> {
        let events = &self.file.events;
        let found = self
            .events_by_id
            .binary_search_by(|&e| {
                events
                    .get(e as usize)
                    .map_or("", |event| event.id.as_str())
                    .cmp(id)
            })
            .ok()?;
        self.events_by_id.get(found).map(|&e| e as usize)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index(id).and_then(|i| self.file.events.get(i))
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_by_id
            .get(id)
            .and_then(|&i| self.file.sources.get(i))
    }

    /// The sources a slide of `target` cites (an event's, or those of a
    /// country's status periods), each once, in the order first cited, and
    /// only those the dataset lists.
    pub fn sources_of(&self, target: Target) -> Vec<&Source> {
        let ids: Vec<&Id> = match target {
            Target::Event(e) => self
                .file
                .events
                .get(e)
                .map(|event| event.sources.iter().collect())
                .unwrap_or_default(),
            Target::Country(c) => self
                .file
                .countries
                .get(c)
                .map(|country| {
                    country
                        .statuses
                        .iter()
                        .flat_map(|period| &period.sources)
                        .collect()
                })
                .unwrap_or_default(),
        };
        let mut sources: Vec<&Source> = Vec::new();
        for source in ids.into_iter().filter_map(|id| self.source(id)) {
            if !sources.iter().any(|s| s.id == source.id) {
                sources.push(source);
            }
        }
        sources
    }

    /// Event indices sorted by start date.
    pub fn events_in_time_order(&self) -> &[usize] {
        &self.events_in_order
    }

    /// The event after `current` in time order (the first event when nothing is current).
    pub fn next_event(&self, current: Option<usize>) -> Option<usize> {
        let rank = match current {
            None => 0,
            Some(e) => *self.rank_of_event.get(e)? as usize + 1,
        };
        self.events_in_order.get(rank).copied()
    }

    /// The event before `current` in time order (the last event when nothing is current).
    pub fn previous_event(&self, current: Option<usize>) -> Option<usize> {
        match current {
            None => self.events_in_order.last().copied(),
            Some(e) => {
                let rank = self.rank_of_event.get(e)?.checked_sub(1)?;
                self.events_in_order.get(rank as usize).copied()
            }
        }
    }

    /// The first event starting on or after `day`, in time order.
    pub fn first_event_from(&self, day: NaiveDate) -> Option<usize> {
        let rank = self
            .events_in_order
            .partition_point(|&e| self.file.events[e].start.first_day() < day);
        self.events_in_order.get(rank).copied()
    }

    /// The status period a country was in on `day`, if any.
    pub fn status_on(&self, country: usize, day: NaiveDate) -> Option<&StatusPeriod> {
        period_on(&self.file.countries.get(country)?.statuses, day)
    }

    /// How many countries held each status on `day` (a lookup in the precomputed steps).
    pub fn counts_on(&self, day: NaiveDate) -> StatusCounts {
        let after = self.count_steps.partition_point(|(d, _)| *d <= day);
        after
            .checked_sub(1)
            .and_then(|i| self.count_steps.get(i))
            .map_or(self.no_counts, |(_, c)| *c)
    }

    /// Every day on which some status changed, with the counts from that day on.
    pub fn count_steps(&self) -> &[(NaiveDate, StatusCounts)] {
        &self.count_steps
    }

    /// Events a country took part in, observed, hosted, or had a status decided at, in time order.
    pub fn events_of_country(&self, country: usize) -> &[usize] {
        self.events_of_country
            .get(country)
            .map_or(&[], Vec::as_slice)
    }

    /// Events of the organisation's main kind (the top lane, e.g. summits) held
    /// in a country, in time order.
    pub fn hosted_main_events(&self, country: usize) -> impl Iterator<Item = usize> + '_ {
        let code = self.file.countries.get(country).map(|c| c.code.as_str());
        self.events_in_order.iter().copied().filter(move |&e| {
            self.kind_of_event.get(e) == Some(&0)
                && self.file.events[e].place.country.as_deref() == code
        })
    }

    /// The statuses, in display order.
    pub fn statuses(&self) -> &[StatusDef] {
        &self.file.statuses
    }

    /// The kinds of event, in lane order.
    pub fn kinds(&self) -> &[KindDef] {
        &self.file.kinds
    }

    /// Index of the status with this id.
    pub fn status_index(&self, id: &str) -> Option<usize> {
        self.status_by_id.get(id).copied()
    }

    /// The definition of the status with this id.
    pub fn status_def(&self, id: &str) -> Option<&StatusDef> {
        self.file.statuses.get(self.status_index(id)?)
    }

    /// Index of the kind with this id.
    pub fn kind_index(&self, id: &str) -> Option<usize> {
        self.kind_by_id.get(id).copied()
    }

    /// Index of an event's kind, in lane order.
    pub fn kind_index_of_event(&self, event: usize) -> Option<usize> {
        self.kind_of_event
            .get(event)
            .filter(|&&k| k != u32::MAX)
            .map(|&k| k as usize)
    }

    /// The definition of an event's kind.
    pub fn kind_of_event(&self, event: usize) -> Option<&KindDef> {
        self.file.kinds.get(self.kind_index_of_event(event)?)
    }

    /// The definition of the kind with this id.
    pub fn kind_def(&self, id: &str) -> Option<&KindDef> {
        self.file.kinds.get(self.kind_index(id)?)
    }

    /// Status decisions recorded as taken at an event.
    pub fn decisions_at(&self, event: usize) -> &[Decision] {
        let event = small(event);
        let start = self.decision_events.partition_point(|&e| e < event);
        let end = self.decision_events.partition_point(|&e| e <= event);
        self.decisions.get(start..end).unwrap_or(&[])
    }

    /// Whether a country took part in, observed or hosted an event.
    pub fn is_involved(&self, country: usize, event: usize) -> bool {
        // The list is sorted by time-order rank, so a binary search finds the event.
        let Some(&rank) = self.rank_of_event.get(event) else {
            return false;
        };
        self.events_of_country(country)
            .binary_search_by_key(&rank, |&e| self.rank_of_event.get(e).copied().unwrap_or(0))
            .is_ok()
    }

    /// Whether any event's place is located by a GeoNames record.
    pub fn places_from_geonames(&self) -> bool {
        self.places_from_geonames
    }

    /// The earliest day in the dataset (events and status changes).
    pub fn first_day(&self) -> NaiveDate {
        self.first_day
    }

    /// The latest day in the dataset (events and status changes).
    pub fn last_day(&self) -> NaiveDate {
        self.last_day
    }
}
