//! The details of a country: its status periods with their notes and
//! sources, a strip of its statuses over the years, and its events.

use super::widgets::{event_link_ui, field_ui, sources_ui, text_field_ui};
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{Dataset, Target};
use crate::state::ViewState;
use crate::tr;
use crate::ui::{confidence_note_ui, status_id_color, status_label, whole_label, whole_link};
use chrono::{Datelike as _, NaiveDate};
use egui::{RichText, Ui};

pub(super) fn country_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    actions: &mut Vec<Action>,
    index: usize,
) {
    let Some(country) = dataset.file().countries.get(index) else {
        return;
    };
    let lang = view.lang;
    crate::ui::block_ui(
        ui,
        crate::model::country_name(country, lang),
        lang,
        RichText::heading,
    );
    if !country.state {
        ui.label(RichText::new(tr!(lang, "country-not-a-state")).weak());
    }
    // The name in the other two languages, so a class can say it in each.
    let others: Vec<&str> = Lang::ALL
        .into_iter()
        .filter(|&other| other != lang)
        .map(|other| crate::model::country_name(country, other))
        .filter(|name| !name.fallback || lang != Lang::En)
        .map(|name| name.text)
        .filter(|name| *name != crate::model::country_name(country, lang).text)
        .collect();
    if !others.is_empty() {
        ui.label(RichText::new(others.join(" · ")).weak());
    }
    let now = dataset.status_on(index, view.as_of);
    field_ui(
        ui,
        &tr!(lang, "field-on-date", date = &dates::day(lang, view.as_of)),
        now.map_or_else(
            || tr!(lang, "status-none"),
            |p| status_label(dataset, &p.status, lang).to_owned(),
        ),
    );
    if let Some(note) = &country.note {
        text_field_ui(ui, &tr!(lang, "field-note"), note, lang);
    }

    ui.add_space(6.0);
    ui.label(RichText::new(tr!(lang, "heading-status-history")).strong());
    status_strip_ui(ui, dataset, index, view);
    let cited = status_periods_ui(ui, dataset, lang, actions, index);
    events_of_country_ui(ui, dataset, lang, actions, index);
    sources_ui(ui, dataset, lang, &cited);
}

/// A country's status periods, each with its dates, the event that decided it,
/// its note and its confidence; returns the sources they cite.
pub(super) fn status_periods_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    index: usize,
) -> Vec<crate::model::Id> {
    let Some(country) = dataset.file().countries.get(index) else {
        return Vec::new();
    };
    let dark = ui.visuals().dark_mode;
    let mut cited: Vec<crate::model::Id> = Vec::new();
    for period in &country.statuses {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("■").color(status_id_color(dataset, &period.status, dark)));
            whole_label(
                ui,
                RichText::new(status_label(dataset, &period.status, lang)).strong(),
            );
            let until = period.to.map_or_else(
                || tr!(lang, "period-until-today"),
                |to| dates::partial(lang, to),
            );
            whole_label(
                ui,
                tr!(
                    lang,
                    "period-span",
                    from = &dates::partial(lang, period.from),
                    to = &until
                ),
            );
            if let Some(e) = period
                .decided_at
                .as_deref()
                .and_then(|id| dataset.event_index(id))
            {
                whole_label(ui, tr!(lang, "decided-at"));
                if let Some(event) = dataset.file().events.get(e)
                    && whole_link(ui, event.title.text(lang)).clicked()
                {
                    actions.push(Action::Select(Target::Event(e)));
                }
            }
        });
        if let Some(note) = &period.note {
            ui.indent(("period note", &period.from), |ui| {
                crate::ui::block_ui(ui, note.get(lang), lang, RichText::small);
            });
        }
        confidence_note_ui(ui, &period.confidence, lang);
        for id in &period.sources {
            if !cited.contains(id) {
                cited.push(id.clone());
            }
        }
    }
    cited
}

/// The events a country hosted (of the first kind) and took part in.
pub(super) fn events_of_country_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    index: usize,
) {
    let hosted: Vec<usize> = dataset.hosted_main_events(index).collect();
    if let Some(main) = dataset.kinds().first()
        && !hosted.is_empty()
    {
        ui.add_space(6.0);
        ui.label(
            RichText::new(tr!(
                lang,
                "heading-hosted",
                kinds = main.plural.text(lang),
                count = hosted.len()
            ))
            .strong(),
        );
        for e in hosted {
            event_link_ui(ui, dataset, lang, actions, e);
        }
    }
    let took_part: Vec<usize> = dataset
        .events_of_country(index)
        .iter()
        .copied()
        .filter(|&e| dataset.kind_of_event(e).is_some_and(|kind| !kind.numbered))
        .collect();
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(lang, "heading-took-part", count = took_part.len())).strong());
    if took_part.is_empty() {
        ui.label(RichText::new(tr!(lang, "took-part-none")).weak());
    }
    for e in took_part {
        event_link_ui(ui, dataset, lang, actions, e);
    }
}

/// The status strip's width at most: wider panes leave it this long.
const STRIP_MAX_WIDTH: f32 = 360.0;

/// A small horizontal bar of the country's status periods over the whole history.
fn status_strip_ui(ui: &mut Ui, dataset: &Dataset, index: usize, view: &ViewState) {
    let span = (dataset.first_day(), dataset.last_day());
    status_bar_ui(ui, dataset, index, view, span);
    span_labels_ui(ui, view, span);
}

/// The bar of a country's status periods over `span`, with the date cursor.
pub(super) fn status_bar_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    index: usize,
    view: &ViewState,
    (first_day, last_day): (NaiveDate, NaiveDate),
) {
    let Some(country) = dataset.file().countries.get(index) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let width = ui.available_width().min(STRIP_MAX_WIDTH);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 14.0), egui::Sense::hover());
    let first = crate::model::year_f64_from_date(first_day);
    let last = crate::model::year_f64_from_date(last_day).max(first + 1.0);
    let x_of = |year: f64| rect.left() + ((year - first) / (last - first)) as f32 * rect.width();
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
    for period in &country.statuses {
        let from = x_of(period.from.as_year_f64());
        let to = x_of(
            period
                .to
                .map_or(last, crate::model::PartialDate::as_year_f64),
        );
        let r = egui::Rect::from_x_y_ranges(from..=to.max(from + 1.0), rect.y_range());
        painter.rect_filled(r, 0.0, status_id_color(dataset, &period.status, dark));
    }
    let cursor = x_of(crate::model::year_f64_from_date(view.as_of));
    painter.vline(
        cursor,
        rect.y_range(),
        egui::Stroke::new(2.0, crate::ui::warning_color(dark)),
    );
}

/// The first and last years under a status bar, at its two ends. The row is
/// exactly as wide as the bar: labels laid out with a spacer could overrun it
/// (wider years, as "1996 г.") and push the whole pane wider.
pub(super) fn span_labels_ui(
    ui: &mut Ui,
    view: &ViewState,
    (first_day, last_day): (NaiveDate, NaiveDate),
) {
    let width = ui.available_width().min(STRIP_MAX_WIDTH);
    let height = ui.text_style_height(&egui::TextStyle::Small);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    // A child that is not allocated in the pane: nothing here can widen it.
    let mut row = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
    );
    let year = |day: NaiveDate| {
        RichText::new(dates::year(view.lang, day.year()))
            .small()
            .weak()
    };
    row.label(year(first_day));
    row.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(year(last_day));
    });
}
