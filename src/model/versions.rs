//! Format versions: reading a version 1 file into the current records (with
//! the SCO's statuses and kinds implied), telling a file's version from its
//! text, and the declared definitions each version needs.

use super::locate::{Seg, locate};
use super::report::{Parsed, Record, Report};
use super::types::{KindDef, StatusDef};
use super::v1::sco_definitions;

/// The current dataset format version (statuses and kinds declared in the file).
pub const FORMAT_VERSION: u32 = 2;

/// The oldest format version this program still reads (the SCO's statuses and kinds built in).
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// Records of an older version turned into current ones, positions kept.
pub(super) fn upgrade<'a, A: Into<B>, B>(records: Vec<Parsed<'a, A>>) -> Vec<Parsed<'a, B>> {
    records
        .into_iter()
        .map(|p| Parsed {
            record: p.record,
            value: p.value.map(Into::into),
        })
        .collect()
}

/// The `format_version` a file declares, read from its text without parsing
/// it: the number after the first `format_version:` (the current version when
/// there is none).
///
/// Only a guess, as the words could stand in a comment before the real field;
/// the fast path checks it against the version the parse finds. It reads no
/// further than that first mention, so it costs nothing on a large file.
pub(super) fn declared_version(text: &str) -> u32 {
    let number = text.find("format_version").and_then(|at| {
        let rest = text.get(at + "format_version".len()..)?;
        let rest = rest.trim_start().strip_prefix(':')?.trim_start();
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        rest.get(..digits)?.parse().ok()
    });
    number.unwrap_or(FORMAT_VERSION)
}

pub(super) fn unknown_version(version: u32) -> String {
    format!(
        "format_version is {version}, but this program reads versions {OLDEST_FORMAT_VERSION} and {FORMAT_VERSION}"
    )
}

/// A record the file does not contain (a version 1 file's implied definitions).
pub(super) fn implied<T>(value: T) -> Parsed<'static, T> {
    Parsed {
        record: Record {
            text: "",
            offset: 0,
        },
        value: Some(value),
    }
}

/// The statuses and kinds a dataset uses: version 1 files imply the SCO's
/// (and may not declare their own); version 2 files must declare both.
pub(super) fn definitions<'a>(
    report: &mut Report<'_>,
    format_version: u32,
    statuses: Vec<Parsed<'a, StatusDef>>,
    kinds: Vec<Parsed<'a, KindDef>>,
) -> (Vec<Parsed<'a, StatusDef>>, Vec<Parsed<'a, KindDef>>) {
    let text = report.text;
    if format_version == OLDEST_FORMAT_VERSION {
        for (field, declared) in [
            ("statuses", !statuses.is_empty()),
            ("kinds", !kinds.is_empty()),
        ] {
            if declared {
                let offset = locate(text, &[Seg::Field(field)]).unwrap_or(0);
                report.push_at_offset(
                    offset,
                    format!("`{field}` are declared from format_version 2 on; write format_version: 2 (and name statuses and kinds by id, in quotes)"),
                );
            }
        }
        let (statuses, kinds) = sco_definitions();
        return (
            statuses.into_iter().map(implied).collect(),
            kinds.into_iter().map(implied).collect(),
        );
    }
    for (field, missing, example) in [
        (
            "statuses",
            statuses.is_empty(),
            "StatusDef(id: \"member\", label: \"Member\", plural: \"Members\", color: \"#1f5fbf\", dark_color: \"#6aa8ff\", counts_as_member: true)",
        ),
        (
            "kinds",
            kinds.is_empty(),
            "KindDef(id: \"summit\", label: \"Summit\", plural: \"Summits\", color: \"#1f5fbf\", dark_color: \"#6aa8ff\", marker: Circle, numbered: true)",
        ),
    ] {
        if missing {
            let offset = locate(text, &[Seg::Field(field)])
                .or_else(|| locate(text, &[Seg::Field("format_version")]))
                .unwrap_or(0);
            report.push_at_offset(
                offset,
                format!(
                    "a version 2 dataset declares its {field}: add `{field}: [{example}, ...]`"
                ),
            );
        }
    }
    (statuses, kinds)
}
