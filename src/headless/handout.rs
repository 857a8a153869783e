//! Tour handouts as PDF: a title page (tour, data date, steps, sources), then
//! one page per slide, each the picture the projector shows (rendered headless
//! by the same code as the window, stepped with the clicker's action), with
//! the teacher's note under it when asked for, and over every page the text
//! it shows, invisible, for search, copy and screen readers.
//!
//! Pages are written as they are rendered ([`pdf::Writer`]): memory holds
//! the compressed file and one page's pictures. Measured (`/usr/bin/time -v`,
//! debug build, a tour of generated events, `sco-explorer generate
//! --countries 50 --events 300` with its tour made 50 or 200 steps long):
//! 200 steps peaked at 1.54 GB when every page's pictures were kept, and now
//! at 251 MB (50 steps: 243 MB; the rest is the renderer), the file 17.4 MB
//! then and 7.5 MB now.
//!
//! Used by `sco-explorer handout` and by File → Export tour as PDF.

use std::path::Path;

use crate::app::ExplorerApp;
use crate::headless::printer::Printer;
pub use crate::headless::printer::{HandoutError, SLIDE_SIZE};
use crate::headless::text_layer::pdf_fonts;
use crate::model::{Dataset, Region, Source, StepView, Target, Tour};
use crate::pdf;
use crate::state::{ThemeChoice, ViewState};
use crate::tr;
use crate::ui::handout_pages::TitlePage;

pub use crate::app::HandoutRequest;

/// The tour a request names, or the dataset's first.
pub fn find_tour<'d>(dataset: &'d Dataset, tour: Option<&str>) -> Result<&'d Tour, HandoutError> {
    let tours = &dataset.file().tours;
    match tour {
        None => tours.first().ok_or(HandoutError::NoTours),
        Some(id) => tours
            .iter()
            .find(|t| t.id == id)
            .ok_or_else(|| HandoutError::UnknownTour {
                tour: id.to_owned(),
                known: tours
                    .iter()
                    .map(|t| t.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
    }
}

/// The handout of `request` as PDF bytes: the same input gives the same bytes.
///
/// Each page is compressed and written as soon as it is rendered, so memory
/// holds the compressed file and one page's pictures, however long the tour.
pub fn handout_pdf(dataset: &Dataset, request: &HandoutRequest) -> Result<Vec<u8>, HandoutError> {
    let mut writer = pdf::Writer::new(pdf_fonts());
    let mut out = |index, page: pdf::Page| writer.insert_page(index, &page);
    let (title, subject) = match &request.lesson {
        Some((lesson, path)) => super::lesson_handout::make_lesson_handout(
            (lesson, path.as_deref()),
            request,
            &mut out,
        )?,
        None => make_handout(dataset, request, &mut out)?,
    };
    Ok(writer.finish(&title, &subject))
}

/// The handout of `request`, its pages rendered, before it is written as PDF
/// (every page's pictures in memory: for tests and short tours).
pub fn handout_document(
    dataset: &Dataset,
    request: &HandoutRequest,
) -> Result<pdf::Document, HandoutError> {
    let mut pages = Vec::new();
    let (title, subject) = make_handout(dataset, request, &mut |index, page| {
        pages.insert(index.min(pages.len()), page);
    })?;
    Ok(pdf::Document {
        title,
        subject,
        pages,
    })
}

/// Renders the handout of `request` a page at a time, handing each to
/// `out` with its place in the document (`usize::MAX`: after the pages so
/// far): the slides first, as the clicker steps through them, then the
/// title pages, which count the slides, before them. Returns the
/// document's title and subject.
fn make_handout(
    dataset: &Dataset,
    request: &HandoutRequest,
    out: &mut dyn FnMut(usize, pdf::Page),
) -> Result<(String, String), HandoutError> {
    let tour = find_tour(dataset, request.tour.as_deref())?;
    let lang = request.lang;
    let mut view = ViewState {
        theme: ThemeChoice::Light,
        lang,
        ..ViewState::for_dataset(dataset)
    };
    view.tour = Some(tour.id.to_string());
    view.tour_chosen = true;
    let mut app = ExplorerApp::new(dataset.clone(), view);
    app.enter_presentation();
    let steps = dataset.presentation_steps(Some(tour.id.as_str()));
    let words = |_: &ExplorerApp, step: usize| {
        let current = steps.get(step);
        (
            crate::ui::slides::step_title(dataset, current, lang),
            current.and_then(|s| s.note.clone()),
        )
    };
    let printer = Printer::new()?;
    let slides = printer.print_slides(app, (steps.len(), &words), request, out)?;
    // Memberships slides cite the other organisations' sources too.
    let region = tour
        .steps
        .iter()
        .any(|s| s.view == StepView::Memberships)
        .then(|| Region::new(crate::model::bundled_orgs()));
    let sources = cited_sources(dataset, tour, region.as_ref());
    let title_page = TitlePage::of_tour(dataset, tour, (slides, &sources), lang);
    printer.print_title_pages(&title_page, out)?;
    let organisation = dataset.file().organisation.name.text(lang);
    Ok((
        format!("{} — {organisation}", tour.title.text(lang)),
        tr!(
            lang,
            "handout-meta",
            slides = slides,
            language = lang.native_name()
        ),
    ))
}

/// Every source the tour's slides cite, each once, in the order first cited:
/// a memberships slide cites the sources of each organisation's status (from
/// `region`), any other slide its record's.
fn cited_sources<'d>(
    dataset: &'d Dataset,
    tour: &Tour,
    region: Option<&'d Region>,
) -> Vec<&'d Source> {
    let mut cited: Vec<&Source> = Vec::new();
    // Ids repeat across datasets ("P1"): the same id and address is the same source.
    let mut cite = |source: &'d Source| {
        if !cited
            .iter()
            .any(|s| s.id == source.id && s.url == source.url)
        {
            cited.push(source);
        }
    };
    for step in dataset.presentation_steps(Some(tour.id.as_str())) {
        let in_region = match (step.view, step.target, region) {
            (StepView::Memberships, Target::Country(c), Some(region)) => dataset
                .file()
                .countries
                .get(c)
                .and_then(|country| region.country_index(&country.code))
                .map(|row| (region, row)),
            _ => None,
        };
        match in_region {
            Some((region, row)) => {
                for (_, source) in region.sources_on(row, region.span().1) {
                    cite(source);
                }
            }
            None => dataset
                .sources_of(step.target)
                .into_iter()
                .for_each(&mut cite),
        }
    }
    cited
}

/// Writes a handout to `path` atomically (a reader never sees half a file).
pub fn write_handout(path: &Path, bytes: &[u8]) -> Result<(), HandoutError> {
    crate::export::write_atomically(path, bytes).map_err(|source| HandoutError::Write {
        path: path.display().to_string(),
        source,
    })
}

/// Writes the handout of `request` to `path` (atomically): what the window's
/// File → Export tour as PDF runs on its thread, given to the app as its
/// [`crate::app::HandoutPrinter`].
pub fn print_handout(
    dataset: &Dataset,
    request: &HandoutRequest,
    path: &Path,
) -> Result<(), String> {
    handout_pdf(dataset, request)
        .and_then(|bytes| write_handout(path, &bytes))
        .map_err(|e| e.to_string())
}
