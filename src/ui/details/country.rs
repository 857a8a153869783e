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
    let times: Vec<(f64, f64)> = country
        .statuses
        .iter()
        .map(|p| {
            let to = p.to.map_or(last, crate::model::PartialDate::as_year_f64);
            (p.from.as_year_f64(), to)
        })
        .collect();
    let exact: Vec<(f32, f32)> = times.iter().map(|&(a, b)| (x_of(a), x_of(b))).collect();
    let spans = visible_spans(&exact, rect.x_range(), MIN_PERIOD_WIDTH);
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
    // Widened periods last, over the neighbours they borrowed from.
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| spans.get(i) != exact.get(i));
    for i in order {
        let (Some(period), Some(&(from, to))) = (country.statuses.get(i), spans.get(i)) else {
            continue;
        };
        let r = egui::Rect::from_x_y_ranges(from..=to, rect.y_range());
        painter.rect_filled(r, 0.0, status_id_color(dataset, &period.status, dark));
    }
    // The cursor keeps its place within a widened period, not over its end.
    let now = crate::model::year_f64_from_date(view.as_of);
    let cursor = times
        .iter()
        .zip(&spans)
        .find(|((a, b), _)| (*a..*b).contains(&now))
        .map_or_else(
            || x_of(now),
            |(&(a, b), &(from, to))| from + ((now - a) / (b - a)) as f32 * (to - from),
        );
    painter.vline(
        cursor,
        rect.y_range(),
        egui::Stroke::new(2.0, crate::ui::warning_color(dark)),
    );
}

/// The narrowest a status period is drawn on the strip, in points: at the
/// strip's scale (about 5 points a year over ASEAN's 58 years) a status of
/// days or weeks, Timor-Leste's membership at the end of the data, was a
/// hairline under the date cursor.
const MIN_PERIOD_WIDTH: f32 = 6.0;

/// Each period's span on the strip: its place in time, but at least `min`
/// wide, widened back over the end of the period before it (forward, at the
/// strip's start), so other periods' boundaries move by those few points only.
fn visible_spans(exact: &[(f32, f32)], strip: egui::Rangef, min: f32) -> Vec<(f32, f32)> {
    let min = min.min(strip.span());
    exact
        .iter()
        .map(|&(from, to)| {
            if to - from >= min {
                (from, to)
            } else if to - min >= strip.min {
                (to - min, to)
            } else {
                (strip.min, strip.min + min)
            }
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::visible_spans;

    #[test]
    fn a_short_last_status_is_widened_over_the_end_of_the_one_before() {
        // Timor-Leste on ASEAN's strip: observer for three years, then a
        // member for the last two months (under a point at this scale).
        let strip = egui::Rangef::new(0.0, 320.0);
        let spans = visible_spans(&[(303.0, 319.1), (319.1, 320.0)], strip, 5.0);
        assert_eq!(spans, vec![(303.0, 319.1), (315.0, 320.0)]);
    }

    #[test]
    fn long_periods_keep_their_places_and_a_short_first_one_grows_forward() {
        let strip = egui::Rangef::new(10.0, 110.0);
        let exact = [(10.0, 11.0), (11.0, 60.0), (60.0, 110.0)];
        let spans = visible_spans(&exact, strip, 5.0);
        assert_eq!(spans, vec![(10.0, 15.0), (11.0, 60.0), (60.0, 110.0)]);
    }
}
