//! `check` and `check --translations`: a summary line per valid file, every
//! problem as `file:line:column: message`, and translation coverage.

use crate::i18n::Lang;
use crate::model::{escape_controls, load_file};
use std::path::PathBuf;
use std::process::ExitCode;

/// `check FILE...`: a summary line per valid file, every problem of the others; exit 0 only if all are valid.
pub fn check(files: &[PathBuf]) -> ExitCode {
    let mut all_valid = true;
    for file in files {
        if crate::model::lesson::is_lesson_file(file) {
            all_valid &= check_lesson_file(file);
            continue;
        }
        match load_file(file) {
            Ok(dataset) => {
                let data = dataset.file();
                say!(
                    "{}: ok: {}",
                    escape_controls(&file.display().to_string()),
                    record_counts(data)
                );
            }
            Err(error) => {
                all_valid = false;
                for line in error.lines() {
                    say!("{line}");
                }
                if !error.problems().is_empty() {
                    say!("{error}");
                }
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// One lesson file: a summary line, or every problem; `true` if it is valid.
fn check_lesson_file(file: &std::path::Path) -> bool {
    match crate::model::lesson::check_lesson(file) {
        Ok(checked) => {
            let steps = &checked.lesson.steps;
            let texts = steps
                .iter()
                .filter(|s| matches!(s, crate::model::lesson::LessonStep::Text { .. }))
                .count();
            let plural = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            let datasets = if checked.datasets.is_empty() {
                "none".to_owned()
            } else {
                checked.datasets.join(", ")
            };
            say!(
                "{}: ok: lesson, {} ({}), datasets: {}",
                escape_controls(&file.display().to_string()),
                plural(steps.len(), "step", "steps"),
                plural(texts, "text slide", "text slides"),
                escape_controls(&datasets)
            );
            true
        }
        Err(error) => {
            for line in error.lines() {
                say!("{line}");
            }
            if !error.problems().is_empty() {
                say!("{error}");
            }
            false
        }
    }
}

/// `check --translations`: each file's coverage per language, then every text
/// field that lacks Russian or Chinese as `file:line:column: ...`. Exit 0 only
/// if every file loads and all its text is in all three languages.
pub fn check_translations(files: &[PathBuf]) -> ExitCode {
    let mut complete = true;
    for file in files {
        let shown = file.display().to_string();
        let name = escape_controls(&shown);
        if let Err(error) = load_file(file) {
            complete = false;
            for line in error.lines() {
                say!("{line}");
            }
            continue;
        }
        // It loaded, so it is a readable UTF-8 file of bounded size.
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                complete = false;
                say!("{name}: {error}");
                continue;
            }
        };
        let coverage = crate::model::translation_coverage(&text);
        say!(
            "{name}: translations: {} text fields; en 100%, ru {:.1}%, zh {:.1}%",
            coverage.fields,
            coverage.percent(Lang::Ru),
            coverage.percent(Lang::Zh)
        );
        for gap in &coverage.untranslated {
            complete = false;
            let missing: Vec<&str> = gap.missing.iter().map(|l| l.code()).collect();
            let english: String = gap.english.chars().take(60).collect();
            say!(
                "{name}:{}:{}: `{}` has no {}: \"{}{}\"",
                gap.line,
                gap.column,
                gap.field,
                missing.join(" or "),
                escape_controls(&english),
                if gap.english.chars().count() > 60 {
                    "…"
                } else {
                    ""
                }
            );
        }
    }
    if complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// "27 countries, 86 events, 211 sources, 1 tour" (English, for the terminal).
fn record_counts(data: &crate::model::DatasetFile) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    [
        count(data.countries.len(), "country", "countries"),
        count(data.events.len(), "event", "events"),
        count(data.sources.len(), "source", "sources"),
        count(data.tours.len(), "tour", "tours"),
    ]
    .join(", ")
}

/// `datasets`: one line per bundled dataset: name, title and counts.
pub fn datasets() -> ExitCode {
    let mut all_loaded = true;
    for bundled in crate::model::BUNDLED {
        match bundled.load() {
            Ok(dataset) => {
                let data = dataset.file();
                say!("{}\t{}: {}", bundled.name, data.title, record_counts(data));
            }
            Err(error) => {
                all_loaded = false;
                eprintln!(
                    "sco-explorer: the bundled dataset {} does not load: {error}",
                    bundled.name
                );
            }
        }
    }
    if all_loaded {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
