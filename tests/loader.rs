//! Loader tests: the bundled dataset, a valid fixture, one invalid fixture per
//! kind of error (message and line), and mutated files that must never panic.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use sco_explorer::model::{Confidence, LoadError, load_bundled, load_file, load_str};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// The 1-based line of the first line of `text` containing `marker`.
fn line_of(text: &str, marker: &str) -> usize {
    text.lines()
        .position(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("marker {marker:?} not in fixture"))
        + 1
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one scenario, step by step, as a user takes it"
)]
fn bundled_dataset_loads_and_matches_the_fact_sheet() {
    let dataset = load_bundled().expect("the bundled dataset must load");
    let file = dataset.file();
    let status = |code: &str, on: NaiveDate| {
        let c = dataset
            .country_index(code)
            .unwrap_or_else(|| panic!("{code} missing"));
        dataset.status_on(c, on).map(|p| p.status.as_str())
    };
    // Founding members and later accessions (fact sheet §1c).
    for code in ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"] {
        assert_eq!(status(code, day(2001, 6, 15)), Some("member"), "{code}");
    }
    assert_eq!(status("IND", day(2010, 1, 1)), Some("observer"));
    assert_eq!(status("IND", day(2017, 6, 9)), Some("member"));
    assert_eq!(status("PAK", day(2017, 6, 8)), Some("observer"));
    assert_eq!(status("IRN", day(2023, 7, 4)), Some("member"));
    assert_eq!(status("BLR", day(2024, 7, 3)), Some("observer"));
    assert_eq!(status("BLR", day(2024, 7, 4)), Some("member"));
    assert_eq!(status("MNG", day(2025, 9, 1)), Some("sco-partner"));
    assert_eq!(status("LAO", day(2025, 8, 31)), None);
    assert_eq!(status("LAO", day(2025, 9, 1)), Some("sco-partner"));
    // Headcounts around the Tianjin merger (§3b): 10 members, 2 observers, 14 dialogue partners, then 17 partners.
    let held = |on: NaiveDate, status: &str| {
        dataset
            .counts_on(on)
            .of(dataset.status_index(status).unwrap())
    };
    let before = day(2025, 8, 31);
    assert_eq!(
        (
            held(before, "member"),
            held(before, "observer"),
            held(before, "dialogue-partner")
        ),
        (10, 2, 14)
    );
    let after = day(2025, 9, 1);
    assert_eq!(
        (
            held(after, "member"),
            held(after, "sco-partner"),
            held(after, "observer")
        ),
        (10, 17, 0)
    );
    assert_eq!(dataset.counts_on(after).core(), 10);

    // 5 Shanghai Five meetings and 25 SCO summits.
    let summits: Vec<_> = file.events.iter().filter(|e| e.kind == "summit").collect();
    assert_eq!(summits.len(), 30);
    let bishkek = summits
        .iter()
        .find(|e| e.start.first_day() == day(2013, 9, 13))
        .expect("Bishkek 2013 summit");
    assert_eq!(bishkek.place.country.as_deref(), Some("KGZ"));
    assert_eq!(bishkek.numbers, [13]);

    // Rescue Cooperation-2013 in Shaoxing, 11-16 June 2013 (§5c).
    let rescue = file
        .events
        .iter()
        .find(|e| e.kind == "rescue-drill" && e.start.first_day() == day(2013, 6, 11))
        .expect("Rescue Cooperation-2013");
    assert_eq!(
        rescue.end.map(sco_explorer::model::PartialDate::first_day),
        Some(day(2013, 6, 16))
    );
    assert!(
        rescue
            .place
            .city
            .as_ref()
            .is_some_and(|c| c.en().contains("Shaoxing"))
    );

    // Conflicts keep their marks: the 1996 Shanghai Five summit and Peace Mission 2005.
    let first_meeting = file
        .events
        .iter()
        .find(|e| e.start.year() == 1996 && e.kind == "summit")
        .unwrap();
    assert!(matches!(first_meeting.confidence, Confidence::Conflict(_)));
    let pm2005 = file
        .events
        .iter()
        .find(|e| e.title.en().contains("Peace Mission 2005"))
        .unwrap();
    assert!(matches!(pm2005.confidence, Confidence::Conflict(_)));

    // Every record carries a source, and every web address is http(s).
    assert!(file.events.iter().all(|e| !e.sources.is_empty()));
    assert!(
        file.countries
            .iter()
            .flat_map(|c| &c.statuses)
            .all(|p| !p.sources.is_empty())
    );
    assert_eq!(file.organisation.secretaries_general.len(), 8);
}

#[test]
fn derived_queries_follow_time() {
    let dataset = load_bundled().unwrap();
    let order = dataset.events_in_time_order();
    let starts: Vec<_> = order
        .iter()
        .map(|&e| dataset.file().events[e].start)
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "events sorted by start"
    );
    let first = dataset.next_event(None).unwrap();
    assert_eq!(dataset.previous_event(Some(first)), None);
    assert_eq!(dataset.next_event(Some(first)), order.get(1).copied());
    let last = *order.last().unwrap();
    assert_eq!(dataset.next_event(Some(last)), None);
    let kaz = dataset.country_index("KAZ").unwrap();
    let kaz_events = dataset.events_of_country(kaz);
    assert!(kaz_events.len() > 10);
    assert!(kaz_events.iter().all(|&e| dataset.is_involved(kaz, e)));
    assert!(dataset.hosted_main_events(kaz).count() >= 4);
    // Counts only change on status days.
    assert_eq!(dataset.counts_on(day(1990, 1, 1)).total(), 0);
    assert_eq!(dataset.counts_on(day(2010, 1, 1)).core(), 6);
}

#[test]
fn minimal_valid_fixture_loads() {
    let dataset = load_file(&fixture("valid/minimal.ron")).unwrap();
    assert_eq!(dataset.file().countries.len(), 2);
    assert_eq!(dataset.file().events.len(), 2);
    assert_eq!(dataset.file().tours.len(), 1);
    let summit = dataset.event_index("summit-2001").unwrap();
    assert_eq!(dataset.decisions_at(summit).len(), 1);
}

#[test]
fn a_member_that_is_not_a_state_and_a_joint_meeting_load() {
    let dataset = load_file(&fixture("valid/non_state.ron")).unwrap();
    let eu = dataset.country("EU").unwrap();
    assert!(!eu.state);
    assert_eq!(eu.name, "European Union");
    assert!(dataset.country("LAO").unwrap().state);
    let eu_index = dataset.country_index("EU").unwrap();
    assert_eq!(
        dataset
            .status_on(eu_index, day(2000, 1, 1))
            .map(|p| p.status.as_str()),
        Some("dialogue-partner")
    );
    assert_eq!(
        dataset
            .status_on(eu_index, day(1976, 12, 31))
            .map(|p| p.status.as_str()),
        None
    );
    // The partner is not a member: one member in 2016, two holders of some status.
    let counts = dataset.counts_on(day(2016, 9, 6));
    assert_eq!((counts.core(), counts.total()), (1, 2));
    let summit = dataset.event("summit-2016-vientiane").unwrap();
    assert_eq!(summit.numbers, [28, 29]);
    assert!(dataset.kind_def("summit").unwrap().numbered);
    assert!(dataset.event("exercise-2016").unwrap().numbers.is_empty());
    let exercise = dataset.event_index("exercise-2016").unwrap();
    assert!(dataset.is_involved(eu_index, exercise));
    assert_eq!(
        dataset.resolve("EU"),
        Some(sco_explorer::model::Target::Country(eu_index))
    );
    // The state flag survives a round trip through the JSON export's serde form.
    let json = serde_json::to_string(dataset.file()).unwrap();
    assert!(json.contains("\"state\":false"), "{json}");
}

/// README's "Dataset format" shows minimal.ron in full; they must not drift apart.
#[test]
fn readme_example_is_the_minimal_fixture() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let minimal = std::fs::read_to_string(fixture("valid/minimal.ron")).unwrap();
    let section = &readme[readme.find("## Dataset format").unwrap()..];
    let from = section.find("```ron\n").unwrap() + "```ron\n".len();
    let to = from + section[from..].find("```").unwrap();
    assert_eq!(
        section[from..to].trim_end(),
        minimal.trim_end(),
        "README's example differs from tests/fixtures/valid/minimal.ron"
    );
    // The walk-through's example errors are what `check` prints for these fixtures.
    for name in ["unknown_status", "malformed_colour"] {
        let error = load_file(&fixture(&format!("invalid/{name}.ron"))).unwrap_err();
        let p = &error.problems()[0];
        let shown = format!(
            "tests/fixtures/invalid/{name}.ron:{}:{}: {}",
            p.line, p.column, p.message
        );
        assert!(section.contains(&shown), "README should show: {shown}");
    }
}

#[test]
fn version_1_files_keep_loading() {
    let v1 = load_file(&fixture("valid/minimal_v1.ron")).unwrap();
    let v2 = load_file(&fixture("valid/minimal.ron")).unwrap();
    assert_eq!(v1.file().format_version, 1);
    assert_eq!(v2.file().format_version, 2);

    // A version 1 file implies the SCO's statuses and kinds, in this order.
    let statuses: Vec<_> = v1
        .statuses()
        .iter()
        .map(|s| (s.id.as_str(), s.label.en()))
        .collect();
    assert_eq!(
        statuses,
        [
            ("member", "Member"),
            ("shanghai-five", "Shanghai Five"),
            ("observer", "Observer"),
            ("dialogue-partner", "Dialogue partner"),
            ("sco-partner", "SCO partner"),
        ]
    );
    let kinds: Vec<_> = v1
        .kinds()
        .iter()
        .map(|k| (k.id.as_str(), k.label.en()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("summit", "Summit"),
            ("government-meeting", "Heads of Government meeting"),
            ("military-exercise", "Military exercise"),
            ("security-exercise", "Security / border exercise"),
            ("rescue-drill", "Rescue drill"),
        ]
    );
    let member = v1.status_def("member").unwrap();
    assert!(member.counts_as_member);
    assert_eq!(member.plural, "Members");
    assert!(!v1.status_def("observer").unwrap().counts_as_member);
    assert!(v1.kind_def("summit").unwrap().numbered);
    assert!(!v1.kind_def("rescue-drill").unwrap().numbered);
    assert_eq!(v1.kind_def("rescue-drill").unwrap().plural, "Rescue drills");

    // The same facts written in version 1 and version 2 load the same.
    let (a, b) = (v1.file(), v2.file());
    assert_eq!(a.organisation, b.organisation);
    assert_eq!(a.sources, b.sources);
    assert_eq!(a.countries, b.countries);
    assert_eq!(a.events, b.events);
    assert_eq!(a.tours, b.tours);
    assert_eq!(v1.event("summit-2001").unwrap().numbers, [1]);
    // minimal.ron declares the two statuses and kinds it uses exactly as version 1 implies them.
    for declared in v2.statuses() {
        assert_eq!(
            Some(declared),
            v1.status_def(&declared.id),
            "{}",
            declared.id
        );
    }
    for declared in v2.kinds() {
        assert_eq!(Some(declared), v1.kind_def(&declared.id), "{}", declared.id);
    }
    // Derived queries agree too.
    for code in ["KAZ", "IND"] {
        for on in [
            day(2005, 7, 5),
            day(2017, 6, 8),
            day(2017, 6, 9),
            day(2025, 1, 1),
        ] {
            let status = |d: &sco_explorer::model::Dataset| {
                d.status_on(d.country_index(code).unwrap(), on)
                    .map(|p| p.status.clone())
            };
            assert_eq!(status(&v1), status(&v2), "{code} on {on}");
        }
    }
    for on in [day(2001, 6, 15), day(2010, 1, 1), day(2017, 6, 9)] {
        assert_eq!(v1.counts_on(on).core(), v2.counts_on(on).core(), "{on}");
    }
    assert_eq!(v2.counts_on(day(2017, 6, 9)).core(), 2);
}

/// (fixture, words the message must contain, text on the line the error must point at)
const INVALID: &[(&str, &str, &str)] = &[
    (
        "event_id_is_a_country_code",
        "is also a country's code",
        "id: \"KAZ\"",
    ),
    ("syntax_missing_comma", "expected a comma", "description:"),
    ("unknown_field", "unknown field `titel`", "titel:"),
    (
        "unknown_language",
        // The text's key is blamed, not the record around it ("in Event(...)").
        "unknown language `fr` in a translated text",
        "fr: \"1er sommet\"",
    ),
    (
        "missing_field",
        "missing the required field `title`",
        "id: \"drill-2013\"",
    ),
    (
        "wrong_type",
        "expected a whole number",
        "number: Some(\"first\")",
    ),
    (
        "invalid_date",
        "\"2023-02-30\" is not a real calendar date",
        "2023-02-30",
    ),
    (
        "malformed_date",
        "\"14 June 2001\" is not a date",
        "14 June 2001",
    ),
    (
        "end_before_start",
        "end 2001-06-01 is before start 2001-06-14",
        "end: Some(\"2001-06-01\")",
    ),
    (
        "duplicate_id",
        "duplicate event id \"summit-2001\"",
        "id: \"summit-2001\"",
    ),
    (
        "unknown_country",
        "unknown country \"XYZ\"",
        "participants:",
    ),
    ("unknown_source", "unknown source \"S99\"", "S99"),
    (
        "coordinates_without_longitude",
        "latitude without longitude",
        "lat: Some(31.22)",
    ),
    (
        "area_with_coordinates",
        "an area has no single point",
        "area: true",
    ),
    ("unknown_place_source", "unknown source \"GN-0\"", "GN-0"),
    (
        "unknown_event_ref",
        "unknown event \"summit-2002\"",
        "summit-2002",
    ),
    (
        "overlapping_periods",
        "status periods overlap",
        "status: Member, from: \"2017-06-09\"",
    ),
    (
        "bad_url_scheme",
        "must start with http:// or https://",
        "ftp://",
    ),
    ("empty_title", "title is empty", "title: \"  \""),
    ("no_sources", "no source given", "sources: [],"),
    (
        "unknown_enum_variant",
        "`Drill` is not a valid",
        "kind: Drill",
    ),
    (
        "bad_country_code",
        "not an ISO 3166-1 alpha-3 code",
        "code: \"India\"",
    ),
    (
        "memberships_step_on_event",
        "a Memberships step shows a country's memberships",
        "view: Memberships",
    ),
    (
        "unknown_tour_step",
        "unknown tour step \"PAK\"",
        "target: \"PAK\"",
    ),
    (
        "wrong_format_version",
        "this program reads versions 1 and 2",
        "format_version: 3",
    ),
    (
        "summit_field_on_drill",
        "`number` is only for numbered meetings",
        "number: Some(2)",
    ),
    ("empty_conflict_note", "needs a note", "Conflict(\"\")"),
    ("unclosed_string", "expected a comma", "name: \"India,"),
    (
        "duplicate_country",
        "duplicate country code \"KAZ\"",
        "code: \"KAZ\",",
    ),
    // Version 2: statuses and kinds declared in the file.
    (
        "unknown_status",
        "unknown status \"obsever\": declare it in `statuses`",
        "status: \"obsever\"",
    ),
    (
        "unknown_kind",
        "unknown kind \"drill\": declare it in `kinds`",
        "kind: \"drill\"",
    ),
    (
        "duplicate_status_def",
        "duplicate status id \"member\"",
        "StatusDef(id: \"member\", label: \"Observer\"",
    ),
    (
        "duplicate_kind_def",
        "duplicate kind id \"summit\"",
        "KindDef(id: \"summit\", label: \"Rescue drill\"",
    ),
    (
        "malformed_colour",
        "\"#a65f0\" is not a colour: write \"#\" and six hex digits",
        "color: \"#a65f0\"",
    ),
    (
        "colour_name",
        "\"green\" is not a colour",
        "color: \"green\"",
    ),
    (
        "v1_declares_statuses",
        "`statuses` are declared from format_version 2 on",
        "    statuses: [",
    ),
    (
        "v2_without_definitions",
        "a version 2 dataset declares its statuses",
        "format_version: 2",
    ),
    (
        "non_state_iso_code",
        "\"EUR\" is not a state, so its code must not look like an ISO 3166-1 alpha-3 code",
        "code: \"EUR\"",
    ),
    (
        "numbers_on_unnumbered_kind",
        "`numbers` is only for numbered meetings (such as summits), but this event is of kind \"rescue-drill\"",
        "numbers: [2]",
    ),
    (
        "unknown_marker",
        "`Star` is not a valid Marker; write one of: Circle, Square",
        "marker: Star",
    ),
];

#[test]
fn every_invalid_fixture_names_file_line_and_problem() {
    for &(name, words, marker) in INVALID {
        let path = fixture(&format!("invalid/{name}.ron"));
        let text = std::fs::read_to_string(&path).unwrap();
        let error = load_file(&path).expect_err(name);
        let problems = error.problems();
        assert!(!problems.is_empty(), "{name}: {error}");
        let hit = problems
            .iter()
            .find(|p| p.message.contains(words))
            .unwrap_or_else(|| {
                panic!(
                    "{name}: no message contains {words:?}: {:#?}",
                    error.lines()
                )
            });
        let mut expected_line = line_of(&text, marker);
        if name == "missing_field" {
            // A missing field is reported at the start of its record, the line above the id.
            expected_line -= 1;
        }
        if name == "duplicate_country" || name == "duplicate_id" {
            // The second record with the id is the duplicate.
            expected_line = text
                .lines()
                .enumerate()
                .filter(|(_, l)| l.contains(marker))
                .nth(1)
                .unwrap()
                .0
                + 1;
        }
        if name == "unclosed_string" {
            // An unclosed quote runs on; the error is reported where the string ends or the record breaks.
            assert!(hit.line >= expected_line, "{name}: {hit}");
        } else {
            assert_eq!(
                hit.line,
                expected_line,
                "{name}: {hit}\nall: {:#?}",
                error.lines()
            );
        }
        assert!(hit.column >= 1);
        let shown = hit.to_string();
        assert!(
            shown.starts_with(&format!("{}:{}:{}: ", path.display(), hit.line, hit.column)),
            "{shown}"
        );
    }
}

// Loader bugs found while writing the version 2 fixtures, each fixed and kept
// here as a regression test that says what went wrong.

#[test]
fn more_statuses_than_the_counts_hold_are_a_problem_not_a_panic() {
    let extra: String = (0..=sco_explorer::model::MAX_STATUSES)
        .map(|i| format!("        StatusDef(id: \"extra-{i}\", label: \"Extra {i}\", plural: \"Extras {i}\", color: \"#000000\", dark_color: \"#ffffff\"),\n"))
        .collect();
    let text = std::fs::read_to_string(fixture("valid/minimal.ron"))
        .unwrap()
        .replacen(
            "    ],\n    kinds: [",
            &format!("{extra}    ],\n    kinds: ["),
            1,
        );
    let loaded = std::panic::catch_unwind(|| load_str("many.ron", &text).map(|_| ()));
    let error = loaded
        .expect("loading panicked")
        .expect_err("18 statuses were accepted");
    assert!(
        error.lines().iter().any(|l| l.contains("statuses")),
        "{error}"
    );
}

#[test]
fn a_duplicate_kind_does_not_redefine_the_first() {
    let error = load_file(&fixture("invalid/duplicate_kind_def.ron")).unwrap_err();
    assert!(
        !error
            .lines()
            .iter()
            .any(|l| l.contains("is only for numbered meetings")),
        "{:#?}",
        error.lines()
    );
}

#[test]
fn unknown_id_messages_never_end_in_an_empty_list() {
    let error = load_file(&fixture("invalid/v2_without_definitions.ron")).unwrap_err();
    for line in error.lines() {
        assert!(!line.trim_end().ends_with("use one of"), "{line}");
    }
}

#[test]
fn colours_are_exactly_six_hex_digits() {
    use sco_explorer::model::Rgb;
    assert_eq!(Rgb::parse("#1f5fbf"), Some(Rgb([0x1f, 0x5f, 0xbf])));
    for bad in ["#+1+2+3", "#12345", "blue", "#12345g", "1f5fbf"] {
        assert_eq!(Rgb::parse(bad), None, "{bad}");
    }
}

#[test]
fn all_problems_are_reported_in_one_pass() {
    let path = fixture("invalid/many_problems.ron");
    let error = load_file(&path).unwrap_err();
    let lines = error.lines().join("\n");
    for words in ["unknown field `titel`", "2023-02-30", "javascript:alert(1)"] {
        assert!(lines.contains(words), "missing {words:?} in\n{lines}");
    }
    assert!(error.problems().len() >= 3, "{lines}");
}

#[test]
fn unreadable_and_oversized_files_are_errors_not_panics() {
    let missing = load_file(Path::new("/nonexistent/dataset.ron")).unwrap_err();
    assert!(matches!(missing, LoadError::Io { .. }));
    assert!(missing.to_string().contains("/nonexistent/dataset.ron"));

    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let big = dir.join("big.ron");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(sco_explorer::model::MAX_FILE_BYTES + 1)
        .unwrap();
    let error = load_file(&big).unwrap_err();
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error}");
    std::fs::remove_dir_all(&dir).ok();
}

mod mutations {
    use proptest::prelude::*;

    use super::*;

    fn source() -> String {
        std::fs::read_to_string(fixture("valid/minimal.ron")).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn truncated_files_never_panic(cut in 0usize..2000) {
            let text = source();
            let mut end = cut.min(text.len());
            while !text.is_char_boundary(end) { end -= 1; }
            let _ = load_str("cut.ron", &text[..end]);
        }

        #[test]
        fn flipped_bytes_never_panic(flips in proptest::collection::vec((0usize..2000, any::<u8>()), 1..8)) {
            let mut bytes = source().into_bytes();
            for (at, value) in flips {
                let len = bytes.len();
                bytes[at % len] = value;
            }
            let text = String::from_utf8_lossy(&bytes);
            let _ = load_str("flipped.ron", &text);
        }

        #[test]
        fn removed_lines_never_panic(remove in proptest::collection::vec(0usize..80, 1..5)) {
            let text: Vec<String> = source().lines().map(str::to_owned).collect();
            let kept: Vec<&str> = text
                .iter()
                .enumerate()
                .filter(|(i, _)| !remove.contains(i))
                .map(|(_, l)| l.as_str())
                .collect();
            let _ = load_str("removed.ron", &kept.join("\n"));
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
            let _ = load_str("random.ron", &text);
        }
    }
}

/// A long randomised run over the bundled dataset, for the fuzzing record in the issue note.
/// Run with `SCO_FUZZ_CASES=200000 cargo test --release --test loader long_fuzz -- --ignored`.
#[test]
#[ignore = "long run; started by hand"]
fn long_fuzz_of_the_bundled_dataset_never_panics() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    let cases = std::env::var("SCO_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let text = sco_explorer::model::BUNDLED_RON.as_bytes().to_vec();
    let len = text.len();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (
        proptest::collection::vec((0..len, any::<u8>()), 0..6),
        0..=len,
        proptest::collection::vec((0..len, 0usize..200), 0..3),
    );
    runner
        .run(&strategy, |(flips, cut, removals)| {
            let mut bytes = text.clone();
            for (at, value) in flips {
                bytes[at] = value;
            }
            for (at, n) in removals {
                let end = (at + n).min(bytes.len());
                let start = at.min(end);
                bytes.drain(start..end);
            }
            bytes.truncate(cut.min(bytes.len()));
            let text = String::from_utf8_lossy(&bytes);
            let _ = load_str("fuzz.ron", &text);
            Ok(())
        })
        .unwrap();
    println!("long fuzz: {cases} mutated datasets loaded without a panic");
}

#[test]
fn translated_fields_read_in_each_language_and_fall_back_to_english() {
    use sco_explorer::i18n::Lang;
    let path = "tests/fixtures/valid/translated.ron";
    let dataset = load_file(Path::new(path)).unwrap();
    let file = dataset.file();
    assert_eq!(file.title.text(Lang::Zh), "示例组织");
    let summit = dataset.event("summit-2001").unwrap();
    assert_eq!(summit.title.text(Lang::Ru), "1-й саммит");
    let city = summit.place.city.as_ref().unwrap();
    assert_eq!(city.text(Lang::Zh), "上海");
    // No Russian city: English, marked as a fallback.
    assert!(city.get(Lang::Ru).fallback);
    assert_eq!(city.text(Lang::Ru), "Shanghai");
    let member = dataset.status_def("member").unwrap();
    assert_eq!(member.plural.text(Lang::Ru), "Члены");
    assert!(member.plural.get(Lang::Zh).fallback);
    // Country names without a translation in the file come from CLDR.
    let kaz = dataset.country("KAZ").unwrap();
    assert_eq!(
        sco_explorer::model::country_name(kaz, Lang::Ru).text,
        "Казахстан"
    );
    assert_eq!(
        sco_explorer::model::country_name(kaz, Lang::Zh).text,
        "哈萨克斯坦"
    );
    assert_eq!(
        sco_explorer::model::country_name(kaz, Lang::En).text,
        "Kazakhstan"
    );
}

#[test]
fn progress_reports_increasing_counts_up_to_every_event() {
    use sco_explorer::generate::{GenerateOptions, generate};
    use sco_explorer::model::load_str_with_progress;
    // 2,000 events are read in one piece; 20,000 (several MB) in pieces on two threads.
    for events in [2_000, 20_000] {
        let options = GenerateOptions {
            countries: 60,
            events,
            seed: 5,
        };
        let text = generate(&options).unwrap();
        let mut counts = Vec::new();
        let dataset = load_str_with_progress("big.ron", &text, &mut |n| counts.push(n)).unwrap();
        assert_eq!(dataset.file().events.len(), events);
        assert!(counts.len() > 1, "{events}: {counts:?}");
        assert!(
            counts.windows(2).all(|w| w[0] <= w[1]),
            "{events}: counts only grow: {counts:?}"
        );
        assert_eq!(
            counts.last(),
            Some(&events),
            "the last count is every event"
        );
    }
}

#[test]
fn a_file_read_in_pieces_gives_the_same_records_as_read_in_one() {
    use sco_explorer::generate::{GenerateOptions, generate};
    let options = GenerateOptions {
        countries: 40,
        events: 20_000,
        seed: 9,
    };
    let text = generate(&options).unwrap();
    let in_pieces = load_str("pieces.ron", &text).unwrap();
    // A block comment is something the cutter does not follow: read in one piece.
    let in_one = load_str("one.ron", &format!("/* one piece */\n{text}")).unwrap();
    assert_eq!(in_pieces.file(), in_one.file());
    assert_eq!(
        in_pieces.events_in_time_order(),
        in_one.events_in_time_order()
    );
    // A broken record in the second half is found and reported with its line.
    let broken = text.replacen("Event(id: \"e15000\"", "Event(id: \"e15000\", bogus: 1", 1);
    let error = load_str("broken.ron", &broken).unwrap_err();
    let lines = error.lines();
    assert!(lines.iter().any(|l| l.contains("bogus")), "{lines:?}");
}
