//! Status headcounts over time: how many members, observers and partners on each day.
//!
//! They are worked out once at load time as a list of steps (one per day on
//! which some status changes), so the counts plot and `counts_on` are lookups.

use chrono::NaiveDate;

use super::{Country, PartialDate, Status, StatusPeriod};

/// How many countries held each status on one day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    /// Shanghai Five members (1996-2001).
    pub shanghai_five: usize,
    /// Full members.
    pub members: usize,
    /// Observers.
    pub observers: usize,
    /// Dialogue partners.
    pub dialogue_partners: usize,
    /// "SCO partners" (from 2025).
    pub sco_partners: usize,
}

impl StatusCounts {
    /// Members plus Shanghai Five members: the core group on that day.
    pub fn core(self) -> usize {
        self.members + self.shanghai_five
    }

    /// Every country with some status.
    pub fn total(self) -> usize {
        self.core() + self.observers + self.dialogue_partners + self.sco_partners
    }

    fn count_of(&mut self, status: Status) -> &mut usize {
        match status {
            Status::ShanghaiFive => &mut self.shanghai_five,
            Status::Member => &mut self.members,
            Status::Observer => &mut self.observers,
            Status::DialoguePartner => &mut self.dialogue_partners,
            Status::ScoPartner => &mut self.sco_partners,
        }
    }

    fn add(&mut self, status: Status) {
        *self.count_of(status) += 1;
    }

    fn remove(&mut self, status: Status) {
        // Only statuses added before are removed; saturating keeps a slip from panicking.
        let count = self.count_of(status);
        *count = count.saturating_sub(1);
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
pub(super) fn count_steps(countries: &[Country]) -> Vec<(NaiveDate, StatusCounts)> {
    let mut days: Vec<NaiveDate> = Vec::new();
    // (day, status that ends, status that starts)
    let mut changes: Vec<(NaiveDate, Option<Status>, Option<Status>)> = Vec::new();
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
            let status = period_on(&country.statuses, day).map(|p| p.status);
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

    let mut counts = StatusCounts::default();
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
        let mut counts = StatusCounts::default();
        for c in 0..dataset.file().countries.len() {
            if let Some(period) = dataset.status_on(c, day) {
                counts.add(period.status);
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
                    code: format!("{}{k}", c.code),
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
