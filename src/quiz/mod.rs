//! Quizzes drawn from a dataset's sourced facts (issue #27).
//!
//! [`generate`] draws questions from one dataset and a seed: when a country
//! got a status, where an event was held, which countries held a status on a
//! day, which of several happenings came first (or their order), and how many
//! members there were on a day. Only records marked [`Confidence::Sourced`]
//! are ever the basis of a question, and a date known only to the month or the
//! year is never asked about more precisely than it is known.
//!
//! The questions are data (indices into the dataset), not text: the same
//! (dataset, seed) gives the same questions, and [`text`] words them in any
//! language. Nothing here knows about egui.
//!
//! [`Confidence::Sourced`]: crate::model::Confidence::Sourced

mod code;
mod draw;
mod known;
mod order;
mod place;
mod status;
pub mod text;

use chrono::NaiveDate;

pub use code::{QuizCode, QuizCodeError};
pub use draw::{MAX_QUESTIONS, generate};

use crate::model::{Dataset, Id};

/// A fact of the dataset a question rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fact {
    /// An event, by index in the dataset's events.
    Event(usize),
    /// A status period: the country's index and the period's index in its statuses.
    Status {
        /// Index of the country.
        country: usize,
        /// Index of the period in the country's `statuses`.
        period: usize,
    },
}

impl Fact {
    /// The ids of the sources the record cites.
    pub fn sources(self, dataset: &Dataset) -> &[Id] {
        let file = dataset.file();
        match self {
            Self::Event(e) => file.events.get(e).map_or(&[], |e| e.sources.as_slice()),
            Self::Status { country, period } => file
                .countries
                .get(country)
                .and_then(|c| c.statuses.get(period))
                .map_or(&[], |p| p.sources.as_slice()),
        }
    }
}

/// What a question asks, with what it needs to be worded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// In which year did the country get the status of this period? (choose the year)
    StatusYear {
        /// Index of the country.
        country: usize,
        /// Index of the period in the country's `statuses`.
        period: usize,
    },
    /// Where was the event held? (choose the place)
    EventPlace {
        /// Index of the event.
        event: usize,
        /// Whether the question may name the event by its title: `false` when a
        /// title names one of the choices' places, so the event is named by its
        /// kind and date instead.
        titled: bool,
    },
    /// Which of these countries held the status on the day? (tick every one)
    HeldStatusOn {
        /// Index of the status in the dataset's statuses.
        status: usize,
        /// The day asked about.
        day: NaiveDate,
    },
    /// Which of these happened first? (choose one)
    First,
    /// Put these in the order they happened.
    Order,
    /// How many countries counted as members on the day? (choose the number)
    MembersOn {
        /// The day asked about.
        day: NaiveDate,
    },
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// One choice is right.
    One,
    /// Every right choice is ticked (one or more).
    Several,
    /// The choices are put in order.
    Order,
}

impl Ask {
    /// How the question is answered.
    pub fn form(self) -> Form {
        match self {
            Self::HeldStatusOn { .. } => Form::Several,
            Self::Order => Form::Order,
            Self::StatusYear { .. }
            | Self::EventPlace { .. }
            | Self::First
            | Self::MembersOn { .. } => Form::One,
        }
    }

    /// The question's type as the command line's JSON names it.
    pub fn type_name(self) -> &'static str {
        match self {
            Self::StatusYear { .. } => "status-year",
            Self::EventPlace { .. } => "event-place",
            Self::HeldStatusOn { .. } => "held-status",
            Self::First => "first",
            Self::Order => "order",
            Self::MembersOn { .. } => "member-count",
        }
    }
}

/// One choice of a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A year.
    Year(i32),
    /// The place of this event (its city).
    Place(usize),
    /// A country, by index.
    Country(usize),
    /// Something that happened: an event, or a country getting a status.
    Happening(Fact),
    /// A number of countries.
    Count(usize),
}

/// One question: what is asked, the choices, the answer and the facts behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// What is asked.
    pub ask: Ask,
    /// The choices, in the order shown.
    pub choices: Vec<Choice>,
    /// The answer, as indices into `choices`: the one right choice ([`Form::One`]),
    /// every right choice in the order shown ([`Form::Several`]), or every
    /// choice in the order they happened ([`Form::Order`]).
    pub answer: Vec<usize>,
    /// The records the answer rests on, the main one first (what "open in the
    /// explorer" shows); never empty.
    pub facts: Vec<Fact>,
    /// The ids of the sources of those records, each once, in the order first cited.
    pub sources: Vec<Id>,
}

impl Question {
    /// The main fact behind the answer.
    pub fn about(&self) -> Option<Fact> {
        self.facts.first().copied()
    }

    /// Whether `given` (indices into the choices) is right: the one right
    /// choice, the right set in any order, or the right order.
    pub fn is_right(&self, given: &[usize]) -> bool {
        match self.ask.form() {
            Form::One | Form::Order => given == self.answer.as_slice(),
            Form::Several => {
                let mut sorted = given.to_vec();
                sorted.sort_unstable();
                sorted.dedup();
                sorted == self.answer
            }
        }
    }
}

/// A quiz: its code and its questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    /// The code that draws the same quiz again, e.g. `sco-3`.
    pub code: QuizCode,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// The sources of `facts`, each once, in the order first cited.
fn sources_of(dataset: &Dataset, facts: &[Fact]) -> Vec<Id> {
    let mut ids: Vec<Id> = Vec::new();
    for id in facts.iter().flat_map(|f| f.sources(dataset)) {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::{Ask, Choice, Fact, generate};
    use crate::model::{Confidence, Dataset, load_str};

    /// A small organisation with traps: a status known only to the year, an
    /// unverified and a conflicting period, an unverified event.
    const TRAPS: &str = r##"Dataset(
    format_version: 2,
    title: "Traps", description: "Quiz traps.",
    organisation: Organisation(name: "Trap Organisation", short_name: "TO",
        founded: Milestone(title: "Founded", date: "2001-06-15", sources: ["A"]),
        languages: ["English"], languages_sources: ["A"]),
    statuses: [
        StatusDef(id: "member", label: "Member", plural: "Members", color: "#1f5fbf", dark_color: "#6aa8ff", counts_as_member: true),
        StatusDef(id: "observer", label: "Observer", plural: "Observers", color: "#a65f00", dark_color: "#f5b041"),
    ],
    kinds: [KindDef(id: "summit", label: "Summit", plural: "Summits", color: "#1f5fbf", dark_color: "#6aa8ff", marker: Circle, numbered: true)],
    sources: [Source(id: "A", title: "A", url: "https://example.org/a"), Source(id: "B", title: "B", url: "https://example.org/b")],
    countries: [
        Country(code: "KAZ", name: "Kazakhstan", statuses: [StatusPeriod(status: "member", from: "2001-06-15", sources: ["A"])]),
        Country(code: "KGZ", name: "Kyrgyzstan", statuses: [StatusPeriod(status: "member", from: "2001-06-15", sources: ["A"])]),
        Country(code: "IND", name: "India", statuses: [
            StatusPeriod(status: "observer", from: "2005", to: Some("2010-01-01"), sources: ["A"]),
            StatusPeriod(status: "member", from: "2010-01-01", sources: ["B"], confidence: Unverified("not found")),
        ]),
        Country(code: "PAK", name: "Pakistan", statuses: [StatusPeriod(status: "member", from: "2003-03-03", sources: ["B"], confidence: Conflict("or 2003-03-04"))]),
        Country(code: "MNG", name: "Mongolia", statuses: [StatusPeriod(status: "observer", from: "2004-02-02", sources: ["A"])]),
        Country(code: "IRN", name: "Iran", statuses: [StatusPeriod(status: "observer", from: "2002-02-02", sources: ["A"])]),
    ],
    events: [
        Event(id: "s1", kind: "summit", title: "First summit", start: "2001-06-15", place: Place(city: Some("Shanghai")), sources: ["A"]),
        Event(id: "s2", kind: "summit", title: "Second summit", start: "2002-06-07", place: Place(city: Some("St Petersburg")), sources: ["A"]),
        Event(id: "s3", kind: "summit", title: "Third summit", start: "2003-05-29", place: Place(city: Some("Moscow")), sources: ["A"]),
        Event(id: "s4", kind: "summit", title: "Fourth summit", start: "2004-06-17", place: Place(city: Some("Tashkent")), sources: ["A"]),
        Event(id: "s5", kind: "summit", title: "Fifth summit", start: "2005-07-05", place: Place(city: Some("Astana")), sources: ["B"], confidence: Unverified("date unsure")),
        Event(id: "s6", kind: "summit", title: "Shanghai summit", start: "2006-06-15", place: Place(city: Some("Shanghai")), sources: ["A"]),
    ],
)"##;

    fn traps() -> Dataset {
        load_str("traps.ron", TRAPS).unwrap()
    }

    fn is_sourced(dataset: &Dataset, fact: Fact) -> bool {
        let file = dataset.file();
        let confidence = match fact {
            Fact::Event(e) => &file.events[e].confidence,
            Fact::Status { country, period } => {
                &file.countries[country].statuses[period].confidence
            }
        };
        *confidence == Confidence::Sourced
    }

    #[test]
    fn no_question_rests_on_an_unsourced_or_vague_record() {
        let dataset = traps();
        let mut kinds = std::collections::BTreeSet::new();
        for seed in 0..300 {
            let quiz = generate(&dataset, seed, 20);
            assert!(!quiz.questions.is_empty());
            for question in &quiz.questions {
                kinds.insert(question.ask.type_name());
                assert!(
                    question.facts.iter().all(|&f| is_sourced(&dataset, f)),
                    "{question:?}"
                );
                match question.ask {
                    // Pakistan's membership is in conflict from 2003-03-03
                    // on, so nobody knows the headcount after it.
                    Ask::MembersOn { day } => {
                        assert!(day < chrono::NaiveDate::from_ymd_opt(2003, 3, 3).unwrap());
                    }
                    // India's observer status started some day in 2005, and
                    // its membership is unverified; Pakistan's is in conflict.
                    Ask::HeldStatusOn { day, .. } => {
                        let year = chrono::Datelike::year(&day);
                        if year == 2005 || year >= 2010 {
                            assert!(
                                !question.choices.contains(&Choice::Country(2)),
                                "{question:?}"
                            );
                        }
                        if day >= chrono::NaiveDate::from_ymd_opt(2003, 3, 3).unwrap() {
                            assert!(
                                !question.choices.contains(&Choice::Country(3)),
                                "{question:?}"
                            );
                        }
                    }
                    // Named by title, the Shanghai summit would give its place away.
                    Ask::EventPlace { event: 5, titled } => assert!(!titled),
                    _ => {}
                }
                assert!(question.is_right(&question.answer.clone()));
            }
        }
        // Every kind of question can be drawn from even so small a dataset.
        assert_eq!(kinds.len(), 6, "{kinds:?}");
    }

    #[test]
    fn the_same_seed_draws_the_same_quiz_and_another_seed_another() {
        let dataset = traps();
        assert_eq!(generate(&dataset, 7, 10), generate(&dataset, 7, 10));
        assert_ne!(
            generate(&dataset, 7, 10).questions,
            generate(&dataset, 8, 10).questions
        );
        assert_eq!(generate(&dataset, 7, 10).code.to_string(), "traps-7");
    }

    #[test]
    fn answers_are_checked_as_their_form_says() {
        let dataset = traps();
        let quiz = generate(&dataset, 1, 40);
        for question in &quiz.questions {
            let mut reversed = question.answer.clone();
            reversed.reverse();
            let wrong: Vec<usize> = (0..question.choices.len())
                .filter(|i| !question.answer.contains(i))
                .collect();
            match question.ask.form() {
                super::Form::Several => assert!(question.is_right(&reversed)),
                super::Form::Order => assert!(!question.is_right(&reversed)),
                super::Form::One => assert!(!question.is_right(&wrong[..1])),
            }
            assert!(!question.is_right(&[]));
        }
    }
}
