//! The counts plot under the timeline: how many members, and how many
//! observers and partners, the organisation had over time, on the same date
//! axis as the timeline. A click moves the date cursor.

use egui::{Stroke, Ui};
use egui_plot::{Line, PlotPoints, VLine};

use super::timeline_axis::axis_plot;
use super::timeline_hits::TimelineData;
use super::{cursor_color, status_color};
use crate::actions::Action;
use crate::model::{Compared, Dataset, date_from_year_f64, year_f64_from_date};
use crate::state::ViewState;
use crate::tr;

/// The compared organisation's members line: teal, a hue no status of the
/// bundled datasets uses, so it is never read as the first organisation's.
const COMPARED_LINE_LIGHT: egui::Color32 = egui::Color32::from_rgb(0x00, 0x7c, 0x70);
/// The same on the dark theme.
const COMPARED_LINE_DARK: egui::Color32 = egui::Color32::from_rgb(0x4d, 0xd0, 0xc0);

/// The counts plot, `height` points tall.
pub fn counts_plot_ui(
    ui: &mut Ui,
    (dataset, compared): (&Dataset, Option<(&Compared, &TimelineData)>),
    data: &TimelineData,
    view: &ViewState,
    (height, axis_width, range): (f32, f32, (f64, f64)),
    dark: bool,
    actions: &mut Vec<Action>,
) {
    let cursor_x = year_f64_from_date(view.as_of);
    let counts = dataset.counts_on(view.as_of);
    // The first status that counts as membership, and the first that does not,
    // colour the two lines (the legend names them).
    let members = dataset.statuses().iter().find(|s| s.counts_as_member);
    let partners = dataset.statuses().iter().find(|s| !s.counts_as_member);
    let fallback = ui.visuals().text_color();
    let members_color = members.map_or(fallback, |s| status_color(s, dark));
    let partners_color = partners.map_or(fallback, |s| status_color(s, dark));
    let lang = view.lang;
    // One member status names the line; several (full and suspended members,
    // the Shanghai Five and members) share the neutral word.
    let member_statuses = dataset
        .statuses()
        .iter()
        .filter(|s| s.counts_as_member)
        .count();
    let members_label = match members {
        Some(status) if member_statuses == 1 => status.plural.text(lang).to_owned(),
        _ => tr!(lang, "counts-members"),
    };
    // Headroom above the lines keeps the legend (top left) off them.
    let other_max = compared.map_or(0, |(_, other_data)| other_data.max_members);
    let top = data.max_count.max(other_max) as f64 * 1.6 + 2.0;
    let width = ui.available_width() - axis_width;
    let response = axis_plot("sco_counts", (height, width), axis_width, range, lang)
        .y_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        // Small type, members first, and no entry for the date cursor: at 720p
        // the legend covered a third of the plot.
        .legend(
            egui_plot::Legend::default()
                .position(egui_plot::Corner::LeftTop)
                .text_style(egui::TextStyle::Small)
                .follow_insertion_order(true),
        )
        .show(ui, |plot_ui| {
            plot_ui.set_plot_bounds_x(range.0..=range.1);
            plot_ui.set_plot_bounds_y(-0.5..=top);
            plot_ui.line(
                Line::new(
                    tr!(
                        lang,
                        "counts-line",
                        label = &members_label,
                        count = counts.core()
                    ),
                    plot_points(&data.members_line),
                )
                .id("members line")
                .color(members_color)
                .width(2.0)
                .allow_band(false)
                .allow_hover(false),
            );
            plot_ui.line(
                Line::new(
                    tr!(lang, "counts-others", count = counts.others()),
                    plot_points(&data.partners_line),
                )
                .id("partners line")
                .color(partners_color)
                .width(2.0)
                .allow_band(false)
                .allow_hover(false),
            );
            if let Some((compared, other_data)) = compared {
                compared_members_ui(plot_ui, (compared, other_data), view, range.1, dark);
            }
            plot_ui.vline(
                // Unnamed: the cursor needs no legend entry (the slider names it).
                VLine::new("", cursor_x)
                    .stroke(Stroke::new(2.0, cursor_color(dark)))
                    .allow_hover(false),
            );
        });
    if response.response.clicked()
        && let Some(day) = response
            .response
            .interact_pointer_pos()
            .and_then(|p| date_from_year_f64(response.transform.value_from_position(p).x))
    {
        actions.push(Action::SetDate(day));
    }
}

/// Comparing: the other organisation's members over time, dashed, in a hue of its own.
fn compared_members_ui(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    (compared, other_data): (&Compared, &TimelineData),
    view: &ViewState,
    right: f64,
    dark: bool,
) {
    let lang = view.lang;
    let other = &compared.dataset;
    // The step line worked out on load; only its end follows the visible range.
    let mut line = other_data.members_line.clone();
    if let Some([_, y]) = line.pop() {
        let end = right.max(year_f64_from_date(other.last_day()));
        line.push([end, y]);
    }
    let name = tr!(
        lang,
        "counts-line",
        label = &tr!(
            lang,
            "compare-members-of",
            org = other.file().organisation.short_name.text(lang)
        ),
        count = other.counts_on(view.as_of).core()
    );
    plot_ui.line(
        Line::new(name, plot_points(&line))
            .id("compared members line")
            .color(if dark {
                COMPARED_LINE_DARK
            } else {
                COMPARED_LINE_LIGHT
            })
            .style(egui_plot::LineStyle::dashed_loose())
            .width(2.0)
            .allow_band(false)
            .allow_hover(false),
    );
}

/// A step line worked out on load, as the plot takes it (a copy of a few
/// points per status change; the plot keeps no reference between frames).
fn plot_points(line: &[[f64; 2]]) -> PlotPoints<'static> {
    PlotPoints::Owned(
        line.iter()
            .map(|&[x, y]| egui_plot::PlotPoint::new(x, y))
            .collect(),
    )
}
