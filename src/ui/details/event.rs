//! The details of a summit, meeting, exercise or drill: when, where (with its
//! point and the point's source), who took part, outcomes, notes, sources.

use super::widgets::{
    country_link_ui, country_links_ui, field_ui, format_label, numbers_text, sources_ui,
    text_field_ui,
};
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{Dataset, Event};
use crate::tr;
use crate::ui::{confidence_note_ui, date_range_text, status_id_color, status_label, text_ui};
use egui::{RichText, Ui};

pub(super) fn event_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    index: usize,
) {
    let Some(event) = dataset.file().events.get(index) else {
        return;
    };
    let kind = dataset.kind_of_event(index);
    crate::ui::block_ui(ui, event.title.get(lang), lang, RichText::heading);
    confidence_note_ui(ui, &event.confidence, lang);
    ui.add_space(4.0);
    field_ui(
        ui,
        &tr!(lang, "field-when"),
        date_range_text(event.start, event.end, lang),
    );
    place_ui(ui, dataset, lang, actions, event);
    if let Some(series) = &event.series {
        text_field_ui(ui, &tr!(lang, "field-series"), series, lang);
    }
    if kind.is_some_and(|k| k.numbered) {
        if let Some(numbers) = numbers_text(&event.numbers, lang) {
            field_ui(
                ui,
                &tr!(lang, "field-number"),
                tr!(lang, "number-in-series", numbers = &numbers),
            );
        }
        if let Some(format) = event.format {
            field_ui(ui, &tr!(lang, "field-format"), format_label(format, lang));
        }
    }
    let participants = tr!(lang, "field-participants");
    country_links_ui(
        ui,
        dataset,
        lang,
        actions,
        &participants,
        &event.participants,
    );
    let observers = tr!(lang, "field-observers");
    country_links_ui(ui, dataset, lang, actions, &observers, &event.observers);
    if let Some(size) = &event.size {
        text_field_ui(ui, &tr!(lang, "field-size"), size, lang);
    }
    if !event.outcomes.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new(tr!(lang, "heading-outcomes")).strong());
        for outcome in &event.outcomes {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                text_ui(ui, outcome, lang);
            });
        }
    }
    decisions_ui(ui, dataset, lang, actions, index);
    if let Some(note) = &event.note {
        ui.add_space(4.0);
        text_field_ui(ui, &tr!(lang, "field-note"), note, lang);
    }
    sources_ui(ui, dataset, lang, &event.sources);
}

fn place_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, actions: &mut Vec<Action>, event: &Event) {
    if event.place.city.is_none() && event.place.country.is_none() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!(lang, "field-where")).strong());
        if let Some(city) = &event.place.city {
            text_ui(ui, city, lang);
        }
        if let Some(code) = &event.place.country {
            if event.place.city.is_some() {
                ui.label("—");
            }
            country_link_ui(ui, dataset, lang, actions, code);
        }
    });
    coordinates_ui(ui, dataset, lang, &event.place);
}

/// Where the place's dot stands and who says so, or that an area has none.
fn coordinates_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, place: &crate::model::Place) {
    if place.area {
        ui.label(RichText::new(tr!(lang, "place-area")).weak());
        return;
    }
    let (Some(lat), Some(lon)) = (place.lat, place.lon) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(crate::i18n::coordinates(lang, lat, lon)).weak());
        if let Some(source) = place
            .located_by
            .as_deref()
            .and_then(|id| dataset.source(id))
        {
            ui.hyperlink_to(crate::ui::slides::source_short_name(source), &source.url)
                .on_hover_text(&source.title);
        }
    });
}

/// The statuses decided at an event: each country (a link) and its new status.
fn decisions_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    index: usize,
) {
    let dark = ui.visuals().dark_mode;
    let decisions = dataset.decisions_at(index);
    if !decisions.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new(tr!(lang, "heading-status-decisions")).strong());
        for decision in decisions {
            let Some(country) = dataset.file().countries.get(decision.country) else {
                continue;
            };
            let Some(period) = country.statuses.get(decision.period) else {
                continue;
            };
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                country_link_ui(ui, dataset, lang, actions, &country.code);
                ui.label(
                    RichText::new(status_label(dataset, &period.status, lang))
                        .color(status_id_color(dataset, &period.status, dark)),
                );
                ui.label(tr!(
                    lang,
                    "status-from",
                    date = &dates::partial_since(lang, period.from)
                ));
            });
        }
    }
}
