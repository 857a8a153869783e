//! What the dataset knows for sure, for the quiz: sourced records only, and a
//! country's status on a day only where no boundary of its periods is vaguer
//! than the day (a period starting "2009" leaves every day of 2009 unknown).

use chrono::{Datelike as _, NaiveDate};

use crate::model::{Confidence, Country, Dataset, PartialDate, StatusPeriod};

/// What a country's status on a day is, when the dataset knows it for sure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Known {
    /// The country held the status of this period (its index), a sourced record.
    Held(usize),
    /// The country held no status: no period covers the day.
    Nothing,
}

/// Whether a record is marked sourced (not unverified, not in conflict).
pub(super) fn sourced(confidence: &Confidence) -> bool {
    matches!(confidence, Confidence::Sourced)
}

/// Whether `day` falls within what a date can mean (any day of "2009" for a
/// bare year; the day itself for a full date).
fn vague_on(date: PartialDate, day: NaiveDate) -> bool {
    (date.first_day()..=date.last_day()).contains(&day)
}

/// The country's status on `day`, if the dataset knows it for sure: no start
/// or end of its periods may be the day or a vaguer date around it (the day a
/// status changes is a trick question), and the period covering the day must
/// be sourced.
pub(super) fn status_on(country: &Country, day: NaiveDate) -> Option<Known> {
    let boundaries = country
        .statuses
        .iter()
        .flat_map(|p| std::iter::once(p.from).chain(p.to));
    if boundaries.into_iter().any(|date| vague_on(date, day)) {
        return None;
    }
    match country.statuses.iter().position(|p| covers(p, day)) {
        Some(i) => country
            .statuses
            .get(i)
            .filter(|p| sourced(&p.confidence))
            .map(|_| Known::Held(i)),
        None => Some(Known::Nothing),
    }
}

/// Whether a period covers `day` (`from` inclusive, `to` exclusive).
fn covers(period: &StatusPeriod, day: NaiveDate) -> bool {
    period.from.first_day() <= day && period.to.is_none_or(|to| day < to.first_day())
}

/// The days a quiz may ask about: 1 January and 1 July of each year the
/// dataset covers (days a class can picture, unlike a random one).
pub(super) fn quiz_days(dataset: &Dataset) -> Vec<NaiveDate> {
    let (first, last) = (dataset.first_day(), dataset.last_day());
    (first.year()..=last.year())
        .flat_map(|year| [(year, 1), (year, 7)])
        .filter_map(|(year, month)| NaiveDate::from_ymd_opt(year, month, 1))
        .filter(|day| (first..=last).contains(day))
        .collect()
}

/// The range of days an event's start or a status's start can mean.
pub(super) fn when(date: PartialDate) -> (NaiveDate, NaiveDate) {
    (date.first_day(), date.last_day())
}
