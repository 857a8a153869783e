//! Checks of a dataset's declared statuses and kinds, and of the records that
//! name them: unique ids, labels with words, at most [`MAX_STATUSES`]
//! statuses, known ids in status periods and events, numbers and formats only
//! on numbered kinds.

use std::collections::HashMap;

use super::super::MAX_STATUSES;
use super::super::locate::{Seg, locate};
use super::super::report::{Parsed, Record};
use super::super::types::{Event, Id, KindDef, StatusDef};
use super::{Checker, declared_ids};

impl Checker<'_, '_> {
    /// Declared statuses and kinds: unique ids, words in their labels; remembers
    /// them for the checks of the records that use them. Must run first.
    pub(in crate::model) fn check_definitions(
        &mut self,
        statuses: &[Parsed<'_, StatusDef>],
        kinds: &[Parsed<'_, KindDef>],
    ) {
        self.check_unique(statuses, "id", "status", |d: &StatusDef| &d.id);
        self.check_unique(kinds, "id", "kind", |d: &KindDef| &d.id);
        for parsed in statuses {
            let Some(def) = &parsed.value else { continue };
            let record = parsed.record;
            self.status_lengths(&record, def);
            self.non_empty(&record, &[Seg::Field("id")], "id", &def.id);
            self.non_empty(&record, &[Seg::Field("label")], "label", def.label.en());
            self.non_empty(&record, &[Seg::Field("plural")], "plural", def.plural.en());
        }
        for parsed in kinds {
            let Some(def) = &parsed.value else { continue };
            let record = parsed.record;
            self.kind_lengths(&record, def);
            self.non_empty(&record, &[Seg::Field("id")], "id", &def.id);
            self.non_empty(&record, &[Seg::Field("label")], "label", def.label.en());
            self.non_empty(&record, &[Seg::Field("plural")], "plural", def.plural.en());
        }
        // Definitions that did not parse still declare their ids.
        self.status_ids = declared_ids(statuses, |d: &StatusDef| &d.id, "id");
        // The first definition of an id counts (a duplicate is reported above).
        let mut known: HashMap<Id, bool> = HashMap::new();
        for parsed in kinds {
            let declared = match &parsed.value {
                Some(d) => Some((d.id.clone(), d.numbered)),
                None => parsed
                    .record
                    .string_field("id")
                    .map(|id| (Id::from(id), true)),
            };
            if let Some((id, numbered)) = declared {
                known.entry(id).or_insert(numbered);
            }
        }
        self.kinds = known;
        if statuses.len() > MAX_STATUSES
            && let Some(extra) = statuses.get(MAX_STATUSES)
        {
            self.report.push(
                &extra.record,
                &[Seg::Field("id")],
                format!(
                    "a dataset may declare at most {MAX_STATUSES} statuses, but this one declares {}; merge some of them",
                    statuses.len()
                ),
            );
        }
    }

    /// "or use one of "a", "b"" for the declared ids, sorted; nothing when none are declared.
    pub(super) fn listed(ids: impl Iterator<Item = impl AsRef<str>>) -> String {
        let mut ids: Vec<String> = ids.map(|id| format!("\"{}\"", id.as_ref())).collect();
        ids.sort();
        if ids.is_empty() {
            String::new()
        } else {
            format!(" or use one of {}", ids.join(", "))
        }
    }

    /// The event's kind is declared, and only numbered kinds carry numbers and a format.
    pub(super) fn check_kind(&mut self, record: &Record<'_>, event: &Event) {
        let Some(&numbered) = self.kinds.get(&event.kind) else {
            let known = Self::listed(self.kinds.keys());
            self.report.push(
                record,
                &[Seg::Field("kind")],
                format!(
                    "unknown kind \"{}\": declare it in `kinds`{known}",
                    event.kind
                ),
            );
            return;
        };
        if numbered {
            return;
        }
        // Version 1 files write `number`, version 2 files `numbers`.
        let numbers_field = if locate(record.text, &[Seg::Field("number")]).is_some() {
            "number"
        } else {
            "numbers"
        };
        for (field, present) in [
            (numbers_field, !event.numbers.is_empty()),
            ("format", event.format.is_some()),
        ] {
            if present {
                self.report.push(
                    record,
                    &[Seg::Field(field)],
                    format!(
                        "`{field}` is only for numbered meetings (such as summits), but this event is of kind \"{}\"",
                        event.kind
                    ),
                );
            }
        }
    }
}
