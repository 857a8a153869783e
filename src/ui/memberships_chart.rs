//! The memberships chart: one strip per organisation on one date axis, each
//! status period a bar in that organisation's own colour (hatched where the
//! dataset is unsure), and the date cursor. The memberships view draws it
//! with clicks and hover cards; slides and handouts draw the picture alone.

use chrono::NaiveDate;
use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, vec2};

use super::{cursor_color, status_color};
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{Region, Span, Target, year_f64_from_date};
use crate::state::ViewState;
use crate::tr;

/// Height of one organisation's strip in the explorer, in points.
const STRIP_HEIGHT: f32 = 34.0;
/// Width of the organisations' names left of the strips, in points.
const LABEL_WIDTH: f32 = 86.0;

/// Where the strips' date axis starts and ends, in fractional years.
/// The years the axis spans: from a year before the country's first status
/// in any organisation to the region's last day (the whole region's history
/// for a country no organisation lists).
fn axis_years(region: &Region, country: usize) -> (f64, f64) {
    let (mut first, last) = region.span();
    let starts =
        (0..region.orgs().len()).flat_map(|o| region.spans(country, o).iter().map(|s| s.from));
    if let Some(start) = starts.min() {
        first = start
            .checked_sub_months(chrono::Months::new(12))
            .unwrap_or(start);
    }
    (
        year_f64_from_date(first).floor() - 0.5,
        year_f64_from_date(last).ceil() + 0.5,
    )
}

/// The height the chart takes with `orgs` strips.
pub fn chart_height(ui: &Ui, orgs: usize) -> f32 {
    STRIP_HEIGHT * orgs as f32 + axis_height(ui)
}

fn axis_height(ui: &Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Small) + 8.0
}

/// The chart in `rect`: one strip per organisation, the axis and the cursor on
/// `day`. With `actions`, a status opens the country in its organisation (the
/// explorer); without, it is a picture (slides and handouts).
pub fn strips_chart_ui(
    ui: &mut Ui,
    rect: Rect,
    (region, country, day): (&Region, usize, NaiveDate),
    view: &ViewState,
    mut actions: Option<&mut Vec<Action>>,
) {
    let orgs = region.orgs().len();
    let axis_height = axis_height(ui);
    let strip = ((rect.height() - axis_height) / orgs.max(1) as f32).max(12.0);
    let chart = Rect::from_min_max(
        rect.min + vec2(LABEL_WIDTH, 0.0),
        rect.max - vec2(8.0, axis_height),
    );
    let years = axis_years(region, country);
    let x_of = |day: NaiveDate| {
        let t = (year_f64_from_date(day) - years.0) / (years.1 - years.0);
        chart.left() + chart.width() * t as f32
    };
    let dark = ui.visuals().dark_mode;
    let text_color = ui.visuals().text_color();
    let painter = ui.painter_at(rect);
    for o in 0..orgs {
        let row = Rect::from_min_size(
            Pos2::new(chart.left(), chart.top() + strip * o as f32 + 3.0),
            vec2(chart.width(), strip - 6.0),
        );
        if let Some(org) = region.orgs().get(o) {
            painter.text(
                Pos2::new(rect.left(), row.center().y),
                Align2::LEFT_CENTER,
                org.label(view.lang),
                // Thin strips (a slide on a small screen) get smaller names.
                FontId::proportional((strip * 0.6).clamp(9.0, 15.0)),
                text_color,
            );
        }
        painter.rect_filled(row, 2.0, ui.visuals().faint_bg_color);
        for span in region.spans(country, o) {
            let left = x_of(span.from);
            let right = span.to.map_or(row.right(), x_of);
            let bar = Rect::from_x_y_ranges(left..=right.max(left + 2.0), row.y_range());
            let painted = span_picture(ui, (region, o, country), span, bar, view.lang);
            if let (Some(actions), Some(name)) = (actions.as_deref_mut(), painted) {
                span_interaction_ui(
                    ui,
                    (region, o, country),
                    (span, bar, &name),
                    view.lang,
                    actions,
                );
            }
        }
    }
    axis_ui(&painter, chart, years, text_color);
    let cursor = x_of(day);
    painter.line_segment(
        [
            Pos2::new(cursor, chart.top()),
            Pos2::new(cursor, chart.bottom()),
        ],
        Stroke::new(2.0, cursor_color(dark)),
    );
}

fn axis_ui(painter: &egui::Painter, chart: Rect, years: (f64, f64), color: Color32) {
    let span = years.1 - years.0;
    let step = if chart.width() / (span as f32) > 40.0 {
        1
    } else {
        5
    };
    let first = years.0.ceil() as i32;
    for year in (first..=years.1.floor() as i32).filter(|y| y % step == 0) {
        let x = chart.left() + chart.width() * ((f64::from(year) - years.0) / span) as f32;
        painter.line_segment(
            [
                Pos2::new(x, chart.bottom()),
                Pos2::new(x, chart.bottom() + 4.0),
            ],
            Stroke::new(1.0, color),
        );
        painter.text(
            Pos2::new(x, chart.bottom() + 4.0),
            Align2::CENTER_TOP,
            year.to_string(),
            FontId::proportional(12.0),
            color,
        );
    }
}

/// One status period as a bar: coloured by the status, named inside when it
/// fits, hatched when the dataset marks it uncertain. Returns its accessible
/// name ("CSTO: Member, since 7 Oct 2002").
fn span_picture(
    ui: &Ui,
    (region, org, country): (&Region, usize, usize),
    span: &Span,
    bar: Rect,
    lang: Lang,
) -> Option<String> {
    let (dataset, _) = region.place_of(country, org)?;
    let status = dataset.statuses().get(span.status)?;
    let color = status_color(status, ui.visuals().dark_mode);
    let painter = ui.painter();
    painter.rect_filled(bar, 2.0, color);
    let text_color = text_color_on(color);
    if span.uncertain {
        // Hatched like the map's disputed areas: the dataset is not sure of it.
        let corners = vec![
            bar.left_top(),
            bar.right_top(),
            bar.right_bottom(),
            bar.left_bottom(),
        ];
        let stroke = Stroke::new(1.5, text_color.gamma_multiply(0.45));
        painter
            .with_clip_rect(bar)
            .extend(super::map_disputed::hatch_lines(&[corners], 7.0, stroke));
    }
    let label = status.label.text(lang);
    let font = FontId::proportional(13.0);
    let galley = painter.layout_no_wrap(label.to_owned(), font, text_color);
    if galley.size().x + 8.0 < bar.width() && galley.size().y + 2.0 <= bar.height() {
        painter.galley(
            bar.left_center() + vec2(4.0, -galley.size().y / 2.0),
            galley,
            text_color,
        );
    }
    let org_label = region.orgs().get(org).map_or("", |o| o.label(lang));
    Some(format!("{org_label}: {label}, {}", period_text(span, lang)))
}

/// A bar's hover card (its note and confidence) and click (the country in that organisation).
fn span_interaction_ui(
    ui: &mut Ui,
    (region, org, country): (&Region, usize, usize),
    (span, bar, name): (&Span, Rect, &str),
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let Some((dataset, c)) = region.place_of(country, org) else {
        return;
    };
    let id = egui::Id::unique(("membership-span", org, span.period));
    let response = ui.interact(bar, id, Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    let period = dataset
        .file()
        .countries
        .get(c)
        .and_then(|c| c.statuses.get(span.period));
    let response = response.on_hover_ui(|ui| {
        ui.label(RichText::new(name).strong());
        if let Some(p) = period {
            if let Some(note) = &p.note {
                super::text_ui(ui, note, lang);
            }
            super::confidence_note_ui(ui, &p.confidence, lang);
        }
        ui.label(tr!(lang, "memberships-open-hint"));
    });
    if response.clicked() {
        actions.push(Action::OpenInOrg {
            org,
            target: Target::Country(c),
        });
    }
}

/// "15 Jun 2001 – 9 Jun 2017", or "since 15 Jun 2001" while it lasts.
fn period_text(span: &Span, lang: Lang) -> String {
    let from = dates::partial_short(lang, span.from_written);
    match span.to_written {
        Some(to) => tr!(
            lang,
            "memberships-period",
            from = from.as_str(),
            to = dates::partial_short(lang, to).as_str()
        ),
        None => tr!(lang, "memberships-since", from = from.as_str()),
    }
}

/// Black or white, whichever reads better on `fill`.
fn text_color_on(fill: Color32) -> Color32 {
    let [r, g, b, _] = fill.to_array();
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}
