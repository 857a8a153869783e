//! The timeline panel: one lane per kind of event plus a lane of status
//! changes, a date cursor ("as of"), and below it the number of members and
//! partners over time.
//!
//! The visible range belongs to the view state (`ViewState::timeline_range`,
//! `None` for the whole history); this panel draws it and turns wheel, drag,
//! clicks and buttons into new ranges or [`Action`]s. Marker positions come
//! precomputed from [`TimelineData`]; the axis arithmetic is in
//! [`super::timeline_axis`], and what is drawn inside the plot in
//! [`super::timeline_marks`].

use egui::{RichText, Ui};
use egui_plot::{GridMark, PlotTransform};

use super::kind_color;
use super::timeline_axis::axis_plot;
use super::timeline_axis::{clamp_range, pan_range, zoom_range};
use super::timeline_hits::{TimelineData, click_action, event_point, mark_tooltip_ui};
use super::timeline_marks::{
    city_labels_ui, cursor_ui, event_titles_ui, lanes_ui, selection_ring_ui,
};
use crate::actions::Action;
use crate::i18n::Lang;
use crate::model::{Dataset, SearchHits, Target};
use crate::on_screen::OnScreen;
use crate::state::ViewState;
use crate::tr;

/// The narrowest the lane labels left of the plots may be, in points.
const MIN_AXIS_WIDTH: f32 = 110.0;
/// Room between the lane labels and the plot, in points.
const AXIS_PADDING: f32 = 16.0;

/// What the timeline remembers between frames (not persisted).
#[derive(Clone, Debug, Default)]
pub struct TimelineMemory {
    /// The first filter box takes the keyboard focus on the next frame (F6).
    focus_request: bool,
    /// The text typed in the "Go to date" field.
    date_text: String,
    /// The transform of the last frame, to find markers on screen (tests use it too).
    pub last_transform: Option<PlotTransform>,
}

impl TimelineMemory {
    /// Puts the keyboard focus on the timeline's first control on the next frame.
    pub fn request_focus(&mut self) {
        self.focus_request = true;
    }

    /// Screen position of an event's marker in the last frame.
    pub fn marker_screen_pos(&self, dataset: &Dataset, event: usize) -> Option<egui::Pos2> {
        let transform = self.last_transform.as_ref()?;
        Some(transform.position_from_point(&event_point(dataset, event)?))
    }
}

/// The range the timeline shows now: the view's, made safe, inside `home`
/// (the whole history shown), or all of `home`.
pub fn visible_range(view: &ViewState, home: (f64, f64)) -> (f64, f64) {
    view.timeline_range
        .map_or(home, |range| clamp_range(range, home))
}

/// Which organisation an events plot shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Org {
    /// The one on screen.
    First,
    /// In compare mode, the one compared with.
    Compared,
}

/// How one events plot is laid out: its height, the shared axis (lane-label
/// width, visible range and whole history) and its lanes' titles.
struct PlotLayout {
    id: &'static str,
    height: f32,
    axis_width: f32,
    range: (f64, f64),
    home: (f64, f64),
    labels: Vec<(f64, String)>,
}

/// The timeline panel: filter checkboxes, the event plot, the counts plot and the date slider.
pub fn timeline_plot_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    view: &ViewState,
    memory: &mut TimelineMemory,
    actions: &mut Vec<Action>,
) {
    let (dataset, compared) = (shown.dataset, shown.compared_timeline());
    let data = &shown.derived.timeline;
    let dark = ui.visuals().dark_mode;
    let focus = std::mem::take(&mut memory.focus_request);
    let other_dataset = compared.map(|(c, _)| &c.dataset);
    toolbar_ui(ui, (dataset, other_dataset), view, (dark, focus), actions);
    let slider_height = 3.0 * ui.spacing().interact_size.y;
    let counts_height = (ui.available_height() * 0.24).clamp(70.0, 200.0);
    let plot_height = (ui.available_height() - counts_height - slider_height).max(120.0);
    let lang = view.lang;
    let mut labels = data.lane_titles(dataset, lang);
    let home = shown.timeline_home();
    // Comparing: the other organisation's lanes in a plot of their own under the
    // first's, on one date axis spanning both histories; each lane says whose it is.
    let other = compared.map(|(c, other_data)| {
        let mut other_labels = other_data.lane_titles(&c.dataset, lang);
        name_lanes(&mut labels, dataset, lang);
        name_lanes(&mut other_labels, &c.dataset, lang);
        (c, other_data, other_labels)
    });
    let axis_width = axis_width(
        ui,
        labels
            .iter()
            .chain(other.iter().flat_map(|(_, _, l)| l.iter())),
    );
    let range = visible_range(view, home);
    let (first_height, other_height) = match &other {
        Some((_, other_data, _)) => {
            let share = data.lane_labels.len() as f32
                / (data.lane_labels.len() + other_data.lane_labels.len()).max(1) as f32;
            (plot_height * share, plot_height * (1.0 - share))
        }
        None => (plot_height, 0.0),
    };
    let layout = PlotLayout {
        id: "sco_timeline",
        height: first_height,
        axis_width,
        range,
        home,
        labels,
    };
    events_plot_ui(
        ui,
        (dataset, data, shown.search[0]),
        view,
        memory,
        layout,
        Org::First,
        actions,
    );
    if let Some((c, other_data, other_labels)) = other {
        let layout = PlotLayout {
            id: "compared_timeline",
            height: other_height,
            axis_width,
            range,
            home,
            labels: other_labels,
        };
        events_plot_ui(
            ui,
            (&c.dataset, other_data, shown.search[1]),
            view,
            memory,
            layout,
            Org::Compared,
            actions,
        );
    }
    super::counts_plot::counts_plot_ui(
        ui,
        (dataset, compared),
        data,
        view,
        (counts_height, axis_width, range),
        dark,
        actions,
    );
    let span = shown.date_span();
    super::date_row::date_row_ui(ui, span, view, &mut memory.date_text, actions);
}

/// The grid step given to thinned lane titles, so the plot shows them.
const THINNED_STEP: f64 = 1000.0;

/// From this many kinds on (both organisations' together), the filters
/// scroll in a strip of [`FILTER_ROWS`] rows: hundreds of checkboxes filled
/// the centre panel and pushed the timeline off the window. Fewer are laid
/// out as before, without a scroll area.
const MANY_KINDS: usize = 16;
/// How many rows of filters show at once when there are many.
const FILTER_ROWS: f32 = 4.0;

/// The kind filters (comparing, the other organisation's kinds too, named
/// after it where the first has no kind of that id) and the zoom buttons.
fn toolbar_ui(
    ui: &mut Ui,
    datasets: (&Dataset, Option<&Dataset>),
    view: &ViewState,
    dark_focus: (bool, bool),
    actions: &mut Vec<Action>,
) {
    let kinds = datasets.0.kinds().len() + datasets.1.map_or(0, |d| d.kinds().len());
    if kinds < MANY_KINDS {
        toolbar_rows_ui(ui, datasets, view, dark_focus, actions);
        return;
    }
    let row = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("kind filters")
        .max_height(FILTER_ROWS * row)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            toolbar_rows_ui(ui, datasets, view, dark_focus, actions);
        });
}

fn toolbar_rows_ui(
    ui: &mut Ui,
    (dataset, other): (&Dataset, Option<&Dataset>),
    view: &ViewState,
    (dark, focus): (bool, bool),
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!(view.lang, "timeline-show")).strong());
        let own = dataset.kinds().iter().map(|kind| (kind, None));
        let others = other.into_iter().flat_map(|other| {
            let short = other.file().organisation.short_name.text(view.lang);
            other
                .kinds()
                .iter()
                .filter(|kind| dataset.kind_def(&kind.id).is_none())
                .map(move |kind| (kind, Some(short)))
        });
        for (i, (kind, whose)) in own.chain(others).enumerate() {
            let name = kind.plural.text(view.lang);
            let name = match whose {
                Some(org) => tr!(view.lang, "timeline-kind-of", kind = name, org = org),
                None => name.to_owned(),
            };
            let text = RichText::new(name).color(kind_color(kind, dark));
            let mut shown = view.kinds.shows(&kind.id);
            let response = ui.checkbox(&mut shown, text);
            if focus && i == 0 {
                response.request_focus();
            }
            if response.changed() {
                actions.push(Action::SetKindShown(kind.id.to_string(), shown));
            }
        }
        ui.separator();
        if ui
            .button("−")
            .on_hover_text(tr!(view.lang, "timeline-zoom-out"))
            .clicked()
        {
            actions.push(Action::ZoomOut);
        }
        if ui
            .button("+")
            .on_hover_text(tr!(view.lang, "timeline-zoom-in"))
            .clicked()
        {
            actions.push(Action::ZoomIn);
        }
        if ui
            .button(tr!(view.lang, "timeline-whole-history"))
            .on_hover_text(tr!(view.lang, "timeline-whole-history-tip"))
            .clicked()
        {
            actions.push(Action::ZoomReset);
        }
    });
}

/// The width of the lane labels: the widest label (in the axis's font) plus
/// padding, so the timeline and the counts plot below it share one date axis
/// whatever the labels say.
pub(super) fn axis_width<'a>(ui: &Ui, titles: impl IntoIterator<Item = &'a (f64, String)>) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = titles
        .into_iter()
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

/// "SCO · Summits": in compare mode, each lane names its organisation.
fn name_lanes(labels: &mut [(f64, String)], dataset: &Dataset, lang: Lang) {
    let org = dataset.file().organisation.short_name.text(lang);
    for (_, label) in labels {
        *label = tr!(lang, "compare-lane", org = org, lane = label.as_str());
    }
}

fn events_plot_ui(
    ui: &mut Ui,
    (dataset, data, hits): (&Dataset, &TimelineData, Option<&SearchHits>),
    view: &ViewState,
    memory: &mut TimelineMemory,
    layout: PlotLayout,
    org: Org,
    actions: &mut Vec<Action>,
) {
    let PlotLayout {
        id,
        height,
        axis_width,
        range,
        home,
        labels,
    } = layout;
    let width = ui.available_width() - axis_width;
    let every = crate::ui::timeline_axis::lane_label_every(labels.len(), height);
    let last = labels.len().saturating_sub(1);
    let marks: Vec<GridMark> = labels
        .iter()
        .enumerate()
        .filter(|&(i, _)| i % every == 0 || i == last)
        .map(|(_, &(value, _))| GridMark {
            value,
            // Lanes are one unit apart. The plot hides a title whose step
            // is closer than about 40 points on screen: crowded lanes, thinned
            // to titles at least 18 points apart, say so with a long step.
            step_size: if every == 1 { 1.0 } else { THINNED_STEP },
        })
        .collect();
    let plot = axis_plot(id, (height, width), axis_width, range, view.lang)
        .y_grid_spacer(move |_| marks.clone())
        .y_axis_formatter(move |mark, _| {
            labels
                .iter()
                .find(|(y, _)| (y - mark.value).abs() < 0.01)
                .map_or_else(String::new, |(_, label)| label.clone())
        })
        .show_grid([true, false]);
    // While a search is active, events that do not match are faint.
    let matches = hits.map(|h| h.events.as_slice());
    let response = plot.show(ui, |plot_ui| {
        plot_ui.set_plot_bounds_x(range.0..=range.1);
        plot_ui.set_plot_bounds_y(data.y_range.0..=data.y_range.1);
        lanes_ui(plot_ui, dataset, data, view, range, matches);
        city_labels_ui(plot_ui, dataset, data, view, range);
        event_titles_ui(plot_ui, dataset, data, view, range);
        selection_ring_ui(plot_ui, dataset, view);
        cursor_ui(plot_ui, view, range, data.y_range.1);
    });
    let transform = response.transform;
    let plot_response = response.response;
    navigate(ui, &plot_response, &transform, (view, home), actions);
    let hovered = plot_response
        .hover_pos()
        .and_then(|pointer| super::timeline_hits::hit(data, &transform, pointer, view));
    if plot_response.double_clicked() {
        actions.push(Action::ZoomReset);
    } else if plot_response.clicked() {
        let action = click_action(&plot_response, &transform, hovered);
        actions.extend(match (org, action) {
            // The compared organisation's markers select in its own data.
            (Org::Compared, Some(Action::Select(Target::Event(e)))) => {
                Some(Action::SelectComparedEvent(e))
            }
            (Org::Compared, Some(Action::SelectStatusChange { .. })) => None,
            (_, action) => action,
        });
    }
    if let Some(mark) = hovered {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        let lang = view.lang;
        plot_response.on_hover_ui_at_pointer(|ui| mark_tooltip_ui(ui, dataset, mark, lang));
    }
    if org == Org::First {
        memory.last_transform = Some(transform);
    }
}

/// Ctrl+wheel (or pinch) zooms around the pointer, a sideways scroll or a drag pans.
fn navigate(
    ui: &Ui,
    response: &egui::Response,
    transform: &PlotTransform,
    (view, home): (&ViewState, (f64, f64)),
    actions: &mut Vec<Action>,
) {
    let mut range = visible_range(view, home);
    let before = range;
    let years_per_point = transform.dvalue_dpos()[0];
    if response.dragged() {
        range = pan_range(
            range,
            -f64::from(response.drag_delta().x) * years_per_point,
            home,
        );
    }
    if let Some(pointer) = response.hover_pos() {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
        if scroll.x != 0.0 {
            range = pan_range(range, -f64::from(scroll.x) * years_per_point, home);
        }
        if zoom != 1.0 && zoom.is_finite() && zoom > 0.0 {
            let anchor = transform.value_from_position(pointer).x;
            range = zoom_range(range, anchor, 1.0 / f64::from(zoom), home);
        }
    }
    if range != before {
        actions.push(Action::SetTimelineRange(range.0, range.1));
    }
}
