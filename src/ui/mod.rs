//! The explorer's panels, one file each, and the small pieces they share.
//!
//! Panels take the dataset by `&` and the view state by `&mut`; anything
//! derived from the dataset is computed once per load (`crate::derived`).

pub mod counts_plot;
pub mod date_row;
pub mod details;
pub mod error_panel;
#[cfg(feature = "screenshot")]
pub mod handout_pages;
pub mod help_window;
pub mod lesson_panel;
pub mod map_disputed;
pub mod map_labels;
pub mod map_legend;
pub mod map_paint;
mod map_paint_labels;
pub mod map_panel;
pub mod map_style;
pub mod member_rows;
pub mod members_panel;
pub mod memberships_chart;
pub mod memberships_panel;
pub mod open_dialog;
pub mod overlap_table;
pub mod play_bar;
pub mod quiz;
pub mod row_window;
pub mod slides;
pub mod status_bar;
pub mod timeline_axis;
pub mod timeline_hits;
pub mod timeline_marks;
pub mod timeline_plot;
pub mod top_bar;

use egui::{Color32, RichText, Ui};

use crate::i18n::{Lang, dates};
use crate::model::{Confidence, Dataset, KindDef, Rgb, Shown, StatusDef, Text};
use crate::state::ViewState;
use crate::tr;

/// A colour from the dataset, for the current theme.
pub fn theme_color(light: Rgb, dark_color: Rgb, dark: bool) -> Color32 {
    let [r, g, b] = if dark { dark_color.0 } else { light.0 };
    Color32::from_rgb(r, g, b)
}

/// The colour of an event kind's markers, as the dataset declares it.
pub fn kind_color(kind: &KindDef, dark: bool) -> Color32 {
    theme_color(kind.color, kind.dark_color, dark)
}

/// The colour of an event's markers (its kind's colour).
pub fn event_color(dataset: &Dataset, event: usize, dark: bool) -> Color32 {
    dataset.kind_of_event(event).map_or(
        if dark {
            Color32::from_gray(0xd0)
        } else {
            Color32::from_gray(0x40)
        },
        |kind| kind_color(kind, dark),
    )
}

/// The colour of a status (list chips, map, counts), as the dataset declares it.
pub fn status_color(status: &StatusDef, dark: bool) -> Color32 {
    theme_color(status.color, status.dark_color, dark)
}

/// The colour of the status with this id, or the weak text colour for an unknown one.
pub fn status_id_color(dataset: &Dataset, id: &str, dark: bool) -> Color32 {
    dataset.status_def(id).map_or(
        if dark {
            Color32::from_gray(0x8c)
        } else {
            Color32::from_gray(0x73)
        },
        |def| status_color(def, dark),
    )
}

/// The label of the status with this id in `lang` ("Dialogue partner"), or the id itself.
pub fn status_label<'a>(dataset: &'a Dataset, id: &'a str, lang: Lang) -> &'a str {
    dataset
        .status_def(id)
        .map_or(id, |def| def.label.text(lang))
}

/// Dataset text in the view's language; when the translation is missing, the
/// English text with a small "EN" after it, so a student knows why.
pub fn shown_ui(
    ui: &mut Ui,
    shown: Shown<'_>,
    lang: Lang,
    style: impl FnOnce(RichText) -> RichText,
) -> egui::Response {
    let response = ui.label(style(RichText::new(shown.text)));
    if shown.fallback {
        fallback_badge_ui(ui, lang);
    }
    response
}

/// The small "EN" that marks English shown for a missing translation.
pub fn fallback_badge_ui(ui: &mut Ui, lang: Lang) {
    ui.label(RichText::new(tr!(lang, "fallback-badge")).small().weak())
        .on_hover_text(tr!(lang, "fallback-tooltip"));
}

/// A paragraph of dataset text in `lang`: a plain wrapped label, or, for a
/// missing translation, the English with "EN" after its last line.
pub fn paragraph_ui(ui: &mut Ui, text: &Text, lang: Lang) {
    block_ui(ui, text.get(lang), lang, |t| t);
}

/// Text on a line (or lines) of its own, styled: a plain label, or, for English
/// shown for a missing translation, the label with "EN" after it.
pub fn block_ui(
    ui: &mut Ui,
    shown: Shown<'_>,
    lang: Lang,
    style: impl FnOnce(RichText) -> RichText,
) {
    if shown.fallback {
        ui.horizontal_wrapped(|ui| {
            shown_ui(ui, shown, lang, style);
        });
    } else {
        ui.label(style(RichText::new(shown.text)));
    }
}

/// Dataset text in `lang`, with "EN" marking a missing translation.
pub fn text_ui(ui: &mut Ui, text: &Text, lang: Lang) -> egui::Response {
    shown_ui(ui, text.get(lang), lang, |t| t)
}

/// A label in running text: "Dialogue partners" becomes "dialogue partners",
/// but "SCO partners" and "Shanghai Five" keep their capitals.
pub fn in_running_text(label: &str) -> String {
    // "Shanghai Five": a capitalised second word marks a proper name (but not
    // "Observers in the Parliamentary Assembly").
    if label
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        return label.to_owned();
    }
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

/// "10 members · 2 observers · 1 dialogue partner": the members (every status
/// that counts as membership) and then each other status that someone holds,
/// with the dataset's own labels, joined by `separator`. Each language's
/// catalog decides the form ("10 members", "Наблюдатели: 2").
pub fn headcount_text(
    dataset: &Dataset,
    day: chrono::NaiveDate,
    separator: &str,
    lang: Lang,
) -> String {
    let mut parts = headcount_parts(dataset, day, lang, true);
    parts.extend(headcount_parts(dataset, day, lang, false));
    parts.join(separator)
}

/// "10 members", or "2 members · 1 suspended member": the statuses that count
/// as membership only, each by its own label ("0 members" when none is held).
pub fn members_headcount_text(
    dataset: &Dataset,
    day: chrono::NaiveDate,
    separator: &str,
    lang: Lang,
) -> String {
    headcount_parts(dataset, day, lang, true).join(separator)
}

/// Each status held on `day` that counts as membership (or, with `members`
/// false, each other one), by the dataset's own label: a dataset with "Full
/// member" and "Suspended member" is not summed up in the first's words, nor
/// the Shanghai Five called members.
fn headcount_parts(
    dataset: &Dataset,
    day: chrono::NaiveDate,
    lang: Lang,
    members: bool,
) -> Vec<String> {
    let counts = dataset.counts_on(day);
    let statuses = dataset.statuses();
    let label = |def: &StatusDef, n: usize| {
        tr!(
            lang,
            "headcount-item",
            count = n,
            one = &in_running_text(def.label.text(lang)),
            many = &in_running_text(def.plural.text(lang)),
            heading = def.plural.text(lang),
        )
    };
    let mut parts: Vec<String> = statuses
        .iter()
        .enumerate()
        .filter(|(i, s)| s.counts_as_member == members && counts.of(*i) > 0)
        .map(|(i, s)| label(s, counts.of(i)))
        .collect();
    if members && parts.is_empty() {
        parts.push(match statuses.iter().find(|s| s.counts_as_member) {
            Some(def) => label(def, 0),
            None => tr!(lang, "headcount-members", count = 0),
        });
    }
    parts
}

/// Colour of the "as of" date cursor: near black or near white, a colour no
/// status or kind uses, so the cursor never looks like a line of data.
pub fn cursor_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(0xe8)
    } else {
        Color32::from_gray(0x20)
    }
}

/// Colour for "sources disagree" and "not verified" notes.
pub fn warning_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xf5, 0xb0, 0x41)
    } else {
        Color32::from_rgb(0x8a, 0x4b, 0x00)
    }
}

/// Shows a CONFLICT / UNVERIFIED note in words a student understands; nothing for sourced facts.
pub fn confidence_note_ui(ui: &mut Ui, confidence: &Confidence, lang: Lang) {
    let (heading, note) = match confidence {
        Confidence::Sourced => return,
        Confidence::Conflict(note) => (tr!(lang, "confidence-conflict"), note),
        Confidence::Unverified(note) => (tr!(lang, "confidence-unverified"), note),
    };
    let color = warning_color(ui.visuals().dark_mode);
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("⚠ {heading}")).strong().color(color));
                text_ui(ui, note, lang);
            });
        });
}

/// "sources disagree" or "not verified" for a marked fact; `None` for a sourced one.
pub fn confidence_mark(confidence: &Confidence, lang: Lang) -> Option<String> {
    match confidence {
        Confidence::Sourced => None,
        Confidence::Conflict(_) => Some(tr!(lang, "confidence-conflict-short")),
        Confidence::Unverified(_) => Some(tr!(lang, "confidence-unverified-short")),
    }
}

/// "11 June 2013 – 16 June 2013", "15 June 2001" or "August 2006", in `lang`.
pub fn date_range_text(
    start: crate::model::PartialDate,
    end: Option<crate::model::PartialDate>,
    lang: Lang,
) -> String {
    dates::span(lang, start, end)
}

/// "Bishkek, Kyrgyzstan": the city and host country of an event, as far as known.
pub fn place_text(dataset: &Dataset, event: &crate::model::Event, lang: Lang) -> Option<String> {
    let city = event.place.city.as_ref().map(|c| c.text(lang));
    let country = event
        .place
        .country
        .as_deref()
        .map(|c| dataset.country_name(c, lang).text);
    match (city, country) {
        (Some(city), Some(country)) => Some(tr!(
            lang,
            "place-city-country",
            city = city,
            country = country
        )),
        (Some(one), None) | (None, Some(one)) => Some(one.to_owned()),
        (None, None) => None,
    }
}

/// Width of `text` on one line in `style`.
pub fn text_width(ui: &Ui, text: &str, style: egui::TextStyle) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
        .size()
        .x
}

/// Whether egui may break `text` between any two characters: Chinese (and
/// Japanese) text, which has no spaces between words.
fn breaks_anywhere(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
    })
}

/// In a wrapping row, starts a new line before `text` (a name, a date, a
/// title) when it would not fit in what is left of this line but fits on a
/// line of its own, so it is not split in two. Only for Chinese: egui breaks
/// it between any two characters ("比什凯 / 克"), where English and Russian
/// break only at spaces.
pub fn keep_whole(ui: &mut Ui, text: &str) {
    if !breaks_anywhere(text) {
        return;
    }
    let width = text_width(ui, text, egui::TextStyle::Body);
    let left = ui.available_size_before_wrap().x;
    let line = ui.max_rect().width();
    if width > left && width <= line && left < line {
        ui.end_row();
    }
}

/// A label that [`keep_whole`] keeps on one line where it fits.
pub fn whole_label(ui: &mut Ui, text: impl Into<RichText>) -> egui::Response {
    let text = text.into();
    keep_whole(ui, text.text());
    ui.label(text)
}

/// A link that [`keep_whole`] keeps on one line where it fits.
pub fn whole_link(ui: &mut Ui, text: &str) -> egui::Response {
    keep_whole(ui, text);
    ui.link(text)
}

/// A ring around a widget that has the keyboard focus, in the selection colour.
pub fn focus_ring_ui(ui: &Ui, rect: egui::Rect) {
    let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
    ui.painter()
        .rect_stroke(rect.expand(2.0), 3.0, stroke, egui::StrokeKind::Outside);
}

/// The "As of" slider over the dataset's time span, leaving `reserve` points of the row for
/// what follows it. Moving it asks to move the date.
pub fn as_of_slider_ui(
    ui: &mut Ui,
    (first_day, last_day): (chrono::NaiveDate, chrono::NaiveDate),
    view: &ViewState,
    (reserve, actions): (f32, &mut Vec<crate::actions::Action>),
) {
    use crate::model::{date_from_year_f64, year_f64_from_date};
    let label = ui.label(tr!(view.lang, "as-of"));
    let first = year_f64_from_date(first_day);
    let last = year_f64_from_date(last_day);
    let mut x = year_f64_from_date(view.as_of);
    // What is left of this row: in a wrapping row `available_width` is the
    // whole row's, which would push what follows onto a line of its own.
    let left = ui.available_size_before_wrap().x;
    ui.spacing_mut().slider_width = (left - reserve).max(100.0);
    let slider = egui::Slider::new(&mut x, first..=last).show_value(false);
    let response = ui.add(slider).labelled_by(label.id);
    // egui shows a focused slider only by a darker knob; the keyboard's place
    // needs a ring a user can find at a glance.
    if response.has_focus() {
        focus_ring_ui(ui, response.rect);
    }
    // Only a real move of the slider changes the date, never the float round trip.
    if response.changed()
        && let Some(day) = date_from_year_f64(x)
        && day != view.as_of
    {
        actions.push(crate::actions::Action::SetDate(day));
    }
}

#[cfg(test)]
mod tests {
    use super::{breaks_anywhere, in_running_text};

    #[test]
    fn only_chinese_text_is_kept_whole_by_hand() {
        assert!(breaks_anywhere("上合组织第十三次峰会（比什凯克）"));
        assert!(breaks_anywhere("2013年9月13日"));
        assert!(!breaks_anywhere("13th SCO summit, Bishkek"));
        assert!(!breaks_anywhere("13-й саммит ШОС, Бишкек"));
    }

    #[test]
    fn labels_in_running_text_keep_only_the_capitals_of_names() {
        assert_eq!(in_running_text("Dialogue partners"), "dialogue partners");
        assert_eq!(in_running_text("SCO partners"), "SCO partners");
        assert_eq!(in_running_text("Shanghai Five"), "Shanghai Five");
        assert_eq!(
            in_running_text("Observers in the Parliamentary Assembly"),
            "observers in the Parliamentary Assembly"
        );
        assert_eq!(in_running_text("Государства-члены"), "государства-члены");
    }
}
