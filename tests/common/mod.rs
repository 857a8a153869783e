//! Helpers shared by the integration tests: temporary folders that are
//! removed even when a test panics, the fixtures, and dates.
#![allow(
    dead_code,
    reason = "each test crate uses only some helpers; `expect` would fail in the others"
)]
#![expect(clippy::expect_used, reason = "test helpers fail loudly on purpose")]

use std::path::PathBuf;

/// A fresh temporary folder, removed when the value is dropped (also when a
/// test panics).
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// A fixture file under `tests/fixtures/`, e.g. `fixture("valid/minimal.ron")`.
pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// A calendar day.
pub fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

/// Every human-readable text of the file, with a name for messages.
pub fn texts(dataset: &sco_explorer::model::Dataset) -> Vec<(String, &sco_explorer::model::Text)> {
    let file = dataset.file();
    let org = &file.organisation;
    let mut out: Vec<(String, &sco_explorer::model::Text)> = vec![
        ("title".into(), &file.title),
        ("description".into(), &file.description),
        ("organisation name".into(), &org.name),
        ("short name".into(), &org.short_name),
    ];
    out.extend(org.languages.iter().map(|l| ("language".to_owned(), l)));
    for milestone in std::iter::once(&org.founded).chain(&org.milestones) {
        let what = format!("milestone {}", milestone.date);
        out.push((what.clone(), &milestone.title));
        out.extend(milestone.place.iter().map(|p| (what.clone(), p)));
        out.extend(milestone.confidence.note().map(|n| (what.clone(), n)));
    }
    for body in &org.bodies {
        let what = format!("body {}", body.name);
        out.push((what.clone(), &body.name));
        out.push((what.clone(), &body.description));
        out.extend(body.seat.iter().map(|s| (what.clone(), s)));
        out.extend(body.confidence.note().map(|n| (what.clone(), n)));
    }
    for sg in &org.secretaries_general {
        let what = format!("secretary-general {}", sg.name);
        out.push((what.clone(), &sg.name));
        out.extend(sg.note.iter().map(|n| (what.clone(), n)));
        out.extend(sg.confidence.note().map(|n| (what.clone(), n)));
    }
    for status in &file.statuses {
        out.push((format!("status {}", status.id), &status.label));
        out.push((format!("status {}", status.id), &status.plural));
    }
    for kind in &file.kinds {
        out.push((format!("kind {}", kind.id), &kind.label));
        out.push((format!("kind {}", kind.id), &kind.plural));
    }
    for country in &file.countries {
        out.extend(country.note.iter().map(|n| (country.code.to_string(), n)));
        for p in &country.statuses {
            let what = format!("{} {}", country.code, p.from);
            out.extend(p.note.iter().map(|n| (what.clone(), n)));
            out.extend(p.confidence.note().map(|n| (what.clone(), n)));
        }
    }
    for event in &file.events {
        let what = event.id.to_string();
        out.push((what.clone(), &event.title));
        out.extend(event.place.city.iter().map(|t| (what.clone(), t)));
        out.extend(event.series.iter().map(|t| (what.clone(), t)));
        out.extend(event.outcomes.iter().map(|t| (what.clone(), t)));
        out.extend(event.size.iter().map(|t| (what.clone(), t)));
        out.extend(event.note.iter().map(|t| (what.clone(), t)));
        out.extend(event.confidence.note().map(|n| (what.clone(), n)));
    }
    for tour in &file.tours {
        out.push((format!("tour {}", tour.id), &tour.title));
        for step in &tour.steps {
            let what = format!("tour {} step {}", tour.id, step.target);
            out.extend(step.note.iter().map(|n| (what.clone(), n)));
        }
    }
    out
}

/// "WHAT: Ru missing for \"...\"" for every text of `texts` without Russian or Chinese.
pub fn missing_translations(texts: &[(String, &sco_explorer::model::Text)]) -> Vec<String> {
    use sco_explorer::lang::Lang;
    texts
        .iter()
        .flat_map(|(what, text)| {
            [Lang::Ru, Lang::Zh]
                .into_iter()
                .filter(|&lang| text.translation(lang).is_none_or(|t| t.trim().is_empty()))
                .map(move |lang| format!("{what}: {lang:?} missing for {:?}", text.en()))
        })
        .collect()
}
