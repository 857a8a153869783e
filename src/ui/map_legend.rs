//! What the map tab says about what it shows: the hover card of a country or
//! an event, the legend of statuses (or of the compared sides) and the credits.

use super::map_paint::{Hover, Palette};
use crate::i18n::{Lang, dates};
use crate::map::MapData;
use crate::model::{Compared, Comparison, Dataset, Side};
use crate::state::ViewState;
use crate::tr;
use egui::{Rect, RichText, Sense, Stroke, Ui};

pub(super) fn hover_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    map: &MapData,
    view: &ViewState,
    hover: Hover,
) {
    let lang = view.lang;
    match hover {
        Hover::Event(e) => {
            if let Some(event) = dataset.file().events.get(e) {
                super::block_ui(ui, event.title.get(lang), lang, RichText::strong);
                ui.label(super::date_range_text(event.start, event.end, lang));
            }
        }
        Hover::Disputed(d) => {
            if let Some(area) = map.disputed.get(d) {
                super::map_disputed::disputed_hover_ui(ui, (dataset, map), area, lang);
            }
        }
        Hover::Feature(f) => {
            let Some(feature) = map.features.get(f) else {
                return;
            };
            let country = feature
                .code
                .as_deref()
                .and_then(|code| dataset.country_index(code));
            // A country the dataset does not list goes by the map's own name, never its code.
            let name = super::map_paint::feature_name(dataset, feature, lang);
            ui.label(RichText::new(name).strong());
            let Some(country) = country else {
                ui.label(if feature.code.is_some() {
                    tr!(lang, "map-not-associated")
                } else {
                    tr!(lang, "map-no-code")
                });
                return;
            };
            match dataset.status_on(country, view.as_of) {
                Some(period) => {
                    ui.label(tr!(
                        lang,
                        "map-status-since",
                        status = super::status_label(dataset, &period.status, lang),
                        date = &dates::partial_since(lang, period.from)
                    ));
                }
                None => {
                    ui.label(tr!(
                        lang,
                        "map-no-status-on",
                        date = &dates::day(lang, view.as_of)
                    ));
                }
            }
            ui.label(RichText::new(tr!(lang, "map-click-for-history")).weak());
        }
    }
}

/// In compare mode, the country's status in the organisation compared with.
pub(super) fn compare_hover_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    compared: &Compared,
    map: &MapData,
    view: &ViewState,
    feature: usize,
) {
    let lang = view.lang;
    let other = &compared.dataset;
    let Some(feature) = map.features.get(feature) else {
        return;
    };
    ui.label(RichText::new(super::map_paint::feature_name(dataset, feature, lang)).strong());
    let pair = feature
        .code
        .as_deref()
        .and_then(|code| compared.comparison.pair_of(code));
    let (in_a, in_b) = pair.map_or((None, None), |pair| {
        Comparison::statuses_on(pair, dataset, other, view.as_of)
    });
    for (d, period) in [(dataset, in_a), (other, in_b)] {
        let status = period.map_or_else(
            || tr!(lang, "compare-no-status"),
            |p| super::status_label(d, &p.status, lang).to_owned(),
        );
        let org = d.file().organisation.short_name.text(lang);
        ui.label(tr!(lang, "compare-status-in", org = org, status = &status));
    }
}

/// The compare legend: one swatch per side, named by the organisations.
pub(super) fn compare_legend_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    compared: &Compared,
    palette: &Palette,
    dark: bool,
    lang: Lang,
) {
    ui.add_space(4.0);
    let short_a = dataset.file().organisation.short_name.text(lang);
    let short_b = compared.dataset.file().organisation.short_name.text(lang);
    ui.horizontal_wrapped(|ui| {
        for (fill, text) in [
            (
                super::map_paint::side_color(Side::Both, dark),
                tr!(lang, "compare-both"),
            ),
            (
                super::map_paint::side_color(Side::OnlyA, dark),
                tr!(lang, "compare-only", org = short_a),
            ),
            (
                super::map_paint::side_color(Side::OnlyB, dark),
                tr!(lang, "compare-only", org = short_b),
            ),
            (palette.no_status, tr!(lang, "compare-neither")),
        ] {
            swatch_ui(ui, palette, fill, &text);
        }
        hatched_swatch_ui(ui, palette, &tr!(lang, "map-disputed-legend"));
    });
    attribution_ui(ui, dataset, lang);
}

/// A swatch and its label as one widget, so wrapping never separates them.
fn swatch_ui(ui: &mut Ui, palette: &Palette, fill: egui::Color32, text: &str) {
    swatch_with_ui(ui, palette, fill, text, |_, _| {});
}

/// The disputed areas' swatch: no status's fill, hatched as on the map.
fn hatched_swatch_ui(ui: &mut Ui, palette: &Palette, text: &str) {
    let hatch = Stroke::new(1.0, palette.hatch);
    swatch_with_ui(ui, palette, palette.no_status, text, |painter, rect| {
        let corners = vec![
            rect.left_top(),
            rect.right_top(),
            rect.right_bottom(),
            rect.left_bottom(),
        ];
        painter.extend(super::map_disputed::hatch_lines(&[corners], 4.0, hatch));
    });
}

/// A swatch filled with `fill`, then `inside` painted over it, framed, and its label.
fn swatch_with_ui(
    ui: &mut Ui,
    palette: &Palette,
    fill: egui::Color32,
    text: &str,
    inside: impl FnOnce(&egui::Painter, Rect),
) {
    let galley = ui.painter().layout_no_wrap(
        text.to_owned(),
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
    );
    let swatch = egui::vec2(14.0, 14.0);
    let size = egui::vec2(
        swatch.x + 4.0 + galley.size().x,
        swatch.y.max(galley.size().y),
    );
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let swatch_rect = Rect::from_min_size(
        egui::pos2(rect.left(), rect.center().y - swatch.y / 2.0),
        swatch,
    );
    ui.painter().rect_filled(swatch_rect, 2.0, fill);
    inside(ui.painter(), swatch_rect);
    ui.painter().rect_stroke(
        swatch_rect,
        2.0,
        Stroke::new(1.0, palette.strong.gamma_multiply(0.4)),
        egui::StrokeKind::Inside,
    );
    let text_pos = egui::pos2(
        swatch_rect.right() + 4.0,
        rect.center().y - galley.size().y / 2.0,
    );
    ui.painter()
        .galley(text_pos, galley, ui.visuals().text_color());
    ui.add_space(8.0);
}

/// One swatch per status the dataset declares, in its order, then "No status".
pub(super) fn legend_ui(ui: &mut Ui, dataset: &Dataset, palette: &Palette, dark: bool, lang: Lang) {
    ui.add_space(4.0);
    let no_status = tr!(lang, "map-no-status");
    ui.horizontal_wrapped(|ui| {
        let entries = dataset
            .statuses()
            .iter()
            .map(|def| (Some(def), def.label.text(lang)))
            .chain([(None, no_status.as_str())]);
        for (status, text) in entries {
            swatch_ui(ui, palette, palette.fill(status, dark), text);
        }
        hatched_swatch_ui(ui, palette, &tr!(lang, "map-disputed-legend"));
    });
    attribution_ui(ui, dataset, lang);
}

/// Where the shapes come from, and GeoNames where the dataset's event places
/// come from it (its licence asks for credit).
fn attribution_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang) {
    let mut text = tr!(lang, "map-borders-note");
    if dataset.places_from_geonames() {
        text = format!("{text} {}", tr!(lang, "map-places-note"));
    }
    ui.label(RichText::new(text).weak());
}
