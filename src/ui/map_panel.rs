//! The map: countries shaded by their status on the date cursor's day, the
//! selected country and event highlighted, zoom and pan, and a Play button
//! that animates the date so a class can watch the organisation grow.
//!
//! The shapes are triangulated once when the map is loaded ([`crate::map`]);
//! each frame only moves their vertices to the screen and colours them, which
//! takes well under a millisecond for the ~11,000 points.

use super::map_legend::{compare_hover_ui, compare_legend_ui, hover_ui, legend_ui};
use super::map_paint::{Hover, MapPainting, MapTransform, Palette, draw_year, located_events};
use super::play_bar::{Player, play_controls_ui};
use crate::actions::Action;
use crate::map::{MapData, MapPoint, MapRect, project};
use crate::model::{Compared, Dataset, Target};
use crate::on_screen::OnScreen;
use crate::state::ViewState;
use crate::tr;
use chrono::NaiveDate;
use egui::{Pos2, Rect, Sense, Ui};

/// A dot closer than this many points to the pointer is hovered.
const DOT_HIT_RADIUS: f32 = 8.0;

/// Zoom limits, relative to the home view.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=24.0;

/// Margin around the home view, in map units (degrees of latitude).
const HOME_MARGIN: f32 = 1.5;

/// What the map remembers between frames (not persisted).
#[derive(Clone, Debug)]
pub struct MapMemory {
    /// Zoom relative to the home view (1 shows all countries of the dataset).
    pub zoom: f32,
    /// The map point at the middle of the view; `None` is the home view's middle.
    pub center: Option<MapPoint>,
    /// Play and the date slider above the map.
    pub player: Player,
    /// Height of the legend and note under the map, measured last frame.
    footer_height: Option<f32>,
    /// The transform of the last frame, to find places on screen (tests use it too).
    pub last_transform: Option<MapTransform>,
}

impl Default for MapMemory {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            center: None,
            player: Player::default(),
            footer_height: None,
            last_transform: None,
        }
    }
}

impl MapMemory {
    /// Screen position of a longitude/latitude in the last frame.
    pub fn screen_pos(&self, lon: f64, lat: f64) -> Option<Pos2> {
        Some(self.last_transform?.to_screen(project(lon, lat)))
    }

    /// Centres the view on a longitude/latitude at `zoom` times the home view's
    /// scale (scenes and tests that show one region).
    pub fn look_at(&mut self, lon: f64, lat: f64, zoom: f32) {
        self.zoom = zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.center = Some(project(lon, lat));
    }

    /// Back to the home view.
    pub fn reset_view(&mut self) {
        self.zoom = 1.0;
        self.center = None;
    }
}

/// The map panel: toolbar with Play and the date, the map, the legend and the borders note.
pub fn map_panel_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    view: &ViewState,
    memory: &mut MapMemory,
    actions: &mut Vec<Action>,
) {
    let (dataset, compared, map) = (shown.dataset, shown.compared(), shown.map);
    let dark = ui.visuals().dark_mode;
    let palette = Palette::new(dark);
    memory.player.stop_on_input(ui);

    let span = crate::model::date_span(dataset, compared);
    toolbar_ui(ui, span, view, memory, actions);

    // The legend wraps on narrow panels: reserve what it took last frame.
    let footer_height = memory
        .footer_height
        .unwrap_or(3.0 * ui.text_style_height(&egui::TextStyle::Body) + 16.0);
    let size = egui::vec2(
        ui.available_width(),
        (ui.available_height() - footer_height).max(120.0),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr!(view.lang, "map-canvas"))
    });

    let transform = navigate(ui, (dataset, compared), map, memory, rect, &response);
    memory.last_transform = Some(transform);

    let hover = response
        .hover_pos()
        .and_then(|pos| hit(dataset, map, view, &transform, pos));
    if response.clicked() {
        match hover {
            Some(Hover::Feature(f)) => {
                let code = map
                    .features
                    .get(f)
                    .and_then(|feature| feature.code.as_deref());
                // Comparing, a country of either organisation can be selected.
                let compared_pair = compared
                    .zip(code)
                    .and_then(|(c, code)| c.comparison.index_of(code));
                if let Some(k) = compared_pair {
                    actions.push(Action::SelectCompared(k));
                } else if let Some(country) = code.and_then(|code| dataset.country_index(code)) {
                    actions.push(Action::Select(Target::Country(country)));
                }
            }
            Some(Hover::Event(e)) => actions.push(Action::Select(Target::Event(e))),
            // A disputed area is no organisation's country: nothing to select.
            Some(Hover::Disputed(_)) | None => {}
        }
    }

    let painter = ui.painter_at(rect);
    MapPainting {
        painter: &painter,
        dataset,
        map,
        view,
        transform: &transform,
        palette: &palette,
        dark,
        compared,
        on_slide: false,
        label_size: crate::ui::map_paint::EXPLORER_LABEL_SIZE,
    }
    .draw(hover);
    draw_year(&painter, (dataset, compared), view, rect, &palette);

    if let Some(hover) = hover {
        response.on_hover_ui_at_pointer(|ui| match (compared, hover) {
            (Some(compared), Hover::Feature(f)) => {
                compare_hover_ui(ui, dataset, compared, map, view, f);
            }
            _ => hover_ui(ui, dataset, map, view, hover),
        });
    }

    let footer_top = ui.cursor().top();
    match compared {
        Some(compared) => compare_legend_ui(ui, dataset, compared, &palette, dark, view.lang),
        None => legend_ui(ui, dataset, &palette, dark, view.lang),
    }
    let used = ui.min_rect().bottom() - footer_top + ui.spacing().item_spacing.y;
    if memory.footer_height.is_none_or(|h| (h - used).abs() > 0.5) {
        memory.footer_height = Some(used);
        ui.ctx().request_repaint();
    }

    memory.player.advance_ui(ui, span, view, actions);
}

fn toolbar_ui(
    ui: &mut Ui,
    span: (NaiveDate, NaiveDate),
    view: &ViewState,
    memory: &mut MapMemory,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        let lang = view.lang;
        play_controls_ui(ui, span, view, &mut memory.player, actions);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!(lang, "map-reset-view"))
                .on_hover_text(tr!(lang, "map-reset-view-tip"))
                .clicked()
            {
                memory.reset_view();
            }
        });
    });
}

/// Widest home view, in map units (degrees of longitude): wider than this, the
/// organisation's partners span the world and the view frames its members.
const MAX_HOME_WIDTH: f32 = 180.0;

/// What the map shows at first: every country of the dataset, or, when those
/// span the world (partners on every continent), the countries that were ever
/// members, so the organisation's own region fills the view.
fn home_bounds(dataset: &Dataset, map: &MapData) -> MapRect {
    let countries = &dataset.file().countries;
    let all = map.bounds_of(countries.iter().map(|c| c.code.as_str()));
    if all.width() <= MAX_HOME_WIDTH {
        return all;
    }
    let members = map.bounds_of(
        countries
            .iter()
            .filter(|c| {
                c.statuses.iter().any(|p| {
                    dataset
                        .status_def(&p.status)
                        .is_some_and(|s| s.counts_as_member)
                })
            })
            .map(|c| c.code.as_str()),
    );
    if members.is_valid() { members } else { all }
}

/// Applies wheel zoom and drag pan, and returns this frame's transform.
fn navigate(
    ui: &Ui,
    (dataset, compared): (&Dataset, Option<&Compared>),
    map: &MapData,
    memory: &mut MapMemory,
    rect: Rect,
    response: &egui::Response,
) -> MapTransform {
    let mut home = home_bounds(dataset, map);
    // Comparing, the home view holds both organisations.
    if let Some(other) = compared.map(|c| home_bounds(&c.dataset, map))
        && other.is_valid()
    {
        if home.is_valid() {
            home.union(other);
        } else {
            home = other;
        }
    }
    if !home.is_valid() {
        home = MapRect {
            min: project(20.0, -5.0),
            max: project(180.0, 80.0),
        };
    }
    home.extend(MapPoint::new(
        home.min.x - HOME_MARGIN,
        home.min.y - HOME_MARGIN,
    ));
    home.extend(MapPoint::new(
        home.max.x + HOME_MARGIN,
        home.max.y + HOME_MARGIN,
    ));
    let home_scale = (rect.width() / home.width())
        .min(rect.height() / home.height())
        .max(0.01);
    let mut transform = MapTransform {
        rect,
        center: memory.center.unwrap_or_else(|| home.center()),
        scale: home_scale * memory.zoom,
    };

    if response.dragged() {
        let delta = response.drag_delta();
        transform.center.x -= delta.x / transform.scale;
        transform.center.y += delta.y / transform.scale;
        memory.center = Some(transform.center);
    }
    if response.hovered() {
        let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = pinch * (scroll / 300.0).exp();
        if (factor - 1.0).abs() > 1e-4
            && let Some(pointer) = response.hover_pos()
        {
            // Keep the point under the pointer where it is.
            let before = transform.to_map(pointer);
            memory.zoom = (memory.zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
            transform.scale = home_scale * memory.zoom;
            let after = transform.to_map(pointer);
            transform.center.x += before.x - after.x;
            transform.center.y += before.y - after.y;
            memory.center = Some(transform.center);
        }
    }
    transform
}

/// What is under the pointer: dots first (they sit on top), then shapes.
fn hit(
    dataset: &Dataset,
    map: &MapData,
    view: &ViewState,
    transform: &MapTransform,
    pos: Pos2,
) -> Option<Hover> {
    let near = |p: MapPoint| transform.to_screen(p).distance(pos);
    let event = located_events(dataset, view)
        .map(|(e, p)| (near(p), e))
        .filter(|(d, _)| *d <= DOT_HIT_RADIUS)
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, e)) = event {
        return Some(Hover::Event(e));
    }
    let dot = map
        .features
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_dot())
        .map(|(i, f)| (near(f.label), i))
        .filter(|(d, _)| *d <= DOT_HIT_RADIUS)
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, i)) = dot {
        return Some(Hover::Feature(i));
    }
    // Disputed areas lie over the countries: they are found first.
    let at = transform.to_map(pos);
    map.disputed_at(at)
        .map(Hover::Disputed)
        .or_else(|| map.hit(at).map(Hover::Feature))
}
