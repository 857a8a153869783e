//! Fact tests for the bundled BRICS dataset (`assets/brics.ron`) against the
//! fact sheet it was built from (`shared/reference/brics-facts.md`): the four
//! founders (§1, §2a), South Africa and its disputed day (§2a), the 2024
//! members, Saudi Arabia's disputed status and Argentina's refusal (§2a, §2b),
//! Indonesia (§2a), the partner countries of 2025 (§3), member headcounts on a
//! few days, the 17 numbered summits and the two extraordinary ones (§4), the
//! national security advisers' meetings (§6a), the absence of exercises
//! (§6b), and, for every record, translations, sources and tours.
//!
//! Every expected value comes from the fact sheet, never from the data file.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sco_explorer::lang::Lang;
use sco_explorer::model::SummitFormat::{InPerson, Virtual};
use sco_explorer::model::{
    Confidence, Dataset, Event, PartialDate, StatusPeriod, SummitFormat, Text, country_name,
    find_bundled,
};

fn brics() -> Dataset {
    find_bundled("brics")
        .unwrap()
        .load()
        .unwrap_or_else(|error| panic!("the bundled BRICS dataset must load: {error:?}"))
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

/// Asserts that `code` holds `status` from exactly `from`: not the day before.
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

fn partners_on(dataset: &Dataset, on: NaiveDate) -> usize {
    dataset
        .counts_on(on)
        .of(dataset.status_index("partner").unwrap())
}

#[test]
fn the_four_founders_are_members_from_the_first_foreign_ministers_meeting() {
    let dataset = brics();
    // §1 row 2 (CONFLICT): use 2006-09 for `founded`, the first summit
    // (2009-06-16) as a milestone; §2a rows 1-4: the founders' dialogue from 2006-09.
    let founded = &dataset.file().organisation.founded;
    assert_eq!(founded.date.to_string(), "2006-09");
    let note = conflict("founded", &founded.confidence);
    assert!(note.contains("2009"), "{note}");
    for code in ["BRA", "RUS", "IND", "CHN"] {
        let membership = period(&dataset, code, day(2006, 9, 1))
            .unwrap_or_else(|| panic!("{code} is no member in September 2006"));
        assert_eq!(membership.status, "member", "{code}");
        assert_eq!(membership.from.to_string(), "2006-09", "{code}");
        assert_eq!(membership.to, None, "{code} is still a member");
        assert_eq!(status(&dataset, code, day(2006, 8, 31)), None, "{code}");
        // §4a row 1: the first summit, Yekaterinburg, 2009-06-16.
        assert_eq!(
            status(&dataset, code, day(2009, 6, 16)),
            Some("member"),
            "{code}"
        );
    }
    let milestone_days: Vec<String> = dataset
        .file()
        .organisation
        .milestones
        .iter()
        .map(|m| m.date.to_string())
        .collect();
    assert!(
        milestone_days.iter().any(|d| d == "2009-06-16"),
        "{milestone_days:?}"
    );
}

#[test]
fn south_africa_is_a_member_from_2010_12_24_with_the_2011_conflict() {
    let dataset = brics();
    // §2a South Africa (CONFLICT): use 2010-12-24; "formal induction" in 2011.
    holds_from(&dataset, "ZAF", "member", day(2010, 12, 24));
    // §2a: only a guest at the 2010 Brasília summit (§4a row 2, 2010-04-15).
    assert_eq!(status(&dataset, "ZAF", day(2010, 4, 15)), None);
    let membership = period(&dataset, "ZAF", day(2010, 12, 24)).unwrap();
    assert_eq!(membership.to, None);
    let note = conflict("ZAF member", &membership.confidence);
    assert!(
        note.contains("2010-12-24") && note.contains("2011"),
        "{note}"
    );
}

#[test]
fn egypt_ethiopia_iran_and_the_uae_are_members_from_2024_01_01() {
    let dataset = brics();
    // §2a: invited 2023-08-24 at Johannesburg (the 15th summit), members from 2024-01-01.
    let johannesburg = dataset
        .file()
        .events
        .iter()
        .find(|e| e.kind == "summit" && e.numbers == [15])
        .unwrap();
    for code in ["EGY", "ETH", "IRN", "ARE"] {
        holds_from(&dataset, code, "member", day(2024, 1, 1));
        assert_eq!(
            status(&dataset, code, day(2023, 8, 24)),
            Some("invited"),
            "{code}"
        );
        assert_eq!(status(&dataset, code, day(2023, 8, 23)), None, "{code}");
        let membership = period(&dataset, code, day(2024, 1, 1)).unwrap();
        assert_eq!(
            membership.decided_at.as_deref(),
            Some(johannesburg.id.as_str()),
            "{code} was decided at the Johannesburg summit"
        );
        // §2a: SOURCED.
        assert_eq!(membership.confidence, Confidence::Sourced, "{code}");
    }
}

#[test]
fn saudi_arabia_is_invited_but_not_counted_as_a_member() {
    let dataset = brics();
    // §2a Saudi Arabia (CONFLICT): "show as 'invited' with the conflict note".
    assert_eq!(status(&dataset, "SAU", day(2023, 8, 23)), None);
    for on in [day(2023, 8, 24), day(2024, 1, 1), day(2025, 12, 31)] {
        assert_eq!(status(&dataset, "SAU", on), Some("invited"), "{on}");
    }
    assert!(!ever(&dataset, "SAU", "member"));
    assert!(!dataset.status_def("invited").unwrap().counts_as_member);
    let invited = period(&dataset, "SAU", day(2024, 1, 1)).unwrap();
    let note = conflict("SAU invited", &invited.confidence);
    // Both sides: a member since 2024-01-01 (South Africa, Russia, Brazil) or not (Saudi ministers).
    assert!(note.contains("2024-01-01"), "{note}");
    assert!(note.contains("Davos"), "{note}");
}

#[test]
fn argentina_was_invited_and_declined() {
    let dataset = brics();
    // §2b: invited 2023-08-24; the refusal was made public on 2023-12-29; never joined.
    holds_from(&dataset, "ARG", "invited", day(2023, 8, 24));
    assert_eq!(status(&dataset, "ARG", day(2023, 12, 28)), Some("invited"));
    assert_eq!(status(&dataset, "ARG", day(2023, 12, 29)), None);
    assert_eq!(status(&dataset, "ARG", day(2024, 1, 1)), None);
    assert!(!ever(&dataset, "ARG", "member"));
}

#[test]
fn indonesia_is_a_partner_for_five_days_then_a_member_from_2025_01_06() {
    let dataset = brics();
    // §1 row 12, §3a: a partner from 2025-01-01; §2a: a member from 2025-01-06.
    holds_from(&dataset, "IDN", "partner", day(2025, 1, 1));
    assert_eq!(status(&dataset, "IDN", day(2025, 1, 5)), Some("partner"));
    holds_from(&dataset, "IDN", "member", day(2025, 1, 6));
    assert_eq!(status(&dataset, "IDN", day(2025, 12, 31)), Some("member"));
    assert_eq!(
        period(&dataset, "IDN", day(2025, 1, 6)).unwrap().confidence,
        Confidence::Sourced
    );
}

#[test]
fn the_partner_countries_of_2025() {
    let dataset = brics();
    // §3a: eight partners from 2025-01-01 (Indonesia, the ninth, became a member five days later).
    for code in ["BLR", "BOL", "KAZ", "CUB", "MYS", "THA", "UGA", "UZB"] {
        holds_from(&dataset, code, "partner", day(2025, 1, 1));
        assert_eq!(
            status(&dataset, code, day(2025, 12, 31)),
            Some("partner"),
            "{code}"
        );
    }
    // §3a Nigeria: 2025-01-17.
    holds_from(&dataset, "NGA", "partner", day(2025, 1, 17));
    // §3a Vietnam (CONFLICT): 2025-06-13 vs 2025-06-14; use 2025-06-13.
    holds_from(&dataset, "VNM", "partner", day(2025, 6, 13));
    let vietnam = period(&dataset, "VNM", day(2025, 6, 13)).unwrap();
    let note = conflict("VNM partner", &vietnam.confidence);
    assert!(
        note.contains("2025-06-13") && note.contains("2025-06-14"),
        "{note}"
    );
    // §3b: Algeria and Türkiye were on the Kazan list, no acceptance found (MIXED).
    for code in ["DZA", "TUR"] {
        assert!(!ever(&dataset, code, "partner"), "{code}");
        assert!(!ever(&dataset, code, "member"), "{code}");
        let last = dataset.country(code).unwrap().statuses.last().unwrap();
        assert!(
            matches!(last.confidence, Confidence::Unverified(_)),
            "{code}: the sheet marks MIXED (status after the invitation UNVERIFIED), found {:?}",
            last.confidence
        );
    }
    // The partner headcount: nine on 2025-01-01, eight after Indonesia joined,
    // nine with Nigeria ("the ninth partner"), ten with Vietnam ("the tenth partner").
    assert_eq!(partners_on(&dataset, day(2024, 12, 31)), 0);
    assert_eq!(partners_on(&dataset, day(2025, 1, 1)), 9);
    assert_eq!(partners_on(&dataset, day(2025, 1, 6)), 8);
    assert_eq!(partners_on(&dataset, day(2025, 1, 17)), 9);
    assert_eq!(partners_on(&dataset, day(2025, 6, 12)), 9);
    assert_eq!(partners_on(&dataset, day(2025, 6, 13)), 10);
    assert_eq!(partners_on(&dataset, day(2025, 12, 31)), 10);
}

#[test]
fn member_headcounts_follow_the_enlargements() {
    let dataset = brics();
    let members = |on: NaiveDate| dataset.counts_on(on).core();
    // §2a: four founders; South Africa the fifth (2010-12-24); Egypt, Ethiopia,
    // Iran and the UAE (2024-01-01); Indonesia (2025-01-06). Saudi Arabia is
    // shown as invited (§2a), so mid-2025 counts ten ("dez membros plenos", M13).
    assert_eq!(members(day(2006, 8, 31)), 0);
    assert_eq!(members(day(2009, 6, 16)), 4);
    assert_eq!(members(day(2010, 1, 1)), 4);
    assert_eq!(members(day(2010, 12, 23)), 4);
    assert_eq!(members(day(2010, 12, 24)), 5);
    assert_eq!(members(day(2012, 1, 1)), 5);
    assert_eq!(members(day(2023, 12, 31)), 5);
    assert_eq!(members(day(2024, 1, 1)), 9);
    assert_eq!(members(day(2024, 6, 1)), 9);
    assert_eq!(members(day(2025, 1, 5)), 9);
    assert_eq!(members(day(2025, 1, 6)), 10);
    assert_eq!(members(day(2025, 6, 1)), 10);
    assert_eq!(members(day(2025, 12, 31)), 10);
}

/// One row of §4a: number, first and last day, city (None: videoconference), host, format.
type SummitRow = (
    u32,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
    SummitFormat,
);

/// §4a, row by row (where a row is a CONFLICT, the day the sheet says to use).
const SUMMITS: [SummitRow; 17] = [
    (
        1,
        "2009-06-16",
        None,
        Some("Yekaterinburg"),
        "RUS",
        InPerson,
    ),
    // CONFLICT: use 2010-04-15.
    (2, "2010-04-15", None, Some("Brasília"), "BRA", InPerson),
    // CONFLICT (outlier): 2011-04-14.
    (3, "2011-04-14", None, Some("Sanya"), "CHN", InPerson),
    (4, "2012-03-29", None, Some("New Delhi"), "IND", InPerson),
    // CONFLICT: use 26-27 March.
    (
        5,
        "2013-03-26",
        Some("2013-03-27"),
        Some("Durban"),
        "ZAF",
        InPerson,
    ),
    (
        6,
        "2014-07-14",
        Some("2014-07-16"),
        Some("Fortaleza"),
        "BRA",
        InPerson,
    ),
    (
        7,
        "2015-07-08",
        Some("2015-07-09"),
        Some("Ufa"),
        "RUS",
        InPerson,
    ),
    (
        8,
        "2016-10-15",
        Some("2016-10-16"),
        Some("Goa"),
        "IND",
        InPerson,
    ),
    (
        9,
        "2017-09-03",
        Some("2017-09-05"),
        Some("Xiamen"),
        "CHN",
        InPerson,
    ),
    (
        10,
        "2018-07-25",
        Some("2018-07-27"),
        Some("Johannesburg"),
        "ZAF",
        InPerson,
    ),
    (
        11,
        "2019-11-13",
        Some("2019-11-14"),
        Some("Brasília"),
        "BRA",
        InPerson,
    ),
    (12, "2020-11-17", None, None, "RUS", Virtual),
    (13, "2021-09-09", None, None, "IND", Virtual),
    // CONFLICT: use 2022-06-23.
    (14, "2022-06-23", None, None, "CHN", Virtual),
    (
        15,
        "2023-08-22",
        Some("2023-08-24"),
        Some("Johannesburg"),
        "ZAF",
        InPerson,
    ),
    (
        16,
        "2024-10-22",
        Some("2024-10-24"),
        Some("Kazan"),
        "RUS",
        InPerson,
    ),
    (
        17,
        "2025-07-06",
        Some("2025-07-07"),
        Some("Rio de Janeiro"),
        "BRA",
        InPerson,
    ),
];

/// The summit carrying `number`; panics unless exactly one does.
fn summit(dataset: &Dataset, number: u32) -> &Event {
    let found: Vec<&Event> = dataset
        .file()
        .events
        .iter()
        .filter(|e| e.kind == "summit" && e.numbers.contains(&number))
        .collect();
    assert_eq!(found.len(), 1, "summit number {number}");
    found[0]
}

#[test]
fn summit_numbers_1_to_17_each_appear_once() {
    let dataset = brics();
    // §4a: 17 numbered summits, 2009-2025; §4b: the extraordinary ones have no number.
    let mut seen: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for event in dataset.file().events.iter().filter(|e| e.kind == "summit") {
        assert!(
            event.numbers.len() <= 1,
            "{}: {:?}",
            event.id,
            event.numbers
        );
        for &number in &event.numbers {
            seen.entry(number).or_default().push(&event.id);
        }
    }
    assert_eq!(
        seen.keys().copied().collect::<Vec<_>>(),
        (1..=17).collect::<Vec<_>>()
    );
    for (number, ids) in &seen {
        assert_eq!(ids.len(), 1, "summit number {number}: {ids:?}");
    }
}

#[test]
fn each_numbered_summit_has_the_sheets_days_city_host_and_format() {
    let dataset = brics();
    for (number, start, end, city, host, format) in SUMMITS {
        let event = summit(&dataset, number);
        let id = &event.id;
        assert_eq!(event.start.to_string(), start, "summit {number} ({id})");
        assert_eq!(
            event.end.as_ref().map(ToString::to_string).as_deref(),
            end,
            "summit {number} ({id}) ends"
        );
        assert_eq!(
            event.place.country.as_deref(),
            Some(host),
            "summit {number} ({id}) host"
        );
        assert_eq!(event.format, Some(format), "summit {number} ({id}) format");
        let shown_city = event.place.city.as_ref().map(Text::en);
        match city {
            Some(city) => assert!(
                shown_city.is_some_and(|c| c.starts_with(city)),
                "summit {number} ({id}) in {city}, found {shown_city:?}"
            ),
            None => assert_eq!(
                shown_city, None,
                "summit {number} ({id}) was a videoconference"
            ),
        }
    }
}

#[test]
fn one_leader_by_video_is_noted_at_the_in_person_summits_of_2023_to_2025() {
    let dataset = brics();
    // §4a rows 15-17 and the format notes: InPerson, with a note naming the
    // leader who joined by video (Putin 2023, Lula 2024, Putin 2025).
    for (number, leader) in [(15, "Putin"), (16, "Lula"), (17, "Putin")] {
        let event = summit(&dataset, number);
        let note = event.note.as_ref().map_or("", Text::en);
        assert!(
            note.contains(leader) && note.contains("video"),
            "summit {number}: {note}"
        );
    }
}

#[test]
fn summit_confidence_marks_follow_the_sheet() {
    let dataset = brics();
    // §4a: rows 2, 3, 5, 14 and 16 are CONFLICT, the other twelve SOURCED.
    for number in 1..=17 {
        let event = summit(&dataset, number);
        if [2, 3, 5, 14, 16].contains(&number) {
            let note = conflict(&event.id, &event.confidence);
            assert!(note.len() > 20, "summit {number}: {note}");
        } else {
            assert_eq!(
                event.confidence,
                Confidence::Sourced,
                "summit {number} ({})",
                event.id
            );
        }
    }
    // Row 16: the conflict is on the theme's wording (Just / Equitable / Fair).
    let kazan = conflict("summit 16", &summit(&dataset, 16).confidence);
    assert!(
        kazan.contains("Just") && kazan.contains("Equitable") && kazan.contains("Fair"),
        "{kazan}"
    );
}

#[test]
fn the_two_extraordinary_videoconferences_have_no_number() {
    let dataset = brics();
    // §4b: 2023-11-21 (chair South Africa, on Gaza) and 2025-09-08 (chair Brazil).
    let unnumbered: Vec<(NaiveDate, Option<&str>, Option<SummitFormat>)> = dataset
        .file()
        .events
        .iter()
        .filter(|e| e.kind == "summit" && e.numbers.is_empty())
        .map(|e| (e.start.first_day(), e.place.country.as_deref(), e.format))
        .collect();
    assert_eq!(
        unnumbered,
        [
            (day(2023, 11, 21), Some("ZAF"), Some(Virtual)),
            (day(2025, 9, 8), Some("BRA"), Some(Virtual)),
        ]
    );
}

#[test]
fn national_security_advisers_meetings_carry_the_sourced_ordinals() {
    let dataset = brics();
    let kind = "security-meeting";
    let by_number = |number: u32| {
        let found: Vec<&Event> = dataset
            .file()
            .events
            .iter()
            .filter(|e| e.kind == kind && e.numbers.contains(&number))
            .collect();
        assert_eq!(found.len(), 1, "security meeting {number}");
        found[0]
    };
    // §6a: 1st 2009-05-29 (MIXED, city unverified), 10th-14th from 2020 to 2024.
    for (number, start) in [
        (1, day(2009, 5, 29)),
        (10, day(2020, 9, 17)),
        (11, day(2021, 8, 24)),
        (12, day(2022, 6, 15)),
        (13, day(2023, 7, 24)),
        (14, day(2024, 9, 11)),
    ] {
        assert_eq!(by_number(number).start.first_day(), start, "{number}th");
    }
    assert!(matches!(by_number(1).confidence, Confidence::Unverified(_)));
    // 14th (CONFLICT): 2024-09-11 - 12 (X16) vs 2024-09-10 - 12 (X16b); St Petersburg.
    let st_petersburg = by_number(14);
    assert_eq!(
        st_petersburg.end.map(PartialDate::last_day),
        Some(day(2024, 9, 12))
    );
    let note = conflict("14th security meeting", &st_petersburg.confidence);
    assert!(note.contains("10") && note.contains("X16b"), "{note}");
    // 2025-04-30, Brasília (MIXED: the ordinal is unverified, so none is given).
    let brasilia: Vec<&Event> = dataset
        .file()
        .events
        .iter()
        .filter(|e| e.kind == kind && e.start.first_day() == day(2025, 4, 30))
        .collect();
    assert_eq!(brasilia.len(), 1);
    assert!(brasilia[0].numbers.is_empty(), "{:?}", brasilia[0].numbers);
    assert!(matches!(brasilia[0].confidence, Confidence::Unverified(_)));
}

#[test]
fn no_exercise_is_shown_as_a_brics_event() {
    let dataset = brics();
    // §6b: no joint military, security or rescue exercise was held as BRICS in
    // 2009-2025; Mosi (2019, 2023) and "Will for Peace 2026" are not BRICS events.
    for kind in dataset.kinds() {
        let label = kind.label.en().to_lowercase();
        for word in ["exercise", "drill"] {
            assert!(
                !kind.id.contains(word) && !label.contains(word),
                "kind {} ({label})",
                kind.id
            );
        }
    }
    for event in &dataset.file().events {
        let title = event.title.en();
        assert!(
            !event.kind.contains("exercise")
                && !title.contains("Mosi")
                && !title.contains("Will for Peace")
                && !title.to_lowercase().contains("exercise"),
            "{}: {title}",
            event.id
        );
    }
    // §1 row 15: no secretary-general.
    assert!(dataset.file().organisation.secretaries_general.is_empty());
}

#[test]
fn every_text_has_russian_and_chinese() {
    let dataset = brics();
    let texts = common::texts(&dataset);
    assert!(texts.len() > 300, "only {} texts found", texts.len());
    let missing = common::missing_translations(&texts);
    assert!(missing.is_empty(), "{missing:#?}");
    // Country names: the dataset's own, or CLDR's for states (§7: member names come from CLDR).
    for country in &dataset.file().countries {
        for lang in [Lang::Ru, Lang::Zh] {
            assert!(
                !country_name(country, lang).fallback,
                "{} has no {lang:?} name",
                country.code
            );
        }
    }
    // §7: «БРИКС» and 金砖国家.
    let name = &dataset.file().organisation.short_name;
    assert_eq!(name.translation(Lang::Ru), Some("БРИКС"));
    assert_eq!(name.translation(Lang::Zh), Some("金砖国家"));
}

#[test]
fn every_record_cites_sources_the_dataset_lists() {
    let dataset = brics();
    let file = dataset.file();
    let org = &file.organisation;
    let mut cited: Vec<(String, &[sco_explorer::model::Id])> = Vec::new();
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
    for (what, sources) in &cited {
        assert!(!sources.is_empty(), "{what} cites no source");
        for id in *sources {
            assert!(dataset.source(id).is_some(), "{what} cites unknown {id}");
        }
    }
    for id in &org.languages_sources {
        assert!(dataset.source(id).is_some(), "languages cite unknown {id}");
    }
}

#[test]
fn every_tour_step_resolves() {
    let dataset = brics();
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
