//! The map beside a question of places, Seterra-style: "where was this held"
//! shows the choices' cities as numbered markers, "which of these held the
//! status" outlines the choice countries with their numbers. Clicking a
//! marker or a choice country chooses or ticks it: the same action as its
//! number key or its button in the list. Once the answer is shown, the right
//! places are green and named, wrongly chosen ones red.
//!
//! The countries are not shaded by status, as the explorer's map is: the
//! shading would give a status question's answer away.

use egui::{Align2, Color32, FontId, Mesh, Pos2, Rect, Sense, Shape, Stroke, Ui};

use super::quiz_map_points::{apart, without_hairpins};
use super::{right_color, wrong_color};
use crate::actions::Action;
use crate::i18n::Lang;
use crate::map::{MapData, MapPoint, MapRect};
use crate::model::Dataset;
use crate::quiz::{Ask, Choice, Question, text};
use crate::state::QuizState;
use crate::tr;
use crate::ui::map_disputed::draw_disputed;
use crate::ui::map_style::{MapTransform, Palette, event_point};

/// Radius of a choice's numbered marker, in points: a target a finger or a
/// projector's audience can find.
const BADGE_RADIUS: f32 = 11.0;
/// The least the map shows, in map units (degrees of latitude) wide and
/// high: two neighbouring cities still show their region around them.
const MIN_EXTENT: (f32, f32) = (28.0, 16.0);
/// The least distance between two points of a choice's bold outline, in points.
const OUTLINE_STEP: f32 = 2.5;
/// Room kept around the choices, as a share of their extent.
const MARGIN: f32 = 0.3;

/// Where a choice is on the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Spot {
    /// A city, at its point.
    City(MapPoint),
    /// A country, by index in the map's features.
    Country(usize),
}

/// The map's spot of every choice, when the question is answered on a map
/// (a place or a status question) and every choice can be found on it.
pub(super) fn spots(dataset: &Dataset, map: &MapData, question: &Question) -> Option<Vec<Spot>> {
    if !matches!(
        question.ask,
        Ask::EventPlace { .. } | Ask::HeldStatusOn { .. }
    ) {
        return None;
    }
    question
        .choices
        .iter()
        .map(|&choice| match choice {
            Choice::Place(e) => city_point(dataset, e).map(Spot::City),
            Choice::Country(c) => dataset
                .file()
                .countries
                .get(c)
                .and_then(|country| map.index_of(&country.code))
                .map(Spot::Country),
            Choice::Year(_) | Choice::Happening(_) | Choice::Count(_) => None,
        })
        .collect()
}

/// Where an event's city is: the event's own coordinates, else those of
/// another event in the same city (the dataset locates a city once or twice,
/// not at every event held there).
fn city_point(dataset: &Dataset, event: usize) -> Option<MapPoint> {
    event_point(dataset, event).or_else(|| {
        let events = &dataset.file().events;
        let name = events.get(event)?.place.city.as_ref()?.en().to_lowercase();
        events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.place
                    .city
                    .as_ref()
                    .is_some_and(|c| c.en().to_lowercase() == name)
            })
            .find_map(|(e, _)| event_point(dataset, e))
    })
}

/// The region to show: every choice, with room around it.
fn region(map: &MapData, spots: &[Spot]) -> MapRect {
    let mut bounds = MapRect::NOTHING;
    for &spot in spots {
        match spot {
            Spot::City(p) => bounds.extend(p),
            Spot::Country(f) => {
                if let Some(feature) = map.features.get(f) {
                    bounds.union(feature.bounds);
                    bounds.extend(feature.label);
                }
            }
        }
    }
    let center = bounds.center();
    let half_width = (bounds.width() * (1.0 + MARGIN)).max(MIN_EXTENT.0) / 2.0;
    let half_height = (bounds.height() * (1.0 + MARGIN)).max(MIN_EXTENT.1) / 2.0;
    MapRect {
        min: MapPoint::new(center.x - half_width, center.y - half_height),
        max: MapPoint::new(center.x + half_width, center.y + half_height),
    }
}

/// What one frame of the quiz's map is drawn from.
struct QuizMap<'a> {
    dataset: &'a Dataset,
    map: &'a MapData,
    question: &'a Question,
    state: &'a QuizState,
    spots: &'a [Spot],
    transform: MapTransform,
    palette: Palette,
    dark: bool,
    /// The fill of a choice that is neither chosen nor judged yet (sand: apart
    /// from the water, the other countries, the chosen blue and right and wrong).
    choice_fill: Color32,
    /// The fill of a chosen one (the list's selected colour).
    picked_fill: Color32,
    /// The colour a chosen marker's number is written in.
    picked_text: Color32,
}

/// The map of `question` in a `size` area: its choices marked and clickable
/// (while the answer is not shown), and after that right and wrong in colour.
pub(super) fn quiz_map_ui(
    ui: &mut Ui,
    (dataset, map): (&Dataset, &MapData),
    (question, state): (&Question, &QuizState),
    spots: &[Spot],
    size: egui::Vec2,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let sense = if state.revealed {
        Sense::hover()
    } else {
        Sense::click()
    };
    let (rect, canvas) = ui.allocate_exact_size(size, sense);
    canvas.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, tr!(lang, "quiz-map-canvas"))
    });
    let region = region(map, spots);
    let scale =
        (rect.width() / region.width().max(1e-3)).min(rect.height() / region.height().max(1e-3));
    let dark = ui.visuals().dark_mode;
    let selection = ui.visuals().selection;
    let painting = QuizMap {
        dataset,
        map,
        question,
        state,
        spots,
        transform: MapTransform {
            rect,
            center: region.center(),
            scale,
        },
        palette: Palette::new(dark),
        dark,
        choice_fill: choice_fill(dark),
        picked_fill: selection.bg_fill,
        picked_text: selection.stroke.color,
    };
    // Markers are widgets of their own (over the canvas, so they take the
    // click): a screen reader and a test find each by its name.
    let mut hovered = None;
    for (i, (_, at)) in painting.markers().into_iter().enumerate() {
        let target = ui.interact(
            Rect::from_center_size(at, egui::Vec2::splat(2.0 * BADGE_RADIUS)),
            canvas.id.with(i),
            sense,
        );
        let name = tr!(lang, "quiz-map-spot", name = &painting.choice_name(i, lang));
        let picked = state.picked.contains(&i);
        target.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, picked, &name));
        if target.hovered() {
            hovered = Some(i);
        }
        if target.clicked() {
            // As the list's buttons: Enter then checks the answer.
            target.surrender_focus();
            actions.push(Action::QuizChoose(i));
        }
    }
    // A click anywhere on a choice country ticks it, as on its marker.
    let on_country = canvas.hover_pos().and_then(|pos| painting.choice_at(pos));
    hovered = hovered.or(on_country);
    if canvas.clicked()
        && let Some(i) = on_country
    {
        actions.push(Action::QuizChoose(i));
    }
    if hovered.is_some() && !state.revealed {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    painting.draw(&ui.painter_at(rect), hovered, lang);
}

impl QuizMap<'_> {
    /// Where each choice is on screen (its city, or its country's label
    /// point) and where its marker stands: there, or above a country too
    /// small to show under it (Azerbaijan, Egypt on a map of the world), and
    /// moved aside where it would cover another's (Johannesburg and Durban).
    fn markers(&self) -> Vec<(Pos2, Pos2)> {
        let (spots, wanted): (Vec<Pos2>, Vec<Pos2>) = self
            .spots
            .iter()
            .map(|&spot| match spot {
                Spot::City(p) => {
                    let at = self.transform.to_screen(p);
                    (at, at)
                }
                Spot::Country(f) => {
                    // Spots come from the map's own features: never missing.
                    let Some(feature) = self.map.features.get(f) else {
                        let at = self.transform.to_screen(MapPoint::default());
                        return (at, at);
                    };
                    let at = self.transform.to_screen(feature.label);
                    let extent =
                        feature.bounds.width().min(feature.bounds.height()) * self.transform.scale;
                    if extent < 3.0 * BADGE_RADIUS {
                        (at, at - egui::vec2(0.0, 2.0 * BADGE_RADIUS + extent / 2.0))
                    } else {
                        (at, at)
                    }
                }
            })
            .unzip();
        // Whole inside the map, where they can be seen and clicked.
        let inside = self.transform.rect.shrink(BADGE_RADIUS + 1.0);
        let markers = apart(&wanted, 2.0 * BADGE_RADIUS + 2.0)
            .into_iter()
            .map(|at| at.clamp(inside.min, inside.max));
        spots.into_iter().zip(markers).collect()
    }

    /// The choice whose country is under `pos`, if any.
    fn choice_at(&self, pos: Pos2) -> Option<usize> {
        let feature = self.map.hit(self.transform.to_map(pos))?;
        self.spots.iter().position(|&s| s == Spot::Country(feature))
    }

    /// A choice's words: the city or the country.
    fn choice_name(&self, i: usize, lang: Lang) -> String {
        self.question
            .choices
            .get(i)
            .map(|&c| text::choice(self.dataset, c, lang))
            .unwrap_or_default()
    }

    /// Whether the choice is judged (the answer is shown) and how: right, or
    /// chosen but wrong; `None` while the answer is hidden or for a choice
    /// neither right nor chosen.
    fn verdict(&self, i: usize) -> Option<Color32> {
        if !self.state.revealed {
            return None;
        }
        if self.question.answer.contains(&i) {
            Some(right_color(self.dark))
        } else if self.state.picked.contains(&i) {
            Some(wrong_color(self.dark))
        } else {
            None
        }
    }

    /// The fill of a choice country, and of its marker's disc.
    fn fill_of(&self, i: usize) -> Color32 {
        match self.verdict(i) {
            Some(color) => color,
            None if self.state.picked.contains(&i) => self.picked_fill,
            None => self.choice_fill,
        }
    }

    /// Water, the countries (choices in their colours), disputed areas,
    /// outlines and the numbered markers, with the right places named once
    /// the answer is shown.
    fn draw(&self, painter: &egui::Painter, hovered: Option<usize>, lang: Lang) {
        let rect = self.transform.rect;
        painter.rect_filled(rect, 0.0, self.palette.water);
        self.countries(painter);
        draw_disputed(painter, self.map, &self.transform, &self.palette);
        for (i, &spot) in self.spots.iter().enumerate() {
            if let Spot::Country(f) = spot
                && let Some(feature) = self.map.features.get(f)
            {
                // Chosen ones are outlined as strongly as the one pointed at:
                // the blue of the chosen is near the water's in the dark theme.
                let strong = hovered == Some(i) || self.state.picked.contains(&i);
                let width = if strong { 3.0 } else { 1.5 };
                painter.extend(bold_outline(
                    feature,
                    &self.transform,
                    Stroke::new(width, self.palette.strong),
                ));
            }
        }
        let markers = self.markers();
        for &(spot, at) in &markers {
            // A marker moved aside points at its place.
            if spot.distance(at) > 1.0 {
                let stroke = Stroke::new(1.5, self.palette.strong);
                painter.line_segment([spot, at], stroke);
                painter.circle_filled(spot, 3.0, self.palette.strong);
            }
        }
        for (i, &(_, at)) in markers.iter().enumerate() {
            self.badge(painter, i, at, hovered == Some(i));
        }
        // The right places' names last, over every marker.
        for (i, &(_, at)) in markers.iter().enumerate() {
            if self.state.revealed && self.question.answer.contains(&i) {
                self.name_beside(painter, at, &self.choice_name(i, lang));
            }
        }
        painter.rect_stroke(
            rect,
            0.0,
            Stroke::new(1.0, self.palette.strong.gamma_multiply(0.5)),
            egui::StrokeKind::Inside,
        );
    }

    /// One mesh for every country on screen, then the borders; a choice
    /// country in its choice's colour (softened, so borders stay visible).
    fn countries(&self, painter: &egui::Painter) {
        let visible = self.transform.visible();
        let mut mesh = Mesh::default();
        let mut borders = Vec::new();
        let border = Stroke::new(0.7, self.palette.border);
        for (f, feature) in self.map.features.iter().enumerate() {
            if feature.is_dot() || !feature.bounds.intersects(&visible) {
                continue;
            }
            let color = self
                .spots
                .iter()
                .position(|&s| s == Spot::Country(f))
                .map_or(self.palette.no_status, |i| self.fill_of(i));
            let Ok(base) = u32::try_from(mesh.vertices.len()) else {
                continue;
            };
            for &p in &feature.vertices {
                mesh.colored_vertex(self.transform.to_screen(p), color);
            }
            mesh.indices
                .extend(feature.triangles.iter().map(|&i| base + i));
            borders.extend(bold_outline(feature, &self.transform, border));
        }
        painter.add(Shape::mesh(mesh));
        painter.extend(borders);
    }

    /// A choice's marker: its number on a disc in the choice's colour.
    fn badge(&self, painter: &egui::Painter, i: usize, at: Pos2, hovered: bool) {
        let fill = match self.verdict(i) {
            Some(color) => color,
            None if self.state.picked.contains(&i) => self.picked_fill,
            None => self.palette.halo.to_opaque(),
        };
        let number = match self.verdict(i) {
            // Light green and red discs in the dark theme, dark ones in the light.
            Some(_) if self.dark => Color32::BLACK,
            Some(_) => Color32::WHITE,
            None if self.state.picked.contains(&i) => self.picked_text,
            None => self.palette.label,
        };
        let stroke = Stroke::new(if hovered { 3.0 } else { 1.5 }, self.palette.strong);
        painter.circle(at, BADGE_RADIUS, fill, stroke);
        painter.text(
            at,
            Align2::CENTER_CENTER,
            (i + 1).to_string(),
            FontId::proportional(14.0),
            number,
        );
    }

    /// A right place's name beside its marker, on a halo, kept inside the map.
    fn name_beside(&self, painter: &egui::Painter, at: Pos2, name: &str) {
        let galley = painter.layout_no_wrap(
            name.to_owned(),
            FontId::proportional(14.0),
            self.palette.label,
        );
        let size = galley.size();
        let inside = self.transform.rect.shrink(4.0);
        let right = Align2::LEFT_CENTER.anchor_size(at + egui::vec2(BADGE_RADIUS + 4.0, 0.0), size);
        let left = Align2::RIGHT_CENTER.anchor_size(at - egui::vec2(BADGE_RADIUS + 4.0, 0.0), size);
        let place = if right.right() <= inside.right() {
            right
        } else {
            left
        };
        painter.rect_filled(place.expand(2.0), 3.0, self.palette.halo);
        painter.galley(place.min, galley, self.palette.label);
    }
}

/// A country's outline, fit to be drawn thick: points nearer than
/// [`OUTLINE_STEP`] to the one before are left out and so are rings too small
/// to see, since a thick line through the hairpin turns of a coast drawn small
/// (Canada's islands on a map of the world) is mitred into long spikes.
fn bold_outline(
    feature: &crate::map::MapFeature,
    transform: &MapTransform,
    stroke: Stroke,
) -> Vec<Shape> {
    feature
        .rings
        .iter()
        .filter_map(|ring| feature.vertices.get(ring.clone()))
        .filter_map(|ring| {
            let mut points: Vec<Pos2> = Vec::with_capacity(ring.len());
            for &p in ring {
                let at = transform.to_screen(p);
                if points
                    .last()
                    .is_none_or(|last| last.distance(at) >= OUTLINE_STEP)
                {
                    points.push(at);
                }
            }
            let points = without_hairpins(points);
            let size = Rect::from_points(&points).size();
            (points.len() >= 3 && size.max_elem() >= 2.0 * OUTLINE_STEP)
                .then(|| Shape::closed_line(points, stroke))
        })
        .collect()
}

/// The fill of a choice country neither chosen nor judged: sand, seen
/// against the water and the grey of the other countries in either theme.
fn choice_fill(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x8a, 0x6d, 0x2a)
    } else {
        Color32::from_rgb(0xf2, 0xd4, 0x8a)
    }
}

#[cfg(test)]
mod tests {
    use super::{Spot, apart, spots, without_hairpins};
    use crate::model::find_bundled;
    use crate::quiz::{Ask, generate};

    fn dataset(name: &str) -> crate::model::Dataset {
        find_bundled(name).unwrap().load().unwrap()
    }

    #[test]
    fn markers_are_pushed_apart_and_lone_ones_stay() {
        let gap = 24.0;
        let points = [
            egui::pos2(100.0, 100.0),
            egui::pos2(100.0, 100.0),
            egui::pos2(110.0, 100.0),
            egui::pos2(300.0, 300.0),
        ];
        let placed = apart(&points, gap);
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(a.distance(*b) >= gap - 0.1, "{placed:?}");
            }
        }
        assert_eq!(placed[0], points[0]);
        assert_eq!(placed[3], points[3]);
    }

    #[test]
    fn an_outline_loses_the_points_where_it_turns_back() {
        let p = egui::pos2;
        // A square with a needle out of its top side, and back.
        let ring = vec![
            p(0.0, 0.0),
            p(5.0, 0.0),
            p(5.0, -100.0),
            p(5.1, 0.0),
            p(10.0, 0.0),
            p(10.0, 10.0),
            p(0.0, 10.0),
        ];
        let kept = without_hairpins(ring);
        assert!(kept.iter().all(|q| q.y >= 0.0), "{kept:?}");
        assert!(kept.contains(&p(10.0, 10.0)) && kept.contains(&p(0.0, 0.0)));
    }

    #[test]
    fn place_and_status_questions_have_spots_and_others_none() {
        let map = crate::map::bundled();
        let sco = dataset("sco");
        let mut kinds = std::collections::BTreeSet::new();
        for seed in 1..40 {
            for question in generate(&sco, seed, 10).questions {
                let found = spots(&sco, map, &question);
                match question.ask {
                    Ask::EventPlace { .. } | Ask::HeldStatusOn { .. } => {
                        if let Some(found) = &found {
                            assert_eq!(found.len(), question.choices.len());
                            kinds.insert(question.ask.type_name());
                        }
                    }
                    _ => assert!(found.is_none(), "{question:?}"),
                }
            }
        }
        // Both kinds are answered on the map in the SCO's quizzes.
        assert_eq!(kinds.len(), 2, "{kinds:?}");
        // sco-1 opens with four countries, all on the map.
        let first = &generate(&sco, 1, 10).questions[0];
        let found = spots(&sco, map, first).unwrap();
        assert!(found.iter().all(|s| matches!(s, Spot::Country(_))));
        // csto-1's choices include the Union State's assembly: no map.
        let csto = dataset("csto");
        assert!(spots(&csto, map, &generate(&csto, 1, 10).questions[0]).is_none());
    }
}
