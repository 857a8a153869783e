//! Which countries each event involves (host, participants, observers,
//! decisions), worked out once on load, and the id indexes of a dataset.

use super::{CountryCode, DatasetFile, Id};
use super::{Decision, small};
use std::collections::HashMap;
/// Per country, the events it took part in, observed, hosted or had a status
/// decided at, in time order; and the status decisions sorted by the event
/// they were taken at, with that event's index beside each.
pub(super) fn involvement(
    file: &DatasetFile,
    country_by_code: &HashMap<CountryCode, usize>,
    events_by_id: &[u32],
    events_in_order: &[usize],
    rank_of_event: &[u32],
) -> (Vec<Vec<usize>>, Vec<u32>, Vec<Decision>) {
    let events = &file.events;
    let mut events_of_country = vec![Vec::new(); file.countries.len()];
    for &e in events_in_order {
        let event = &events[e];
        let involved = event
            .participants
            .iter()
            .chain(&event.observers)
            .chain(event.place.country.iter());
        for code in involved {
            // Events are visited in order and only `e` is pushed while visiting it,
            // so a repeat of `e` for this country can only be the last entry.
            if let Some(&c) = country_by_code.get(code)
                && events_of_country[c].last() != Some(&e)
            {
                events_of_country[c].push(e);
            }
        }
    }
    let mut decided: Vec<(u32, Decision)> = Vec::new();
    for (c, country) in file.countries.iter().enumerate() {
        for (p, period) in country.statuses.iter().enumerate() {
            let event = period.decided_at.as_ref().and_then(|id| {
                events_by_id
                    .binary_search_by(|&e| events[e as usize].id.cmp(id))
                    .ok()
                    .map(|i| events_by_id[i] as usize)
            });
            if let Some(e) = event {
                decided.push((
                    small(e),
                    Decision {
                        country: c,
                        period: p,
                    },
                ));
                if !events_of_country[c].contains(&e) {
                    events_of_country[c].push(e);
                }
            }
        }
    }
    // A stable sort keeps each event's decisions in country order, as before.
    decided.sort_by_key(|&(e, _)| e);
    let (decision_events, decisions) = decided.into_iter().unzip();
    for list in &mut events_of_country {
        list.sort_by_key(|&e| rank_of_event[e]);
        list.shrink_to_fit();
    }
    (events_of_country, decision_events, decisions)
}

pub(super) fn index_by<T>(items: &[T], key: impl Fn(&T) -> &Id) -> HashMap<Id, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item).clone(), i))
        .collect()
}
