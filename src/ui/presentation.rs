//! Presentation mode: one full-screen slide per step of a tour (or of the
//! whole history), large type on a high-contrast theme, driven by the
//! keyboard or a presentation clicker (which sends PageUp/PageDown), and an
//! optional presenter view with the teacher's note and the next step.
//!
//! A slide never scrolls: its text is fitted to the space between the heading
//! row and the strip (see [`super::slide_layout`]): type shrinks down to a
//! readable floor, and what still does not fit continues on a further page
//! ("2a", "2b") that the clicker steps through like any slide. Event and
//! country slides show the map beside the text.

use egui::{Align2, Color32, FontId, Rect, RichText, Stroke, Ui, UiBuilder, Visuals};

use super::map_paint::{MapPainting, MapTransform, Palette};
use super::slide_layout::{Piece, Role, fit, step_label};
use super::{date_range_text, kind_color, status_id_color, status_label, warning_color};
use crate::actions::{Action, KeyContext, actions_from_keys};
use crate::i18n::{Lang, dates};
use crate::map::{MapData, MapRect};
use crate::model::{
    Compared, Confidence, Dataset, Source, Step, Target, country_name, year_f64_from_date,
};
use crate::state::{Selection, ViewState};
use crate::tr;

/// The high-contrast look of the slides: black on white or white on black.
pub fn high_contrast_visuals(dark: bool) -> Visuals {
    let (mut visuals, text, background) = if dark {
        (Visuals::dark(), Color32::WHITE, Color32::BLACK)
    } else {
        (Visuals::light(), Color32::BLACK, Color32::WHITE)
    };
    visuals.override_text_color = Some(text);
    visuals.panel_fill = background;
    visuals.window_fill = background;
    visuals.extreme_bg_color = background;
    visuals.hyperlink_color = if dark {
        Color32::from_rgb(0x8c, 0xc8, 0xff)
    } else {
        Color32::from_rgb(0x00, 0x3d, 0x99)
    };
    for widget in [
        &mut visuals.widgets.noninteractive,
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
    ] {
        widget.fg_stroke = Stroke::new(widget.fg_stroke.width.max(1.5), text);
    }
    visuals
}

/// A short message over the slide that fades away ("1.75×", "Saved …").
#[derive(Clone, Debug, PartialEq)]
pub struct Flash {
    /// What it says.
    pub text: String,
    /// When it appeared (egui's input time, in seconds).
    pub since: f64,
    /// How long it stays, fading out over its last half second.
    pub seconds: f64,
}

/// What the slides remember from one frame to the next: facts of the layout,
/// not of the view (so not persisted).
#[derive(Clone, Debug, Default)]
pub struct SlideMemory {
    /// How many pages the current step's slide has (1, or 2 for "2a" and "2b", …).
    pub pages: usize,
    /// The slide's area in the last frame: the window less a docked presenter view.
    pub slide_rect: Option<Rect>,
    /// The slide's body in the last frame: between the heading row and the strip.
    pub body_rect: Option<Rect>,
    /// The message shown over the slide, if any.
    pub flash: Option<Flash>,
    /// A spotlight shown here whatever the keys (for scenes and tests, which cannot hold `L`).
    pub pinned_spotlight: Option<egui::Pos2>,
}

impl SlideMemory {
    /// Shows `text` over the slide for `seconds` from `now`.
    pub fn flash(&mut self, text: String, now: f64, seconds: f64) {
        self.flash = Some(Flash {
            text,
            since: now,
            seconds,
        });
    }
}

/// How much of a slide's body the map takes, beside the text: the first
/// share at which the text fits on one page.
const MAP_SHARES: [f32; 3] = [0.4, 0.34, 0.28];
/// The before and after maps of a status change stand one above the other
/// only when each can be at least this tall (in points); else the slide shows
/// the map after the event alone.
const MIN_TWIN_MAP_HEIGHT: f32 = 100.0;
/// A map narrower than this (in points) is too small to read on a projector.
const MIN_MAP_WIDTH: f32 = 200.0;
/// Slides narrower than this (in points) show no map: the text needs the room.
const MIN_WIDTH_FOR_MAP: f32 = 520.0;

/// The slide for the current step, filling `ui`, and the presenter view when it is on.
pub fn presentation_ui(
    ui: &mut Ui,
    (dataset, compared): (&Dataset, Option<&Compared>),
    map: &MapData,
    view: &mut ViewState,
    memory: &mut SlideMemory,
    actions: &mut Vec<Action>,
) {
    let len = dataset.presentation_len(view.tour.as_deref());
    view.step = view.step.min(len.saturating_sub(1));
    let dark = ui.visuals().dark_mode;
    let visuals = high_contrast_visuals(dark);
    let background = visuals.panel_fill;
    if view.presenter_view {
        presenter_view_ui(ui, dataset, view, &visuals, actions);
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(background).inner_margin(16.0))
        .show(ui, |ui| {
            ui.style_mut().visuals = visuals;
            memory.slide_rect = Some(ui.max_rect());
            let shown_label = counter_text(view, memory.pages.max(1), len);
            header_ui(ui, dataset, view, &shown_label, actions);
            let available = ui.available_rect_before_wrap();
            let strip_height = (available.height() * 0.16).clamp(64.0, 90.0);
            let body = Rect::from_min_max(
                available.min,
                egui::pos2(available.max.x, available.max.y - strip_height),
            );
            memory.body_rect = Some(body);
            body_ui(ui, (dataset, compared), map, view, memory, body);
            // The header was drawn with last frame's page count: if this step
            // splits differently, draw the frame again rather than show a wrong "2a".
            if counter_text(view, memory.pages, len) != shown_label {
                ui.ctx().request_discard("the slide's page count changed");
            }
            ui.advance_cursor_after_rect(body);
            strip_ui(ui, dataset, view, len, strip_height);
        });
    flash_ui(ui.ctx(), memory);
    spotlight_ui(ui.ctx(), memory);
}

/// The key held for the pointer spotlight.
pub const SPOTLIGHT_KEY: egui::Key = egui::Key::L;

/// The spotlight for projectors: while `L` is held, a large bright ring around
/// the pointer, which a projector's washed-out picture and a small arrow make
/// hard to follow from the back of a classroom.
fn spotlight_ui(ctx: &egui::Context, memory: &SlideMemory) {
    let held = ctx.input(|i| i.key_down(SPOTLIGHT_KEY)) && !ctx.egui_wants_keyboard_input();
    let pointer = held
        .then(|| ctx.input(|i| i.pointer.latest_pos()))
        .flatten();
    let Some(at) = pointer.or(memory.pinned_spotlight) else {
        return;
    };
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::unique("slide_spotlight"),
    ));
    let radius = 60.0;
    // Bright yellow between two dark rings: it stands out on white and on black.
    let dark = Color32::from_gray(0x10);
    painter.circle_stroke(
        at,
        radius,
        Stroke::new(9.0, Color32::from_rgb(0xff, 0xd4, 0x00)),
    );
    painter.circle_stroke(at, radius + 6.0, Stroke::new(3.0, dark));
    painter.circle_stroke(at, radius - 6.0, Stroke::new(3.0, dark));
    painter.circle_filled(
        at,
        radius - 7.5,
        Color32::from_rgba_unmultiplied(0xff, 0xf0, 0x60, 40),
    );
}

/// "5 / 12", or "2b / 12" on the second page of a split slide.
fn counter_text(view: &ViewState, pages: usize, len: usize) -> String {
    let page = view.page.min(pages.saturating_sub(1));
    tr!(
        view.lang,
        "slide-counter",
        step = &step_label(view.step, page, pages),
        count = len
    )
}

fn header_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &mut ViewState,
    counter: &str,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(counter)
                .font(FontId::proportional(30.0))
                .strong(),
        );
        ui.add_space(12.0);
        let tours = &dataset.file().tours;
        if view.printing {
            // On paper: the tour's title, no controls.
            if let Some(tour) = view
                .tour
                .as_deref()
                .and_then(|id| tours.iter().find(|t| t.id == id))
            {
                ui.label(RichText::new(tour.title.text(lang)).font(FontId::proportional(18.0)));
            }
            return;
        }
        let all_events = tr!(lang, "slide-all-events");
        let current = view
            .tour
            .as_deref()
            .and_then(|id| tours.iter().find(|t| t.id == id))
            .map_or(all_events.as_str(), |t| t.title.text(lang));
        let label = ui.label(tr!(lang, "slide-tour"));
        let combo = egui::ComboBox::from_id_salt("tour")
            .selected_text(current)
            .show_ui(ui, |ui| {
                let mut changed = ui
                    .selectable_value(&mut view.tour, None, all_events.as_str())
                    .changed();
                for tour in tours {
                    changed |= ui
                        .selectable_value(
                            &mut view.tour,
                            Some(tour.id.to_string()),
                            tour.title.text(lang),
                        )
                        .changed();
                }
                changed
            });
        combo.response.labelled_by(label.id);
        if combo.inner == Some(true) {
            view.step = 0;
            view.page = 0;
            view.tour_chosen = true;
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(tr!(lang, "slide-leave")).clicked() {
                actions.push(Action::LeavePresentation);
            }
            if ui
                .selectable_label(view.presenter_view, tr!(lang, "slide-presenter-view"))
                .clicked()
            {
                actions.push(Action::TogglePresenterView);
            }
        });
    });
    ui.separator();
}

/// The slide's text (and map) in `body`, fitted; sets `memory.pages`.
fn body_ui(
    ui: &mut Ui,
    (dataset, compared): (&Dataset, Option<&Compared>),
    map: &MapData,
    view: &ViewState,
    memory: &mut SlideMemory,
    body: Rect,
) {
    let lang = view.lang;
    let dark = ui.visuals().dark_mode;
    let step = dataset.presentation_step(view.tour.as_deref(), view.step);
    let target = step.as_ref().map(|s| s.target);
    let (mut pieces, head) = match target {
        Some(Target::Event(e)) => event_pieces(dataset, lang, e, dark),
        Some(Target::Country(c)) => country_pieces(dataset, lang, c, dark),
        None => (
            vec![Piece::new(Role::Title, tr!(lang, "slide-no-steps"))],
            1,
        ),
    };
    let mut map_view = target.and_then(|t| slide_map_view(dataset, map, view, t));
    // Comparing, every slide is a compare slide: its heading, the map by side,
    // and who is in both organisations on the slide's day (the slide's own
    // details stay one key away, in the explorer).
    if let (Some(compared), Some((day_view, _))) = (compared, &map_view) {
        pieces.truncate(head);
        pieces.extend(compare_pieces(
            dataset,
            compared,
            lang,
            day_view.as_of,
            dark,
        ));
    }
    let continued = Piece::new(
        Role::Date,
        tr!(
            lang,
            "slide-continued",
            title = &step_title(dataset, step.as_ref(), lang)
        ),
    );
    let fit_in = |rect: Rect| {
        let width = rect.width();
        fit(
            head,
            rect.height(),
            |scale| pieces.iter().map(|p| p.height(ui, scale, width)).collect(),
            |scale| continued.height(ui, scale, width),
        )
    };
    let (text_rect, map_rect, fitted) = split_text_and_map(body, map_view.is_some(), fit_in);
    if map_rect.is_none() {
        map_view = None;
    }
    let width = text_rect.width();
    memory.pages = fitted.pages.len();
    // `view.page` stays as asked (`usize::MAX` is "the last"): the first frames
    // may lay out before the slide scale applies, with fewer pages.
    let page = view.page.min(fitted.pages.len().saturating_sub(1));
    let mut text_ui = ui.new_child(
        UiBuilder::new()
            .max_rect(text_rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    if page > 0 {
        text_ui.add(egui::Label::new(continued.galley(
            &text_ui,
            fitted.scale,
            width,
        )));
    }
    for piece in fitted
        .pages
        .get(page)
        .into_iter()
        .flatten()
        .filter_map(|&i| pieces.get(i))
    {
        text_ui.add_space(piece.gap(fitted.scale));
        text_ui.add(egui::Label::new(piece.galley(
            &text_ui,
            fitted.scale,
            width,
        )));
    }
    if let (Some((map_view, bounds)), Some(rect)) = (map_view, map_rect) {
        slide_map_ui(
            ui,
            (dataset, compared),
            map,
            &map_view,
            bounds,
            rect,
            target,
        );
    }
}

/// The map of a slide: the view to draw it with (the slide's item selected,
/// dated at its day) and the region to show.
fn slide_map_view(
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

/// Where a slide's text and map go, and how the text fits. The map stands
/// beside the text unless it would cost the slide a page: a slide the class
/// sees whole beats a map. On a small screen (720p) a narrower map often lets
/// the text fit on one page: the widest share that does wins; else the share
/// with the fewest pages, if the text alone needs no fewer.
fn split_text_and_map(
    body: Rect,
    wants_map: bool,
    fit_in: impl Fn(Rect) -> super::slide_layout::Fit,
) -> (Rect, Option<Rect>, super::slide_layout::Fit) {
    if !wants_map || body.width() < MIN_WIDTH_FOR_MAP {
        return (body, None, fit_in(body));
    }
    let mut widest = None;
    for share in MAP_SHARES {
        let map_width = (body.width() * share).round();
        if map_width < MIN_MAP_WIDTH && widest.is_some() {
            break;
        }
        let (text, map) = body.split_left_right_at_x(body.right() - map_width);
        let text = text.with_max_x(text.right() - 16.0);
        let fitted = fit_in(text);
        if fitted.pages.len() == 1 {
            return (text, Some(map), fitted);
        }
        // The fewest pages, the widest map on a tie.
        if widest
            .as_ref()
            .is_none_or(|(_, _, best): &(Rect, Rect, super::slide_layout::Fit)| {
                fitted.pages.len() < best.pages.len()
            })
        {
            widest = Some((text, map, fitted));
        }
    }
    let Some((text, map, with_map)) = widest else {
        return (body, None, fit_in(body));
    };
    let alone = fit_in(body);
    if alone.pages.len() < with_map.pages.len() {
        (body, None, alone)
    } else {
        (text, Some(map), with_map)
    }
}

/// Draws the slide's map in `rect`, fitted to `bounds`; a country's slide gets
/// the strip of its statuses over time below it; an event at which statuses
/// were decided gets two maps, the day before and the day after, each with
/// its member count, so the class sees what changed.
fn slide_map_ui(
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
                slide_map_in(ui, painting, &view, bounds, area);
                let counts = dataset.counts_on(day);
                let lang = map_view.lang;
                let text = format!(
                    "{} · {}",
                    tr!(lang, caption, date = &dates::day(lang, day)),
                    tr!(
                        lang,
                        "map-year-counts",
                        members = counts.core(),
                        others = counts.others()
                    )
                );
                map_caption_ui(ui, area, &text);
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
    }
    .draw(None);
    painter.rect_stroke(
        map_rect,
        0.0,
        Stroke::new(1.0, ui.visuals().text_color().gamma_multiply(0.5)),
        egui::StrokeKind::Inside,
    );
}

/// "Before, 7 June 2017 · 6 members, 12 observers and partners" in the map's
/// top-left corner, on a halo, wrapped to the map's width.
fn map_caption_ui(ui: &Ui, area: Rect, text: &str) {
    let painter = ui.painter_at(area);
    let palette = Palette::new(ui.visuals().dark_mode);
    // The size of the map's own labels: enough to read, small enough not to
    // hide the map (two maps on a 720p slide are short).
    let galley = painter.layout(
        text.to_owned(),
        FontId::proportional(13.0),
        ui.visuals().strong_text_color(),
        area.width() - 22.0,
    );
    let at = area.left_top() + egui::vec2(8.0, 6.0);
    painter.rect_filled(
        Rect::from_min_size(at, galley.size()).expand(3.0),
        3.0,
        palette.halo,
    );
    painter.galley(at, galley, ui.visuals().strong_text_color());
}

/// A compare slide's lines, each marked in its side's colour on the map (so
/// they are the map's legend too): the countries in both organisations on
/// `day`, by name, then how many are in only one of them.
fn compare_pieces(
    dataset: &Dataset,
    compared: &Compared,
    lang: Lang,
    day: chrono::NaiveDate,
    dark: bool,
) -> Vec<Piece> {
    use super::map_paint::side_color;
    use crate::model::Side;
    let other = &compared.dataset;
    let groups = compared.comparison.groups_on(dataset, other, day);
    let mut names: Vec<&str> = groups
        .both
        .iter()
        .filter_map(|&pair| {
            crate::model::Comparison::country(pair, dataset, other)
                .map(|country| country_name(country, lang).text)
        })
        .collect();
    names.sort_unstable();
    let both = if names.is_empty() {
        tr!(lang, "slide-compare-none", date = &dates::day(lang, day))
    } else {
        tr!(
            lang,
            "slide-compare-both",
            date = &dates::day(lang, day),
            count = names.len(),
            names = &names.join(&tr!(lang, "list-separator"))
        )
    };
    let only = |d: &Dataset, count: usize| {
        tr!(
            lang,
            "list-group-heading",
            title = &tr!(
                lang,
                "compare-only",
                org = d.file().organisation.short_name.text(lang)
            ),
            count = count
        )
    };
    vec![
        Piece::new(Role::Body, both)
            .marked(side_color(Side::Both, dark))
            .spaced(),
        Piece::new(Role::Body, only(dataset, groups.only_a.len()))
            .marked(side_color(Side::OnlyA, dark)),
        Piece::new(Role::Body, only(other, groups.only_b.len()))
            .marked(side_color(Side::OnlyB, dark)),
    ]
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

/// "EN" after dataset text shown in English for a missing translation.
fn badge(fallback: bool, lang: Lang) -> Option<String> {
    fallback.then(|| tr!(lang, "fallback-badge"))
}

/// The text of an event's slide, and how many pieces open it (kicker, title, date, place).
fn event_pieces(dataset: &Dataset, lang: Lang, index: usize, dark: bool) -> (Vec<Piece>, usize) {
    let Some(event) = dataset.file().events.get(index) else {
        return (Vec::new(), 0);
    };
    let kind = dataset.kind_of_event(index);
    let mut pieces = Vec::new();
    let kicker = Piece::new(
        Role::Kicker,
        kind.map_or(event.kind.as_str(), |k| k.label.text(lang)),
    );
    pieces.push(match kind {
        Some(k) => kicker.colored(kind_color(k, dark)),
        None => kicker,
    });
    let title = event.title.get(lang);
    pieces.push(Piece::new(Role::Title, title.text).badged(badge(title.fallback, lang)));
    pieces.push(Piece::new(
        Role::Date,
        date_range_text(event.start, event.end, lang),
    ));
    if let Some(place) = super::place_text(dataset, event, lang) {
        pieces.push(Piece::new(Role::Place, place));
    }
    let head = pieces.len();
    for (i, outcome) in event.outcomes.iter().enumerate() {
        let shown = outcome.get(lang);
        let piece = Piece::new(Role::Bullet, format!("• {}", shown.text))
            .badged(badge(shown.fallback, lang));
        pieces.push(if i == 0 { piece.spaced() } else { piece });
    }
    pieces.extend(decision_pieces(dataset, lang, index));
    let separator = tr!(lang, "list-separator");
    if kind.is_some_and(|k| !k.numbered) && !event.participants.is_empty() {
        let names: Vec<&str> = event
            .participants
            .iter()
            .map(|c| dataset.country_name(c, lang).text)
            .collect();
        pieces.push(Piece::new(
            Role::Body,
            tr!(lang, "slide-participants", names = &names.join(&separator)),
        ));
    }
    if let Some(size) = &event.size {
        pieces.push(Piece::new(
            Role::Body,
            tr!(lang, "slide-size", size = size.text(lang)),
        ));
    }
    if let Some(note) = event.confidence.note() {
        let heading = if matches!(event.confidence, Confidence::Conflict(_)) {
            tr!(lang, "confidence-conflict")
        } else {
            tr!(lang, "confidence-unverified")
        };
        let shown = note.get(lang);
        pieces.push(
            Piece::new(Role::Note, format!("⚠ {heading} {}", shown.text))
                .colored(warning_color(dark))
                .badged(badge(shown.fallback, lang)),
        );
    }
    pieces.extend(sources_piece(dataset, Target::Event(index), lang));
    (pieces, head)
}

/// The status decisions an event took, grouped by status: "SCO partners (17):
/// Armenia, Azerbaijan, …" as one wrapped paragraph per status, under a heading.
fn decision_pieces(dataset: &Dataset, lang: Lang, event: usize) -> Vec<Piece> {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for decision in dataset.decisions_at(event) {
        let Some(country) = dataset.file().countries.get(decision.country) else {
            continue;
        };
        let Some(period) = country.statuses.get(decision.period) else {
            continue;
        };
        let name = country_name(country, lang).text;
        match groups
            .iter_mut()
            .find(|(status, _)| *status == period.status)
        {
            Some((_, names)) => names.push(name),
            None => groups.push((period.status.as_str(), vec![name])),
        }
    }
    if groups.is_empty() {
        return Vec::new();
    }
    let separator = tr!(lang, "list-separator");
    let mut pieces = vec![Piece::new(Role::Body, tr!(lang, "slide-status-decisions")).spaced()];
    for (status, names) in groups {
        let text = match names.as_slice() {
            [one] => tr!(
                lang,
                "slide-decision",
                country = *one,
                status = status_label(dataset, status, lang)
            ),
            _ => tr!(
                lang,
                "slide-decision-group",
                status = dataset
                    .status_def(status)
                    .map_or(status, |def| def.plural.text(lang)),
                count = names.len(),
                names = &names.join(&separator)
            ),
        };
        pieces.push(Piece::new(Role::Body, text));
    }
    pieces
}

/// "Xinhua 2017": a source as a class reads it, its publisher (or web site) and
/// year. The id stays in the details pane, where the full title and link are.
pub fn source_short_name(source: &Source) -> String {
    // "Wikipedia (mirror: movatter.jp)" is Wikipedia to a class.
    let publisher = source
        .publisher
        .as_deref()
        .map(|p| p.split(" (").next().unwrap_or(p).trim())
        .filter(|p| !p.is_empty());
    let who = publisher.map_or_else(|| site_of(&source.url), str::to_owned);
    match source.date {
        Some(date) => format!("{who} {}", date.year()),
        None => who,
    }
}

/// "sectsco.org" from "http://www.sectsco.org/about/".
fn site_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host).to_owned()
}

/// "Sources: Xinhua 2017, SCO Secretariat": the short names of the cited sources, each once.
fn sources_piece(dataset: &Dataset, target: Target, lang: Lang) -> Option<Piece> {
    let mut names: Vec<String> = Vec::new();
    for name in dataset
        .sources_of(target)
        .into_iter()
        .map(source_short_name)
    {
        // Two sources of one publisher and year read the same to a class.
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if names.is_empty() {
        return None;
    }
    let names = names.join(&tr!(lang, "list-separator"));
    Some(Piece::new(
        Role::Sources,
        tr!(lang, "slide-sources", names = &names),
    ))
}

/// The text of a country's slide: its name and its statuses over time.
fn country_pieces(dataset: &Dataset, lang: Lang, index: usize, dark: bool) -> (Vec<Piece>, usize) {
    let Some(country) = dataset.file().countries.get(index) else {
        return (Vec::new(), 0);
    };
    let name = country_name(country, lang);
    let mut pieces = vec![
        Piece::new(Role::Kicker, tr!(lang, "details-kind-country")),
        Piece::new(Role::Title, name.text).badged(badge(name.fallback, lang)),
    ];
    let head = pieces.len();
    for (i, period) in country.statuses.iter().enumerate() {
        let until = period.to.map_or_else(
            || tr!(lang, "period-until-today"),
            |to| dates::partial(lang, to),
        );
        let piece = Piece::new(
            Role::Body,
            tr!(
                lang,
                "slide-period",
                status = status_label(dataset, &period.status, lang),
                from = &dates::partial(lang, period.from),
                to = &until
            ),
        )
        .marked(status_id_color(dataset, &period.status, dark));
        pieces.push(if i == 0 { piece.spaced() } else { piece });
    }
    pieces.extend(sources_piece(dataset, Target::Country(index), lang));
    (pieces, head)
}

/// The fading message over the slide ("1.75×", "Saved …").
fn flash_ui(ctx: &egui::Context, memory: &mut SlideMemory) {
    let now = ctx.input(|i| i.time);
    let Some((text, left)) = memory
        .flash
        .as_ref()
        .map(|f| (f.text.clone(), f.since + f.seconds - now))
    else {
        return;
    };
    if left <= 0.0 {
        memory.flash = None;
        return;
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "an opacity between 0 and 1"
    )]
    let opacity = (left / 0.5).min(1.0) as f32;
    let Some(area) = memory.slide_rect else {
        return;
    };
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("slide_flash"),
    ));
    let dark = ctx.global_style().visuals.dark_mode;
    let (fill, ink) = if dark {
        (Color32::from_gray(0xf0), Color32::BLACK)
    } else {
        (Color32::from_gray(0x10), Color32::WHITE)
    };
    let galley = painter.layout(
        text,
        FontId::proportional(24.0),
        ink.gamma_multiply(opacity),
        area.width() * 0.8,
    );
    let size = galley.size() + egui::vec2(32.0, 20.0);
    let rect = Rect::from_center_size(
        egui::pos2(area.center().x, area.top() + area.height() * 0.3),
        size,
    );
    painter.rect_filled(rect, 12.0, fill.gamma_multiply(opacity * 0.92));
    painter.galley(rect.min + egui::vec2(16.0, 10.0), galley, ink);
    // Fade without asking for a frame at once (a delayed repaint lets tests settle).
    ctx.request_repaint_after(std::time::Duration::from_millis(30));
}

/// The strip at the bottom: where every step sits in history, the current one highlighted.
fn strip_ui(ui: &mut Ui, dataset: &Dataset, view: &ViewState, len: usize, height: f32) {
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), height),
        egui::Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    let first = year_f64_from_date(dataset.first_day()).floor();
    let last = year_f64_from_date(dataset.last_day())
        .ceil()
        .max(first + 1.0);
    let x_of = |year: f64| {
        rect.left() + 10.0 + ((year - first) / (last - first)) as f32 * (rect.width() - 20.0)
    };
    // Room below the axis for the years, above it for the current step's label.
    let axis_y = rect.bottom() - 28.0;
    painter.hline(rect.x_range(), axis_y, Stroke::new(2.0, text));
    let mut year = (first / 5.0).ceil() * 5.0;
    while year <= last {
        let x = x_of(year);
        painter.vline(x, (axis_y - 5.0)..=(axis_y + 5.0), Stroke::new(2.0, text));
        painter.text(
            egui::pos2(x, axis_y + 8.0),
            Align2::CENTER_TOP,
            {
                #[expect(
                    clippy::cast_possible_truncation,
                    reason = "a whole year in the dataset's span"
                )]
                dates::axis_year(view.lang, year as i32)
            },
            FontId::proportional(14.0),
            text,
        );
        year += 5.0;
    }
    let date_of = |step: &Step| match step.target {
        Target::Event(e) => dataset.file().events.get(e).map(|e| e.start.as_year_f64()),
        Target::Country(c) => dataset
            .file()
            .countries
            .get(c)
            .and_then(|c| c.statuses.first())
            .map(|p| p.from.as_year_f64()),
    };
    let dim = text.gamma_multiply(0.5);
    for i in 0..len {
        let Some(x) = dataset
            .presentation_step(view.tour.as_deref(), i)
            .as_ref()
            .and_then(date_of)
            .map(x_of)
        else {
            continue;
        };
        if i != view.step {
            painter.circle_filled(egui::pos2(x, axis_y), 4.0, dim);
        }
    }
    let current = dataset.presentation_step(view.tour.as_deref(), view.step);
    if let Some(x) = current.as_ref().and_then(date_of).map(x_of) {
        let highlight = warning_color(ui.visuals().dark_mode);
        painter.circle(
            egui::pos2(x, axis_y),
            9.0,
            highlight,
            Stroke::new(2.0, text),
        );
        let anchor = if x > rect.center().x {
            Align2::RIGHT_BOTTOM
        } else {
            Align2::LEFT_BOTTOM
        };
        let label = match current.map(|s| s.target) {
            Some(Target::Event(e)) => dataset.file().events.get(e).map(|e| {
                tr!(
                    view.lang,
                    "slide-strip-label",
                    title = e.title.text(view.lang),
                    year = &dates::year(view.lang, e.start.year())
                )
            }),
            Some(Target::Country(c)) => dataset
                .file()
                .countries
                .get(c)
                .map(|c| country_name(c, view.lang).text.to_owned()),
            None => None,
        };
        painter.text(
            egui::pos2(x, axis_y - 14.0),
            anchor,
            label.unwrap_or_default(),
            FontId::proportional(16.0),
            text,
        );
    }
}

/// The title of a tour step: its event's title or its country's name.
pub fn step_title(dataset: &Dataset, step: Option<&Step>, lang: Lang) -> String {
    match step.map(|s| s.target) {
        Some(Target::Event(e)) => dataset
            .file()
            .events
            .get(e)
            .map_or_else(String::new, |e| e.title.text(lang).to_owned()),
        Some(Target::Country(c)) => dataset
            .file()
            .countries
            .get(c)
            .map_or_else(String::new, |c| country_name(c, lang).text.to_owned()),
        None => tr!(lang, "slide-end-of-tour"),
    }
}

/// The presenter view: the teacher's note and the next step. It is docked as a
/// strip along the bottom, which the slide makes room for, so it never covers
/// the slide. With a second screen the teacher moves it into a window of its
/// own (Shift+P, remembered) and drags that to the laptop's screen: egui cannot
/// tell how many screens there are, and a window on a single screen would
/// cover the slide. Slide keys work in either window.
fn presenter_view_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &mut ViewState,
    slide_visuals: &Visuals,
    actions: &mut Vec<Action>,
) {
    let ctx = ui.ctx().clone();
    // Some platforms cannot open a second window: there it is always docked.
    let can_pop_out = !ctx.embed_viewports();
    if !(view.presenter_window && can_pop_out) {
        let fill = if slide_visuals.dark_mode {
            Color32::from_gray(0x24)
        } else {
            Color32::from_gray(0xee)
        };
        egui::Panel::bottom("presenter_dock")
            .resizable(false)
            .frame(
                egui::Frame::new()
                    .fill(fill)
                    .inner_margin(egui::Margin::symmetric(16, 8)),
            )
            .show(ui, |ui| {
                ui.style_mut().visuals = slide_visuals.clone();
                presenter_contents_ui(ui, dataset, view, true, can_pop_out.then_some(actions));
            });
        return;
    }
    let lang = view.lang;
    let close = ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("sco_presenter_view"),
        egui::ViewportBuilder::default()
            .with_title(tr!(lang, "presenter-title"))
            .with_inner_size(egui::vec2(520.0, 300.0)),
        |ui, _class| {
            // This window has its own keyboard: with it focused, the clicker's
            // keys (and Ctrl+S, Ctrl+0, …) must still drive the slides.
            actions.extend(actions_from_keys(ui.ctx(), KeyContext::Slides));
            egui::CentralPanel::default()
                .frame(egui::Frame::central_panel(ui.style()).fill(slide_visuals.panel_fill))
                .show(ui, |ui| {
                    // The slides' high-contrast colours: the laptop may sit in daylight.
                    ui.style_mut().visuals = slide_visuals.clone();
                    presenter_contents_ui(ui, dataset, view, false, Some(actions));
                });
            ui.input(|i| i.viewport().close_requested())
        },
    );
    if close {
        view.presenter_view = false;
    }
}

/// What the presenter view shows: where we are, the note, what comes next,
/// and (given `actions`) the button that moves it between the dock and its
/// own window.
fn presenter_contents_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    docked: bool,
    actions: Option<&mut Vec<Action>>,
) {
    let lang = view.lang;
    let move_ui = |ui: &mut Ui, actions: Option<&mut Vec<Action>>| {
        let Some(actions) = actions else { return };
        let (text, hint) = if docked {
            ("presenter-pop-out", "presenter-pop-out-hint")
        } else {
            ("presenter-dock", "presenter-dock-hint")
        };
        if ui
            .button(tr!(lang, text))
            .on_hover_text(tr!(lang, hint))
            .clicked()
        {
            actions.push(Action::TogglePresenterWindow);
        }
    };
    let tour = view.tour.as_deref();
    let now = dataset.presentation_step(tour, view.step);
    let next = dataset.presentation_step(tour, view.step + 1);
    let len = dataset.presentation_len(tour);
    let counter = tr!(
        lang,
        "slide-counter",
        step = &(view.step + 1).to_string(),
        count = len
    );
    let note_ui = |ui: &mut Ui| {
        ui.label(RichText::new(tr!(lang, "presenter-note")).strong());
        match now.as_ref().and_then(|s| s.note.as_ref()) {
            Some(note) => super::paragraph_ui(ui, note, lang),
            None => {
                ui.label(tr!(lang, "presenter-no-note"));
            }
        }
    };
    let next_ui = |ui: &mut Ui| {
        ui.label(RichText::new(tr!(lang, "presenter-next")).strong());
        ui.label(step_title(dataset, next.as_ref(), lang));
    };
    if docked {
        // A strip: the note on the left, the next step on the right.
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                // Left-aligned: a justified column stretches the letters of each line.
                let ragged = egui::Layout::top_down(egui::Align::Min);
                left.with_layout(ragged, |left| {
                    left.label(
                        RichText::new(format!(
                            "{counter} · {}",
                            step_title(dataset, now.as_ref(), lang)
                        ))
                        .strong(),
                    );
                    note_ui(left);
                });
                right.with_layout(ragged, |right| {
                    next_ui(right);
                    right.add_space(4.0);
                    right.label(RichText::new(tr!(lang, "presenter-keys")).weak());
                    move_ui(right, actions);
                });
            }
        });
    } else {
        ui.label(RichText::new(counter).strong());
        ui.heading(step_title(dataset, now.as_ref(), lang));
        ui.add_space(6.0);
        note_ui(ui);
        ui.add_space(6.0);
        next_ui(ui);
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(lang, "presenter-keys")).weak());
        move_ui(ui, actions);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fit of `pages` pages (the pieces do not matter here).
    fn pages(pages: usize) -> super::super::slide_layout::Fit {
        super::super::slide_layout::Fit {
            scale: 1.0,
            pages: vec![Vec::new(); pages],
        }
    }

    #[test]
    fn the_map_narrows_before_it_is_dropped_and_stays_when_it_costs_no_page() {
        let body = Rect::from_min_size(egui::pos2(0.0, 0.0), egui::vec2(1000.0, 400.0));
        // 40%: 3 pages, 34%: 2, 28%: 2, the text alone: 2 → the 34% map stays.
        let (text, map, fit) = split_text_and_map(body, true, |rect: Rect| {
            pages(match rect.width() {
                w if w > 980.0 => 2,
                w if w > 700.0 => 2,
                w if w > 640.0 => 2,
                _ => 3,
            })
        });
        let map = map.expect("a map that costs no page stays");
        assert_eq!(fit.pages.len(), 2);
        assert!((map.width() - 340.0).abs() < 1.0, "{map:?}");
        assert!(text.right() < map.left());
        // Where every map costs a page, the text takes the whole width.
        let (text, map, fit) = split_text_and_map(body, true, |rect: Rect| {
            pages(if rect.width() > 980.0 { 1 } else { 2 })
        });
        assert!(map.is_none());
        assert_eq!((text, fit.pages.len()), (body, 1));
        // The first share that fits on one page wins.
        let (_, map, _) = split_text_and_map(body, true, |rect: Rect| {
            pages(if rect.width() > 600.0 { 1 } else { 2 })
        });
        assert!((map.unwrap().width() - 340.0).abs() < 1.0);
    }
    use crate::fonts::contrast_ratio;
    use crate::ui::{kind_color, status_color};

    #[test]
    fn slide_text_and_accents_meet_wcag_aa() {
        for dark in [false, true] {
            let visuals = high_contrast_visuals(dark);
            let background = visuals.panel_fill;
            let text = visuals.override_text_color.unwrap();
            assert!(contrast_ratio(text, background) >= 7.0, "text, dark={dark}");
            assert!(
                contrast_ratio(visuals.hyperlink_color, background) >= 4.5,
                "links, dark={dark}"
            );
            assert!(contrast_ratio(warning_color(dark), background) >= 4.5);
            // The bundled datasets' colours are chosen to read on slides too.
            for dataset in crate::model::bundled_datasets() {
                for kind in dataset.kinds() {
                    let ratio = contrast_ratio(kind_color(kind, dark), background);
                    assert!(ratio >= 4.5, "{} dark={dark}: {ratio:.2}", kind.id);
                }
                for status in dataset.statuses() {
                    let ratio = contrast_ratio(status_color(status, dark), background);
                    assert!(ratio >= 4.5, "{} dark={dark}: {ratio:.2}", status.id);
                }
            }
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
    }
}
