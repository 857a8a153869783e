//! Checks that need the whole dataset: unique ids, references between records,
//! dates in order, status periods without overlap, sources and web addresses.
//!
//! They run over every record that parsed, and report with the record's
//! position; ids of records that did not parse still count as declared. The
//! checks of declared statuses and kinds are in `definitions.rs`.

mod definitions;
mod lengths;
mod records;

pub use lengths::TextKind;

use std::collections::{HashMap, HashSet};

use super::PartialDate;
use super::StepView;
use super::locate::{Seg, locate};
use super::report::{Parsed, Record, Report};
use super::types::{Confidence, Country, CountryCode, Event, Id, Source, Tour};

/// Where a record's list of source ids sits, and the list itself.
type Cited<'s> = (&'s [Id], Vec<Seg>);

/// A list of records as the checks read it: each record's place in the file
/// and the record, if it parsed.
///
/// The record-by-record path checks [`Parsed`] records, which know their place;
/// the fast path checks the records as the dataset will keep them ([`Plain`]),
/// without wrapping or copying them: a problem there sends the file to the
/// record-by-record path, which reports it with its position.
pub(super) trait Records<T> {
    /// Every record, in file order.
    fn each<'s>(&'s self) -> impl Iterator<Item = (Record<'s>, Option<&'s T>)>
    where
        T: 's;
}

impl<T> Records<T> for [Parsed<'_, T>] {
    fn each<'s>(&'s self) -> impl Iterator<Item = (Record<'s>, Option<&'s T>)>
    where
        T: 's,
    {
        self.iter().map(|p| (p.record, p.value.as_ref()))
    }
}

/// Records read by the fast path: all parsed, with no place in the file.
pub(super) struct Plain<'s, T>(pub(super) &'s [T]);

impl<T> Records<T> for Plain<'_, T> {
    fn each<'s>(&'s self) -> impl Iterator<Item = (Record<'s>, Option<&'s T>)>
    where
        T: 's,
    {
        self.0.iter().map(|v| (Record::DETACHED, Some(v)))
    }
}

/// Cross-record checks: ids, references, dates, periods, text.
pub(super) struct Checker<'r, 'a> {
    report: &'r mut Report<'a>,
    source_ids: HashSet<Id>,
    country_codes: HashSet<CountryCode>,
    /// The codes of the countries that are states (memberships slides show those).
    state_codes: HashSet<CountryCode>,
    event_ids: HashSet<Id>,
    /// The declared statuses, by id.
    status_ids: HashSet<Id>,
    /// The declared kinds, by id: whether each is numbered.
    kinds: HashMap<Id, bool>,
}

/// The ids a list of records declares: each parsed record's own, and for a
/// record that failed to parse, its `field` if that much can be read. Counting
/// those keeps other records that refer to them free of a second, misleading
/// "unknown id" error.
fn declared_ids<T>(
    records: &(impl Records<T> + ?Sized),
    id: impl Fn(&T) -> &Id,
    field: &'static str,
) -> HashSet<Id> {
    records
        .each()
        .filter_map(|(record, value)| {
            value
                .map(|v| id(v).clone())
                .or_else(|| record.string_field(field).map(Id::from))
        })
        .collect()
}

impl<'r, 'a> Checker<'r, 'a> {
    pub(super) fn new(
        report: &'r mut Report<'a>,
        sources: &(impl Records<Source> + ?Sized),
        countries: &(impl Records<Country> + ?Sized),
        events: &(impl Records<Event> + ?Sized),
        tours: &(impl Records<Tour> + ?Sized),
    ) -> Self {
        let source_ids = declared_ids(sources, |s| &s.id, "id");
        let country_codes = declared_ids(countries, |c| &c.code, "code");
        let event_ids = declared_ids(events, |e| &e.id, "id");
        let state_codes = countries
            .each()
            .filter_map(|(_, c)| c.filter(|c| c.state).map(|c| c.code.clone()))
            .collect();
        let mut checker = Self {
            report,
            source_ids,
            country_codes,
            state_codes,
            event_ids,
            status_ids: HashSet::new(),
            kinds: HashMap::new(),
        };
        checker.check_unique(sources, "id", "source", |s: &Source| &s.id);
        checker.check_unique(countries, "code", "country", |c: &Country| &c.code);
        checker.check_unique(events, "id", "event", |e: &Event| &e.id);
        checker.check_unique(tours, "id", "tour", |t: &Tour| &t.id);
        checker.check_ids_apart_from_codes(events);
        checker
    }

    /// An event id may not equal a country code: tour steps, `--select` and
    /// view codes name either by the same text and could not reach both.
    fn check_ids_apart_from_codes(&mut self, events: &(impl Records<Event> + ?Sized)) {
        for (record, event) in events.each() {
            let Some(event) = event else { continue };
            if self.country_codes.contains(&event.id) {
                self.report.push(
                    &record,
                    &[Seg::Field("id")],
                    format!(
                        "event id \"{}\" is also a country's code: give the event an id of its own",
                        event.id
                    ),
                );
            }
        }
    }

    fn check_unique<T>(
        &mut self,
        records: &(impl Records<T> + ?Sized),
        field: &'static str,
        what: &str,
        id_of: impl Fn(&T) -> &Id,
    ) {
        // The first record of each id, and its line once a duplicate asked for it
        // (kept, so that 10,000 copies of one id do not each locate the first).
        let mut first_record: HashMap<&str, (Record<'_>, Option<usize>)> = HashMap::new();
        for (record, value) in records.each() {
            let Some(value) = value else { continue };
            let id = id_of(value);
            if let Some((first, line)) = first_record.get_mut(id.as_str()) {
                let first_line = match *line {
                    Some(known) => known,
                    None => {
                        let offset = locate(first.text, &[Seg::Field(field)]).unwrap_or(0);
                        let (found, _) = self.report.line_col(first.offset + offset);
                        *line = Some(found);
                        found
                    }
                };
                self.report.push(
                    &record,
                    &[Seg::Field(field)],
                    format!("duplicate {what} {field} \"{id}\": already used on line {first_line}; every {what} needs its own {field}"),
                );
            } else {
                first_record.insert(id, (record, None));
            }
        }
    }

    fn non_empty(&mut self, record: &Record<'_>, path: &[Seg], name: &str, value: &str) {
        if super::text::is_blank(value) {
            self.report
                .push(record, path, format!("{name} is empty; write a few words"));
        }
    }

    fn check_confidence(&mut self, record: &Record<'_>, path: &[Seg], confidence: &Confidence) {
        if confidence.note().is_some_and(super::text::Text::is_blank) {
            self.report.push(
                record,
                path,
                format!(
                    "a {} mark needs a note saying what is uncertain, e.g. Conflict(\"S2 gives 1996-04-26; S15 gives 1996-04-25\")",
                    confidence.label()
                ),
            );
        }
    }

    fn check_cited(&mut self, record: &Record<'_>, cited: Cited<'_>) {
        let (ids, path) = cited;
        if ids.is_empty() {
            let mut at = path.clone();
            at.push(Seg::Field("sources"));
            self.report.push(
                record,
                &at,
                "no source given: every fact needs at least one source id, e.g. sources: [\"S20\"]"
                    .to_owned(),
            );
        }
        for (i, id) in ids.iter().enumerate() {
            if !self.source_ids.contains(id) {
                let mut at = path.clone();
                at.extend([Seg::Field("sources"), Seg::Index(i)]);
                self.report.push(
                    record,
                    &at,
                    format!("unknown source \"{id}\": add it to the `sources` list or fix the id"),
                );
            }
        }
    }

    /// Coordinates come in pairs, with their source, and never on an area.
    fn check_coordinates(&mut self, record: &Record<'_>, place: &crate::model::Place) {
        let at = |field| [Seg::Field("place"), Seg::Field(field)];
        match (place.lat, place.lon) {
            (Some(_), None) => self.report.push(
                record,
                &at("lat"),
                "latitude without longitude: give both `lat` and `lon`, or neither".to_owned(),
            ),
            (None, Some(_)) => self.report.push(
                record,
                &at("lon"),
                "longitude without latitude: give both `lat` and `lon`, or neither".to_owned(),
            ),
            (Some(_), Some(_)) if place.area => self.report.push(
                record,
                &at("area"),
                "an area has no single point: remove `lat` and `lon`, or `area: true`".to_owned(),
            ),
            _ => {}
        }
        if let Some(id) = &place.located_by {
            if !self.source_ids.contains(id) {
                self.report.push(
                    record,
                    &at("located_by"),
                    format!("unknown source \"{id}\": add it to the `sources` list or fix the id"),
                );
            }
            if place.lat.is_none() {
                self.report.push(
                    record,
                    &at("located_by"),
                    "`located_by` names the source of `lat` and `lon`, which are missing"
                        .to_owned(),
                );
            }
        }
    }

    fn check_country_ref(&mut self, record: &Record<'_>, path: &[Seg], code: &str) {
        if !self.country_codes.contains(code) {
            self.report.push(
                record,
                path,
                format!("unknown country \"{code}\": add a Country(code: \"{code}\", ...) record or fix the code (ISO 3166-1 alpha-3, e.g. \"KAZ\")"),
            );
        }
    }

    fn check_span(
        &mut self,
        record: &Record<'_>,
        path: &[Seg],
        start: PartialDate,
        end: Option<PartialDate>,
        (start_name, end_name): (&str, &'static str),
    ) {
        if let Some(end) = end
            && end.last_day() < start.first_day()
        {
            let mut at = path.to_vec();
            at.push(Seg::Field(end_name));
            self.report.push(
                record,
                &at,
                format!(
                    "{end_name} {end} is before {start_name} {start}; swap them or fix the date"
                ),
            );
        }
    }

    pub(super) fn check_sources(&mut self, sources: &(impl Records<Source> + ?Sized)) {
        for (record, source) in sources.each() {
            let Some(source) = source else {
                continue;
            };
            self.source_lengths(&record, source);
            self.non_empty(&record, &[Seg::Field("id")], "id", &source.id);
            self.non_empty(&record, &[Seg::Field("title")], "title", &source.title);
            if has_user_part(&source.url) {
                self.report.push(
                    &record,
                    &[Seg::Field("url")],
                    format!(
                        "url \"{}\" has a user name (text and `@` before the host): the app would show that text as the site; write the address without it",
                        source.url
                    ),
                );
            } else if !is_web_url(&source.url) {
                self.report.push(
                    &record,
                    &[Seg::Field("url")],
                    format!(
                        "url \"{}\" is not a web address: it must start with http:// or https://",
                        source.url
                    ),
                );
            }
        }
    }

    pub(super) fn check_events(&mut self, events: &(impl Records<Event> + ?Sized)) {
        for (record, event) in events.each() {
            let Some(event) = event else { continue };
            self.event_lengths(&record, event);
            self.non_empty(&record, &[Seg::Field("id")], "id", &event.id);
            self.non_empty(&record, &[Seg::Field("title")], "title", event.title.en());
            self.check_span(&record, &[], event.start, event.end, ("start", "end"));
            if let Some(code) = &event.place.country {
                self.check_country_ref(
                    &record,
                    &[Seg::Field("place"), Seg::Field("country")],
                    code,
                );
            }
            self.check_coordinates(&record, &event.place);
            if let Some(lat) = event.place.lat
                && !(-90.0..=90.0).contains(&lat)
            {
                self.report.push(
                    &record,
                    &[Seg::Field("place"), Seg::Field("lat")],
                    format!("latitude {lat} is outside -90..90"),
                );
            }
            if let Some(lon) = event.place.lon
                && !(-180.0..=180.0).contains(&lon)
            {
                self.report.push(
                    &record,
                    &[Seg::Field("place"), Seg::Field("lon")],
                    format!("longitude {lon} is outside -180..180"),
                );
            }
            for (field, codes) in [
                ("participants", &event.participants),
                ("observers", &event.observers),
            ] {
                for (i, code) in codes.iter().enumerate() {
                    self.check_country_ref(&record, &[Seg::Field(field), Seg::Index(i)], code);
                }
            }
            self.check_kind(&record, event);
            for (i, outcome) in event.outcomes.iter().enumerate() {
                self.non_empty(
                    &record,
                    &[Seg::Field("outcomes"), Seg::Index(i)],
                    "outcome",
                    outcome.en(),
                );
            }
            self.check_cited(&record, (&event.sources, Vec::new()));
            self.check_confidence(&record, &[Seg::Field("confidence")], &event.confidence);
        }
    }

    pub(super) fn check_tours(&mut self, tours: &(impl Records<Tour> + ?Sized)) {
        for (record, tour) in tours.each() {
            let Some(tour) = tour else { continue };
            self.tour_lengths(&record, tour);
            self.non_empty(&record, &[Seg::Field("title")], "title", tour.title.en());
            if tour.steps.is_empty() {
                self.report.push(
                    &record,
                    &[Seg::Field("steps")],
                    "a tour needs at least one step".to_owned(),
                );
            }
            for (i, step) in tour.steps.iter().enumerate() {
                if !self.event_ids.contains(&step.target)
                    && !self.country_codes.contains(&step.target)
                {
                    self.report.push(
                        &record,
                        &[Seg::Field("steps"), Seg::Index(i), Seg::Field("target")],
                        format!("unknown tour step \"{}\": use an event id or a country code from this dataset", step.target),
                    );
                } else if step.view == StepView::Memberships
                    && !self.state_codes.contains(&step.target)
                {
                    self.report.push(
                        &record,
                        &[Seg::Field("steps"), Seg::Index(i), Seg::Field("view")],
                        format!("a Memberships step shows a country's memberships: \"{}\" is not a state of this dataset (use a country code such as \"KAZ\")", step.target),
                    );
                }
            }
        }
    }
}

/// True for `http://` and `https://` addresses with a host after the scheme.
///
/// The scheme is matched without regard to case (`HTTPS://` is a web address,
/// as RFC 3986 says); every other scheme, such as `javascript:`, is refused.
/// So is an address with a user part (`https://good.org@evil.org/` goes to
/// evil.org, though a reader sees good.org first; `https://@` has no host).
pub fn is_web_url(url: &str) -> bool {
    authority(url).is_some_and(|host| !host.is_empty() && !host.contains('@'))
        && !url.chars().any(char::is_whitespace)
}

/// The part of an http or https address between the scheme and the path.
fn authority(url: &str) -> Option<&str> {
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        url.get(..scheme.len())
            .filter(|head| head.eq_ignore_ascii_case(scheme))
            .and_then(|_| url.get(scheme.len()..))
    })?;
    rest.split(['/', '?', '#']).next()
}

/// Whether a web address has a user part (`user@host`).
fn has_user_part(url: &str) -> bool {
    authority(url).is_some_and(|host| host.contains('@'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls() {
        assert!(is_web_url("https://example.org/a?b"));
        assert!(is_web_url("http://eng.sectsco.org/"));
        for bad in [
            "ftp://x.org",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "HTTPS://",
            "https:// x",
            "https://@",
            "https://good.org@evil.org/",
            "http://user:pass@example.org/a",
            "example.org",
            "httpsx://example.org",
            "é",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn url_schemes_are_case_insensitive() {
        for good in ["HTTPS://example.org/", "Http://example.org", "hTTp://x.y/z"] {
            assert!(is_web_url(good), "{good}");
        }
    }
}
