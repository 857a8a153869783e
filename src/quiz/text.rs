//! A quiz's questions in words, in any of the interface's languages: the
//! question, its choices and the fact behind the answer. The questions
//! themselves do not depend on the language; only these words do.

use super::{Ask, Choice, Fact, Question};
use crate::i18n::{Lang, dates};
use crate::model::{Dataset, Target};
use crate::tr;

/// The question as asked.
pub fn prompt(dataset: &Dataset, question: &Question, lang: Lang) -> String {
    match question.ask {
        Ask::StatusYear { country, period } => tr!(
            lang,
            "quiz-ask-status-year",
            country = &country_name(dataset, country, lang),
            status = &period_status(dataset, country, period, lang)
        ),
        Ask::EventPlace { event, titled } => {
            tr!(
                lang,
                "quiz-ask-event-place",
                event = &event_named(dataset, event, titled, lang)
            )
        }
        Ask::HeldStatusOn { status, day } => tr!(
            lang,
            "quiz-ask-held-status",
            status = dataset
                .statuses()
                .get(status)
                .map_or("", |s| s.label.text(lang)),
            date = &dates::day(lang, day)
        ),
        Ask::First => tr!(lang, "quiz-ask-first"),
        Ask::Order => tr!(lang, "quiz-ask-order"),
        Ask::MembersOn { day } => tr!(lang, "quiz-ask-members", date = &dates::day(lang, day)),
    }
}

/// A choice in words.
pub fn choice(dataset: &Dataset, choice: Choice, lang: Lang) -> String {
    match choice {
        Choice::Year(year) => year.to_string(),
        Choice::Count(count) => count.to_string(),
        Choice::Country(country) => country_name(dataset, country, lang),
        Choice::Place(event) => dataset
            .file()
            .events
            .get(event)
            .and_then(|e| e.place.city.as_ref())
            .map_or_else(String::new, |c| c.text(lang).to_owned()),
        Choice::Happening(Fact::Event(event)) => dataset
            .file()
            .events
            .get(event)
            .map_or_else(String::new, |e| e.title.text(lang).to_owned()),
        Choice::Happening(Fact::Status { country, period }) => tr!(
            lang,
            "quiz-happening-status",
            country = &country_name(dataset, country, lang),
            status = &period_status(dataset, country, period, lang)
        ),
    }
}

/// Every choice of a question in words, in the order shown.
pub fn choices(dataset: &Dataset, question: &Question, lang: Lang) -> Vec<String> {
    question
        .choices
        .iter()
        .map(|&c| choice(dataset, c, lang))
        .collect()
}

/// The right answer in words: the right choices, in the answer's order.
pub fn answer(dataset: &Dataset, question: &Question, lang: Lang) -> Vec<String> {
    question
        .answer
        .iter()
        .filter_map(|&i| question.choices.get(i))
        .map(|&c| choice(dataset, c, lang))
        .collect()
}

/// A fact in one line: "Kazakhstan: Member, from 15 June 2001", or an
/// event's title, place and date.
pub fn fact(dataset: &Dataset, fact: Fact, lang: Lang) -> String {
    let file = dataset.file();
    match fact {
        Fact::Event(event) => {
            let Some(e) = file.events.get(event) else {
                return String::new();
            };
            let date = dates::span(lang, e.start, e.end);
            let place = e.place.city.as_ref().map(|c| c.text(lang));
            match place {
                Some(place) => tr!(
                    lang,
                    "quiz-fact-event",
                    title = e.title.text(lang),
                    place = place,
                    date = &date
                ),
                None => tr!(
                    lang,
                    "quiz-fact-event-nowhere",
                    title = e.title.text(lang),
                    date = &date
                ),
            }
        }
        Fact::Status { country, period } => {
            let Some(p) = file
                .countries
                .get(country)
                .and_then(|c| c.statuses.get(period))
            else {
                return String::new();
            };
            tr!(
                lang,
                "quiz-fact-status",
                country = &country_name(dataset, country, lang),
                status = &period_status(dataset, country, period, lang),
                dates = &dates::span(lang, p.from, p.to)
            )
        }
    }
}

/// What "open in the explorer" selects for a fact: the event, or the country.
pub fn target(fact: Fact) -> Target {
    match fact {
        Fact::Event(event) => Target::Event(event),
        Fact::Status { country, .. } => Target::Country(country),
    }
}

/// An event named for a question: by its title and date, or (when the title
/// names a place) by its kind and date.
fn event_named(dataset: &Dataset, event: usize, titled: bool, lang: Lang) -> String {
    let Some(e) = dataset.file().events.get(event) else {
        return String::new();
    };
    let date = dates::partial(lang, e.start);
    if titled {
        tr!(
            lang,
            "quiz-event-titled",
            title = e.title.text(lang),
            date = &date
        )
    } else {
        let kind = dataset
            .kind_of_event(event)
            .map_or("", |k| k.label.text(lang));
        tr!(lang, "quiz-event-kind", kind = kind, date = &date)
    }
}

fn country_name(dataset: &Dataset, country: usize, lang: Lang) -> String {
    dataset
        .file()
        .countries
        .get(country)
        .map_or_else(String::new, |c| {
            crate::model::country_name(c, lang).text.to_owned()
        })
}

/// The label of a period's status (its id if the dataset does not declare it).
fn period_status(dataset: &Dataset, country: usize, period: usize, lang: Lang) -> String {
    let Some(p) = dataset
        .file()
        .countries
        .get(country)
        .and_then(|c| c.statuses.get(period))
    else {
        return String::new();
    };
    dataset
        .status_def(&p.status)
        .map_or_else(|| p.status.to_string(), |s| s.label.text(lang).to_owned())
}
