//! Drawing the map: country fills from the dataset's statuses, outlines of
//! the selected event's countries, event dots, names where they fit, and the
//! year in large type. Pure painting; input is handled by the map panel.

pub use super::map_style::{
    Hover, MapTransform, Palette, draw_year, event_point, feature_name, located_events, outline,
    side_color, status_of,
};

use super::event_color;
use super::map_labels::LabelPlacer;
use crate::map::{MapData, MapFeature, MapPoint};
use crate::model::{Compared, Dataset, Side};
use crate::state::ViewState;
use crate::tr;
use egui::{Color32, Mesh, Rect, Shape, Stroke};

/// Everything one frame of the map is drawn from.
pub struct MapPainting<'a> {
    /// Where to draw (clipped to the map's rectangle).
    pub painter: &'a egui::Painter,
    /// The dataset shown.
    pub dataset: &'a Dataset,
    /// The country shapes.
    pub map: &'a MapData,
    /// The view (date, selection, kinds shown).
    pub view: &'a ViewState,
    /// Map units to screen.
    pub transform: &'a MapTransform,
    /// The theme's colours.
    pub palette: &'a Palette,
    /// Whether the theme is dark.
    pub dark: bool,
    /// In compare mode, the organisation compared with (countries are shaded by side).
    pub compared: Option<&'a Compared>,
    /// Drawn on a slide: only the slide's own event or country is marked (no
    /// other events' dots), and a selected country is named and ringed so a
    /// class finds it even when it is small.
    pub on_slide: bool,
    /// Type size of country names, in points (the place label is a little larger).
    pub label_size: f32,
}

/// The type size of the explorer map's country names, in points.
pub const EXPLORER_LABEL_SIZE: f32 = 11.0;

/// A dot marking the selected event's place, with its label.
pub(super) struct PlaceMarker {
    pub(super) at: MapPoint,
    /// The country whose name the marker replaces (it stands at its label point).
    pub(super) replaces: Option<String>,
    pub(super) text: String,
    pub(super) color: Color32,
    /// Whether `at` is the place itself (a dot), not just its country.
    pub(super) dot: bool,
    /// How far the label stands from `at` (beside a dot or ring); 0: centred on it.
    pub(super) offset: f32,
}

impl MapPainting<'_> {
    /// A country's fill: its status's colour, or in compare mode its side's.
    fn fill_of(&self, feature: &MapFeature) -> Color32 {
        match self.compared {
            Some(compared) => self
                .side_of(compared, feature)
                .map_or(self.palette.no_status, |side| side_color(side, self.dark)),
            None => self
                .palette
                .fill(status_of(self.dataset, self.view, feature), self.dark),
        }
    }

    /// Whether a country is shaded (has a status, or in compare mode a side).
    pub(super) fn is_shaded(&self, feature: &MapFeature) -> bool {
        match self.compared {
            Some(compared) => self.side_of(compared, feature).is_some(),
            None => status_of(self.dataset, self.view, feature).is_some(),
        }
    }

    pub(super) fn side_of(&self, compared: &Compared, feature: &MapFeature) -> Option<Side> {
        compared.comparison.side_of_code(
            self.dataset,
            &compared.dataset,
            feature.code.as_deref()?,
            self.view.as_of,
        )
    }

    /// Draws the whole map, bottom to top; `hover` is what the pointer is over.
    pub fn draw(&self, hover: Option<Hover>) {
        self.painter
            .rect_filled(self.transform.rect, 0.0, self.palette.water);
        self.fills();
        super::map_disputed::draw_disputed(self.painter, self.map, self.transform, self.palette);
        let subjects = self.subjects();
        for feature in &subjects {
            self.involved(feature);
        }
        let marker = self.selected_event_marker().or_else(|| {
            self.on_slide
                .then(|| self.selected_country_marker())
                .flatten()
        });
        if !self.on_slide {
            self.event_dots(hover);
        }
        self.small_state_dots();
        self.highlights(hover);
        // Labels go where they hide least: the place label first, then names;
        // small countries the map is about stay visible under all of them.
        let mut placer = LabelPlacer::new(self.painter.clip_rect().shrink(4.0));
        for feature in &subjects {
            if let Some(rect) = self.small_on_screen(feature) {
                placer.keep_clear(rect);
            }
        }
        let place = marker.map(|m| self.place_label(&mut placer, m, &subjects));
        let replaced = place.as_ref().and_then(|(m, _, _)| m.replaces.as_deref());
        self.country_names(&mut placer, replaced, &subjects);
        if let Some((marker, placed, galley)) = place {
            self.place_marker(&marker, placed, galley);
        }
    }

    /// The countries the map is about: the selected event's participants,
    /// observers, host and the countries whose status it decided; on a
    /// country's slide, that country.
    pub(super) fn subjects(&self) -> Vec<&MapFeature> {
        let mut codes: Vec<&str> = Vec::new();
        if let Some(e) = self.view.selected_event(self.dataset)
            && let Some(event) = self.dataset.file().events.get(e)
        {
            codes.extend(event.participants.iter().map(crate::model::SmolStr::as_str));
            codes.extend(event.observers.iter().map(crate::model::SmolStr::as_str));
            // The countries whose status the event decided (India and Pakistan
            // at Astana 2017), though the sources list them as neither.
            let file = self.dataset.file();
            codes.extend(
                self.dataset
                    .decisions_at(e)
                    .iter()
                    .filter_map(|d| file.countries.get(d.country).map(|c| c.code.as_str())),
            );
            codes.extend(event.place.country.as_deref());
        } else if self.on_slide
            && let Some(c) = self.view.selected_country(self.dataset)
            && let Some(country) = self.dataset.file().countries.get(c)
        {
            codes.push(&country.code);
        }
        let mut subjects: Vec<&MapFeature> = Vec::new();
        for feature in codes.into_iter().filter_map(|c| self.map.feature(c)) {
            if !subjects.iter().any(|s| std::ptr::eq(*s, feature)) {
                subjects.push(feature);
            }
        }
        subjects
    }

    /// The box of a country (or dot) too small on screen to take a label of
    /// its own size: what labels must leave visible.
    pub(super) fn small_on_screen(&self, feature: &MapFeature) -> Option<Rect> {
        let (min, max) = (feature.bounds.min, feature.bounds.max);
        let a = self.transform.to_screen(min);
        let b = self.transform.to_screen(max);
        let rect = Rect::from_two_pos(a, b).expand(if feature.is_dot() { 8.0 } else { 3.0 });
        let small = rect.width().max(rect.height()) < 2.0 * self.label_size;
        (small && self.painter.clip_rect().intersects(rect)).then_some(rect)
    }

    /// The share of `rect` over the countries the map is about (other than
    /// `except`), from a grid of points. Only slides weigh it: the explorer
    /// has no such countries but the selected event's, and redraws every frame.
    pub(super) fn cover(&self, subjects: &[&MapFeature], except: Option<&str>, rect: Rect) -> f32 {
        if !self.on_slide || subjects.is_empty() {
            return 0.0;
        }
        let (columns, rows) = (6, 3);
        let mut over = 0;
        for i in 0..columns {
            for j in 0..rows {
                #[expect(clippy::cast_precision_loss, reason = "a handful of grid steps")]
                let at = rect.min
                    + egui::vec2(
                        rect.width() * (i as f32 + 0.5) / columns as f32,
                        rect.height() * (j as f32 + 0.5) / rows as f32,
                    );
                let p = self.transform.to_map(at);
                let hit = subjects.iter().any(|s| {
                    except.is_none_or(|e| s.code.as_deref() != Some(e))
                        && if s.is_dot() {
                            self.transform.to_screen(s.label).distance(at) < 10.0
                        } else {
                            s.contains(p)
                        }
                });
                over += usize::from(hit);
            }
        }
        #[expect(clippy::cast_precision_loss, reason = "at most 18 points")]
        let share = over as f32 / (columns * rows) as f32;
        share
    }

    /// One mesh for every country's fill (triangulated at load time), then the borders.
    fn fills(&self) {
        let visible = self.transform.visible();
        let mut mesh = Mesh::default();
        let mut borders = Vec::new();
        let border = Stroke::new(0.7, self.palette.border);
        for feature in &self.map.features {
            if feature.is_dot() || !feature.bounds.intersects(&visible) {
                continue;
            }
            let color = self.fill_of(feature);
            let Ok(base) = u32::try_from(mesh.vertices.len()) else {
                continue;
            };
            for &p in &feature.vertices {
                mesh.colored_vertex(self.transform.to_screen(p), color);
            }
            mesh.indices
                .extend(feature.triangles.iter().map(|&i| base + i));
            borders.extend(outline(feature, self.transform, border));
        }
        self.painter.add(Shape::mesh(mesh));
        self.painter.extend(borders);
    }

    /// Where the selected event's place is marked (drawn last, over the names).
    fn selected_event_marker(&self) -> Option<PlaceMarker> {
        let e = self.view.selected_event(self.dataset)?;
        let event = self.dataset.file().events.get(e)?;
        let color = event_color(self.dataset, e, self.dark);
        let host = event
            .place
            .country
            .as_deref()
            .and_then(|c| self.map.feature(c));
        // Without the event's own coordinates (an area, or a place the
        // dataset does not locate) there is no dot: the label alone stands at
        // the host country's label point, in place of the country's name.
        // A slide names such a host in its heading: a label at the country's
        // middle would stand for a place it is not (Bali in Borneo) and hide
        // the country the slide is about.
        let (at, replaces, dot) = match event_point(self.dataset, e) {
            Some(p) => (p, None, true),
            None if self.on_slide => return None,
            None => host.map(|f| (f.label, f.code.clone(), false))?,
        };
        let lang = self.view.lang;
        let place = event
            .place
            .city
            .as_ref()
            .unwrap_or(&event.title)
            .text(lang)
            .to_owned();
        // Standing in for the host's name, the label names the country too.
        let text = match replaces
            .as_deref()
            .and_then(|code| self.dataset.country(code))
        {
            Some(country) => tr!(
                lang,
                "map-host",
                place = &place,
                country = crate::model::country_name(country, lang).text
            ),
            None => place,
        };
        Some(PlaceMarker {
            at,
            replaces,
            text,
            color,
            dot,
            offset: if dot { 10.0 } else { 0.0 },
        })
    }

    /// A slide's country: outlined like an event's participant, ringed when
    /// it is too small to see on the slide, and named on a halo at its label
    /// point (the marker takes the place of its ordinary name).
    fn selected_country_marker(&self) -> Option<PlaceMarker> {
        let country = self.view.selected_country(self.dataset)?;
        let record = self.dataset.file().countries.get(country)?;
        let feature = self.map.feature(&record.code)?;
        let on_screen = self.transform.to_screen(feature.label);
        let extent = feature.bounds.width().max(feature.bounds.height()) * self.transform.scale;
        let ringed = feature.is_dot() || extent < 24.0;
        if ringed {
            self.painter
                .circle_stroke(on_screen, 16.0, Stroke::new(3.0, self.palette.strong));
        }
        Some(PlaceMarker {
            at: feature.label,
            replaces: Some(record.code.to_string()),
            text: crate::model::country_name(record, self.view.lang)
                .text
                .to_owned(),
            color: self.palette.strong,
            dot: false,
            // Beside the ring; else over the country, where its name would be.
            offset: if ringed { 20.0 } else { 0.0 },
        })
    }

    /// Events at their own coordinates (only where the dataset gives them).
    fn event_dots(&self, hover: Option<Hover>) {
        for (e, p) in located_events(self.dataset, self.view) {
            let hovered = hover == Some(Hover::Event(e));
            self.painter.circle(
                self.transform.to_screen(p),
                if hovered { 5.0 } else { 3.5 },
                event_color(self.dataset, e, self.dark),
                Stroke::new(1.0, self.palette.border),
            );
        }
    }

    /// Small states as dots.
    /// Small states with a status are dots a class can see; those without
    /// one (the world's many micro-states and islands) are small, quiet dots.
    fn small_state_dots(&self) {
        for feature in self.map.features.iter().filter(|f| f.is_dot()) {
            let color = self.fill_of(feature);
            let at = self.transform.to_screen(feature.label);
            if self.is_shaded(feature) {
                let stroke = Stroke::new(1.0, self.palette.strong.gamma_multiply(0.7));
                self.painter.circle(at, 4.5, color, stroke);
            } else {
                self.painter.circle_filled(at, 2.0, color);
            }
        }
    }

    /// Hovered and selected countries on top of everything.
    fn highlights(&self, hover: Option<Hover>) {
        let hovered = match hover {
            Some(Hover::Feature(f)) => self.map.features.get(f),
            Some(Hover::Disputed(d)) => self.map.disputed.get(d).map(|d| &d.shape),
            _ => None,
        };
        if let Some(feature) = hovered {
            self.highlight(feature, Stroke::new(1.5, self.palette.strong));
        }
        if let Some(country) = self.view.selected_country(self.dataset)
            && let Some(code) = self.dataset.file().countries.get(country).map(|c| &c.code)
            && let Some(feature) = self.map.feature(code)
        {
            self.highlight(feature, Stroke::new(3.0, self.palette.strong));
        }
    }

    /// Outlines a country that took part in the selected event: a light band and
    /// a strong line (dark mode: the reverse), never the kind's colour, which
    /// could be mistaken for a status's fill of the same hue.
    fn involved(&self, feature: &MapFeature) {
        self.highlight(feature, Stroke::new(4.0, self.palette.border));
        self.highlight(feature, Stroke::new(1.5, self.palette.strong));
    }

    /// Outlines a feature strongly, or rings its dot.
    fn highlight(&self, feature: &MapFeature, stroke: Stroke) {
        if feature.is_dot() {
            self.painter
                .circle_stroke(self.transform.to_screen(feature.label), 7.5, stroke);
        } else {
            self.painter
                .extend(outline(feature, self.transform, stroke));
        }
    }
}
