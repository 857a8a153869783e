//! "Which came first?" and "put these in order": happenings (a country
//! getting a status, or an event whose title gives no date away) whose dates
//! cannot overlap even where only the month or the year is known.

use chrono::NaiveDate;

use super::known::{sourced, when};
use super::{Ask, Choice, Fact, Question, sources_of};
use crate::model::{Dataset, Text};
use crate::rng::SplitMix64;

/// How many years apart the happenings of one question may be at most, so
/// they are of one period and the question is not too easy.
const WINDOW_DAYS: i64 = 10 * 365;

/// A happening that may be put in order.
#[derive(Clone, Copy, Debug)]
struct Happening {
    fact: Fact,
    first: NaiveDate,
    last: NaiveDate,
}

/// The happenings of a dataset that questions of order may use.
pub(super) struct Happenings {
    all: Vec<Happening>,
}

/// Whether a text shows a number (a year or an ordinal would give the order
/// away): a digit, or a Chinese numeral.
fn shows_number(text: &Text) -> bool {
    text.all().any(|t| {
        t.chars()
            .any(|c| c.is_numeric() || "〇一二三四五六七八九十百千".contains(c))
    })
}

impl Happenings {
    /// The happenings of `dataset`: sourced status periods and sourced events
    /// whose titles show no number.
    pub fn new(dataset: &Dataset) -> Self {
        let file = dataset.file();
        let statuses = file.countries.iter().enumerate().flat_map(|(c, country)| {
            country
                .statuses
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    sourced(&p.confidence) && dataset.status_index(&p.status).is_some()
                })
                .map(move |(p, period)| {
                    let (first, last) = when(period.from);
                    Happening {
                        fact: Fact::Status {
                            country: c,
                            period: p,
                        },
                        first,
                        last,
                    }
                })
        });
        let events = file
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| sourced(&e.confidence) && !shows_number(&e.title))
            .map(|(i, e)| {
                let (first, last) = when(e.start);
                Happening {
                    fact: Fact::Event(i),
                    first,
                    last,
                }
            });
        Self {
            all: statuses.chain(events).collect(),
        }
    }

    /// How many happenings there are to choose from.
    pub fn len(&self) -> usize {
        self.all.len()
    }

    /// A question of `size` happenings: [`Ask::First`] or [`Ask::Order`].
    /// Each one is certainly before or after each other one, and no two read
    /// alike (the same country getting the same status twice, or two events
    /// of the same title).
    pub fn question(
        &self,
        dataset: &Dataset,
        ask: Ask,
        start: usize,
        rng: &mut SplitMix64,
    ) -> Option<Question> {
        let size = if ask == Ask::Order { 3 } else { 4 };
        let first = *self.all.get(start)?;
        let mut near: Vec<Happening> = self
            .all
            .iter()
            .filter(|h| (h.first - first.first).num_days().abs() <= WINDOW_DAYS)
            .copied()
            .collect();
        rng.shuffle(&mut near);
        let mut picked = vec![first];
        for candidate in near {
            if picked.len() == size {
                break;
            }
            let apart = picked.iter().all(|p| {
                (p.last < candidate.first || candidate.last < p.first)
                    && !reads_alike(dataset, p.fact, candidate.fact)
            });
            if apart {
                picked.push(candidate);
            }
        }
        if picked.len() < size {
            return None;
        }
        rng.shuffle(&mut picked);
        let mut in_order: Vec<usize> = (0..picked.len()).collect();
        in_order.sort_by_key(|&i| picked.get(i).map(|h| h.first));
        let answer = match ask {
            Ask::First => vec![*in_order.first()?],
            _ => in_order.clone(),
        };
        let facts: Vec<Fact> = in_order
            .iter()
            .filter_map(|&i| picked.get(i).map(|h| h.fact))
            .collect();
        Some(Question {
            ask,
            choices: picked.iter().map(|h| Choice::Happening(h.fact)).collect(),
            answer,
            sources: sources_of(dataset, &facts),
            facts,
        })
    }
}

/// Whether two happenings would read alike: the same country getting the
/// same status, or two events of the same title.
fn reads_alike(dataset: &Dataset, a: Fact, b: Fact) -> bool {
    let file = dataset.file();
    match (a, b) {
        (Fact::Event(x), Fact::Event(y)) => {
            let title = |e: usize| file.events.get(e).map(|e| e.title.en().to_lowercase());
            title(x) == title(y)
        }
        (
            Fact::Status {
                country: c1,
                period: p1,
            },
            Fact::Status {
                country: c2,
                period: p2,
            },
        ) => {
            let status = |c: usize, p: usize| {
                file.countries
                    .get(c)
                    .and_then(|country| country.statuses.get(p))
                    .map(|period| &period.status)
            };
            c1 == c2 && status(c1, p1) == status(c2, p2)
        }
        _ => false,
    }
}
