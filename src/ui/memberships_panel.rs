//! The memberships view: one country's status in every organisation of the
//! region on one date axis (one strip per organisation, coloured by that
//! organisation's own statuses), the date cursor, a line saying where the
//! country stood on the date, and the changes with the events that decided
//! them, each of which opens its record.

use chrono::NaiveDate;
use egui::{RichText, Sense, Ui, vec2};

use super::memberships_chart::{chart_height, strips_chart_ui};
use super::status_color;
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{PartialDate, Region, Span, Target};
use crate::on_screen::OnScreen;
use crate::state::ViewState;
use crate::tr;

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

fn strips_ui(
    ui: &mut Ui,
    region: &Region,
    country: usize,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let height = chart_height(ui, region.orgs().len());
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    strips_chart_ui(ui, rect, (region, country, view.as_of), view, Some(actions));
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
    // Each change on the day it happened, written at the dataset's precision.
    let mut changes: Vec<(PartialDate, usize, Change<'_>)> = Vec::new();
    for o in 0..region.orgs().len() {
        let spans = region.spans(country, o);
        for span in spans {
            changes.push((span.from_written, o, Change::Started(span)));
            if let Some(to) = span.to_written
                && !spans.iter().any(|s| Some(s.from) == span.to)
            {
                changes.push((to, o, Change::Ended));
            }
        }
    }
    changes.sort_by_key(|(day, o, _)| (day.first_day(), *o));
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
            ui.label(dates::partial_short(lang, day));
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
