//! The timeline: one lane per kind of event plus a lane of status changes,
//! a date cursor ("as of"), and below it the number of members and partners
//! over time.
//!
//! Markers are hit-tested here rather than by egui_plot, one binary search per
//! lane, so hovering stays cheap with many thousands of events and a click can
//! tell exactly which event it hit.

use std::ops::RangeInclusive;

use egui::{Align2, Color32, Pos2, RichText, Stroke, Ui};
use egui_plot::{
    GridInput, GridMark, Line, MarkerShape, Plot, PlotBounds, PlotPoint, PlotPoints, PlotTransform,
    Points, Text, VLine,
};

use super::{
    kind_color, select_event, selected_country, selected_event, status_color, warning_color,
};
use crate::model::{Dataset, EventKind, date_from_year_f64, year_f64_from_date};
use crate::state::{Selection, ViewState};

/// Vertical position of the status-change lane; event lanes sit above it.
const STATUS_LANE_Y: f64 = 0.0;
/// Lane y positions from the top: summits highest.
const Y_RANGE: RangeInclusive<f64> = -0.6..=5.6;
/// Markers closer than this many points to the pointer are hovered.
const HIT_RADIUS: f32 = 9.0;
/// In a lane with more markers on screen than the plot is wide in points, a marker
/// less than this many points right of the last one drawn in the same lane and
/// colour is not drawn again: it would cover the same pixels. This keeps the shapes
/// per frame bounded by the plot's width with thousands of events, and changes
/// nothing for sparse lanes (such as the bundled dataset's).
const MERGE_DISTANCE: f64 = 0.5;

/// Adds a marker unless it is less than `min_gap` (plot units) right of the last one added.
fn push_unmerged(points: &mut Vec<[f64; 2]>, x: f64, y: f64, min_gap: f64) {
    if points.last().is_none_or(|last| x - last[0] >= min_gap) {
        points.push([x, y]);
    }
}

fn lane_y(kind: EventKind) -> f64 {
    match kind {
        EventKind::Summit => 5.0,
        EventKind::GovernmentMeeting => 4.0,
        EventKind::MilitaryExercise => 3.0,
        EventKind::SecurityExercise => 2.0,
        EventKind::RescueDrill => 1.0,
    }
}

fn lane_label(y: f64) -> &'static str {
    let lane = EventKind::ALL
        .iter()
        .find(|&&k| (lane_y(k) - y).abs() < 0.01);
    match lane {
        Some(kind) => kind.plural_label(),
        None if (y - STATUS_LANE_Y).abs() < 0.01 => "Status changes",
        None => "",
    }
}

/// A marker on the plot: an event, or a country's change of status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// An event, by index.
    Event(usize),
    /// The start of a status period: country index and period index.
    Status(usize, usize),
}

/// One lane: its event kind (`None` for status changes) and its markers sorted by x.
type Lane = (Option<EventKind>, Vec<(f64, Mark)>);

/// Marker positions computed once per dataset: per lane, sorted by x.
#[derive(Clone, Debug, Default)]
pub struct TimelineData {
    /// Event lanes in [`EventKind::ALL`] order, then the status lane; each sorted by x.
    lanes: Vec<Lane>,
    /// The whole history with a margin, in fractional years.
    pub home: (f64, f64),
    /// Step line of members over time.
    members_line: Vec<PlotPoint>,
    /// Step line of observers and partners over time.
    partners_line: Vec<PlotPoint>,
    /// Largest count, for the y range of the counts plot.
    max_count: usize,
}

impl TimelineData {
    /// Computes marker positions and count lines for a dataset.
    pub fn new(dataset: &Dataset) -> Self {
        let file = dataset.file();
        let mut lanes: Vec<Lane> = EventKind::ALL
            .iter()
            .map(|&k| (Some(k), Vec::new()))
            .collect();
        for &e in dataset.events_in_time_order() {
            let Some(event) = file.events.get(e) else {
                continue;
            };
            if let Some((_, lane)) = lanes.iter_mut().find(|(k, _)| *k == Some(event.kind)) {
                lane.push((event.start.as_year_f64(), Mark::Event(e)));
            }
        }
        let mut status_lane = Vec::new();
        for (c, country) in file.countries.iter().enumerate() {
            for (p, period) in country.statuses.iter().enumerate() {
                status_lane.push((period.from.as_year_f64(), Mark::Status(c, p)));
            }
        }
        status_lane.sort_by(|a, b| a.0.total_cmp(&b.0));
        lanes.push((None, status_lane));

        let first = year_f64_from_date(dataset.first_day());
        let last = year_f64_from_date(dataset.last_day());
        let home = (first.floor() - 1.0, last.ceil() + 1.0);

        let mut members_line = Vec::new();
        let mut partners_line = Vec::new();
        let mut max_count = 0;
        let (mut members, mut partners) = (0.0, 0.0);
        for (day, counts) in dataset.count_steps() {
            let x = year_f64_from_date(*day);
            let (m, p) = (
                counts.core(),
                counts.observers + counts.dialogue_partners + counts.sco_partners,
            );
            members_line.extend([PlotPoint::new(x, members), PlotPoint::new(x, m as f64)]);
            partners_line.extend([PlotPoint::new(x, partners), PlotPoint::new(x, p as f64)]);
            (members, partners) = (m as f64, p as f64);
            max_count = max_count.max(m).max(p);
        }
        members_line.push(PlotPoint::new(home.1, members));
        partners_line.push(PlotPoint::new(home.1, partners));
        Self {
            lanes,
            home,
            members_line,
            partners_line,
            max_count,
        }
    }

    /// Plot position of an event's marker.
    pub fn event_point(&self, dataset: &Dataset, event: usize) -> Option<PlotPoint> {
        let e = dataset.file().events.get(event)?;
        Some(PlotPoint::new(e.start.as_year_f64(), lane_y(e.kind)))
    }

    /// The marker nearest to `pointer` within the hit radius, among visible lanes.
    fn hit(&self, transform: &PlotTransform, pointer: Pos2, view: &ViewState) -> Option<Mark> {
        let left = transform
            .value_from_position(pointer - egui::vec2(HIT_RADIUS, 0.0))
            .x;
        let right = transform
            .value_from_position(pointer + egui::vec2(HIT_RADIUS, 0.0))
            .x;
        let mut best: Option<(f32, Mark)> = None;
        for (kind, lane) in &self.lanes {
            if kind.is_some_and(|k| !view.kinds.shows(k)) {
                continue;
            }
            let y = kind.map_or(STATUS_LANE_Y, lane_y);
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
}

/// Requests from the keyboard and buttons, applied inside the plot on the next frame.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PlotCommands {
    /// Show this x range (fractional years).
    pub set_range: Option<(f64, f64)>,
}

/// What the timeline remembers between frames (not persisted).
#[derive(Clone, Debug, Default)]
pub struct TimelineMemory {
    /// Pending commands.
    pub commands: PlotCommands,
    /// The transform of the last frame, to find markers on screen (tests use it too).
    pub last_transform: Option<PlotTransform>,
}

impl TimelineMemory {
    /// Screen position of an event's marker in the last frame.
    pub fn marker_screen_pos(
        &self,
        data: &TimelineData,
        dataset: &Dataset,
        event: usize,
    ) -> Option<Pos2> {
        let transform = self.last_transform.as_ref()?;
        Some(transform.position_from_point(&data.event_point(dataset, event)?))
    }
}

/// Grid steps in years, from a month to a century.
const STEPS: [f64; 9] = [1.0 / 12.0, 0.25, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0];

/// Labelled (major) and unlabelled (minor) grid steps for a span of `span` years
/// drawn `width` points wide: labels at least ~70 points apart.
fn grid_steps(span: f64, width: f32) -> (f64, f64) {
    let per_point = span.abs() / f64::from(width.max(1.0));
    let major = STEPS
        .iter()
        .copied()
        .find(|&step| step >= per_point * 70.0)
        .unwrap_or(100.0);
    let minor = STEPS
        .iter()
        .copied()
        .rev()
        .find(|&step| step < major && step >= per_point * 12.0)
        .unwrap_or(major);
    (major, minor)
}

/// Grid marks on whole years (or months when zoomed in), with labelled major steps.
fn year_grid(input: GridInput, width: f32) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let (major, minor) = grid_steps(max - min, width);
    let first = (min / minor).floor() as i64;
    let last = (max / minor).ceil() as i64;
    if last - first > 5000 {
        return Vec::new();
    }
    (first..=last)
        .map(|i| {
            let value = i as f64 * minor;
            let on_major = ((value / major).round() * major - value).abs() < 1e-6;
            GridMark {
                value,
                step_size: if on_major { major } else { minor },
            }
        })
        .collect()
}

/// "2013" on whole years, "Jul" on months when the labelled step is below a year.
fn year_label(mark: GridMark, major: f64) -> String {
    if mark.step_size < major - 1e-9 {
        return String::new();
    }
    if (mark.value - mark.value.round()).abs() < 1e-6 {
        format!("{:.0}", mark.value)
    } else {
        date_from_year_f64(mark.value + 1e-6)
            .map_or_else(String::new, |d| d.format("%b").to_string())
    }
}

/// The timeline panel: filter checkboxes, the event plot, the counts plot and the date slider.
pub fn timeline_plot_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    data: &TimelineData,
    view: &mut ViewState,
    memory: &mut TimelineMemory,
) {
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Show:").strong());
        for kind in EventKind::ALL {
            let text = RichText::new(kind.plural_label()).color(kind_color(kind, dark));
            ui.checkbox(view.kinds.flag_mut(kind), text);
        }
        ui.separator();
        if ui.button("−").on_hover_text("Zoom out (−)").clicked() {
            zoom(view, data, memory, 1.5);
        }
        if ui.button("+").on_hover_text("Zoom in (+)").clicked() {
            zoom(view, data, memory, 1.0 / 1.5);
        }
        if ui
            .button("Whole history")
            .on_hover_text("Reset zoom (Home)")
            .clicked()
        {
            memory.commands.set_range = Some(data.home);
        }
    });

    let slider_height = 3.0 * ui.spacing().interact_size.y;
    let counts_height = (ui.available_height() * 0.24).clamp(70.0, 200.0);
    let plot_height = (ui.available_height() - counts_height - slider_height).max(120.0);
    events_plot_ui(ui, dataset, data, view, memory, plot_height, dark);
    counts_plot_ui(ui, dataset, data, view, counts_height, dark);
    date_slider_ui(ui, dataset, view);
}

/// Zooms the visible range around the date cursor by `factor` (> 1 zooms out).
pub fn zoom(view: &ViewState, data: &TimelineData, memory: &mut TimelineMemory, factor: f64) {
    let (min, max) = memory
        .commands
        .set_range
        .or(view.timeline_range)
        .unwrap_or(data.home);
    let center = year_f64_from_date(view.as_of).clamp(min, max);
    let span = ((max - min) * factor).clamp(0.25, (data.home.1 - data.home.0) * 2.0);
    let left = center - (center - min) / (max - min) * span;
    memory.commands.set_range = Some((left, left + span));
}

fn events_plot_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    data: &TimelineData,
    view: &mut ViewState,
    memory: &mut TimelineMemory,
    height: f32,
    dark: bool,
) {
    let selected_e = selected_event(view, dataset);
    let selected_c = selected_country(view, dataset);
    let set_range = memory.commands.set_range.take();
    let cursor_x = year_f64_from_date(view.as_of);
    let faded = |c: Color32| c.gamma_multiply(0.35);
    let text_color = ui.visuals().text_color();
    let cursor_color = warning_color(dark);

    let width = ui.available_width() - 110.0;
    let (min_x, max_x) = set_range.or(view.timeline_range).unwrap_or(data.home);
    let (major, _) = grid_steps(max_x - min_x, width);
    let plot = Plot::new("sco_timeline")
        .height(height)
        .allow_zoom([true, false])
        .allow_drag([true, false])
        .allow_scroll([true, false])
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .x_grid_spacer(move |input| year_grid(input, width))
        .x_axis_formatter(move |mark, _| year_label(mark, major))
        .y_grid_spacer(|_| {
            (0..=5)
                .map(|i| GridMark {
                    value: f64::from(i),
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter(|mark, _| lane_label(mark.value).to_owned())
        .y_axis_min_width(110.0)
        .show_grid([true, false]);
    let response = plot.show(ui, |plot_ui| {
        let new_range = set_range.or_else(|| {
            // First frame (or after a new dataset): the plot has no bounds of ours yet.
            let bounds = plot_ui.plot_bounds();
            (bounds.min()[1] != *Y_RANGE.start()).then(|| view.timeline_range.unwrap_or(data.home))
        });
        if let Some((min, max)) = new_range {
            plot_ui.set_plot_bounds_x(min..=max);
        }
        plot_ui.set_plot_bounds_y(Y_RANGE);
        let bounds = plot_ui.plot_bounds();
        let (min_x, max_x) = (bounds.min()[0], bounds.max()[0]);
        // The x range drawn this frame (a new range applies now, the bounds above lag a frame).
        let (drawn_min, drawn_max) = new_range.unwrap_or((min_x, max_x));
        let plot_width = f64::from(plot_ui.transform().frame().width());
        let points_per_year = plot_width / (drawn_max - drawn_min);
        let merge_gap = if points_per_year.is_finite() && points_per_year > 0.0 {
            MERGE_DISTANCE / points_per_year
        } else {
            0.0
        };

        for (kind, lane) in &data.lanes {
            if kind.is_some_and(|k| !view.kinds.shows(k)) {
                continue;
            }
            let y = kind.map_or(STATUS_LANE_Y, lane_y);
            // Only markers on screen are handed to the plot.
            let start = lane.partition_point(|(x, _)| *x < min_x);
            let visible = lane.iter().skip(start).take_while(|(x, _)| *x <= max_x);
            let on_screen = lane
                .partition_point(|(x, _)| *x <= max_x)
                .saturating_sub(start);
            let dense = on_screen as f64 > plot_width;
            let min_gap = if dense { merge_gap } else { 0.0 };
            match kind {
                Some(kind) => {
                    let color = kind_color(*kind, dark);
                    let (mut strong, mut weak) = (Vec::new(), Vec::new());
                    for &(x, mark) in visible {
                        let Mark::Event(e) = mark else { continue };
                        let dimmed = selected_c.is_some_and(|c| !dataset.is_involved(c, e));
                        let points = if dimmed { &mut weak } else { &mut strong };
                        push_unmerged(points, x, y, min_gap);
                    }
                    let shape = match kind {
                        EventKind::Summit => MarkerShape::Circle,
                        EventKind::GovernmentMeeting => MarkerShape::Down,
                        EventKind::MilitaryExercise => MarkerShape::Up,
                        EventKind::SecurityExercise => MarkerShape::Square,
                        EventKind::RescueDrill => MarkerShape::Plus,
                    };
                    for (points, color, id) in [(weak, faded(color), 0), (strong, color, 1)] {
                        if !points.is_empty() {
                            plot_ui.points(
                                Points::new(kind.plural_label(), PlotPoints::from(points))
                                    .id(("lane", *kind, id))
                                    .shape(shape)
                                    .radius(5.0)
                                    .filled(true)
                                    .color(color)
                                    .allow_hover(false),
                            );
                        }
                    }
                }
                None => {
                    let mut by_status: Vec<(crate::model::Status, Vec<[f64; 2]>)> = Vec::new();
                    for &(x, mark) in visible {
                        let Mark::Status(c, p) = mark else { continue };
                        let Some(period) = dataset
                            .file()
                            .countries
                            .get(c)
                            .and_then(|k| k.statuses.get(p))
                        else {
                            continue;
                        };
                        if selected_c.is_some_and(|s| s != c) {
                            continue;
                        }
                        match by_status.iter_mut().find(|(s, _)| *s == period.status) {
                            Some((_, points)) => points.push([x, y]),
                            None => by_status.push((period.status, vec![[x, y]])),
                        }
                    }
                    for (status, points) in by_status {
                        plot_ui.points(
                            Points::new(status.label(), PlotPoints::from(points))
                                .id(("status", status))
                                .shape(MarkerShape::Diamond)
                                .radius(4.5)
                                .filled(true)
                                .color(status_color(status, dark))
                                .allow_hover(false),
                        );
                    }
                }
            }
        }

        // City labels once zoomed in enough to read them.
        if max_x - min_x <= 10.0
            && view.kinds.summits
            && let Some((_, lane)) = data.lanes.first()
        {
            {
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
                            PlotPoint::new(x, 4.25),
                            RichText::new(city).small(),
                        )
                        .anchor(Align2::CENTER_BOTTOM)
                        .color(text_color)
                        .allow_hover(false),
                    );
                }
            }
        }

        if let Some(point) = selected_e.and_then(|e| data.event_point(dataset, e)) {
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

        plot_ui.vline(
            VLine::new("As of", cursor_x)
                .stroke(Stroke::new(2.0, cursor_color))
                .allow_hover(false),
        );
        // The label sits on the side of the cursor with more room.
        let anchor = if cursor_x > (min_x + max_x) / 2.0 {
            Align2::RIGHT_TOP
        } else {
            Align2::LEFT_TOP
        };
        plot_ui.text(
            Text::new(
                "as of label",
                PlotPoint::new(cursor_x, *Y_RANGE.end()),
                RichText::new(format!(" as of {} ", view.as_of.format("%-d %b %Y"))).strong(),
            )
            .anchor(anchor)
            .color(cursor_color)
            .allow_hover(false),
        );
        plot_ui.plot_bounds()
    });

    let bounds: PlotBounds = response.inner;
    view.timeline_range = Some((bounds.min()[0], bounds.max()[0]));
    let transform = response.transform;
    let plot_response = response.response;
    let hovered = plot_response
        .hover_pos()
        .and_then(|pointer| data.hit(&transform, pointer, view));
    if plot_response.double_clicked() {
        memory.commands.set_range = Some(data.home);
    } else if plot_response.clicked() {
        match hovered {
            Some(Mark::Event(e)) => select_event(view, dataset, e),
            Some(Mark::Status(c, p)) => {
                if let Some(country) = dataset.file().countries.get(c) {
                    view.selection = Selection::Country(country.code.clone());
                    if let Some(period) = country.statuses.get(p) {
                        view.as_of = period.from.first_day();
                    }
                }
            }
            None => {
                if let Some(day) = plot_response
                    .interact_pointer_pos()
                    .and_then(|p| date_from_year_f64(transform.value_from_position(p).x))
                {
                    view.as_of = day.clamp(dataset.first_day(), dataset.last_day());
                }
            }
        }
    }
    if let Some(mark) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        plot_response.on_hover_ui_at_pointer(|ui| mark_tooltip_ui(ui, dataset, mark));
    }
    memory.last_transform = Some(transform);
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
                period.status.label(),
                period.from.long_form()
            ));
        }
    }
}

fn counts_plot_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    data: &TimelineData,
    view: &mut ViewState,
    height: f32,
    dark: bool,
) {
    let range = view.timeline_range.unwrap_or(data.home);
    let cursor_x = year_f64_from_date(view.as_of);
    let counts = dataset.counts_on(view.as_of);
    let members_color = status_color(crate::model::Status::Member, dark);
    let partners_color = status_color(crate::model::Status::Observer, dark);
    let top = data.max_count as f64 + 2.0;
    let width = ui.available_width() - 110.0;
    let (major, _) = grid_steps(range.1 - range.0, width);
    let response = Plot::new("sco_counts")
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .x_grid_spacer(move |input| year_grid(input, width))
        .x_axis_formatter(move |mark, _| year_label(mark, major))
        .y_axis_min_width(110.0)
        .y_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .legend(egui_plot::Legend::default().position(egui_plot::Corner::LeftTop))
        .show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x(range.0..=range.1);
            plot_ui.set_plot_bounds_y(-0.5..=top);
            plot_ui.line(
                Line::new(
                    format!("Members ({})", counts.core()),
                    PlotPoints::Borrowed(&data.members_line),
                )
                .id("members line")
                .color(members_color)
                .width(2.0)
                .allow_band(false)
                .allow_hover(false),
            );
            plot_ui.line(
                Line::new(
                    format!(
                        "Observers and partners ({})",
                        counts.observers + counts.dialogue_partners + counts.sco_partners
                    ),
                    PlotPoints::Borrowed(&data.partners_line),
                )
                .id("partners line")
                .color(partners_color)
                .width(2.0)
                .allow_band(false)
                .allow_hover(false),
            );
            plot_ui.vline(
                VLine::new("As of", cursor_x)
                    .stroke(Stroke::new(2.0, warning_color(dark)))
                    .allow_hover(false),
            );
        });
    if response.response.clicked()
        && let Some(day) = response
            .response
            .interact_pointer_pos()
            .and_then(|p| date_from_year_f64(response.transform.value_from_position(p).x))
    {
        view.as_of = day.clamp(dataset.first_day(), dataset.last_day());
    }
}

fn date_slider_ui(ui: &mut Ui, dataset: &Dataset, view: &mut ViewState) {
    ui.horizontal(|ui| {
        super::as_of_slider_ui(ui, dataset, view, 370.0);
        ui.label(RichText::new(view.as_of.format("%-d %B %Y").to_string()).strong());
        let current = selected_event(view, dataset);
        if ui
            .button("◀ Previous")
            .on_hover_text("Previous event (Left arrow)")
            .clicked()
            && let Some(e) = dataset.previous_event(current)
        {
            select_event(view, dataset, e);
        }
        if ui
            .button("Next ▶")
            .on_hover_text("Next event (Right arrow)")
            .clicked()
            && let Some(e) = dataset.next_event(current)
        {
            select_event(view, dataset, e);
        }
    });
}
