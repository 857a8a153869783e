//! What the timeline draws inside its plot: the markers of each lane (merged
//! where they would cover the same pixels), the status changes, the summit
//! cities when zoomed in, the selection ring and the "as of" cursor.

use egui::{Align2, RichText, Stroke};
use egui_plot::{MarkerShape, PlotPoint, PlotPoints, PlotUi, Points, Text, VLine};

use super::timeline_hits::{
    MERGE_DISTANCE, Mark, STATUS_LANE_Y, TimelineData, event_point, push_unmerged,
};
use super::{cursor_color, kind_color, status_color};
use crate::i18n::dates;
use crate::model::{Dataset, Marker, year_f64_from_date};
use crate::state::ViewState;
use crate::tr;

/// Summit cities are written above their markers once the range is this narrow (years).
const CITY_LABEL_SPAN_YEARS: f64 = 10.0;
/// Markers of events a selected country was not part of are drawn this faint.
const DIMMED_ALPHA: f32 = 0.35;

/// The markers on screen, lane by lane.
pub(super) fn lanes_ui(
    plot_ui: &mut PlotUi<'_>,
    dataset: &Dataset,
    data: &TimelineData,
    view: &ViewState,
    (min_x, max_x): (f64, f64),
    matches: Option<&[bool]>,
) {
    let plot_width = f64::from(plot_ui.transform().frame().width());
    let points_per_year = plot_width / (max_x - min_x);
    let merge_gap = if points_per_year.is_finite() && points_per_year > 0.0 {
        MERGE_DISTANCE / points_per_year
    } else {
        0.0
    };
    for (kind, lane) in &data.lanes {
        if kind.is_some_and(|k| !data.shows(view, k)) {
            continue;
        }
        // Only markers on screen are handed to the plot.
        let start = lane.partition_point(|(x, _)| *x < min_x);
        let end = lane.partition_point(|(x, _)| *x <= max_x);
        let visible = lane.get(start..end).unwrap_or_default();
        let dense = visible.len() as f64 > plot_width;
        let min_gap = if dense { merge_gap } else { 0.0 };
        match kind {
            Some(kind) => event_lane_ui(
                matches,
                plot_ui,
                dataset,
                view,
                (*kind, data.lane_y(*kind)),
                visible,
                min_gap,
            ),
            None => status_lane_ui(plot_ui, dataset, view, visible),
        }
    }
}

fn event_lane_ui(
    matches: Option<&[bool]>,
    plot_ui: &mut PlotUi<'_>,
    dataset: &Dataset,
    view: &ViewState,
    (kind, y): (usize, f64),
    visible: &[(f64, Mark)],
    min_gap: f64,
) {
    let Some(def) = dataset.kinds().get(kind) else {
        return;
    };
    let dark = plot_ui.ctx().global_style().visuals.dark_mode;
    let color = kind_color(def, dark);
    let selected_c = view.selected_country(dataset);
    let (mut strong, mut weak) = (Vec::new(), Vec::new());
    for &(x, mark) in visible {
        let Mark::Event(e) = mark else { continue };
        let dimmed = selected_c.is_some_and(|c| !dataset.is_involved(c, e))
            || matches.is_some_and(|m| !m.get(e).copied().unwrap_or(false));
        let points = if dimmed { &mut weak } else { &mut strong };
        push_unmerged(points, x, y, min_gap);
    }
    let shape = marker_shape(def.marker);
    let faded = color.gamma_multiply(DIMMED_ALPHA);
    for (points, color, id) in [(weak, faded, 0), (strong, color, 1)] {
        if !points.is_empty() {
            plot_ui.points(
                Points::new(def.plural.text(view.lang), PlotPoints::from(points))
                    .id(("lane", kind, id))
                    .shape(shape)
                    .radius(5.0)
                    .filled(true)
                    .color(color)
                    .allow_hover(false),
            );
        }
    }
}

fn status_lane_ui(
    plot_ui: &mut PlotUi<'_>,
    dataset: &Dataset,
    view: &ViewState,
    visible: &[(f64, Mark)],
) {
    let dark = plot_ui.ctx().global_style().visuals.dark_mode;
    let selected_c = view.selected_country(dataset);
    let mut by_status: Vec<(usize, Vec<[f64; 2]>)> = Vec::new();
    for &(x, mark) in visible {
        let Mark::Status(c, p) = mark else { continue };
        if selected_c.is_some_and(|s| s != c) {
            continue;
        }
        let Some(status) = dataset
            .file()
            .countries
            .get(c)
            .and_then(|k| k.statuses.get(p))
            .and_then(|period| dataset.status_index(&period.status))
        else {
            continue;
        };
        let point = [x, STATUS_LANE_Y];
        match by_status.iter_mut().find(|(s, _)| *s == status) {
            Some((_, points)) => points.push(point),
            None => by_status.push((status, vec![point])),
        }
    }
    for (status, points) in by_status {
        let Some(def) = dataset.statuses().get(status) else {
            continue;
        };
        plot_ui.points(
            Points::new(def.label.text(view.lang), PlotPoints::from(points))
                .id(("status", status))
                .shape(MarkerShape::Diamond)
                .radius(4.5)
                .filled(true)
                .color(status_color(def, dark))
                .allow_hover(false),
        );
    }
}

/// Summit cities under their markers (the "as of" label runs above them), once
/// zoomed in enough to read them.
pub(super) fn city_labels_ui(
    plot_ui: &mut PlotUi<'_>,
    dataset: &Dataset,
    data: &TimelineData,
    view: &ViewState,
    (min_x, max_x): (f64, f64),
) {
    // The top lane is the organisation's main meeting (e.g. its summits).
    if max_x - min_x > CITY_LABEL_SPAN_YEARS || !data.shows(view, 0) {
        return;
    }
    let text_color = plot_ui.ctx().global_style().visuals.text_color();
    let Some((_, lane)) = data.lanes.iter().find(|(k, _)| *k == Some(0)) else {
        return;
    };
    let start = lane.partition_point(|(x, _)| *x < min_x);
    for &(x, mark) in lane.iter().skip(start).take_while(|(x, _)| *x <= max_x) {
        let Mark::Event(e) = mark else { continue };
        let Some(event) = dataset.file().events.get(e) else {
            continue;
        };
        let city = event.place.city.as_ref().map_or_else(
            || tr!(view.lang, "timeline-no-city"),
            |c| c.text(view.lang).to_owned(),
        );
        plot_ui.text(
            Text::new(
                "summit label",
                PlotPoint::new(x, data.lane_y(0) - 0.25),
                RichText::new(city).small(),
            )
            .anchor(Align2::CENTER_TOP)
            .color(text_color)
            .allow_hover(false),
        );
    }
}

/// Zoomed in this far (years on screen), the other lanes' events are titled too.
const TITLE_SPAN_YEARS: f64 = 6.0;
/// Room between a marker and its title, and after the title, in points.
const TITLE_GAP: f32 = 8.0;

/// Which titles fit: a title starts `TITLE_GAP` right of its marker and must
/// end `TITLE_GAP` before the next marker of its lane (or the plot's right
/// edge), so titles never overlap each other or a marker. `xs` are the
/// markers' screen x in order, `widths` the titles' widths.
pub(super) fn titles_with_room(xs: &[f32], widths: &[f32], right_edge: f32) -> Vec<bool> {
    xs.iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (&x, &width))| {
            let limit = xs.get(i + 1).copied().unwrap_or(right_edge);
            x + TITLE_GAP + width + TITLE_GAP <= limit
        })
        .collect()
}

/// Event titles beside their markers in every lane but the top one (whose
/// cities are written under it), once zoomed in far enough, where they fit.
pub(super) fn event_titles_ui(
    plot_ui: &mut PlotUi<'_>,
    dataset: &Dataset,
    data: &TimelineData,
    view: &ViewState,
    (min_x, max_x): (f64, f64),
) {
    if max_x - min_x > TITLE_SPAN_YEARS {
        return;
    }
    let transform = *plot_ui.transform();
    let right_edge = transform.frame().right();
    let ctx = plot_ui.ctx().clone();
    let style = ctx.global_style();
    let font = egui::TextStyle::Small.resolve(&style);
    let text_color = style.visuals.text_color();
    let points_per_year = f64::from(transform.frame().width()) / (max_x - min_x);
    for (kind, lane) in &data.lanes {
        let Some(kind) = *kind else { continue };
        if kind == 0 || !data.shows(view, kind) {
            continue;
        }
        let start = lane.partition_point(|(x, _)| *x < min_x);
        let end = lane.partition_point(|(x, _)| *x <= max_x);
        let visible = lane.get(start..end).unwrap_or_default();
        let titled: Vec<(f64, &str)> = visible
            .iter()
            .filter_map(|&(x, mark)| match mark {
                Mark::Event(e) => dataset
                    .file()
                    .events
                    .get(e)
                    .map(|ev| (x, ev.title.text(view.lang))),
                Mark::Status(..) => None,
            })
            .collect();
        let xs: Vec<f32> = titled
            .iter()
            .map(|&(x, _)| transform.position_from_point(&PlotPoint::new(x, 0.0)).x)
            .collect();
        let widths: Vec<f32> = titled
            .iter()
            .map(|&(_, title)| {
                ctx.fonts_mut(|f| f.layout_no_wrap(title.to_owned(), font.clone(), text_color))
                    .size()
                    .x
            })
            .collect();
        let y = data.lane_y(kind);
        for (&(x, title), fits) in titled
            .iter()
            .zip(titles_with_room(&xs, &widths, right_edge))
        {
            if fits {
                let at = x + f64::from(TITLE_GAP) / points_per_year;
                plot_ui.text(
                    Text::new(
                        "event title",
                        PlotPoint::new(at, y),
                        RichText::new(title).small(),
                    )
                    .anchor(Align2::LEFT_CENTER)
                    .color(text_color)
                    .allow_hover(false),
                );
            }
        }
    }
}

pub(super) fn selection_ring_ui(plot_ui: &mut PlotUi<'_>, dataset: &Dataset, view: &ViewState) {
    let text_color = plot_ui.ctx().global_style().visuals.text_color();
    if let Some(point) = view
        .selected_event(dataset)
        .and_then(|e| event_point(dataset, e))
    {
        plot_ui.points(
            Points::new("Selected", PlotPoints::from(vec![[point.x, point.y]]))
                .id("selected ring")
                .shape(MarkerShape::Circle)
                .radius(10.0)
                .filled(false)
                .color(text_color)
                .allow_hover(false),
        );
    }
}

/// The "as of" line and its label, on the side of the line with more room.
pub(super) fn cursor_ui(
    plot_ui: &mut PlotUi<'_>,
    view: &ViewState,
    (min_x, max_x): (f64, f64),
    y_top: f64,
) {
    let dark = plot_ui.ctx().global_style().visuals.dark_mode;
    let cursor_color = cursor_color(dark);
    let cursor_x = year_f64_from_date(view.as_of);
    plot_ui.vline(
        VLine::new("As of", cursor_x)
            .stroke(Stroke::new(2.0, cursor_color))
            .allow_hover(false),
    );
    let anchor = if cursor_x > (min_x + max_x) / 2.0 {
        Align2::RIGHT_TOP
    } else {
        Align2::LEFT_TOP
    };
    plot_ui.text(
        Text::new(
            "as of label",
            PlotPoint::new(cursor_x, y_top),
            RichText::new(format!(
                " {} ",
                tr!(
                    view.lang,
                    "timeline-as-of-label",
                    date = &dates::day_short(view.lang, view.as_of)
                )
            ))
            .strong(),
        )
        .anchor(anchor)
        .color(cursor_color)
        .allow_hover(false),
    );
}

/// egui_plot's shape for a marker the dataset names.
fn marker_shape(marker: Marker) -> MarkerShape {
    match marker {
        Marker::Circle => MarkerShape::Circle,
        Marker::Square => MarkerShape::Square,
        Marker::Diamond => MarkerShape::Diamond,
        Marker::Up => MarkerShape::Up,
        Marker::Down => MarkerShape::Down,
        Marker::Left => MarkerShape::Left,
        Marker::Right => MarkerShape::Right,
        Marker::Plus => MarkerShape::Plus,
        Marker::Cross => MarkerShape::Cross,
        Marker::Asterisk => MarkerShape::Asterisk,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_show_only_where_they_fit_before_the_next_marker() {
        // Markers at 0, 100 and 130; titles 60 wide; the plot ends at 300.
        let fits = titles_with_room(&[0.0, 100.0, 130.0], &[60.0, 60.0, 60.0], 300.0);
        assert_eq!(fits, [true, false, true]);
        // The last title must also end before the plot's edge.
        let fits = titles_with_room(&[250.0], &[60.0], 300.0);
        assert_eq!(fits, [false]);
    }
}
