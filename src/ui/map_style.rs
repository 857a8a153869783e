//! The map's building blocks below the painting itself: the map-to-screen
//! transform, the status palette, the compare sides' colours, which status a
//! country has, events' points, outlines, the year box and a country's name
//! on the map.

use crate::i18n::{Lang, dates};
use crate::map::{MapFeature, MapPoint, MapRect, project};
use crate::model::{Compared, Dataset, Side, StatusDef};
use crate::state::ViewState;
use crate::tr;
use chrono::Datelike as _;
use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, pos2};

/// Where map units land on the screen in one frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapTransform {
    /// The map's area on screen.
    pub rect: Rect,
    /// The map point drawn at the middle of `rect`.
    pub center: MapPoint,
    /// Screen points per map unit.
    pub scale: f32,
}

impl MapTransform {
    /// Screen position of a map point.
    pub fn to_screen(self, p: MapPoint) -> Pos2 {
        let middle = self.rect.center();
        pos2(
            middle.x + (p.x - self.center.x) * self.scale,
            middle.y - (p.y - self.center.y) * self.scale,
        )
    }

    /// Map point under a screen position.
    pub fn to_map(self, pos: Pos2) -> MapPoint {
        let middle = self.rect.center();
        MapPoint::new(
            self.center.x + (pos.x - middle.x) / self.scale,
            self.center.y - (pos.y - middle.y) / self.scale,
        )
    }

    /// The part of the map that is on screen.
    pub fn visible(self) -> MapRect {
        let mut visible = MapRect::NOTHING;
        visible.extend(self.to_map(self.rect.left_top()));
        visible.extend(self.to_map(self.rect.right_bottom()));
        visible
    }
}

/// Colours of the map for one theme.
pub struct Palette {
    pub water: Color32,
    pub no_status: Color32,
    pub border: Color32,
    pub strong: Color32,
    pub label: Color32,
    pub halo: Color32,
    /// The hatching of disputed areas: one neutral grey that reads on both themes.
    pub hatch: Color32,
}

impl Palette {
    /// The colours for a light or dark theme.
    pub fn new(dark: bool) -> Self {
        if dark {
            Self {
                water: Color32::from_rgb(0x16, 0x20, 0x2a),
                no_status: Color32::from_gray(0x48),
                border: Color32::from_gray(0x1b),
                strong: Color32::from_gray(0xf2),
                label: Color32::from_gray(0xf0),
                halo: Color32::from_black_alpha(170),
                hatch: Color32::from_gray(0x8c),
            }
        } else {
            Self {
                water: Color32::from_rgb(0xe4, 0xee, 0xf6),
                no_status: Color32::from_gray(0xd6),
                border: Color32::from_gray(0xfa),
                strong: Color32::from_gray(0x10),
                label: Color32::from_gray(0x10),
                halo: Color32::from_white_alpha(190),
                hatch: Color32::from_gray(0x8c),
            }
        }
    }

    /// Fill of a country: its status colour, softened a little so borders,
    /// labels and highlights stay readable on top of it.
    pub fn fill(&self, status: Option<&StatusDef>, dark: bool) -> Color32 {
        match status {
            Some(status) => {
                let base = super::status_color(status, dark);
                let toward = if dark { Color32::BLACK } else { Color32::WHITE };
                base.lerp_to_gamma(toward, 0.2)
            }
            None => self.no_status,
        }
    }
}

/// The fill of a side in compare mode: one hue per organisation and a third,
/// darker one for the countries in both (distinct from each other on both themes).
pub fn side_color(side: Side, dark: bool) -> Color32 {
    let [r, g, b] = match (side, dark) {
        (Side::OnlyA, false) => [0x7f, 0xa8, 0xe0],
        (Side::OnlyB, false) => [0xf0, 0xb4, 0x6a],
        (Side::Both, false) => [0x8e, 0x5c, 0xb8],
        (Side::OnlyA, true) => [0x2f, 0x5d, 0x99],
        (Side::OnlyB, true) => [0x9a, 0x62, 0x1c],
        (Side::Both, true) => [0x8a, 0x58, 0xc0],
    };
    Color32::from_rgb(r, g, b)
}

/// The country's status on the cursor's day, if it is in the dataset and has one.
pub fn status_of<'d>(
    dataset: &'d Dataset,
    view: &ViewState,
    feature: &MapFeature,
) -> Option<&'d StatusDef> {
    let country = dataset.country_index(feature.code.as_deref()?)?;
    dataset
        .status_on(country, view.as_of)
        .and_then(|p| dataset.status_def(&p.status))
}

/// What the pointer is over.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hover {
    /// A feature of the map, by index.
    Feature(usize),
    /// An event drawn at its own coordinates, by index.
    Event(usize),
    /// A disputed area, by index in the map's `disputed`.
    Disputed(usize),
}

/// Where an event is drawn: its own coordinates when the dataset has them.
pub fn event_point(dataset: &Dataset, event: usize) -> Option<MapPoint> {
    let place = &dataset.file().events.get(event)?.place;
    Some(project(place.lon?, place.lat?))
}

/// Events with coordinates that are shown: of a visible kind, started by the cursor's day.
pub fn located_events<'a>(
    dataset: &'a Dataset,
    view: &'a ViewState,
) -> impl Iterator<Item = (usize, MapPoint)> + 'a {
    dataset
        .events_in_time_order()
        .iter()
        .copied()
        .filter(move |&e| {
            dataset.file().events.get(e).is_some_and(|event| {
                view.kinds.shows(&event.kind) && event.start.first_day() <= view.as_of
            })
        })
        .filter_map(move |e| Some((e, event_point(dataset, e)?)))
}

/// The outline of every ring of a feature, on screen.
pub fn outline(feature: &MapFeature, transform: &MapTransform, stroke: Stroke) -> Vec<Shape> {
    feature
        .rings
        .iter()
        .filter_map(|ring| feature.vertices.get(ring.clone()))
        .map(|points| {
            let points = points.iter().map(|&p| transform.to_screen(p)).collect();
            Shape::closed_line(split_sharp_corners(points), stroke)
        })
        .collect()
}

/// The turn (in radians' cosine) past which a corner of an outline is split:
/// sharper than a right angle.
const SHARP_TURN_COS: f32 = 0.0;

/// How far apart (in screen points) the two points a sharp corner becomes
/// stand: far below a pixel, so the outline's course does not visibly change.
const SPLIT_CORNER_GAP: f32 = 0.01;

/// A closed outline with every corner sharper than a right angle split in two
/// halves, and repeated points dropped.
///
/// Why: egui joins a thick line's segments with plain miters (it does not cut
/// sharp corners off), and a miter reaches out half the width divided by the
/// cosine of half the turn. The map's simplified borders turn back on
/// themselves in places (about 170 degrees on Russia's Arctic coast and on New
/// Guinea), so a 4-point band became a wedge some 50 points long across the
/// slide. Split in two, each half turns at most 90 degrees and its miter
/// stays within 1.5 of the half-width.
pub fn split_sharp_corners(points: Vec<Pos2>) -> Vec<Pos2> {
    let mut ring: Vec<Pos2> = Vec::with_capacity(points.len());
    for p in points {
        if ring.last().is_none_or(|last| last.distance_sq(p) > 1e-6) {
            ring.push(p);
        }
    }
    while ring.len() > 1
        && ring
            .first()
            .zip(ring.last())
            .is_some_and(|(a, b)| a.distance_sq(*b) <= 1e-6)
    {
        ring.pop();
    }
    let n = ring.len();
    if n < 3 {
        return ring;
    }
    let mut out = Vec::with_capacity(n + n / 8);
    for (i, &p) in ring.iter().enumerate() {
        let before = ring[(i + n - 1) % n];
        let after = ring[(i + 1) % n];
        let incoming = (p - before).normalized();
        let outgoing = (after - p).normalized();
        if incoming.dot(outgoing) >= SHARP_TURN_COS {
            out.push(p);
            continue;
        }
        // The middle direction of the turn; for a full reversal, across it.
        let middle = incoming + outgoing;
        let middle = if middle.length_sq() > 1e-6 {
            middle.normalized()
        } else {
            incoming.rot90()
        };
        out.push(p);
        out.push(p + middle * SPLIT_CORNER_GAP);
    }
    out
}

/// The year in large type in the map's top-right corner (the Arctic Ocean, where
/// it hides no country), with the counts of that day.
pub fn draw_year(
    painter: &egui::Painter,
    (dataset, compared): (&Dataset, Option<&Compared>),
    view: &ViewState,
    rect: Rect,
    palette: &Palette,
) {
    let year = dates::year(view.lang, view.as_of.year());
    let big = painter.layout_no_wrap(year, FontId::proportional(34.0), palette.label);
    let line = match compared {
        Some(compared) => {
            let groups = compared
                .comparison
                .groups_on(dataset, &compared.dataset, view.as_of);
            tr!(
                view.lang,
                "compare-year-counts",
                both = groups.both.len(),
                a = dataset.file().organisation.short_name.text(view.lang),
                only_a = groups.only_a.len(),
                b = compared
                    .dataset
                    .file()
                    .organisation
                    .short_name
                    .text(view.lang),
                only_b = groups.only_b.len()
            )
        }
        None => crate::ui::headcount_text(dataset, view.as_of, " · ", view.lang),
    };
    // A dataset with many statuses wraps rather than covering the map.
    let small = painter.layout(line, FontId::proportional(13.0), palette.label, 300.0);
    let width = big.size().x.max(small.size().x);
    let size = egui::vec2(width, big.size().y + small.size().y);
    let corner = rect.right_top() + egui::vec2(-12.0 - width, 8.0);
    painter.rect_filled(
        Rect::from_min_size(corner, size).expand(5.0),
        4.0,
        palette.halo,
    );
    // Right-aligned, so the box does not jump as the numbers change during play.
    let big_at = corner + egui::vec2(width - big.size().x, 0.0);
    let small_at = corner + egui::vec2(width - small.size().x, big.size().y);
    painter.galley(big_at, big, palette.label);
    painter.galley(small_at, small, palette.label);
}

/// A map feature's name in `lang`: the dataset's name for its countries, CLDR's
/// for the rest (English only from Natural Earth itself).
pub fn feature_name<'a>(dataset: &'a Dataset, feature: &'a MapFeature, lang: Lang) -> &'a str {
    match feature.code.as_deref() {
        Some(code) if dataset.country(code).is_some() => dataset.country_name(code, lang).text,
        Some(code) => crate::model::cldr_name(code, lang).unwrap_or(&feature.name),
        None => &feature.name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How far egui's miter at each corner of a closed line reaches, in
    /// half-widths of the line: 1 / |mean of the two segment normals|.
    fn longest_miter(points: &[Pos2]) -> f32 {
        let n = points.len();
        (0..n)
            .map(|i| {
                let before = points[(i + n - 1) % n];
                let p = points[i];
                let after = points[(i + 1) % n];
                let n0 = (p - before).normalized().rot90();
                let n1 = (after - p).normalized().rot90();
                1.0 / ((n0 + n1) * 0.5).length()
            })
            .fold(0.0, f32::max)
    }

    #[test]
    fn a_border_that_turns_back_gets_no_long_miter() {
        // A spike: out along a line and back at 176 degrees.
        let spike = vec![
            pos2(0.0, 0.0),
            pos2(100.0, 0.0),
            pos2(0.0, 7.0),
            pos2(0.0, 50.0),
        ];
        assert!(
            longest_miter(&spike) > 20.0,
            "the test's spike is not sharp"
        );
        let split = split_sharp_corners(spike);
        assert!(longest_miter(&split) < 1.5, "{}", longest_miter(&split));
        // Only the sharp corners were split, by far less than a pixel.
        assert_eq!(split.len(), 6);
        assert!(split[1].distance(pos2(100.0, 0.0)) < 0.02);
        // A full reversal and a repeated point are handled too.
        let back = vec![
            pos2(0.0, 0.0),
            pos2(10.0, 0.0),
            pos2(10.0, 0.0),
            pos2(0.0, 0.0),
            pos2(0.0, 10.0),
        ];
        assert!(longest_miter(&split_sharp_corners(back)) < 1.5);
    }

    #[test]
    fn outlines_of_the_bundled_map_have_no_spikes() {
        // Russia's Arctic coast and New Guinea had corners turning back by
        // about 170 degrees: wedges across slide maps.
        let map = crate::map::bundled();
        let transform = MapTransform {
            rect: Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(1000.0, 600.0)),
            center: MapPoint::new(20.0, 30.0),
            scale: 8.0,
        };
        for code in ["RUS", "IDN", "PNG", "MYS", "IND", "CHN"] {
            let feature = map.feature(code).unwrap();
            for shape in outline(feature, &transform, Stroke::new(4.0, Color32::BLACK)) {
                let Shape::Path(path) = shape else {
                    panic!("{code}: an outline is a path")
                };
                let miter = longest_miter(&path.points);
                assert!(miter < 1.5, "{code}: a miter reaches {miter} half-widths");
            }
        }
    }
}
