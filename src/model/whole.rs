//! The fast path for a valid file: one typed parse of the whole text straight
//! into the records the dataset keeps, reporting the events read so far.
//!
//! Nothing is read twice and nothing is copied: version 1 records become
//! current ones one at a time as they are read (not a second list afterwards),
//! each event's lists are trimmed to their length as it is read, and the
//! events go into one list sized once. Positions are not kept: any problem
//! sends the file to the record-by-record path in [`super::load`], which
//! reports them all.
//!
//! A long events list is cut into pieces at record boundaries
//! ([`super::split`]) and parsed on two threads, the calling one and a helper;
//! the calling thread puts the pieces' events in file order into the list as
//! they come (so at most a few finished pieces wait in memory) and reports the
//! progress. The rest of the file is parsed on its own, with an empty events
//! list in place of the long one.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use serde::Deserialize;
use serde::de::{DeserializeOwned, DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};

use super::split::{EventPieces, event_pieces};
use super::types::{
    Country, DatasetFile, Event, KindDef, Organisation, Source, StatusDef, Text, Tour,
};

/// How often (in events) the progress callback hears of the events read so far
/// when a file is parsed in one piece; parsed in pieces, it hears after each
/// piece (a few thousand events).
pub const PROGRESS_EVERY: usize = 1024;

/// Events lists at least this long are parsed in pieces on two threads; below
/// it, a second thread would cost more than it saves.
const PARALLEL_BYTES: usize = 1024 * 1024;

/// Reads the whole text as a dataset whose countries and events are of types
/// `C` and `E` (the version's records), calling `on_progress` with the number
/// of events read every [`PROGRESS_EVERY`] events and once at the end.
/// `None` on any problem. A version 1 file's records come back without
/// statuses and kinds (they are implied; the checks add them).
pub(super) fn parse_whole<C, E>(
    text: &str,
    on_progress: &mut dyn FnMut(usize),
) -> Option<DatasetFile>
where
    C: DeserializeOwned + Into<Country>,
    E: DeserializeOwned + Into<Event>,
{
    match event_pieces(text) {
        Some(found) if found.list.len() >= PARALLEL_BYTES => {
            parse_in_pieces::<C, E>(text, &found, on_progress)
        }
        found => parse_in_one::<C, E>(
            text,
            found.map_or(0, |f| f.records_at_most),
            Some(on_progress),
        ),
    }
}

/// One parse of the whole text; `expected_events` sizes the events list.
fn parse_in_one<C, E>(
    text: &str,
    expected_events: usize,
    on_progress: Option<&mut dyn FnMut(usize)>,
) -> Option<DatasetFile>
where
    C: DeserializeOwned + Into<Country>,
    E: DeserializeOwned + Into<Event>,
{
    let seed = FileSeed::<C, E> {
        expected_events,
        on_progress,
        records: PhantomData,
    };
    ron::Options::default().from_str_seed(text, seed).ok()
}

/// The file without its events (parsed as one), then the events in pieces.
fn parse_in_pieces<C, E>(
    text: &str,
    found: &EventPieces,
    on_progress: &mut dyn FnMut(usize),
) -> Option<DatasetFile>
where
    C: DeserializeOwned + Into<Country>,
    E: DeserializeOwned + Into<Event>,
{
    let mut rest = String::with_capacity(text.len().saturating_sub(found.list.len()));
    rest.push_str(text.get(..found.list.start)?);
    rest.push_str(text.get(found.list.end..)?);
    let mut file = parse_in_one::<C, E>(&rest, 0, None)?;
    drop(rest);
    file.events = parse_pieces::<E>(text, &found.pieces, found.records_at_most, on_progress)?;
    Some(file)
}

/// Parses piece `index` of the events list as a list of its own.
fn parse_piece<E: DeserializeOwned + Into<Event>>(
    text: &str,
    pieces: &[Range<usize>],
    index: usize,
) -> Option<Vec<Event>> {
    let piece = text.get(pieces.get(index)?.clone())?;
    let mut list = String::with_capacity(piece.len() + 2);
    list.push('[');
    list.push_str(piece);
    list.push(']');
    let seed = EventsSeed::<E> {
        expected: 0,
        on_progress: None,
        record: PhantomData,
    };
    ron::Options::default().from_str_seed(&list, seed).ok()
}

/// The events of all pieces in file order, parsed on this thread and a helper
/// (or on this thread alone if no thread can be started).
fn parse_pieces<E: DeserializeOwned + Into<Event>>(
    text: &str,
    pieces: &[Range<usize>],
    expected: usize,
    on_progress: &mut dyn FnMut(usize),
) -> Option<Vec<Event>> {
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    // The next piece nobody has taken yet, unless a piece failed (then the
    // file goes to the record-by-record path and the rest is not needed).
    let claim = || {
        if failed.load(Ordering::Relaxed) {
            return None;
        }
        let index = next.fetch_add(1, Ordering::Relaxed);
        (index < pieces.len()).then_some(index)
    };
    std::thread::scope(|scope| {
        let (send, receive) = mpsc::channel::<(usize, Option<Vec<Event>>)>();
        let helper = std::thread::Builder::new()
            .name("dataset parser".to_owned())
            .spawn_scoped(scope, {
                let send = send.clone();
                let claim = &claim;
                let failed = &failed;
                move || {
                    while let Some(index) = claim() {
                        let events = parse_piece::<E>(text, pieces, index);
                        if events.is_none() {
                            failed.store(true, Ordering::Relaxed);
                        }
                        if send.send((index, events)).is_err() {
                            break;
                        }
                    }
                }
            });
        // Without a helper this thread parses every piece; with one, the
        // channel closes when the helper is done.
        drop(send);
        let mut events = Vec::with_capacity(expected);
        let mut waiting: BTreeMap<usize, Option<Vec<Event>>> = BTreeMap::new();
        let mut wanted = 0;
        while wanted < pieces.len() {
            if let Some(index) = claim() {
                waiting.insert(index, parse_piece::<E>(text, pieces, index));
            } else if helper.is_ok() {
                let (index, piece) = receive.recv().ok()?;
                waiting.insert(index, piece);
            } else {
                return None;
            }
            while let Ok((index, piece)) = receive.try_recv() {
                waiting.insert(index, piece);
            }
            while let Some(piece) = waiting.remove(&wanted) {
                let Some(piece) = piece else {
                    failed.store(true, Ordering::Relaxed);
                    return None;
                };
                events.extend(piece);
                wanted += 1;
                on_progress(events.len());
            }
        }
        events.shrink_to_fit();
        Some(events)
    })
}

/// The top-level fields of `Dataset(...)`; any other name is an error, as in
/// [`DatasetFile`] (`deny_unknown_fields`).
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    FormatVersion,
    Title,
    Description,
    Organisation,
    Statuses,
    Kinds,
    Sources,
    Countries,
    Events,
    Tours,
}

const FIELDS: &[&str] = &[
    "format_version",
    "title",
    "description",
    "organisation",
    "statuses",
    "kinds",
    "sources",
    "countries",
    "events",
    "tours",
];

/// Reads `Dataset(...)`, handing the events list to [`EventsSeed`].
struct FileSeed<'p, C, E> {
    expected_events: usize,
    on_progress: Option<&'p mut dyn FnMut(usize)>,
    records: PhantomData<fn() -> (C, E)>,
}

impl<'de, C, E> DeserializeSeed<'de> for FileSeed<'_, C, E>
where
    C: Deserialize<'de> + Into<Country>,
    E: Deserialize<'de> + Into<Event>,
{
    type Value = DatasetFile;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<DatasetFile, D::Error> {
        deserializer.deserialize_struct("Dataset", FIELDS, self)
    }
}

/// Stores a field's value, refusing a second one (as a derived `Deserialize` does).
fn set_once<T, Er: serde::de::Error>(
    slot: &mut Option<T>,
    value: T,
    name: &'static str,
) -> Result<(), Er> {
    if slot.is_some() {
        return Err(Er::duplicate_field(name));
    }
    *slot = Some(value);
    Ok(())
}

impl<'de, C, E> Visitor<'de> for FileSeed<'_, C, E>
where
    C: Deserialize<'de> + Into<Country>,
    E: Deserialize<'de> + Into<Event>,
{
    type Value = DatasetFile;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Dataset(...)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DatasetFile, A::Error> {
        let mut format_version: Option<u32> = None;
        let mut title: Option<Text> = None;
        let mut description: Option<Text> = None;
        let mut organisation: Option<Organisation> = None;
        let mut statuses: Option<Vec<StatusDef>> = None;
        let mut kinds: Option<Vec<KindDef>> = None;
        let mut sources: Option<Vec<Source>> = None;
        let mut countries: Option<Vec<Country>> = None;
        let mut events: Option<Vec<Event>> = None;
        let mut tours: Option<Vec<Tour>> = None;
        let Self {
            expected_events,
            mut on_progress,
            ..
        } = self;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::FormatVersion => {
                    set_once(&mut format_version, map.next_value()?, "format_version")?;
                }
                Field::Title => set_once(&mut title, map.next_value()?, "title")?,
                Field::Description => {
                    set_once(&mut description, map.next_value()?, "description")?;
                }
                Field::Organisation => {
                    set_once(&mut organisation, map.next_value()?, "organisation")?;
                }
                Field::Statuses => set_once(&mut statuses, map.next_value()?, "statuses")?,
                Field::Kinds => set_once(&mut kinds, map.next_value()?, "kinds")?,
                Field::Sources => set_once(&mut sources, map.next_value()?, "sources")?,
                Field::Countries => {
                    let read: Vec<C> = map.next_value()?;
                    let read = read.into_iter().map(Into::into).collect();
                    set_once(&mut countries, read, "countries")?;
                }
                Field::Events => {
                    if events.is_some() {
                        return Err(A::Error::duplicate_field("events"));
                    }
                    let seed = EventsSeed::<E> {
                        expected: expected_events,
                        on_progress: on_progress.take(),
                        record: PhantomData,
                    };
                    events = Some(map.next_value_seed(seed)?);
                }
                Field::Tours => set_once(&mut tours, map.next_value()?, "tours")?,
            }
        }
        Ok(DatasetFile {
            format_version: format_version
                .ok_or_else(|| A::Error::missing_field("format_version"))?,
            title: title.ok_or_else(|| A::Error::missing_field("title"))?,
            description: description.ok_or_else(|| A::Error::missing_field("description"))?,
            organisation: organisation.ok_or_else(|| A::Error::missing_field("organisation"))?,
            statuses: statuses.unwrap_or_default(),
            kinds: kinds.unwrap_or_default(),
            sources: sources.ok_or_else(|| A::Error::missing_field("sources"))?,
            countries: countries.ok_or_else(|| A::Error::missing_field("countries"))?,
            events: events.ok_or_else(|| A::Error::missing_field("events"))?,
            tours: tours.unwrap_or_default(),
        })
    }
}

/// Reads the events list, each record (of the file's version) turned into an
/// [`Event`] as it is read, with progress every [`PROGRESS_EVERY`] events.
struct EventsSeed<'p, E> {
    expected: usize,
    on_progress: Option<&'p mut dyn FnMut(usize)>,
    record: PhantomData<fn() -> E>,
}

impl<'de, E: Deserialize<'de> + Into<Event>> DeserializeSeed<'de> for EventsSeed<'_, E> {
    type Value = Vec<Event>;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Vec<Event>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, E: Deserialize<'de> + Into<Event>> Visitor<'de> for EventsSeed<'_, E> {
    type Value = Vec<Event>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of Event(...)")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Vec<Event>, A::Error> {
        let mut events = Vec::with_capacity(self.expected);
        while let Some(event) = seq.next_element::<E>()? {
            events.push(compact(event.into()));
            if events.len().is_multiple_of(PROGRESS_EVERY)
                && let Some(report) = self.on_progress.as_mut()
            {
                report(events.len());
            }
        }
        // The estimate is an upper bound; give back the rest.
        events.shrink_to_fit();
        if let Some(report) = self.on_progress.as_mut() {
            report(events.len());
        }
        Ok(events)
    }
}

/// An event whose lists hold no spare room: a list read from a file grows
/// in steps (a single source id takes room for four), and with a hundred
/// thousand events the spare room adds up to about 10 MB. Trimming right
/// after each event is read lets the next events use what was given back.
fn compact(mut event: Event) -> Event {
    event.numbers.shrink_to_fit();
    event.outcomes.shrink_to_fit();
    event.participants.shrink_to_fit();
    event.observers.shrink_to_fit();
    event.sources.shrink_to_fit();
    event
}
