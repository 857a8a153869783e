//! The map on event and country slides: the host and the countries concerned
//! outlined, before and after maps for a status change, captions, and a
//! country's status strip.

use crate::i18n::{Lang, dates};
use crate::map::{MapData, MapRect};
use crate::model::{Compared, Dataset, Target, year_f64_from_date};
use crate::state::{Selection, ViewState};
use crate::tr;
use crate::ui::map_paint::{MapPainting, MapTransform, Palette};
use crate::ui::status_id_color;
use egui::{Align2, FontId, Rect, Stroke, Ui};

/// The before and after maps of a status change stand one above the other
/// only when each can be at least this tall (in points); else the slide shows
/// the map after the event alone.
const MIN_TWIN_MAP_HEIGHT: f32 = 100.0;

/// Type size of a slide map's names and captions, in points: 28 pixels on a
/// screen 1080 pixels high, in proportion on others (about 19 at 720), so the
/// back of the room reads them at any zoom of the slides.
pub(super) fn slide_label_size(ui: &Ui) -> f32 {
    ui.ctx().content_rect().height() * 28.0 / 1080.0
}

/// The map of a slide: the view to draw it with (the slide's item selected,
/// dated at its day) and the region to show.
pub(super) fn slide_map_view(
    dataset: &Dataset,
    map: &MapData,
    view: &ViewState,
    target: Target,
) -> Option<(ViewState, MapRect)> {
    let mut map_view = ViewState {
        lang: view.lang,
        ..ViewState::default()
    };
    let mut codes: Vec<&str> = Vec::new();
    match target {
        Target::Event(e) => {
            let event = dataset.file().events.get(e)?;
            map_view.selection = Selection::Event(event.id.to_string());
            // The map shows the statuses the event decided, so the day after it.
            let last = event.end.unwrap_or(event.start).last_day();
            map_view.as_of = last.succ_opt().unwrap_or(last);
            codes.extend(event.place.country.as_deref());
            codes.extend(event.participants.iter().map(crate::model::SmolStr::as_str));
            codes.extend(event.observers.iter().map(crate::model::SmolStr::as_str));
        }
        Target::Country(c) => {
            let country = dataset.file().countries.get(c)?;
            map_view.selection = Selection::Country(country.code.to_string());
            map_view.as_of = country
                .statuses
                .last()
                .map_or_else(|| dataset.last_day(), |p| p.from.first_day());
            codes.push(&country.code);
        }
    }
    map_view.as_of = map_view
        .as_of
        .clamp(dataset.first_day(), dataset.last_day());
    // The region around: the item's countries and the members that day (partners
    // across the world would shrink the region to a dot).
    let mut bounds = map.bounds_of(codes);
    for (i, country) in dataset.file().countries.iter().enumerate() {
        let member = dataset
            .status_on(i, map_view.as_of)
            .and_then(|p| dataset.status_def(&p.status))
            .is_some_and(|def| def.counts_as_member);
        if member && let Some(feature) = map.feature(&country.code) {
            bounds.union(feature.bounds);
        }
    }
    bounds.is_valid().then_some((map_view, bounds))
}

/// Draws the slide's map in `rect`, fitted to `bounds`; a country's slide gets
/// the strip of its statuses over time below it; an event at which statuses
/// were decided gets two maps, the day before and the day after, each with
/// its member count, so the class sees what changed.
pub(super) fn slide_map_ui(
    ui: &mut Ui,
    (dataset, compared): (&Dataset, Option<&Compared>),
    map: &MapData,
    map_view: &ViewState,
    bounds: MapRect,
    rect: Rect,
    target: Option<Target>,
) {
    let painting = (dataset, compared, map);
    match target {
        Some(Target::Country(c)) => {
            let strip_height = 44.0;
            let map_rect = rect.with_max_y(rect.bottom() - strip_height);
            slide_map_in(ui, painting, map_view, bounds, map_rect);
            if let Some(country) = dataset.file().countries.get(c) {
                let strip =
                    Rect::from_min_max(egui::pos2(rect.left(), map_rect.bottom() + 8.0), rect.max);
                status_strip_ui(ui, dataset, country, strip, map_view.lang);
            }
        }
        // Two maps only where each is tall enough to read under its caption.
        Some(Target::Event(e))
            if compared.is_none()
                && !dataset.decisions_at(e).is_empty()
                && rect.height() >= 2.0 * MIN_TWIN_MAP_HEIGHT =>
        {
            let Some(event) = dataset.file().events.get(e) else {
                return;
            };
            let first = event.start.first_day();
            let before = first.pred_opt().unwrap_or(first);
            let gap = 8.0;
            let half = (rect.height() - gap) / 2.0;
            let top = rect.with_max_y(rect.top() + half);
            let bottom = rect.with_min_y(rect.bottom() - half);
            for (area, day, caption) in [
                (top, before, "slide-map-before"),
                (bottom, map_view.as_of, "slide-map-after"),
            ] {
                let view = ViewState {
                    as_of: day,
                    ..map_view.clone()
                };
                let lang = map_view.lang;
                let heading = tr!(lang, caption, date = &dates::day(lang, day));
                let texts = [
                    crate::ui::headcount_text(dataset, day, " · ", lang),
                    crate::ui::members_headcount_text(dataset, day, " · ", lang),
                ]
                .map(|count| format!("{heading} · {count}"));
                let below = map_caption_ui(ui, area, &texts);
                slide_map_in(ui, painting, &view, bounds, area.with_min_y(below));
            }
        }
        _ => slide_map_in(ui, painting, map_view, bounds, rect),
    }
}

/// One map of a slide, fitted to `bounds` in `rect`, framed.
fn slide_map_in(
    ui: &mut Ui,
    (dataset, compared, map): (&Dataset, Option<&Compared>, &MapData),
    map_view: &ViewState,
    bounds: MapRect,
    map_rect: Rect,
) {
    let dark = ui.visuals().dark_mode;
    let palette = Palette::new(dark);
    let scale = 0.92
        * (map_rect.width() / bounds.width().max(1e-3))
            .min(map_rect.height() / bounds.height().max(1e-3));
    let transform = MapTransform {
        rect: map_rect,
        center: bounds.center(),
        scale,
    };
    let painter = ui.painter_at(map_rect);
    MapPainting {
        painter: &painter,
        dataset,
        map,
        view: map_view,
        transform: &transform,
        palette: &palette,
        dark,
        compared,
        on_slide: true,
        label_size: slide_label_size(ui),
    }
    .draw(None);
    painter.rect_stroke(
        map_rect,
        0.0,
        Stroke::new(1.0, ui.visuals().text_color().gamma_multiply(0.5)),
        egui::StrokeKind::Inside,
    );
}

/// "Before, 7 June 2017 · 6 members, 12 observers and partners" on one line
/// above the map, where it hides none of it: the first of `texts` that fits
/// the width, else the last cut short. Returns where the map begins.
fn map_caption_ui(ui: &Ui, area: Rect, texts: &[String]) -> f32 {
    let painter = ui.painter_at(area);
    let color = ui.visuals().strong_text_color();
    let font = FontId::proportional(slide_label_size(ui));
    let width = area.width() - 4.0;
    let one_line = |text: &str| {
        let mut job =
            egui::text::LayoutJob::simple_singleline(text.to_owned(), font.clone(), color);
        job.wrap = egui::text::TextWrapping::truncate_at_width(width);
        painter.layout_job(job)
    };
    let fits = texts
        .iter()
        .map(|t| painter.layout_no_wrap(t.clone(), font.clone(), color))
        .position(|g| g.size().x <= width);
    let chosen = fits.unwrap_or_else(|| texts.len().saturating_sub(1));
    let galley = one_line(texts.get(chosen).map_or("", String::as_str));
    let bottom = area.top() + galley.size().y + 4.0;
    painter.galley(area.left_top() + egui::vec2(2.0, 1.0), galley, color);
    bottom
}

/// A country's statuses over the dataset's years: one coloured band per period.
fn status_strip_ui(
    ui: &Ui,
    dataset: &Dataset,
    country: &crate::model::Country,
    rect: Rect,
    lang: Lang,
) {
    let painter = ui.painter_at(rect);
    let dark = ui.visuals().dark_mode;
    let text = ui.visuals().text_color();
    let first = year_f64_from_date(dataset.first_day()).floor();
    let last = year_f64_from_date(dataset.last_day())
        .ceil()
        .max(first + 1.0);
    let band = rect.with_max_y(rect.top() + 16.0);
    #[expect(
        clippy::cast_possible_truncation,
        reason = "years of the dataset, far inside f32's range"
    )]
    let x_of = |year: f64| band.left() + ((year - first) / (last - first)) as f32 * band.width();
    painter.rect_stroke(band, 0.0, Stroke::new(1.0, text), egui::StrokeKind::Inside);
    for period in &country.statuses {
        let from = x_of(period.from.as_year_f64().max(first));
        let to = x_of(period.to.map_or(last, |t| t.as_year_f64().min(last)));
        let color = status_id_color(dataset, &period.status, dark);
        painter.rect_filled(
            Rect::from_x_y_ranges(from..=to.max(from + 2.0), band.y_range()),
            0.0,
            color,
        );
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a whole year in the dataset's span"
    )]
    let (first_year, last_year) = (first as i32, last as i32);
    for (year, align) in [
        (first_year, Align2::LEFT_TOP),
        (last_year, Align2::RIGHT_TOP),
    ] {
        let x = if align == Align2::LEFT_TOP {
            band.left()
        } else {
            band.right()
        };
        painter.text(
            egui::pos2(x, band.bottom() + 2.0),
            align,
            dates::axis_year(lang, year),
            FontId::proportional(18.0),
            text,
        );
    }
}
