//! Checking what a lesson names against the datasets: each step's dataset
//! opens, its event or country is there, the compared organisation opens.
//! The loader cannot know these; `sco-explorer check LESSON.ron` reports them
//! with the same `file:line:column: message` as every other problem.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Lesson, LessonStep, load_lesson};
use crate::model::error::LoadError;
use crate::model::locate::Seg;
use crate::model::report::Report;
use crate::model::{Dataset, find_bundled, load_file};

/// A lesson that checked, and what it uses.
#[derive(Clone, Debug)]
pub struct CheckedLesson {
    /// The lesson.
    pub lesson: Lesson,
    /// The datasets it names, in the order first named.
    pub datasets: Vec<String>,
}

/// Where a step's dataset (a bundled name, or a path relative to the
/// lesson's folder `dir`) is found: `Ok(name)` for a bundled one, `Err(path)` for a file.
pub fn dataset_location(name: &str, dir: &Path) -> Result<&'static str, PathBuf> {
    match find_bundled(name) {
        Some(bundled) if !name.ends_with(".ron") => Ok(bundled.name),
        _ => {
            let path = Path::new(name);
            Err(if path.is_relative() {
                dir.join(path)
            } else {
                path.to_owned()
            })
        }
    }
}

/// Reads a lesson file and checks every dataset, event and country it names.
pub fn check_lesson(path: &Path) -> Result<CheckedLesson, LoadError> {
    let lesson = load_lesson(path)?;
    let file = path.display().to_string();
    // It loaded, so it is a readable UTF-8 file of bounded size.
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let dir = path.parent().map_or_else(PathBuf::new, Path::to_owned);
    let mut opened: HashMap<String, Result<Dataset, String>> = HashMap::new();
    let mut names = Vec::new();
    let mut report = Report::new(&file, &text);
    for (i, step) in lesson.steps.iter().enumerate() {
        let LessonStep::View {
            dataset,
            select,
            country,
            compare,
            ..
        } = step
        else {
            continue;
        };
        let at = |field: &'static str| vec![Seg::Field("steps"), Seg::Index(i), Seg::Field(field)];
        if !names.contains(dataset) {
            names.push(dataset.clone());
        }
        let loaded = opened
            .entry(dataset.clone())
            .or_insert_with(|| open(dataset, &dir));
        let data = match loaded {
            Ok(data) => data,
            Err(why) => {
                push(
                    &mut report,
                    &at("dataset"),
                    format!("the dataset `{dataset}` cannot be opened: {why}"),
                );
                continue;
            }
        };
        for (field, id) in [("select", select), ("country", country)] {
            if !id.is_empty() && data.resolve(id).is_none() {
                let org = data.file().organisation.short_name.en();
                push(
                    &mut report,
                    &at(field),
                    format!("`{id}` is not an event or a country of the {org} dataset"),
                );
            }
        }
        if !compare.is_empty() {
            let other = opened
                .entry(compare.clone())
                .or_insert_with(|| open(compare, &dir));
            if let Err(why) = other {
                push(
                    &mut report,
                    &at("compare"),
                    format!("the dataset `{compare}` cannot be opened: {why}"),
                );
            }
        }
    }
    let problems = report.problems;
    if problems.is_empty() {
        Ok(CheckedLesson {
            lesson,
            datasets: names,
        })
    } else {
        Err(LoadError::Invalid { file, problems })
    }
}

fn push(report: &mut Report<'_>, path: &[Seg], message: String) {
    let text = report.text;
    let offset = crate::model::locate::locate(text, path)
        .or_else(|| crate::model::locate::locate(text, path.get(..2).unwrap_or(path)))
        .unwrap_or(0);
    report.push_at_offset(offset, message);
}

/// A dataset a lesson names, opened; why not, in one line.
fn open(name: &str, dir: &Path) -> Result<Dataset, String> {
    let first_line = |e: LoadError| e.lines().into_iter().next().unwrap_or_default();
    match dataset_location(name, dir) {
        Ok(bundled) => find_bundled(bundled)
            .ok_or_else(|| format!("no bundled dataset is called `{bundled}`"))
            .and_then(|b| b.load().map_err(first_line)),
        Err(path) if !path.exists() => Err(format!("there is no file {}", path.display())),
        Err(path) => load_file(&path).map_err(first_line),
    }
}
