//! Quizzes from the four bundled datasets, checked against the data over
//! many seeds (issue #27): every question rests on sourced records, its
//! answer is right and its other choices wrong, worked out again here without
//! the generator's own helpers; the same seed draws the same quiz, and the
//! questions are the same in every language.

#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use proptest::prelude::*;
use sco_explorer::i18n::Lang;
use sco_explorer::model::{Confidence, Dataset, PartialDate, bundled_datasets};
use sco_explorer::quiz::{Ask, Choice, Fact, Form, Question, generate, text};

fn datasets() -> &'static [Dataset] {
    static DATASETS: std::sync::OnceLock<Vec<Dataset>> = std::sync::OnceLock::new();
    DATASETS.get_or_init(|| {
        let all = bundled_datasets();
        assert_eq!(all.len(), 4, "sco, asean, brics, csto");
        all
    })
}

fn confidence(dataset: &Dataset, fact: Fact) -> &Confidence {
    let file = dataset.file();
    match fact {
        Fact::Event(e) => &file.events[e].confidence,
        Fact::Status { country, period } => &file.countries[country].statuses[period].confidence,
    }
}

/// The days a date can mean.
fn range(date: PartialDate) -> (NaiveDate, NaiveDate) {
    (date.first_day(), date.last_day())
}

/// Whether a country's status on `day` is certain: no start or end of any of
/// its periods can be that day.
fn certain_on(dataset: &Dataset, country: usize, day: NaiveDate) -> bool {
    dataset.file().countries[country]
        .statuses
        .iter()
        .flat_map(|p| std::iter::once(p.from).chain(p.to))
        .all(|date| {
            let (first, last) = range(date);
            day < first || last < day
        })
}

/// The status id a country held on `day`, by the dataset's own query, and
/// whether that record is sourced (no status: sourced, nothing to doubt).
fn status_id_on(dataset: &Dataset, country: usize, day: NaiveDate) -> (Option<String>, bool) {
    match dataset.status_on(country, day) {
        Some(period) => (
            Some(period.status.to_string()),
            period.confidence == Confidence::Sourced,
        ),
        None => (None, true),
    }
}

/// The day a happening (an event, or a status period's start) can mean.
fn happened(dataset: &Dataset, fact: Fact) -> (NaiveDate, NaiveDate) {
    let file = dataset.file();
    match fact {
        Fact::Event(e) => range(file.events[e].start),
        Fact::Status { country, period } => range(file.countries[country].statuses[period].from),
    }
}

fn check_status_year(dataset: &Dataset, q: &Question, country: usize, period: usize) {
    let record = &dataset.file().countries[country].statuses[period];
    let years_of_status: Vec<i32> = dataset.file().countries[country]
        .statuses
        .iter()
        .filter(|p| p.status == record.status)
        .map(|p| p.from.year())
        .collect();
    for (i, choice) in q.choices.iter().enumerate() {
        let Choice::Year(year) = *choice else {
            panic!("{q:?}")
        };
        let right = years_of_status.contains(&year);
        assert_eq!(right, q.answer == [i], "{q:?}");
        if right {
            assert_eq!(year, record.from.year());
        }
    }
}

fn city_of(dataset: &Dataset, event: usize) -> String {
    dataset.file().events[event]
        .place
        .city
        .as_ref()
        .unwrap()
        .en()
        .to_lowercase()
}

fn check_event_place(dataset: &Dataset, q: &Question, event: usize) {
    let city = city_of(dataset, event);
    for (i, choice) in q.choices.iter().enumerate() {
        let Choice::Place(other) = *choice else {
            panic!("{q:?}")
        };
        let other_city = city_of(dataset, other);
        if q.answer == [i] {
            assert_eq!(other, event);
        } else {
            assert!(
                !city.contains(&other_city) && !other_city.contains(&city),
                "{city} / {other_city}: {q:?}"
            );
        }
    }
}

fn check_held(dataset: &Dataset, q: &Question, status: usize, day: NaiveDate) {
    let status_id = dataset.statuses()[status].id.to_string();
    for (i, choice) in q.choices.iter().enumerate() {
        let Choice::Country(country) = *choice else {
            panic!("{q:?}")
        };
        assert!(certain_on(dataset, country, day), "{q:?}");
        let (held, sourced) = status_id_on(dataset, country, day);
        assert!(sourced, "{q:?}");
        assert_eq!(
            held.as_deref() == Some(status_id.as_str()),
            q.answer.contains(&i),
            "{q:?}"
        );
    }
}

fn check_members(dataset: &Dataset, q: &Question, day: NaiveDate) {
    let countries = dataset.file().countries.len();
    let mut members = 0;
    for country in 0..countries {
        assert!(certain_on(dataset, country, day), "{q:?}");
        let (held, sourced) = status_id_on(dataset, country, day);
        assert!(sourced, "{q:?}");
        if held.is_some_and(|id| dataset.status_def(&id).unwrap().counts_as_member) {
            members += 1;
        }
    }
    let counts = dataset.counts_on(day);
    let by_counts: usize = (0..dataset.statuses().len())
        .filter(|&s| dataset.statuses()[s].counts_as_member)
        .map(|s| counts.of(s))
        .sum();
    assert_eq!(members, by_counts);
    for (i, choice) in q.choices.iter().enumerate() {
        let Choice::Count(n) = *choice else {
            panic!("{q:?}")
        };
        assert_eq!(n == members, q.answer == [i], "{q:?}");
    }
}

fn check_order(dataset: &Dataset, q: &Question) {
    let when: Vec<(NaiveDate, NaiveDate)> = q
        .choices
        .iter()
        .map(|c| match *c {
            Choice::Happening(fact) => {
                assert_eq!(*confidence(dataset, fact), Confidence::Sourced, "{q:?}");
                happened(dataset, fact)
            }
            _ => panic!("{q:?}"),
        })
        .collect();
    match q.ask {
        // The first one is surely before every other one.
        Ask::First => {
            let first = when[q.answer[0]];
            for (i, other) in when.iter().enumerate() {
                assert!(i == q.answer[0] || first.1 < other.0, "{q:?}");
            }
        }
        // Each one is surely before the next.
        _ => {
            let mut sorted = q.answer.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..q.choices.len()).collect::<Vec<_>>());
            for pair in q.answer.windows(2) {
                assert!(when[pair[0]].1 < when[pair[1]].0, "{q:?}");
            }
        }
    }
}

/// Every check of one question against the data.
fn check_question(dataset: &Dataset, q: &Question) {
    let name = dataset.name();
    assert!(!q.facts.is_empty(), "{name}: {q:?}");
    for &fact in &q.facts {
        assert_eq!(
            *confidence(dataset, fact),
            Confidence::Sourced,
            "{name}: {q:?}"
        );
    }
    // The sources are those of the facts, each once, and the dataset lists them.
    let mut cited: Vec<String> = Vec::new();
    for &fact in &q.facts {
        for id in fact.sources(dataset) {
            if !cited.contains(&id.to_string()) {
                cited.push(id.to_string());
            }
        }
    }
    let sources: Vec<String> = q.sources.iter().map(ToString::to_string).collect();
    assert_eq!(sources, cited, "{name}: {q:?}");
    assert!(q.sources.iter().all(|s| dataset.source(s).is_some()));
    assert!(!q.answer.is_empty() && q.answer.iter().all(|&i| i < q.choices.len()));
    if q.ask.form() == Form::One {
        assert_eq!(q.answer.len(), 1);
    }
    // No choice twice, as data or as words.
    for lang in Lang::ALL {
        let words = text::choices(dataset, q, lang);
        let mut unique = words.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), words.len(), "{name} {lang:?}: {words:?}");
        assert!(words.iter().all(|w| !w.trim().is_empty()), "{words:?}");
    }
    match q.ask {
        Ask::StatusYear { country, period } => check_status_year(dataset, q, country, period),
        Ask::EventPlace { event, .. } => check_event_place(dataset, q, event),
        Ask::HeldStatusOn { status, day } => check_held(dataset, q, status, day),
        Ask::MembersOn { day } => check_members(dataset, q, day),
        Ask::First | Ask::Order => check_order(dataset, q),
    }
    assert!(q.is_right(&q.answer));
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_question_is_right_against_the_data(seed in any::<u64>(), which in 0..4_usize) {
        let dataset = &datasets()[which];
        let quiz = generate(dataset, seed, 20);
        prop_assert_eq!(quiz.questions.len(), 20, "{} seed {}", dataset.name(), seed);
        for question in &quiz.questions {
            check_question(dataset, question);
        }
        prop_assert_eq!(&generate(dataset, seed, 20), &quiz);
    }
}

#[test]
fn a_ten_question_quiz_mixes_every_kind_of_question() {
    for dataset in datasets() {
        for seed in 0..20 {
            let quiz = generate(dataset, seed, 10);
            assert_eq!(quiz.questions.len(), 10, "{} seed {seed}", dataset.name());
            let mut kinds: Vec<&str> = quiz.questions.iter().map(|q| q.ask.type_name()).collect();
            kinds.sort_unstable();
            kinds.dedup();
            assert_eq!(kinds.len(), 6, "{} seed {seed}: {kinds:?}", dataset.name());
        }
    }
}

#[test]
fn a_small_dataset_gives_a_short_quiz_rather_than_one_kind_of_question_over_and_over() {
    let minimal = sco_explorer::model::load_file(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/valid/minimal.ron"
    )))
    .unwrap();
    for seed in 0..20 {
        let quiz = generate(&minimal, seed, 10);
        assert!(!quiz.questions.is_empty());
        for question in &quiz.questions {
            check_question(&minimal, question);
        }
        let mut of_kind: BTreeMap<&str, usize> = BTreeMap::new();
        for question in &quiz.questions {
            *of_kind.entry(question.ask.type_name()).or_default() += 1;
        }
        // A third of ten, rounded up.
        assert!(
            of_kind.values().all(|&n| n <= 4),
            "seed {seed}: {of_kind:?}"
        );
    }
}

#[test]
fn no_quiz_asks_about_the_same_thing_twice() {
    for dataset in datasets() {
        let quiz = generate(dataset, 5, 100);
        let mut about = BTreeMap::new();
        for question in &quiz.questions {
            let key = match question.ask {
                Ask::HeldStatusOn { day, .. } => format!("held {day}"),
                Ask::MembersOn { day } => format!("members {day}"),
                _ => format!("{:?}", question.about()),
            };
            assert!(
                about.insert(key.clone(), ()).is_none(),
                "{}: {key}",
                dataset.name()
            );
        }
    }
}

#[test]
fn the_questions_are_the_same_in_every_language() {
    for dataset in datasets() {
        let quiz = generate(dataset, 3, 10);
        for question in &quiz.questions {
            let prompts: Vec<String> = Lang::ALL
                .iter()
                .map(|&lang| text::prompt(dataset, question, lang))
                .collect();
            // Worded in each language (no message id, no English for Russian).
            assert!(prompts.iter().all(|p| !p.contains("quiz-")), "{prompts:?}");
            assert_ne!(prompts[0], prompts[1]);
            assert_ne!(prompts[0], prompts[2]);
            for lang in Lang::ALL {
                let answer = text::answer(dataset, question, lang);
                let choices = text::choices(dataset, question, lang);
                let at: Vec<usize> = answer
                    .iter()
                    .map(|a| choices.iter().position(|c| c == a).unwrap())
                    .collect();
                assert_eq!(at, question.answer, "{lang:?}");
            }
        }
    }
}

/// How many questions of each kind a dataset yields, printed with
/// `--nocapture` (the figures of the report on issue #27), and at least a few
/// of each.
#[test]
fn each_dataset_yields_questions_of_every_kind() {
    for dataset in datasets() {
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for question in generate(dataset, 11, 100).questions {
            *kinds.entry(question.ask.type_name()).or_default() += 1;
        }
        println!("{}: {kinds:?}", dataset.name());
        assert_eq!(kinds.len(), 6, "{}: {kinds:?}", dataset.name());
        assert!(
            kinds.values().all(|&n| n >= 3),
            "{}: {kinds:?}",
            dataset.name()
        );
    }
}
