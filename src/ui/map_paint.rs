//! Drawing the map: country fills from the dataset's statuses, outlines of
//! the selected event's countries, event dots, names where they fit, and the
//! year in large type. Pure painting; input is handled by the map panel.

pub use super::map_style::{
    Hover, MapTransform, Palette, draw_year, event_point, feature_name, located_events, outline,
    side_color, status_of,
};

use super::event_color;
use crate::map::{MapData, MapFeature, MapPoint};
use crate::model::{Compared, Dataset, Side};
use crate::state::ViewState;
use crate::tr;
use egui::{Align2, Color32, FontId, Mesh, Rect, Shape, Stroke};

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
}

/// A dot marking the selected event's place, with its label.
struct PlaceMarker {
    at: MapPoint,
    /// The country whose name the marker replaces (it stands at its label point).
    replaces: Option<String>,
    text: String,
    color: Color32,
    /// Whether `at` is the place itself (a dot), not just its country.
    dot: bool,
    /// How far the label stands from `at` (beside a dot or ring); 0: centred on it.
    offset: f32,
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
    fn is_shaded(&self, feature: &MapFeature) -> bool {
        match self.compared {
            Some(compared) => self.side_of(compared, feature).is_some(),
            None => status_of(self.dataset, self.view, feature).is_some(),
        }
    }

    fn side_of(&self, compared: &Compared, feature: &MapFeature) -> Option<Side> {
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
        let marker = self.selected_event_outlines().or_else(|| {
            self.on_slide
                .then(|| self.selected_country_marker())
                .flatten()
        });
        if !self.on_slide {
            self.event_dots(hover);
        }
        self.small_state_dots();
        self.highlights(hover);
        self.country_names(marker.as_ref());
        if let Some(marker) = marker {
            self.place_marker(marker);
        }
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

    /// The selected event's participants and host outlined; returns where its
    /// place is marked (drawn last, over the names).
    fn selected_event_outlines(&self) -> Option<PlaceMarker> {
        let e = self.view.selected_event(self.dataset)?;
        let event = self.dataset.file().events.get(e)?;
        let color = event_color(self.dataset, e, self.dark);
        for code in event.participants.iter().chain(&event.observers) {
            if let Some(feature) = self.map.feature(code) {
                self.involved(feature);
            }
        }
        // The countries whose status the event decided (India and Pakistan
        // at Astana 2017), though the sources list them as neither.
        let file = self.dataset.file();
        for decision in self.dataset.decisions_at(e) {
            if let Some(feature) = file
                .countries
                .get(decision.country)
                .and_then(|c| self.map.feature(&c.code))
            {
                self.involved(feature);
            }
        }
        let host = event
            .place
            .country
            .as_deref()
            .and_then(|c| self.map.feature(c));
        if let Some(feature) = host {
            self.involved(feature);
        }
        // Without the event's own coordinates (an area, or a place the
        // dataset does not locate) there is no dot: the label alone stands at
        // the host country's label point, in place of the country's name.
        let (at, replaces, dot) = match event_point(self.dataset, e) {
            Some(p) => (p, None, true),
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
        self.involved(feature);
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

    /// Country names where they fit, for the countries with a status; drawn
    /// late, so that outlines never cross them.
    fn country_names(&self, marker: Option<&PlaceMarker>) {
        let font = FontId::proportional(11.0);
        let replaced = marker.and_then(|m| m.replaces.as_deref());
        // Names that fit inside their country first; then members' names that
        // do not (small members such as Kyrgyzstan next to a big neighbour),
        // wherever they overlap no name already placed.
        let mut placed: Vec<Rect> = Vec::new();
        let mut small_members = Vec::new();
        for feature in &self.map.features {
            if !self.is_shaded(feature) {
                continue;
            }
            // Members' names (in compare mode: the countries in both) find room elsewhere.
            let prominent = match self.compared {
                Some(compared) => self.side_of(compared, feature) == Some(Side::Both),
                None => {
                    status_of(self.dataset, self.view, feature).is_some_and(|s| s.counts_as_member)
                }
            };
            if feature.is_dot() || (replaced.is_some() && replaced == feature.code.as_deref()) {
                continue;
            }
            let name = feature_name(self.dataset, feature, self.view.lang);
            let galley =
                self.painter
                    .layout_no_wrap(name.to_owned(), font.clone(), self.palette.label);
            let at = self.transform.to_screen(feature.label);
            let rect = Align2::CENTER_CENTER.anchor_size(at, galley.size());
            let width = feature.bounds.width() * self.transform.scale;
            let height = feature.bounds.height() * self.transform.scale;
            if galley.size().x + 6.0 <= width && galley.size().y + 4.0 <= height {
                placed.push(rect);
                self.name_label(rect, galley);
            } else if prominent {
                small_members.push((rect, galley));
            }
        }
        for (rect, galley) in small_members {
            if placed.iter().all(|r| !r.expand(2.0).intersects(rect)) {
                placed.push(rect);
                self.name_label(rect, galley);
            }
        }
    }

    /// A country's name on its halo.
    fn name_label(&self, rect: Rect, galley: std::sync::Arc<egui::Galley>) {
        self.painter
            .rect_filled(rect.expand(1.0), 3.0, self.palette.halo);
        self.painter.galley(rect.min, galley, self.palette.label);
    }

    /// The selected event's place: a dot and its label (the label alone when
    /// the place has no point). The label stays whole inside the map: right of
    /// the dot, else left of it, else under it, moved in from the edges.
    fn place_marker(&self, marker: PlaceMarker) {
        let at = self.transform.to_screen(marker.at);
        if marker.dot {
            self.painter
                .circle(at, 6.5, marker.color, Stroke::new(2.0, self.palette.strong));
        }
        let inside = self.painter.clip_rect().shrink(4.0);
        let galley = self.painter.layout(
            marker.text,
            FontId::proportional(13.0),
            self.palette.label,
            220.0,
        );
        let size = galley.size();
        let offset = marker.offset;
        let rect = if offset > 0.0 {
            let right = Align2::LEFT_CENTER.anchor_size(at + egui::vec2(offset, 0.0), size);
            let left = Align2::RIGHT_CENTER.anchor_size(at - egui::vec2(offset, 0.0), size);
            let below = Align2::CENTER_TOP.anchor_size(at + egui::vec2(0.0, offset), size);
            [right, left]
                .into_iter()
                .find(|r| r.left() >= inside.left() && r.right() <= inside.right())
                .unwrap_or(below)
        } else {
            Align2::CENTER_CENTER.anchor_size(at, size)
        };
        let rect = keep_inside(rect, inside);
        self.painter
            .rect_filled(rect.expand(2.0), 3.0, self.palette.halo);
        self.painter.galley(rect.min, galley, self.palette.label);
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

/// `rect` moved (not resized) to lie inside `area` where it can.
fn keep_inside(rect: Rect, area: Rect) -> Rect {
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
    rect.translate(egui::vec2(dx, dy))
}
