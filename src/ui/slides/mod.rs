//! Presentation mode: one full-screen slide per step of a tour (or of the
//! whole history), large type on a high-contrast theme, driven by the
//! keyboard or a presentation clicker (which sends PageUp/PageDown), and an
//! optional presenter view with the teacher's note and the next step.
//!
//! A slide never scrolls: its text is fitted to the space between the heading
//! row and the strip (see [`layout`]): type shrinks down to a
//! readable floor, and what still does not fit continues on a further page
//! ("2a", "2b") that the clicker steps through like any slide. Event and
//! country slides show the map beside the text.

mod body;
mod content;
pub mod layout;
mod lesson_slide;
mod memberships_slide;
mod memory;
mod overlays;
mod presenter;
mod slide_map;
mod text_pages;
mod words;

pub use content::source_short_name;
#[cfg(feature = "screenshot")]
pub use content::step_title;
pub use lesson_slide::{LessonSlide, SlideKind, lesson_presentation_ui};
pub use memory::SlideMemory;

use crate::actions::Action;
use crate::model::Dataset;
use crate::on_screen::OnScreen;
use crate::state::ViewState;
use crate::tr;
use body::body_ui;
use egui::{Color32, FontId, Rect, RichText, Stroke, Ui, Visuals};
use layout::step_label;
use overlays::{flash_ui, spotlight_ui};
pub use presenter::presenter_is_compact;
use presenter::{presenter_view_ui, strip_ui};
use words::SlideWords;

/// The high-contrast look of the slides: black on white or white on black.
pub fn high_contrast_visuals(dark: bool) -> Visuals {
    let (mut visuals, text, background) = if dark {
        (Visuals::dark(), Color32::WHITE, Color32::BLACK)
    } else {
        (Visuals::light(), Color32::BLACK, Color32::WHITE)
    };
    visuals.override_text_color = Some(text);
    visuals.panel_fill = background;
    visuals.window_fill = background;
    visuals.extreme_bg_color = background;
    visuals.hyperlink_color = if dark {
        Color32::from_rgb(0x8c, 0xc8, 0xff)
    } else {
        Color32::from_rgb(0x00, 0x3d, 0x99)
    };
    for widget in [
        &mut visuals.widgets.noninteractive,
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
    ] {
        widget.fg_stroke = Stroke::new(widget.fg_stroke.width.max(1.5), text);
    }
    visuals
}

/// The slide for the current step, filling `ui`, and the presenter view when it is on.
pub fn presentation_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    view: &ViewState,
    memory: &mut SlideMemory,
    actions: &mut Vec<Action>,
) {
    let (dataset, compared, map) = (shown.dataset, shown.compared(), shown.map);
    let len = dataset.presentation_len(view.tour.as_deref());
    let dark = ui.visuals().dark_mode;
    let visuals = high_contrast_visuals(dark);
    let background = visuals.panel_fill;
    let now = ui.input(|i| i.time);
    let elapsed = now - *memory.presenting_since.get_or_insert(now);
    if view.presenter_view {
        presenter_view_ui(ui, (dataset, view), &visuals, elapsed, actions);
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(background).inner_margin(16.0))
        .show(ui, |ui| {
            ui.style_mut().visuals = visuals;
            memory.slide_rect = Some(ui.max_rect());
            let shown_label = counter_text(view, memory.pages.max(1), len);
            header_ui(ui, dataset, view, &shown_label, actions);
            let available = ui.available_rect_before_wrap();
            let strip_height = (available.height() * 0.16).clamp(64.0, 90.0);
            let body = Rect::from_min_max(
                available.min,
                egui::pos2(available.max.x, available.max.y - strip_height),
            );
            memory.body_rect = Some(body);
            let step = dataset.presentation_step(view.tour.as_deref(), view.step);
            body_ui(
                ui,
                (dataset, compared, shown.region),
                map,
                (view, step, &SlideWords::default()),
                memory,
                body,
            );
            // The header was drawn with last frame's page count: if this step
            // splits differently, draw the frame again rather than show a wrong "2a".
            if counter_text(view, memory.pages, len) != shown_label {
                ui.ctx().request_discard("the slide's page count changed");
            }
            ui.advance_cursor_after_rect(body);
            strip_ui(ui, dataset, view, len, strip_height);
        });
    flash_ui(ui.ctx(), memory);
    spotlight_ui(ui.ctx(), memory);
}

/// "5 / 12", or "2b / 12" on the second page of a split slide.
fn counter_text(view: &ViewState, pages: usize, len: usize) -> String {
    let page = view.page.min(pages.saturating_sub(1));
    tr!(
        view.lang,
        "slide-counter",
        step = &step_label(view.step, page, pages),
        count = len
    )
}

fn header_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    counter: &str,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(counter)
                .font(FontId::proportional(30.0))
                .strong(),
        );
        ui.add_space(12.0);
        let tours = &dataset.file().tours;
        if view.printing {
            // On paper: the tour's title, no controls.
            if let Some(tour) = view
                .tour
                .as_deref()
                .and_then(|id| tours.iter().find(|t| t.id == id))
            {
                ui.label(RichText::new(tour.title.text(lang)).font(FontId::proportional(18.0)));
            }
            return;
        }
        let all_events = tr!(lang, "slide-all-events");
        let current = view
            .tour
            .as_deref()
            .and_then(|id| tours.iter().find(|t| t.id == id))
            .map_or(all_events.as_str(), |t| t.title.text(lang));
        let label = ui.label(tr!(lang, "slide-tour"));
        let combo = egui::ComboBox::from_id_salt("tour")
            .selected_text(current)
            .show_ui(ui, |ui| {
                let choices = std::iter::once((None, all_events.as_str())).chain(
                    tours
                        .iter()
                        .map(|t| (Some(t.id.to_string()), t.title.text(lang))),
                );
                for (id, title) in choices {
                    let current = view.tour == id;
                    if ui.selectable_label(current, title).clicked() && !current {
                        actions.push(Action::ChooseTour(id));
                    }
                }
            });
        combo.response.labelled_by(label.id);
        slide_buttons_ui(ui, view, actions);
    });
    ui.separator();
}

/// The header's buttons on the right: leave, and the presenter view.
fn slide_buttons_ui(ui: &mut Ui, view: &ViewState, actions: &mut Vec<Action>) {
    let lang = view.lang;
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        if ui.button(tr!(lang, "slide-leave")).clicked() {
            actions.push(Action::LeavePresentation);
        }
        if ui
            .selectable_label(view.presenter_view, tr!(lang, "slide-presenter-view"))
            .clicked()
        {
            actions.push(Action::TogglePresenterView);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fonts::contrast_ratio;
    use crate::ui::warning_color;
    use crate::ui::{kind_color, status_color};

    #[test]
    fn slide_text_and_accents_meet_wcag_aa() {
        for dark in [false, true] {
            let visuals = high_contrast_visuals(dark);
            let background = visuals.panel_fill;
            let text = visuals.override_text_color.unwrap();
            assert!(contrast_ratio(text, background) >= 7.0, "text, dark={dark}");
            assert!(
                contrast_ratio(visuals.hyperlink_color, background) >= 4.5,
                "links, dark={dark}"
            );
            assert!(contrast_ratio(warning_color(dark), background) >= 4.5);
            // The bundled datasets' colours are chosen to read on slides too.
            for dataset in crate::model::bundled_datasets() {
                for kind in dataset.kinds() {
                    let ratio = contrast_ratio(kind_color(kind, dark), background);
                    assert!(ratio >= 4.5, "{} dark={dark}: {ratio:.2}", kind.id);
                }
                for status in dataset.statuses() {
                    let ratio = contrast_ratio(status_color(status, dark), background);
                    assert!(ratio >= 4.5, "{} dark={dark}: {ratio:.2}", status.id);
                }
            }
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
    }
}
