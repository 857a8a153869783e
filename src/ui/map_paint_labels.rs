//! The map's words: country names and the selected event's place label,
//! placed by [`super::map_labels`] off the countries the map is about.

use egui::{Align2, FontId, Rect, Stroke};

use super::map_labels::{LabelPlacer, Placed, Wanted};
use super::map_paint::{MapPainting, PlaceMarker};
use super::map_style::{feature_name, status_of};
use crate::map::MapFeature;
use crate::model::Side;

impl MapPainting<'_> {
    /// Country names for the countries with a status, drawn late so that
    /// outlines never cross them: on their country where they fit; members'
    /// names that do not (Kyrgyzstan beside Kazakhstan) beside their country.
    /// A name that would overlap a label placed before is left out.
    pub(super) fn country_names(
        &self,
        placer: &mut LabelPlacer,
        replaced: Option<&str>,
        subjects: &[&MapFeature],
    ) {
        let font = FontId::proportional(self.label_size);
        // Names that fit first, then those beside their country; each group
        // with the countries the map is about (Iran on the slide of its
        // joining) ahead of the rest, larger before smaller.
        let mut names = Vec::new();
        for feature in &self.map.features {
            // A country whose middle is off the map goes unnamed: moved in
            // whole, its name would stand on another country.
            let at = self.transform.to_screen(feature.label);
            if !self.is_shaded(feature)
                || feature.is_dot()
                || (replaced.is_some() && replaced == feature.code.as_deref())
                || !self.painter.clip_rect().contains(at)
            {
                continue;
            }
            // Members' names (in compare mode: the countries in both) find room elsewhere.
            let prominent = match self.compared {
                Some(compared) => self.side_of(compared, feature) == Some(Side::Both),
                None => {
                    status_of(self.dataset, self.view, feature).is_some_and(|s| s.counts_as_member)
                }
            };
            let name = feature_name(self.dataset, feature, self.view.lang);
            let galley =
                self.painter
                    .layout_no_wrap(name.to_owned(), font.clone(), self.palette.label);
            let size = galley.size();
            let width = feature.bounds.width() * self.transform.scale;
            let height = feature.bounds.height() * self.transform.scale;
            let mut wanted = Wanted {
                anchor: at,
                size,
                keep_clear: Rect::from_center_size(at, egui::Vec2::ZERO),
                centred: true,
                far: self.on_slide,
            };
            let fits = size.x + 6.0 <= width && size.y + 4.0 <= height;
            if !fits {
                if !prominent {
                    continue;
                }
                // A country too small to show under its name has it beside;
                // a larger one on it all the same, or near it with a line.
                if let Some(small) = self.small_on_screen(feature) {
                    wanted.keep_clear = small;
                    wanted.centred = false;
                }
            }
            let subject = subjects.iter().any(|s| std::ptr::eq(*s, feature));
            // Larger countries first among equals: theirs is the room a
            // smaller neighbour's name would take (Laos's, Thailand's).
            let area = -(width * height);
            names.push(((!fits, !subject, area), wanted, galley, feature));
        }
        names.sort_by(|(a, ..), (b, ..)| (a.0, a.1).cmp(&(b.0, b.1)).then(a.2.total_cmp(&b.2)));
        for (_, wanted, galley, feature) in names {
            // Names stand on land by nature: covering the countries the map is
            // about weighs less for them than for the place label.
            let cover = |r| 0.25 * self.cover(subjects, feature.code.as_deref(), r);
            if let Some(placed) = placer.place(&wanted, cover, false) {
                self.name_label(placed, galley);
            }
        }
    }

    /// A country's name on its halo, with its leader line if it stands apart.
    fn name_label(&self, placed: Placed, galley: std::sync::Arc<egui::Galley>) {
        if let Some((from, to)) = placed.leader {
            self.painter
                .line_segment([from, to], Stroke::new(1.5, self.palette.label));
            // The end on the country, marked: the line says which one.
            self.painter.circle_filled(from, 2.5, self.palette.label);
        }
        self.painter
            .rect_filled(placed.rect.expand(1.0), 3.0, self.palette.halo);
        self.painter
            .galley(placed.rect.min, galley, self.palette.label);
    }

    /// Where the place label goes: beside its dot or ring (or on the country it
    /// stands for), off the countries the map is about, whole inside the map.
    pub(super) fn place_label(
        &self,
        placer: &mut LabelPlacer,
        marker: PlaceMarker,
        subjects: &[&MapFeature],
    ) -> (PlaceMarker, Placed, std::sync::Arc<egui::Galley>) {
        let at = self.transform.to_screen(marker.at);
        let size = self.label_size * 13.0 / 11.0;
        // On a slide the label may wrap to two or three lines, never a column.
        let wrap = if self.on_slide {
            (self.transform.rect.width() * 0.45).max(size * 8.0)
        } else {
            220.0
        };
        let galley = self.painter.layout(
            marker.text.clone(),
            FontId::proportional(size),
            self.palette.label,
            wrap,
        );
        let keep_clear = if marker.dot {
            Rect::from_center_size(at, egui::Vec2::splat(17.0))
        } else {
            Rect::from_center_size(at, egui::Vec2::splat(2.0 * (marker.offset - 4.0).max(0.0)))
        };
        let wanted = Wanted {
            anchor: at,
            size: galley.size(),
            keep_clear,
            centred: marker.offset <= 0.0,
            far: self.on_slide,
        };
        let cover = |r| self.cover(subjects, marker.replaces.as_deref(), r);
        let placed = placer.place(&wanted, cover, true);
        // The dot stays visible under names and their lines too.
        if marker.dot {
            placer.keep_clear(keep_clear);
        }
        let placed = placed.unwrap_or(Placed {
            rect: Align2::CENTER_CENTER.anchor_size(at, galley.size()),
            leader: None,
        });
        (marker, placed, galley)
    }

    /// The selected event's place: a dot and its label (the label alone when
    /// the place has no point).
    pub(super) fn place_marker(
        &self,
        marker: &PlaceMarker,
        placed: Placed,
        galley: std::sync::Arc<egui::Galley>,
    ) {
        let at = self.transform.to_screen(marker.at);
        if let Some((from, to)) = placed.leader {
            self.painter
                .line_segment([from, to], Stroke::new(1.5, self.palette.strong));
        }
        if marker.dot {
            self.painter
                .circle(at, 6.5, marker.color, Stroke::new(2.0, self.palette.strong));
        }
        self.painter
            .rect_filled(placed.rect.expand(2.0), 3.0, self.palette.halo);
        self.painter
            .galley(placed.rect.min, galley, self.palette.label);
    }
}
