//! A lesson's slides: the same fitted slides as a tour's (a step showing a
//! record gets the record's slide with the lesson's heading and bullets), a
//! text-only slide for the teacher's own points, and a placeholder saying
//! what a step could not find. Presenter view: the note and the next step.

use egui::{Align2, Color32, FontId, Rect, RichText, Stroke, Ui};

use super::body::body_ui;
use super::layout::{Piece, Role, fit, step_label};
use super::memory::SlideMemory;
use super::overlays::{flash_ui, spotlight_ui};
use super::text_pages::text_pages_ui;
use super::words::SlideWords;
use super::{high_contrast_visuals, slide_buttons_ui};
use crate::actions::Action;
use crate::model::Step;
use crate::on_screen::OnScreen;
use crate::state::ViewState;
use crate::tr;

/// What the slide of a lesson step shows, worked out by the app when the step is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum SlideKind {
    /// A record of the dataset on screen (an event, a country, its memberships).
    Record(Step),
    /// The lesson's words only: a text slide, or a view with nothing selected
    /// (then with the date it shows).
    Words(Option<String>),
    /// What the step names cannot be found: this says what.
    Missing(String),
}

/// One lesson slide, in the interface's language.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonSlide {
    /// The lesson's title.
    pub title: String,
    /// The step's heading (empty: the record's own title).
    pub heading: String,
    /// The teacher's bullets.
    pub bullets: Vec<String>,
    /// The teacher's note, if any.
    pub note: Option<String>,
    /// The next step's heading, if there is a next step.
    pub next: Option<String>,
    /// How many steps the lesson has.
    pub count: usize,
    /// What the body shows.
    pub kind: SlideKind,
}

/// The lesson's slide for the current step, filling `ui`.
pub fn lesson_presentation_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    slide: &LessonSlide,
    view: &ViewState,
    memory: &mut SlideMemory,
    actions: &mut Vec<Action>,
) {
    let visuals = high_contrast_visuals(ui.visuals().dark_mode);
    let background = visuals.panel_fill;
    if view.presenter_view && !view.printing {
        egui::Panel::bottom("lesson_presenter_dock")
            .resizable(false)
            .frame(egui::Frame::new().fill(background).inner_margin(12.0))
            .show(ui, |ui| {
                ui.style_mut().visuals = visuals.clone();
                lesson_presenter_ui(ui, slide, view);
            });
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(background).inner_margin(16.0))
        .show(ui, |ui| {
            ui.style_mut().visuals = visuals;
            memory.slide_rect = Some(ui.max_rect());
            lesson_header_ui(ui, slide, view, memory.pages.max(1), actions);
            let available = ui.available_rect_before_wrap();
            let strip_height = (available.height() * 0.1).clamp(40.0, 64.0);
            let body = Rect::from_min_max(
                available.min,
                egui::pos2(available.max.x, available.max.y - strip_height),
            );
            memory.body_rect = Some(body);
            lesson_body_ui(ui, shown, slide, view, memory, body);
            ui.advance_cursor_after_rect(body);
            lesson_strip_ui(ui, slide, view, strip_height);
        });
    flash_ui(ui.ctx(), memory);
    spotlight_ui(ui.ctx(), memory);
}

fn lesson_header_ui(
    ui: &mut Ui,
    slide: &LessonSlide,
    view: &ViewState,
    pages: usize,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let page = view.page.min(pages.saturating_sub(1));
    let counter = tr!(
        lang,
        "slide-counter",
        step = &step_label(view.step, page, pages),
        count = slide.count
    );
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(counter)
                .font(FontId::proportional(30.0))
                .strong(),
        );
        ui.add_space(12.0);
        ui.label(RichText::new(&slide.title).font(FontId::proportional(18.0)));
        if view.printing {
            return;
        }
        slide_buttons_ui(ui, view, actions);
    });
    ui.separator();
}

fn lesson_body_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    slide: &LessonSlide,
    view: &ViewState,
    memory: &mut SlideMemory,
    body: Rect,
) {
    let words = SlideWords {
        heading: (!slide.heading.trim().is_empty()).then(|| slide.heading.clone()),
        bullets: slide.bullets.clone(),
    };
    let (pieces, head) = match &slide.kind {
        SlideKind::Record(step) => {
            let datasets = (shown.dataset, shown.compared(), shown.region);
            body_ui(
                ui,
                datasets,
                shown.map,
                (view, Some(step.clone()), &words),
                memory,
                body,
            );
            return;
        }
        SlideKind::Words(line) => words_pieces(&slide.heading, line.as_deref(), None, &words),
        SlideKind::Missing(what) => {
            let warning = crate::ui::warning_color(ui.visuals().dark_mode);
            words_pieces(&slide.heading, None, Some((what.as_str(), warning)), &words)
        }
    };
    let continued = Piece::new(
        Role::Date,
        tr!(view.lang, "slide-continued", title = &slide.heading),
    );
    let width = body.width();
    let fitted = fit(
        head,
        body.height(),
        |scale| pieces.iter().map(|p| p.height(ui, scale, width)).collect(),
        |scale| continued.height(ui, scale, width),
    );
    text_pages_ui(ui, body, (&pieces, &continued), &fitted, view, memory);
}

/// A slide of words: the heading, a date or warning line, the bullets.
fn words_pieces(
    heading: &str,
    line: Option<&str>,
    warning: Option<(&str, Color32)>,
    words: &SlideWords,
) -> (Vec<Piece>, usize) {
    let mut pieces = vec![Piece::new(Role::Title, heading)];
    if let Some(line) = line {
        pieces.push(Piece::new(Role::Date, line));
    }
    if let Some((text, color)) = warning {
        pieces.push(Piece::new(Role::Note, text).colored(color));
    }
    let head = pieces.len();
    for (i, bullet) in words.bullets.iter().enumerate() {
        let piece = Piece::new(Role::Bullet, format!("• {bullet}"));
        pieces.push(if i == 0 { piece.spaced() } else { piece });
    }
    (pieces, head)
}

/// The strip under a lesson slide: a dot per step, the current one marked.
fn lesson_strip_ui(ui: &mut Ui, slide: &LessonSlide, view: &ViewState, height: f32) {
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), height),
        egui::Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let y = rect.center().y;
    let count = slide.count.max(1);
    // The next step's heading on the right, at most half the strip; the dots share the rest.
    let next = slide.next.as_ref().map(|next| {
        let words = tr!(view.lang, "lesson-strip-next", heading = next);
        let mut job =
            egui::text::LayoutJob::simple_singleline(words, FontId::proportional(18.0), text);
        job.wrap = egui::text::TextWrapping::truncate_at_width(rect.width() * 0.5);
        painter.layout_job(job)
    });
    let dots_right = rect.right() - next.as_ref().map_or(0.0, |g| g.size().x + 32.0);
    let x_of = |i: usize| {
        let share = if count == 1 {
            0.0
        } else {
            i as f32 / (count - 1) as f32
        };
        rect.left() + 12.0 + share * (dots_right - rect.left() - 24.0).max(0.0)
    };
    painter.hline(
        x_of(0)..=x_of(count - 1),
        y,
        Stroke::new(2.0, text.gamma_multiply(0.5)),
    );
    for i in 0..count {
        let current = i == view.step;
        let radius = if current { 8.0 } else { 4.0 };
        let fill = if current {
            crate::ui::warning_color(ui.visuals().dark_mode)
        } else {
            text
        };
        painter.circle(egui::pos2(x_of(i), y), radius, fill, Stroke::new(1.5, text));
    }
    if let Some(galley) = next {
        let at = Align2::RIGHT_CENTER.anchor_size(egui::pos2(rect.right() - 8.0, y), galley.size());
        painter.galley(at.min, galley, text);
    }
}

/// The presenter view of a lesson: the note, and what comes next.
fn lesson_presenter_ui(ui: &mut Ui, slide: &LessonSlide, view: &ViewState) {
    let lang = view.lang;
    ui.columns(2, |columns| {
        if let [left, right] = columns {
            left.label(RichText::new(tr!(lang, "presenter-note")).strong());
            match &slide.note {
                Some(note) => left.label(note),
                None => left.label(tr!(lang, "presenter-no-note")),
            };
            right.label(RichText::new(tr!(lang, "presenter-next")).strong());
            right.label(
                slide
                    .next
                    .clone()
                    .unwrap_or_else(|| tr!(lang, "slide-end-of-tour")),
            );
            right.add_space(4.0);
            right.label(RichText::new(tr!(lang, "presenter-keys")).weak());
        }
    });
}
