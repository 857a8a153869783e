//! Disputed areas on the map: a neutral fill under diagonal hatching and a
//! dashed outline, drawn over the countries so that no organisation's colour
//! shows through one party's shape; their hover card names the area and its
//! parties, and the legend has a hatched swatch for them.

use super::map_style::{MapTransform, Palette, feature_name};
use crate::i18n::Lang;
use crate::map::{DisputedArea, MapData, MapFeature};
use crate::model::Dataset;
use crate::tr;
use egui::{Mesh, Pos2, RichText, Shape, Stroke, Ui};

/// Distance between hatch lines, in points (measured across them).
const HATCH_SPACING: f32 = 6.0;

/// Draws every disputed area on screen: fill, hatching, dashed outline.
pub fn draw_disputed(
    painter: &egui::Painter,
    map: &MapData,
    transform: &MapTransform,
    palette: &Palette,
) {
    let visible = transform.visible();
    let hatch = Stroke::new(1.0, palette.hatch);
    for area in &map.disputed {
        let shape = &area.shape;
        if shape.is_dot() || !shape.bounds.intersects(&visible) {
            continue;
        }
        let rings = screen_rings(shape, transform);
        let mut mesh = Mesh::default();
        for &p in &shape.vertices {
            mesh.colored_vertex(transform.to_screen(p), palette.no_status);
        }
        mesh.indices.extend(shape.triangles.iter().copied());
        painter.add(Shape::mesh(mesh));
        painter.extend(hatch_lines(&rings, HATCH_SPACING, hatch));
        for ring in rings {
            let mut closed = ring;
            if let Some(&first) = closed.first() {
                closed.push(first);
            }
            painter.extend(Shape::dashed_line(&closed, hatch, 4.0, 3.0));
        }
    }
}

/// A shape's rings in screen coordinates.
fn screen_rings(shape: &MapFeature, transform: &MapTransform) -> Vec<Vec<Pos2>> {
    shape
        .rings
        .iter()
        .filter_map(|ring| shape.vertices.get(ring.clone()))
        .map(|points| points.iter().map(|&p| transform.to_screen(p)).collect())
        .collect()
}

/// Diagonal lines (rising to the right) `spacing` apart, clipped to the inside
/// of `rings` by the even-odd rule, so holes stay clear.
pub fn hatch_lines(rings: &[Vec<Pos2>], spacing: f32, stroke: Stroke) -> Vec<Shape> {
    // Along a line, x + y is constant; across lines, u = x + y steps by spacing * sqrt 2.
    let step = spacing * std::f32::consts::SQRT_2;
    let us = rings.iter().flatten().map(|p| p.x + p.y);
    let (low, high) = us.fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), u| {
        (lo.min(u), hi.max(u))
    });
    if !low.is_finite() || !high.is_finite() {
        return Vec::new();
    }
    let mut shapes = Vec::new();
    let mut u = (low / step).ceil() * step;
    while u < high {
        let mut crossings: Vec<Pos2> = Vec::new();
        for ring in rings {
            let Some(&last) = ring.last() else { continue };
            let mut a = last;
            for &b in ring {
                let (ua, ub) = (a.x + a.y, b.x + b.y);
                if (ua > u) != (ub > u) {
                    let t = (u - ua) / (ub - ua);
                    crossings.push(a + (b - a) * t);
                }
                a = b;
            }
        }
        crossings.sort_by(|p, q| p.x.total_cmp(&q.x));
        for pair in crossings.chunks_exact(2) {
            shapes.push(Shape::line_segment([pair[0], pair[1]], stroke));
        }
        u += step;
    }
    shapes
}

/// The hover card of a disputed area: its name, that it is disputed, and its
/// parties by the names the app gives countries (the dataset's, else CLDR's,
/// else Natural Earth's).
pub fn disputed_hover_ui(
    ui: &mut Ui,
    (dataset, map): (&Dataset, &MapData),
    area: &DisputedArea,
    lang: Lang,
) {
    ui.label(RichText::new(area.name(lang)).strong());
    ui.label(tr!(lang, "map-disputed-area"));
    if area.self_administered {
        ui.label(tr!(lang, "map-disputed-self-administered"));
    }
    let parties: Vec<&str> = area
        .parties
        .iter()
        .map(|code| match map.feature(code) {
            Some(feature) => feature_name(dataset, feature, lang),
            None => crate::model::cldr_name(code, lang).unwrap_or(code),
        })
        .collect();
    let parties = parties.join(&tr!(lang, "map-disputed-separator"));
    ui.label(tr!(lang, "map-disputed-claimed-by", parties = &parties));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hatching_stays_inside_the_shape_and_out_of_holes() {
        let square = vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(60.0, 0.0),
            Pos2::new(60.0, 60.0),
            Pos2::new(0.0, 60.0),
        ];
        let hole = vec![
            Pos2::new(20.0, 20.0),
            Pos2::new(40.0, 20.0),
            Pos2::new(40.0, 40.0),
            Pos2::new(20.0, 40.0),
        ];
        let stroke = Stroke::new(1.0, egui::Color32::GRAY);
        let lines = hatch_lines(std::slice::from_ref(&square), 6.0, stroke);
        assert!(lines.len() > 10, "{} lines", lines.len());
        let with_hole = hatch_lines(&[square, hole], 6.0, stroke);
        assert!(
            with_hole.len() > lines.len(),
            "lines through the hole are split"
        );
        for shape in with_hole {
            let Shape::LineSegment { points, .. } = shape else {
                panic!("not a segment")
            };
            let middle = points[0] + (points[1] - points[0]) * 0.5;
            assert!((-0.1..=60.1).contains(&middle.x) && (-0.1..=60.1).contains(&middle.y));
            let in_hole = (20.5..39.5).contains(&middle.x) && (20.5..39.5).contains(&middle.y);
            assert!(!in_hole, "a hatch line crosses the hole at {middle:?}");
        }
    }
}
