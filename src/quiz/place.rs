//! "Where was EVENT held?": the event's city and three other places where
//! events were held (of the same kind first), none of them the same place.

use super::known::sourced;
use super::{Ask, Choice, Fact, Question, sources_of};
use crate::model::{Dataset, Event, SummitFormat, Text};
use crate::rng::SplitMix64;

/// The places of a dataset a question may ask about or offer as wrong answers.
pub(super) struct Places {
    /// Sourced events held in one city (not an area, not a videoconference).
    pub asked: Vec<Fact>,
    /// One event per distinct city (any event held in one), with its kind's index.
    cities: Vec<(usize, Option<usize>)>,
}

/// The event's city, if it was held in one named place (not an area, and not
/// a videoconference, whose "place" names where it was chaired from).
fn city(event: &Event) -> Option<&Text> {
    event
        .place
        .city
        .as_ref()
        .filter(|c| !c.is_blank() && !event.place.area)
        .filter(|_| event.format != Some(SummitFormat::Virtual))
}

/// Whether two place names may name the same place: in some language one
/// holds the other ("Moscow" and "Moscow region"), ignoring case.
fn same_place(a: &Text, b: &Text) -> bool {
    a.all().any(|x| {
        let x = x.to_lowercase();
        b.all().any(|y| {
            let y = y.to_lowercase();
            x.contains(&y) || y.contains(&x)
        })
    })
}

impl Places {
    /// The places of `dataset`.
    pub fn new(dataset: &Dataset) -> Self {
        let events = &dataset.file().events;
        let asked = events
            .iter()
            .enumerate()
            .filter(|(_, e)| sourced(&e.confidence) && city(e).is_some())
            .map(|(i, _)| Fact::Event(i))
            .collect();
        let mut cities: Vec<(usize, Option<usize>)> = Vec::new();
        let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
        for &e in dataset.events_in_time_order() {
            if let Some(name) = events.get(e).and_then(city)
                && seen.insert(name.en().to_lowercase())
            {
                cities.push((e, dataset.kind_index_of_event(e)));
            }
        }
        Self { asked, cities }
    }

    /// The question about the place of `fact`'s event.
    pub fn question(
        &self,
        dataset: &Dataset,
        fact: Fact,
        rng: &mut SplitMix64,
    ) -> Option<Question> {
        let Fact::Event(event) = fact else {
            return None;
        };
        let events = &dataset.file().events;
        let asked = events.get(event)?;
        let answer_city = city(asked)?;
        let kind = dataset.kind_index_of_event(event);
        let (mut same_kind, mut other_kind): (Vec<_>, Vec<_>) = self
            .cities
            .iter()
            .filter(|&&(e, _)| {
                events
                    .get(e)
                    .and_then(city)
                    .is_some_and(|c| !same_place(c, answer_city))
            })
            .partition(|&&(_, k)| k == kind);
        rng.shuffle(&mut same_kind);
        rng.shuffle(&mut other_kind);
        let mut picked: Vec<usize> = vec![event];
        for &(e, _) in same_kind.iter().chain(other_kind.iter()) {
            if picked.len() == 4 {
                break;
            }
            let name = events.get(e).and_then(city);
            let distinct = picked.iter().all(|&p| {
                events
                    .get(p)
                    .and_then(city)
                    .zip(name)
                    .is_some_and(|(a, b)| !same_place(a, b))
            });
            if distinct {
                picked.push(e);
            }
        }
        if picked.len() < 4 {
            return None;
        }
        rng.shuffle(&mut picked);
        let titled = !picked.iter().any(|&p| {
            events
                .get(p)
                .and_then(city)
                .is_some_and(|c| names_place(&asked.title, c))
        });
        // Named by kind and date, the event must be the only one of its kind
        // starting that day.
        let unique = events.iter().enumerate().all(|(i, e)| {
            i == event || e.start != asked.start || dataset.kind_index_of_event(i) != kind
        });
        if !titled && !unique {
            return None;
        }
        let answer = picked.iter().position(|&p| p == event)?;
        Some(Question {
            ask: Ask::EventPlace { event, titled },
            choices: picked.into_iter().map(Choice::Place).collect(),
            answer: vec![answer],
            facts: vec![fact],
            sources: sources_of(dataset, &[fact]),
        })
    }
}

/// Whether a title names a place (in any of its languages), which would give
/// the answer away.
fn names_place(title: &Text, place: &Text) -> bool {
    title.all().any(|t| {
        let t = t.to_lowercase();
        place.all().any(|p| t.contains(&p.to_lowercase()))
    })
}
