//! Two organisations side by side: which countries belong to both, to only
//! one, and with which status in each, on any day.
//!
//! Countries are matched across the two datasets by code: ISO 3166-1 alpha-3
//! for states, and the dataset's own code for members that are not states (so
//! "EU" matches only "EU"). The matching is worked out once, when the second
//! dataset is chosen; a day's groups are then a pass over the matched pairs.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Country, Dataset, SmolStr, StatusPeriod};

/// Which of the two organisations a country belongs to on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// It holds a status in both.
    Both,
    /// Only in the first (the dataset on screen).
    OnlyA,
    /// Only in the second (the one compared with).
    OnlyB,
}

/// A country as the two datasets know it: its index in each (at least one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    /// Index in the first dataset's countries.
    pub a: Option<usize>,
    /// Index in the second dataset's countries.
    pub b: Option<usize>,
}

/// The two datasets' countries matched by code, computed once.
#[derive(Clone, Debug, Default)]
pub struct Comparison {
    pairs: Vec<Pair>,
    /// Each code of either dataset → its pair (the map asks per country per frame).
    by_code: HashMap<SmolStr, usize>,
}

impl Comparison {
    /// Matches the countries of `a` and `b` by code.
    pub fn new(a: &Dataset, b: &Dataset) -> Self {
        let file_a = a.file();
        let file_b = b.file();
        let mut pairs: Vec<Pair> = file_a
            .countries
            .iter()
            .enumerate()
            .map(|(i, country)| Pair {
                a: Some(i),
                b: b.country_index(&country.code).filter(|&j| {
                    file_b
                        .countries
                        .get(j)
                        .is_some_and(|c| c.state == country.state)
                }),
            })
            .collect();
        for j in 0..file_b.countries.len() {
            if !pairs.iter().any(|p| p.b == Some(j)) {
                pairs.push(Pair {
                    a: None,
                    b: Some(j),
                });
            }
        }
        let mut by_code = HashMap::new();
        for (k, pair) in pairs.iter().enumerate() {
            let codes = [
                pair.a.and_then(|i| file_a.countries.get(i)),
                pair.b.and_then(|j| file_b.countries.get(j)),
            ];
            for country in codes.into_iter().flatten() {
                by_code.entry(country.code.clone()).or_insert(k);
            }
        }
        Self { pairs, by_code }
    }

    /// Every country of either dataset, once.
    pub fn pairs(&self) -> &[Pair] {
        &self.pairs
    }

    /// The pair of the country with this code (in either dataset).
    pub fn pair_of(&self, code: &str) -> Option<Pair> {
        self.index_of(code).and_then(|k| self.pairs.get(k)).copied()
    }

    /// The place in [`Comparison::pairs`] of the country with this code (in either dataset).
    pub fn index_of(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    /// The country a pair stands for: the first dataset's record if it has
    /// one, else the second's.
    pub fn country<'d>(pair: Pair, a: &'d Dataset, b: &'d Dataset) -> Option<&'d Country> {
        pair.a
            .and_then(|i| a.file().countries.get(i))
            .or_else(|| pair.b.and_then(|j| b.file().countries.get(j)))
    }

    /// The statuses a pair holds on `day` in each dataset.
    pub fn statuses_on<'d>(
        pair: Pair,
        a: &'d Dataset,
        b: &'d Dataset,
        day: NaiveDate,
    ) -> (Option<&'d StatusPeriod>, Option<&'d StatusPeriod>) {
        (
            pair.a.and_then(|c| a.status_on(c, day)),
            pair.b.and_then(|c| b.status_on(c, day)),
        )
    }

    /// Which side a pair is on on `day`; `None` if it holds no status in either.
    pub fn side_on(pair: Pair, a: &Dataset, b: &Dataset, day: NaiveDate) -> Option<Side> {
        match Self::statuses_on(pair, a, b, day) {
            (Some(_), Some(_)) => Some(Side::Both),
            (Some(_), None) => Some(Side::OnlyA),
            (None, Some(_)) => Some(Side::OnlyB),
            (None, None) => None,
        }
    }

    /// The pairs on each side on `day`, in the order of [`Comparison::pairs`].
    pub fn groups_on(&self, a: &Dataset, b: &Dataset, day: NaiveDate) -> Groups {
        let mut groups = Groups::default();
        for &pair in &self.pairs {
            match Self::side_on(pair, a, b, day) {
                Some(Side::Both) => groups.both.push(pair),
                Some(Side::OnlyA) => groups.only_a.push(pair),
                Some(Side::OnlyB) => groups.only_b.push(pair),
                None => {}
            }
        }
        groups
    }

    /// The side of the country with this code on `day`, if it has one.
    pub fn side_of_code(
        &self,
        a: &Dataset,
        b: &Dataset,
        code: &str,
        day: NaiveDate,
    ) -> Option<Side> {
        self.pair_of(code)
            .and_then(|pair| Self::side_on(pair, a, b, day))
    }
}

/// The organisation compared with, and its countries matched to the first's.
#[derive(Clone, Debug)]
pub struct Compared {
    /// The second dataset.
    pub dataset: Dataset,
    /// Its countries matched to the first dataset's, by code.
    pub comparison: Comparison,
}

impl Compared {
    /// Matches `other` to `first`.
    pub fn new(first: &Dataset, other: Dataset) -> Self {
        Self {
            comparison: Comparison::new(first, &other),
            dataset: other,
        }
    }
}

/// The days the date cursor may take: the dataset's span, or while comparing
/// the span of both organisations' histories.
pub fn date_span(first: &Dataset, compared: Option<&Compared>) -> (NaiveDate, NaiveDate) {
    let (mut from, mut to) = (first.first_day(), first.last_day());
    if let Some(other) = compared.map(|c| &c.dataset) {
        from = from.min(other.first_day());
        to = to.max(other.last_day());
    }
    (from, to)
}

/// A day's countries by side.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Groups {
    /// Holding a status in both organisations.
    pub both: Vec<Pair>,
    /// Only in the first.
    pub only_a: Vec<Pair>,
    /// Only in the second.
    pub only_b: Vec<Pair>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{find_bundled, load_bundled};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn codes(a: &Dataset, b: &Dataset, pairs: &[Pair]) -> Vec<String> {
        let mut codes: Vec<String> = pairs
            .iter()
            .filter_map(|&p| Comparison::country(p, a, b).map(|c| c.code.to_string()))
            .collect();
        codes.sort();
        codes
    }

    #[test]
    fn cambodia_laos_and_myanmar_are_in_both_at_the_end_of_2025() {
        let sco = load_bundled().unwrap();
        let asean = find_bundled("asean").unwrap().load().unwrap();
        let comparison = Comparison::new(&sco, &asean);
        let groups = comparison.groups_on(&sco, &asean, day(2025, 12, 1));
        let both = codes(&sco, &asean, &groups.both);
        for code in ["KHM", "LAO", "MMR", "CHN", "RUS", "IND"] {
            assert!(both.contains(&code.to_owned()), "{code} not in {both:?}");
        }
        let only_a = codes(&sco, &asean, &groups.only_a);
        assert!(only_a.contains(&"KAZ".to_owned()), "{only_a:?}");
        let only_b = codes(&sco, &asean, &groups.only_b);
        assert!(only_b.contains(&"IDN".to_owned()), "{only_b:?}");
        // Every country of either dataset is in exactly one pair.
        assert_eq!(
            comparison.pairs().iter().filter(|p| p.a.is_some()).count(),
            sco.file().countries.len()
        );
        assert_eq!(
            comparison.pairs().iter().filter(|p| p.b.is_some()).count(),
            asean.file().countries.len()
        );
    }

    #[test]
    fn before_the_shanghai_five_met_no_country_is_in_both() {
        let sco = load_bundled().unwrap();
        let asean = find_bundled("asean").unwrap().load().unwrap();
        let comparison = Comparison::new(&sco, &asean);
        let groups = comparison.groups_on(&sco, &asean, day(1995, 1, 1));
        assert!(
            groups.both.is_empty(),
            "{:?}",
            codes(&sco, &asean, &groups.both)
        );
        assert!(groups.only_a.is_empty());
        assert!(!groups.only_b.is_empty());
    }

    #[test]
    fn members_that_are_not_states_match_only_themselves() {
        let asean = find_bundled("asean").unwrap().load().unwrap();
        let comparison = Comparison::new(&asean, &asean);
        for pair in comparison.pairs() {
            assert_eq!(pair.a, pair.b);
        }
    }
}
