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

use egui_kittest::Harness;

use crate::actions::Action;
use crate::app::ExplorerApp;
use crate::headless::paper::{Rendered, SMALLEST_TYPE, render_fitted, title_pages};
use crate::headless::screenshot::{ScreenshotError, open_render_state, renderer_on};
use crate::headless::text_layer::{TextReader, pdf_fonts};
use crate::i18n::Lang;
use crate::model::{Dataset, Region, Source, StepView, Target, Text, Tour};
use crate::pdf::{self, MARGIN, PAGE_SIZE, Placement};
use crate::state::{ThemeChoice, ViewState};
use crate::tr;
use crate::ui::handout_pages::{TitlePage, TitlePart, note_strip_ui};

/// The screen a handout's slides are laid out for: a 1080p projector.
pub const SLIDE_SIZE: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// Pixels per point of a slide's picture: 1600 by 900 pixels, about 150 dpi
/// on paper, sharp in print; at 1920 by 1080 (176 dpi) the ten-step tour
/// came to over 2 MB however its pictures were compressed.
const SLIDE_PIXELS_PER_POINT: f32 = 1600.0 / 1920.0;

/// Height of the teacher's-note strip under a slide, in points (about 31 mm).
const NOTE_STRIP_HEIGHT: f32 = 88.0;

pub use crate::app::HandoutRequest;

/// Why a handout could not be made.
#[derive(Debug, thiserror::Error)]
pub enum HandoutError {
    /// The dataset has no tour with this id.
    #[error("the dataset has no tour \"{tour}\"; its tours are: {known}")]
    UnknownTour {
        /// The id asked for.
        tour: String,
        /// The ids there are, comma-separated.
        known: String,
    },
    /// The dataset has no tours at all.
    #[error("the dataset has no tours to hand out")]
    NoTours,
    /// The slides could not be rendered.
    #[error(transparent)]
    Render(#[from] ScreenshotError),
    /// The PDF could not be written.
    #[error("could not write {path}: {source}")]
    Write {
        /// Where it was to go.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
}

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

/// One rendered slide and what the handout says of it.
struct Slide {
    rendered: Rendered,
    /// "3 / 10" or "10a / 10".
    label: String,
    title: String,
    note: Option<Text>,
}

/// The handout of `request` as PDF bytes: the same input gives the same bytes.
///
/// Each page is compressed and written as soon as it is rendered, so memory
/// holds the compressed file and one page's pictures, however long the tour.
pub fn handout_pdf(dataset: &Dataset, request: &HandoutRequest) -> Result<Vec<u8>, HandoutError> {
    let mut writer = pdf::Writer::new(pdf_fonts());
    let (title, subject) = make_handout(dataset, request, &mut |index, page| {
        writer.insert_page(index, &page);
    })?;
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
    let state = open_render_state()?;
    let reader = TextReader::new(&pdf_fonts());
    let lang = request.lang;
    let content = Placement {
        x: MARGIN,
        y: MARGIN,
        width: PAGE_SIZE.0 - 2.0 * MARGIN,
        height: PAGE_SIZE.1 - 2.0 * MARGIN,
    };
    let mut slides = 0;
    render_slides(dataset, tour, lang, &state, &mut |slide| {
        out(
            usize::MAX,
            slide_page(&state, &reader, slide, request, content)?,
        );
        slides += 1;
        Ok(())
    })?;
    // Memberships slides cite the other organisations' sources too.
    let region = tour
        .steps
        .iter()
        .any(|s| s.view == StepView::Memberships)
        .then(|| Region::new(crate::model::bundled_orgs()));
    let sources = cited_sources(dataset, tour, region.as_ref());
    let title_page = TitlePage {
        dataset,
        tour,
        slides,
        sources: &sources,
        lang,
    };
    for (index, (part, rendered)) in title_pages(&state, &title_page, content)?
        .into_iter()
        .enumerate()
    {
        let (picture, text) = rendered.place(content, &reader);
        out(
            index,
            pdf::Page {
                bookmark: match part {
                    TitlePart::First => tour.title.text(lang).to_owned(),
                    TitlePart::Sources => tr!(lang, "handout-sources"),
                    TitlePart::SourcesContinued => tr!(lang, "handout-sources-continued"),
                },
                pictures: vec![picture],
                text,
            },
        );
    }
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

/// A page with one slide, and its note strip under it when notes are asked for.
fn slide_page(
    state: &egui_wgpu::RenderState,
    reader: &TextReader,
    slide: Slide,
    request: &HandoutRequest,
    content: Placement,
) -> Result<pdf::Page, HandoutError> {
    let aspect = SLIDE_SIZE.x / SLIDE_SIZE.y;
    let bookmark = format!("{} · {}", slide.label, slide.title);
    if !request.notes {
        let (picture, text) = slide
            .rendered
            .place(pdf::fit_centred(aspect, content), reader);
        return Ok(pdf::Page {
            bookmark,
            pictures: vec![picture],
            text,
        });
    }
    let gap = 8.0;
    let slide_area = Placement {
        height: content.height - NOTE_STRIP_HEIGHT - gap,
        ..content
    };
    let mut at = pdf::fit_centred(aspect, slide_area);
    at.y = content.y;
    let strip = Placement {
        y: at.y + at.height + gap,
        height: content.y + content.height - (at.y + at.height + gap),
        ..content
    };
    let (note, label, lang) = (slide.note.as_ref(), slide.label.as_str(), request.lang);
    let strip_rendered = render_fitted(state, strip, |ui, scale| {
        note_strip_ui(ui, note, (label, lang), scale, scale <= SMALLEST_TYPE)
    })?;
    let (slide_picture, mut text) = slide.rendered.place(at, reader);
    let (strip_picture, strip_text) = strip_rendered.place(strip, reader);
    text.extend(strip_text);
    Ok(pdf::Page {
        bookmark,
        pictures: vec![slide_picture, strip_picture],
        text,
    })
}

/// Every page of every step of `tour`, as the clicker steps through them,
/// each handed to `out` as soon as it is rendered.
fn render_slides(
    dataset: &Dataset,
    tour: &Tour,
    lang: Lang,
    state: &egui_wgpu::RenderState,
    out: &mut dyn FnMut(Slide) -> Result<(), HandoutError>,
) -> Result<(), HandoutError> {
    let mut view = ViewState {
        theme: ThemeChoice::Light,
        lang,
        ..ViewState::for_dataset(dataset)
    };
    view.tour = Some(tour.id.to_string());
    view.tour_chosen = true;
    let mut app = ExplorerApp::new(dataset.clone(), view);
    app.enter_presentation();
    app.view.step = 0;
    app.view.page = 0;
    app.view.presenter_view = false;
    app.view.printing = true;
    let mut harness = slide_harness(app, state);
    let steps = dataset.presentation_steps(Some(tour.id.as_str()));
    let mut shown = None;
    // The clicker's action, until it no longer moves: the same path as in class.
    // At most a few pages per step: a guard, should a step never move on.
    let mut left = steps.len() * 8 + 8;
    while shown != Some((harness.state().view.step, harness.state().view.page)) && left > 0 {
        left -= 1;
        let (step, page) = (harness.state().view.step, harness.state().view.page);
        shown = Some((step, page));
        let Some(current) = steps.get(step) else {
            break;
        };
        let rendered = Rendered::of(&mut harness)?;
        let pages = harness.state().slide_pages();
        out(Slide {
            rendered,
            label: tr!(
                lang,
                "slide-counter",
                step = &crate::ui::slides::layout::step_label(step, page, pages),
                count = steps.len()
            ),
            title: crate::ui::slides::step_title(dataset, Some(current), lang),
            note: current.note.clone(),
        })?;
        harness.state_mut().queue(Action::NextSlide);
        harness.try_run().ok();
    }
    Ok(())
}

/// The app as the window draws it: run as an eframe app, with no test frame
/// around it, so the slide is laid out for exactly [`SLIDE_SIZE`].
fn slide_harness(
    app: ExplorerApp,
    state: &egui_wgpu::RenderState,
) -> Harness<'static, ExplorerApp> {
    let mut harness = Harness::builder()
        .with_size(SLIDE_SIZE)
        .with_pixels_per_point(SLIDE_PIXELS_PER_POINT)
        .with_context_setup(crate::fonts::install_fonts)
        .renderer(renderer_on(state))
        .allow_missing_glyphs()
        .build_eframe(|_| app);
    harness.set_render_cursor(false);
    // Layout settles over a few passes (fitting, the map's bounds).
    harness.try_run().ok();
    harness
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
