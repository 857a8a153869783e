//! The details pane: the selected summit, exercise or country, or an overview
//! of the organisation when nothing is selected.
//!
//! Every country and event named here is a link that selects it, and every
//! fact shows its sources; CONFLICT and UNVERIFIED facts show their note.

use egui::{RichText, Ui};

use super::{
    confidence_note_ui, date_range_text, headcount_text, kind_color, status_id_color, status_label,
};
use crate::actions::Action;
use crate::model::{Dataset, Event, Target, is_web_url};
use crate::state::{Selection, ViewState};

/// The details pane.
pub fn details_panel_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    actions: &mut Vec<Action>,
    focus: bool,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(4.0);
            // The line naming what is shown ("Summit", "Country", "Overview") can
            // take the keyboard focus, so F6 has somewhere to land in this pane.
            let kind = ui.add(
                egui::Label::new(kind_line(ui, dataset, view))
                    .sense(egui::Sense::focusable_noninteractive()),
            );
            if focus {
                kind.request_focus();
                kind.scroll_to_me(None);
            }
            if kind.has_focus() {
                ui.painter().rect_stroke(
                    kind.rect.expand(2.0),
                    2.0,
                    ui.visuals().selection.stroke,
                    egui::StrokeKind::Outside,
                );
            }
            match view.selection.clone() {
                Selection::Event(id) => match dataset.event_index(&id) {
                    Some(e) => event_ui(ui, dataset, actions, e),
                    None => overview_ui(ui, dataset, view, actions),
                },
                Selection::Country(code) => match dataset.country_index(&code) {
                    Some(c) => country_ui(ui, dataset, view, actions, c),
                    None => overview_ui(ui, dataset, view, actions),
                },
                Selection::None => overview_ui(ui, dataset, view, actions),
            }
        });
}

fn field_ui(ui: &mut Ui, name: &str, value: impl Into<egui::WidgetText>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{name}:")).strong());
        ui.label(value);
    });
}

fn country_link_ui(ui: &mut Ui, dataset: &Dataset, actions: &mut Vec<Action>, code: &str) {
    match dataset.country_index(code) {
        Some(c) => {
            if ui.link(dataset.country_name(code)).clicked() {
                actions.push(Action::Select(Target::Country(c)));
            }
        }
        None => {
            ui.label(code);
        }
    }
}

fn country_links_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    actions: &mut Vec<Action>,
    name: &str,
    codes: &[crate::model::CountryCode],
) {
    if codes.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{name}:")).strong());
        // Commas hug the name before them, as in running text.
        ui.spacing_mut().item_spacing.x = 0.0;
        for (i, code) in codes.iter().enumerate() {
            country_link_ui(ui, dataset, actions, code);
            if i + 1 < codes.len() {
                ui.label(", ");
            }
        }
    });
}

fn event_link_ui(ui: &mut Ui, dataset: &Dataset, actions: &mut Vec<Action>, event: usize) {
    let Some(e) = dataset.file().events.get(event) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(e.start.to_string()).monospace().weak());
        if ui.link(&e.title).clicked() {
            actions.push(Action::Select(Target::Event(event)));
        }
    });
}

/// The list of sources, as links for web addresses and as text otherwise.
pub fn sources_ui(ui: &mut Ui, dataset: &Dataset, ids: impl IntoIterator<Item = impl AsRef<str>>) {
    ui.add_space(6.0);
    ui.label(RichText::new("Sources").strong());
    for id in ids {
        let id = id.as_ref();
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("[{id}]")).monospace().weak());
            match dataset.source(id) {
                Some(source) => {
                    let mut title = source.title.clone();
                    if let Some(publisher) = &source.publisher {
                        title = format!("{title} ({publisher})");
                    }
                    if is_web_url(&source.url) {
                        ui.hyperlink_to(title, &source.url)
                            .on_hover_text(&source.url);
                    } else {
                        ui.label(format!("{title} — {}", source.url));
                    }
                }
                None => {
                    ui.label("(unknown source)");
                }
            }
        });
    }
}

fn event_ui(ui: &mut Ui, dataset: &Dataset, actions: &mut Vec<Action>, index: usize) {
    let Some(event) = dataset.file().events.get(index) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let kind = dataset.kind_of_event(index);
    ui.heading(&event.title);
    confidence_note_ui(ui, &event.confidence);
    ui.add_space(4.0);
    field_ui(ui, "When", date_range_text(event.start, event.end));
    place_ui(ui, dataset, actions, event);
    if let Some(series) = &event.series {
        field_ui(ui, "Series", series.as_str());
    }
    if kind.is_some_and(|k| k.numbered) {
        if let Some(numbers) = numbers_text(&event.numbers) {
            field_ui(ui, "Number", format!("{numbers} in its series"));
        }
        if let Some(format) = event.format {
            field_ui(ui, "Format", format.label());
        }
    }
    country_links_ui(ui, dataset, actions, "Participants", &event.participants);
    country_links_ui(ui, dataset, actions, "Observers", &event.observers);
    if let Some(size) = &event.size {
        field_ui(ui, "Size", size.as_str());
    }
    if !event.outcomes.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new("Outcomes").strong());
        for outcome in &event.outcomes {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.label(outcome);
            });
        }
    }
    let decisions = dataset.decisions_at(index);
    if !decisions.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new("Status decisions").strong());
        for decision in decisions {
            let Some(country) = dataset.file().countries.get(decision.country) else {
                continue;
            };
            let Some(period) = country.statuses.get(decision.period) else {
                continue;
            };
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                country_link_ui(ui, dataset, actions, &country.code);
                ui.label(
                    RichText::new(status_label(dataset, &period.status)).color(status_id_color(
                        dataset,
                        &period.status,
                        dark,
                    )),
                );
                ui.label(format!("from {}", period.from.long_form()));
            });
        }
    }
    if let Some(note) = &event.note {
        ui.add_space(4.0);
        field_ui(ui, "Note", note.as_str());
    }
    sources_ui(ui, dataset, &event.sources);
}

fn place_ui(ui: &mut Ui, dataset: &Dataset, actions: &mut Vec<Action>, event: &Event) {
    if event.place.city.is_none() && event.place.country.is_none() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Where:").strong());
        if let Some(city) = &event.place.city {
            ui.label(city);
        }
        if let Some(code) = &event.place.country {
            if event.place.city.is_some() {
                ui.label("—");
            }
            country_link_ui(ui, dataset, actions, code);
        }
    });
}

fn country_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    actions: &mut Vec<Action>,
    index: usize,
) {
    let Some(country) = dataset.file().countries.get(index) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    ui.heading(&country.name);
    if !country.state {
        ui.label(RichText::new("Not a state, so it has no place on the map.").weak());
    }
    for other in [&country.name_ru, &country.name_zh].into_iter().flatten() {
        ui.label(other);
    }
    let now = dataset.status_on(index, view.as_of);
    field_ui(
        ui,
        &format!("On {}", view.as_of.format("%-d %B %Y")),
        now.map_or("no status".to_owned(), |p| {
            status_label(dataset, &p.status).to_owned()
        }),
    );
    if let Some(note) = &country.note {
        field_ui(ui, "Note", note.as_str());
    }

    ui.add_space(6.0);
    ui.label(RichText::new("Status history").strong());
    status_strip_ui(ui, dataset, index, view);
    let mut cited: Vec<crate::model::Id> = Vec::new();
    for period in &country.statuses {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("■").color(status_id_color(dataset, &period.status, dark)));
            ui.label(RichText::new(status_label(dataset, &period.status)).strong());
            let until = period
                .to
                .map_or_else(|| "today".to_owned(), crate::model::PartialDate::long_form);
            ui.label(format!("{} – {until}", period.from.long_form()));
            if let Some(e) = period
                .decided_at
                .as_deref()
                .and_then(|id| dataset.event_index(id))
            {
                ui.label("decided at");
                if let Some(event) = dataset.file().events.get(e)
                    && ui.link(&event.title).clicked()
                {
                    actions.push(Action::Select(Target::Event(e)));
                }
            }
        });
        if let Some(note) = &period.note {
            ui.indent(("period note", &period.from), |ui| {
                ui.label(RichText::new(note).small());
            });
        }
        confidence_note_ui(ui, &period.confidence);
        for id in &period.sources {
            if !cited.contains(id) {
                cited.push(id.clone());
            }
        }
    }

    let hosted: Vec<usize> = dataset.hosted_main_events(index).collect();
    if let Some(main) = dataset.kinds().first()
        && !hosted.is_empty()
    {
        ui.add_space(6.0);
        ui.label(RichText::new(format!("{} hosted ({})", main.plural, hosted.len())).strong());
        for e in hosted {
            event_link_ui(ui, dataset, actions, e);
        }
    }
    let exercises: Vec<usize> = dataset
        .events_of_country(index)
        .iter()
        .copied()
        .filter(|&e| dataset.kind_of_event(e).is_some_and(|kind| !kind.numbered))
        .collect();
    ui.add_space(6.0);
    ui.label(RichText::new(format!("Exercises and drills ({})", exercises.len())).strong());
    if exercises.is_empty() {
        ui.label(RichText::new("None recorded in this dataset.").weak());
    }
    for e in exercises {
        event_link_ui(ui, dataset, actions, e);
    }
    sources_ui(ui, dataset, &cited);
}

/// A small horizontal bar of the country's status periods over the whole history.
fn status_strip_ui(ui: &mut Ui, dataset: &Dataset, index: usize, view: &ViewState) {
    let Some(country) = dataset.file().countries.get(index) else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let width = ui.available_width().min(360.0);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 14.0), egui::Sense::hover());
    let first = crate::model::year_f64_from_date(dataset.first_day());
    let last = crate::model::year_f64_from_date(dataset.last_day()).max(first + 1.0);
    let x_of = |year: f64| rect.left() + ((year - first) / (last - first)) as f32 * rect.width();
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
    for period in &country.statuses {
        let from = x_of(period.from.as_year_f64());
        let to = x_of(
            period
                .to
                .map_or(last, crate::model::PartialDate::as_year_f64),
        );
        let r = egui::Rect::from_x_y_ranges(from..=to.max(from + 1.0), rect.y_range());
        painter.rect_filled(r, 0.0, status_id_color(dataset, &period.status, dark));
    }
    let cursor = x_of(crate::model::year_f64_from_date(view.as_of));
    painter.vline(
        cursor,
        rect.y_range(),
        egui::Stroke::new(2.0, super::warning_color(dark)),
    );
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(dataset.first_day().format("%Y").to_string())
                .small()
                .weak(),
        );
        ui.add_space((width - 70.0).max(0.0));
        ui.label(
            RichText::new(dataset.last_day().format("%Y").to_string())
                .small()
                .weak(),
        );
    });
}

fn overview_ui(ui: &mut Ui, dataset: &Dataset, view: &ViewState, actions: &mut Vec<Action>) {
    let file = dataset.file();
    let org = &file.organisation;
    ui.heading(format!("{} ({})", org.name, org.short_name));
    ui.label(&file.description);
    ui.add_space(6.0);
    if !view.start_hint_dismissed {
        start_here_ui(ui, actions);
    }
    let place = org
        .founded
        .place
        .as_deref()
        .map(|p| format!(", {p}"))
        .unwrap_or_default();
    field_ui(
        ui,
        "Founded",
        format!("{}{place}", org.founded.date.long_form()),
    );
    // The main facts first; the milestones and their notes on the sources after them.
    field_ui(ui, "Official languages", org.languages.join(", "));
    field_ui(
        ui,
        &format!("On {}", view.as_of.format("%-d %B %Y")),
        headcount_text(dataset, view.as_of, ", "),
    );
    ui.add_space(6.0);
    ui.label(RichText::new("Milestones").strong());
    confidence_note_ui(ui, &org.founded.confidence);
    for milestone in &org.milestones {
        let place = milestone
            .place
            .as_deref()
            .map(|p| format!(", {p}"))
            .unwrap_or_default();
        field_ui(
            ui,
            &milestone.title,
            format!("{}{place}", milestone.date.long_form()),
        );
        confidence_note_ui(ui, &milestone.confidence);
    }
    bodies_ui(ui, dataset, actions);
    ui.add_space(8.0);
    ui.label(
        RichText::new(
            "Select a country in the list or an event on the timeline to see its details.",
        )
        .weak(),
    );
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
    sources_ui(ui, dataset, &cited);
}

/// The organisation's bodies and its Secretaries-General.
fn bodies_ui(ui: &mut Ui, dataset: &Dataset, actions: &mut Vec<Action>) {
    let org = &dataset.file().organisation;
    if !org.bodies.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("Bodies").strong());
        for body in &org.bodies {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.label(RichText::new(&body.name).strong());
                if let Some(seat) = &body.seat {
                    ui.label(format!("({seat})"));
                }
                ui.label(&body.description);
            });
            confidence_note_ui(ui, &body.confidence);
        }
    }
    if !org.secretaries_general.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("Secretaries-General").strong());
        for sg in &org.secretaries_general {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.label(RichText::new(&sg.name).strong());
                ui.label("(");
                country_link_ui(ui, dataset, actions, &sg.country);
                ui.label(")");
                let until = sg
                    .to
                    .map_or_else(|| "in office".to_owned(), |to| to.to_string());
                ui.label(format!("{} – {until}", sg.from));
            });
            if let Some(note) = &sg.note {
                ui.indent(("sg note", &sg.name), |ui| {
                    ui.label(RichText::new(note).small());
                });
            }
            confidence_note_ui(ui, &sg.confidence);
        }
    }
}

/// "17", or "28 and 29" for a joint meeting; `None` without numbers.
fn numbers_text(numbers: &[u32]) -> Option<String> {
    let (last, rest) = numbers.split_last()?;
    Some(if rest.is_empty() {
        last.to_string()
    } else {
        let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
        format!("{} and {last}", rest.join(", "))
    })
}

/// The first thing a new student sees: four ways in, and how to put it away.
fn start_here_ui(ui: &mut Ui, actions: &mut Vec<Action>) {
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.5, ui.visuals().selection.stroke.color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Start here").strong());
            for line in [
                "Click a country in the list to see when it joined and what it took part in.",
                "Click a marker on the timeline to open a summit, an exercise or a drill.",
                "Drag the date (or press [ and ]) to see who belonged when; Map shows it.",
                "Press F5 to present to a class, F1 for every key.",
            ] {
                ui.label(format!("• {line}"));
            }
            if ui.button("Got it").clicked() {
                actions.push(Action::DismissStartHint);
            }
        });
    ui.add_space(6.0);
}

/// What the pane shows, in one word or two: the event's kind (in its colour),
/// "Country" (or "Organisation (not a state)"), or "Overview".
fn kind_line(ui: &Ui, dataset: &Dataset, view: &ViewState) -> RichText {
    let dark = ui.visuals().dark_mode;
    match view.selected(dataset) {
        Some(Target::Event(e)) => match dataset.kind_of_event(e) {
            Some(kind) => RichText::new(&kind.label)
                .color(kind_color(kind, dark))
                .strong(),
            None => RichText::new("Event").strong(),
        },
        Some(Target::Country(c)) => {
            let state = dataset.file().countries.get(c).is_none_or(|c| c.state);
            RichText::new(if state {
                "Country"
            } else {
                "Organisation (not a state)"
            })
            .weak()
        }
        None => RichText::new("Overview").weak(),
    }
}
