//! Hit-testing the timeline's markers: one binary search per lane, so
//! hovering stays cheap with many thousands of events and a click can tell
//! exactly which event it hit; where a marker sits on the plot; and what a
//! click or a hover on the timeline means (select, move the date, a tooltip).

use egui::{Pos2, RichText, Ui};
use egui_plot::{PlotPoint, PlotTransform};

use super::warning_color;
use crate::actions::Action;
pub use crate::derived::timeline::{Mark, STATUS_LANE_Y, TimelineData, lane_y};
use crate::i18n::dates;
use crate::lang::Lang;
use crate::model::{Dataset, Target, date_from_year_f64};
use crate::state::ViewState;
use crate::tr;

/// Markers closer than this many points to the pointer are hovered.
pub const HIT_RADIUS: f32 = 9.0;
/// In a lane with more markers on screen than the plot is wide in points, a marker
/// less than this many points right of the last one drawn in the same lane and
/// colour is not drawn again: it would cover the same pixels. This keeps the shapes
/// per frame bounded by the plot's width with thousands of events, and changes
/// nothing for sparse lanes (such as the bundled dataset's).
pub const MERGE_DISTANCE: f64 = 0.5;

/// Adds a marker unless it is less than `min_gap` (plot units) right of the last one added.
pub fn push_unmerged(points: &mut Vec<[f64; 2]>, x: f64, y: f64, min_gap: f64) {
    if points.last().is_none_or(|last| x - last[0] >= min_gap) {
        points.push([x, y]);
    }
}

/// The marker of `data` nearest to `pointer` within the hit radius, among visible lanes.
pub fn hit(
    data: &TimelineData,
    transform: &PlotTransform,
    pointer: Pos2,
    view: &ViewState,
) -> Option<Mark> {
    let left = transform
        .value_from_position(pointer - egui::vec2(HIT_RADIUS, 0.0))
        .x;
    let right = transform
        .value_from_position(pointer + egui::vec2(HIT_RADIUS, 0.0))
        .x;
    let mut best: Option<(f32, Mark)> = None;
    for (kind, lane) in &data.lanes {
        if kind.is_some_and(|k| !data.shows(view, k)) {
            continue;
        }
        let y = kind.map_or(STATUS_LANE_Y, |k| lane_y(k, data.kind_ids.len()));
        let start = lane.partition_point(|(x, _)| *x < left);
        for &(x, mark) in lane.iter().skip(start).take_while(|(x, _)| *x <= right) {
            let distance = transform
                .position_from_point(&PlotPoint::new(x, y))
                .distance(pointer);
            if distance <= HIT_RADIUS && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, mark));
            }
        }
    }
    best.map(|(_, mark)| mark)
}

/// Plot position of an event's marker.
pub fn event_point(dataset: &Dataset, event: usize) -> Option<PlotPoint> {
    let e = dataset.file().events.get(event)?;
    let kind = dataset.kind_index_of_event(event)?;
    Some(PlotPoint::new(
        e.start.as_year_f64(),
        lane_y(kind, dataset.kinds().len()),
    ))
}

/// A click on a marker selects it; a click on empty timeline moves the date there.
pub(super) fn click_action(
    response: &egui::Response,
    transform: &PlotTransform,
    hovered: Option<Mark>,
) -> Option<Action> {
    match hovered {
        Some(Mark::Event(e)) => Some(Action::Select(Target::Event(e))),
        Some(Mark::Status(country, period)) => Some(Action::SelectStatusChange { country, period }),
        None => response
            .interact_pointer_pos()
            .and_then(|p| {
                let years_per_point = transform.dvalue_dpos()[0].abs();
                snap_click(transform.value_from_position(p).x, years_per_point)
            })
            .map(Action::SetDate),
    }
}

/// Where a click on empty timeline puts the date: on the nearest first of a
/// month when a point spans more than a day (so a click at "2010" gives
/// 1 January 2010, not 24 December 2009), on the day itself when zoomed in further.
pub(super) fn snap_click(year: f64, years_per_point: f64) -> Option<chrono::NaiveDate> {
    use chrono::Datelike as _;
    const DAY: f64 = 1.0 / 365.25;
    let day = date_from_year_f64(year)?;
    if years_per_point <= DAY {
        return Some(day);
    }
    let this_month = day.with_day(1)?;
    let next_month = this_month.checked_add_months(chrono::Months::new(1))?;
    Some(if day - this_month <= next_month - day {
        this_month
    } else {
        next_month
    })
}

pub(super) fn mark_tooltip_ui(ui: &mut Ui, dataset: &Dataset, mark: Mark, lang: Lang) {
    match mark {
        Mark::Event(e) => {
            let Some(event) = dataset.file().events.get(e) else {
                return;
            };
            super::block_ui(ui, event.title.get(lang), lang, RichText::strong);
            ui.label(super::date_range_text(event.start, event.end, lang));
            if let Some(place) = super::place_text(dataset, event, lang) {
                ui.label(place);
            }
            if let Some(mark) = super::confidence_mark(&event.confidence, lang) {
                ui.label(
                    RichText::new(format!("⚠ {mark}")).color(warning_color(ui.visuals().dark_mode)),
                );
            }
        }
        Mark::Status(c, p) => {
            let Some(country) = dataset.file().countries.get(c) else {
                return;
            };
            let Some(period) = country.statuses.get(p) else {
                return;
            };
            ui.label(RichText::new(crate::model::country_name(country, lang).text).strong());
            ui.label(tr!(
                lang,
                "timeline-status-from",
                status = super::status_label(dataset, &period.status, lang),
                date = &dates::partial_since(lang, period.from)
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_click_near_a_new_year_lands_on_the_first_of_january() {
        // At a whole-history scale (about a tenth of a year per point).
        assert_eq!(snap_click(2009.99, 0.1).unwrap().to_string(), "2010-01-01");
        assert_eq!(snap_click(2010.01, 0.1).unwrap().to_string(), "2010-01-01");
        // 2013.42 is 3 June 2013: the first of June is nearer than the first of July.
        assert_eq!(snap_click(2013.42, 0.1).unwrap().to_string(), "2013-06-01");
        // Zoomed in to days, the click keeps its day.
        let exact = 2013.0 + 100.5 / 365.0;
        assert_eq!(snap_click(exact, 0.001), date_from_year_f64(exact));
    }
}
