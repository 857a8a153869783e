//! Finding things by name: the search box's needle, and whether an event or a
//! country matches it; a country's name in a language (the dataset's own
//! translation, else CLDR's, else English).

use super::{Country, Event, Shown, Text};
use crate::lang::Lang;
/// The search text as it is matched: trimmed and in lower case.
pub fn search_needle(search: &str) -> String {
    search.trim().to_lowercase()
}

/// Whether an event matches a search needle (see [`search_needle`]) by its
/// title, place or series in any language, or its id; every event matches an
/// empty needle.
pub fn event_matches(event: &Event, needle: &str) -> bool {
    needle.is_empty()
        || event
            .title
            .all()
            .chain(event.place.city.iter().flat_map(Text::all))
            .chain(event.series.iter().flat_map(Text::all))
            .chain(std::iter::once(event.id.as_str()))
            .any(|text| text.to_lowercase().contains(needle))
}

/// A country's name in `lang`: the dataset's own translation (`name: Tr(...)`,
/// or the older `name_ru`/`name_zh`), then for states CLDR's name, then the
/// English name marked as a fallback.
pub fn country_name(country: &Country, lang: Lang) -> Shown<'_> {
    let legacy = match lang {
        Lang::En => None,
        Lang::Ru => country.name_ru.as_deref(),
        Lang::Zh => country.name_zh.as_deref(),
    }
    .filter(|name| !name.trim().is_empty());
    country
        .name
        .translation(lang)
        .or(legacy)
        .or_else(|| {
            country
                .state
                .then(|| crate::model::cldr_name(&country.code, lang))
                .flatten()
        })
        .map_or_else(|| country.name.get(lang), Shown::exact)
}

/// Whether a country matches a search needle by its name in any language or its code.
pub fn country_matches(country: &Country, needle: &str) -> bool {
    needle.is_empty()
        || Lang::ALL
            .into_iter()
            .map(|lang| country_name(country, lang).text)
            .chain(std::iter::once(country.code.as_str()))
            .any(|text| text.to_lowercase().contains(needle))
}

/// What joins a record's texts in the index: a character no search box can
/// hold, so a needle never matches across two texts.
const SEPARATOR: char = '\0';

/// Every event's and country's searchable texts in lower case, each record's
/// joined into one string. Built once per dataset (with the rest of what is
/// derived on load), so a search scans memory instead of lower-casing every
/// text of every record for every letter typed: with a million events that
/// lower-casing was most of a 22-second wait.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    events: Vec<Box<str>>,
    countries: Vec<Box<str>>,
}

/// Which records match one needle, by index in the dataset's events and countries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHits {
    /// The needle (see [`search_needle`]) these are the hits of.
    pub needle: String,
    /// Whether each event matches, in the dataset's order.
    pub events: Vec<bool>,
    /// Whether each country matches, in the dataset's order.
    pub countries: Vec<bool>,
}

impl SearchHits {
    /// Whether the event at `index` matches.
    pub fn event(&self, index: usize) -> bool {
        self.events.get(index).copied().unwrap_or(false)
    }

    /// Whether the country at `index` matches.
    pub fn country(&self, index: usize) -> bool {
        self.countries.get(index).copied().unwrap_or(false)
    }
}

impl SearchIndex {
    /// Indexes what [`event_matches`] and [`country_matches`] look at.
    pub fn new(dataset: &super::Dataset) -> Self {
        let file = dataset.file();
        let join = |texts: &mut dyn Iterator<Item = &str>| -> Box<str> {
            let mut joined = String::new();
            for text in texts {
                if !joined.is_empty() {
                    joined.push(SEPARATOR);
                }
                joined.push_str(&text.to_lowercase());
            }
            joined.into_boxed_str()
        };
        let events = file
            .events
            .iter()
            .map(|event| {
                join(
                    &mut event
                        .title
                        .all()
                        .chain(event.place.city.iter().flat_map(Text::all))
                        .chain(event.series.iter().flat_map(Text::all))
                        .chain(std::iter::once(event.id.as_str())),
                )
            })
            .collect();
        let countries = file
            .countries
            .iter()
            .map(|country| {
                join(
                    &mut Lang::ALL
                        .into_iter()
                        .map(|lang| country_name(country, lang).text)
                        .chain(std::iter::once(country.code.as_str())),
                )
            })
            .collect();
        Self { events, countries }
    }

    /// The bytes a search scans: what decides whether it is worth a thread.
    pub fn size(&self) -> usize {
        self.events
            .iter()
            .chain(&self.countries)
            .map(|text| text.len())
            .sum()
    }

    /// The records matching `needle` (already a [`search_needle`]), or `None`
    /// once `cancelled` says the answer is no longer wanted (it is asked
    /// every few thousand records).
    pub fn find(&self, needle: &str, cancelled: &dyn Fn() -> bool) -> Option<SearchHits> {
        let scan = |texts: &[Box<str>]| -> Option<Vec<bool>> {
            let mut hits = Vec::with_capacity(texts.len());
            for chunk in texts.chunks(4096) {
                if cancelled() {
                    return None;
                }
                hits.extend(
                    chunk
                        .iter()
                        .map(|text| !needle.contains(SEPARATOR) && text.contains(needle)),
                );
            }
            Some(hits)
        };
        Some(SearchHits {
            needle: needle.to_owned(),
            events: scan(&self.events)?,
            countries: scan(&self.countries)?,
        })
    }
}

#[cfg(test)]
impl SearchIndex {
    /// An index of events' texts already in lower case (tests of the search thread).
    pub(crate) fn of_event_texts(events: Vec<String>) -> Self {
        Self {
            events: events.into_iter().map(String::into_boxed_str).collect(),
            countries: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BUNDLED, Dataset};

    /// Needles a class would type: pieces of titles, places and names in
    /// each language and of ids, in any case, and some that match nothing.
    fn needles(dataset: &Dataset) -> Vec<String> {
        let mut needles: Vec<String> = ["a", "SCO", "саммит", "峰会", "peace mission", "kaz", "zz"]
            .map(str::to_owned)
            .to_vec();
        for event in dataset.file().events.iter().step_by(7) {
            for text in event.title.all().chain([event.id.as_str()]) {
                let chars: Vec<char> = text.chars().collect();
                let start = chars.len() / 3;
                let piece: String = chars.iter().skip(start).take(5).collect();
                needles.push(piece.to_uppercase());
            }
        }
        needles
    }

    #[test]
    fn the_index_finds_exactly_what_matching_each_record_finds() {
        for bundled in BUNDLED {
            let dataset = bundled.load().unwrap();
            let index = SearchIndex::new(&dataset);
            for needle in needles(&dataset) {
                let needle = search_needle(&needle);
                let hits = index.find(&needle, &|| false).unwrap();
                let file = dataset.file();
                for (i, event) in file.events.iter().enumerate() {
                    assert_eq!(
                        hits.event(i),
                        event_matches(event, &needle),
                        "{needle}: {}",
                        event.id
                    );
                }
                for (i, country) in file.countries.iter().enumerate() {
                    assert_eq!(
                        hits.country(i),
                        country_matches(country, &needle),
                        "{needle}: {}",
                        country.code
                    );
                }
            }
        }
    }

    #[test]
    fn a_needle_never_matches_across_two_texts() {
        let dataset = crate::model::load_bundled().unwrap();
        let index = SearchIndex::new(&dataset);
        let event = &dataset.file().events[0];
        // The end of the English title and the start of the Russian one.
        let en: String = event
            .title
            .en()
            .chars()
            .rev()
            .take(2)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let ru: String = event.title.text(Lang::Ru).chars().take(2).collect();
        let needle = search_needle(&format!("{en}{ru}"));
        assert!(
            !index.find(&needle, &|| false).unwrap().event(0),
            "{needle}"
        );
    }

    #[test]
    fn a_cancelled_search_gives_no_answer() {
        let index = SearchIndex::of_event_texts(vec!["x".to_owned(); 10_000]);
        assert!(index.find("x", &|| true).is_none());
    }
}
