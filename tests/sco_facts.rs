//! Fact tests for the bundled SCO dataset: the corrections of the 2026-11-29
//! audit (`shared/reference/sco-facts-audit.md`), the 24 meetings of the
//! Council of Heads of Government (`sco-heads-of-government.md`), the third
//! rescue drill, the milestones and bodies added with them, and the
//! "How the SCO works" tour.
//!
//! Disputed values must keep a `Conflict` note that gives both values, and
//! unconfirmed parts an `Unverified` note that says what is not confirmed.

mod common;
use common::day;

use std::collections::HashSet;

use chrono::NaiveDate;
use sco_explorer::model::{Confidence, Dataset, Event, SummitFormat, Target, Text, load_bundled};

fn dataset() -> Dataset {
    load_bundled().unwrap_or_else(|error| panic!("the bundled dataset must load: {error:?}"))
}

fn event<'a>(dataset: &'a Dataset, id: &str) -> &'a Event {
    dataset
        .event(id)
        .unwrap_or_else(|| panic!("event {id} missing"))
}

/// The note of a `Conflict` mark; fails if the mark is anything else.
fn conflict(confidence: &Confidence) -> &str {
    match confidence {
        Confidence::Conflict(note) => note.en(),
        other => panic!("expected a conflict mark, found {other:?}"),
    }
}

/// The note of an `Unverified` mark; fails if the mark is anything else.
fn unverified(confidence: &Confidence) -> &str {
    match confidence {
        Confidence::Unverified(note) => note.en(),
        other => panic!("expected an unverified mark, found {other:?}"),
    }
}

fn assert_mentions(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "{needle:?} missing from {text:?}");
    }
}

fn span(event: &Event) -> (NaiveDate, NaiveDate) {
    (
        event.start.first_day(),
        event.end.unwrap_or(event.start).last_day(),
    )
}

fn has(codes: &[sco_explorer::model::CountryCode], code: &str) -> bool {
    codes.iter().any(|c| c == code)
}

#[test]
fn iran_memorandum_date_is_a_conflict_with_both_days() {
    let dataset = dataset();
    let iran = dataset.country("IRN").unwrap();
    let observer = iran
        .statuses
        .iter()
        .find(|p| p.status == "observer")
        .unwrap();
    assert_eq!(observer.from.first_day(), day(2005, 7, 5));
    assert_mentions(
        conflict(&observer.confidence),
        &["2022-09-15", "2022-09-16", "S49", "June 2005", "2005-07-05"],
    );
    // The observer note is softened: the ministers agreed in June, the summit granted in July.
    assert_mentions(
        observer.note.as_ref().map(Text::en).unwrap(),
        &["June 2005", "2005-07-05"],
    );
}

#[test]
fn peace_mission_2021_has_the_hosts_dates_and_belarus() {
    let dataset = dataset();
    let pm = event(&dataset, "pm-2021");
    assert_eq!(span(pm), (day(2021, 9, 20), day(2021, 9, 24)));
    assert!(has(&pm.participants, "BLR"), "{:?}", pm.participants);
    assert_eq!(pm.participants.len(), 9, "eight members and Belarus");
    // Belarus was an observer state when it took part.
    let blr = dataset.country_index("BLR").unwrap();
    assert_eq!(
        dataset
            .status_on(blr, day(2021, 9, 20))
            .map(|p| p.status.as_str()),
        Some("observer")
    );
    assert_mentions(
        conflict(&pm.confidence),
        &[
            "2021-09-20",
            "2021-09-24",
            "2021-09-13",
            "2021-09-11",
            "deployment",
        ],
    );
    assert!(pm.sources.iter().any(|s| s == "S131"));
    assert_eq!(
        dataset.source("S131").unwrap().url,
        "https://tass.com/defense/1339845"
    );
}

#[test]
fn peace_mission_2020_was_planned_in_kemerovo_and_postponed() {
    let dataset = dataset();
    let pm = event(&dataset, "pm-2020");
    assert!(
        pm.place
            .city
            .as_ref()
            .map(Text::en)
            .unwrap()
            .contains("Kemerovo")
    );
    assert!(pm.participants.is_empty(), "it did not take place");
    assert_mentions(
        pm.note.as_ref().map(Text::en).unwrap(),
        &["postponed", "pandemic"],
    );
    assert_mentions(conflict(&pm.confidence), &["Novosibirsk", "Kemerovo"]);
}

#[test]
fn summit_2020_moved_to_st_petersburg_then_met_by_video() {
    let dataset = dataset();
    let summit = event(&dataset, "summit-2020-virtual");
    assert_eq!(span(summit), (day(2020, 11, 10), day(2020, 11, 10)));
    assert_eq!(summit.format, Some(SummitFormat::Virtual));
    assert_mentions(
        summit.note.as_ref().map(Text::en).unwrap(),
        &[
            "Chelyabinsk",
            "St Petersburg",
            "21-23 July 2020",
            "postponed",
            "2019-08-15",
        ],
    );
    assert!(summit.sources.iter().any(|s| s == "S132"));
    // The St Petersburg dates and the postponement day rest on reports without an address.
    assert_mentions(
        unverified(&summit.confidence),
        &["21-23 July", "2020-05-27"],
    );
}

#[test]
fn rescue_drill_2009_has_days_and_the_uzbekistan_conflict() {
    let dataset = dataset();
    let drill = event(&dataset, "rescue-2009-noginsk");
    assert_eq!(span(drill), (day(2009, 5, 19), day(2009, 5, 22)));
    for code in ["RUS", "CHN", "KAZ", "TJK", "UZB"] {
        assert!(has(&drill.participants, code), "{code}");
    }
    assert_mentions(conflict(&drill.confidence), &["Uzbekistan", "S126", "S134"]);
}

#[test]
fn bahrain_memorandum_day_is_sourced() {
    let dataset = dataset();
    let bhr = dataset.country_index("BHR").unwrap();
    assert_eq!(dataset.status_on(bhr, day(2023, 7, 14)), None);
    let period = dataset.status_on(bhr, day(2023, 7, 15)).unwrap();
    assert_eq!(period.status, "dialogue-partner");
    assert!(period.sources.iter().any(|s| s == "S68"));
    // Only the place of the signing is still open.
    let note = unverified(&period.confidence);
    assert!(note.contains("place"), "{note}");
    assert!(!note.contains("day and place"), "{note}");
}

#[test]
fn india_observed_pabbi_2021() {
    let dataset = dataset();
    let pabbi = event(&dataset, "pabbi-antiterror-2021");
    assert!(!has(&pabbi.participants, "IND"));
    assert!(has(&pabbi.observers, "IND"));
    assert!(has(&pabbi.participants, "CHN") && has(&pabbi.participants, "PAK"));
    assert_mentions(
        conflict(&pabbi.confidence),
        &["Punjab", "Khyber-Pakhtunkhwa", "India"],
    );
}

#[test]
fn sahand_2025_runs_1_to_5_december_with_a_participants_conflict() {
    let dataset = dataset();
    let sahand = event(&dataset, "sahand-antiterror-2025");
    assert_eq!(span(sahand), (day(2025, 12, 1), day(2025, 12, 5)));
    assert!(
        sahand
            .place
            .city
            .as_ref()
            .map(Text::en)
            .unwrap()
            .contains("Shabestar")
    );
    assert_eq!(sahand.participants.len(), 10);
    assert_mentions(
        conflict(&sahand.confidence),
        &["all ten members", "five countries", "13 or 14"],
    );
}

#[test]
fn border_operations_of_2022_and_2023_cite_sources_of_their_time() {
    let dataset = dataset();
    for id in ["friendship-border-2022", "solidarity-2023"] {
        let op = event(&dataset, id);
        assert!(!op.sources.iter().any(|s| s == "S125"), "{id}");
        for source in &op.sources {
            let date = dataset.source(source).unwrap().date.unwrap();
            assert!(date.year() >= 2022, "{id} cites {source} of {date}");
        }
    }
    let s125 = dataset.source("S125").unwrap();
    assert!(!s125.title.contains("2022") && !s125.title.contains("2023"));
}

#[test]
fn smaller_audit_items_are_applied() {
    let dataset = dataset();
    let org = &dataset.file().organisation;
    let secretariat = org.bodies.iter().find(|b| b.name == "Secretariat").unwrap();
    assert!(
        !secretariat
            .description
            .en()
            .contains("creation was decided")
    );
    assert!(secretariat.description.en().contains("2004-01-15"));
    let astana = event(&dataset, "summit-2024-astana");
    let note = astana.note.as_ref().map(Text::en).unwrap();
    assert!(!note.contains("not proven"), "{note}");
    assert_mentions(note, &["No new dialogue partners", "14 dialogue partners"]);
}

#[test]
fn government_meeting_lane_sits_under_the_summits() {
    let dataset = load_bundled().unwrap();
    let kinds: Vec<&str> = dataset.kinds().iter().map(|k| k.id.as_str()).collect();
    assert_eq!(&kinds[..2], ["summit", "government-meeting"]);
    let meeting = dataset.kind_def("government-meeting").unwrap();
    assert_eq!(meeting.label, "Heads of Government meeting");
    assert_eq!(meeting.plural, "Heads of Government");
}

#[test]
fn the_24_heads_of_government_meetings_are_numbered_in_time_order() {
    let dataset = dataset();
    let meetings: Vec<&Event> = dataset
        .events_in_time_order()
        .iter()
        .map(|&e| &dataset.file().events[e])
        .filter(|e| e.kind == "government-meeting")
        .collect();
    let numbers: Vec<u32> = meetings.iter().map(|e| e.numbers[0]).collect();
    assert_eq!(numbers, (1..=24).collect::<Vec<u32>>());
    assert!(
        meetings.iter().all(|e| e.start.year() != 2002),
        "no meeting in 2002"
    );
    for meeting in &meetings {
        assert_eq!(
            meeting.series.as_ref().map(Text::en),
            Some("Council of Heads of Government"),
            "{}",
            meeting.id
        );
        assert!(meeting.place.country.is_some(), "{}", meeting.id);
        assert!(!meeting.outcomes.is_empty(), "{}", meeting.id);
        assert!(!meeting.sources.is_empty(), "{}", meeting.id);
    }
    // One meeting a year from 2003 on.
    let years: Vec<i32> = meetings.iter().map(|e| e.start.year()).collect();
    let mut expected = vec![2001];
    expected.extend(2003..=2025);
    assert_eq!(years, expected);
    // 2020-2022 were video meetings; all others in person.
    for meeting in &meetings {
        let video = (2020..=2022).contains(&meeting.start.year());
        let format = if video {
            SummitFormat::Virtual
        } else {
            SummitFormat::InPerson
        };
        assert_eq!(meeting.format, Some(format), "{}", meeting.id);
    }
}

#[test]
fn heads_of_government_meetings_match_the_reference() {
    let dataset = dataset();
    let almaty = event(&dataset, "chg-2001-almaty");
    assert_eq!(span(almaty), (day(2001, 9, 14), day(2001, 9, 14)));
    assert_eq!(almaty.place.country.as_deref(), Some("KAZ"));
    let beijing = event(&dataset, "chg-2003-beijing");
    assert_eq!(span(beijing), (day(2003, 9, 23), day(2003, 9, 23)));
    assert!(
        beijing
            .outcomes
            .iter()
            .any(|o| o.en().contains("Programme of Multilateral Trade"))
    );
    // The two conflicts keep both dates.
    let bishkek_2004 = event(&dataset, "chg-2004-bishkek");
    assert_eq!(bishkek_2004.start.first_day(), day(2004, 9, 23));
    assert_mentions(
        conflict(&bishkek_2004.confidence),
        &["2004-09-23", "2004-09-22"],
    );
    let bishkek_2012 = event(&dataset, "chg-2012-bishkek");
    assert_eq!(span(bishkek_2012), (day(2012, 12, 4), day(2012, 12, 5)));
    assert_mentions(conflict(&bishkek_2012.confidence), &["2013-11-29"]);
    // Sochi was the 16th meeting and Dushanbe 2018 the 17th.
    assert_eq!(event(&dataset, "chg-2017-sochi").numbers, [16]);
    assert_eq!(event(&dataset, "chg-2018-dushanbe").numbers, [17]);
    let video_2020 = event(&dataset, "chg-2020-video");
    assert_eq!(video_2020.start.first_day(), day(2020, 11, 30));
    assert_eq!(video_2020.place.country.as_deref(), Some("IND"));
    let islamabad = event(&dataset, "chg-2024-islamabad");
    assert_eq!(islamabad.numbers, [23]);
    assert_eq!(islamabad.place.country.as_deref(), Some("PAK"));
    let moscow = event(&dataset, "chg-2025-moscow");
    assert_eq!(span(moscow), (day(2025, 11, 17), day(2025, 11, 18)));
    assert_mentions(unverified(&moscow.confidence), &["2026 budget"]);
    // A meeting shows in its host's list of events.
    let pak = dataset.country_index("PAK").unwrap();
    let islamabad_index = dataset.event_index("chg-2024-islamabad").unwrap();
    assert!(dataset.is_involved(pak, islamabad_index));
}

#[test]
fn third_rescue_drill_in_kazakhstan_marks_what_is_unverified() {
    let dataset = dataset();
    let drill = event(&dataset, "rescue-2015-kazakhstan");
    assert_eq!(drill.kind, "rescue-drill");
    assert_eq!(drill.place.country.as_deref(), Some("KAZ"));
    assert_eq!(drill.end.unwrap().first_day(), day(2015, 6, 3));
    assert!(
        drill
            .place
            .city
            .as_ref()
            .map(Text::en)
            .unwrap()
            .contains("Almaty region")
    );
    assert_mentions(
        unverified(&drill.confidence),
        &["start day", "participants", "third"],
    );
    let rescue_drills = dataset
        .file()
        .events
        .iter()
        .filter(|e| e.kind == "rescue-drill")
        .count();
    assert_eq!(
        rescue_drills, 4,
        "Noginsk 2009, Shaoxing 2013, Kazakhstan 2015, New Delhi 2019"
    );
}

#[test]
fn milestones_include_the_status_regulations_and_the_treaty() {
    let dataset = dataset();
    let milestones = &dataset.file().organisation.milestones;
    let find = |text: &str| {
        milestones
            .iter()
            .find(|m| m.title.en().contains(text))
            .unwrap_or_else(|| panic!("milestone {text:?} missing"))
    };
    let observer = find("Observer Status");
    assert_eq!(observer.date.first_day(), day(2004, 6, 17));
    assert_mentions(
        conflict(&observer.confidence),
        &["2004-06-17", "April 24, 2004"],
    );
    let dialogue = find("Dialogue Partner Status");
    assert_eq!(dialogue.date.first_day(), day(2008, 8, 28));
    assert_mentions(
        conflict(&dialogue.confidence),
        &["2008-08-28", "August 8, 2008", "August of 2018"],
    );
    let treaty = find("Good-Neighbourliness");
    assert_eq!(treaty.date.first_day(), day(2007, 8, 16));
    assert!(
        treaty
            .place
            .as_ref()
            .map(Text::en)
            .unwrap()
            .contains("Bishkek")
    );
    // Milestones stay in date order.
    let dates: Vec<_> = milestones.iter().map(|m| m.date).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    // The Convention against Terrorism is among the Yekaterinburg outcomes.
    let yekaterinburg = event(&dataset, "summit-2009-yekaterinburg");
    assert!(
        yekaterinburg
            .outcomes
            .iter()
            .any(|o| o.en().contains("Convention against Terrorism")
                && o.en().contains("2009-06-16"))
    );
}

#[test]
fn afghanistan_record_tells_the_contact_group_story() {
    let dataset = dataset();
    let note = dataset
        .country("AFG")
        .unwrap()
        .note
        .as_ref()
        .map(Text::en)
        .unwrap();
    assert_mentions(
        note,
        &[
            "Contact Group",
            "2005-11-04",
            "suspended in 2009",
            "2017-10-11",
        ],
    );
}

#[test]
fn tianjin_bodies_carry_the_start_of_operations_conflict() {
    let dataset = dataset();
    let bodies = &dataset.file().organisation.bodies;
    for (name, seat) in [
        ("Anti-Drug Centre", "Dushanbe"),
        ("Universal Centre", "Tashkent"),
    ] {
        let body = bodies
            .iter()
            .find(|b| b.name.en().contains(name))
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(body.seat.as_ref().map(Text::en), Some(seat));
        assert_mentions(
            conflict(&body.confidence),
            &["officially launched", "begin operations", "2025-09-17"],
        );
    }
}

#[test]
fn how_it_works_tour_resolves_every_step() {
    let dataset = dataset();
    let tour = dataset
        .file()
        .tours
        .iter()
        .find(|t| t.id == "how-it-works")
        .expect("tour how-it-works");
    assert_eq!(tour.title, "How the SCO works");
    assert_eq!(
        dataset.presentation_steps(Some("how-it-works")).len(),
        tour.steps.len()
    );
    let mut kinds = HashSet::new();
    for step in &tour.steps {
        assert!(step.note.is_some(), "{} has no note", step.target);
        match dataset.resolve(&step.target) {
            Some(Target::Event(e)) => {
                kinds.insert(dataset.file().events[e].kind.as_str());
            }
            Some(Target::Country(_)) => {}
            None => panic!("tour step {} does not resolve", step.target),
        }
    }
    assert!(kinds.contains("summit"));
    assert!(kinds.contains("government-meeting"));
    let notes: String = tour
        .steps
        .iter()
        .filter_map(|s| s.note.as_ref().map(Text::en))
        .collect();
    assert_mentions(&notes, &["RATS", "Secretariat", "budget"]);
}

#[test]
fn every_listed_source_is_cited_and_every_cited_source_listed() {
    let dataset = dataset();
    let file = dataset.file();
    let org = &file.organisation;
    let mut cited: HashSet<&str> = HashSet::new();
    let lists = std::iter::once(&org.founded.sources)
        .chain(org.milestones.iter().map(|m| &m.sources))
        .chain(org.bodies.iter().map(|b| &b.sources))
        .chain(std::iter::once(&org.languages_sources))
        .chain(org.secretaries_general.iter().map(|s| &s.sources))
        .chain(
            file.countries
                .iter()
                .flat_map(|c| &c.statuses)
                .map(|p| &p.sources),
        )
        .chain(file.events.iter().map(|e| &e.sources));
    for list in lists {
        cited.extend(list.iter().map(sco_explorer::model::SmolStr::as_str));
    }
    // Places cite the source of their coordinates.
    cited.extend(
        file.events
            .iter()
            .filter_map(|e| e.place.located_by.as_deref()),
    );
    let listed: HashSet<&str> = file.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(listed.len(), file.sources.len(), "source ids are unique");
    let uncited: Vec<_> = listed.difference(&cited).collect();
    assert!(uncited.is_empty(), "listed but never cited: {uncited:?}");
    let unlisted: Vec<_> = cited.difference(&listed).collect();
    assert!(unlisted.is_empty(), "cited but not listed: {unlisted:?}");
}
