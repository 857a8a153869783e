//! How long each kind of text in a dataset may be.
//!
//! Nothing else bounds a text but the file's size, and drawing text costs
//! memory and time in proportion to its length: a title of a megabyte took
//! a slide tens of gigabytes to lay out, and a long short name is repeated
//! in every lane title and list row. So every text is checked against the
//! limit of its kind ([`TextKind`]), generous for notes, tighter for titles,
//! names and labels, tightest for ids and short names, each far above what
//! the bundled datasets use. The limits count characters, not bytes, so
//! Russian and Chinese texts may be as long as English ones.

use super::super::locate::Seg;
use super::super::report::Record;
use super::super::types::{
    Body, Confidence, Country, Event, Id, KindDef, Milestone, Organisation, SecretaryGeneral,
    Source, StatusDef, Text, Tour,
};
use super::Checker;
use crate::lang::Lang;

/// A kind of text, by how long it may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// Ids, country codes and the references to them.
    Id,
    /// The organisation's `short_name`, repeated in every lane title and list row.
    ShortName,
    /// Labels of declared statuses and kinds (lane titles, filters, legends).
    Label,
    /// Titles and names, and other one-line texts: cities, seats, series, sizes, publishers.
    Title,
    /// Notes, outcomes and descriptions.
    Note,
    /// Web addresses of sources.
    Url,
}

impl TextKind {
    /// Every kind, from the shortest limit to the longest (README's order).
    pub const ALL: [Self; 6] = [
        Self::ShortName,
        Self::Id,
        Self::Label,
        Self::Title,
        Self::Url,
        Self::Note,
    ];

    /// The most characters a text of this kind may have.
    pub const fn max_chars(self) -> usize {
        match self {
            Self::Id => 64,
            Self::ShortName => 32,
            Self::Label => 100,
            Self::Title => 1_000,
            Self::Url => 2_000,
            Self::Note => 4_000,
        }
    }

    /// What the kind holds, as a message names it.
    pub const fn what(self) -> &'static str {
        match self {
            Self::Id => "ids and codes",
            Self::ShortName => "short names",
            Self::Label => "labels of statuses and kinds",
            Self::Title => "titles and names",
            Self::Url => "web addresses",
            Self::Note => "notes, outcomes and descriptions",
        }
    }
}

/// The number of characters of `text` if it is over `limit`, counted no
/// further than needed: a text of at most `limit` bytes is never counted.
fn chars_over(text: &str, limit: usize) -> Option<usize> {
    if text.len() <= limit {
        return None;
    }
    let count = text.chars().count();
    (count > limit).then_some(count)
}

/// `statuses[2].note` for a path.
fn path_name(at: &[Seg]) -> String {
    let mut name = String::new();
    for seg in at {
        match seg {
            Seg::Field(field) if name.is_empty() => name.push_str(field),
            Seg::Field(field) => {
                name.push('.');
                name.push_str(field);
            }
            Seg::Index(i) => name.push_str(&format!("[{i}]")),
        }
    }
    name
}

/// `at` followed by `more`.
fn joined(at: &[Seg], more: &[Seg]) -> Vec<Seg> {
    at.iter().chain(more).copied().collect()
}

impl Checker<'_, '_> {
    /// One plain string of `kind` at `at`.
    fn str_len(&mut self, record: &Record<'_>, at: &[Seg], kind: TextKind, value: &str) {
        self.over_limit(record, at, kind, value, None);
    }

    /// Each language of a text of `kind` at `at`. A translated text's
    /// problem points at its language key (`ru:`), a plain one's at the field.
    fn text_len(&mut self, record: &Record<'_>, at: &[Seg], kind: TextKind, text: &Text) {
        for lang in Lang::ALL {
            if let Some(value) = text.translation(lang) {
                self.over_limit(record, at, kind, value, Some(lang));
            }
        }
    }

    fn over_limit(
        &mut self,
        record: &Record<'_>,
        at: &[Seg],
        kind: TextKind,
        value: &str,
        lang: Option<Lang>,
    ) {
        let limit = kind.max_chars();
        let Some(count) = chars_over(value, limit) else {
            return;
        };
        let field = path_name(at);
        let which = match lang {
            Some(lang @ (Lang::Ru | Lang::Zh)) => {
                format!("the `{}` text of `{field}`", lang.code())
            }
            _ => format!("`{field}`"),
        };
        let message = format!(
            "{which} is {count} characters long, but {} may have at most {limit}: shorten it (long texts make every view that shows them slow)",
            kind.what()
        );
        // `title: Tr(ru: ...)`, `note: Some(Tr(ru: ...))`, or else the field itself.
        let key = Seg::Field(lang.map_or("en", Lang::code));
        let inside = joined(at, &[key]);
        let wrapped = joined(at, &[Seg::Index(0), key]);
        self.report
            .push_first(record, &[&wrapped, &inside, at], message);
    }

    /// Each id of a list of references.
    fn ids_len(&mut self, record: &Record<'_>, at: &[Seg], ids: &[Id]) {
        for (i, id) in ids.iter().enumerate() {
            self.str_len(record, &joined(at, &[Seg::Index(i)]), TextKind::Id, id);
        }
    }

    /// A confidence mark's note, and the source ids beside it.
    fn cited_len(&mut self, record: &Record<'_>, at: &[Seg], sources: &[Id], mark: &Confidence) {
        self.ids_len(record, &joined(at, &[Seg::Field("sources")]), sources);
        if let Some(note) = mark.note() {
            let at = joined(at, &[Seg::Field("confidence")]);
            self.text_len(record, &at, TextKind::Note, note);
        }
    }

    fn optional_len(
        &mut self,
        record: &Record<'_>,
        at: &[Seg],
        kind: TextKind,
        text: Option<&Text>,
    ) {
        if let Some(text) = text {
            self.text_len(record, at, kind, text);
        }
    }

    /// The dataset's own title and description.
    pub(in crate::model) fn top_lengths(
        &mut self,
        record: &Record<'_>,
        title: &Text,
        description: &Text,
    ) {
        self.text_len(record, &[Seg::Field("title")], TextKind::Title, title);
        let at = [Seg::Field("description")];
        self.text_len(record, &at, TextKind::Note, description);
    }

    pub(super) fn organisation_lengths(&mut self, record: &Record<'_>, org: &Organisation) {
        use TextKind::{Note, ShortName, Title};
        self.text_len(record, &[Seg::Field("name")], Title, &org.name);
        self.text_len(
            record,
            &[Seg::Field("short_name")],
            ShortName,
            &org.short_name,
        );
        let milestones = std::iter::once((vec![Seg::Field("founded")], &org.founded)).chain(
            (org.milestones.iter().enumerate())
                .map(|(i, m)| (vec![Seg::Field("milestones"), Seg::Index(i)], m)),
        );
        for (at, milestone) in milestones {
            let Milestone {
                title,
                place,
                sources,
                confidence,
                ..
            } = milestone;
            self.text_len(record, &joined(&at, &[Seg::Field("title")]), Title, title);
            self.optional_len(
                record,
                &joined(&at, &[Seg::Field("place")]),
                Title,
                place.as_ref(),
            );
            self.cited_len(record, &at, sources, confidence);
        }
        for (i, body) in org.bodies.iter().enumerate() {
            let at = [Seg::Field("bodies"), Seg::Index(i)];
            let Body {
                name,
                seat,
                description,
                sources,
                confidence,
            } = body;
            self.text_len(record, &joined(&at, &[Seg::Field("name")]), Title, name);
            self.optional_len(
                record,
                &joined(&at, &[Seg::Field("seat")]),
                Title,
                seat.as_ref(),
            );
            let place = joined(&at, &[Seg::Field("description")]);
            self.text_len(record, &place, Note, description);
            self.cited_len(record, &at, sources, confidence);
        }
        for (i, language) in org.languages.iter().enumerate() {
            let at = [Seg::Field("languages"), Seg::Index(i)];
            self.text_len(record, &at, Title, language);
        }
        let at = [Seg::Field("languages_sources")];
        self.ids_len(record, &at, &org.languages_sources);
        for (i, sg) in org.secretaries_general.iter().enumerate() {
            let at = [Seg::Field("secretaries_general"), Seg::Index(i)];
            let SecretaryGeneral {
                name,
                country,
                note,
                sources,
                confidence,
                ..
            } = sg;
            self.text_len(record, &joined(&at, &[Seg::Field("name")]), Title, name);
            let place = joined(&at, &[Seg::Field("country")]);
            self.str_len(record, &place, TextKind::Id, country);
            self.optional_len(
                record,
                &joined(&at, &[Seg::Field("note")]),
                Note,
                note.as_ref(),
            );
            self.cited_len(record, &at, sources, confidence);
        }
    }

    /// A declared status or kind: its id and labels.
    pub(super) fn definition_lengths(&mut self, record: &Record<'_>, id: &Id, labels: [&Text; 2]) {
        self.str_len(record, &[Seg::Field("id")], TextKind::Id, id);
        for (field, label) in ["label", "plural"].into_iter().zip(labels) {
            self.text_len(record, &[Seg::Field(field)], TextKind::Label, label);
        }
    }

    pub(super) fn status_lengths(&mut self, record: &Record<'_>, def: &StatusDef) {
        self.definition_lengths(record, &def.id, [&def.label, &def.plural]);
    }

    pub(super) fn kind_lengths(&mut self, record: &Record<'_>, def: &KindDef) {
        self.definition_lengths(record, &def.id, [&def.label, &def.plural]);
    }

    pub(super) fn source_lengths(&mut self, record: &Record<'_>, source: &Source) {
        self.str_len(record, &[Seg::Field("id")], TextKind::Id, &source.id);
        self.str_len(
            record,
            &[Seg::Field("title")],
            TextKind::Title,
            &source.title,
        );
        self.str_len(record, &[Seg::Field("url")], TextKind::Url, &source.url);
        if let Some(publisher) = &source.publisher {
            self.str_len(
                record,
                &[Seg::Field("publisher")],
                TextKind::Title,
                publisher,
            );
        }
    }

    pub(super) fn country_lengths(&mut self, record: &Record<'_>, country: &Country) {
        use TextKind::{Id, Note, Title};
        self.str_len(record, &[Seg::Field("code")], Id, &country.code);
        self.text_len(record, &[Seg::Field("name")], Title, &country.name);
        for (field, name) in [("name_ru", &country.name_ru), ("name_zh", &country.name_zh)] {
            if let Some(name) = name {
                self.str_len(record, &[Seg::Field(field)], Title, name);
            }
        }
        self.optional_len(record, &[Seg::Field("note")], Note, country.note.as_ref());
        for (i, period) in country.statuses.iter().enumerate() {
            let at = [Seg::Field("statuses"), Seg::Index(i)];
            self.str_len(
                record,
                &joined(&at, &[Seg::Field("status")]),
                Id,
                &period.status,
            );
            if let Some(event) = &period.decided_at {
                self.str_len(record, &joined(&at, &[Seg::Field("decided_at")]), Id, event);
            }
            let note = period.note.as_ref();
            self.optional_len(record, &joined(&at, &[Seg::Field("note")]), Note, note);
            self.cited_len(record, &at, &period.sources, &period.confidence);
        }
    }

    pub(super) fn event_lengths(&mut self, record: &Record<'_>, event: &Event) {
        use TextKind::{Id, Note, Title};
        self.str_len(record, &[Seg::Field("id")], Id, &event.id);
        self.str_len(record, &[Seg::Field("kind")], Id, &event.kind);
        self.text_len(record, &[Seg::Field("title")], Title, &event.title);
        let place = |field| [Seg::Field("place"), Seg::Field(field)];
        self.optional_len(record, &place("city"), Title, event.place.city.as_ref());
        for (field, id) in [
            ("country", &event.place.country),
            ("located_by", &event.place.located_by),
        ] {
            if let Some(id) = id {
                self.str_len(record, &place(field), Id, id);
            }
        }
        for (field, kind, text) in [
            ("series", Title, &event.series),
            ("size", Title, &event.size),
            ("note", Note, &event.note),
        ] {
            self.optional_len(record, &[Seg::Field(field)], kind, text.as_ref());
        }
        for (i, outcome) in event.outcomes.iter().enumerate() {
            let at = [Seg::Field("outcomes"), Seg::Index(i)];
            self.text_len(record, &at, Note, outcome);
        }
        self.ids_len(record, &[Seg::Field("participants")], &event.participants);
        self.ids_len(record, &[Seg::Field("observers")], &event.observers);
        self.cited_len(record, &[], &event.sources, &event.confidence);
    }

    pub(super) fn tour_lengths(&mut self, record: &Record<'_>, tour: &Tour) {
        self.str_len(record, &[Seg::Field("id")], TextKind::Id, &tour.id);
        self.text_len(record, &[Seg::Field("title")], TextKind::Title, &tour.title);
        for (i, step) in tour.steps.iter().enumerate() {
            let at = [Seg::Field("steps"), Seg::Index(i)];
            let target = joined(&at, &[Seg::Field("target")]);
            self.str_len(record, &target, TextKind::Id, &step.target);
            let note = joined(&at, &[Seg::Field("note")]);
            self.optional_len(record, &note, TextKind::Note, step.note.as_ref());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_stops_at_the_bytes_when_it_can() {
        assert_eq!(chars_over("abc", 3), None);
        assert_eq!(chars_over("abcd", 3), Some(4));
        // Four Cyrillic letters are eight bytes but only four characters.
        assert_eq!(chars_over("абвг", 4), None);
        assert_eq!(chars_over("абвгд", 4), Some(5));
    }

    #[test]
    fn paths_are_named_as_written() {
        let at = [Seg::Field("statuses"), Seg::Index(2), Seg::Field("note")];
        assert_eq!(path_name(&at), "statuses[2].note");
        assert_eq!(path_name(&[]), "");
    }

    #[test]
    fn limits_grow_in_the_listed_order() {
        let limits = TextKind::ALL.map(TextKind::max_chars);
        assert!(limits.windows(2).all(|w| w[0] <= w[1]), "{limits:?}");
    }
}
