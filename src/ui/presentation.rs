//! Presentation mode: one full-screen slide per step of a tour (or of the
//! whole history), large type on a high-contrast theme, driven by the
//! keyboard or a presentation clicker (which sends PageUp/PageDown), and an
//! optional presenter view with the teacher's note and the next step.

use egui::{Align2, Color32, FontId, RichText, Stroke, Ui, Visuals};

use super::{date_range_text, kind_color, status_id_color, status_label};
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{Dataset, Step, Target, country_name, year_f64_from_date};
use crate::state::ViewState;
use crate::tr;

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

/// The slide for the current step, filling `ui`.
pub fn presentation_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let len = dataset.presentation_len(view.tour.as_deref());
    view.step = view.step.min(len.saturating_sub(1));
    let dark = ui.visuals().dark_mode;
    let visuals = high_contrast_visuals(dark);
    let background = visuals.panel_fill;
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(background).inner_margin(24.0))
        .show(ui, |ui| {
            ui.style_mut().visuals = visuals;
            header_ui(ui, dataset, view, len, actions);
            let step = dataset.presentation_step(view.tour.as_deref(), view.step);
            let strip_height = 90.0;
            let body_height = (ui.available_height() - strip_height).max(100.0);
            egui::ScrollArea::vertical()
                .max_height(body_height)
                .auto_shrink([false, true])
                .show(ui, |ui| match step.as_ref().map(|s| s.target) {
                    Some(Target::Event(e)) => event_slide_ui(ui, dataset, view.lang, e),
                    Some(Target::Country(c)) => country_slide_ui(ui, dataset, view.lang, c),
                    None => {
                        ui.heading(tr!(view.lang, "slide-no-steps"));
                    }
                });
            ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
                strip_ui(ui, dataset, view, len, strip_height);
            });
        });
    if view.presenter_view {
        presenter_view_ui(ui.ctx(), dataset, view);
    }
}

fn header_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &mut ViewState,
    len: usize,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        let tours = &dataset.file().tours;
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
                let mut changed = ui
                    .selectable_value(&mut view.tour, None, all_events.as_str())
                    .changed();
                for tour in tours {
                    changed |= ui
                        .selectable_value(
                            &mut view.tour,
                            Some(tour.id.to_string()),
                            tour.title.text(lang),
                        )
                        .changed();
                }
                changed
            });
        combo.response.labelled_by(label.id);
        if combo.inner == Some(true) {
            view.step = 0;
        }
        ui.label(
            RichText::new(tr!(
                lang,
                "slide-step-of",
                step = view.step + 1,
                count = len
            ))
            .strong(),
        );
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
    });
    ui.separator();
}

fn big(text: impl Into<String>, size: f32) -> RichText {
    RichText::new(text).font(FontId::proportional(size))
}

fn event_slide_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, index: usize) {
    let Some(event) = dataset.file().events.get(index) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let kind = dataset.kind_of_event(index);
    ui.label(
        big(
            kind.map_or(event.kind.as_str(), |k| k.label.text(lang)),
            20.0,
        )
        .color(kind.map_or(ui.visuals().text_color(), |k| kind_color(k, dark)))
        .strong(),
    );
    super::block_ui(ui, event.title.get(lang), lang, |t| {
        t.font(FontId::proportional(40.0)).strong()
    });
    ui.add_space(4.0);
    ui.label(big(date_range_text(event.start, event.end, lang), 26.0));
    if let Some(place) = super::place_text(dataset, event, lang) {
        ui.label(big(place, 24.0));
    }
    ui.add_space(12.0);
    for outcome in event.outcomes.iter().take(6) {
        super::block_ui(ui, outcome.get(lang), lang, |t| {
            RichText::new(format!("• {}", t.text())).font(FontId::proportional(22.0))
        });
    }
    let decisions = dataset.decisions_at(index);
    if !decisions.is_empty() {
        ui.add_space(6.0);
        let text: Vec<String> = decisions
            .iter()
            .filter_map(|d| {
                let country = dataset.file().countries.get(d.country)?;
                let period = country.statuses.get(d.period)?;
                Some(tr!(
                    lang,
                    "slide-decision",
                    country = country_name(country, lang).text,
                    status = status_label(dataset, &period.status, lang)
                ))
            })
            .collect();
        ui.label(big(
            tr!(
                lang,
                "slide-status-decisions",
                decisions = &text.join(" · ")
            ),
            22.0,
        ));
    }
    let separator = tr!(lang, "list-separator");
    if kind.is_some_and(|k| !k.numbered) && !event.participants.is_empty() {
        let names: Vec<&str> = event
            .participants
            .iter()
            .map(|c| dataset.country_name(c, lang).text)
            .collect();
        ui.label(big(
            tr!(lang, "slide-participants", names = &names.join(&separator)),
            22.0,
        ));
    }
    if let Some(size) = &event.size {
        ui.label(big(tr!(lang, "slide-size", size = size.text(lang)), 22.0));
    }
    if let Some(note) = event.confidence.note() {
        ui.add_space(8.0);
        let heading = if matches!(event.confidence, crate::model::Confidence::Conflict(_)) {
            tr!(lang, "confidence-conflict")
        } else {
            tr!(lang, "confidence-unverified")
        };
        super::block_ui(ui, note.get(lang), lang, |t| {
            RichText::new(format!("⚠ {heading} {}", t.text())).font(FontId::proportional(18.0))
        });
    }
    ui.add_space(6.0);
    ui.label(big(
        tr!(lang, "slide-sources", ids = &event.sources.join(&separator)),
        16.0,
    ));
}

fn country_slide_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, index: usize) {
    let Some(country) = dataset.file().countries.get(index) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    ui.label(big(tr!(lang, "details-kind-country"), 20.0).strong());
    super::block_ui(ui, country_name(country, lang), lang, |t| {
        t.font(FontId::proportional(40.0)).strong()
    });
    for period in &country.statuses {
        let until = period.to.map_or_else(
            || tr!(lang, "period-until-today"),
            |to| dates::partial(lang, to),
        );
        ui.horizontal(|ui| {
            ui.label(big("■", 22.0).color(status_id_color(dataset, &period.status, dark)));
            ui.label(big(
                tr!(
                    lang,
                    "slide-period",
                    status = status_label(dataset, &period.status, lang),
                    from = &dates::partial(lang, period.from),
                    to = &until
                ),
                22.0,
            ));
        });
    }
}

/// The strip at the bottom: where every step sits in history, the current one highlighted.
fn strip_ui(ui: &mut Ui, dataset: &Dataset, view: &ViewState, len: usize, height: f32) {
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
    let axis_y = rect.center().y + 10.0;
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
        let highlight = super::warning_color(ui.visuals().dark_mode);
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
        let label = match current.map(|s| s.target) {
            Some(Target::Event(e)) => dataset.file().events.get(e).map(|e| {
                tr!(
                    view.lang,
                    "slide-strip-label",
                    title = e.title.text(view.lang),
                    year = &dates::year(view.lang, e.start.year())
                )
            }),
            Some(Target::Country(c)) => dataset
                .file()
                .countries
                .get(c)
                .map(|c| country_name(c, view.lang).text.to_owned()),
            None => None,
        };
        painter.text(
            egui::pos2(x, axis_y - 14.0),
            anchor,
            label.unwrap_or_default(),
            FontId::proportional(16.0),
            text,
        );
    }
}

fn step_title(dataset: &Dataset, step: Option<&Step>, lang: Lang) -> String {
    match step.map(|s| s.target) {
        Some(Target::Event(e)) => dataset
            .file()
            .events
            .get(e)
            .map_or_else(String::new, |e| e.title.text(lang).to_owned()),
        Some(Target::Country(c)) => dataset
            .file()
            .countries
            .get(c)
            .map_or_else(String::new, |c| country_name(c, lang).text.to_owned()),
        None => tr!(lang, "slide-end-of-tour"),
    }
}

/// The presenter view: a second window (or, where the platform has only one, a window inside the main one).
fn presenter_view_ui(ctx: &egui::Context, dataset: &Dataset, view: &mut ViewState) {
    let tour = view.tour.clone();
    let now = dataset.presentation_step(tour.as_deref(), view.step);
    let next = dataset.presentation_step(tour.as_deref(), view.step + 1);
    let len = dataset.presentation_len(tour.as_deref());
    let step = view.step;
    let lang = view.lang;
    // Small, so that where the platform has one window only (the view is then drawn
    // inside the slide) it hides as little of the slide as possible.
    let size = egui::vec2(480.0, 250.0);
    let close = ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("sco_presenter_view"),
        egui::ViewportBuilder::default()
            .with_title(tr!(lang, "presenter-title"))
            .with_inner_size(size),
        |ui, _class| {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.label(
                    RichText::new(tr!(lang, "slide-step-of", step = step + 1, count = len))
                        .strong(),
                );
                ui.heading(step_title(dataset, now.as_ref(), lang));
                ui.add_space(6.0);
                ui.label(RichText::new(tr!(lang, "presenter-note")).strong());
                match now.as_ref().and_then(|s| s.note.as_ref()) {
                    Some(note) => super::paragraph_ui(ui, note, lang),
                    None => {
                        ui.label(tr!(lang, "presenter-no-note"));
                    }
                }
                ui.add_space(6.0);
                ui.label(RichText::new(tr!(lang, "presenter-next")).strong());
                ui.label(step_title(dataset, next.as_ref(), lang));
                ui.add_space(6.0);
                ui.label(RichText::new(tr!(lang, "presenter-keys")).weak());
            });
            ui.input(|i| i.viewport().close_requested())
        },
    );
    if close {
        view.presenter_view = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::contrast_ratio;
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
            assert!(contrast_ratio(crate::ui::warning_color(dark), background) >= 4.5);
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
