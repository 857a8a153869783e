//! `handout`: a tour's (or a lesson's) slides rendered headless and written as a PDF.

use std::path::PathBuf;
use std::process::ExitCode;

use super::{DataSource, DatasetArgs, load_or_report, parse_lang, say_wrote};
use crate::i18n::Lang;

/// Arguments of `handout`.
#[derive(clap::Args, Debug, Clone)]
pub struct HandoutArgs {
    /// The tour to hand out, by id, e.g. ten-stops (default: the dataset's first tour).
    #[arg(long)]
    pub tour: Option<String>,
    /// The PDF file to write (written atomically).
    #[arg(long)]
    pub out: PathBuf,
    /// The dataset to show.
    #[command(flatten)]
    pub source: DatasetArgs,
    /// Print the teacher's note under each slide.
    #[arg(long)]
    pub notes: bool,
    /// Language of the handout: en, ru or zh (default: English; with
    /// --lesson, the lesson's own language).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Hand out this lesson file instead of a tour.
    #[arg(long, value_name = "LESSON.ron", conflicts_with = "tour")]
    pub lesson: Option<PathBuf>,
}

/// `handout`: renders a tour's slides headless and writes them as a PDF.
pub fn handout(args: &HandoutArgs) -> ExitCode {
    use crate::headless::handout::{HandoutRequest, handout_pdf, write_handout};
    let source = DataSource::new(args.source.data.clone(), args.source.dataset.clone());
    let Ok(dataset) = load_or_report(&source) else {
        eprintln!("sco-explorer: the dataset could not be loaded (problems above)");
        return ExitCode::FAILURE;
    };
    let lesson = match args
        .lesson
        .as_deref()
        .map(crate::model::lesson::load_lesson)
    {
        Some(Ok(lesson)) => Some((lesson, args.lesson.clone())),
        Some(Err(error)) => {
            for line in error.lines() {
                eprintln!("{line}");
            }
            return ExitCode::FAILURE;
        }
        None => None,
    };
    let lang = lesson.as_ref().map_or(Lang::En, |(l, _)| l.lang());
    let request = HandoutRequest {
        tour: args.tour.clone(),
        notes: args.notes,
        lang: args.lang.unwrap_or(lang),
        lesson,
    };
    match handout_pdf(&dataset, &request).and_then(|bytes| {
        write_handout(&args.out, &bytes)?;
        Ok(crate::pdf::page_count(&bytes).unwrap_or(0))
    }) {
        Ok(pages) => {
            say_wrote(&args.out, &format!(" ({pages} pages)"));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("sco-explorer: {error}");
            ExitCode::FAILURE
        }
    }
}
