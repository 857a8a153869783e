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
