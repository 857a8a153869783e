//! Questions about statuses: the year a country got one, who held one on a
//! day, and how many members there were on a day.

use chrono::{Datelike as _, NaiveDate};

use super::known::{Known, quiz_days, sourced, status_on};
use super::{Ask, Choice, Fact, Question, sources_of};
use crate::model::Dataset;
use crate::rng::SplitMix64;

/// How many years a wrong year may be from the right one.
const YEAR_SPREAD: i32 = 4;

/// The status periods a "which year" question may rest on: sourced, and the
/// only period of that status in the country's history (so "when did it
/// become" has one answer).
pub(super) fn year_pool(dataset: &Dataset) -> Vec<Fact> {
    let mut pool = Vec::new();
    for (c, country) in dataset.file().countries.iter().enumerate() {
        for (p, period) in country.statuses.iter().enumerate() {
            let once = country
                .statuses
                .iter()
                .filter(|q| q.status == period.status)
                .count()
                == 1;
            if once && sourced(&period.confidence) && dataset.status_index(&period.status).is_some()
            {
                pool.push(Fact::Status {
                    country: c,
                    period: p,
                });
            }
        }
    }
    pool
}

/// "In which year did COUNTRY become STATUS?": the right year and three
/// others at most [`YEAR_SPREAD`] years away and not after the dataset's last
/// year, in ascending order.
pub(super) fn year_question(
    dataset: &Dataset,
    fact: Fact,
    rng: &mut SplitMix64,
) -> Option<Question> {
    let Fact::Status { country, period } = fact else {
        return None;
    };
    let year = dataset
        .file()
        .countries
        .get(country)?
        .statuses
        .get(period)?
        .from
        .year();
    let last = dataset.last_day().year();
    let mut others: Vec<i32> = (year - YEAR_SPREAD..=year + YEAR_SPREAD)
        .filter(|&y| y != year && y <= last)
        .collect();
    rng.shuffle(&mut others);
    others.truncate(3);
    if others.len() < 3 {
        return None;
    }
    others.push(year);
    others.sort_unstable();
    let answer = others.iter().position(|&y| y == year)?;
    Some(Question {
        ask: Ask::StatusYear { country, period },
        choices: others.into_iter().map(Choice::Year).collect(),
        answer: vec![answer],
        facts: vec![fact],
        sources: sources_of(dataset, &[fact]),
    })
}

/// Every country's status on `day` where the dataset knows it for sure.
fn known_on(dataset: &Dataset, day: NaiveDate) -> Vec<(usize, Known)> {
    dataset
        .file()
        .countries
        .iter()
        .enumerate()
        .filter_map(|(c, country)| status_on(country, day).map(|k| (c, k)))
        .collect()
}

/// The status index of a country's period, if the dataset declares it.
fn status_of(dataset: &Dataset, country: usize, period: usize) -> Option<usize> {
    let period = dataset
        .file()
        .countries
        .get(country)?
        .statuses
        .get(period)?;
    dataset.status_index(&period.status)
}

/// The days a "which held" question may ask about: those on which the
/// dataset knows the status of at least three countries for sure.
pub(super) fn held_days(dataset: &Dataset) -> Vec<NaiveDate> {
    quiz_days(dataset)
        .into_iter()
        .filter(|&day| known_on(dataset, day).len() >= 3)
        .collect()
}

/// The days a "how many members" question may ask about: those on which the
/// dataset knows every country's status for sure and there are members.
pub(super) fn member_days(dataset: &Dataset) -> Vec<NaiveDate> {
    quiz_days(dataset)
        .into_iter()
        .filter(|&day| members_on(dataset, day).is_some_and(|m| !m.is_empty()))
        .collect()
}

/// The member periods covering `day` (of statuses that count as membership),
/// if the dataset knows every country's status on the day for sure.
fn members_on(dataset: &Dataset, day: NaiveDate) -> Option<Vec<Fact>> {
    let known = known_on(dataset, day);
    if known.len() != dataset.file().countries.len() {
        return None;
    }
    Some(
        known
            .iter()
            .filter_map(|&(country, k)| match k {
                Known::Held(period) => status_of(dataset, country, period)
                    .and_then(|s| dataset.statuses().get(s))
                    .filter(|s| s.counts_as_member)
                    .map(|_| Fact::Status { country, period }),
                Known::Nothing => None,
            })
            .collect(),
    )
}

/// "Which of these countries held STATUS on DAY?": four countries (three if
/// the dataset knows fewer), one to three of them right. The wrong ones are
/// countries that held that status at another time or another status on the
/// day where there are enough, else any whose status on the day is known.
pub(super) fn held_question(
    dataset: &Dataset,
    day: NaiveDate,
    rng: &mut SplitMix64,
) -> Option<Question> {
    let known = known_on(dataset, day);
    let holding = |status: usize| {
        move |&(c, k): &(usize, Known)| match k {
            Known::Held(p) => status_of(dataset, c, p) == Some(status),
            Known::Nothing => false,
        }
    };
    let statuses: Vec<usize> = (0..dataset.statuses().len())
        .filter(|&s| known.iter().any(holding(s)))
        .collect();
    let status = *rng.pick(&statuses)?;
    let (mut right, wrong): (Vec<_>, Vec<_>) = known.iter().partition(|k| holding(status)(k));
    let status_id = &dataset.statuses().get(status)?.id;
    let plausible = |&&(c, k): &&(usize, Known)| {
        k != Known::Nothing
            || dataset
                .file()
                .countries
                .get(c)
                .is_some_and(|country| country.statuses.iter().any(|p| &p.status == status_id))
    };
    let mut wrong_pool: Vec<(usize, Known)> = wrong.iter().filter(plausible).copied().collect();
    let total = if right.len() + wrong.len() >= 4 { 4 } else { 3 };
    if wrong_pool.len() < total - 1 {
        wrong_pool = wrong;
    }
    // One to `total - 1` right, and enough wrong ones for the rest.
    let fewest_right = total.saturating_sub(wrong_pool.len()).max(1);
    let most_right = right.len().min(total - 1);
    if fewest_right > most_right {
        return None;
    }
    let right_count = fewest_right + rng.below(most_right - fewest_right + 1);
    rng.shuffle(&mut right);
    rng.shuffle(&mut wrong_pool);
    let mut picked: Vec<(usize, Known)> = right.iter().take(right_count).copied().collect();
    picked.extend(wrong_pool.iter().take(total - right_count).copied());
    rng.shuffle(&mut picked);
    let answer: Vec<usize> = (0..picked.len())
        .filter(|&i| picked.get(i).is_some_and(holding(status)))
        .collect();
    // The main fact is the first right country's period; the others follow.
    let facts: Vec<Fact> = answer
        .iter()
        .copied()
        .chain((0..picked.len()).filter(|i| !answer.contains(i)))
        .filter_map(|i| match picked.get(i) {
            Some(&(country, Known::Held(period))) => Some(Fact::Status { country, period }),
            _ => None,
        })
        .collect();
    Some(Question {
        ask: Ask::HeldStatusOn { status, day },
        choices: picked.iter().map(|&(c, _)| Choice::Country(c)).collect(),
        answer,
        sources: sources_of(dataset, &facts),
        facts,
    })
}

/// "How many members were there on DAY?" (members: the statuses that count as
/// membership): asked only if every country's status on the day is known for
/// sure. The right number and three others within three of it, ascending.
pub(super) fn members_question(
    dataset: &Dataset,
    day: NaiveDate,
    rng: &mut SplitMix64,
) -> Option<Question> {
    let mut members = members_on(dataset, day)?;
    let count = members.len();
    if count == 0 {
        return None;
    }
    // The latest to join first: the fact most worth showing.
    let start = |fact: &Fact| match *fact {
        Fact::Status { country, period } => dataset
            .file()
            .countries
            .get(country)
            .and_then(|c| c.statuses.get(period))
            .map(|p| p.from),
        Fact::Event(_) => None,
    };
    members.sort_by_key(|f| std::cmp::Reverse(start(f)));
    let mut others: Vec<usize> = (count.saturating_sub(3)..=count + 3)
        .filter(|&n| n != count)
        .collect();
    rng.shuffle(&mut others);
    others.truncate(3);
    others.push(count);
    others.sort_unstable();
    let answer = others.iter().position(|&n| n == count)?;
    Some(Question {
        ask: Ask::MembersOn { day },
        choices: others.into_iter().map(Choice::Count).collect(),
        answer: vec![answer],
        sources: sources_of(dataset, &members),
        facts: members,
    })
}
