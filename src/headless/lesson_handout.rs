//! A lesson's handout: a title page (the lesson's title, its steps, every
//! source its slides cite) and one page per slide, printed as the clicker
//! steps through the lesson, like a tour's.

use std::cell::RefCell;

use crate::app::ExplorerApp;
use crate::app::HandoutRequest;
use crate::headless::printer::{HandoutError, Printer};
use crate::model::lesson::Lesson;
use crate::model::{Source, Text, load_bundled};
use crate::pdf;
use crate::state::{Selection, ThemeChoice, ViewState};
use crate::tr;
use crate::ui::handout_pages::TitlePage;

/// The handout of `lesson` (from the file `path`, if any) as `request` asks,
/// each page handed to `out` with its place (as [`super::handout`] does for tours).
pub(super) fn make_lesson_handout(
    (lesson, path): (&Lesson, Option<&std::path::Path>),
    request: &HandoutRequest,
    out: &mut dyn FnMut(usize, pdf::Page),
) -> Result<(String, String), HandoutError> {
    let lang = request.lang;
    let home = lesson.lang();
    let bundled = load_bundled().map_err(|e| HandoutError::Lesson(e.to_string()))?;
    let view = ViewState {
        theme: ThemeChoice::Light,
        lang,
        ..ViewState::for_dataset(&bundled)
    };
    let mut app = ExplorerApp::new(bundled, view);
    app.set_lesson(lesson.clone(), path.map(std::path::Path::to_owned));
    app.present_lesson_step(0);
    let cited: RefCell<Vec<Source>> = RefCell::new(Vec::new());
    let headings: RefCell<Vec<String>> = RefCell::new(Vec::new());
    let words = |app: &ExplorerApp, step: usize| {
        cite_shown(app, &mut cited.borrow_mut());
        let slide = app.lesson_slide();
        let heading = slide
            .as_ref()
            .map(|s| s.heading.clone())
            .filter(|h| !h.trim().is_empty())
            .unwrap_or_else(|| tr!(lang, "lesson-step-untitled", step = step + 1));
        let mut seen = headings.borrow_mut();
        if seen.len() == step {
            seen.push(format!("{}. {heading}", step + 1));
        }
        (heading, slide.and_then(|s| s.note).map(Text::new))
    };
    let printer = Printer::new()?;
    let slides = printer.print_slides(app, (lesson.steps.len(), &words), request, out)?;
    let cited = cited.into_inner();
    let sources: Vec<&Source> = cited.iter().collect();
    let title = lesson.title.shown(lang, home).to_owned();
    let title_page = TitlePage {
        kicker: tr!(lang, "lesson-handout-kicker"),
        title: title.clone(),
        data: tr!(lang, "lesson-handout-data"),
        steps: headings.into_inner(),
        slides,
        sources: &sources,
        lang,
    };
    printer.print_title_pages(&title_page, out)?;
    Ok((
        title,
        tr!(
            lang,
            "handout-meta",
            slides = slides,
            language = lang.native_name()
        ),
    ))
}

/// Adds the sources of what the app shows (the step's record) to `cited`,
/// each once: the same id and address is the same source.
fn cite_shown(app: &ExplorerApp, cited: &mut Vec<Source>) {
    let dataset = app.dataset();
    let target = match &app.view.selection {
        Selection::None => None,
        Selection::Event(id) | Selection::Country(id) => dataset.resolve(id),
    };
    for source in target.map(|t| dataset.sources_of(t)).unwrap_or_default() {
        if !cited
            .iter()
            .any(|s| s.id == source.id && s.url == source.url)
        {
            cited.push(source.clone());
        }
    }
}
