//! Tour handouts as PDF: a title page (tour, data date, steps, sources), then
//! one page per slide, each the picture the projector shows (rendered headless
//! by the same code as the window, stepped with the clicker's action), with
//! the teacher's note under it when asked for.
//!
//! Used by `sco-explorer handout` and by File → Export tour as PDF.

use std::path::Path;

use egui_kittest::Harness;

use crate::actions::Action;
use crate::app::ExplorerApp;
use crate::headless::screenshot::{ScreenshotError, open_render_state, renderer_on};
use crate::i18n::Lang;
use crate::model::{Dataset, Region, Source, StepView, Target, Text, Tour};
use crate::pdf::{self, MARGIN, PAGE_SIZE, Picture, Placement};
use crate::state::{ThemeChoice, ViewState};
use crate::tr;
use crate::ui::handout_pages::{TitlePage, TitlePart, note_strip_ui, title_page_ui};

/// The screen a handout's slides are laid out for: a 1080p projector.
pub const SLIDE_SIZE: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// Pixels per point of the title page and note strips: about 180 dpi on paper.
const PAPER_PIXELS_PER_POINT: f32 = 2.5;

/// Height of the teacher's-note strip under a slide, in points (about 31 mm).
const NOTE_STRIP_HEIGHT: f32 = 88.0;

/// The smallest type scale of the title page: sources at 8.4 pt on paper.
/// Below it the list continues on another page.
const TITLE_SCALE_FLOOR: f32 = 0.8;

/// The margin kittest puts around a Ui it draws, in points.
const HARNESS_MARGIN: f32 = 8.0;

/// Type scales tried, largest first, until a page's text fits.
const TYPE_SCALES: [f32; 6] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5];
/// The last of [`TYPE_SCALES`]: what is still too long there is cut with "…".
const SMALLEST_TYPE: f32 = TYPE_SCALES[TYPE_SCALES.len() - 1];

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
    picture: Picture,
    /// "3 / 10" or "10a / 10".
    label: String,
    title: String,
    note: Option<Text>,
}

/// The handout of `request` as PDF bytes: the same input gives the same bytes.
pub fn handout_pdf(dataset: &Dataset, request: &HandoutRequest) -> Result<Vec<u8>, HandoutError> {
    handout_document(dataset, request).map(|document| pdf::write(&document))
}

/// The handout of `request`, its pages rendered, before it is written as PDF.
pub fn handout_document(
    dataset: &Dataset,
    request: &HandoutRequest,
) -> Result<pdf::Document, HandoutError> {
    let tour = find_tour(dataset, request.tour.as_deref())?;
    let state = open_render_state()?;
    let slides = render_slides(dataset, tour, request.lang, &state)?;
    let lang = request.lang;
    let content = Placement {
        x: MARGIN,
        y: MARGIN,
        width: PAGE_SIZE.0 - 2.0 * MARGIN,
        height: PAGE_SIZE.1 - 2.0 * MARGIN,
    };
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
        slides: slides.len(),
        sources: &sources,
        lang,
    };
    let mut pages = Vec::new();
    for (part, picture) in title_pages(&state, &title_page, content)? {
        pages.push(pdf::Page {
            bookmark: match part {
                TitlePart::First => tour.title.text(lang).to_owned(),
                TitlePart::Sources => tr!(lang, "handout-sources"),
                TitlePart::SourcesContinued => tr!(lang, "handout-sources-continued"),
            },
            pictures: vec![(picture, content)],
        });
    }
    let title_pages = pages.len();
    for slide in slides {
        pages.push(slide_page(&state, slide, request, content)?);
    }
    let organisation = dataset.file().organisation.name.text(lang);
    Ok(pdf::Document {
        title: format!("{} — {organisation}", tour.title.text(lang)),
        subject: tr!(
            lang,
            "handout-meta",
            slides = pages.len() - title_pages,
            language = lang.native_name()
        ),
        pages,
    })
}

/// A page with one slide, and its note strip under it when notes are asked for.
fn slide_page(
    state: &egui_wgpu::RenderState,
    slide: Slide,
    request: &HandoutRequest,
    content: Placement,
) -> Result<pdf::Page, HandoutError> {
    let aspect = SLIDE_SIZE.x / SLIDE_SIZE.y;
    let bookmark = format!("{} · {}", slide.label, slide.title);
    if !request.notes {
        let at = pdf::fit_centred(aspect, content);
        return Ok(pdf::Page {
            bookmark,
            pictures: vec![(slide.picture, at)],
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
    let strip_picture = render_fitted(state, strip, |ui, scale| {
        note_strip_ui(ui, note, (label, lang), scale, scale <= SMALLEST_TYPE)
    })?;
    Ok(pdf::Page {
        bookmark,
        pictures: vec![(slide.picture, at), (strip_picture, strip)],
    })
}

/// Every page of every step of `tour`, as the clicker steps through them.
fn render_slides(
    dataset: &Dataset,
    tour: &Tour,
    lang: Lang,
    state: &egui_wgpu::RenderState,
) -> Result<Vec<Slide>, HandoutError> {
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
    let mut slides = Vec::new();
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
        let image = harness
            .render()
            .map_err(|e| HandoutError::Render(ScreenshotError::Render(e)))?;
        let pages = harness.state().slide_pages();
        slides.push(Slide {
            picture: Picture::from_rgba(image.width(), image.height(), image.as_raw()),
            label: tr!(
                lang,
                "slide-counter",
                step = &crate::ui::slides::layout::step_label(step, page, pages),
                count = steps.len()
            ),
            title: crate::ui::slides::step_title(dataset, Some(current), lang),
            note: current.note.clone(),
        });
        harness.state_mut().queue(Action::NextSlide);
        harness.try_run().ok();
    }
    Ok(slides)
}

/// The app as the window draws it: run as an eframe app, with no test frame
/// around it, so the slide is laid out for exactly [`SLIDE_SIZE`].
fn slide_harness(
    app: ExplorerApp,
    state: &egui_wgpu::RenderState,
) -> Harness<'static, ExplorerApp> {
    let mut harness = Harness::builder()
        .with_size(SLIDE_SIZE)
        .with_pixels_per_point(1.0)
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

/// The title page, and as many pages continuing its source list as it takes
/// to print every source at [`TITLE_SCALE_FLOOR`] or larger.
fn title_pages(
    state: &egui_wgpu::RenderState,
    page: &TitlePage<'_>,
    area: Placement,
) -> Result<Vec<(TitlePart, Picture)>, HandoutError> {
    let mut pictures = Vec::new();
    let mut rest = page.sources;
    loop {
        let part = match (pictures.is_empty(), rest.len() == page.sources.len()) {
            (true, _) => TitlePart::First,
            (false, true) => TitlePart::Sources,
            (false, false) => TitlePart::SourcesContinued,
        };
        let shown = rest;
        let mut paper = Paper::new(state, area, move |ui, scale, count| {
            title_page_ui(ui, page, part, shown.get(..count).unwrap_or(shown), scale)
        });
        let scales = TYPE_SCALES
            .iter()
            .copied()
            .filter(|&s| s >= TITLE_SCALE_FLOOR);
        let fitted = scales.clone().find(|&scale| paper.fits(scale, rest.len()));
        let (scale, count) = match fitted {
            Some(scale) => (scale, rest.len()),
            None => match (1..rest.len())
                .rev()
                .find(|&n| paper.fits(TITLE_SCALE_FLOOR, n))
            {
                // The most sources that fit at the floor.
                Some(count) => (TITLE_SCALE_FLOOR, count),
                // A page of sources shows at least one, so the list moves on.
                None if part != TitlePart::First => (TITLE_SCALE_FLOOR, 1),
                // The header and steps alone: smaller type before anything is cut.
                None => {
                    let last = TYPE_SCALES[TYPE_SCALES.len() - 1];
                    let scale = TYPE_SCALES
                        .into_iter()
                        .find(|&scale| paper.fits(scale, 0))
                        .unwrap_or(last);
                    (scale, 0)
                }
            },
        };
        paper.fits(scale, count);
        pictures.push((part, paper.render()?));
        rest = rest.get(count..).unwrap_or_default();
        if rest.is_empty() {
            return Ok(pictures);
        }
    }
}

/// Renders `draw` into `area` at the largest type scale at which it fits.
fn render_fitted(
    state: &egui_wgpu::RenderState,
    area: Placement,
    mut draw: impl FnMut(&mut egui::Ui, f32) -> f32,
) -> Result<Picture, HandoutError> {
    let mut paper = Paper::new(state, area, move |ui, scale, _| draw(ui, scale));
    let last = TYPE_SCALES[TYPE_SCALES.len() - 1];
    let scale = TYPE_SCALES
        .into_iter()
        .find(|&scale| paper.fits(scale, 0))
        .unwrap_or(last);
    paper.fits(scale, 0);
    paper.render()
}

/// What a page part is drawn with: a type scale and how many items of a list.
#[derive(Clone, Copy, Debug)]
struct Fit {
    scale: f32,
    count: usize,
    /// The height the content took at the last pass, in points.
    needed: f32,
}

/// A part of a paper page (title page, note strip), drawn headless.
struct Paper<'a> {
    harness: Harness<'a, Fit>,
    height: f32,
}

impl<'a> Paper<'a> {
    fn new(
        state: &egui_wgpu::RenderState,
        area: Placement,
        mut draw: impl FnMut(&mut egui::Ui, f32, usize) -> f32 + 'a,
    ) -> Self {
        let harness = Harness::builder()
            .with_size(egui::vec2(area.width, area.height))
            .with_pixels_per_point(PAPER_PIXELS_PER_POINT)
            .with_context_setup(crate::fonts::install_fonts)
            .renderer(renderer_on(state))
            .allow_missing_glyphs()
            .build_ui_state(
                move |ui, fit: &mut Fit| fit.needed = draw(ui, fit.scale, fit.count),
                Fit {
                    scale: TYPE_SCALES[0],
                    count: 0,
                    needed: 0.0,
                },
            );
        Self {
            harness,
            // kittest frames the Ui with a margin on each side.
            height: area.height - 2.0 * HARNESS_MARGIN,
        }
    }

    /// Lays the part out at `scale` with `count` items; whether it fits.
    fn fits(&mut self, scale: f32, count: usize) -> bool {
        let fit = self.harness.state_mut();
        fit.scale = scale;
        fit.count = count;
        self.harness.try_run().ok();
        self.harness.state().needed <= self.height
    }

    fn render(&mut self) -> Result<Picture, HandoutError> {
        let image = self
            .harness
            .render()
            .map_err(|e| HandoutError::Render(ScreenshotError::Render(e)))?;
        Ok(Picture::from_rgba(
            image.width(),
            image.height(),
            image.as_raw(),
        ))
    }
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
