//! The timeline panel: one lane per kind of event plus a lane of status
//! changes, a date cursor ("as of"), and below it the number of members and
//! partners over time.
//!
//! The visible range belongs to the view state (`ViewState::timeline_range`,
//! `None` for the whole history); this panel draws it and turns wheel, drag,
//! clicks and buttons into new ranges or [`Action`]s. Marker positions come
//! precomputed from [`TimelineData`]; the axis arithmetic is in
//! [`super::timeline_axis`].

use egui::{Align2, RichText, Stroke, Ui};
use egui_plot::{
    GridMark, MarkerShape, Plot, PlotPoint, PlotPoints, PlotTransform, PlotUi, Points, Text, VLine,
};

use super::timeline_axis::{clamp_range, grid_steps, pan_range, year_grid, year_label, zoom_range};
use super::timeline_data::{
    MERGE_DISTANCE, Mark, STATUS_LANE_Y, TimelineData, event_point, push_unmerged,
};
use super::{kind_color, status_color, warning_color};
use crate::actions::Action;
use crate::model::Marker;
use crate::model::{Dataset, Target, date_from_year_f64, year_f64_from_date};
use crate::state::ViewState;

/// The narrowest the lane labels left of the plots may be, in points.
const MIN_AXIS_WIDTH: f32 = 110.0;
/// Room between the lane labels and the plot, in points.
const AXIS_PADDING: f32 = 16.0;
/// Summit cities are written above their markers once the range is this narrow (years).
const CITY_LABEL_SPAN_YEARS: f64 = 10.0;
/// Markers of events a selected country was not part of are drawn this faint.
const DIMMED_ALPHA: f32 = 0.35;
/// The date format of the cursor label and the slider ("15 June 2001").
const LONG_DATE: &str = "%-d %B %Y";
/// The short date format of the cursor label on the plot ("15 Jun 2001").
const SHORT_DATE: &str = "%-d %b %Y";

/// What the timeline remembers between frames (not persisted).
#[derive(Clone, Debug, Default)]
pub struct TimelineMemory {
    /// The transform of the last frame, to find markers on screen (tests use it too).
    pub last_transform: Option<PlotTransform>,
}

impl TimelineMemory {
    /// Screen position of an event's marker in the last frame.
    pub fn marker_screen_pos(&self, dataset: &Dataset, event: usize) -> Option<egui::Pos2> {
        let transform = self.last_transform.as_ref()?;
        Some(transform.position_from_point(&event_point(dataset, event)?))
    }
}

/// The range the timeline shows now: the view's, made safe, or the whole history.
pub fn visible_range(view: &ViewState, data: &TimelineData) -> (f64, f64) {
    view.timeline_range
        .map_or(data.home, |range| clamp_range(range, data.home))
}

/// Zooms the timeline around the date cursor by `factor` (> 1 zooms out).
pub fn zoom_around_cursor(view: &mut ViewState, data: &TimelineData, factor: f64) {
    let anchor = year_f64_from_date(view.as_of);
    view.timeline_range = Some(zoom_range(
        visible_range(view, data),
        anchor,
        factor,
        data.home,
    ));
}

/// The timeline panel: filter checkboxes, the event plot, the counts plot and the date slider.
pub fn timeline_plot_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    data: &TimelineData,
    view: &mut ViewState,
    memory: &mut TimelineMemory,
    actions: &mut Vec<Action>,
) {
    let dark = ui.visuals().dark_mode;
    toolbar_ui(ui, dataset, view, dark, actions);
    let slider_height = 3.0 * ui.spacing().interact_size.y;
    let counts_height = (ui.available_height() * 0.24).clamp(70.0, 200.0);
    let plot_height = (ui.available_height() - counts_height - slider_height).max(120.0);
    events_plot_ui(ui, dataset, data, view, memory, plot_height, actions);
    super::counts_plot::counts_plot_ui(ui, dataset, data, view, counts_height, dark, actions);
    date_slider_ui(ui, dataset, view, actions);
}

fn toolbar_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &mut ViewState,
    dark: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Show:").strong());
        for kind in dataset.kinds() {
            let text = RichText::new(&kind.plural).color(kind_color(kind, dark));
            let mut shown = view.kinds.shows(&kind.id);
            if ui.checkbox(&mut shown, text).changed() {
                view.kinds.set_shown(&kind.id, shown);
            }
        }
        ui.separator();
        if ui.button("−").on_hover_text("Zoom out (−)").clicked() {
            actions.push(Action::ZoomOut);
        }
        if ui.button("+").on_hover_text("Zoom in (+)").clicked() {
            actions.push(Action::ZoomIn);
        }
        if ui
            .button("Whole history")
            .on_hover_text("Reset zoom (Home)")
            .clicked()
        {
            actions.push(Action::ZoomReset);
        }
    });
}

/// The width of the lane labels: the widest label (in the axis's font) plus
/// padding, so the timeline and the counts plot below it share one date axis
/// whatever the labels say.
pub(super) fn axis_width(ui: &Ui, data: &TimelineData) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = data
        .lane_labels
        .iter()
        .map(|(_, label)| label.as_str())
        .map(|label| {
            ui.ctx().fonts_mut(|fonts| {
                fonts
                    .layout_no_wrap(label.to_owned(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
        })
        .fold(0.0, f32::max);
    (widest + AXIS_PADDING).max(MIN_AXIS_WIDTH)
}

pub(super) fn axis_plot(
    id: &str,
    height: f32,
    width: f32,
    axis_width: f32,
    range: (f64, f64),
) -> Plot<'static> {
    let (major, _) = grid_steps(range.1 - range.0, width);
    Plot::new(id.to_owned())
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .x_grid_spacer(move |input| year_grid(&input, width))
        .x_axis_formatter(move |mark, _| year_label(mark, major))
        .y_axis_min_width(axis_width)
}

fn events_plot_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    data: &TimelineData,
    view: &mut ViewState,
    memory: &mut TimelineMemory,
    height: f32,
    actions: &mut Vec<Action>,
) {
    let range = visible_range(view, data);
    let axis_width = axis_width(ui, data);
    let width = ui.available_width() - axis_width;
    let marks: Vec<GridMark> = data
        .lane_labels
        .iter()
        .map(|&(value, _)| GridMark {
            value,
            step_size: 1.0,
        })
        .collect();
    let labels = data.lane_labels.clone();
    let plot = axis_plot("sco_timeline", height, width, axis_width, range)
        .y_grid_spacer(move |_| marks.clone())
        .y_axis_formatter(move |mark, _| {
            labels
                .iter()
                .find(|(y, _)| (y - mark.value).abs() < 0.01)
                .map_or_else(String::new, |(_, label)| label.clone())
        })
        .show_grid([true, false]);
    let response = plot.show(ui, |plot_ui| {
        plot_ui.set_plot_bounds_x(range.0..=range.1);
        plot_ui.set_plot_bounds_y(data.y_range.0..=data.y_range.1);
        lanes_ui(plot_ui, dataset, data, view, range);
        city_labels_ui(plot_ui, dataset, data, view, range);
        selection_ring_ui(plot_ui, dataset, view);
        cursor_ui(plot_ui, view, range, data.y_range.1);
    });
    let transform = response.transform;
    let plot_response = response.response;
    navigate(ui, &plot_response, &transform, view, data);
    let hovered = plot_response
        .hover_pos()
        .and_then(|pointer| data.hit(&transform, pointer, view));
    if plot_response.double_clicked() {
        actions.push(Action::ZoomReset);
    } else if plot_response.clicked() {
        actions.extend(click_action(&plot_response, &transform, hovered));
    }
    if let Some(mark) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        plot_response.on_hover_ui_at_pointer(|ui| mark_tooltip_ui(ui, dataset, mark));
    }
    memory.last_transform = Some(transform);
}

/// Ctrl+wheel (or pinch) zooms around the pointer, a sideways scroll or a drag pans.
fn navigate(
    ui: &Ui,
    response: &egui::Response,
    transform: &PlotTransform,
    view: &mut ViewState,
    data: &TimelineData,
) {
    let mut range = visible_range(view, data);
    let before = range;
    let years_per_point = transform.dvalue_dpos()[0];
    if response.dragged() {
        range = pan_range(
            range,
            -f64::from(response.drag_delta().x) * years_per_point,
            data.home,
        );
    }
    if let Some(pointer) = response.hover_pos() {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
        if scroll.x != 0.0 {
            range = pan_range(range, -f64::from(scroll.x) * years_per_point, data.home);
        }
        if zoom != 1.0 && zoom.is_finite() && zoom > 0.0 {
            let anchor = transform.value_from_position(pointer).x;
            range = zoom_range(range, anchor, 1.0 / f64::from(zoom), data.home);
        }
    }
    if range != before {
        view.timeline_range = Some(range);
    }
}

/// A click on a marker selects it; a click on empty timeline moves the date there.
fn click_action(
    response: &egui::Response,
    transform: &PlotTransform,
    hovered: Option<Mark>,
) -> Option<Action> {
    match hovered {
        Some(Mark::Event(e)) => Some(Action::Select(Target::Event(e))),
        Some(Mark::Status(country, period)) => Some(Action::SelectStatusChange { country, period }),
        None => response
            .interact_pointer_pos()
            .and_then(|p| date_from_year_f64(transform.value_from_position(p).x))
            .map(Action::SetDate),
    }
}

/// The markers on screen, lane by lane.
fn lanes_ui(
    plot_ui: &mut PlotUi<'_>,
    dataset: &Dataset,
    data: &TimelineData,
    view: &ViewState,
    (min_x, max_x): (f64, f64),
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
        let dimmed = selected_c.is_some_and(|c| !dataset.is_involved(c, e));
        let points = if dimmed { &mut weak } else { &mut strong };
        push_unmerged(points, x, y, min_gap);
    }
    let shape = marker_shape(def.marker);
    let faded = color.gamma_multiply(DIMMED_ALPHA);
    for (points, color, id) in [(weak, faded, 0), (strong, color, 1)] {
        if !points.is_empty() {
            plot_ui.points(
                Points::new(def.plural.clone(), PlotPoints::from(points))
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
            Points::new(def.label.clone(), PlotPoints::from(points))
                .id(("status", status))
                .shape(MarkerShape::Diamond)
                .radius(4.5)
                .filled(true)
                .color(status_color(def, dark))
                .allow_hover(false),
        );
    }
}

/// Summit cities above their markers, once zoomed in enough to read them.
fn city_labels_ui(
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
        let city = event.place.city.as_deref().unwrap_or("Virtual");
        plot_ui.text(
            Text::new(
                "summit label",
                PlotPoint::new(x, data.lane_y(0) + 0.25),
                RichText::new(city).small(),
            )
            .anchor(Align2::CENTER_BOTTOM)
            .color(text_color)
            .allow_hover(false),
        );
    }
}

fn selection_ring_ui(plot_ui: &mut PlotUi<'_>, dataset: &Dataset, view: &ViewState) {
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
fn cursor_ui(plot_ui: &mut PlotUi<'_>, view: &ViewState, (min_x, max_x): (f64, f64), y_top: f64) {
    let dark = plot_ui.ctx().global_style().visuals.dark_mode;
    let cursor_color = warning_color(dark);
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
            RichText::new(format!(" as of {} ", view.as_of.format(SHORT_DATE))).strong(),
        )
        .anchor(anchor)
        .color(cursor_color)
        .allow_hover(false),
    );
}

fn mark_tooltip_ui(ui: &mut Ui, dataset: &Dataset, mark: Mark) {
    match mark {
        Mark::Event(e) => {
            let Some(event) = dataset.file().events.get(e) else {
                return;
            };
            ui.label(RichText::new(&event.title).strong());
            ui.label(super::date_range_text(event.start, event.end));
            if let Some(place) = super::place_text(dataset, event) {
                ui.label(place);
            }
            if event.confidence.note().is_some() {
                ui.label(
                    RichText::new(format!("⚠ {}", event.confidence.label()))
                        .color(warning_color(ui.visuals().dark_mode)),
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
            ui.label(RichText::new(&country.name).strong());
            ui.label(format!(
                "{} from {}",
                super::status_label(dataset, &period.status),
                period.from.long_form()
            ));
        }
    }
}

fn date_slider_ui(ui: &mut Ui, dataset: &Dataset, view: &mut ViewState, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        super::as_of_slider_ui(ui, dataset, view, 370.0);
        ui.label(RichText::new(view.as_of.format(LONG_DATE).to_string()).strong());
        if ui
            .button("◀ Previous")
            .on_hover_text("Previous event (Left arrow)")
            .clicked()
        {
            actions.push(Action::PreviousEvent);
        }
        if ui
            .button("Next ▶")
            .on_hover_text("Next event (Right arrow)")
            .clicked()
        {
            actions.push(Action::NextEvent);
        }
    });
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
