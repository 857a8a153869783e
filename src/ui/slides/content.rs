//! What a slide says, worked out from the dataset: a step's heading, and the
//! pieces of text (outcomes, decisions, sources, a country's statuses, the
//! compare lines) that the body lays out. No drawing here.

use super::layout::{Piece, Role};
use crate::i18n::{Lang, dates};
use crate::model::{Compared, Confidence, Dataset, Source, Step, Target, country_name};
use crate::tr;
use crate::ui::{date_range_text, kind_color, status_id_color, status_label, warning_color};

/// A compare slide's lines, each marked in its side's colour on the map (so
/// they are the map's legend too): the countries in both organisations on
/// `day`, by name, then how many are in only one of them.
pub(super) fn compare_pieces(
    dataset: &Dataset,
    compared: &Compared,
    lang: Lang,
    day: chrono::NaiveDate,
    dark: bool,
) -> Vec<Piece> {
    use crate::model::Side;
    use crate::ui::map_paint::side_color;
    let other = &compared.dataset;
    // Before the other organisation existed there is nothing to compare.
    if day < other.first_day() {
        return Vec::new();
    }
    let groups = compared.comparison.groups_on(dataset, other, day);
    let mut names: Vec<&str> = groups
        .both
        .iter()
        .filter_map(|&pair| {
            crate::model::Comparison::country(pair, dataset, other)
                .map(|country| country_name(country, lang).text)
        })
        .collect();
    names.sort_unstable();
    let both = if names.is_empty() {
        tr!(lang, "slide-compare-none", date = &dates::day(lang, day))
    } else {
        tr!(
            lang,
            "slide-compare-both",
            date = &dates::day(lang, day),
            count = names.len(),
            names = &names.join(&tr!(lang, "list-separator"))
        )
    };
    // One compact line: the slide keeps its own content (outcomes, decisions).
    vec![
        Piece::new(Role::Body, both)
            .marked(side_color(Side::Both, dark))
            .spaced(),
    ]
}

/// "EN" after dataset text shown in English for a missing translation.
fn badge(fallback: bool, lang: Lang) -> Option<String> {
    fallback.then(|| tr!(lang, "fallback-badge"))
}

/// The text of an event's slide, and how many pieces open it (kicker, title, date, place).
pub(super) fn event_pieces(
    dataset: &Dataset,
    lang: Lang,
    index: usize,
    dark: bool,
) -> (Vec<Piece>, usize) {
    let Some(event) = dataset.file().events.get(index) else {
        return (Vec::new(), 0);
    };
    let kind = dataset.kind_of_event(index);
    let mut pieces = Vec::new();
    let kicker = Piece::new(
        Role::Kicker,
        kind.map_or(event.kind.as_str(), |k| k.label.text(lang)),
    );
    pieces.push(match kind {
        Some(k) => kicker.colored(kind_color(k, dark)),
        None => kicker,
    });
    let title = event.title.get(lang);
    pieces.push(Piece::new(Role::Title, title.text).badged(badge(title.fallback, lang)));
    pieces.push(Piece::new(
        Role::Date,
        date_range_text(event.start, event.end, lang),
    ));
    if let Some(place) = crate::ui::place_text(dataset, event, lang) {
        pieces.push(Piece::new(Role::Place, place));
    }
    let head = pieces.len();
    for (i, outcome) in event.outcomes.iter().enumerate() {
        let shown = outcome.get(lang);
        let piece = Piece::new(Role::Bullet, format!("• {}", shown.text))
            .badged(badge(shown.fallback, lang));
        pieces.push(if i == 0 { piece.spaced() } else { piece });
    }
    pieces.extend(decision_pieces(dataset, lang, index));
    let separator = tr!(lang, "list-separator");
    if kind.is_some_and(|k| !k.numbered) && !event.participants.is_empty() {
        let names: Vec<&str> = event
            .participants
            .iter()
            .map(|c| dataset.country_name(c, lang).text)
            .collect();
        pieces.push(Piece::new(
            Role::Body,
            tr!(lang, "slide-participants", names = &names.join(&separator)),
        ));
    }
    if let Some(size) = &event.size {
        let shown = size.get(lang);
        pieces.push(
            Piece::new(Role::Body, tr!(lang, "slide-size", size = shown.text))
                .badged(badge(shown.fallback, lang)),
        );
    }
    if let Some(note) = event.confidence.note() {
        let heading = if matches!(event.confidence, Confidence::Conflict(_)) {
            tr!(lang, "confidence-conflict")
        } else {
            tr!(lang, "confidence-unverified")
        };
        let shown = note.get(lang);
        pieces.push(
            Piece::new(Role::Note, format!("⚠ {heading} {}", shown.text))
                .colored(warning_color(dark))
                .badged(badge(shown.fallback, lang)),
        );
    }
    pieces.extend(sources_piece(dataset, Target::Event(index), lang));
    (pieces, head)
}

/// The status decisions an event took, grouped by status: "SCO partners (17):
/// Armenia, Azerbaijan, …" as one wrapped paragraph per status, under a heading.
fn decision_pieces(dataset: &Dataset, lang: Lang, event: usize) -> Vec<Piece> {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for decision in dataset.decisions_at(event) {
        let Some(country) = dataset.file().countries.get(decision.country) else {
            continue;
        };
        let Some(period) = country.statuses.get(decision.period) else {
            continue;
        };
        let name = country_name(country, lang).text;
        match groups
            .iter_mut()
            .find(|(status, _)| *status == period.status)
        {
            Some((_, names)) => names.push(name),
            None => groups.push((period.status.as_str(), vec![name])),
        }
    }
    if groups.is_empty() {
        return Vec::new();
    }
    let separator = tr!(lang, "list-separator");
    let mut pieces = vec![Piece::new(Role::Body, tr!(lang, "slide-status-decisions")).spaced()];
    for (status, names) in groups {
        let text = match names.as_slice() {
            [one] => tr!(
                lang,
                "slide-decision",
                country = *one,
                status = status_label(dataset, status, lang)
            ),
            _ => tr!(
                lang,
                "slide-decision-group",
                status = dataset
                    .status_def(status)
                    .map_or(status, |def| def.plural.text(lang)),
                count = names.len(),
                names = &names.join(&separator)
            ),
        };
        pieces.push(Piece::new(Role::Body, text));
    }
    pieces
}

/// "Xinhua 2017": a source as a class reads it, its publisher (or web site) and
/// year. The id stays in the details pane, where the full title and link are.
pub fn source_short_name(source: &Source) -> String {
    // "Wikipedia (mirror: movatter.jp)" is Wikipedia to a class.
    let publisher = source
        .publisher
        .as_deref()
        .map(|p| p.split(" (").next().unwrap_or(p).trim())
        .filter(|p| !p.is_empty());
    let who = publisher.map_or_else(|| site_of(&source.url), str::to_owned);
    match source.date {
        Some(date) => format!("{who} {}", date.year()),
        None => who,
    }
}

/// "sectsco.org" from "http://www.sectsco.org/about/".
fn site_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host).to_owned()
}

/// The short names of `sources`, each once: two sources of one publisher and
/// year read the same to a class.
pub(super) fn short_names<'a>(sources: impl IntoIterator<Item = &'a Source>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in sources.into_iter().map(source_short_name) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// "Sources: Xinhua 2017, SCO Secretariat": the short names of the cited sources, each once.
fn sources_piece(dataset: &Dataset, target: Target, lang: Lang) -> Option<Piece> {
    let names = short_names(dataset.sources_of(target));
    if names.is_empty() {
        return None;
    }
    let names = names.join(&tr!(lang, "list-separator"));
    Some(Piece::new(
        Role::Sources,
        tr!(lang, "slide-sources", names = &names),
    ))
}

/// The text of a country's slide: its name and its statuses over time.
pub(super) fn country_pieces(
    dataset: &Dataset,
    lang: Lang,
    index: usize,
    dark: bool,
) -> (Vec<Piece>, usize) {
    let Some(country) = dataset.file().countries.get(index) else {
        return (Vec::new(), 0);
    };
    let name = country_name(country, lang);
    let mut pieces = vec![
        Piece::new(Role::Kicker, tr!(lang, "details-kind-country")),
        Piece::new(Role::Title, name.text).badged(badge(name.fallback, lang)),
    ];
    let head = pieces.len();
    for (i, period) in country.statuses.iter().enumerate() {
        let until = period.to.map_or_else(
            || tr!(lang, "period-until-today"),
            |to| dates::partial(lang, to),
        );
        let piece = Piece::new(
            Role::Body,
            tr!(
                lang,
                "slide-period",
                status = status_label(dataset, &period.status, lang),
                from = &dates::partial(lang, period.from),
                to = &until
            ),
        )
        .marked(status_id_color(dataset, &period.status, dark));
        pieces.push(if i == 0 { piece.spaced() } else { piece });
    }
    pieces.extend(sources_piece(dataset, Target::Country(index), lang));
    (pieces, head)
}

/// The title of a tour step: its event's title or its country's name.
pub fn step_title(dataset: &Dataset, step: Option<&Step>, lang: Lang) -> String {
    match step.map(|s| s.target) {
        Some(Target::Event(e)) => dataset
            .file()
            .events
            .get(e)
            .map_or_else(String::new, |e| e.title.text(lang).to_owned()),
        Some(Target::Country(c)) => dataset
            .file()
            .countries
            .get(c)
            .map_or_else(String::new, |c| country_name(c, lang).text.to_owned()),
        None => tr!(lang, "slide-end-of-tour"),
    }
}
