//! The strip under a slide (step, title, what comes next) and the presenter
//! view: the teacher's note and the next step, docked or in a window of its own.

use super::content::step_title;
use crate::actions::{Action, KeyContext, actions_from_keys};
use crate::i18n::dates;
use crate::model::{Dataset, Step, Target, country_name, year_f64_from_date};
use crate::state::ViewState;
use crate::tr;
use crate::ui::warning_color;
use egui::{Align2, Color32, FontId, RichText, Stroke, Ui, Visuals};

/// The strip at the bottom: where every step sits in history, the current one highlighted.
pub(super) fn strip_ui(ui: &mut Ui, dataset: &Dataset, view: &ViewState, len: usize, height: f32) {
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), height),
        egui::Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let first = year_f64_from_date(dataset.first_day()).floor();
    let last = year_f64_from_date(dataset.last_day())
        .ceil()
        .max(first + 1.0);
    let x_of = |year: f64| {
        rect.left() + 10.0 + ((year - first) / (last - first)) as f32 * (rect.width() - 20.0)
    };
    // Room below the axis for the years, above it for the current step's label.
    let axis_y = rect.bottom() - 28.0;
    painter.hline(rect.x_range(), axis_y, Stroke::new(2.0, text));
    let mut year = (first / 5.0).ceil() * 5.0;
    while year <= last {
        let x = x_of(year);
        painter.vline(x, (axis_y - 5.0)..=(axis_y + 5.0), Stroke::new(2.0, text));
        painter.text(
            egui::pos2(x, axis_y + 8.0),
            Align2::CENTER_TOP,
            {
                #[expect(
                    clippy::cast_possible_truncation,
                    reason = "a whole year in the dataset's span"
                )]
                dates::axis_year(view.lang, year as i32)
            },
            FontId::proportional(14.0),
            text,
        );
        year += 5.0;
    }
    let date_of = |step: &Step| match step.target {
        Target::Event(e) => dataset.file().events.get(e).map(|e| e.start.as_year_f64()),
        Target::Country(c) => dataset
            .file()
            .countries
            .get(c)
            .and_then(|c| c.statuses.first())
            .map(|p| p.from.as_year_f64()),
    };
    let dim = text.gamma_multiply(0.5);
    for i in 0..len {
        let Some(x) = dataset
            .presentation_step(view.tour.as_deref(), i)
            .as_ref()
            .and_then(date_of)
            .map(x_of)
        else {
            continue;
        };
        if i != view.step {
            painter.circle_filled(egui::pos2(x, axis_y), 4.0, dim);
        }
    }
    let current = dataset.presentation_step(view.tour.as_deref(), view.step);
    if let Some(x) = current.as_ref().and_then(date_of).map(x_of) {
        let highlight = warning_color(ui.visuals().dark_mode);
        painter.circle(
            egui::pos2(x, axis_y),
            9.0,
            highlight,
            Stroke::new(2.0, text),
        );
        let anchor = if x > rect.center().x {
            Align2::RIGHT_BOTTOM
        } else {
            Align2::LEFT_BOTTOM
        };
        let label = strip_label(dataset, current.map(|s| s.target), view.lang);
        painter.text(
            egui::pos2(x, axis_y - 14.0),
            anchor,
            label.unwrap_or_default(),
            FontId::proportional(16.0),
            text,
        );
    }
}

/// The current step's label on the strip: an event's title and year, or a country.
fn strip_label(
    dataset: &Dataset,
    target: Option<Target>,
    lang: crate::lang::Lang,
) -> Option<String> {
    match target {
        Some(Target::Event(e)) => dataset.file().events.get(e).map(|e| {
            tr!(
                lang,
                "slide-strip-label",
                title = e.title.text(lang),
                year = &dates::year(lang, e.start.year())
            )
        }),
        Some(Target::Country(c)) => dataset
            .file()
            .countries
            .get(c)
            .map(|c| country_name(c, lang).text.to_owned()),
        None => None,
    }
}

/// The presenter view: the teacher's note and the next step. It is docked as a
/// strip along the bottom, which the slide makes room for, so it never covers
/// the slide. With a second screen the teacher moves it into a window of its
/// own (Shift+P, remembered) and drags that to the laptop's screen: egui cannot
/// tell how many screens there are, and a window on a single screen would
/// cover the slide. Slide keys work in either window.
pub(super) fn presenter_view_ui(
    ui: &mut Ui,
    (dataset, view): (&Dataset, &ViewState),
    slide_visuals: &Visuals,
    elapsed: f64,
    actions: &mut Vec<Action>,
) {
    let ctx = ui.ctx().clone();
    // Some platforms cannot open a second window: there it is always docked.
    let can_pop_out = !ctx.embed_viewports();
    if !(view.presenter_window && can_pop_out) {
        let fill = if slide_visuals.dark_mode {
            Color32::from_gray(0x24)
        } else {
            Color32::from_gray(0xee)
        };
        if presenter_is_compact(&ctx, view) {
            egui::Panel::bottom("presenter_strip")
                .resizable(false)
                .frame(
                    egui::Frame::new()
                        .fill(fill)
                        .inner_margin(egui::Margin::symmetric(16, 6)),
                )
                .show(ui, |ui| {
                    ui.style_mut().visuals = slide_visuals.clone();
                    compact_strip_ui(ui, dataset, view, elapsed, actions);
                });
            // The clock on the strip ticks.
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
            return;
        }
        egui::Panel::bottom("presenter_dock")
            .resizable(false)
            .frame(
                egui::Frame::new()
                    .fill(fill)
                    .inner_margin(egui::Margin::symmetric(16, 8)),
            )
            .show(ui, |ui| {
                ui.style_mut().visuals = slide_visuals.clone();
                presenter_contents_ui(ui, (dataset, view), (true, can_pop_out), actions);
            });
        return;
    }
    let lang = view.lang;
    let close = ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("sco_presenter_view"),
        egui::ViewportBuilder::default()
            .with_title(tr!(lang, "presenter-title"))
            .with_inner_size(egui::vec2(520.0, 300.0)),
        |ui, _class| {
            // This window has its own keyboard: with it focused, the clicker's
            // keys (and Ctrl+S, Ctrl+0, …) must still drive the slides.
            actions.extend(actions_from_keys(ui.ctx(), KeyContext::Slides));
            egui::CentralPanel::default()
                .frame(egui::Frame::central_panel(ui.style()).fill(slide_visuals.panel_fill))
                .show(ui, |ui| {
                    // The slides' high-contrast colours: the laptop may sit in daylight.
                    ui.style_mut().visuals = slide_visuals.clone();
                    presenter_contents_ui(ui, (dataset, view), (false, true), actions);
                });
            ui.input(|i| i.viewport().close_requested())
        },
    );
    if close {
        actions.push(Action::TogglePresenterView);
    }
}

/// Screens shorter than this (in pixels) get the one-line presenter strip
/// unless the teacher chose the full view: at 720p the full view took the
/// bottom 27% and slides lost their maps.
const SMALL_SCREEN_PIXELS: f32 = 900.0;

/// Whether the docked presenter view is the one-line strip: as the teacher
/// chose (`N`), else on screens under 900 pixels tall.
pub fn presenter_is_compact(ctx: &egui::Context, view: &ViewState) -> bool {
    view.presenter_compact.unwrap_or_else(|| {
        ctx.content_rect().height() * ctx.pixels_per_point() < SMALL_SCREEN_PIXELS
    })
}

/// Minutes and seconds since the presentation began, e.g. "4:05" or "1:02:09".
fn clock_text(elapsed: f64) -> String {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "whole seconds of a presentation, clamped to be non-negative"
    )]
    let seconds = elapsed.max(0.0).floor() as u64;
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// The presenter view as one line under the slide: the step, what comes
/// next, the time since the presentation began, and the button (`N`) that
/// opens the full view with the teacher's note.
fn compact_strip_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    elapsed: f64,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let tour = view.tour.as_deref();
    let next = dataset.presentation_step(tour, view.step + 1);
    let counter = tr!(
        lang,
        "slide-counter",
        step = &(view.step + 1).to_string(),
        count = dataset.presentation_len(tour)
    );
    ui.horizontal(|ui| {
        ui.label(RichText::new(counter).strong());
        ui.label(RichText::new(clock_text(elapsed)).monospace())
            .on_hover_text(tr!(lang, "presenter-clock-hint"));
        // The button at the right end, the next step's title cut short before it.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!(lang, "presenter-full-view"))
                .on_hover_text(tr!(lang, "presenter-full-view-hint"))
                .clicked()
            {
                actions.push(Action::TogglePresenterCompact);
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                let next_line = tr!(
                    lang,
                    "presenter-compact-next",
                    title = &step_title(dataset, next.as_ref(), lang)
                );
                ui.add(egui::Label::new(next_line).truncate());
            });
        });
    });
}

/// The docked full view's button back to one line (`N`).
fn one_line_button_ui(ui: &mut Ui, lang: crate::lang::Lang, actions: &mut Vec<Action>) {
    if ui
        .button(tr!(lang, "presenter-compact-view"))
        .on_hover_text(tr!(lang, "presenter-compact-view-hint"))
        .clicked()
    {
        actions.push(Action::TogglePresenterCompact);
    }
}

/// What the presenter view shows: where we are, the note, what comes next,
/// docked the button to one line, and (where a second window can open) the
/// button that moves it between the dock and its own window.
fn presenter_contents_ui(
    ui: &mut Ui,
    (dataset, view): (&Dataset, &ViewState),
    (docked, can_pop_out): (bool, bool),
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let move_ui = |ui: &mut Ui, actions: &mut Vec<Action>| {
        if !can_pop_out {
            return;
        }
        let (text, hint) = if docked {
            ("presenter-pop-out", "presenter-pop-out-hint")
        } else {
            ("presenter-dock", "presenter-dock-hint")
        };
        if ui
            .button(tr!(lang, text))
            .on_hover_text(tr!(lang, hint))
            .clicked()
        {
            actions.push(Action::TogglePresenterWindow);
        }
    };
    let tour = view.tour.as_deref();
    let now = dataset.presentation_step(tour, view.step);
    let next = dataset.presentation_step(tour, view.step + 1);
    let len = dataset.presentation_len(tour);
    let counter = tr!(
        lang,
        "slide-counter",
        step = &(view.step + 1).to_string(),
        count = len
    );
    let note_ui = |ui: &mut Ui| {
        ui.label(RichText::new(tr!(lang, "presenter-note")).strong());
        match now.as_ref().and_then(|s| s.note.as_ref()) {
            Some(note) => crate::ui::paragraph_ui(ui, note, lang),
            None => {
                ui.label(tr!(lang, "presenter-no-note"));
            }
        }
    };
    let next_ui = |ui: &mut Ui| {
        ui.label(RichText::new(tr!(lang, "presenter-next")).strong());
        ui.label(step_title(dataset, next.as_ref(), lang));
    };
    if docked {
        // A strip: the note on the left, the next step on the right.
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                // Left-aligned: a justified column stretches the letters of each line.
                let ragged = egui::Layout::top_down(egui::Align::Min);
                left.with_layout(ragged, |left| {
                    left.label(
                        RichText::new(format!(
                            "{counter} · {}",
                            step_title(dataset, now.as_ref(), lang)
                        ))
                        .strong(),
                    );
                    note_ui(left);
                });
                right.with_layout(ragged, |right| {
                    next_ui(right);
                    right.add_space(4.0);
                    right.label(RichText::new(tr!(lang, "presenter-keys")).weak());
                    right.horizontal(|right| {
                        one_line_button_ui(right, lang, actions);
                        move_ui(right, actions);
                    });
                });
            }
        });
    } else {
        ui.label(RichText::new(counter).strong());
        ui.heading(step_title(dataset, now.as_ref(), lang));
        ui.add_space(6.0);
        note_ui(ui);
        ui.add_space(6.0);
        next_ui(ui);
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(lang, "presenter-keys")).weak());
        move_ui(ui, actions);
    }
}
