//! The details pane in compare mode: an event of the other organisation with
//! the countries also in the first, and a country's history in both.

use super::country::{span_labels_ui, status_bar_ui, status_periods_ui};
use super::event::event_ui;
use super::widgets::sources_ui;
use crate::actions::Action;
use crate::i18n::Lang;
use crate::model::{Compared, Comparison, Dataset, Pair, Target};
use crate::state::ViewState;
use crate::tr;
use egui::{RichText, Ui};

/// In compare mode: which of the event's countries (host, participants,
/// observers) also belonged to the other organisation on the event's first day.
pub(super) fn also_in_other_ui(
    ui: &mut Ui,
    (dataset, other): (&Dataset, &Dataset),
    other_index: impl Fn(&str) -> Option<usize>,
    lang: Lang,
    index: usize,
) {
    let Some(event) = dataset.file().events.get(index) else {
        return;
    };
    let day = event.start.first_day();
    let mut names: Vec<&str> = Vec::new();
    let codes = event
        .place
        .country
        .iter()
        .chain(&event.participants)
        .chain(&event.observers);
    for code in codes {
        let in_other = other_index(code).is_some_and(|j| other.status_on(j, day).is_some());
        let name = dataset.country_name(code, lang).text;
        if in_other && !names.contains(&name) {
            names.push(name);
        }
    }
    let org = other.file().organisation.short_name.text(lang);
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(lang, "compare-also-in", org = org)).strong());
    if names.is_empty() {
        ui.label(RichText::new(tr!(lang, "compare-also-in-none", org = org)).weak());
    } else {
        ui.label(names.join(&tr!(lang, "list-separator")));
    }
}

/// An event of the organisation compared with: drawn from its own data, its
/// links turned into selections there, then which of its countries also
/// belonged to the first organisation that day.
pub(super) fn compared_event_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    compared: &Compared,
    lang: Lang,
    actions: &mut Vec<Action>,
    index: usize,
) {
    let other = &compared.dataset;
    let mut inner = Vec::new();
    event_ui(ui, other, lang, &mut inner, index);
    remap_compared_actions(compared, inner, actions);
    let first_index = |code: &str| compared.comparison.pair_of(code).and_then(|p| p.a);
    also_in_other_ui(ui, (other, dataset), first_index, lang, index);
}

/// Actions from a pane drawn from the compared organisation's data, which name
/// its events and countries by their indices there, made to select them there.
fn remap_compared_actions(compared: &Compared, inner: Vec<Action>, actions: &mut Vec<Action>) {
    let other = &compared.dataset;
    for action in inner {
        actions.extend(match action {
            Action::Select(Target::Event(e)) => Some(Action::SelectComparedEvent(e)),
            Action::Select(Target::Country(c)) => other
                .file()
                .countries
                .get(c)
                .and_then(|country| compared.comparison.index_of(&country.code))
                .map(Action::SelectCompared),
            other_action => Some(other_action),
        });
    }
}

/// In compare mode, a country's status in both organisations: one bar each on
/// a shared span of years, its periods in each with their notes, confidence
/// and sources (the other organisation's links select in its own data).
pub(super) fn compare_country_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    compared: &Compared,
    view: &ViewState,
    actions: &mut Vec<Action>,
    pair: Pair,
) {
    let lang = view.lang;
    let other = &compared.dataset;
    let Some(country) = Comparison::country(pair, dataset, other) else {
        return;
    };
    crate::ui::block_ui(
        ui,
        crate::model::country_name(country, lang),
        lang,
        RichText::heading,
    );
    ui.add_space(4.0);
    ui.label(RichText::new(tr!(lang, "compare-history")).strong());
    let span = crate::model::date_span(dataset, Some(compared));
    for (d, index, is_other) in [(dataset, pair.a, false), (other, pair.b, true)] {
        let org = d.file().organisation.short_name.text(lang);
        ui.add_space(4.0);
        ui.label(RichText::new(org).strong());
        let Some(index) = index else {
            ui.label(RichText::new(tr!(lang, "compare-never", org = org)).weak());
            continue;
        };
        status_bar_ui(ui, d, index, view, span);
        span_labels_ui(ui, view, span);
        if is_other {
            let mut inner = Vec::new();
            let cited = status_periods_ui(ui, d, lang, &mut inner, index);
            remap_compared_actions(compared, inner, actions);
            sources_ui(ui, d, lang, &cited);
        } else {
            let cited = status_periods_ui(ui, d, lang, actions, index);
            sources_ui(ui, d, lang, &cited);
        }
    }
}
