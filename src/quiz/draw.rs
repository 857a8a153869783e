//! Drawing a quiz: the kinds of question in turn, in an order shuffled each
//! round, each from a fact not asked about before in the quiz.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::order::Happenings;
use super::place::Places;
use super::status::{
    held_days, held_question, member_days, members_question, year_pool, year_question,
};
use super::{Ask, Fact, Question, Quiz, QuizCode};
use crate::model::Dataset;
use crate::rng::SplitMix64;

/// The most questions one quiz has.
pub const MAX_QUESTIONS: usize = 100;

/// How many candidates a kind of question tries before it gives up for the round.
const TRIES: usize = 16;

/// The kinds of question, in the order of a round before it is shuffled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    StatusYear,
    EventPlace,
    HeldStatus,
    First,
    Order,
    Members,
}

const KINDS: [Kind; 6] = [
    Kind::StatusYear,
    Kind::EventPlace,
    Kind::HeldStatus,
    Kind::First,
    Kind::Order,
    Kind::Members,
];

/// What a dataset offers to ask about, found once per quiz.
struct Pools {
    years: Vec<Fact>,
    places: Places,
    held_days: Vec<NaiveDate>,
    member_days: Vec<NaiveDate>,
    happenings: Happenings,
}

/// What the quiz has asked about so far, so no question repeats another.
#[derive(Default)]
struct Asked {
    facts: HashSet<Fact>,
    days: HashSet<(bool, NaiveDate)>,
}

impl Asked {
    /// Whether `question` asks about something new; if so, remembers it.
    fn take(&mut self, question: &Question) -> bool {
        match question.ask {
            Ask::HeldStatusOn { day, .. } => self.days.insert((true, day)),
            Ask::MembersOn { day } => self.days.insert((false, day)),
            _ => question.about().is_some_and(|f| self.facts.insert(f)),
        }
    }
}

/// Draws a quiz of up to `count` questions (at most [`MAX_QUESTIONS`]) from
/// `dataset`; the same dataset and seed always give the same quiz. A dataset
/// with few sourced facts gives fewer questions, and one with none an empty quiz.
pub fn generate(dataset: &Dataset, seed: u64, count: usize) -> Quiz {
    let mut rng = SplitMix64::new(seed);
    let pools = Pools {
        years: year_pool(dataset),
        places: Places::new(dataset),
        held_days: held_days(dataset),
        member_days: member_days(dataset),
        happenings: Happenings::new(dataset),
    };
    let count = count.min(MAX_QUESTIONS);
    // No kind takes more than a third of the quiz (at least two): a dataset
    // that offers only one kind of question gives a short quiz, not ten
    // headcounts of the same organisation.
    let most_of_a_kind = count.div_ceil(3).max(2);
    let mut of_kind = [0_usize; KINDS.len()];
    let mut asked = Asked::default();
    let mut questions = Vec::new();
    while questions.len() < count {
        let mut round = KINDS;
        rng.shuffle(&mut round);
        let before = questions.len();
        for kind in round {
            if questions.len() == count {
                break;
            }
            // Kind's variants are numbered in KINDS's order, 0 to 5.
            let taken = &mut of_kind[kind as usize];
            if *taken >= most_of_a_kind {
                continue;
            }
            let drawn = (0..TRIES)
                .filter_map(|_| draw(dataset, &pools, kind, &mut rng))
                .find(|q| asked.take(q));
            *taken += usize::from(drawn.is_some());
            questions.extend(drawn);
        }
        if questions.len() == before {
            break;
        }
    }
    Quiz {
        code: QuizCode::for_dataset(dataset, seed),
        questions,
    }
}

/// One try at a question of `kind`, from a candidate picked at random.
fn draw(dataset: &Dataset, pools: &Pools, kind: Kind, rng: &mut SplitMix64) -> Option<Question> {
    match kind {
        Kind::StatusYear => {
            let fact = *rng.pick(&pools.years)?;
            year_question(dataset, fact, rng)
        }
        Kind::EventPlace => {
            let fact = *rng.pick(&pools.places.asked)?;
            pools.places.question(dataset, fact, rng)
        }
        Kind::HeldStatus => {
            let day = *rng.pick(&pools.held_days)?;
            held_question(dataset, day, rng)
        }
        Kind::Members => {
            let day = *rng.pick(&pools.member_days)?;
            members_question(dataset, day, rng)
        }
        Kind::First | Kind::Order => {
            let start = rng.below(pools.happenings.len());
            let ask = if kind == Kind::First {
                Ask::First
            } else {
                Ask::Order
            };
            pools.happenings.question(dataset, ask, start, rng)
        }
    }
}
