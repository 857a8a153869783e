//! Printing a handout's pages: slides as the clicker steps through them
//! (each page written as soon as it is rendered), the note strip under each,
//! and the title pages. Shared by tours' and lessons' handouts.

use egui_kittest::Harness;

use crate::actions::Action;
use crate::app::{ExplorerApp, HandoutRequest};
use crate::headless::paper::{Rendered, SMALLEST_TYPE, render_fitted, title_pages};
use crate::headless::screenshot::{ScreenshotError, open_render_state, renderer_on};
use crate::headless::text_layer::{TextReader, pdf_fonts};
use crate::i18n::Lang;
use crate::model::Text;
use crate::pdf::{self, MARGIN, PAGE_SIZE, Placement};
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
    /// A lesson's handout could not start (why, in English).
    #[error("{0}")]
    Lesson(String),
    /// The PDF could not be written.
    #[error("could not write {path}: {source}")]
    Write {
        /// Where it was to go.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
}

/// One rendered slide and what the handout says of it.
struct Slide {
    rendered: Rendered,
    /// "3 / 10" or "10a / 10".
    label: String,
    title: String,
    note: Option<Text>,
}

/// A step's title and note, read from the app while it shows the step.
pub(super) type StepWords<'a> = &'a dyn Fn(&ExplorerApp, usize) -> (String, Option<Text>);

/// What prints a handout's pages: the renderer, the fonts' reader, the page's content area.
pub(super) struct Printer {
    state: egui_wgpu::RenderState,
    reader: TextReader,
    content: Placement,
}

impl Printer {
    /// Opens the renderer.
    pub(super) fn new() -> Result<Self, HandoutError> {
        Ok(Self {
            state: open_render_state()?,
            reader: TextReader::new(&pdf_fonts()),
            content: Placement {
                x: MARGIN,
                y: MARGIN,
                width: PAGE_SIZE.0 - 2.0 * MARGIN,
                height: PAGE_SIZE.1 - 2.0 * MARGIN,
            },
        })
    }

    /// Prints every slide `app` presents (from its first, as the clicker
    /// steps), each page handed to `out` as soon as it is rendered; returns
    /// how many slide pages there were.
    pub(super) fn print_slides(
        &self,
        mut app: ExplorerApp,
        (count, words): (usize, StepWords<'_>),
        request: &HandoutRequest,
        out: &mut dyn FnMut(usize, pdf::Page),
    ) -> Result<usize, HandoutError> {
        app.view.page = 0;
        app.view.presenter_view = false;
        app.view.printing = true;
        let mut slides = 0;
        render_slides(
            app,
            (count, words),
            request.lang,
            &self.state,
            &mut |slide| {
                out(
                    usize::MAX,
                    slide_page(&self.state, &self.reader, slide, request, self.content)?,
                );
                slides += 1;
                Ok(())
            },
        )?;
        Ok(slides)
    }

    /// Prints the title page (and pages of sources) before the slides.
    pub(super) fn print_title_pages(
        &self,
        page: &TitlePage<'_>,
        out: &mut dyn FnMut(usize, pdf::Page),
    ) -> Result<(), HandoutError> {
        let lang = page.lang;
        for (index, (part, rendered)) in title_pages(&self.state, page, self.content)?
            .into_iter()
            .enumerate()
        {
            let (picture, text) = rendered.place(self.content, &self.reader);
            out(
                index,
                pdf::Page {
                    bookmark: match part {
                        TitlePart::First => page.title.clone(),
                        TitlePart::Sources => tr!(lang, "handout-sources"),
                        TitlePart::SourcesContinued => tr!(lang, "handout-sources-continued"),
                    },
                    pictures: vec![picture],
                    text,
                },
            );
        }
        Ok(())
    }
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

/// Every page of every step `app` presents, as the clicker steps through
/// them, each handed to `out` as soon as it is rendered.
fn render_slides(
    app: ExplorerApp,
    (count, words): (usize, StepWords<'_>),
    lang: Lang,
    state: &egui_wgpu::RenderState,
    out: &mut dyn FnMut(Slide) -> Result<(), HandoutError>,
) -> Result<(), HandoutError> {
    let mut harness = slide_harness(app, state);
    let mut shown = None;
    // The clicker's action, until it no longer moves: the same path as in class.
    // At most a few pages per step: a guard, should a step never move on.
    let mut left = count * 8 + 8;
    while shown != Some((harness.state().view.step, harness.state().view.page)) && left > 0 {
        left -= 1;
        let (step, page) = (harness.state().view.step, harness.state().view.page);
        shown = Some((step, page));
        if step >= count {
            break;
        }
        let rendered = Rendered::of(&mut harness)?;
        let pages = harness.state().slide_pages();
        let (title, note) = words(harness.state(), step);
        out(Slide {
            rendered,
            label: tr!(
                lang,
                "slide-counter",
                step = &crate::ui::slides::layout::step_label(step, page, pages),
                count = count
            ),
            title,
            note,
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
