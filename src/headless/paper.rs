//! Paper parts of a handout: the title page, pages of sources and the note
//! strips, drawn headless at the largest type scale at which they fit, and
//! each rendered picture with the shapes (and so the text) it was drawn from.

use egui_kittest::Harness;

use crate::headless::screenshot::{ScreenshotError, renderer_on};
use crate::headless::text_layer::TextReader;
use crate::model::Source;
use crate::pdf::{Picture, Placement, TextRun};
use crate::ui::handout_pages::{TitlePage, TitlePart, title_page_ui};

/// Pixels per point of the title page and note strips: about 180 dpi on paper.
const PAPER_PIXELS_PER_POINT: f32 = 2.5;

/// The smallest type scale of a list of sources: titles at 8.4 pt on paper,
/// addresses at 8 pt. Below it the list goes on to another page.
const TITLE_SCALE_FLOOR: f32 = 0.8;

/// The margin kittest puts around a Ui it draws, in points.
const HARNESS_MARGIN: f32 = 8.0;

/// Type scales tried, largest first, until a page's text fits.
const TYPE_SCALES: [f32; 6] = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5];
/// The last of [`TYPE_SCALES`]: what is still too long there is cut with "…".
pub(super) const SMALLEST_TYPE: f32 = TYPE_SCALES[TYPE_SCALES.len() - 1];

/// A picture egui rendered, with the shapes it drew (their text is the
/// page's text layer) and the size of its screen, in points.
pub(super) struct Rendered {
    picture: Picture,
    shapes: Vec<egui::epaint::ClippedShape>,
    screen: egui::Vec2,
}

impl Rendered {
    /// The last frame `harness` ran, rendered.
    pub(super) fn of<S>(harness: &mut Harness<'_, S>) -> Result<Self, ScreenshotError> {
        let image = harness.render().map_err(ScreenshotError::Render)?;
        Ok(Self {
            picture: Picture::from_rgba(image.width(), image.height(), image.as_raw()),
            shapes: harness.output().shapes.clone(),
            // In points as the frame drew them: a slide is zoomed to fit
            // the projector, so its points are not the screen's pixels.
            screen: harness.ctx.content_rect().size(),
        })
    }

    /// The picture placed `at` on a page, and its text where it falls there.
    pub(super) fn place(
        self,
        at: Placement,
        reader: &TextReader,
    ) -> ((Picture, Placement), Vec<TextRun>) {
        let text = reader.runs(&self.shapes, self.screen, at);
        ((self.picture, at), text)
    }
}

/// Type scales a list of sources is still readable at, largest first.
fn readable_scales() -> impl Iterator<Item = f32> + Clone {
    TYPE_SCALES.into_iter().filter(|&s| s >= TITLE_SCALE_FLOOR)
}

/// The title page and, when the sources do not all fit on it, pages of
/// sources of their own, as evenly filled as they can be: never a page with
/// the last few sources alone on it.
pub(super) fn title_pages(
    state: &egui_wgpu::RenderState,
    page: &TitlePage<'_>,
    area: Placement,
) -> Result<Vec<(TitlePart, Rendered)>, ScreenshotError> {
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
pub(super) fn render_fitted(
    state: &egui_wgpu::RenderState,
    area: Placement,
    mut draw: impl FnMut(&mut egui::Ui, f32) -> f32,
) -> Result<Rendered, ScreenshotError> {
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

    fn render(&mut self) -> Result<Rendered, ScreenshotError> {
        Rendered::of(&mut self.harness)
    }
}
