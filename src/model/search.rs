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
