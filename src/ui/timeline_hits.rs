//! Hit-testing the timeline's markers: one binary search per lane, so
//! hovering stays cheap with many thousands of events and a click can tell
//! exactly which event it hit; and where a marker sits on the plot.

use egui::Pos2;
use egui_plot::{PlotPoint, PlotTransform};

pub use crate::derived::timeline::{Mark, STATUS_LANE_Y, TimelineData, lane_y};
use crate::model::Dataset;
use crate::state::ViewState;

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
