//! The details pane: the selected summit, exercise or country, or an overview
//! of the organisation when nothing is selected.
//!
//! Every country and event named here is a link that selects it, and every
//! fact shows its sources; CONFLICT and UNVERIFIED facts show their note.

use chrono::{Datelike as _, NaiveDate};
use egui::{RichText, Ui};

use super::{
    confidence_note_ui, date_range_text, headcount_text, kind_color, shown_ui, status_id_color,
    status_label, text_ui,
};
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{
    Compared, Comparison, Dataset, Event, Pair, SummitFormat, Target, Text, is_web_url,
};
use crate::state::{Selection, ViewState};
use crate::tr;

/// The details pane.
pub fn details_panel_ui(
    ui: &mut Ui,
    (dataset, compared): (&Dataset, Option<&Compared>),
    view: &ViewState,
    actions: &mut Vec<Action>,
    focus: bool,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(4.0);
            // An event of the organisation compared with is shown from its own data.
            let compared_event = match (&view.selection, compared) {
                (Selection::Event(id), Some(c)) if dataset.event_index(id).is_none() => {
                    c.dataset.event_index(id).map(|e| (c, e))
                }
                _ => None,
            };
            let kind_dataset = compared_event.map_or(dataset, |(c, _)| &c.dataset);
            // The line naming what is shown ("Summit", "Country", "Overview") can
            // take the keyboard focus, so F6 has somewhere to land in this pane.
            let kind = ui.add(
                egui::Label::new(kind_line(ui, kind_dataset, view))
                    .sense(egui::Sense::focusable_noninteractive()),
            );
            if focus {
                kind.request_focus();
                kind.scroll_to_me(None);
            }
            if kind.has_focus() {
                ui.painter().rect_stroke(
                    kind.rect.expand(2.0),
                    2.0,
                    ui.visuals().selection.stroke,
                    egui::StrokeKind::Outside,
                );
            }
            let lang = view.lang;
            if let Some((compared, e)) = compared_event {
                compared_event_ui(ui, dataset, compared, lang, actions, e);
                return;
            }
            match view.selection.clone() {
                Selection::Event(id) => match dataset.event_index(&id) {
                    Some(e) => {
                        event_ui(ui, dataset, lang, actions, e);
                        if let Some(compared) = compared {
                            let other_index =
                                |code: &str| compared.comparison.pair_of(code).and_then(|p| p.b);
                            also_in_other_ui(
                                ui,
                                (dataset, &compared.dataset),
                                other_index,
                                lang,
                                e,
                            );
                        }
                    }
                    None => overview_ui(ui, dataset, view, actions),
                },
                Selection::Country(code) if compared.is_some() => {
                    let pair = compared.and_then(|c| c.comparison.pair_of(&code));
                    match (compared, pair) {
                        (Some(compared), Some(pair)) => {
                            compare_country_ui(ui, dataset, compared, view, actions, pair);
                            if let Some(index) = pair.a {
                                events_of_country_ui(ui, dataset, lang, actions, index);
                            }
                        }
                        _ => overview_ui(ui, dataset, view, actions),
                    }
                }
                Selection::Country(code) => match dataset.country_index(&code) {
                    Some(c) => country_ui(ui, dataset, view, actions, c),
                    None => overview_ui(ui, dataset, view, actions),
                },
                Selection::None => overview_ui(ui, dataset, view, actions),
            }
        });
}

fn field_ui(ui: &mut Ui, name: &str, value: impl Into<egui::WidgetText>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).strong());
        ui.label(value);
    });
}

/// A field whose value is dataset text: "EN" marks a missing translation.
fn text_field_ui(ui: &mut Ui, name: &str, value: &Text, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).strong());
        text_ui(ui, value, lang);
    });
}

fn country_link_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    code: &str,
) {
    match dataset.country_index(code) {
        Some(c) => {
            let name = dataset.country_name(code, lang);
            if ui.link(name.text).clicked() {
                actions.push(Action::Select(Target::Country(c)));
            }
            if name.fallback {
                super::fallback_badge_ui(ui, lang);
            }
        }
        None => {
            ui.label(code);
        }
    }
}

fn country_links_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    name: &str,
    codes: &[crate::model::CountryCode],
) {
    if codes.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).strong());
        // Commas hug the name before them, as in running text.
        ui.spacing_mut().item_spacing.x = 0.0;
        let comma = tr!(lang, "list-separator");
        for (i, code) in codes.iter().enumerate() {
            country_link_ui(ui, dataset, lang, actions, code);
            if i + 1 < codes.len() {
                ui.label(&comma);
            }
        }
    });
}

fn event_link_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    event: usize,
) {
    let Some(e) = dataset.file().events.get(event) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(e.start.to_string()).monospace().weak());
        let title = e.title.get(lang);
        if ui.link(title.text).clicked() {
            actions.push(Action::Select(Target::Event(event)));
        }
        if title.fallback {
            super::fallback_badge_ui(ui, lang);
        }
    });
}

/// The list of sources, as links for web addresses and as text otherwise.
pub fn sources_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    ids: impl IntoIterator<Item = impl AsRef<str>>,
) {
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(lang, "heading-sources")).strong());
    for id in ids {
        let id = id.as_ref();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("[{id}]")).monospace().weak());
            match dataset.source(id) {
                Some(source) => {
                    let mut title = source.title.clone();
                    if let Some(publisher) = &source.publisher {
                        title = format!("{title} ({publisher})");
                    }
                    if is_web_url(&source.url) {
                        ui.hyperlink_to(title, &source.url)
                            .on_hover_text(&source.url);
                    } else {
                        ui.label(format!("{title} — {}", source.url));
                    }
                }
                None => {
                    ui.label(tr!(lang, "source-unknown"));
                }
            }
        });
    }
}

fn event_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, actions: &mut Vec<Action>, index: usize) {
    let Some(event) = dataset.file().events.get(index) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let kind = dataset.kind_of_event(index);
    super::block_ui(ui, event.title.get(lang), lang, RichText::heading);
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
    if let Some(note) = &event.note {
        ui.add_space(4.0);
        text_field_ui(ui, &tr!(lang, "field-note"), note, lang);
    }
    sources_ui(ui, dataset, lang, &event.sources);
}

/// In compare mode: which of the event's countries (host, participants,
/// observers) also belonged to the other organisation on the event's first day.
fn also_in_other_ui(
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
fn compared_event_ui(
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

/// How a meeting was held, in `lang`.
pub fn format_label(format: SummitFormat, lang: Lang) -> String {
    match format {
        SummitFormat::InPerson => tr!(lang, "format-in-person"),
        SummitFormat::Virtual => tr!(lang, "format-virtual"),
        SummitFormat::Hybrid => tr!(lang, "format-hybrid"),
    }
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
            ui.hyperlink_to(
                crate::ui::presentation::source_short_name(source),
                &source.url,
            )
            .on_hover_text(&source.title);
        }
    });
}

fn country_ui(
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
    super::block_ui(
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
fn status_periods_ui(
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
            ui.label(RichText::new(status_label(dataset, &period.status, lang)).strong());
            let until = period.to.map_or_else(
                || tr!(lang, "period-until-today"),
                |to| dates::partial(lang, to),
            );
            ui.label(tr!(
                lang,
                "period-span",
                from = &dates::partial(lang, period.from),
                to = &until
            ));
            if let Some(e) = period
                .decided_at
                .as_deref()
                .and_then(|id| dataset.event_index(id))
            {
                ui.label(tr!(lang, "decided-at"));
                if let Some(event) = dataset.file().events.get(e)
                    && ui.link(event.title.text(lang)).clicked()
                {
                    actions.push(Action::Select(Target::Event(e)));
                }
            }
        });
        if let Some(note) = &period.note {
            ui.indent(("period note", &period.from), |ui| {
                super::block_ui(ui, note.get(lang), lang, RichText::small);
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
fn events_of_country_ui(
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

/// A small horizontal bar of the country's status periods over the whole history.
fn status_strip_ui(ui: &mut Ui, dataset: &Dataset, index: usize, view: &ViewState) {
    let span = (dataset.first_day(), dataset.last_day());
    status_bar_ui(ui, dataset, index, view, span);
    span_labels_ui(ui, view, span);
}

/// The bar of a country's status periods over `span`, with the date cursor.
fn status_bar_ui(
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
    let width = ui.available_width().min(360.0);
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
        egui::Stroke::new(2.0, super::warning_color(dark)),
    );
}

/// The first and last years under a status bar.
fn span_labels_ui(ui: &mut Ui, view: &ViewState, (first_day, last_day): (NaiveDate, NaiveDate)) {
    let width = ui.available_width().min(360.0);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(dates::year(view.lang, first_day.year()))
                .small()
                .weak(),
        );
        ui.add_space((width - 70.0).max(0.0));
        ui.label(
            RichText::new(dates::year(view.lang, last_day.year()))
                .small()
                .weak(),
        );
    });
}

/// In compare mode, a country's status in both organisations: one bar each on
/// a shared span of years, its periods in each with their notes, confidence
/// and sources (the other organisation's links select in its own data).
fn compare_country_ui(
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
    super::block_ui(
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

fn overview_ui(ui: &mut Ui, dataset: &Dataset, view: &ViewState, actions: &mut Vec<Action>) {
    let lang = view.lang;
    let file = dataset.file();
    let org = &file.organisation;
    ui.heading(tr!(
        lang,
        "organisation-heading",
        name = org.name.text(lang),
        short = org.short_name.text(lang)
    ));
    super::paragraph_ui(ui, &file.description, lang);
    ui.add_space(6.0);
    if !view.start_hint_dismissed {
        start_here_ui(ui, lang, actions);
    }
    field_ui(
        ui,
        &tr!(lang, "field-founded"),
        dated_place(lang, org.founded.date, org.founded.place.as_ref()),
    );
    // The main facts first; the milestones and their notes on the sources after them.
    let languages: Vec<&str> = org.languages.iter().map(|l| l.text(lang)).collect();
    field_ui(
        ui,
        &tr!(lang, "field-languages"),
        languages.join(&tr!(lang, "list-separator")),
    );
    field_ui(
        ui,
        &tr!(lang, "field-on-date", date = &dates::day(lang, view.as_of)),
        headcount_text(dataset, view.as_of, &tr!(lang, "list-separator"), lang),
    );
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(lang, "heading-milestones")).strong());
    confidence_note_ui(ui, &org.founded.confidence, lang);
    for milestone in &org.milestones {
        ui.horizontal_wrapped(|ui| {
            let title = milestone.title.get(lang);
            let name = tr!(lang, "field-name", name = title.text);
            ui.label(RichText::new(name).strong());
            ui.label(dated_place(lang, milestone.date, milestone.place.as_ref()));
            if title.fallback {
                super::fallback_badge_ui(ui, lang);
            }
        });
        confidence_note_ui(ui, &milestone.confidence, lang);
    }
    bodies_ui(ui, dataset, lang, actions);
    ui.add_space(8.0);
    ui.label(RichText::new(tr!(lang, "overview-hint")).weak());
    let mut cited: Vec<crate::model::Id> = org.founded.sources.clone();
    for id in org
        .milestones
        .iter()
        .flat_map(|m| &m.sources)
        .chain(&org.languages_sources)
        .chain(org.bodies.iter().flat_map(|b| &b.sources))
        .chain(org.secretaries_general.iter().flat_map(|s| &s.sources))
    {
        if !cited.contains(id) {
            cited.push(id.clone());
        }
    }
    sources_ui(ui, dataset, lang, &cited);
}

/// "15 June 2001, Shanghai, China", or just the date.
fn dated_place(lang: Lang, date: crate::model::PartialDate, place: Option<&Text>) -> String {
    let date = dates::partial(lang, date);
    match place {
        Some(place) => tr!(lang, "date-place", date = &date, place = place.text(lang)),
        None => date,
    }
}

/// The organisation's bodies and its Secretaries-General.
fn bodies_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, actions: &mut Vec<Action>) {
    let org = &dataset.file().organisation;
    if !org.bodies.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(lang, "heading-bodies")).strong());
        for body in &org.bodies {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                shown_ui(ui, body.name.get(lang), lang, RichText::strong);
                if let Some(seat) = &body.seat {
                    ui.label(format!("({})", seat.text(lang)));
                }
                text_ui(ui, &body.description, lang);
            });
            confidence_note_ui(ui, &body.confidence, lang);
        }
    }
    if !org.secretaries_general.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(lang, "heading-secretaries-general")).strong());
        for sg in &org.secretaries_general {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                shown_ui(ui, sg.name.get(lang), lang, RichText::strong);
                ui.label("(");
                country_link_ui(ui, dataset, lang, actions, &sg.country);
                ui.label(")");
                let until = sg
                    .to
                    .map_or_else(|| tr!(lang, "sg-in-office"), |to| to.to_string());
                ui.label(tr!(
                    lang,
                    "period-span",
                    from = &sg.from.to_string(),
                    to = &until
                ));
            });
            if let Some(note) = &sg.note {
                ui.indent(("sg note", sg.name.en()), |ui| {
                    super::block_ui(ui, note.get(lang), lang, RichText::small);
                });
            }
            confidence_note_ui(ui, &sg.confidence, lang);
        }
    }
}

/// "17", or "28 and 29" for a joint meeting; `None` without numbers.
fn numbers_text(numbers: &[u32], lang: Lang) -> Option<String> {
    let (last, rest) = numbers.split_last()?;
    Some(if rest.is_empty() {
        last.to_string()
    } else {
        let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
        tr!(
            lang,
            "numbers-joint",
            first = &rest.join(&tr!(lang, "list-separator")),
            last = &last.to_string()
        )
    })
}

/// The first thing a new student sees: four ways in, and how to put it away.
fn start_here_ui(ui: &mut Ui, lang: Lang, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, ui.visuals().selection.stroke.color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(tr!(lang, "start-here")).strong());
            for id in [
                "start-here-country",
                "start-here-marker",
                "start-here-date",
                "start-here-present",
            ] {
                ui.label(format!("• {}", tr!(lang, id)));
            }
            if ui.button(tr!(lang, "start-here-got-it")).clicked() {
                actions.push(Action::DismissStartHint);
            }
        });
    ui.add_space(6.0);
}

/// What the pane shows, in one word or two: the event's kind (in its colour),
/// "Country" (or "Organisation (not a state)"), or "Overview".
fn kind_line(ui: &Ui, dataset: &Dataset, view: &ViewState) -> RichText {
    let dark = ui.visuals().dark_mode;
    let lang = view.lang;
    match view.selected(dataset) {
        Some(Target::Event(e)) => match dataset.kind_of_event(e) {
            Some(kind) => RichText::new(kind.label.text(lang))
                .color(kind_color(kind, dark))
                .strong(),
            None => RichText::new(tr!(lang, "details-kind-event")).strong(),
        },
        Some(Target::Country(c)) => {
            let state = dataset.file().countries.get(c).is_none_or(|c| c.state);
            RichText::new(if state {
                tr!(lang, "details-kind-country")
            } else {
                tr!(lang, "details-kind-organisation")
            })
            .weak()
        }
        // Comparing, a country only the other organisation lists.
        None if matches!(view.selection, Selection::Country(_)) => {
            RichText::new(tr!(lang, "details-kind-country")).weak()
        }
        None => RichText::new(tr!(lang, "details-kind-overview")).weak(),
    }
}
