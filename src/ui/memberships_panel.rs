//! The memberships view: one country's status in every organisation of the
//! region on one date axis (one strip per organisation, coloured by that
//! organisation's own statuses), the date cursor, a line saying where the
//! country stood on the date, and the changes with the events that decided
//! them, each of which opens its record.

use chrono::NaiveDate;
use egui::{Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Ui, vec2};

use super::{cursor_color, status_color};
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{Region, Span, Target, year_f64_from_date};
use crate::on_screen::OnScreen;
use crate::state::ViewState;
use crate::tr;

/// Height of one organisation's strip, in points.
const STRIP_HEIGHT: f32 = 34.0;
/// Width of the organisations' names left of the strips, in points.
const LABEL_WIDTH: f32 = 86.0;

/// What the memberships view remembers between frames (not persisted).
#[derive(Clone, Debug, Default)]
pub struct MembershipsMemory {
    focus_request: bool,
}

impl MembershipsMemory {
    /// Puts the keyboard focus on the country chooser on the next frame (F6).
    pub fn request_focus(&mut self) {
        self.focus_request = true;
    }
}

/// The country the view shows: the one chosen (or selected), else the first
/// member of the organisation on screen, else the region's first country.
pub fn shown_country(region: &Region, shown: &OnScreen<'_>, view: &ViewState) -> Option<usize> {
    let chosen = view.membership_country.as_deref();
    chosen
        .and_then(|code| region.country_index(code))
        .or_else(|| {
            let dataset = shown.dataset;
            dataset
                .file()
                .countries
                .iter()
                .filter(|c| c.state)
                .find(|c| {
                    c.statuses.iter().any(|p| {
                        dataset
                            .status_def(&p.status)
                            .is_some_and(|s| s.counts_as_member)
                    })
                })
                .and_then(|c| region.country_index(&c.code))
        })
        .or_else(|| region.by_name(view.lang).first().copied())
}

/// The memberships view.
pub fn memberships_panel_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    view: &ViewState,
    memory: &mut MembershipsMemory,
    actions: &mut Vec<Action>,
) {
    let Some(region) = shown.region else {
        ui.spinner();
        return;
    };
    let Some(country) = shown_country(region, shown, view) else {
        ui.label(tr!(view.lang, "memberships-empty"));
        return;
    };
    chooser_ui(ui, region, country, view, memory, actions);
    ui.add_space(4.0);
    ui.label(RichText::new(standing_text(region, country, view.as_of, view.lang)).heading());
    ui.add_space(6.0);
    strips_ui(ui, region, country, view, actions);
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| changes_ui(ui, region, country, view, actions));
}

/// "Kazakhstan on 1 Dec 2025 — SCO: Member · CSTO: Member · BRICS: Partner · ASEAN: —".
pub fn standing_text(region: &Region, country: usize, day: NaiveDate, lang: Lang) -> String {
    let parts: Vec<String> = region
        .orgs()
        .iter()
        .enumerate()
        .map(|(o, org)| {
            let status = region
                .span_on(country, o, day)
                .and_then(|s| org.dataset.statuses().get(s.status))
                .map_or_else(
                    || tr!(lang, "memberships-none"),
                    |s| s.label.text(lang).to_owned(),
                );
            format!("{}: {status}", org.label(lang))
        })
        .collect();
    tr!(
        lang,
        "memberships-standing",
        country = region.country_name(country, lang).as_str(),
        date = dates::day_short(lang, day).as_str(),
        statuses = parts.join(" · ").as_str(),
    )
}

fn chooser_ui(
    ui: &mut Ui,
    region: &Region,
    country: usize,
    view: &ViewState,
    memory: &mut MembershipsMemory,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        let label = ui.label(tr!(lang, "memberships-country"));
        let combo = egui::ComboBox::from_id_salt("membership-country")
            .selected_text(region.country_name(country, lang))
            .height(480.0)
            .show_ui(ui, |ui| {
                for &c in region.by_name(lang) {
                    let name = region.country_name(c, lang);
                    if ui.selectable_label(c == country, name).clicked()
                        && let Some(row) = region.countries().get(c)
                    {
                        actions.push(Action::ChooseMembershipCountry(row.code.to_string()));
                    }
                }
            });
        let response = combo.response.labelled_by(label.id);
        if std::mem::take(&mut memory.focus_request) {
            response.request_focus();
        }
    });
}

/// Where the strips' date axis starts and ends, in fractional years.
fn axis_years(region: &Region) -> (f64, f64) {
    let (first, last) = region.span();
    (
        year_f64_from_date(first).floor() - 0.5,
        year_f64_from_date(last).ceil() + 0.5,
    )
}

fn strips_ui(
    ui: &mut Ui,
    region: &Region,
    country: usize,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let orgs = region.orgs().len();
    let axis_height = ui.text_style_height(&egui::TextStyle::Small) + 8.0;
    let size = vec2(
        ui.available_width(),
        STRIP_HEIGHT * orgs as f32 + axis_height,
    );
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let chart = Rect::from_min_max(
        rect.min + vec2(LABEL_WIDTH, 0.0),
        rect.max - vec2(8.0, axis_height),
    );
    let years = axis_years(region);
    let x_of = |day: NaiveDate| {
        let t = (year_f64_from_date(day) - years.0) / (years.1 - years.0);
        chart.left() + chart.width() * t as f32
    };
    let dark = ui.visuals().dark_mode;
    let text_color = ui.visuals().text_color();
    let painter = ui.painter_at(rect);
    for o in 0..orgs {
        let row = Rect::from_min_size(
            Pos2::new(chart.left(), chart.top() + STRIP_HEIGHT * o as f32 + 3.0),
            vec2(chart.width(), STRIP_HEIGHT - 6.0),
        );
        if let Some(org) = region.orgs().get(o) {
            painter.text(
                Pos2::new(rect.left(), row.center().y),
                Align2::LEFT_CENTER,
                org.label(view.lang),
                FontId::proportional(15.0),
                text_color,
            );
        }
        painter.rect_filled(row, 2.0, ui.visuals().faint_bg_color);
        for span in region.spans(country, o) {
            let left = x_of(span.from);
            let right = span.to.map_or(row.right(), x_of);
            let bar = Rect::from_x_y_ranges(left..=right.max(left + 2.0), row.y_range());
            span_ui(ui, (region, o, country), span, bar, view, actions);
        }
        let _ = dark;
    }
    axis_ui(&painter, chart, years, text_color);
    let cursor = x_of(view.as_of);
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
/// fits, hatched when the dataset marks it uncertain; clicking it opens the
/// country in that organisation.
fn span_ui(
    ui: &mut Ui,
    (region, org, country): (&Region, usize, usize),
    span: &Span,
    bar: Rect,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let Some((dataset, c)) = region.place_of(country, org) else {
        return;
    };
    let Some(status) = dataset.statuses().get(span.status) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let lang = view.lang;
    let color = status_color(status, dark);
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
    let galley =
        painter.layout_no_wrap(label.to_owned(), FontId::proportional(13.0), Color32::WHITE);
    if galley.size().x + 8.0 < bar.width() {
        painter.text(
            bar.left_center() + vec2(4.0, 0.0),
            Align2::LEFT_CENTER,
            label,
            FontId::proportional(13.0),
            text_color,
        );
    }
    let org_label = region.orgs().get(org).map_or("", |o| o.label(lang));
    let period = period_text(span, lang);
    let name = format!("{org_label}: {label}, {period}");
    let id = egui::Id::unique(("membership-span", org, span.period));
    let response = ui.interact(bar, id, Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    let response = response.on_hover_ui(|ui| {
        ui.label(RichText::new(&name).strong());
        if let Some(p) = dataset
            .file()
            .countries
            .get(c)
            .and_then(|c| c.statuses.get(span.period))
        {
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

/// One line of the changes list: a span starting, or a status ending with
/// nothing after it (the country left).
enum Change<'a> {
    Started(&'a Span),
    Ended,
}

/// Every change of the country's status, in time order across organisations,
/// each with the event that decided it (a link opening the event).
fn changes_ui(
    ui: &mut Ui,
    region: &Region,
    country: usize,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let mut changes: Vec<(NaiveDate, usize, Change<'_>)> = Vec::new();
    for o in 0..region.orgs().len() {
        let spans = region.spans(country, o);
        for span in spans {
            changes.push((span.from, o, Change::Started(span)));
            if let Some(to) = span.to
                && !spans.iter().any(|s| s.from == to)
            {
                changes.push((to, o, Change::Ended));
            }
        }
    }
    changes.sort_by_key(|(day, o, _)| (*day, *o));
    if changes.is_empty() {
        ui.label(tr!(lang, "memberships-no-changes"));
        return;
    }
    ui.label(RichText::new(tr!(lang, "memberships-changes")).strong());
    for (day, o, change) in changes {
        let Some(org) = region.orgs().get(o) else {
            continue;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(dates::day_short(lang, day));
            match change {
                Change::Started(span) => started_ui(ui, (org, o), span, lang, actions),
                Change::Ended => {
                    ui.label(tr!(lang, "memberships-ended", org = org.label(lang)));
                }
            }
        });
    }
}

fn started_ui(
    ui: &mut Ui,
    (org, o): (&crate::model::RegionOrg, usize),
    span: &Span,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let dataset = &org.dataset;
    let dark = ui.visuals().dark_mode;
    if let Some(status) = dataset.statuses().get(span.status) {
        let (swatch, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
        ui.painter()
            .rect_filled(swatch, 2.0, status_color(status, dark));
        ui.label(format!("{}: {}", org.label(lang), status.label.text(lang)));
    }
    if span.uncertain {
        ui.label(RichText::new("⚠").color(super::warning_color(dark)))
            .on_hover_text(tr!(lang, "memberships-uncertain"));
    }
    if let Some((e, event)) = span
        .decided_at
        .and_then(|e| Some((e, dataset.file().events.get(e)?)))
    {
        let link = ui.link(event.title.text(lang));
        if link
            .on_hover_text(tr!(lang, "memberships-open-hint"))
            .clicked()
        {
            actions.push(Action::OpenInOrg {
                org: o,
                target: Target::Event(e),
            });
        }
    }
}

/// "15 Jun 2001 – 9 Jun 2017", or "since 15 Jun 2001" while it lasts.
fn period_text(span: &Span, lang: Lang) -> String {
    let from = dates::day_short(lang, span.from);
    match span.to {
        Some(to) => tr!(
            lang,
            "memberships-period",
            from = from.as_str(),
            to = dates::day_short(lang, to).as_str()
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
