//! Exports of a loaded dataset: the whole dataset as JSON, the events as CSV.
//!
//! The JSON shape is the RON format's shape (see README, "Export formats"):
//! the same field names, dates as `YYYY-MM-DD` (or `YYYY-MM` / `YYYY`), and
//! confidence as `"Sourced"`, `{"Unverified": note}` or `{"Conflict": note}`.

use std::io::Write;
use std::path::Path;

use crate::model::{Dataset, PartialDate};

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
    "number",
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
pub fn write_json(dataset: &Dataset, out: impl Write) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(out, dataset.file())?;
    Ok(())
}

/// Writes the events, in time order, as CSV with a header row ([`CSV_COLUMNS`]).
///
/// Lists (participants, observers, sources, outcomes) are joined with `"; "`.
pub fn write_events_csv(dataset: &Dataset, out: impl Write) -> Result<(), ExportError> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CSV_COLUMNS)?;
    let date = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for &index in dataset.events_in_time_order() {
        let Some(e) = dataset.file().events.get(index) else {
            continue;
        };
        writer.write_record([
            e.id.clone(),
            format!("{:?}", e.kind),
            e.title.clone(),
            e.start.to_string(),
            date(e.end),
            e.place.city.clone().unwrap_or_default(),
            e.place.country.clone().unwrap_or_default(),
            e.series.clone().unwrap_or_default(),
            e.number.map(|n| n.to_string()).unwrap_or_default(),
            e.format.map(|f| format!("{f:?}")).unwrap_or_default(),
            e.participants.join("; "),
            e.observers.join("; "),
            e.size.clone().unwrap_or_default(),
            e.confidence.label().to_owned(),
            e.confidence.note().unwrap_or_default().to_owned(),
            e.sources.join("; "),
            e.outcomes.join("; "),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

/// Writes `bytes` to `path` atomically: to a temporary file beside it, then renamed over it.
///
/// An interrupted write leaves the old file (or none), never half a file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        std::fs::remove_file(&temp).ok();
    }
    result
}
