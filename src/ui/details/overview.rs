//! The organisation at a glance, shown when nothing is selected: founding,
//! milestones, bodies, Secretaries-General and where to start.

use super::widgets::{country_link_ui, dated_place, field_ui, sources_ui};
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{Dataset, Target};
use crate::state::{Selection, ViewState};
use crate::tr;
use crate::ui::{confidence_note_ui, headcount_text, kind_color, shown_ui, text_ui};
use egui::{RichText, Ui};

pub(super) fn overview_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let file = dataset.file();
    let org = &file.organisation;
    ui.heading(tr!(
        lang,
        "organisation-heading",
        name = org.name.text(lang),
        short = org.short_name.text(lang)
    ));
    crate::ui::paragraph_ui(ui, &file.description, lang);
    ui.add_space(6.0);
    if !view.start_hint_dismissed {
        start_here_ui(ui, lang, actions);
    }
    field_ui(
        ui,
        &tr!(lang, "field-founded"),
        dated_place(lang, org.founded.date, org.founded.place.as_ref()),
    );
    // The main facts first; the milestones and their notes on the sources after them.
    let languages: Vec<&str> = org.languages.iter().map(|l| l.text(lang)).collect();
    let languages = if languages.is_empty() {
        tr!(lang, "languages-none")
    } else {
        languages.join(&tr!(lang, "list-separator"))
    };
    field_ui(ui, &tr!(lang, "field-languages"), languages);
    field_ui(
        ui,
        &tr!(lang, "field-on-date", date = &dates::day(lang, view.as_of)),
        headcount_text(dataset, view.as_of, &tr!(lang, "list-separator"), lang),
    );
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(lang, "heading-milestones")).strong());
    confidence_note_ui(ui, &org.founded.confidence, lang);
    for milestone in &org.milestones {
        ui.horizontal_wrapped(|ui| {
            let title = milestone.title.get(lang);
            let name = tr!(lang, "field-name", name = title.text);
            ui.label(RichText::new(name).strong());
            ui.label(dated_place(lang, milestone.date, milestone.place.as_ref()));
            if title.fallback {
                crate::ui::fallback_badge_ui(ui, lang);
            }
        });
        confidence_note_ui(ui, &milestone.confidence, lang);
    }
    bodies_ui(ui, dataset, lang, actions);
    ui.add_space(8.0);
    ui.label(RichText::new(tr!(lang, "overview-hint")).weak());
    let mut cited: Vec<crate::model::Id> = org.founded.sources.clone();
    for id in org
        .milestones
        .iter()
        .flat_map(|m| &m.sources)
        .chain(&org.languages_sources)
        .chain(org.bodies.iter().flat_map(|b| &b.sources))
        .chain(org.secretaries_general.iter().flat_map(|s| &s.sources))
    {
        if !cited.contains(id) {
            cited.push(id.clone());
        }
    }
    sources_ui(ui, dataset, lang, &cited);
}

/// The organisation's bodies and its Secretaries-General.
fn bodies_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, actions: &mut Vec<Action>) {
    let org = &dataset.file().organisation;
    if !org.bodies.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(lang, "heading-bodies")).strong());
        for body in &org.bodies {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                shown_ui(ui, body.name.get(lang), lang, RichText::strong);
                if let Some(seat) = &body.seat {
                    ui.label(format!("({})", seat.text(lang)));
                }
                text_ui(ui, &body.description, lang);
            });
            confidence_note_ui(ui, &body.confidence, lang);
        }
    }
    if !org.secretaries_general.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(lang, "heading-secretaries-general")).strong());
        for sg in &org.secretaries_general {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                shown_ui(ui, sg.name.get(lang), lang, RichText::strong);
                ui.label("(");
                country_link_ui(ui, dataset, lang, actions, &sg.country);
                ui.label(")");
                let until = sg
                    .to
                    .map_or_else(|| tr!(lang, "sg-in-office"), |to| dates::partial(lang, to));
                ui.label(tr!(
                    lang,
                    "period-span",
                    from = &dates::partial(lang, sg.from),
                    to = &until
                ));
            });
            if let Some(note) = &sg.note {
                ui.indent(("sg note", sg.name.en()), |ui| {
                    crate::ui::block_ui(ui, note.get(lang), lang, RichText::small);
                });
            }
            confidence_note_ui(ui, &sg.confidence, lang);
        }
    }
}

/// The first thing a new student sees: four ways in, and how to put it away.
fn start_here_ui(ui: &mut Ui, lang: Lang, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, ui.visuals().selection.stroke.color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(tr!(lang, "start-here")).strong());
            for id in [
                "start-here-country",
                "start-here-marker",
                "start-here-date",
                "start-here-present",
            ] {
                ui.label(format!("• {}", tr!(lang, id)));
            }
            if ui.button(tr!(lang, "start-here-got-it")).clicked() {
                actions.push(Action::DismissStartHint);
            }
        });
    ui.add_space(6.0);
}

/// What the pane shows, in one word or two: the event's kind (in its colour),
/// "Country" (or "Organisation (not a state)"), or "Overview".
pub(super) fn kind_line(ui: &Ui, dataset: &Dataset, view: &ViewState) -> RichText {
    let dark = ui.visuals().dark_mode;
    let lang = view.lang;
    match view.selected(dataset) {
        Some(Target::Event(e)) => match dataset.kind_of_event(e) {
            Some(kind) => RichText::new(kind.label.text(lang))
                .color(kind_color(kind, dark))
                .strong(),
            None => RichText::new(tr!(lang, "details-kind-event")).strong(),
        },
        Some(Target::Country(c)) => {
            let state = dataset.file().countries.get(c).is_none_or(|c| c.state);
            RichText::new(if state {
                tr!(lang, "details-kind-country")
            } else {
                tr!(lang, "details-kind-organisation")
            })
            .weak()
        }
        // Comparing, a country only the other organisation lists.
        None if matches!(view.selection, Selection::Country(_)) => {
            RichText::new(tr!(lang, "details-kind-country")).weak()
        }
        None => RichText::new(tr!(lang, "details-kind-overview")).weak(),
    }
}
