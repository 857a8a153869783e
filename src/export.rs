//! Exports of a loaded dataset: the whole dataset as JSON, the events as CSV.
//!
//! The JSON shape is the RON format's shape (see README, "Export formats"):
//! the same field names, dates as `YYYY-MM-DD` (or `YYYY-MM` / `YYYY`), and
//! confidence as `"Sourced"`, `{"Unverified": note}` or `{"Conflict": note}`.
//! CSV cells that a spreadsheet would run as a formula start with `'`.
//!
//! [`write_atomically`] is the one way files are written (exports, screenshots,
//! `generate --out`).

use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use crate::model::{Dataset, FORMAT_VERSION, PartialDate, Text};

/// Errors while writing an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Serialising to JSON failed.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing CSV failed.
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Writing the output failed.
    #[error("cannot write the output: {0}")]
    Io(#[from] std::io::Error),
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 17] = [
    "id",
    "kind",
    "title",
    "start",
    "end",
    "city",
    "country",
    "series",
    "numbers",
    "format",
    "participants",
    "observers",
    "size",
    "confidence",
    "confidence_note",
    "sources",
    "outcomes",
];

/// Writes the whole dataset as pretty JSON.
///
/// The records are always in the current format's shape (a version 1 file's
/// implied statuses and kinds are written out), so the export says it is
/// version [`FORMAT_VERSION`].
pub fn write_json(dataset: &Dataset, out: impl Write) -> Result<(), ExportError> {
    let file = dataset.file();
    if file.format_version == FORMAT_VERSION {
        serde_json::to_writer_pretty(out, file)?;
    } else {
        let current = crate::model::DatasetFile {
            format_version: FORMAT_VERSION,
            ..file.clone()
        };
        serde_json::to_writer_pretty(out, &current)?;
    }
    Ok(())
}

/// Writes the events, in time order, as CSV with a header row ([`CSV_COLUMNS`]).
///
/// Lists (participants, observers, sources, outcomes) are joined with `"; "`.
/// A cell that a spreadsheet would take as a formula is neutralised (see [`neutralise_formula`]).
pub fn write_events_csv(dataset: &Dataset, out: impl Write) -> Result<(), ExportError> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CSV_COLUMNS)?;
    let date = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for &index in dataset.events_in_time_order() {
        let Some(e) = dataset.file().events.get(index) else {
            continue;
        };
        let cells = [
            e.id.to_string(),
            e.kind.to_string(),
            e.title.en().to_owned(),
            e.start.to_string(),
            date(e.end),
            english(e.place.city.as_ref()),
            e.place.country.as_deref().unwrap_or_default().to_owned(),
            english(e.series.as_ref()),
            e.numbers
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            e.format.map(|f| format!("{f:?}")).unwrap_or_default(),
            e.participants.join("; "),
            e.observers.join("; "),
            english(e.size.as_ref()),
            e.confidence.label().to_owned(),
            english(e.confidence.note()),
            e.sources.join("; "),
            e.outcomes
                .iter()
                .map(Text::en)
                .collect::<Vec<_>>()
                .join("; "),
        ];
        writer.write_record(cells.map(neutralise_formula))?;
    }
    writer.flush()?;
    Ok(())
}

/// Writes the overlap table on `day` as CSV: a header row (`headers`: the
/// country column's and the code column's titles, then each organisation's
/// short name in `lang`), then one row per country of `rows` (country indices
/// of the region, in the order shown) with its status in each organisation
/// in `lang` (empty where it holds none), and a last column marking statuses
/// the dataset is unsure of.
pub fn write_overlap_csv(
    region: &crate::model::Region,
    (rows, day): (&[usize], chrono::NaiveDate),
    (headers, lang): ([&str; 3], crate::lang::Lang),
    out: impl Write,
) -> Result<(), ExportError> {
    let mut writer = csv::Writer::from_writer(out);
    let [country_title, code_title, unsure_title] = headers;
    let mut header = vec![country_title.to_owned(), code_title.to_owned()];
    header.extend(region.orgs().iter().map(|o| o.label(lang).to_owned()));
    header.push(unsure_title.to_owned());
    writer.write_record(header.into_iter().map(neutralise_formula))?;
    for &c in rows {
        let Some(country) = region.countries().get(c) else {
            continue;
        };
        let mut cells = vec![region.country_name(c, lang), country.code.to_string()];
        let mut unsure = Vec::new();
        for (o, org) in region.orgs().iter().enumerate() {
            let span = region.span_on(c, o, day);
            if span.is_some_and(|s| s.uncertain) {
                unsure.push(org.label(lang).to_owned());
            }
            let status = span.and_then(|s| org.dataset.statuses().get(s.status));
            cells.push(
                status
                    .map(|s| s.label.text(lang).to_owned())
                    .unwrap_or_default(),
            );
        }
        cells.push(unsure.join("; "));
        writer.write_record(cells.into_iter().map(neutralise_formula))?;
    }
    writer.flush()?;
    Ok(())
}

/// Prefixes `'` to a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, so that a spreadsheet opening the CSV shows the text instead of running
/// it as a formula (CSV injection, e.g. a title `=HYPERLINK("http://…")`).
pub fn neutralise_formula(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The paths that mean this process's standard output.
const STDOUT_PATHS: [&str; 3] = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];

/// Whether `path` names standard output (`/dev/stdout` and its aliases).
pub fn is_stdout(path: &Path) -> bool {
    STDOUT_PATHS.iter().any(|p| path == Path::new(p))
}

/// Writes `bytes` to `path` so that an interrupted write never leaves half a file.
///
/// - A regular file (or a path that does not exist yet) is replaced atomically:
///   the bytes go to a new temporary file with an unpredictable name beside the
///   target, which is then renamed over it. An existing file keeps its
///   permissions (a 0600 file stays 0600); a new one gets the usual ones
///   (0666 less the umask). A file with several hard links gets a new inode
///   under this name; its other names keep the old contents.
/// - A symbolic link is followed: its final target is replaced and the link stays.
/// - Standard output (`/dev/stdout`) is written to directly, as are devices
///   (`/dev/null`), named pipes and sockets, which cannot be renamed over.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if is_stdout(path) {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes)?;
        return out.flush();
    }
    // `metadata` follows links, including /proc's links to open pipes.
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => {
            let target = if path.is_symlink() {
                std::fs::canonicalize(path)?
            } else {
                path.to_owned()
            };
            replace_file(&target, bytes, Some(meta.permissions()))
        }
        Ok(meta) if meta.is_dir() => Err(std::io::Error::new(
            ErrorKind::IsADirectory,
            "it is a folder; give a file name",
        )),
        Ok(_) => {
            // Devices, pipes and sockets: no create, no truncate, no rename.
            let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
            file.write_all(bytes)?;
            file.flush()
        }
        Err(error) if error.kind() == ErrorKind::NotFound => {
            let target = dangling_target(path)?;
            // Said here: otherwise the error names the temporary file beside
            // the target ("…/nodir/.sco-explorer-CqGIVA.tmp").
            if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty())
                && !folder.is_dir()
            {
                return Err(std::io::Error::new(
                    ErrorKind::NotFound,
                    format!("the folder {} does not exist", folder.display()),
                ));
            }
            replace_file(&target, bytes, None)
        }
        Err(error) => Err(error),
    }
}

/// Where a path that does not exist leads: itself, or the missing file a
/// (chain of) symbolic link(s) points to, which is then created.
fn dangling_target(path: &Path) -> std::io::Result<PathBuf> {
    // Linux gives up after 40 links, too.
    const MAX_LINKS: usize = 40;
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        if !current.is_symlink() {
            return Ok(current);
        }
        let link = std::fs::read_link(&current)?;
        // A relative link is relative to the folder holding it; an absolute one replaces the path.
        current = match current.parent() {
            Some(dir) => dir.join(link),
            None => link,
        };
    }
    Err(std::io::Error::new(
        ErrorKind::InvalidInput,
        "too many levels of symbolic links",
    ))
}

/// Writes a temporary file beside `target`, then renames it over `target`.
fn replace_file(
    target: &Path,
    bytes: &[u8],
    permissions: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".sco-explorer-").suffix(".tmp");
    #[cfg(unix)]
    if permissions.is_none() {
        // As `File::create` does: the umask then takes its bits away.
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // The random name is created exclusively, so nothing planted there is followed;
    // on any error the temporary file is removed when `temp` is dropped.
    let mut temp = builder.tempfile_in(dir)?;
    if let Some(permissions) = permissions {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|e| e.error)?;
    // Make the rename itself durable; a failure here does not undo a finished write.
    if let Ok(folder) = std::fs::File::open(dir) {
        folder.sync_all().ok();
    }
    Ok(())
}
/// The English form of an optional text (exports are in English), or "".
fn english(text: Option<&Text>) -> String {
    text.map(|t| t.en().to_owned()).unwrap_or_default()
}
