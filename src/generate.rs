//! A deterministic generator of synthetic datasets, for benchmarks and stress tests.
//!
//! [`generate`] writes a dataset in the documented RON format (see README, "Dataset
//! format") with the requested number of countries and events. The same options
//! always give the same bytes: all randomness comes from a small SplitMix64
//! generator seeded with [`GenerateOptions::seed`], so there is no dependency on
//! a random-number crate and no dependency on the clock.
//!
//! The output is valid by construction: country codes are unique three-letter
//! codes, each country's status periods follow each other without overlap, every
//! event refers only to countries and sources of the file, and all dates exist.
//! Events span 1996 to 2025, like the SCO's own history, so the timeline of a
//! synthetic dataset has the same scale as the bundled one, only denser.

use std::fmt::Write as _;

use chrono::{Datelike as _, Days, NaiveDate};

use crate::model::OLDEST_FORMAT_VERSION as FORMAT_VERSION;
use crate::rng::SplitMix64;
// The generator writes format version 1 (the SCO's statuses and kinds built
// in), which every later version still reads.
use crate::model::v1::{EventKind, Status};

/// Largest number of countries: every three-capital-letter code once (26³).
pub const MAX_COUNTRIES: usize = 26 * 26 * 26;

/// Largest number of events the generator writes (about 235 MB of text, under
/// the loader's `MAX_FILE_BYTES`).
pub const MAX_EVENTS: usize = 1_000_000;

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenerateOptions {
    /// Number of countries, 1 to [`MAX_COUNTRIES`].
    pub countries: usize,
    /// Number of events, 0 to [`MAX_EVENTS`].
    pub events: usize,
    /// Seed of the pseudo-random generator; the same seed gives the same file.
    pub seed: u64,
}

/// Why a dataset could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The number of countries is out of range.
    #[error("the number of countries must be between 1 and {MAX_COUNTRIES}, not {0}")]
    Countries(usize),
    /// The number of events is out of range.
    #[error("the number of events must be at most {MAX_EVENTS}, not {0}")]
    Events(usize),
    /// Formatting the text failed (does not happen when writing to a `String`).
    #[error("cannot format the dataset: {0}")]
    Format(#[from] std::fmt::Error),
}

const SYLLABLES: [&str; 24] = [
    "ka", "ra", "stan", "mir", "do", "lia", "ven", "to", "sha", "bel", "ur", "nor", "qa", "zi",
    "an", "es", "ol", "ma", "ri", "gor", "te", "bu", "li", "xan",
];

const SERIES: [&str; 8] = [
    "Peace Mission",
    "Tianshan",
    "Norak Anti-Terror",
    "Solidarity",
    "Cooperation",
    "Interaction",
    "Border Defence",
    "Emergency Response",
];

/// A capitalised made-up name of two or three syllables.
fn name(rng: &mut SplitMix64) -> String {
    let count = 2 + rng.below(2);
    let mut text = String::new();
    for _ in 0..count {
        text.push_str(rng.pick(&SYLLABLES).copied().unwrap_or("ka"));
    }
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The three-letter code of country number `index` ("AAA", "AAB", ...).
fn country_code(index: usize) -> String {
    let letter = |n: usize| char::from(b'A' + (n % 26) as u8);
    [index / 676, index / 26, index]
        .into_iter()
        .map(letter)
        .collect()
}

/// A dated point on the generator's calendar, with the precision it is written at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Day {
    date: NaiveDate,
    /// 0: day, 1: month only, 2: year only.
    precision: u8,
}

impl Day {
    fn text(self) -> String {
        match self.precision {
            0 => self.date.format("%Y-%m-%d").to_string(),
            1 => self.date.format("%Y-%m").to_string(),
            _ => self.date.format("%Y").to_string(),
        }
    }
}

/// First and last day events and status changes may fall on.
fn calendar() -> (NaiveDate, u64) {
    let first = NaiveDate::from_ymd_opt(1996, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap_or(NaiveDate::MIN);
    let days = u64::try_from((last - first).num_days()).unwrap_or(0);
    (first, days)
}

fn day_after(first: NaiveDate, offset: usize) -> NaiveDate {
    first
        .checked_add_days(Days::new(offset as u64))
        .unwrap_or(first)
}

struct GeneratedEvent {
    kind: EventKind,
    start: Day,
    end: Option<NaiveDate>,
}

/// The status sequences a synthetic country goes through.
const PATHS: [&[Status]; 7] = [
    &[Status::Member],
    &[Status::ShanghaiFive, Status::Member],
    &[Status::Observer, Status::Member],
    &[Status::Observer, Status::ScoPartner],
    &[Status::DialoguePartner, Status::Observer, Status::Member],
    &[Status::DialoguePartner, Status::ScoPartner],
    &[Status::DialoguePartner],
];

/// Generates a synthetic dataset as RON text; the same options always give the same text.
pub fn generate(options: &GenerateOptions) -> Result<String, GenerateError> {
    if !(1..=MAX_COUNTRIES).contains(&options.countries) {
        return Err(GenerateError::Countries(options.countries));
    }
    if options.events > MAX_EVENTS {
        return Err(GenerateError::Events(options.events));
    }
    let mut rng = SplitMix64::new(options.seed);
    let (first_day, span_days) = calendar();
    let span = usize::try_from(span_days).unwrap_or(0);
    let codes: Vec<String> = (0..options.countries).map(country_code).collect();
    let cities: Vec<String> = (0..64).map(|_| name(&mut rng)).collect();
    let world = World {
        codes: &codes,
        cities: &cities,
        source_count: (options.events / 500).clamp(5, 200),
        first_day,
        span,
    };
    // The random draws happen in a fixed order (cities, events, organisation,
    // countries, event details), which is what makes the output depend on the seed only.
    let events = make_events(&mut rng, &world, options.events);

    let mut out = String::with_capacity(200 * options.events + 400 * options.countries + 4096);
    write_head(&mut out, &mut rng, &world, options)?;
    write_countries(&mut out, &mut rng, &world, &events)?;
    write_events(&mut out, &mut rng, &world, &events)?;
    if let (Some(code), Some(_)) = (codes.first(), events.first()) {
        writeln!(
            out,
            "    tours: [Tour(id: \"tour\", title: \"A short tour\", steps: [TourStep(target: \"e0\"), TourStep(target: \"{code}\", note: Some(\"A country\"))])],"
        )?;
    }
    writeln!(out, ")")?;
    Ok(out)
}

/// What every part of the generated file draws on.
struct World<'a> {
    codes: &'a [String],
    cities: &'a [String],
    source_count: usize,
    first_day: NaiveDate,
    /// Days from `first_day` to the last day of the calendar.
    span: usize,
}

/// The events' kinds and dates, in time order, so that ids and summit numbers follow the calendar.
fn make_events(rng: &mut SplitMix64, world: &World<'_>, count: usize) -> Vec<GeneratedEvent> {
    let mut events: Vec<GeneratedEvent> = (0..count)
        .map(|_| {
            let kind = match rng.below(10) {
                0 => EventKind::Summit,
                1..=3 => EventKind::MilitaryExercise,
                4..=6 => EventKind::SecurityExercise,
                _ => EventKind::RescueDrill,
            };
            let date = day_after(world.first_day, rng.below(world.span + 1));
            let precision = match rng.below(20) {
                0 => 2,
                1 | 2 => 1,
                _ => 0,
            };
            // Year- and month-only dates are stored as their first day, as the loader does.
            let date = match precision {
                0 => date,
                1 => date.with_day0(0).unwrap_or(date),
                _ => date.with_ordinal0(0).unwrap_or(date),
            };
            let end =
                (precision == 0 && rng.chance(40)).then(|| day_after(date, 1 + rng.below(10)));
            GeneratedEvent {
                kind,
                start: Day { date, precision },
                end,
            }
        })
        .collect();
    events.sort_by_key(|e| e.start);
    events
}

/// The top-level fields, the organisation and the sources.
fn write_head(
    out: &mut String,
    rng: &mut SplitMix64,
    world: &World<'_>,
    options: &GenerateOptions,
) -> std::fmt::Result {
    let organisation = name(rng);
    writeln!(out, "Dataset(")?;
    writeln!(out, "    format_version: {FORMAT_VERSION},")?;
    writeln!(
        out,
        "    title: \"Synthetic dataset ({} countries, {} events, seed {})\",",
        options.countries, options.events, options.seed
    )?;
    writeln!(
        out,
        "    description: \"Made-up records written by `sco-explorer generate` for benchmarks and stress tests. Nothing in it is true.\","
    )?;
    writeln!(
        out,
        "    organisation: Organisation(name: \"{organisation} Cooperation Organisation\", short_name: \"SYN\", founded: Milestone(title: \"Organisation founded\", date: \"2001-06-15\", place: Some(\"{}\"), sources: [\"S1\"]), languages: [\"English\"], languages_sources: [\"S1\"]),",
        world.cities.first().map_or("Nowhere", String::as_str)
    )?;
    writeln!(out, "    sources: [")?;
    for s in 1..=world.source_count {
        writeln!(
            out,
            "        Source(id: \"S{s}\", title: \"Synthetic source {s}\", url: \"https://example.org/sources/{s}\"),"
        )?;
    }
    writeln!(out, "    ],")
}

/// Every country, with status periods that follow each other without overlap.
fn write_countries(
    out: &mut String,
    rng: &mut SplitMix64,
    world: &World<'_>,
    events: &[GeneratedEvent],
) -> std::fmt::Result {
    let summits: Vec<usize> = (0..events.len())
        .filter(|&i| events[i].kind == EventKind::Summit)
        .collect();
    writeln!(out, "    countries: [")?;
    let last_day = day_after(world.first_day, world.span);
    for code in world.codes {
        let path = rng.pick(&PATHS).copied().unwrap_or(&[Status::Member]);
        // The first status starts between 1996 and 2019; each next one 1 to 8 years later.
        let mut from = day_after(world.first_day, rng.below(24 * 365));
        let mut periods: Vec<(Status, NaiveDate, Option<NaiveDate>)> = Vec::new();
        for (i, &status) in path.iter().enumerate() {
            let next = day_after(from, 365 + rng.below(7 * 365));
            let ends = i + 1 < path.len() || rng.chance(10);
            let to = (ends && next <= last_day).then_some(next);
            periods.push((status, from, to));
            match to {
                Some(to) if i + 1 < path.len() => from = to,
                _ => break,
            }
        }
        writeln!(
            out,
            "        Country(code: \"{code}\", name: \"{}\", statuses: [",
            name(rng)
        )?;
        for (status, from, to) in periods {
            write!(
                out,
                "            StatusPeriod(status: {status:?}, from: \"{}\"",
                from.format("%Y-%m-%d")
            )?;
            if let Some(to) = to {
                write!(out, ", to: Some(\"{}\")", to.format("%Y-%m-%d"))?;
            }
            if rng.chance(30)
                && let Some(&summit) = rng.pick(&summits)
            {
                write!(out, ", decided_at: Some(\"e{summit}\")")?;
            }
            writeln!(
                out,
                ", sources: [\"S{}\"]),",
                1 + rng.below(world.source_count)
            )?;
        }
        writeln!(out, "        ]),")?;
    }
    writeln!(out, "    ],")
}

/// Every event, with a place, participants or a summit number, and a source.
fn write_events(
    out: &mut String,
    rng: &mut SplitMix64,
    world: &World<'_>,
    events: &[GeneratedEvent],
) -> std::fmt::Result {
    let codes = world.codes;
    writeln!(out, "    events: [")?;
    let mut summit_number = 0;
    for (i, event) in events.iter().enumerate() {
        let series = rng.pick(&SERIES).copied().unwrap_or("Cooperation");
        let title = match event.kind {
            EventKind::Summit => {
                summit_number += 1;
                format!("Summit {summit_number}")
            }
            // The generator makes no Heads of Government meetings; the arm keeps the match whole.
            EventKind::GovernmentMeeting => format!("Heads of Government meeting {i}"),
            EventKind::MilitaryExercise => format!("{series} {i}"),
            EventKind::SecurityExercise => format!("{series} security exercise {i}"),
            EventKind::RescueDrill => format!("Rescue drill {i}"),
        };
        write!(
            out,
            "        Event(id: \"e{i}\", kind: {:?}, title: \"{title}\", start: \"{}\"",
            event.kind,
            event.start.text()
        )?;
        if let Some(end) = event.end {
            write!(out, ", end: Some(\"{}\")", end.format("%Y-%m-%d"))?;
        }
        let host = rng.below(codes.len());
        write!(
            out,
            ", place: Place(city: Some(\"{}\"), country: Some(\"{}\"))",
            world
                .cities
                .get(rng.below(world.cities.len()))
                .map_or("", String::as_str),
            codes.get(host).map_or("", String::as_str)
        )?;
        if event.kind == EventKind::Summit {
            write!(
                out,
                ", number: Some({summit_number}), format: Some(InPerson)"
            )?;
        } else {
            write!(out, ", participants: [{}]", participants(rng, codes))?;
        }
        write!(
            out,
            ", sources: [\"S{}\"]",
            1 + rng.below(world.source_count)
        )?;
        if rng.chance(3) {
            write!(out, ", confidence: Unverified(\"dates not confirmed\")")?;
        }
        writeln!(out, "),")?;
    }
    writeln!(out, "    ],")
}

/// Two to six different country codes, quoted and joined for a RON list.
fn participants(rng: &mut SplitMix64, codes: &[String]) -> String {
    let wanted = (2 + rng.below(5)).min(codes.len());
    let mut taking_part: Vec<usize> = Vec::with_capacity(wanted);
    while taking_part.len() < wanted {
        let c = rng.below(codes.len());
        if !taking_part.contains(&c) {
            taking_part.push(c);
        }
    }
    let list: Vec<String> = taking_part
        .iter()
        .filter_map(|&c| codes.get(c).map(|code| format!("\"{code}\"")))
        .collect();
    list.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(countries: usize, events: usize, seed: u64) -> GenerateOptions {
        GenerateOptions {
            countries,
            events,
            seed,
        }
    }

    #[test]
    fn generated_datasets_load_without_problems() {
        for (countries, events, seed) in [(1, 0, 0), (3, 10, 1), (40, 1000, 7), (700, 3000, 42)] {
            let text = generate(&options(countries, events, seed)).unwrap();
            let dataset = crate::model::load_str("synthetic.ron", &text)
                .unwrap_or_else(|e| panic!("seed {seed}: {:?}", e.lines()));
            assert_eq!(dataset.file().countries.len(), countries);
            assert_eq!(dataset.file().events.len(), events);
        }
    }

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        let a = generate(&options(20, 500, 3)).unwrap();
        let b = generate(&options(20, 500, 3)).unwrap();
        let c = generate(&options(20, 500, 4)).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn out_of_range_counts_are_refused() {
        assert!(matches!(
            generate(&options(0, 10, 1)),
            Err(GenerateError::Countries(0))
        ));
        assert!(matches!(
            generate(&options(MAX_COUNTRIES + 1, 10, 1)),
            Err(GenerateError::Countries(_))
        ));
        assert!(matches!(
            generate(&options(5, MAX_EVENTS + 1, 1)),
            Err(GenerateError::Events(_))
        ));
    }

    #[test]
    fn country_codes_are_unique_capitals() {
        let codes: std::collections::HashSet<String> =
            (0..MAX_COUNTRIES).map(country_code).collect();
        assert_eq!(codes.len(), MAX_COUNTRIES);
        assert!(codes.iter().all(|c| c.len() == 3));
        assert_eq!(country_code(0), "AAA");
        assert_eq!(country_code(27), "ABB");
    }
}

/// The counts of statuses checked on generated datasets (they live here, not in
/// the model, so the model does not depend on the generator).
#[cfg(test)]
mod counts_tests {
    use super::{GenerateOptions, generate};
    use crate::model::{Country, Dataset, StatusCounts, load_bundled, load_str};
    use chrono::NaiveDate;

    /// Counts the statuses on `day` by asking every country, as the counts were once computed.
    fn counted_directly(dataset: &Dataset, day: NaiveDate) -> StatusCounts {
        let mut counts = dataset.counts_on(NaiveDate::MIN);
        for c in 0..dataset.file().countries.len() {
            if let Some(period) = dataset.status_on(c, day) {
                counts.add(dataset.status_index(&period.status).unwrap());
            }
        }
        counts
    }

    #[test]
    fn count_steps_agree_with_asking_every_country() {
        let options = GenerateOptions {
            countries: 300,
            events: 200,
            seed: 7,
        };
        let text = generate(&options).unwrap();
        for dataset in [
            load_bundled().unwrap(),
            load_str("synthetic.ron", &text).unwrap(),
        ] {
            let steps = dataset.count_steps();
            assert!(steps.len() > 10, "{}", steps.len());
            assert!(steps.windows(2).all(|w| w[0].0 < w[1].0), "days in order");
            for &(day, counts) in steps {
                assert_eq!(counts, counted_directly(&dataset, day), "{day}");
                let before = day.pred_opt().unwrap();
                assert_eq!(
                    dataset.counts_on(before),
                    counted_directly(&dataset, before)
                );
            }
        }
    }

    #[test]
    fn a_hundred_thousand_countries_are_counted_without_hanging() {
        let options = GenerateOptions {
            countries: 17_576,
            events: 10,
            seed: 3,
        };
        let text = generate(&options).unwrap();
        let single = load_str("big.ron", &text).unwrap();
        let mut file = single.file().clone();
        // Six copies of every country (codes like "ABC1"): about 105,000 countries
        // and thousands of change days; counting every country on every day never ends.
        let copies: Vec<Country> = (1..6)
            .flat_map(|k| {
                file.countries.iter().map(move |c| Country {
                    code: format!("{}{k}", c.code).into(),
                    ..c.clone()
                })
            })
            .collect();
        file.countries.extend(copies);
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || send.send(Dataset::new("big".to_owned(), file)).ok());
        let dataset = receive
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("counting did not finish within a minute");
        let day = single.last_day();
        assert_eq!(
            dataset.counts_on(day).total(),
            6 * single.counts_on(day).total()
        );
        assert_eq!(dataset.count_steps().len(), single.count_steps().len());
    }
}
