//! `quiz`: prints a quiz with its answer key (for the teacher), as text or JSON.

use std::io::Write as _;
use std::process::ExitCode;

use serde_json::{Value, json};

use super::{DataSource, DatasetArgs, load_or_report, parse_lang, unknown_dataset};
use crate::i18n::Lang;
use crate::model::{Dataset, SmolStr, find_bundled};
use crate::quiz::{Fact, Form, MAX_QUESTIONS, Question, Quiz, generate, text};
use crate::tr;

/// Output formats of `quiz`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum QuizFormat {
    /// Numbered questions, choices and the answer key, for reading or printing.
    #[default]
    Text,
    /// `{"code": ..., "questions": [...]}`, for other programs.
    Json,
}

/// Arguments of `quiz`.
#[derive(clap::Args, Debug, Clone)]
pub struct QuizArgs {
    /// The dataset to draw the questions from.
    #[command(flatten)]
    pub source: DatasetArgs,
    /// Seed of the draw: the same seed gives the same questions (in every language).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Number of questions, 1 to 100 (fewer if the dataset has too few sourced facts).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=100))]
    pub count: u16,
    /// Language of the questions: en, ru or zh (default: English).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QuizFormat::Text)]
    pub format: QuizFormat,
}

/// `quiz`: draws a quiz and prints it with its answers. An unknown bundled
/// dataset is a bad argument (exit code 2, as clap's own errors).
pub fn quiz(args: &QuizArgs) -> ExitCode {
    if let Some(name) = &args.source.dataset
        && find_bundled(name).is_none()
    {
        eprintln!("sco-explorer: {}", unknown_dataset(name));
        return ExitCode::from(2);
    }
    let source = DataSource::new(args.source.data.clone(), args.source.dataset.clone());
    let Ok(dataset) = load_or_report(&source) else {
        eprintln!("sco-explorer: the dataset could not be loaded (problems above)");
        return ExitCode::FAILURE;
    };
    let lang = args.lang.unwrap_or(Lang::En);
    let count = usize::from(args.count).min(MAX_QUESTIONS);
    let quiz = generate(&dataset, args.seed, count);
    let output = match args.format {
        QuizFormat::Text => quiz_text(&dataset, &quiz, lang),
        QuizFormat::Json => {
            let mut text =
                serde_json::to_string_pretty(&quiz_json(&dataset, &quiz, lang)).unwrap_or_default();
            text.push('\n');
            text
        }
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(output.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sco-explorer: cannot write to standard output: {error}");
            ExitCode::FAILURE
        }
    }
}

/// A fact as JSON: `{"event": ID}`, or `{"country": CODE, "status": INDEX}`
/// (the index into the country's status periods as exported).
pub fn fact_json(dataset: &Dataset, fact: Fact) -> Value {
    let file = dataset.file();
    match fact {
        Fact::Event(e) => json!({ "event": file.events.get(e).map(|e| e.id.as_str()) }),
        Fact::Status { country, period } => json!({
            "country": file.countries.get(country).map(|c| c.code.as_str()),
            "status": period,
        }),
    }
}

/// One question as JSON: its type, the question and choices in `lang`, the
/// answer (a choice, or the list of right choices, or the choices in order),
/// the sources and the facts it rests on (`about` is the main one).
fn question_json(dataset: &Dataset, question: &Question, lang: Lang) -> Value {
    let answer = text::answer(dataset, question, lang);
    let answer = match question.ask.form() {
        Form::One => answer.into_iter().next().map_or(Value::Null, Value::from),
        Form::Several | Form::Order => Value::from(answer),
    };
    json!({
        "type": question.ask.type_name(),
        "prompt": text::prompt(dataset, question, lang),
        "choices": text::choices(dataset, question, lang),
        "answer": answer,
        "sources": question.sources.iter().map(SmolStr::as_str).collect::<Vec<_>>(),
        "about": question.about().map_or(Value::Null, |f| fact_json(dataset, f)),
        "facts": question.facts.iter().map(|&f| fact_json(dataset, f)).collect::<Vec<_>>(),
    })
}

/// The whole quiz as JSON: `{"code": "sco-3", "lang": "en", "questions": [...]}`.
pub fn quiz_json(dataset: &Dataset, quiz: &Quiz, lang: Lang) -> Value {
    json!({
        "code": quiz.code.to_string(),
        "lang": lang.code(),
        "questions": quiz
            .questions
            .iter()
            .map(|q| question_json(dataset, q, lang))
            .collect::<Vec<_>>(),
    })
}

/// The quiz as numbered text: each question, its numbered choices, then the
/// answer, the fact behind it and its sources.
pub fn quiz_text(dataset: &Dataset, quiz: &Quiz, lang: Lang) -> String {
    let mut out = tr!(
        lang,
        "quiz-key-title",
        code = &quiz.code.to_string(),
        organisation = dataset.file().organisation.name.text(lang),
        count = quiz.questions.len()
    );
    out.push('\n');
    for (n, question) in quiz.questions.iter().enumerate() {
        out.push_str(&format!(
            "\n{}. {}\n",
            n + 1,
            text::prompt(dataset, question, lang)
        ));
        for (i, choice) in text::choices(dataset, question, lang).iter().enumerate() {
            out.push_str(&format!("   {}) {choice}\n", i + 1));
        }
        let answer: Vec<String> = question
            .answer
            .iter()
            .map(|&i| {
                let choice = question
                    .choices
                    .get(i)
                    .map(|&c| text::choice(dataset, c, lang))
                    .unwrap_or_default();
                format!("{}) {choice}", i + 1)
            })
            .collect();
        let separator = if question.ask.form() == Form::Order {
            " → "
        } else {
            "; "
        };
        let lines = [
            tr!(lang, "quiz-key-answer", answer = &answer.join(separator)),
            tr!(
                lang,
                "quiz-key-fact",
                fact = &question
                    .about()
                    .map(|f| text::fact(dataset, f, lang))
                    .unwrap_or_default()
            ),
            tr!(
                lang,
                "quiz-key-sources",
                sources = &question
                    .sources
                    .iter()
                    .map(SmolStr::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ];
        for line in lines {
            out.push_str(&format!("   {line}\n"));
        }
    }
    out
}
