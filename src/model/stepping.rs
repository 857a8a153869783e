//! Stepping through events in time: what "next" and "previous" mean.
//!
//! One pure function serves the arrow keys, the ◀/▶ buttons and anything else
//! that steps, so they cannot disagree about hidden kinds or the date.

use chrono::NaiveDate;

use super::{Dataset, Event};

/// Which way to step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Later in time.
    Forward,
    /// Earlier in time.
    Backward,
}

/// The event to select when stepping from `current` (or, with nothing
/// selected, from the date `day`), skipping events that `shown` rejects.
///
/// With an event selected, the next/previous shown event in time order.
/// With nothing selected, "forward" is the first shown event starting on or
/// after `day` and "backward" the last shown event starting before it.
pub fn step_event(
    dataset: &Dataset,
    shown: impl Fn(usize, &Event) -> bool,
    current: Option<usize>,
    day: NaiveDate,
    direction: Direction,
) -> Option<usize> {
    let order = dataset.events_in_time_order();
    let events = &dataset.file().events;
    // Rank of the first candidate and the walking direction.
    let rank = match current.and_then(|e| order.iter().position(|&o| o == e)) {
        Some(rank) => match direction {
            Direction::Forward => rank + 1,
            Direction::Backward => rank.checked_sub(1)?,
        },
        None => {
            let from = order.partition_point(|&e| {
                events
                    .get(e)
                    .is_some_and(|event| event.start.first_day() < day)
            });
            match direction {
                Direction::Forward => from,
                Direction::Backward => from.checked_sub(1)?,
            }
        }
    };
    let is_shown = |&&e: &&usize| events.get(e).is_some_and(|event| shown(e, event));
    match direction {
        Direction::Forward => order.iter().skip(rank).find(is_shown).copied(),
        Direction::Backward => order.iter().take(rank + 1).rev().find(is_shown).copied(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_bundled;

    fn id(dataset: &Dataset, e: Option<usize>) -> Option<&str> {
        e.map(|e| dataset.file().events[e].id.as_str())
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn next_and_previous_follow_time_order() {
        let dataset = load_bundled().unwrap();
        let order = dataset.events_in_time_order();
        let second = order[1];
        let all = |_: usize, _: &Event| true;
        let date = day(2000, 1, 1);
        assert_eq!(
            step_event(&dataset, all, Some(second), date, Direction::Forward),
            Some(order[2])
        );
        assert_eq!(
            step_event(&dataset, all, Some(second), date, Direction::Backward),
            Some(order[0])
        );
        assert_eq!(
            step_event(&dataset, all, Some(order[0]), date, Direction::Backward),
            None
        );
        let last = *order.last().unwrap();
        assert_eq!(
            step_event(&dataset, all, Some(last), date, Direction::Forward),
            None
        );
    }

    #[test]
    fn hidden_kinds_are_skipped() {
        let dataset = load_bundled().unwrap();
        let summits_only = |_: usize, e: &Event| e.kind == "summit";
        let from = dataset.event_index("summit-2012-beijing");
        let next = step_event(
            &dataset,
            summits_only,
            from,
            day(2012, 6, 6),
            Direction::Forward,
        );
        assert_eq!(id(&dataset, next), Some("summit-2013-bishkek"));
        let previous = step_event(
            &dataset,
            summits_only,
            from,
            day(2012, 6, 6),
            Direction::Backward,
        );
        assert_eq!(id(&dataset, previous), Some("summit-2011-astana"));
    }

    #[test]
    fn with_nothing_selected_the_date_decides() {
        let dataset = load_bundled().unwrap();
        let summits_only = |_: usize, e: &Event| e.kind == "summit";
        let date = day(2013, 1, 1);
        let next = step_event(&dataset, summits_only, None, date, Direction::Forward);
        assert_eq!(id(&dataset, next), Some("summit-2013-bishkek"));
        let previous = step_event(&dataset, summits_only, None, date, Direction::Backward);
        assert_eq!(id(&dataset, previous), Some("summit-2012-beijing"));
        // Before the first event there is nothing earlier; after the last, nothing later.
        let before_all = day(1990, 1, 1);
        assert_eq!(
            step_event(
                &dataset,
                summits_only,
                None,
                before_all,
                Direction::Backward
            ),
            None
        );
        let after_all = day(2030, 1, 1);
        assert_eq!(
            step_event(&dataset, summits_only, None, after_all, Direction::Forward),
            None
        );
    }
}
