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
use crate::headless::text_layer::{TextReader, pdf_fonts};
use crate::i18n::Lang;
use crate::model::{Dataset, Region, Source, StepView, Target, Text, Tour};
use crate::pdf::{self, MARGIN, PAGE_SIZE, Picture, Placement, TextRun};
use crate::state::{ThemeChoice, ViewState};
use crate::tr;
use crate::ui::handout_pages::{TitlePage, TitlePart, note_strip_ui, title_page_ui};

/// The screen a handout's slides are laid out for: a 1080p projector.
pub const SLIDE_SIZE: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// Pixels per point of a slide's picture: 1600 by 900 pixels, about 150 dpi
/// on paper, sharp in print; at 1920 by 1080 (176 dpi) the ten-step tour
/// came to over 2 MB however its pictures were compressed.
const SLIDE_PIXELS_PER_POINT: f32 = 1600.0 / 1920.0;

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

/// A picture egui rendered, with the shapes it drew (their text is the
/// page's text layer) and the size of its screen, in points.
struct Rendered {
    picture: Picture,
    shapes: Vec<egui::epaint::ClippedShape>,
    screen: egui::Vec2,
}

impl Rendered {
    /// The last frame `harness` ran, rendered.
    fn of<S>(harness: &mut Harness<'_, S>) -> Result<Self, HandoutError> {
        let image = harness
            .render()
            .map_err(|e| HandoutError::Render(ScreenshotError::Render(e)))?;
        Ok(Self {
            picture: Picture::from_rgba(image.width(), image.height(), image.as_raw()),
            shapes: harness.output().shapes.clone(),
            // In points as the frame drew them: a slide is zoomed to fit
            // the projector, so its points are not the screen's pixels.
            screen: harness.ctx.content_rect().size(),
        })
    }

    /// The picture placed `at` on a page, and its text where it falls there.
    fn place(self, at: Placement, reader: &TextReader) -> ((Picture, Placement), Vec<TextRun>) {
        let text = reader.runs(&self.shapes, self.screen, at);
        ((self.picture, at), text)
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

/// Type scales a list of sources is still readable at, largest first.
fn readable_scales() -> impl Iterator<Item = f32> + Clone {
    TYPE_SCALES.into_iter().filter(|&s| s >= TITLE_SCALE_FLOOR)
}

/// The title page and, when the sources do not all fit on it, pages of
/// sources of their own, as evenly filled as they can be: never a page with
/// the last few sources alone on it.
fn title_pages(
    state: &egui_wgpu::RenderState,
    page: &TitlePage<'_>,
    area: Placement,
) -> Result<Vec<(TitlePart, Rendered)>, HandoutError> {
    let all = page.sources;
    let mut first = Paper::new(state, area, move |ui, scale, count| {
        title_page_ui(
            ui,
            page,
            TitlePart::First,
            all.get(..count).unwrap_or(all),
            scale,
        )
    });
    // Every source on the title page, if they fit at a readable size.
    if let Some(scale) = readable_scales().find(|&s| first.fits(s, all.len())) {
        first.fits(scale, all.len());
        return Ok(vec![(TitlePart::First, first.render()?)]);
    }
    // Else the header and steps (smaller type before anything is cut), and
    // the sources on pages of their own.
    let scale = TYPE_SCALES
        .into_iter()
        .find(|&scale| first.fits(scale, 0))
        .unwrap_or(SMALLEST_TYPE);
    first.fits(scale, 0);
    let mut pages = vec![(TitlePart::First, first.render()?)];
    let mut left = source_pages_needed(state, page, area);
    let mut rest = all;
    while !rest.is_empty() {
        let part = if rest.len() == all.len() {
            TitlePart::Sources
        } else {
            TitlePart::SourcesContinued
        };
        // An even share of what is left for each page still to come.
        let share = rest.len().div_ceil(left.max(1));
        let mut paper = sources_paper(state, page, area, part, rest);
        let (scale, count) = match readable_scales().find(|&s| paper.fits(s, share)) {
            Some(scale) => (scale, share),
            None => (TITLE_SCALE_FLOOR, most_that_fit(&mut paper, share)),
        };
        paper.fits(scale, count);
        pages.push((part, paper.render()?));
        rest = rest.get(count..).unwrap_or_default();
        left = left.saturating_sub(1);
    }
    Ok(pages)
}

/// A page of `sources` (as many of them as it is asked to show).
fn sources_paper<'a>(
    state: &egui_wgpu::RenderState,
    page: &'a TitlePage<'a>,
    area: Placement,
    part: TitlePart,
    sources: &'a [&'a Source],
) -> Paper<'a> {
    Paper::new(state, area, move |ui, scale, count| {
        title_page_ui(
            ui,
            page,
            part,
            sources.get(..count).unwrap_or(sources),
            scale,
        )
    })
}

/// The most of the first `count` items that `paper` fits at the smallest
/// readable scale; at least one, so a list always moves on.
fn most_that_fit(paper: &mut Paper<'_>, count: usize) -> usize {
    (1..=count)
        .rev()
        .find(|&n| paper.fits(TITLE_SCALE_FLOOR, n))
        .unwrap_or(1)
}

/// How many pages of their own the sources take, filling each in turn.
fn source_pages_needed(
    state: &egui_wgpu::RenderState,
    page: &TitlePage<'_>,
    area: Placement,
) -> usize {
    let mut rest = page.sources;
    let mut pages = 0;
    while !rest.is_empty() {
        let mut paper = sources_paper(state, page, area, TitlePart::SourcesContinued, rest);
        let count = most_that_fit(&mut paper, rest.len());
        rest = rest.get(count..).unwrap_or_default();
        pages += 1;
    }
    pages
}

/// Renders `draw` into `area` at the largest type scale at which it fits.
fn render_fitted(
    state: &egui_wgpu::RenderState,
    area: Placement,
    mut draw: impl FnMut(&mut egui::Ui, f32) -> f32,
) -> Result<Rendered, HandoutError> {
    let mut paper = Paper::new(state, area, move |ui, scale, _| draw(ui, scale));
    let scale = TYPE_SCALES
        .into_iter()
        .find(|&scale| paper.fits(scale, 0))
        .unwrap_or(SMALLEST_TYPE);
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

    fn render(&mut self) -> Result<Rendered, HandoutError> {
        Rendered::of(&mut self.harness)
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
