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

    pub(crate) fn add(&mut self, status: usize) {
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
