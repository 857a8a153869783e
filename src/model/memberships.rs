//! One country in every organisation: the region's countries (every state in
//! any of the organisations held) against the organisations, with each
//! country's status periods per organisation on one date axis and the status
//! of every country in every organisation on a day (the overlap table).
//!
//! Built once from the datasets (the bundled ones plus any opened file) and
//! then only queried: nothing here is worked out per frame.

use std::sync::Arc;

use chrono::NaiveDate;

use super::{CountryCode, Dataset, PartialDate, Target};
use crate::lang::Lang;

/// One organisation of the region: its dataset and what it was opened as.
#[derive(Clone, Debug)]
pub struct RegionOrg {
    /// What it was opened as: a bundled dataset's short name ("sco") or a file's path.
    pub source: String,
    /// Its dataset.
    pub dataset: Arc<Dataset>,
}

impl RegionOrg {
    /// The organisation's short name in `lang`, e.g. "SCO" or "ШОС".
    pub fn label(&self, lang: Lang) -> &str {
        self.dataset.file().organisation.short_name.text(lang)
    }
}

/// Every bundled organisation that loads (all of them: tests check each one),
/// as organisations of a region.
pub fn bundled_orgs() -> Vec<RegionOrg> {
    super::BUNDLED
        .iter()
        .filter_map(|b| {
            Some(RegionOrg {
                source: b.name.to_owned(),
                dataset: Arc::new(b.load().ok()?),
            })
        })
        .collect()
}

/// A state of the region and where it appears in each organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionCountry {
    /// ISO 3166-1 alpha-3 code.
    pub code: CountryCode,
    /// Its index in each organisation's countries (`None`: never listed there).
    pub in_org: Vec<Option<usize>>,
}

/// A stretch of time during which a country held one status in one organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// First day.
    pub from: NaiveDate,
    /// Day it ended (the next status starts that day); `None` while it lasts.
    pub to: Option<NaiveDate>,
    /// The first day as the dataset writes it ("2006-09": September 2006, not
    /// its first day): what is shown.
    pub from_written: PartialDate,
    /// The end as the dataset writes it.
    pub to_written: Option<PartialDate>,
    /// Index of the status in the organisation's declared statuses.
    pub status: usize,
    /// Index of the status period in the country's periods.
    pub period: usize,
    /// The event at which the status was decided, if the dataset names one.
    pub decided_at: Option<usize>,
    /// Whether the dataset marks the period as a conflict or unverified.
    pub uncertain: bool,
}

impl Span {
    /// Whether the span covers `day`.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && self.to.is_none_or(|to| day < to)
    }
}

/// The organisations of the region and the countries that belong to any of them.
#[derive(Clone, Debug)]
pub struct Region {
    orgs: Vec<RegionOrg>,
    countries: Vec<RegionCountry>,
    /// Indices into `countries`, sorted by name in each language of [`Lang::ALL`].
    by_name: [Vec<usize>; 3],
    /// Each country's spans in each organisation, at `country * orgs + org`.
    spans: Vec<Vec<Span>>,
    first_day: NaiveDate,
    last_day: NaiveDate,
}

impl Region {
    /// The region of these organisations: every state listed in any of them.
    /// Organisations that are not states (e.g. the European Union as a
    /// dialogue partner) are left out: the table compares states.
    pub fn new(orgs: Vec<RegionOrg>) -> Self {
        let mut countries: Vec<RegionCountry> = Vec::new();
        for (o, org) in orgs.iter().enumerate() {
            for (c, country) in org.dataset.file().countries.iter().enumerate() {
                if !country.state {
                    continue;
                }
                let row = match countries.iter().position(|r| r.code == country.code) {
                    Some(row) => row,
                    None => {
                        countries.push(RegionCountry {
                            code: country.code.clone(),
                            in_org: vec![None; orgs.len()],
                        });
                        countries.len() - 1
                    }
                };
                if let Some(slot) = countries.get_mut(row).and_then(|r| r.in_org.get_mut(o)) {
                    *slot = Some(c);
                }
            }
        }
        countries.sort_by(|a, b| a.code.cmp(&b.code));
        let mut region = Self {
            first_day: orgs
                .iter()
                .map(|o| o.dataset.first_day())
                .min()
                .unwrap_or_default(),
            last_day: orgs
                .iter()
                .map(|o| o.dataset.last_day())
                .max()
                .unwrap_or_default(),
            orgs,
            countries,
            by_name: Default::default(),
            spans: Vec::new(),
        };
        region.by_name = Lang::ALL.map(|lang| region.sorted_by_name(lang));
        region.spans = (0..region.countries.len())
            .flat_map(|c| (0..region.orgs.len()).map(move |o| (c, o)))
            .map(|(c, o)| region.spans_from_dataset(c, o))
            .collect();
        region
    }

    fn sorted_by_name(&self, lang: Lang) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.countries.len()).collect();
        order.sort_by_cached_key(|&i| self.country_name(i, lang).to_lowercase());
        order
    }

    /// The organisations, in the order they were given.
    pub fn orgs(&self) -> &[RegionOrg] {
        &self.orgs
    }

    /// The countries, sorted by code.
    pub fn countries(&self) -> &[RegionCountry] {
        &self.countries
    }

    /// The countries' indices sorted by their names in `lang`.
    pub fn by_name(&self, lang: Lang) -> &[usize] {
        let slot = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        self.by_name.get(slot).map_or(&[], Vec::as_slice)
    }

    /// The index of a country by its code.
    pub fn country_index(&self, code: &str) -> Option<usize> {
        self.countries
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()
    }

    /// The first and last day of any organisation's history.
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        (self.first_day, self.last_day)
    }

    /// A country's name in `lang`, from the first organisation that lists it.
    pub fn country_name(&self, country: usize, lang: Lang) -> String {
        let Some(row) = self.countries.get(country) else {
            return String::new();
        };
        self.orgs
            .iter()
            .zip(&row.in_org)
            .find_map(|(org, c)| {
                c.map(|_| org.dataset.country_name(&row.code, lang).text.to_owned())
            })
            .unwrap_or_else(|| row.code.to_string())
    }

    /// The country's status periods in organisation `org`, in time order
    /// (empty when the organisation never listed it).
    pub fn spans(&self, country: usize, org: usize) -> &[Span] {
        self.spans
            .get(country * self.orgs.len() + org)
            .map_or(&[], Vec::as_slice)
    }

    fn spans_from_dataset(&self, country: usize, org: usize) -> Vec<Span> {
        let Some((dataset, c)) = self.place_of(country, org) else {
            return Vec::new();
        };
        let Some(listed) = dataset.file().countries.get(c) else {
            return Vec::new();
        };
        listed
            .statuses
            .iter()
            .enumerate()
            .filter_map(|(period, p)| {
                Some(Span {
                    from: p.from.first_day(),
                    to: p.to.map(PartialDate::first_day),
                    from_written: p.from,
                    to_written: p.to,
                    status: dataset.status_index(&p.status)?,
                    period,
                    decided_at: p
                        .decided_at
                        .as_deref()
                        .and_then(|id| dataset.event_index(id)),
                    uncertain: p.confidence.note().is_some(),
                })
            })
            .collect()
    }

    /// The status the country held in organisation `org` on `day`, as a span.
    pub fn span_on(&self, country: usize, org: usize, day: NaiveDate) -> Option<&Span> {
        self.spans(country, org).iter().find(|s| s.covers(day))
    }

    /// The sources of the status the country holds in each organisation on
    /// `day`, in organisation order, each once per organisation.
    pub fn sources_on(&self, country: usize, day: NaiveDate) -> Vec<(usize, &super::Source)> {
        let mut cited = Vec::new();
        for o in 0..self.orgs.len() {
            let Some(((dataset, c), span)) =
                self.place_of(country, o).zip(self.span_on(country, o, day))
            else {
                continue;
            };
            let ids = dataset
                .file()
                .countries
                .get(c)
                .and_then(|listed| listed.statuses.get(span.period))
                .map_or(&[][..], |p| p.sources.as_slice());
            for source in ids.iter().filter_map(|id| dataset.source(id)) {
                if !cited
                    .iter()
                    .any(|&(org, s): &(usize, &super::Source)| org == o && s.id == source.id)
                {
                    cited.push((o, source));
                }
            }
        }
        cited
    }

    /// The dataset of organisation `org` and the country's index in it.
    pub fn place_of(&self, country: usize, org: usize) -> Option<(&Dataset, usize)> {
        let c = (*self.countries.get(country)?.in_org.get(org)?)?;
        Some((self.orgs.get(org)?.dataset.as_ref(), c))
    }

    /// What a cell of the table opens: the organisation and the country in it.
    pub fn target_of(&self, country: usize, org: usize) -> Option<(usize, Target)> {
        self.place_of(country, org)
            .map(|(_, c)| (org, Target::Country(c)))
    }

    /// The countries whose code or name (in `lang`) contains `needle` (already
    /// lower case; empty matches all), in name order.
    pub fn matching(&self, needle: &str, lang: Lang) -> Vec<usize> {
        self.by_name(lang)
            .iter()
            .copied()
            .filter(|&i| {
                needle.is_empty()
                    || self.country_name(i, lang).to_lowercase().contains(needle)
                    || self
                        .countries
                        .get(i)
                        .is_some_and(|c| c.code.to_lowercase().contains(needle))
            })
            .collect()
    }

    /// The rows of the overlap table on `day`: the countries matching `needle`
    /// (see [`Region::matching`]), by name, or by their status in organisation
    /// `by` (in the order the organisation declares its statuses, those
    /// without one last, then by name); reversed if `descending`.
    pub fn table_rows(
        &self,
        day: NaiveDate,
        (needle, lang): (&str, Lang),
        by: Option<usize>,
        descending: bool,
    ) -> Vec<usize> {
        let mut rows = self.matching(needle, lang);
        if let Some(org) = by {
            // A stable sort keeps the name order within each status.
            rows.sort_by_key(|&c| self.span_on(c, org, day).map_or(usize::MAX, |s| s.status));
        }
        if descending {
            rows.reverse();
        }
        rows
    }

    /// Every day on which some country's status changes in some organisation,
    /// in order: where Play stops.
    pub fn change_days(&self) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> = self
            .spans
            .iter()
            .flatten()
            .flat_map(|s| std::iter::once(s.from).chain(s.to))
            .collect();
        days.sort_unstable();
        days.dedup();
        days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region() -> Region {
        Region::new(bundled_orgs())
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn kazakhstan_is_in_three_organisations_and_not_asean() {
        let region = region();
        let kaz = region.country_index("KAZ").unwrap();
        let status = |org: usize| {
            region.span_on(kaz, org, day("2025-12-01")).map(|s| {
                let dataset = &region.orgs()[org].dataset;
                dataset.statuses()[s.status].id.to_string()
            })
        };
        let by_name = |name: &str| region.orgs().iter().position(|o| o.source == name).unwrap();
        assert_eq!(status(by_name("sco")).as_deref(), Some("member"));
        assert!(status(by_name("csto")).is_some());
        assert_eq!(status(by_name("asean")), None);
    }

    #[test]
    fn countries_are_unique_states_sorted_by_code() {
        let region = region();
        let codes: Vec<&str> = region.countries().iter().map(|c| c.code.as_str()).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted);
        assert!(codes.iter().all(|c| c.len() == 3), "only states: {codes:?}");
        for lang in Lang::ALL {
            assert_eq!(region.by_name(lang).len(), codes.len());
        }
    }

    #[test]
    fn search_finds_by_name_in_each_language() {
        let region = region();
        let ind = region.country_index("IND").unwrap();
        assert!(region.matching("india", Lang::En).contains(&ind));
        assert!(region.matching("индия", Lang::Ru).contains(&ind));
        assert!(region.matching("印度", Lang::Zh).contains(&ind));
        assert!(!region.matching("india", Lang::En).is_empty());
        assert_eq!(region.matching("zzzz", Lang::En), Vec::<usize>::new());
    }
}
