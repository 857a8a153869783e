//! Fact tests for the bundled ASEAN dataset (`assets/asean.ron`) against the
//! fact sheet it was built from (`shared/reference/asean-facts.md`): every
//! member's accession date (§2), the observers that became members (§3),
//! member headcounts on a few days, the joint summits with two numbers and
//! the numbering 1-47 (§5), the partners that are not states (§4a), notes on
//! every disputed or unconfirmed record, and the tours.
//!
//! Every expected value comes from the fact sheet, never from the data file.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sco_explorer::model::{Confidence, Dataset, StatusPeriod, find_bundled};

fn asean() -> Dataset {
    find_bundled("asean")
        .unwrap()
        .load()
        .unwrap_or_else(|error| panic!("the bundled ASEAN dataset must load: {error:?}"))
}

/// The status period `code` holds on `on`, if any.
fn period<'a>(dataset: &'a Dataset, code: &str, on: NaiveDate) -> Option<&'a StatusPeriod> {
    let country = dataset
        .country_index(code)
        .unwrap_or_else(|| panic!("{code} missing"));
    dataset.status_on(country, on)
}

/// The status id `code` holds on `on`, if any.
fn status<'a>(dataset: &'a Dataset, code: &str, on: NaiveDate) -> Option<&'a str> {
    period(dataset, code, on).map(|p| p.status.as_str())
}

/// Asserts that `code` became a member on exactly `joined`: not the day before.
fn member_from(dataset: &Dataset, code: &str, joined: NaiveDate) {
    assert_eq!(
        status(dataset, code, joined),
        Some("member"),
        "{code} on {joined}"
    );
    let before = joined.pred_opt().unwrap();
    assert_ne!(
        status(dataset, code, before),
        Some("member"),
        "{code} already a member on {before}"
    );
    assert_eq!(
        period(dataset, code, joined).unwrap().from.first_day(),
        joined,
        "{code}'s membership period starts on {joined}"
    );
}

#[test]
fn every_member_joined_on_the_fact_sheets_day() {
    let dataset = asean();
    // §2: the five founders signed the Bangkok Declaration on 1967-08-08.
    for code in ["IDN", "MYS", "PHL", "SGP", "THA"] {
        member_from(&dataset, code, day(1967, 8, 8));
    }
    member_from(&dataset, "VNM", day(1995, 7, 28));
    member_from(&dataset, "LAO", day(1997, 7, 23));
    member_from(&dataset, "MMR", day(1997, 7, 23));
    member_from(&dataset, "KHM", day(1999, 4, 30));
    member_from(&dataset, "TLS", day(2025, 10, 26));
}

#[test]
fn brunei_joined_on_1984_01_07_with_the_conflict_naming_1984_01_08() {
    let dataset = asean();
    member_from(&dataset, "BRN", day(1984, 1, 7));
    let membership = period(&dataset, "BRN", day(1984, 1, 7)).unwrap();
    let Confidence::Conflict(note) = &membership.confidence else {
        panic!(
            "Brunei's day is disputed (§2), found {:?}",
            membership.confidence
        );
    };
    assert!(
        note.en().contains("1984-01-07") && note.en().contains("1984-01-08"),
        "{note}"
    );
}

#[test]
fn observers_before_membership() {
    let dataset = asean();
    // §3: Timor-Leste observer from 2022-11-11, member from 2025-10-26.
    assert_eq!(status(&dataset, "TLS", day(2022, 11, 10)), None);
    assert_eq!(status(&dataset, "TLS", day(2022, 11, 11)), Some("observer"));
    assert_eq!(status(&dataset, "TLS", day(2025, 10, 25)), Some("observer"));
    assert_eq!(status(&dataset, "TLS", day(2025, 10, 26)), Some("member"));
    // §3: Myanmar observer from 1996-07-20; Vietnam and Laos from July 1992.
    assert_eq!(status(&dataset, "MMR", day(1996, 7, 20)), Some("observer"));
    assert_eq!(status(&dataset, "MMR", day(1996, 7, 19)), None);
    for code in ["VNM", "LAO"] {
        assert_eq!(
            status(&dataset, code, day(1992, 7, 31)),
            Some("observer"),
            "{code}"
        );
    }
    // §3: Papua New Guinea, observer since 1976 and still one.
    assert_eq!(status(&dataset, "PNG", day(1976, 12, 31)), Some("observer"));
    assert_eq!(status(&dataset, "PNG", day(2025, 12, 31)), Some("observer"));
}

#[test]
fn member_headcounts_follow_the_enlargements() {
    let dataset = asean();
    let members = |on: NaiveDate| dataset.counts_on(on).core();
    // §2: five founders, Brunei the sixth (1984), Vietnam the seventh (1995),
    // Laos and Myanmar (1997), Cambodia the tenth (1999), Timor-Leste the 11th (2025).
    assert_eq!(members(day(1967, 8, 8)), 5);
    assert_eq!(members(day(1983, 6, 1)), 5);
    assert_eq!(members(day(1990, 1, 1)), 6);
    assert_eq!(members(day(1995, 7, 28)), 7);
    assert_eq!(members(day(1997, 7, 23)), 9);
    assert_eq!(members(day(2000, 1, 1)), 10);
    assert_eq!(members(day(2025, 10, 25)), 10);
    assert_eq!(members(day(2025, 10, 26)), 11);
}

#[test]
fn joint_summits_carry_two_numbers() {
    let dataset = asean();
    // §5 and the format notes: 28th/29th, 38th/39th, 40th/41st, 44th/45th were single meetings.
    for (id, numbers) in [
        ("asean-summit-28-29", [28, 29]),
        ("asean-summit-38-39", [38, 39]),
        ("asean-summit-40-41", [40, 41]),
        ("asean-summit-44-45", [44, 45]),
    ] {
        let event = dataset.event(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(event.kind, "summit", "{id}");
        assert_eq!(event.numbers, numbers, "{id}");
    }
    let joint: Vec<_> = dataset
        .file()
        .events
        .iter()
        .filter(|e| e.numbers.len() > 1)
        .map(|e| e.numbers.clone())
        .collect();
    assert_eq!(
        joint,
        [vec![28, 29], vec![38, 39], vec![40, 41], vec![44, 45]]
    );
}

#[test]
fn summit_numbers_1_to_47_each_appear_once() {
    let dataset = asean();
    let mut seen: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for event in &dataset.file().events {
        for &number in &event.numbers {
            assert_eq!(event.kind, "summit", "{} carries a number", event.id);
            seen.entry(number).or_default().push(&event.id);
        }
    }
    for number in 1..=47 {
        let ids = seen.get(&number).map_or(&[][..], Vec::as_slice);
        assert_eq!(ids.len(), 1, "summit number {number}: {ids:?}");
    }
    // The 47th (26-28 October 2025) is the last summit of the sheet.
    assert_eq!(seen.keys().copied().max(), Some(47));
    assert_eq!(seen.len(), 47);
}

#[test]
fn the_eu_and_undp_are_partners_that_are_not_states() {
    let dataset = asean();
    for code in ["EU", "UNDP"] {
        let country = dataset
            .country(code)
            .unwrap_or_else(|| panic!("{code} missing"));
        assert!(!country.state, "{code} is not a state");
        // §4a: dialogue partners since 1977.
        assert_eq!(
            status(&dataset, code, day(1977, 12, 31)),
            Some("dialogue-partner"),
            "{code}"
        );
    }
    let non_states: Vec<_> = dataset
        .file()
        .countries
        .iter()
        .filter(|c| !c.state)
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(non_states, ["EU", "UNDP"]);
}

/// Every record's confidence mark with a name for messages.
fn marks(dataset: &Dataset) -> Vec<(String, &Confidence)> {
    let file = dataset.file();
    let org = &file.organisation;
    let mut marks = vec![("founded".to_owned(), &org.founded.confidence)];
    marks.extend(
        org.milestones
            .iter()
            .map(|m| (m.title.en().to_owned(), &m.confidence)),
    );
    marks.extend(
        org.bodies
            .iter()
            .map(|b| (b.name.en().to_owned(), &b.confidence)),
    );
    marks.extend(
        org.secretaries_general
            .iter()
            .map(|s| (s.name.en().to_owned(), &s.confidence)),
    );
    for country in &file.countries {
        marks.extend(
            country
                .statuses
                .iter()
                .map(|p| (format!("{} {}", country.code, p.from), &p.confidence)),
        );
    }
    marks.extend(
        file.events
            .iter()
            .map(|e| (e.id.to_string(), &e.confidence)),
    );
    marks
}

#[test]
fn every_conflict_and_unverified_mark_has_a_note() {
    let dataset = asean();
    let marks = marks(&dataset);
    let mut marked = 0;
    for (what, confidence) in &marks {
        if let Confidence::Conflict(note) | Confidence::Unverified(note) = confidence {
            marked += 1;
            assert!(
                note.en().trim().len() > 10,
                "{what}: a {} mark with note {note:?}",
                confidence.label()
            );
        }
    }
    // The sheet has 17 CONFLICT and 5 UNVERIFIED rows, and 9 MIXED ones; not every row
    // is a record, so only check that marks were kept at all.
    assert!(marked >= 10, "only {marked} marked records");
}

#[test]
fn every_tour_step_resolves() {
    let dataset = asean();
    let tours = &dataset.file().tours;
    assert!(!tours.is_empty());
    for tour in tours {
        assert!(!tour.steps.is_empty(), "{}", tour.id);
        for step in &tour.steps {
            assert!(
                dataset.resolve(&step.target).is_some(),
                "tour {}: step {} does not resolve",
                tour.id,
                step.target
            );
        }
        assert_eq!(
            dataset.presentation_len(Some(&tour.id)),
            tour.steps.len(),
            "{}",
            tour.id
        );
    }
}
