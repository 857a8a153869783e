//! Where a map's labels go: each label tries positions around what it names
//! (on it, beside it, further out with a leader line) and takes the one that
//! covers least of the countries the map is about, of labels already placed
//! and of what must stay visible (an event's dot, a small country), never
//! cut by the map's edge. Pure geometry on screen rectangles, no painting,
//! and deterministic: the same map places its labels the same way.

use egui::{Align2, Pos2, Rect, Vec2, vec2};

/// How much a share of a label over the countries the map is about costs,
/// against one step down the list of preferred positions.
const COVER_COST: f32 = 20.0;

/// How much overlapping other labels or kept-clear areas costs (as a share of
/// the label's area): a label that overlaps is only placed if it must be.
const OVERLAP_COST: f32 = 200.0;

/// How far (in label heights) the map's edge may push a label that stands
/// beside its subject.
const MAX_SHIFT: f32 = 1.5;

/// Space between a label and what it names, in points.
const GAP: f32 = 4.0;

/// A label to place.
#[derive(Clone, Copy, Debug)]
pub struct Wanted {
    /// The point it names (a country's label point, an event's dot).
    pub anchor: Pos2,
    /// The label's size on screen.
    pub size: Vec2,
    /// What the label must leave visible of its own subject (a dot and its
    /// ring, a small country's box); a point at `anchor` for nothing.
    pub keep_clear: Rect,
    /// Whether the label may stand centred on the anchor (a name that fits
    /// inside its country). Otherwise it stands beside `keep_clear`.
    pub centred: bool,
    /// Whether positions further out, joined by a leader line, are tried.
    pub far: bool,
}

/// Where a label went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    /// The label's rectangle on screen.
    pub rect: Rect,
    /// A line from the subject to the label, when the label stands apart.
    pub leader: Option<(Pos2, Pos2)>,
}

/// Places labels one after another, each clear of those before it.
#[derive(Debug)]
pub struct LabelPlacer {
    /// Labels stay whole inside this rectangle.
    area: Rect,
    /// Labels placed and areas kept clear so far.
    taken: Vec<Rect>,
    /// The leader lines drawn so far.
    leaders: Vec<(Pos2, Pos2)>,
}

impl LabelPlacer {
    /// A placer for labels inside `area`.
    pub fn new(area: Rect) -> Self {
        Self {
            area,
            taken: Vec::new(),
            leaders: Vec::new(),
        }
    }

    /// Keeps `rect` clear of the labels placed from now on.
    pub fn keep_clear(&mut self, rect: Rect) {
        self.taken.push(rect);
    }

    /// The best position for `wanted`: `cover` says what share of a rectangle
    /// lies over the countries the map is about (0 to 1). `None` when every
    /// position overlaps a label placed before, unless the label `must` stand.
    pub fn place(
        &mut self,
        wanted: &Wanted,
        cover: impl Fn(Rect) -> f32,
        must: bool,
    ) -> Option<Placed> {
        let mut best: Option<(f32, bool, Placed)> = None;
        for Candidate {
            preference,
            rect,
            apart,
            on_anchor,
        } in candidates(wanted)
        {
            let moved = keep_inside(rect, self.area);
            let shift = (moved.min - rect.min).length() / wanted.size.y.max(1.0);
            // Pushed far in from the edge, a label beside its subject would
            // no longer be beside it; one on it may move by half its width.
            let limit = if on_anchor {
                MAX_SHIFT + 0.5 * wanted.size.x / wanted.size.y.max(1.0)
            } else {
                MAX_SHIFT
            };
            if shift > limit {
                continue;
            }
            // Moved away from its subject (further out, or in from the
            // edge): a line shows what the label names.
            let away = distance(moved, wanted.keep_clear) > 3.0 * GAP;
            // A small country's name always points at it when it stands
            // off it: a name beside it otherwise reads as its neighbour's.
            let leader = if wanted.centred {
                apart.then(|| leader(wanted, moved))
            } else {
                (apart || away || !moved.contains(wanted.anchor))
                    .then(|| (wanted.anchor, moved.clamp(wanted.anchor)))
            };
            // A name far from what it names is no help: past a few lines'
            // length its line crosses other countries, so the name is left out.
            if !must
                && leader
                    .is_some_and(|(from, to)| from.distance(to) > MAX_LEADER_LINES * wanted.size.y)
            {
                continue;
            }
            let mut overlap = self.overlap(moved);
            if !wanted.centred {
                overlap += overlap_share(moved, wanted.keep_clear);
            }
            // Lines must not cross labels, nor labels lines.
            let crossed = self.leaders.iter().filter(|&&line| crosses(line, moved));
            let crossing = leader
                .iter()
                .flat_map(|&line| self.taken.iter().filter(move |&&r| crosses(line, r)));
            #[expect(clippy::cast_precision_loss, reason = "a few lines and labels")]
            let crossings = (crossed.count() + crossing.count()) as f32;
            overlap += 0.5 * crossings;
            let cost = preference + shift + OVERLAP_COST * overlap + COVER_COST * cover(moved);
            // A label clear of the others beats any that overlaps, however little.
            let clear = overlap <= 0.0;
            let better = |&(b, b_overlaps, _): &(f32, bool, Placed)| {
                let b_clear = !b_overlaps;
                (clear && !b_clear) || (clear == b_clear && cost < b)
            };
            if best.as_ref().is_none_or(better) {
                let placed = Placed {
                    rect: moved,
                    leader,
                };
                best = Some((cost, overlap > 0.0, placed));
            }
        }
        let (_, overlaps, placed) = best?;
        if overlaps && !must {
            return None;
        }
        self.taken.push(placed.rect);
        self.leaders.extend(placed.leader);
        Some(placed)
    }

    /// The share of `rect` over what is taken (summed, so may pass 1).
    fn overlap(&self, rect: Rect) -> f32 {
        self.taken.iter().map(|t| overlap_share(rect, *t)).sum()
    }
}

/// The share of `rect`'s area that `other` covers (a little margin counts,
/// so labels do not touch).
fn overlap_share(rect: Rect, other: Rect) -> f32 {
    let cut = rect.intersect(other.expand(1.5));
    if cut.is_positive() {
        cut.area() / rect.area().max(1.0)
    } else {
        0.0
    }
}

/// The longest leader line of an optional name, in heights of its label.
const MAX_LEADER_LINES: f32 = 3.0;

/// A position to try.
struct Candidate {
    /// Lower is better.
    preference: f32,
    rect: Rect,
    /// Whether it stands apart from its subject (then a leader line joins them).
    apart: bool,
    /// Whether it stands on the anchor (centred, or nudged a line).
    on_anchor: bool,
}

/// Positions to try, best first.
fn candidates(wanted: &Wanted) -> Vec<Candidate> {
    let size = wanted.size;
    let mut out = Vec::with_capacity(27);
    if wanted.centred {
        // Centred, or nudged a line up or down, still on the country.
        for (dy, preference) in [(0.0, 0.0), (-size.y, 0.8), (size.y, 0.8)] {
            let at = wanted.anchor + vec2(0.0, dy);
            out.push(Candidate {
                preference,
                rect: Align2::CENTER_CENTER.anchor_size(at, size),
                apart: false,
                on_anchor: true,
            });
        }
    }
    let rings: &[(f32, f32, bool)] = if wanted.far {
        &[
            (0.0, 1.0, false),
            (1.5 * size.y, 4.0, true),
            (3.0 * size.y, 6.0, true),
        ]
    } else {
        &[(0.0, 1.0, false)]
    };
    let around = wanted
        .keep_clear
        .union(Rect::from_center_size(wanted.anchor, Vec2::ZERO));
    for &(distance, preference, apart) in rings {
        let r = around.expand(GAP + distance);
        let y = wanted.anchor.y.clamp(r.top(), r.bottom());
        let x = wanted.anchor.x.clamp(r.left(), r.right());
        let sides = [
            (0.0, Align2::LEFT_CENTER, egui::pos2(r.right(), y)),
            (0.0, Align2::RIGHT_CENTER, egui::pos2(r.left(), y)),
            (0.5, Align2::CENTER_BOTTOM, egui::pos2(x, r.top())),
            (0.5, Align2::CENTER_TOP, egui::pos2(x, r.bottom())),
            (1.0, Align2::LEFT_BOTTOM, r.right_top()),
            (1.0, Align2::RIGHT_BOTTOM, r.left_top()),
            (1.0, Align2::LEFT_TOP, r.right_bottom()),
            (1.0, Align2::RIGHT_TOP, r.left_bottom()),
        ];
        for (extra, align, at) in sides {
            out.push(Candidate {
                preference: preference + extra,
                rect: align.anchor_size(at, size),
                apart,
                on_anchor: false,
            });
        }
    }
    out
}

/// Whether the middle of a line (its ends touch what they join) passes
/// through `rect`, checked at points along it.
fn crosses((from, to): (Pos2, Pos2), rect: Rect) -> bool {
    (2..=14).any(|i| {
        #[expect(clippy::cast_precision_loss, reason = "steps along one line")]
        let t = i as f32 / 16.0;
        rect.contains(from.lerp(to, t))
    })
}

/// The gap between two rectangles (0 when they touch or overlap).
fn distance(a: Rect, b: Rect) -> f32 {
    let dx = (b.left() - a.right()).max(a.left() - b.right()).max(0.0);
    let dy = (b.top() - a.bottom()).max(a.top() - b.bottom()).max(0.0);
    dx.hypot(dy)
}

/// A line from the edge of what the label names to the nearest point of the label.
fn leader(wanted: &Wanted, label: Rect) -> (Pos2, Pos2) {
    let to = label.clamp(wanted.anchor);
    let from = wanted.keep_clear.clamp(to);
    (from, to)
}

/// `rect` moved (not resized) to lie inside `area` where it can.
pub fn keep_inside(rect: Rect, area: Rect) -> Rect {
    let dx = if rect.left() < area.left() {
        area.left() - rect.left()
    } else if rect.right() > area.right() {
        (area.right() - rect.right()).max(area.left() - rect.left())
    } else {
        0.0
    };
    let dy = if rect.top() < area.top() {
        area.top() - rect.top()
    } else if rect.bottom() > area.bottom() {
        (area.bottom() - rect.bottom()).max(area.top() - rect.top())
    } else {
        0.0
    };
    rect.translate(vec2(dx, dy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn area() -> Rect {
        Rect::from_min_size(pos2(0.0, 0.0), vec2(400.0, 300.0))
    }

    fn dot_label(at: Pos2) -> Wanted {
        Wanted {
            anchor: at,
            size: vec2(80.0, 16.0),
            keep_clear: Rect::from_center_size(at, vec2(14.0, 14.0)),
            centred: false,
            far: true,
        }
    }

    #[test]
    fn a_label_stays_off_the_countries_the_map_is_about() {
        // The subject fills the right half: the label goes left of the dot.
        let mut placer = LabelPlacer::new(area());
        let subject = Rect::from_min_max(pos2(200.0, 0.0), pos2(400.0, 300.0));
        let cover = |r: Rect| overlap_share(r, subject);
        let placed = placer
            .place(&dot_label(pos2(205.0, 150.0)), cover, true)
            .unwrap();
        assert!(placed.rect.right() <= 200.0, "{:?}", placed.rect);
        assert!(
            !placed
                .rect
                .intersects(Rect::from_center_size(pos2(205.0, 150.0), vec2(14.0, 14.0)))
        );
    }

    #[test]
    fn labels_never_overlap_and_stay_inside() {
        let mut placer = LabelPlacer::new(area());
        let mut rects = Vec::new();
        // Five labels for points crowded in a corner: those that fit near
        // their points are placed, the rest left out rather than far away.
        for i in 0..5 {
            let at = pos2(390.0 - 20.0 * i as f32, 290.0 - 10.0 * i as f32);
            if let Some(p) = placer.place(&dot_label(at), |_| 0.0, false) {
                if let Some((from, to)) = p.leader {
                    assert!(from.distance(to) <= MAX_LEADER_LINES * 16.0 + 0.01);
                }
                rects.push(p.rect);
            }
        }
        assert!(rects.len() >= 3, "{rects:?}");
        for (i, a) in rects.iter().enumerate() {
            assert!(area().contains_rect(*a), "{a:?} is cut by the edge");
            for b in &rects[i + 1..] {
                assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_name_that_fits_stands_centred_and_one_that_does_not_stands_beside() {
        let mut placer = LabelPlacer::new(area());
        let big = Wanted {
            anchor: pos2(100.0, 100.0),
            size: vec2(60.0, 14.0),
            keep_clear: Rect::from_center_size(pos2(100.0, 100.0), Vec2::ZERO),
            centred: true,
            far: false,
        };
        let placed = placer.place(&big, |_| 0.0, false).unwrap();
        assert_eq!(placed.rect.center(), pos2(100.0, 100.0));
        assert_eq!(placed.leader, None);
        // A small country: its box stays visible.
        let small_box = Rect::from_center_size(pos2(300.0, 200.0), vec2(12.0, 8.0));
        let small = Wanted {
            anchor: pos2(300.0, 200.0),
            keep_clear: small_box,
            centred: false,
            ..big
        };
        let placed = placer.place(&small, |_| 0.0, false).unwrap();
        assert!(!placed.rect.intersects(small_box));
        assert!(placed.rect.center().distance(pos2(300.0, 200.0)) < 60.0);
    }

    #[test]
    fn a_label_at_the_edge_is_moved_in_whole() {
        let mut placer = LabelPlacer::new(area());
        let wanted = Wanted {
            anchor: pos2(398.0, 5.0),
            size: vec2(120.0, 16.0),
            keep_clear: Rect::from_center_size(pos2(398.0, 5.0), Vec2::ZERO),
            centred: true,
            far: false,
        };
        let placed = placer.place(&wanted, |_| 0.0, true).unwrap();
        assert!(area().contains_rect(placed.rect), "{:?}", placed.rect);
    }
}
