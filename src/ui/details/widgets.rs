//! The pieces every part of the details pane uses: a named field, links that
//! select a country or an event, and the list of a fact's sources.

use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{Dataset, SummitFormat, Target, Text, is_web_url};
use crate::tr;
use crate::ui::{keep_whole, text_ui, whole_link};
use egui::{RichText, Ui};

pub(super) fn field_ui(ui: &mut Ui, name: &str, value: impl Into<egui::WidgetText>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).strong());
        let value: egui::WidgetText = value.into();
        keep_whole(ui, value.text());
        ui.label(value);
    });
}

/// A field whose value is dataset text: "EN" marks a missing translation.
pub(super) fn text_field_ui(ui: &mut Ui, name: &str, value: &Text, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).strong());
        text_ui(ui, value, lang);
    });
}

pub(super) fn country_link_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    code: &str,
) {
    match dataset.country_index(code) {
        Some(c) => {
            let name = dataset.country_name(code, lang);
            if whole_link(ui, name.text).clicked() {
                actions.push(Action::Select(Target::Country(c)));
            }
            if name.fallback {
                crate::ui::fallback_badge_ui(ui, lang);
            }
        }
        None => {
            ui.label(code);
        }
    }
}

pub(super) fn country_links_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    name: &str,
    codes: &[crate::model::CountryCode],
) {
    if codes.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).strong());
        // Commas hug the name before them, as in running text.
        ui.spacing_mut().item_spacing.x = 0.0;
        let comma = tr!(lang, "list-separator");
        for (i, code) in codes.iter().enumerate() {
            country_link_ui(ui, dataset, lang, actions, code);
            if i + 1 < codes.len() {
                ui.label(&comma);
            }
        }
    });
}

pub(super) fn event_link_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    actions: &mut Vec<Action>,
    event: usize,
) {
    let Some(e) = dataset.file().events.get(event) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(dates::partial_short(lang, e.start)).weak());
        let title = e.title.get(lang);
        if whole_link(ui, title.text).clicked() {
            actions.push(Action::Select(Target::Event(event)));
        }
        if title.fallback {
            crate::ui::fallback_badge_ui(ui, lang);
        }
    });
}

/// The list of sources, as links for web addresses and as text otherwise.
pub fn sources_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    lang: Lang,
    ids: impl IntoIterator<Item = impl AsRef<str>>,
) {
    ui.add_space(6.0);
    ui.label(RichText::new(tr!(lang, "heading-sources")).strong());
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
                    ui.label(tr!(lang, "source-unknown"));
                }
            }
        });
    }
}

/// How a meeting was held, in `lang`.
pub fn format_label(format: SummitFormat, lang: Lang) -> String {
    match format {
        SummitFormat::InPerson => tr!(lang, "format-in-person"),
        SummitFormat::Virtual => tr!(lang, "format-virtual"),
        SummitFormat::Hybrid => tr!(lang, "format-hybrid"),
    }
}

/// "15 June 2001, Shanghai, China", or just the date.
pub(super) fn dated_place(
    lang: Lang,
    date: crate::model::PartialDate,
    place: Option<&Text>,
) -> String {
    let date = dates::partial(lang, date);
    match place {
        Some(place) => tr!(lang, "date-place", date = &date, place = place.text(lang)),
        None => date,
    }
}

/// "17", or "28 and 29" for a joint meeting; `None` without numbers.
pub(super) fn numbers_text(numbers: &[u32], lang: Lang) -> Option<String> {
    let (last, rest) = numbers.split_last()?;
    Some(if rest.is_empty() {
        last.to_string()
    } else {
        let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
        tr!(
            lang,
            "numbers-joint",
            first = &rest.join(&tr!(lang, "list-separator")),
            last = &last.to_string()
        )
    })
}
