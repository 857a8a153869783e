//! Reading a dataset: the file guard, UTF-8, RON parsing and per-record type checks.
//!
//! The checks across records live in [`super::validate`], `ron`'s messages are
//! reworded in [`super::describe`], and positions come from [`super::lines`].
//!
//! The file is parsed in two steps so that one bad record does not hide the
//! problems of the others: first the top level, keeping each record as raw
//! text, then every record on its own. After that, checks that need the whole
//! dataset (ids, references, overlapping periods) run over what parsed. Every
//! problem is collected with its line and column; nothing here panics on any
//! input.

use std::path::Path;

use ron::value::RawValue;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::Dataset;
use super::describe::describe;
use super::error::LoadError;
use super::locate::{Seg, locate, offset_of};
pub use super::read::MAX_FILE_BYTES;
use super::read::{BOM, not_utf8, read_dataset_bytes};
use super::report::{Parsed, Record, Report};
use super::types::Text;
use super::types::{Country, DatasetFile, Event, KindDef, Organisation, Source, StatusDef, Tour};
use super::v1::{V1Country, V1Event};
use super::validate::{Checker, Plain};
pub use super::versions::{FORMAT_VERSION, OLDEST_FORMAT_VERSION};
use super::versions::{declared_version, definitions, implied, unknown_version, upgrade};
pub use super::whole::PROGRESS_EVERY;
use super::whole::parse_whole;

/// How deeply brackets may nest; the format needs about 6 levels.
pub(super) const MAX_NESTING: usize = 64;

/// Reads and loads a dataset file.
///
/// Only regular files are read (after following symbolic links): a folder, a
/// device such as `/dev/zero` or a named pipe is refused before it is opened,
/// so reading can neither block nor go on forever. Files over
/// [`MAX_FILE_BYTES`] are refused, whatever size the file system reports. A
/// file that is not UTF-8 gets the line and column of the first bad byte.
pub fn load_file(path: &Path) -> Result<Dataset, LoadError> {
    load_file_with_progress(path, &mut |_| {})
}

/// [`load_file`], calling `on_progress` with the number of events read so far
/// (in increasing order, and once with the total when the file is valid).
///
/// The file's text is dropped as soon as its records are read, before they
/// are checked and the derived data is built, so that the text and those never
/// take memory together. Should a check fail, the file is read again for the
/// record-by-record path, which reports every problem with its position.
pub fn load_file_with_progress(
    path: &Path,
    on_progress: &mut dyn FnMut(usize),
) -> Result<Dataset, LoadError> {
    let name = path.display().to_string();
    let text = lines_ended_by_newlines(read_text(path, &name)?);
    let Some(data) = parse_fast(without_bom(&text), on_progress) else {
        return load_slowly(&name, without_bom(&text)).map(|data| Dataset::new(name, data));
    };
    drop(text);
    if let Some(data) = check_fast(&name, data) {
        return Ok(Dataset::new(name, data));
    }
    let text = lines_ended_by_newlines(read_text(path, &name)?);
    load_slowly(&name, without_bom(&text)).map(|data| Dataset::new(name, data))
}

/// The file's text: a regular file of at most [`MAX_FILE_BYTES`], in UTF-8.
fn read_text(path: &Path, name: &str) -> Result<String, LoadError> {
    let bytes = read_dataset_bytes(path)?;
    String::from_utf8(bytes).map_err(|error| not_utf8(name, error.as_bytes(), error.utf8_error()))
}

/// A file whose lines end in `\r` alone (as classic Mac OS wrote them) with
/// `\n` instead. RON ends a `//` comment only at `\n`, so such a file was one
/// long comment ("expected opening `(`" at its start); the swap keeps every
/// byte where it was, so positions stay those an editor shows. A file with
/// any `\n` is left as it is.
pub(super) fn lines_ended_by_newlines<'t>(
    text: impl Into<std::borrow::Cow<'t, str>>,
) -> std::borrow::Cow<'t, str> {
    let text = text.into();
    if text.contains('\r') && !text.contains('\n') {
        std::borrow::Cow::Owned(text.replace('\r', "\n"))
    } else {
        text
    }
}

/// The text after a byte-order mark, if it starts with one; positions count from
/// after it, as editors show them.
pub(super) fn without_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// Loads a dataset from RON text; `file` names it in error messages.
///
/// A byte-order mark at the start is skipped; positions count from after it,
/// as editors show them.
pub fn load_str(file: &str, text: &str) -> Result<Dataset, LoadError> {
    load_str_with_progress(file, text, &mut |_| {})
}

/// [`load_str`], calling `on_progress` with the number of events read so far
/// (as [`load_file_with_progress`] does).
pub fn load_str_with_progress(
    file: &str,
    text: &str,
    on_progress: &mut dyn FnMut(usize),
) -> Result<Dataset, LoadError> {
    let text = lines_ended_by_newlines(text);
    let text = without_bom(&text);
    let data = match parse_fast(text, on_progress).and_then(|data| check_fast(file, data)) {
        Some(data) => data,
        None => load_slowly(file, text)?,
    };
    Ok(Dataset::new(file.to_owned(), data))
}

/// The record-by-record path: every problem with its line and column, or the
/// records if there is none after all.
fn load_slowly(file: &str, text: &str) -> Result<DatasetFile, LoadError> {
    let mut report = Report::new(file, text);
    match parse_and_check(&mut report) {
        Some(data) if report.problems.is_empty() => Ok(data),
        _ => {
            let mut problems = report.problems;
            problems.sort_by_key(|p| (p.line, p.column));
            problems.dedup();
            Err(LoadError::Invalid {
                file: file.to_owned(),
                problems,
            })
        }
    }
}

/// The top level, with each record kept as raw text to be parsed on its own.
#[derive(Deserialize)]
#[serde(rename = "Dataset", deny_unknown_fields)]
struct RawDataset<'a> {
    format_version: u32,
    title: Text,
    description: Text,
    #[serde(borrow)]
    organisation: &'a RawValue,
    #[serde(borrow, default)]
    statuses: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    kinds: Vec<&'a RawValue>,
    #[serde(borrow)]
    sources: Vec<&'a RawValue>,
    #[serde(borrow)]
    countries: Vec<&'a RawValue>,
    #[serde(borrow)]
    events: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    tours: Vec<&'a RawValue>,
}

fn parse_and_check(report: &mut Report<'_>) -> Option<DatasetFile> {
    if let Some(offset) = too_deep(report.text) {
        report.push_at_offset(
            offset,
            format!("brackets nest more than {MAX_NESTING} levels deep here; a dataset needs about 6, so the file is probably damaged"),
        );
        return None;
    }
    let raw: RawDataset<'_> = match ron::Options::default().from_str(report.text) {
        Ok(raw) => raw,
        Err(error) => {
            let offset = offset_of(report.text, error.span.start.line, error.span.start.col);
            report.push_at_offset(offset, describe(&error.code));
            return None;
        }
    };
    let text = report.text;
    if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&raw.format_version) {
        // Records of an unknown version cannot be read meaningfully: say only that.
        let offset = locate(text, &[Seg::Field("format_version")]).unwrap_or(0);
        report.push_at_offset(offset, unknown_version(raw.format_version));
        return None;
    }
    let organisation_record = Record::new(text, raw.organisation);
    let (countries, events) = if raw.format_version == OLDEST_FORMAT_VERSION {
        (
            upgrade(parse_all::<V1Country>(report, text, &raw.countries)),
            upgrade(parse_all::<V1Event>(report, text, &raw.events)),
        )
    } else {
        (
            parse_all::<Country>(report, text, &raw.countries),
            parse_all::<Event>(report, text, &raw.events),
        )
    };
    let parts = Parts {
        format_version: raw.format_version,
        title: raw.title,
        description: raw.description,
        organisation: Parsed {
            record: organisation_record,
            value: parse_record::<Organisation>(report, organisation_record),
        },
        statuses: parse_all::<StatusDef>(report, text, &raw.statuses),
        kinds: parse_all::<KindDef>(report, text, &raw.kinds),
        sources: parse_all::<Source>(report, text, &raw.sources),
        countries,
        events,
        tours: parse_all::<Tour>(report, text, &raw.tours),
    };
    check_and_assemble(report, parts)
}

/// The fast path for the common case, a valid file, first step: one typed
/// parse of the whole file straight into the records (see [`super::whole`]).
/// `None` if the file does not parse so; the caller then parses again, record
/// by record, to report every problem with its position.
fn parse_fast(text: &str, on_progress: &mut dyn FnMut(usize)) -> Option<DatasetFile> {
    // RON extensions (`#![enable(...)]`) would apply to the whole file but not to a
    // record parsed on its own; leave such files to the record-by-record path.
    // (Nesting needs no check here: no record type nests more than about 6
    // levels, so a deeper file fails to parse and goes that way too.)
    if text.contains("#!") {
        return None;
    }
    let version = declared_version(text);
    let data = if version == OLDEST_FORMAT_VERSION {
        parse_whole::<V1Country, V1Event>(text, on_progress)?
    } else {
        parse_whole::<Country, Event>(text, on_progress)?
    };
    // The version was read from the text before parsing; a file that says
    // otherwise where it counts was read with the wrong records.
    (data.format_version == version).then_some(data)
}

/// The fast path, second step: the same checks as [`parse_and_check`] on the
/// records [`parse_fast`] read. `None` on any problem (the caller then reports
/// them from the record-by-record path); the text is not needed.
fn check_fast(file: &str, data: DatasetFile) -> Option<DatasetFile> {
    let mut report = Report::new(file, "");
    let data = check_records(&mut report, data)?;
    report.problems.is_empty().then_some(data)
}

/// The checks of [`check_and_assemble`] on records read by the fast path, which
/// have no positions (a problem sends the file to the record-by-record path).
fn check_records(report: &mut Report<'_>, file: DatasetFile) -> Option<DatasetFile> {
    let DatasetFile {
        format_version,
        title,
        description,
        organisation,
        statuses,
        kinds,
        sources,
        countries,
        events,
        tours,
    } = file;
    // Few records: wrapping them for the definition checks costs nothing.
    let statuses = statuses.into_iter().map(implied).collect();
    let kinds = kinds.into_iter().map(implied).collect();
    let (statuses, kinds) = check_top(
        report,
        format_version,
        (title.en(), description.en()),
        statuses,
        kinds,
    );
    // The top level's own texts are found from the start of the file.
    let top = Record {
        text: report.text,
        offset: 0,
    };
    let mut checker = Checker::new(
        report,
        &Plain(&sources),
        &Plain(&countries),
        &Plain(&events),
        &Plain(&tours),
    );
    checker.top_lengths(&top, &title, &description);
    checker.check_definitions(&statuses, &kinds);
    checker.check_organisation(Record::DETACHED, &organisation);
    checker.check_sources(&Plain(&sources));
    checker.check_countries(&Plain(&countries));
    checker.check_events(&Plain(&events));
    checker.check_tours(&Plain(&tours));
    Some(DatasetFile {
        format_version,
        title,
        description,
        organisation,
        statuses: all_parsed(statuses)?,
        kinds: all_parsed(kinds)?,
        sources,
        countries,
        events,
        tours,
    })
}

/// The checks of the top level: a known version, the declared (or, in version 1,
/// implied) statuses and kinds, a title and a description with words.
fn check_top<'a>(
    report: &mut Report<'_>,
    format_version: u32,
    (title, description): (&str, &str),
    statuses: Vec<Parsed<'a, StatusDef>>,
    kinds: Vec<Parsed<'a, KindDef>>,
) -> (Vec<Parsed<'a, StatusDef>>, Vec<Parsed<'a, KindDef>>) {
    let text = report.text;
    if !(OLDEST_FORMAT_VERSION..=FORMAT_VERSION).contains(&format_version) {
        let offset = locate(text, &[Seg::Field("format_version")]).unwrap_or(0);
        report.push_at_offset(offset, unknown_version(format_version));
    }
    let definitions = definitions(report, format_version, statuses, kinds);
    for (name, value) in [("title", title), ("description", description)] {
        if super::text::is_blank(value) {
            let offset = locate(text, &[Seg::Field(name)]).unwrap_or(0);
            report.push_at_offset(offset, format!("{name} is empty; write a few words"));
        }
    }
    definitions
}

/// A dataset's top level and its records, each parsed or not.
struct Parts<'a> {
    format_version: u32,
    title: Text,
    description: Text,
    organisation: Parsed<'a, Organisation>,
    statuses: Vec<Parsed<'a, StatusDef>>,
    kinds: Vec<Parsed<'a, KindDef>>,
    sources: Vec<Parsed<'a, Source>>,
    countries: Vec<Parsed<'a, Country>>,
    events: Vec<Parsed<'a, Event>>,
    tours: Vec<Parsed<'a, Tour>>,
}

/// Checks that need the whole dataset; the dataset if every record parsed.
fn check_and_assemble(report: &mut Report<'_>, parts: Parts<'_>) -> Option<DatasetFile> {
    let Parts {
        format_version,
        title,
        description,
        organisation,
        statuses,
        kinds,
        sources,
        countries,
        events,
        tours,
    } = parts;
    let (statuses, kinds) = check_top(
        report,
        format_version,
        (title.en(), description.en()),
        statuses,
        kinds,
    );
    // The top level's own texts are found from the start of the file.
    let top = Record {
        text: report.text,
        offset: 0,
    };
    let mut checker = Checker::new(
        report,
        &sources[..],
        &countries[..],
        &events[..],
        &tours[..],
    );
    checker.top_lengths(&top, &title, &description);
    checker.check_definitions(&statuses, &kinds);
    if let Some(org) = &organisation.value {
        checker.check_organisation(organisation.record, org);
    }
    checker.check_sources(&sources[..]);
    checker.check_countries(&countries[..]);
    checker.check_events(&events[..]);
    checker.check_tours(&tours[..]);

    Some(DatasetFile {
        format_version,
        title,
        description,
        organisation: organisation.value?,
        statuses: all_parsed(statuses)?,
        kinds: all_parsed(kinds)?,
        sources: all_parsed(sources)?,
        countries: all_parsed(countries)?,
        events: all_parsed(events)?,
        tours: all_parsed(tours)?,
    })
}

/// Returns the offset where nesting first exceeds [`MAX_NESTING`], ignoring strings and comments.
pub(super) fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut in_line_comment = false;
    let mut previous = 0u8;
    for (i, b) in text.bytes().enumerate() {
        if in_line_comment {
            in_line_comment = b != b'\n';
        } else if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'/' if previous == b'/' => in_line_comment = true,
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(i);
                    }
                }
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        previous = b;
    }
    None
}

fn parse_record<T: DeserializeOwned>(report: &mut Report<'_>, record: Record<'_>) -> Option<T> {
    match ron::Options::default().from_str::<T>(record.text) {
        Ok(value) => Some(value),
        Err(error) => {
            let relative = if matches!(error.code, ron::Error::MissingStructField { .. }) {
                // ron reports a missing field where the record closes; its start is easier to find.
                locate(record.text, &[]).unwrap_or(0)
            } else {
                offset_of(record.text, error.span.start.line, error.span.start.col)
            };
            report.push_at_offset(record.offset + relative, describe(&error.code));
            None
        }
    }
}

fn parse_all<'a, T: DeserializeOwned>(
    report: &mut Report<'_>,
    text: &'a str,
    raws: &[&'a RawValue],
) -> Vec<Parsed<'a, T>> {
    raws.iter()
        .map(|raw| {
            let record = Record::new(text, raw);
            Parsed {
                record,
                value: parse_record(report, record),
            }
        })
        .collect()
}

fn all_parsed<T>(parsed: Vec<Parsed<'_, T>>) -> Option<Vec<T>> {
    parsed.into_iter().map(|p| p.value).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_quickly() {
        let text = "[".repeat(100_000);
        let err = load_str("deep.ron", &text).unwrap_err();
        assert!(
            err.lines()[0].contains("nest more than"),
            "{:?}",
            err.lines()
        );
    }
}
