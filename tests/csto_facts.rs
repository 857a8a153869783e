//! Fact tests for the bundled CSTO dataset (`assets/csto.ron`) against the
//! fact sheet it was built from (`shared/reference/csto-facts.md`): the
//! parties to the 1992 Treaty and their accessions (§1, §2), the three that
//! left in 1999, the Charter members of 2002 and the disputed founding day
//! (§1), Uzbekistan's return and suspension (§4), Armenia's frozen
//! participation (§3), the Parliamentary Assembly's observers (§5), member
//! headcounts on a few days, the 37 sessions of the Collective Security
//! Council (§6), the exercise series (§7a-7f), the January 2022 deployment to
//! Kazakhstan (§7g), the Secretaries-General (§9), and, for every record,
//! translations, sources and tours.
//!
//! Every expected value comes from the fact sheet, never from the data file.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use sco_explorer::lang::Lang;
use sco_explorer::model::{
    Confidence, Dataset, Event, Id, PartialDate, SmolStr, StatusPeriod, Text, country_name,
    find_bundled,
};

fn csto() -> Dataset {
    find_bundled("csto")
        .unwrap()
        .load()
        .unwrap_or_else(|error| panic!("the bundled CSTO dataset must load: {error:?}"))
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

/// Asserts that `code` holds `wanted` from exactly `from`: not the day before.
fn holds_from(dataset: &Dataset, code: &str, wanted: &str, from: NaiveDate) {
    assert_eq!(
        status(dataset, code, from),
        Some(wanted),
        "{code} on {from}"
    );
    let before = from.pred_opt().unwrap();
    assert_ne!(
        status(dataset, code, before),
        Some(wanted),
        "{code} already {wanted} on {before}"
    );
    assert_eq!(
        period(dataset, code, from).unwrap().from.first_day(),
        from,
        "{code}'s {wanted} period starts on {from}"
    );
}

/// Asserts that `code` holds `wanted` up to the day before `until`, and no longer.
fn holds_until(dataset: &Dataset, code: &str, wanted: &str, until: NaiveDate) {
    let last = until.pred_opt().unwrap();
    assert_eq!(
        status(dataset, code, last),
        Some(wanted),
        "{code} on {last}"
    );
    assert_ne!(
        status(dataset, code, until),
        Some(wanted),
        "{code} still {wanted} on {until}"
    );
}

/// The note of a Conflict mark; panics on any other mark.
fn conflict<'a>(what: &str, confidence: &'a Confidence) -> &'a str {
    match confidence {
        Confidence::Conflict(note) => note.en(),
        other => panic!("{what}: the sheet marks a CONFLICT, found {other:?}"),
    }
}

/// Whether `code` ever holds `wanted` in the dataset.
fn ever(dataset: &Dataset, code: &str, wanted: &str) -> bool {
    dataset
        .country(code)
        .unwrap_or_else(|| panic!("{code} missing"))
        .statuses
        .iter()
        .any(|p| p.status == wanted)
}

#[test]
fn the_treaty_parties_signed_or_acceded_on_the_sheets_days() {
    let dataset = csto();
    // §1 row 1: signed in Tashkent on 1992-05-15 by six states.
    for code in ["ARM", "KAZ", "KGZ", "RUS", "TJK", "UZB"] {
        holds_from(&dataset, code, "cst-party", day(1992, 5, 15));
    }
    // §1 rows 3-5: Azerbaijan 1993-09-24, Georgia 1993-12-09 (CONFLICT), Belarus 1993-12-31.
    holds_from(&dataset, "AZE", "cst-party", day(1993, 9, 24));
    holds_from(&dataset, "GEO", "cst-party", day(1993, 12, 9));
    holds_from(&dataset, "BLR", "cst-party", day(1993, 12, 31));
    let georgia = period(&dataset, "GEO", day(1993, 12, 9)).unwrap();
    let note = conflict("GEO cst-party", &georgia.confidence);
    assert!(
        note.contains("1993-12-09") && note.contains("1993-09-09"),
        "{note}"
    );
    assert_eq!(
        period(&dataset, "AZE", day(1993, 9, 24))
            .unwrap()
            .confidence,
        Confidence::Sourced
    );
    // §1 row 6: in force on 1994-04-20 for all nine.
    for code in [
        "ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "RUS", "TJK", "UZB",
    ] {
        assert_eq!(
            status(&dataset, code, day(1994, 4, 20)),
            Some("cst-party"),
            "{code}"
        );
    }
}

#[test]
fn azerbaijan_georgia_and_uzbekistan_leave_the_treaty_in_1999() {
    let dataset = csto();
    // §1 row 8, §2: they did not sign the 1999 Protocol; outside the Treaty
    // when its first term ended (1999-04-20).
    for code in ["AZE", "GEO", "UZB"] {
        holds_until(&dataset, code, "cst-party", day(1999, 4, 20));
        assert_eq!(status(&dataset, code, day(1999, 4, 20)), None, "{code}");
        assert_eq!(status(&dataset, code, day(2002, 10, 7)), None, "{code}");
    }
    // §2: Azerbaijan and Georgia were never CSTO members.
    for code in ["AZE", "GEO"] {
        assert!(!ever(&dataset, code, "member"), "{code}");
        assert_eq!(status(&dataset, code, day(2025, 12, 31)), None, "{code}");
    }
    // §4 row 1 (CONFLICT): Uzbekistan left in 1999 vs "in 1998"; 1999 used.
    let uzbekistan = period(&dataset, "UZB", day(1999, 4, 19)).unwrap();
    let note = conflict("UZB cst-party", &uzbekistan.confidence);
    assert!(note.contains("1998") && note.contains("1999"), "{note}");
}

#[test]
fn six_treaty_parties_become_members_with_the_charter_of_2002_10_07() {
    let dataset = csto();
    // §2: `cst-party` to 2002-10-07, then `member` (the Charter, signed by six presidents).
    for code in ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"] {
        holds_until(&dataset, code, "cst-party", day(2002, 10, 7));
        holds_from(&dataset, code, "member", day(2002, 10, 7));
    }
    // §1 founding row (CONFLICT): 2002-10-07 is used; May 2002, 2003 and 1992-05-15 are the others.
    // §1 Charter row (CONFLICT on the place): Chisinau, vs Tashkent.
    let founded = &dataset.file().organisation.founded;
    assert_eq!(founded.date.to_string(), "2002-10-07");
    assert!(
        founded
            .place
            .as_ref()
            .is_some_and(|p| p.en().contains("Chisinau")),
        "{:?}",
        founded.place
    );
    let note = conflict("founded", &founded.confidence);
    for value in ["May 2002", "2003", "1992-05-15", "Tashkent"] {
        assert!(note.contains(value), "{value} not in {note}");
    }
    // §1: the other dates are milestones.
    let milestones: BTreeSet<String> = dataset
        .file()
        .organisation
        .milestones
        .iter()
        .map(|m| m.date.to_string())
        .collect();
    for date in [
        "1992-05-15",
        "1994-04-20",
        "1999-04-02",
        "2002-05-14",
        "2003-09-18",
    ] {
        assert!(milestones.contains(date), "{date} not in {milestones:?}");
    }
}

#[test]
fn uzbekistan_is_a_member_from_2006_06_23_until_its_suspension_on_2012_12_19() {
    let dataset = csto();
    // §2, §4 rows 2-3 (CONFLICT on the restart): 2006-06-23 (Minsk) vs 2006-08-16 (Sochi protocol).
    holds_from(&dataset, "UZB", "member", day(2006, 6, 23));
    assert_eq!(status(&dataset, "UZB", day(2006, 6, 22)), None);
    let membership = period(&dataset, "UZB", day(2006, 6, 23)).unwrap();
    let note = conflict("UZB member", &membership.confidence);
    assert!(note.contains("2006-08-16"), "{note}");
    // §4 row 7: membership suspended by the Council on 2012-12-19; no status follows.
    holds_until(&dataset, "UZB", "member", day(2012, 12, 19));
    assert_eq!(status(&dataset, "UZB", day(2012, 12, 19)), None);
    assert_eq!(status(&dataset, "UZB", day(2025, 12, 31)), None);
    // §6: the Moscow session of 2012-12-19 suspended it.
    let session = session_on(&dataset, day(2012, 12, 19));
    assert!(
        session
            .outcomes
            .iter()
            .any(|o| o.en().contains("Uzbekistan")),
        "{:?}",
        session.outcomes
    );
}

#[test]
fn armenias_participation_is_frozen_from_2024_02_22_and_still_counted() {
    let dataset = csto();
    // §2, §3 row 3: participation frozen from 2024-02-22.
    holds_until(&dataset, "ARM", "member", day(2024, 2, 22));
    holds_from(&dataset, "ARM", "participation-frozen", day(2024, 2, 22));
    assert_eq!(
        status(&dataset, "ARM", day(2025, 12, 31)),
        Some("participation-frozen")
    );
    // Fit notes and §3 row 8: still a de jure full member (A16), so the status
    // is declared to count as membership.
    assert!(
        dataset
            .status_def("participation-frozen")
            .unwrap()
            .counts_as_member
    );
    // §3 row 4 (CONFLICT): February 2024 vs "August 2024" (A11).
    let frozen = period(&dataset, "ARM", day(2024, 2, 22)).unwrap();
    let note = conflict("ARM participation-frozen", &frozen.confidence);
    assert!(note.contains("August 2024"), "{note}");
}

#[test]
fn member_headcounts_follow_the_treaty_and_the_organisation() {
    let dataset = csto();
    let members = |on: NaiveDate| dataset.counts_on(on).core();
    // §1, §2: six signatories; Azerbaijan, Georgia, Belarus in 1993 (nine);
    // three leave in 1999 (six); the Charter's six; Uzbekistan the seventh in
    // 2006 ("CSTO's seventh member", §4); suspended 2012 (six); Armenia frozen
    // but still counted (§3).
    assert_eq!(members(day(1992, 5, 14)), 0);
    assert_eq!(members(day(1992, 5, 15)), 6);
    assert_eq!(members(day(1993, 9, 24)), 7);
    assert_eq!(members(day(1993, 12, 9)), 8);
    assert_eq!(members(day(1993, 12, 31)), 9);
    assert_eq!(members(day(1994, 4, 20)), 9);
    assert_eq!(members(day(1999, 4, 19)), 9);
    assert_eq!(members(day(1999, 4, 20)), 6);
    assert_eq!(members(day(2002, 10, 7)), 6);
    assert_eq!(members(day(2006, 6, 22)), 6);
    assert_eq!(members(day(2006, 6, 23)), 7);
    assert_eq!(members(day(2012, 12, 18)), 7);
    assert_eq!(members(day(2012, 12, 19)), 6);
    assert_eq!(members(day(2024, 2, 22)), 6);
    assert_eq!(members(day(2025, 12, 31)), 6);
    // Of the six at the end of 2025, five are full members and Armenia is frozen.
    let end = dataset.counts_on(day(2025, 12, 31));
    assert_eq!(end.of(dataset.status_index("member").unwrap()), 5);
    assert_eq!(
        end.of(dataset.status_index("participation-frozen").unwrap()),
        1
    );
}

#[test]
fn the_parliamentary_assemblys_observers_are_not_members() {
    let dataset = csto();
    // §5: Serbia's and Afghanistan's parliaments and the Union State's
    // Parliamentary Assembly, observers in the PA from 2013.
    for code in ["SRB", "AFG", "UNION-STATE-PA"] {
        let first = &dataset.country(code).unwrap().statuses[0];
        assert_eq!(first.status, "pa-observer", "{code}");
        assert_eq!(first.from.to_string(), "2013", "{code}");
        assert!(!ever(&dataset, code, "member"), "{code}");
    }
    assert!(!dataset.status_def("pa-observer").unwrap().counts_as_member);
    assert!(!dataset.country("UNION-STATE-PA").unwrap().state);
    // Serbia (CONFLICT): 2013 vs "2009"; Afghanistan (MIXED): end date unverified.
    let serbia = &dataset.country("SRB").unwrap().statuses[0];
    let note = conflict("SRB pa-observer", &serbia.confidence);
    assert!(note.contains("2009"), "{note}");
    let afghanistan = &dataset.country("AFG").unwrap().statuses[0];
    assert!(
        matches!(afghanistan.confidence, Confidence::Unverified(_)),
        "{:?}",
        afghanistan.confidence
    );
    // The observers do not change the headcount (six at the end of 2013).
    assert_eq!(dataset.counts_on(day(2013, 12, 31)).core(), 6);
}

/// How sure §6 is of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Sourced,
    Conflict,
    Mixed,
}

/// One row of §6: first day as written, city (None: videoconference), host
/// (the chair's country for videoconferences), "informal"/"extraordinary", mark.
type SessionRow = (
    &'static str,
    Option<&'static str>,
    &'static str,
    Option<&'static str>,
    Mark,
);

/// §6, row by row.
const SESSIONS: [SessionRow; 37] = [
    ("1999-04-02", Some("Moscow"), "RUS", None, Mark::Sourced),
    // MIXED: day unverified, only the year.
    ("2000", Some("Bishkek"), "KGZ", None, Mark::Mixed),
    // CONFLICT on the day; 2001-05-25 best supported.
    ("2001-05-25", Some("Yerevan"), "ARM", None, Mark::Conflict),
    ("2002-05-14", Some("Moscow"), "RUS", None, Mark::Sourced),
    ("2003-04-28", Some("Dushanbe"), "TJK", None, Mark::Sourced),
    ("2004-06-18", Some("Astana"), "KAZ", None, Mark::Sourced),
    ("2005-06-23", Some("Moscow"), "RUS", None, Mark::Mixed),
    ("2006-06-23", Some("Minsk"), "BLR", None, Mark::Mixed),
    ("2007-10-06", Some("Dushanbe"), "TJK", None, Mark::Conflict),
    ("2008-09-05", Some("Moscow"), "RUS", None, Mark::Sourced),
    (
        "2009-02-04",
        Some("Moscow"),
        "RUS",
        Some("extraordinary"),
        Mark::Conflict,
    ),
    ("2009-06-14", Some("Moscow"), "RUS", None, Mark::Sourced),
    (
        "2010-08-20",
        Some("Yerevan"),
        "ARM",
        Some("informal"),
        Mark::Sourced,
    ),
    ("2010-12-10", Some("Moscow"), "RUS", None, Mark::Sourced),
    (
        "2011-08-12",
        Some("Astana"),
        "KAZ",
        Some("informal"),
        Mark::Sourced,
    ),
    (
        "2011-12-20",
        Some("Moscow"),
        "RUS",
        Some("informal"),
        Mark::Conflict,
    ),
    (
        "2012-05-15",
        Some("Moscow"),
        "RUS",
        Some("extraordinary"),
        Mark::Sourced,
    ),
    ("2012-12-19", Some("Moscow"), "RUS", None, Mark::Sourced),
    (
        "2013-05-28",
        Some("Bishkek"),
        "KGZ",
        Some("informal"),
        Mark::Sourced,
    ),
    ("2013-09-23", Some("Sochi"), "RUS", None, Mark::Sourced),
    ("2014-12-23", Some("Moscow"), "RUS", None, Mark::Sourced),
    ("2015-09-15", Some("Dushanbe"), "TJK", None, Mark::Sourced),
    ("2016-10-14", Some("Yerevan"), "ARM", None, Mark::Sourced),
    (
        "2016-12-26",
        Some("St Petersburg"),
        "RUS",
        None,
        Mark::Sourced,
    ),
    ("2017-11-30", Some("Minsk"), "BLR", None, Mark::Sourced),
    ("2018-11-08", Some("Astana"), "KAZ", None, Mark::Sourced),
    (
        "2018-12-06",
        Some("St Petersburg"),
        "RUS",
        Some("informal"),
        Mark::Conflict,
    ),
    ("2019-11-28", Some("Bishkek"), "KGZ", None, Mark::Sourced),
    ("2020-12-02", None, "RUS", None, Mark::Sourced),
    (
        "2021-08-23",
        None,
        "TJK",
        Some("extraordinary"),
        Mark::Sourced,
    ),
    ("2021-09-16", Some("Dushanbe"), "TJK", None, Mark::Sourced),
    (
        "2022-01-10",
        None,
        "ARM",
        Some("extraordinary"),
        Mark::Sourced,
    ),
    ("2022-05-16", Some("Moscow"), "RUS", None, Mark::Sourced),
    ("2022-11-23", Some("Yerevan"), "ARM", None, Mark::Sourced),
    ("2023-11-23", Some("Minsk"), "BLR", None, Mark::Sourced),
    // CONFLICT: outliers ("December 28"; Uzbekistan attending).
    ("2024-11-28", Some("Astana"), "KAZ", None, Mark::Conflict),
    // CONFLICT: 15 vs 16 documents.
    ("2025-11-27", Some("Bishkek"), "KGZ", None, Mark::Conflict),
];

/// The Council sessions in time order.
fn sessions(dataset: &Dataset) -> Vec<&Event> {
    let file = dataset.file();
    dataset
        .events_in_time_order()
        .iter()
        .map(|&e| &file.events[e])
        .filter(|e| e.kind == "csc-session")
        .collect()
}

/// The one Council session held on `on`.
fn session_on(dataset: &Dataset, on: NaiveDate) -> &Event {
    let found: Vec<&Event> = sessions(dataset)
        .into_iter()
        .filter(|e| e.start.first_day() == on)
        .collect();
    assert_eq!(found.len(), 1, "sessions on {on}");
    found[0]
}

#[test]
fn the_37_council_sessions_match_the_sheet() {
    let dataset = csto();
    let sessions = sessions(&dataset);
    let days: Vec<String> = sessions.iter().map(|e| e.start.to_string()).collect();
    let expected: Vec<&str> = SESSIONS.iter().map(|s| s.0).collect();
    assert_eq!(days, expected);
    for (event, (date, city, host, format, mark)) in sessions.iter().zip(SESSIONS) {
        let id = &event.id;
        // §6: the CSTO does not number its sessions.
        assert!(event.numbers.is_empty(), "{id}: {:?}", event.numbers);
        assert_eq!(event.end, None, "{id} lasted one day");
        assert_eq!(event.place.country.as_deref(), Some(host), "{id} ({date})");
        let shown_city = event.place.city.as_ref().map(Text::en);
        match city {
            Some(city) => assert!(
                shown_city.is_some_and(|c| c.contains(city)),
                "{id} ({date}) in {city}, found {shown_city:?}"
            ),
            None => assert_eq!(shown_city, None, "{id} ({date}) was a videoconference"),
        }
        let title = event.title.en().to_lowercase();
        if let Some(word) = format {
            assert!(title.contains(word), "{id}: {title}");
        } else {
            assert!(
                !title.contains("informal") && !title.contains("extraordinary"),
                "{id}: {title}"
            );
        }
        let found = match event.confidence {
            Confidence::Sourced => Mark::Sourced,
            Confidence::Conflict(_) => Mark::Conflict,
            Confidence::Unverified(_) => Mark::Mixed,
        };
        assert_eq!(found, mark, "{id} ({date})");
    }
}

/// The start years of exercises and operations whose English title names `name`.
fn years_of(dataset: &Dataset, names: &[&str], kind: &str) -> BTreeSet<i32> {
    let matching: Vec<&Event> = dataset
        .file()
        .events
        .iter()
        .filter(|e| e.kind != "csc-session" && names.iter().any(|n| e.title.en().contains(n)))
        .collect();
    for event in &matching {
        assert_eq!(event.kind, kind, "{}: {}", event.id, event.title);
    }
    matching.iter().map(|e| e.start.year()).collect()
}

#[test]
fn the_exercise_series_have_the_sheets_years_and_kinds() {
    let dataset = csto();
    let set = |years: &[i32]| years.iter().copied().collect::<BTreeSet<i32>>();
    // §7a: Interaction (no Interaction-2020 found), Search, Echelon (the first in 2019).
    assert_eq!(
        years_of(&dataset, &["Interaction"], "military-exercise"),
        set(&[
            2009, 2012, 2013, 2014, 2015, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025
        ])
    );
    assert_eq!(
        years_of(&dataset, &["Search"], "military-exercise"),
        set(&[2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025])
    );
    assert_eq!(
        years_of(&dataset, &["Echelon"], "military-exercise"),
        set(&[2019, 2020, 2021, 2022, 2023, 2024, 2025])
    );
    // §7a: Combat Brotherhood bundles the drills from 2018.
    assert_eq!(
        years_of(&dataset, &["Combat Brotherhood"], "military-exercise"),
        set(&[2018, 2023])
    );
    // §7b: Rubezh.
    assert_eq!(
        years_of(&dataset, &["Rubezh"], "military-exercise"),
        set(&[2004, 2008, 2010, 2014, 2021, 2024, 2025])
    );
    // §7c: Cobalt (Kobalt).
    assert_eq!(
        years_of(&dataset, &["Cobalt", "Kobalt"], "security-exercise"),
        set(&[2018, 2021, 2022, 2024])
    );
    // §7d: Thunder (Grom).
    assert_eq!(
        years_of(&dataset, &["Grom", "Thunder"], "security-exercise"),
        set(&[2012, 2013, 2017, 2021])
    );
    // §7e: Indestructible Brotherhood, first held in 2012.
    assert_eq!(
        years_of(
            &dataset,
            &["Indestructible Brotherhood"],
            "peacekeeping-exercise"
        ),
        set(&[2012, 2013, 2015, 2018, 2019, 2021, 2024, 2025])
    );
    // §7f: Kanal (Channel) operations.
    assert_eq!(
        years_of(&dataset, &["Channel"], "operation"),
        set(&[2007, 2011, 2018, 2025])
    );
}

/// The one exercise or operation with `name` in its English title starting in `year`.
fn exercise<'a>(dataset: &'a Dataset, name: &str, year: i32) -> &'a Event {
    let found: Vec<&Event> = dataset
        .file()
        .events
        .iter()
        .filter(|e| {
            e.kind != "csc-session" && e.start.year() == year && e.title.en().contains(name)
        })
        .collect();
    assert_eq!(found.len(), 1, "{name} {year}");
    found[0]
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "a table of the sheet's exercises, row by row"
)]
fn sourced_exercises_have_the_sheets_days_and_host() {
    let dataset = csto();
    // (name, year, first day, last day, host) from SOURCED rows of §7a-7f.
    for (name, year, start, end, host) in [
        // §7a
        (
            "Interaction",
            2014,
            day(2014, 8, 18),
            day(2014, 8, 22),
            Some("KAZ"),
        ),
        (
            "Interaction",
            2013,
            day(2013, 9, 19),
            day(2013, 9, 25),
            Some("BLR"),
        ),
        (
            "Combat Brotherhood",
            2023,
            day(2023, 9, 1),
            day(2023, 9, 6),
            Some("BLR"),
        ),
        (
            "Interaction, Search and Echelon",
            2025,
            day(2025, 8, 31),
            day(2025, 9, 6),
            Some("BLR"),
        ),
        // §7b
        (
            "Rubezh",
            2014,
            day(2014, 7, 15),
            day(2014, 7, 18),
            Some("RUS"),
        ),
        (
            "Rubezh",
            2024,
            day(2024, 10, 17),
            day(2024, 10, 21),
            Some("TJK"),
        ),
        (
            "Rubezh",
            2025,
            day(2025, 9, 17),
            day(2025, 9, 20),
            Some("KGZ"),
        ),
        // §7c
        (
            "Cobalt",
            2024,
            day(2024, 8, 14),
            day(2024, 8, 16),
            Some("RUS"),
        ),
        // §7e
        (
            "Indestructible Brotherhood",
            2013,
            day(2013, 10, 7),
            day(2013, 10, 11),
            Some("RUS"),
        ),
        (
            "Indestructible Brotherhood",
            2024,
            day(2024, 9, 26),
            day(2024, 10, 7),
            Some("KAZ"),
        ),
        (
            "Indestructible Brotherhood",
            2025,
            day(2025, 10, 20),
            day(2025, 10, 24),
            Some("TJK"),
        ),
        // §7f
        ("Channel", 2011, day(2011, 12, 5), day(2011, 12, 12), None),
        ("Red Dune", 2018, day(2018, 9, 10), day(2018, 9, 14), None),
    ] {
        let event = exercise(&dataset, name, year);
        let id = &event.id;
        assert_eq!(event.start.first_day(), start, "{id}");
        assert_eq!(event.end.map(PartialDate::last_day), Some(end), "{id}");
        if host.is_some() {
            assert_eq!(event.place.country.as_deref(), host, "{id}");
        }
        assert_eq!(event.confidence, Confidence::Sourced, "{id}");
    }
}

#[test]
fn exercise_conflicts_are_marked() {
    let dataset = csto();
    // CONFLICT rows of §7a, §7c and §7e.
    for (name, year) in [
        ("Interaction", 2015),
        ("Interaction", 2017),
        ("Interaction", 2021),
        ("Interaction", 2022),
        ("Kobalt", 2018),
        ("Cobalt", 2021),
        ("Cobalt", 2022),
        ("Indestructible Brotherhood", 2012),
        ("Indestructible Brotherhood", 2019),
    ] {
        let event = exercise(&dataset, name, year);
        conflict(&event.id, &event.confidence);
    }
}

#[test]
fn the_january_2022_deployment_to_kazakhstan_is_an_operation() {
    let dataset = csto();
    let operations: Vec<&Event> = dataset
        .file()
        .events
        .iter()
        .filter(|e| {
            e.kind == "operation"
                && e.place.country.as_deref() == Some("KAZ")
                && e.start.year() == 2022
        })
        .collect();
    // §7g: decision and deployment on 2022-01-06, tasks to 2022-01-13.
    let deployment = operations
        .iter()
        .find(|e| e.start.first_day() == day(2022, 1, 6))
        .unwrap_or_else(|| panic!("no operation from 2022-01-06: {operations:?}"));
    assert_eq!(
        deployment.end.map(PartialDate::last_day),
        Some(day(2022, 1, 13))
    );
    // §7g national contingents: Russia, Belarus, Kyrgyzstan, Armenia, Tajikistan.
    let contingents: BTreeSet<&str> = deployment
        .participants
        .iter()
        .map(SmolStr::as_str)
        .collect();
    assert_eq!(
        contingents,
        BTreeSet::from(["ARM", "BLR", "KGZ", "RUS", "TJK"])
    );
    // §7g size (CONFLICT): 2,030 (official) vs about 2,000 vs up to 2,500.
    let note = conflict(&deployment.id, &deployment.confidence);
    assert!(note.contains("2,030") && note.contains("2,500"), "{note}");
    // §7g: withdrawal from 2022-01-11; completion on 2022-01-19 only planned (MIXED).
    let withdrawal = operations
        .iter()
        .find(|e| e.start.first_day() == day(2022, 1, 11))
        .unwrap_or_else(|| panic!("no operation from 2022-01-11: {operations:?}"));
    assert_eq!(
        withdrawal.end.map(PartialDate::last_day),
        Some(day(2022, 1, 19))
    );
    assert!(
        matches!(withdrawal.confidence, Confidence::Unverified(_)),
        "{:?}",
        withdrawal.confidence
    );
    // §6: the extraordinary videoconference of 2022-01-10 (Armenia in the chair).
    let session = session_on(&dataset, day(2022, 1, 10));
    assert_eq!(session.place.country.as_deref(), Some("ARM"));
}

#[test]
fn the_secretaries_general_in_order() {
    let dataset = csto();
    // §9a: seven terms, two of them acting.
    let found: Vec<(String, String, String, Option<String>)> = dataset
        .file()
        .organisation
        .secretaries_general
        .iter()
        .map(|s| {
            (
                s.name.en().to_owned(),
                s.country.to_string(),
                s.from.to_string(),
                s.to.map(|t| t.to_string()),
            )
        })
        .collect();
    let expected = [
        ("Nikolai Bordyuzha", "RUS", "2003-04-28", "2016-12-31"),
        ("Valery Semerikov", "RUS", "2017-01-01", "2017-05-01"),
        ("Yuri Khachaturov", "ARM", "2017-05-02", "2018-11-02"),
        ("Valery Semerikov", "RUS", "2018-11-02", "2019-12-31"),
        ("Stanislav Zas", "BLR", "2020-01-01", "2022-12-31"),
        ("Imangali Tasmagambetov", "KAZ", "2023-01-01", "2025-12-31"),
        ("Taalatbek Masadykov", "KGZ", "2026-01-01", "2028-12-31"),
    ]
    .map(|(name, country, from, to)| {
        (
            name.to_owned(),
            country.to_owned(),
            from.to_owned(),
            Some(to.to_owned()),
        )
    });
    assert_eq!(found, expected);
    for sg in &dataset.file().organisation.secretaries_general {
        if sg.name.en() == "Valery Semerikov" {
            let note = sg.note.as_ref().map_or("", Text::en);
            assert!(note.to_lowercase().contains("acting"), "{note}");
        }
    }
}

#[test]
fn every_text_has_russian_and_chinese() {
    let dataset = csto();
    let texts = common::texts(&dataset);
    assert!(texts.len() > 300, "only {} texts found", texts.len());
    let missing = common::missing_translations(&texts);
    assert!(missing.is_empty(), "{missing:#?}");
    for country in &dataset.file().countries {
        for lang in [Lang::Ru, Lang::Zh] {
            assert!(
                !country_name(country, lang).fallback,
                "{} has no {lang:?} name",
                country.code
            );
        }
    }
    // §10: «ОДКБ»; 集体安全条约组织, short form 集安组织; official language Russian.
    let org = &dataset.file().organisation;
    assert_eq!(org.short_name.translation(Lang::Ru), Some("ОДКБ"));
    assert_eq!(org.short_name.translation(Lang::Zh), Some("集安组织"));
    assert_eq!(org.name.translation(Lang::Zh), Some("集体安全条约组织"));
    let languages: Vec<&str> = org.languages.iter().map(Text::en).collect();
    assert_eq!(languages, ["Russian"]);
}

#[test]
fn every_record_cites_sources_the_dataset_lists() {
    let dataset = csto();
    let file = dataset.file();
    let org = &file.organisation;
    let mut cited: Vec<(String, &[Id])> = Vec::new();
    for milestone in std::iter::once(&org.founded).chain(&org.milestones) {
        cited.push((format!("milestone {}", milestone.date), &milestone.sources));
    }
    for body in &org.bodies {
        cited.push((format!("body {}", body.name), &body.sources));
    }
    for sg in &org.secretaries_general {
        cited.push((format!("secretary-general {}", sg.name), &sg.sources));
    }
    for country in &file.countries {
        assert!(
            !country.statuses.is_empty(),
            "{} has no status",
            country.code
        );
        for p in &country.statuses {
            cited.push((format!("{} {}", country.code, p.from), &p.sources));
        }
    }
    for event in &file.events {
        cited.push((event.id.to_string(), &event.sources));
    }
    cited.push(("languages".into(), &org.languages_sources));
    for (what, sources) in &cited {
        assert!(!sources.is_empty(), "{what} cites no source");
        for id in *sources {
            assert!(dataset.source(id).is_some(), "{what} cites unknown {id}");
        }
    }
}

#[test]
fn every_tour_step_resolves() {
    let dataset = csto();
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
            dataset.presentation_steps(Some(&tour.id)).len(),
            tour.steps.len(),
            "{}",
            tour.id
        );
    }
}
