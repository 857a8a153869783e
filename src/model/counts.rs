//! Status headcounts over time: how many members, observers and partners on each day.
//!
//! They are worked out once at load time as a list of steps (one per day on
//! which some status changes), so the counts plot and `counts_on` are lookups.

use chrono::NaiveDate;

use super::{Country, PartialDate, StatusPeriod};

/// The most statuses a dataset may declare (counts are kept in a fixed array,
/// so that they stay `Copy` and a step costs no allocation).
pub const MAX_STATUSES: usize = 16;

/// How many countries held each status on one day, by the status's index in
/// the dataset's definitions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    counts: [u32; MAX_STATUSES],
    /// Bit `i` is set when status `i` counts as membership.
    member_mask: u16,
}

impl StatusCounts {
    /// No one holds any status yet; `member_mask` says which statuses are membership.
    pub fn new(member_mask: u16) -> Self {
        Self {
            counts: [0; MAX_STATUSES],
            member_mask,
        }
    }

    /// How many held the status with this index.
    pub fn of(&self, status: usize) -> usize {
        self.counts.get(status).map_or(0, |&n| n as usize)
    }

    /// Holders of the statuses that count as membership: the core group on that day.
    pub fn core(self) -> usize {
        (0..MAX_STATUSES)
            .filter(|i| self.member_mask & (1 << i) != 0)
            .map(|i| self.of(i))
            .sum()
    }

    /// Holders of the other statuses (observers and partners of every kind).
    pub fn others(self) -> usize {
        self.total() - self.core()
    }

    /// Every country with some status.
    pub fn total(self) -> usize {
        self.counts.iter().map(|&n| n as usize).sum()
    }

    fn add(&mut self, status: usize) {
        if let Some(count) = self.counts.get_mut(status) {
            *count += 1;
        }
    }

    fn remove(&mut self, status: usize) {
        // Only statuses added before are removed; saturating keeps a slip from panicking.
        if let Some(count) = self.counts.get_mut(status) {
            *count = count.saturating_sub(1);
        }
    }
}

/// The first of `periods` that holds on `day`.
pub(super) fn period_on(periods: &[StatusPeriod], day: NaiveDate) -> Option<&StatusPeriod> {
    periods
        .iter()
        .find(|p| p.from.first_day() <= day && p.to.is_none_or(|to| day < to.first_day()))
}

/// The counts from each day on which some status changes, in day order.
///
/// Each country's status only changes on the first day of one of its own
/// periods' `from` or `to`, so each country contributes a few changes (old
/// status out, new status in) and the counts are a running sum over all
/// changes in day order: linear in the number of periods (plus sorting),
/// where counting every country on every change day was quadratic.
pub(super) fn count_steps(
    countries: &[Country],
    status_index: impl Fn(&str) -> Option<usize>,
    member_mask: u16,
) -> Vec<(NaiveDate, StatusCounts)> {
    let mut days: Vec<NaiveDate> = Vec::new();
    // (day, status that ends, status that starts)
    let mut changes: Vec<(NaiveDate, Option<usize>, Option<usize>)> = Vec::new();
    for country in countries {
        let mut own_days: Vec<NaiveDate> = country
            .statuses
            .iter()
            .flat_map(|p| std::iter::once(p.from).chain(p.to))
            .map(PartialDate::first_day)
            .collect();
        own_days.sort_unstable();
        own_days.dedup();
        let mut current = None;
        for &day in &own_days {
            let status = period_on(&country.statuses, day).and_then(|p| status_index(&p.status));
            if status != current {
                changes.push((day, current, status));
                current = status;
            }
        }
        days.extend(own_days);
    }
    days.sort_unstable();
    days.dedup();
    changes.sort_unstable_by_key(|&(day, _, _)| day);

    let mut counts = StatusCounts::new(member_mask);
    let mut pending = changes.into_iter().peekable();
    days.into_iter()
        .map(|day| {
            while let Some((_, old, new)) = pending.next_if(|&(d, _, _)| d <= day) {
                if let Some(old) = old {
                    counts.remove(old);
                }
                if let Some(new) = new {
                    counts.add(new);
                }
            }
            (day, counts)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{GenerateOptions, generate};
    use crate::model::{Dataset, load_bundled, load_str};

    /// Counts the statuses on `day` by asking every country, as the counts were once computed.
    fn counted_directly(dataset: &Dataset, day: NaiveDate) -> StatusCounts {
        let mut counts = dataset.counts_on(NaiveDate::MIN);
        for c in 0..dataset.file().countries.len() {
            if let Some(period) = dataset.status_on(c, day) {
                counts.add(dataset.status_index(&period.status).unwrap());
            }
        }
        counts
    }

    #[test]
    fn count_steps_agree_with_asking_every_country() {
        let options = GenerateOptions {
            countries: 300,
            events: 200,
            seed: 7,
        };
        let text = generate(&options).unwrap();
        for dataset in [
            load_bundled().unwrap(),
            load_str("synthetic.ron", &text).unwrap(),
        ] {
            let steps = dataset.count_steps();
            assert!(steps.len() > 10, "{}", steps.len());
            assert!(steps.windows(2).all(|w| w[0].0 < w[1].0), "days in order");
            for &(day, counts) in steps {
                assert_eq!(counts, counted_directly(&dataset, day), "{day}");
                let before = day.pred_opt().unwrap();
                assert_eq!(
                    dataset.counts_on(before),
                    counted_directly(&dataset, before)
                );
            }
        }
    }

    #[test]
    fn a_hundred_thousand_countries_are_counted_without_hanging() {
        let options = GenerateOptions {
            countries: 17_576,
            events: 10,
            seed: 3,
        };
        let text = generate(&options).unwrap();
        let single = load_str("big.ron", &text).unwrap();
        let mut file = single.file().clone();
        // Six copies of every country (codes like "ABC1"): about 105,000 countries
        // and thousands of change days; counting every country on every day never ends.
        let copies: Vec<Country> = (1..6)
            .flat_map(|k| {
                file.countries.iter().map(move |c| Country {
                    code: format!("{}{k}", c.code).into(),
                    ..c.clone()
                })
            })
            .collect();
        file.countries.extend(copies);
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || send.send(Dataset::new("big".to_owned(), file)).ok());
        let dataset = receive
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("counting did not finish within a minute");
        let day = single.last_day();
        assert_eq!(
            dataset.counts_on(day).total(),
            6 * single.counts_on(day).total()
        );
        assert_eq!(dataset.count_steps().len(), single.count_steps().len());
    }
}
