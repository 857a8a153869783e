//! Points of the quiz map, worked out before drawing: bold outlines without
//! hairpin turns, and markers moved apart so none hides another.

use egui::Pos2;

/// A bold outline skips a point where it turns back by more than this
/// (the cosine of the angle between the lines in and out: about 150 degrees).
const HAIRPIN: f32 = -0.85;
/// A closed line's points without those where it turns back on itself
/// (where a thick line grows a spike), checked again after each removal, as
/// removing one point can make a hairpin of its neighbour.
pub(super) fn without_hairpins(mut points: Vec<Pos2>) -> Vec<Pos2> {
    let hairpin =
        |a: Pos2, b: Pos2, c: Pos2| (b - a).normalized().dot((c - b).normalized()) < HAIRPIN;
    let mut i = 0;
    // Each removal steps back one point, so the whole ring is checked again
    // around it; a ring of n points takes at most about 2n steps.
    let mut steps = 4 * points.len();
    while i < points.len() && points.len() > 3 && steps > 0 {
        steps -= 1;
        let n = points.len();
        let (a, b, c) = (points[(i + n - 1) % n], points[i], points[(i + 1) % n]);
        if hairpin(a, b, c) {
            points.remove(i);
            i = i.saturating_sub(1);
        } else {
            i += 1;
        }
    }
    points
}

/// Markers at `points`, moved apart until no two are nearer than `gap`: each
/// is pushed straight away from an earlier one it touches (up, where they
/// coincide), a few times over, as one push may bring it near another.
pub(super) fn apart(points: &[Pos2], gap: f32) -> Vec<Pos2> {
    let mut placed: Vec<Pos2> = Vec::with_capacity(points.len());
    for &p in points {
        let mut at = p;
        for _ in 0..8 {
            let Some(&near) = placed.iter().find(|q| q.distance(at) < gap - 0.01) else {
                break;
            };
            let away = at - near;
            let direction = if away.length() > 0.01 {
                away / away.length()
            } else {
                egui::vec2(0.0, -1.0)
            };
            at = near + direction * gap;
        }
        placed.push(at);
    }
    placed
}
