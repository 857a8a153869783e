//! Reading a lesson file: the same guarded read as datasets (regular files,
//! capped size, UTF-8 with a position), then every problem at once as
//! `file:line:column: message`.
//!
//! What the file cannot know (whether a dataset, event or country exists) is
//! not checked here: such a step still presents, as a slide saying what is
//! missing, and `sco-explorer check` reports it.

use std::path::Path;

use chrono::NaiveDate;

use super::{Lesson, LessonStep, LessonText, Tab};
use crate::lang::Lang;
use crate::model::error::LoadError;
use crate::model::load::{MAX_NESTING, lines_ended_by_newlines, too_deep, without_bom};
use crate::model::locate::{Seg, locate};
use crate::model::read::{not_utf8, read_dataset_bytes};
use crate::model::report::Report;

/// The lesson format this build writes and reads.
pub const LESSON_FORMAT_VERSION: u32 = 1;

/// Lessons are small: a thousand steps is far more than a class period holds.
const MAX_STEPS: usize = 1000;
/// The longest heading or title, in characters.
const MAX_HEADING_CHARS: usize = 300;
/// The longest bullet, in characters.
const MAX_BULLET_CHARS: usize = 1000;
/// The longest note, in characters.
const MAX_NOTE_CHARS: usize = 10_000;
/// The most bullets on one slide.
const MAX_BULLETS: usize = 30;

/// Whether `text` is a lesson rather than a dataset: its first value is `Lesson(`.
pub fn looks_like_lesson(text: &str) -> bool {
    let mut rest = without_bom(text);
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("#![") {
            rest = after.split_once(']').map_or("", |(_, r)| r);
        } else {
            return rest.starts_with("Lesson") && rest[6..].trim_start().starts_with('(');
        }
    }
}

/// Whether `path` is a regular file whose text starts as a lesson's (only
/// its first few KB are read: a dataset can be large).
pub fn is_lesson_file(path: &Path) -> bool {
    use std::io::Read as _;
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut start = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(4096).read_to_end(&mut start));
    read.is_ok() && looks_like_lesson(&String::from_utf8_lossy(&start))
}

/// Reads and checks a lesson file.
pub fn load_lesson(path: &Path) -> Result<Lesson, LoadError> {
    let bytes = read_dataset_bytes(path)?;
    let file = path.display().to_string();
    let text = std::str::from_utf8(&bytes).map_err(|e| not_utf8(&file, &bytes, e))?;
    lesson_from_str(&file, text)
}

/// Reads and checks a lesson's text; `file` names it in messages.
pub fn lesson_from_str(file: &str, text: &str) -> Result<Lesson, LoadError> {
    let text = lines_ended_by_newlines(text);
    let text = without_bom(&text);
    let mut report = Report::new(file, text);
    let lesson = parse(&mut report);
    if report.problems.is_empty()
        && let Some(mut lesson) = lesson
    {
        lesson.settle();
        return Ok(lesson);
    }
    let mut problems = report.problems;
    problems.sort_by_key(|p| (p.line, p.column));
    problems.dedup();
    Err(LoadError::Invalid {
        file: file.to_owned(),
        problems,
    })
}

fn parse(report: &mut Report<'_>) -> Option<Lesson> {
    let text = report.text;
    if let Some(offset) = too_deep(text) {
        report.push_at_offset(
            offset,
            format!(
                "brackets nest more than {MAX_NESTING} levels deep here; a lesson needs about 4"
            ),
        );
        return None;
    }
    let lesson: Lesson = match ron::Options::default().from_str(text) {
        Ok(lesson) => lesson,
        Err(error) => {
            let offset =
                crate::model::locate::offset_of(text, error.span.start.line, error.span.start.col);
            let message = crate::model::describe::describe(&error.code);
            let message = if looks_like_lesson(text) {
                message
            } else {
                format!("{message} (a lesson file starts with `Lesson(`)")
            };
            report.push_at_offset(offset, message);
            return None;
        }
    };
    check(report, &lesson);
    Some(lesson)
}

/// Every problem a parsed lesson has, each at its field.
fn check(report: &mut Report<'_>, lesson: &Lesson) {
    let text = report.text;
    let mut at = |path: &[Seg], message: String| {
        let offset = locate(text, path)
            .or_else(|| locate(text, path.get(..2).unwrap_or(path)))
            .unwrap_or(0);
        report.push_at_offset(offset, message);
    };
    if lesson.format_version != LESSON_FORMAT_VERSION {
        at(
            &[Seg::Field("format_version")],
            format!(
                "this lesson is in format version {}, but this version of sco-explorer reads lessons of version {LESSON_FORMAT_VERSION}",
                lesson.format_version
            ),
        );
        return;
    }
    if Lang::from_code(&lesson.language).is_none() {
        at(
            &[Seg::Field("language")],
            format!(
                "`{}` is not a language of the app; write \"en\", \"ru\" or \"zh\"",
                lesson.language
            ),
        );
    }
    check_text(
        &mut at,
        &[Seg::Field("title")],
        &lesson.title,
        MAX_HEADING_CHARS,
        true,
    );
    if lesson.steps.len() > MAX_STEPS {
        at(
            &[Seg::Field("steps")],
            format!(
                "the lesson has {} steps; at most {MAX_STEPS} are allowed",
                lesson.steps.len()
            ),
        );
        return;
    }
    for (i, step) in lesson.steps.iter().enumerate() {
        check_step(&mut at, i, step);
    }
}

fn check_step(at: &mut impl FnMut(&[Seg], String), i: usize, step: &LessonStep) {
    let path = |field: &'static str| [Seg::Field("steps"), Seg::Index(i), Seg::Field(field)];
    if let LessonStep::View {
        dataset,
        date,
        tab,
        country,
        select,
        ..
    } = step
    {
        if dataset.trim().is_empty() {
            at(&path("dataset"), "the dataset is empty; name a bundled dataset (\"sco\", \"asean\", \"brics\", \"csto\") or a .ron file next to the lesson".to_owned());
        }
        if NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
            at(
                &path("date"),
                format!("`{date}` is not a date; write it as YYYY-MM-DD, e.g. \"2017-06-09\""),
            );
        }
        if *tab == Tab::Memberships && country.trim().is_empty() && select.trim().is_empty() {
            at(&path("tab"), "the memberships tab shows one country: give `country` (e.g. \"KAZ\") or select one".to_owned());
        }
    }
    let required = matches!(step, LessonStep::Text { .. });
    check_text(
        at,
        &path("heading"),
        step.heading(),
        MAX_HEADING_CHARS,
        required,
    );
    check_text(at, &path("note"), step.note(), MAX_NOTE_CHARS, false);
    if step.bullets().len() > MAX_BULLETS {
        at(
            &path("bullets"),
            format!(
                "a slide has at most {MAX_BULLETS} bullets; this one has {}",
                step.bullets().len()
            ),
        );
    }
    for (b, bullet) in step.bullets().iter().enumerate() {
        let bullet_path = [
            Seg::Field("steps"),
            Seg::Index(i),
            Seg::Field("bullets"),
            Seg::Index(b),
        ];
        check_text(at, &bullet_path, bullet, MAX_BULLET_CHARS, true);
    }
}

fn check_text(
    at: &mut impl FnMut(&[Seg], String),
    path: &[Seg],
    text: &LessonText,
    max_chars: usize,
    required: bool,
) {
    if required && text.all().all(crate::model::text::is_blank) {
        at(
            path,
            "this text is empty; write something or remove it".to_owned(),
        );
    }
    if let Some(long) = text
        .all()
        .map(|t| t.chars().count())
        .find(|&n| n > max_chars)
    {
        at(
            path,
            format!("this text is {long} characters long; at most {max_chars} are allowed here"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"Lesson(
    format_version: 1,
    title: "Who joined the SCO",
    language: "en",
    steps: [
        Text(heading: "Today", bullets: ["How the SCO grew"]),
        View(dataset: "sco", date: "2017-06-09", select: "IND", heading: (en: "India joins", ru: "Индия вступает")),
    ],
)"#;

    #[test]
    fn a_good_lesson_reads_and_round_trips() {
        let lesson = lesson_from_str("x.ron", GOOD).unwrap();
        assert_eq!(lesson.steps.len(), 2);
        assert_eq!(lesson.title.get(Lang::En), "Who joined the SCO");
        let again = lesson_from_str("y.ron", &lesson.to_ron().unwrap()).unwrap();
        assert_eq!(again, lesson);
        assert!(looks_like_lesson(GOOD));
        assert!(!looks_like_lesson("Dataset(format_version: 2)"));
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let bad = GOOD
            .replace("\"2017-06-09\"", "\"2017-13-40\"")
            .replace("language: \"en\"", "language: \"fr\"")
            .replace("Text(heading: \"Today\"", "Text(heading: \"  \"");
        let error = lesson_from_str("bad.ron", &bad).unwrap_err();
        let lines = error.lines();
        assert_eq!(lines.len(), 3, "{lines:#?}");
        assert!(
            lines[0].starts_with("bad.ron:4:5: `fr` is not a language"),
            "{lines:#?}"
        );
        assert!(
            lines[1].starts_with("bad.ron:6:14: this text is empty"),
            "{lines:#?}"
        );
        assert!(
            lines[2].contains("`2017-13-40` is not a date"),
            "{lines:#?}"
        );
    }

    #[test]
    fn a_syntax_error_names_its_line_and_column() {
        let error =
            lesson_from_str("s.ron", "Lesson(\n  format_version: 1,\n  title: ,\n)").unwrap_err();
        assert!(
            error.lines()[0].starts_with("s.ron:3:"),
            "{:?}",
            error.lines()
        );
    }
}
