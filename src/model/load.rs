//! Reading a dataset: RON parsing, per-record type checks and semantic validation.
//!
//! The file is parsed in two steps so that one bad record does not hide the
//! problems of the others: first the top level, keeping each record as raw
//! text, then every record on its own. After that, checks that need the whole
//! dataset (ids, references, overlapping periods) run over what parsed. Every
//! problem is collected with its line and column; nothing here panics on any
//! input.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use ron::value::RawValue;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::{LoadError, Problem};
use super::locate::{Seg, line_col, locate, offset_of};
use super::types::{
    Confidence, Country, DatasetFile, Event, EventKind, Organisation, Source, Tour,
};
use super::{Dataset, PartialDate};

/// The only dataset format version this program reads.
pub const FORMAT_VERSION: u32 = 1;

/// Files larger than this are refused before parsing (the bundled dataset is about 100 KB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How deeply brackets may nest; the format needs about 6 levels.
const MAX_NESTING: usize = 64;

/// Display name of the dataset that ships inside the program.
pub const BUNDLED_NAME: &str = "sco.ron (bundled)";

/// The SCO dataset, embedded at build time.
pub const BUNDLED_RON: &str = include_str!("../../assets/sco.ron");

/// Loads the dataset embedded in the program.
pub fn load_bundled() -> Result<Dataset, LoadError> {
    load_str(BUNDLED_NAME, BUNDLED_RON)
}

/// Reads and loads a dataset file, refusing files over [`MAX_FILE_BYTES`].
pub fn load_file(path: &Path) -> Result<Dataset, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = std::fs::read_to_string(path).map_err(io_error)?;
    load_str(&path.display().to_string(), &text)
}

/// Loads a dataset from RON text; `file` names it in error messages.
pub fn load_str(file: &str, text: &str) -> Result<Dataset, LoadError> {
    if let Some(data) = load_valid(file, text) {
        return Ok(Dataset::new(file.to_owned(), data));
    }
    let mut report = Report {
        file,
        text,
        problems: Vec::new(),
    };
    match parse_and_check(&mut report) {
        Some(data) if report.problems.is_empty() => Ok(Dataset::new(file.to_owned(), data)),
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
    title: String,
    description: String,
    #[serde(borrow)]
    organisation: &'a RawValue,
    #[serde(borrow)]
    sources: Vec<&'a RawValue>,
    #[serde(borrow)]
    countries: Vec<&'a RawValue>,
    #[serde(borrow)]
    events: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    tours: Vec<&'a RawValue>,
}

/// Collects problems and turns record-relative positions into file positions.
struct Report<'a> {
    file: &'a str,
    text: &'a str,
    problems: Vec<Problem>,
}

impl Report<'_> {
    fn push_at_offset(&mut self, offset: usize, message: String) {
        let (line, column) = line_col(self.text, offset);
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            column,
            message,
        });
    }

    /// Reports a problem at `path` inside `record`, or at the record's start if the path is not found.
    fn push(&mut self, record: &Record<'_>, path: &[Seg], message: String) {
        let relative = locate(record.text, path)
            .or_else(|| locate(record.text, &[]))
            .unwrap_or(0);
        self.push_at_offset(record.offset + relative, message);
    }
}

/// A record's raw text and where it starts in the file.
#[derive(Clone, Copy)]
struct Record<'a> {
    text: &'a str,
    offset: usize,
}

impl<'a> Record<'a> {
    fn new(file_text: &'a str, raw: &'a RawValue) -> Self {
        let text = raw.get_ron();
        // The raw value borrows from the file text, so its address gives its offset.
        let offset = (text.as_ptr() as usize)
            .checked_sub(file_text.as_ptr() as usize)
            .filter(|&o| o <= file_text.len())
            .unwrap_or(0);
        Self { text, offset }
    }

    /// The string value of a top-level field, read from the text (used for records that failed to parse).
    fn string_field(&self, name: &'static str) -> Option<String> {
        let key = locate(self.text, &[Seg::Field(name)])?;
        let rest = self.text.get(key..)?;
        let quote = rest.find('"')?;
        let after = rest.get(quote + 1..)?;
        let end = after.find('"')?;
        after.get(..end).map(str::to_owned)
    }
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
    let organisation_record = Record::new(text, raw.organisation);
    let parts = Parts {
        format_version: raw.format_version,
        title: raw.title,
        description: raw.description,
        organisation: Parsed {
            record: organisation_record,
            value: parse_record::<Organisation>(report, organisation_record),
        },
        sources: parse_all::<Source>(report, text, &raw.sources),
        countries: parse_all::<Country>(report, text, &raw.countries),
        events: parse_all::<Event>(report, text, &raw.events),
        tours: parse_all::<Tour>(report, text, &raw.tours),
    };
    check_and_assemble(report, parts)
}

/// The fast path for the common case, a valid file: one typed parse of the whole
/// file and the same checks as [`parse_and_check`]. Returns `None` on any problem;
/// the caller then parses again, record by record, to report every problem with
/// its position. (The record-by-record parse reads each record three times: to
/// find its extent, to validate the raw text, and to deserialize it.)
fn load_valid(file: &str, text: &str) -> Option<DatasetFile> {
    // RON extensions (`#![enable(...)]`) would apply to the whole file but not to a
    // record parsed on its own; leave such files to the record-by-record path.
    if text.contains("#!") || too_deep(text).is_some() {
        return None;
    }
    // Records are read straight into `Parsed` (no second copy of a large file's records).
    let data: WholeFile = ron::Options::default().from_str(text).ok()?;
    let parts = Parts {
        format_version: data.format_version,
        title: data.title,
        description: data.description,
        organisation: data.organisation,
        sources: data.sources,
        countries: data.countries,
        events: data.events,
        tours: data.tours,
    };
    let mut report = Report {
        file,
        text,
        problems: Vec::new(),
    };
    let data = check_and_assemble(&mut report, parts)?;
    report.problems.is_empty().then_some(data)
}

/// [`DatasetFile`] read in one piece, each record wrapped for the checks.
#[derive(Deserialize)]
#[serde(rename = "Dataset", deny_unknown_fields)]
struct WholeFile {
    format_version: u32,
    title: String,
    description: String,
    organisation: Parsed<'static, Organisation>,
    sources: Vec<Parsed<'static, Source>>,
    countries: Vec<Parsed<'static, Country>>,
    events: Vec<Parsed<'static, Event>>,
    #[serde(default)]
    tours: Vec<Parsed<'static, Tour>>,
}

/// A record read as part of the whole file: positions are only needed for problems,
/// and any problem sends the file to the record-by-record path, so it has none.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Parsed<'static, T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(|value| Parsed {
            record: Record {
                text: "",
                offset: 0,
            },
            value: Some(value),
        })
    }
}

/// A dataset's top level and its records, each parsed or not.
struct Parts<'a> {
    format_version: u32,
    title: String,
    description: String,
    organisation: Parsed<'a, Organisation>,
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
        sources,
        countries,
        events,
        tours,
    } = parts;
    let text = report.text;
    if format_version != FORMAT_VERSION {
        let offset = locate(text, &[Seg::Field("format_version")]).unwrap_or(0);
        report.push_at_offset(
            offset,
            format!(
                "format_version is {format_version}, but this program reads version {FORMAT_VERSION}"
            ),
        );
    }
    for (name, value) in [("title", &title), ("description", &description)] {
        if value.trim().is_empty() {
            let offset = locate(text, &[Seg::Field(name)]).unwrap_or(0);
            report.push_at_offset(offset, format!("{name} is empty; write a few words"));
        }
    }

    let mut checker = Checker::new(report, &sources, &countries, &events, &tours);
    if let Some(org) = &organisation.value {
        checker.check_organisation(organisation.record, org);
    }
    checker.check_sources(&sources);
    checker.check_countries(&countries);
    checker.check_events(&events);
    checker.check_tours(&tours);

    Some(DatasetFile {
        format_version,
        title,
        description,
        organisation: organisation.value?,
        sources: all_parsed(sources)?,
        countries: all_parsed(countries)?,
        events: all_parsed(events)?,
        tours: all_parsed(tours)?,
    })
}

/// Returns the offset where nesting first exceeds [`MAX_NESTING`], ignoring strings and comments.
fn too_deep(text: &str) -> Option<usize> {
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

/// A record that parsed, or the raw text of one that did not.
struct Parsed<'a, T> {
    record: Record<'a>,
    value: Option<T>,
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

/// Rewrites `ron`'s error messages in words a teacher editing a file can act on.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    let record_name = |outer: &Option<String>| {
        outer
            .as_deref()
            .map_or_else(|| "this record".to_owned(), |o| format!("{o}(...)"))
    };
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}` in {}; the fields allowed here are: {}",
            record_name(outer),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => format!(
            "{} is missing the required field `{field}`",
            record_name(outer)
        ),
        E::DuplicateStructField { field, outer } => format!(
            "the field `{field}` appears twice in {}",
            record_name(outer)
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a valid {}; write one of: {}",
            outer.as_deref().unwrap_or("value"),
            expected.join(", ")
        ),
        E::InvalidValueForType { expected, found } => {
            format!("expected {expected} here, but found {found}")
        }
        E::ExpectedDifferentStructName { expected, found } => {
            format!("expected a `{expected}(...)` record here, but found `{found}(...)`")
        }
        E::ExpectedString | E::ExpectedStringEnd => {
            "expected text in double quotes here, e.g. \"Bishkek\"".to_owned()
        }
        E::ExpectedInteger | E::IntegerOutOfBounds => {
            "expected a whole number here, e.g. 13".to_owned()
        }
        E::ExpectedFloat => "expected a number here, e.g. 41.3".to_owned(),
        E::ExpectedBoolean => "expected true or false here".to_owned(),
        E::ExpectedOption => {
            "expected `Some(...)` or `None` here (this field is optional)".to_owned()
        }
        E::ExpectedComma => "expected a comma `,` between fields or list items here".to_owned(),
        E::ExpectedArray => "expected a list in square brackets `[ ... ]` here".to_owned(),
        E::ExpectedArrayEnd => "expected `]` to close the list here".to_owned(),
        E::ExpectedStructLikeEnd => "expected `)` to close the record here".to_owned(),
        E::Eof => "the file ends too early: a bracket or quote is not closed".to_owned(),
        E::TrailingCharacters => {
            "unexpected text after the end of the dataset (an extra bracket?)".to_owned()
        }
        E::ExceededRecursionLimit => {
            "brackets nest too deeply; the file is probably damaged".to_owned()
        }
        E::Utf8Error(_) => "the file is not valid UTF-8 text".to_owned(),
        E::Message(message) => message.clone(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// Where a record's list of source ids sits, and the list itself.
type Cited<'s> = (&'s [String], Vec<Seg>);

/// Cross-record checks: ids, references, dates, periods, text.
struct Checker<'r, 'a> {
    report: &'r mut Report<'a>,
    source_ids: HashSet<String>,
    country_codes: HashSet<String>,
    event_ids: HashSet<String>,
}

impl<'r, 'a> Checker<'r, 'a> {
    fn new(
        report: &'r mut Report<'a>,
        sources: &[Parsed<'_, Source>],
        countries: &[Parsed<'_, Country>],
        events: &[Parsed<'_, Event>],
        tours: &[Parsed<'_, Tour>],
    ) -> Self {
        // Records that failed to parse still declare their ids, so other records
        // may refer to them without a second, misleading "unknown id" error.
        let ids = |records: Vec<(Option<String>, Record<'_>)>, field: &'static str| {
            records
                .into_iter()
                .filter_map(|(id, record)| id.or_else(|| record.string_field(field)))
                .collect::<HashSet<_>>()
        };
        let source_ids = ids(
            sources
                .iter()
                .map(|p| (p.value.as_ref().map(|s| s.id.clone()), p.record))
                .collect(),
            "id",
        );
        let country_codes = ids(
            countries
                .iter()
                .map(|p| (p.value.as_ref().map(|c| c.code.clone()), p.record))
                .collect(),
            "code",
        );
        let event_ids = ids(
            events
                .iter()
                .map(|p| (p.value.as_ref().map(|e| e.id.clone()), p.record))
                .collect(),
            "id",
        );
        let mut checker = Self {
            report,
            source_ids,
            country_codes,
            event_ids,
        };
        checker.check_unique(sources, "id", "source", |s: &Source| &s.id);
        checker.check_unique(countries, "code", "country", |c: &Country| &c.code);
        checker.check_unique(events, "id", "event", |e: &Event| &e.id);
        checker.check_unique(tours, "id", "tour", |t: &Tour| &t.id);
        checker
    }

    fn check_unique<T>(
        &mut self,
        records: &[Parsed<'_, T>],
        field: &'static str,
        what: &str,
        id_of: impl Fn(&T) -> &String,
    ) {
        // The first record of each id; its line is only worked out for a duplicate,
        // since finding a line scans the file from the start.
        let mut first_record: HashMap<&str, Record<'_>> = HashMap::new();
        for parsed in records {
            let Some(value) = &parsed.value else { continue };
            let id = id_of(value);
            if let Some(first) = first_record.get(id.as_str()) {
                let offset = locate(first.text, &[Seg::Field(field)]).unwrap_or(0);
                let (first, _) = line_col(self.report.text, first.offset + offset);
                self.report.push(
                    &parsed.record,
                    &[Seg::Field(field)],
                    format!("duplicate {what} {field} \"{id}\": already used on line {first}; every {what} needs its own {field}"),
                );
            } else {
                first_record.insert(id, parsed.record);
            }
        }
    }

    fn non_empty(&mut self, record: &Record<'_>, path: &[Seg], name: &str, value: &str) {
        if value.trim().is_empty() {
            self.report
                .push(record, path, format!("{name} is empty; write a few words"));
        }
    }

    fn check_confidence(&mut self, record: &Record<'_>, path: &[Seg], confidence: &Confidence) {
        if confidence.note().is_some_and(|note| note.trim().is_empty()) {
            self.report.push(
                record,
                path,
                format!(
                    "a {} mark needs a note saying what is uncertain, e.g. Conflict(\"S2 gives 1996-04-26; S15 gives 1996-04-25\")",
                    confidence.label()
                ),
            );
        }
    }

    fn check_cited(&mut self, record: &Record<'_>, cited: Cited<'_>) {
        let (ids, path) = cited;
        if ids.is_empty() {
            let mut at = path.clone();
            at.push(Seg::Field("sources"));
            self.report.push(
                record,
                &at,
                "no source given: every fact needs at least one source id, e.g. sources: [\"S20\"]"
                    .to_owned(),
            );
        }
        for (i, id) in ids.iter().enumerate() {
            if !self.source_ids.contains(id) {
                let mut at = path.clone();
                at.extend([Seg::Field("sources"), Seg::Index(i)]);
                self.report.push(
                    record,
                    &at,
                    format!("unknown source \"{id}\": add it to the `sources` list or fix the id"),
                );
            }
        }
    }

    fn check_country_ref(&mut self, record: &Record<'_>, path: &[Seg], code: &str) {
        if !self.country_codes.contains(code) {
            self.report.push(
                record,
                path,
                format!("unknown country \"{code}\": add a Country(code: \"{code}\", ...) record or fix the code (ISO 3166-1 alpha-3, e.g. \"KAZ\")"),
            );
        }
    }

    fn check_span(
        &mut self,
        record: &Record<'_>,
        path: &[Seg],
        start: PartialDate,
        end: Option<PartialDate>,
        (start_name, end_name): (&str, &'static str),
    ) {
        if let Some(end) = end
            && end.last_day() < start.first_day()
        {
            let mut at = path.to_vec();
            at.push(Seg::Field(end_name));
            self.report.push(
                record,
                &at,
                format!(
                    "{end_name} {end} is before {start_name} {start}; swap them or fix the date"
                ),
            );
        }
    }

    fn check_organisation(&mut self, record: Record<'_>, org: &Organisation) {
        self.non_empty(&record, &[Seg::Field("name")], "name", &org.name);
        self.non_empty(
            &record,
            &[Seg::Field("short_name")],
            "short_name",
            &org.short_name,
        );
        self.check_cited(&record, (&org.founded.sources, vec![Seg::Field("founded")]));
        self.check_confidence(&record, &[Seg::Field("founded")], &org.founded.confidence);
        for (i, milestone) in org.milestones.iter().enumerate() {
            let path = vec![Seg::Field("milestones"), Seg::Index(i)];
            self.non_empty(&record, &path, "title", &milestone.title);
            self.check_cited(&record, (&milestone.sources, path.clone()));
            self.check_confidence(&record, &path, &milestone.confidence);
        }
        for (i, body) in org.bodies.iter().enumerate() {
            let path = vec![Seg::Field("bodies"), Seg::Index(i)];
            self.non_empty(&record, &path, "name", &body.name);
            self.check_cited(&record, (&body.sources, path.clone()));
            self.check_confidence(&record, &path, &body.confidence);
        }
        self.check_cited(&record, (&org.languages_sources, Vec::new()));
        for (i, sg) in org.secretaries_general.iter().enumerate() {
            let path = vec![Seg::Field("secretaries_general"), Seg::Index(i)];
            self.non_empty(&record, &path, "name", &sg.name);
            let mut at = path.clone();
            at.push(Seg::Field("country"));
            self.check_country_ref(&record, &at, &sg.country);
            self.check_span(&record, &path, sg.from, sg.to, ("from", "to"));
            self.check_cited(&record, (&sg.sources, path.clone()));
            self.check_confidence(&record, &path, &sg.confidence);
        }
    }

    fn check_sources(&mut self, sources: &[Parsed<'_, Source>]) {
        for parsed in sources {
            let Some(source) = &parsed.value else {
                continue;
            };
            let record = parsed.record;
            self.non_empty(&record, &[Seg::Field("id")], "id", &source.id);
            self.non_empty(&record, &[Seg::Field("title")], "title", &source.title);
            if !is_web_url(&source.url) {
                self.report.push(
                    &record,
                    &[Seg::Field("url")],
                    format!(
                        "url \"{}\" is not a web address: it must start with http:// or https://",
                        source.url
                    ),
                );
            }
        }
    }

    fn check_countries(&mut self, countries: &[Parsed<'_, Country>]) {
        for parsed in countries {
            let Some(country) = &parsed.value else {
                continue;
            };
            let record = parsed.record;
            if country.code.len() != 3 || !country.code.bytes().all(|b| b.is_ascii_uppercase()) {
                self.report.push(
                    &record,
                    &[Seg::Field("code")],
                    format!("country code \"{}\" is not an ISO 3166-1 alpha-3 code: use three capital letters, e.g. \"KAZ\"", country.code),
                );
            }
            self.non_empty(&record, &[Seg::Field("name")], "name", &country.name);
            let mut previous: Option<(usize, PartialDate, Option<PartialDate>)> = None;
            for (i, period) in country.statuses.iter().enumerate() {
                let path = vec![Seg::Field("statuses"), Seg::Index(i)];
                self.check_span(&record, &path, period.from, period.to, ("from", "to"));
                if let Some(event) = &period.decided_at
                    && !self.event_ids.contains(event)
                {
                    let mut at = path.clone();
                    at.push(Seg::Field("decided_at"));
                    self.report.push(
                        &record,
                        &at,
                        format!("unknown event \"{event}\" in decided_at: no event has this id"),
                    );
                }
                self.check_cited(&record, (&period.sources, path.clone()));
                self.check_confidence(&record, &path, &period.confidence);
                if let Some((prev_index, prev_from, prev_to)) = previous {
                    let overlaps =
                        prev_to.is_none_or(|to| to.first_day() > period.from.first_day());
                    if overlaps {
                        let until = prev_to
                            .map_or_else(|| "with no end".to_owned(), |to| format!("until {to}"));
                        let mut at = path.clone();
                        at.push(Seg::Field("from"));
                        self.report.push(
                            &record,
                            &at,
                            format!(
                                "status periods overlap: this one starts {} but period {} (from {prev_from}) runs {until}; end the earlier period on or before {}",
                                period.from,
                                prev_index + 1,
                                period.from
                            ),
                        );
                    } else if prev_from > period.from {
                        self.report.push(
                            &record,
                            &path,
                            "status periods must be in time order".to_owned(),
                        );
                    }
                }
                previous = Some((i, period.from, period.to));
            }
        }
    }

    fn check_events(&mut self, events: &[Parsed<'_, Event>]) {
        for parsed in events {
            let Some(event) = &parsed.value else { continue };
            let record = parsed.record;
            self.non_empty(&record, &[Seg::Field("id")], "id", &event.id);
            self.non_empty(&record, &[Seg::Field("title")], "title", &event.title);
            self.check_span(&record, &[], event.start, event.end, ("start", "end"));
            if let Some(code) = &event.place.country {
                self.check_country_ref(
                    &record,
                    &[Seg::Field("place"), Seg::Field("country")],
                    code,
                );
            }
            if let Some(lat) = event.place.lat
                && !(-90.0..=90.0).contains(&lat)
            {
                self.report.push(
                    &record,
                    &[Seg::Field("place"), Seg::Field("lat")],
                    format!("latitude {lat} is outside -90..90"),
                );
            }
            if let Some(lon) = event.place.lon
                && !(-180.0..=180.0).contains(&lon)
            {
                self.report.push(
                    &record,
                    &[Seg::Field("place"), Seg::Field("lon")],
                    format!("longitude {lon} is outside -180..180"),
                );
            }
            for (field, codes) in [
                ("participants", &event.participants),
                ("observers", &event.observers),
            ] {
                for (i, code) in codes.iter().enumerate() {
                    self.check_country_ref(&record, &[Seg::Field(field), Seg::Index(i)], code);
                }
            }
            if !matches!(event.kind, EventKind::Summit | EventKind::GovernmentMeeting) {
                for (field, present) in [
                    ("number", event.number.is_some()),
                    ("format", event.format.is_some()),
                ] {
                    if present {
                        self.report.push(
                            &record,
                            &[Seg::Field(field)],
                            format!(
                                "`{field}` is only for summits and Heads of Government meetings, but this event is a {}",
                                event.kind.label().to_lowercase()
                            ),
                        );
                    }
                }
            }
            for (i, outcome) in event.outcomes.iter().enumerate() {
                self.non_empty(
                    &record,
                    &[Seg::Field("outcomes"), Seg::Index(i)],
                    "outcome",
                    outcome,
                );
            }
            self.check_cited(&record, (&event.sources, Vec::new()));
            self.check_confidence(&record, &[Seg::Field("confidence")], &event.confidence);
        }
    }

    fn check_tours(&mut self, tours: &[Parsed<'_, Tour>]) {
        for parsed in tours {
            let Some(tour) = &parsed.value else { continue };
            let record = parsed.record;
            self.non_empty(&record, &[Seg::Field("title")], "title", &tour.title);
            if tour.steps.is_empty() {
                self.report.push(
                    &record,
                    &[Seg::Field("steps")],
                    "a tour needs at least one step".to_owned(),
                );
            }
            for (i, step) in tour.steps.iter().enumerate() {
                if !self.event_ids.contains(&step.target)
                    && !self.country_codes.contains(&step.target)
                {
                    self.report.push(
                        &record,
                        &[Seg::Field("steps"), Seg::Index(i), Seg::Field("target")],
                        format!("unknown tour step \"{}\": use an event id or a country code from this dataset", step.target),
                    );
                }
            }
        }
    }
}

/// True for `http://` and `https://` addresses with something after the scheme.
pub fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !r.chars().any(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls() {
        assert!(is_web_url("https://example.org/a?b"));
        assert!(is_web_url("http://eng.sectsco.org/"));
        for bad in [
            "ftp://x.org",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "https:// x",
            "example.org",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

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
