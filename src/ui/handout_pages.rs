//! The parts of a tour handout that are not slides: the title page (tour,
//! data date, steps and the full list of sources) and the teacher's-note strip
//! under each slide. Both are drawn at a type scale the caller chooses, and
//! say how tall they came out, so the caller can shrink them to fit the paper.

use egui::{Color32, FontId, RichText, Ui};

use crate::i18n::{Lang, dates};
use crate::model::{Dataset, Source, Target, Text, Tour};
use crate::tr;

/// Ink on paper: near-black text, grey secondary text.
const INK: Color32 = Color32::from_rgb(20, 20, 24);
const GREY: Color32 = Color32::from_rgb(90, 92, 100);

/// Paper: white, with the light theme's ink (the app may be dark on screen).
fn paper_ui(ui: &mut Ui) {
    *ui.visuals_mut() = egui::Visuals::light();
    // The whole sheet, including the margin the test harness frames a Ui with.
    let sheet = ui.ctx().content_rect();
    ui.painter()
        .with_clip_rect(sheet)
        .rect_filled(sheet, 0.0, Color32::WHITE);
    ui.visuals_mut().override_text_color = Some(INK);
}

/// What goes on a handout's first pages besides the slides: worked out once
/// from a tour (or a lesson), so the pages only draw it.
pub struct TitlePage<'a> {
    /// The line above the title (the organisation).
    pub kicker: String,
    /// The tour's or lesson's title.
    pub title: String,
    /// Where the data comes from and how recent it is.
    pub data: String,
    /// One line per step, numbered.
    pub steps: Vec<String>,
    /// How many slide pages follow.
    pub slides: usize,
    /// Every source the slides cite, each once.
    pub sources: &'a [&'a Source],
    /// The handout's language.
    pub lang: Lang,
}

impl<'a> TitlePage<'a> {
    /// The title page of `tour` of `dataset`.
    pub fn of_tour(
        dataset: &Dataset,
        tour: &Tour,
        (slides, sources): (usize, &'a [&'a Source]),
        lang: Lang,
    ) -> Self {
        let file = dataset.file();
        let steps = dataset.presentation_steps(Some(tour.id.as_str()));
        let steps = steps
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let title = crate::ui::slides::step_title(dataset, Some(step), lang);
                let when = match step.target {
                    Target::Event(e) => file
                        .events
                        .get(e)
                        .map(|e| dates::span(lang, e.start, e.end)),
                    Target::Country(_) => None,
                };
                match when {
                    Some(when) => format!("{}. {title} ({when})", i + 1),
                    None => format!("{}. {title}", i + 1),
                }
            })
            .collect();
        Self {
            kicker: file.organisation.name.text(lang).to_owned(),
            title: tour.title.text(lang).to_owned(),
            data: tr!(
                lang,
                "handout-data",
                dataset = file.title.text(lang),
                date = &dates::day(lang, dataset.last_day())
            ),
            steps,
            slides,
            sources,
            lang,
        }
    }
}

/// What part of the title page a page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitlePart {
    /// The title page itself: header, steps, then sources.
    First,
    /// A page of sources, the list starting here (none fitted on the first).
    Sources,
    /// A page continuing the list of sources.
    SourcesContinued,
}

/// A title page part showing `sources` at type scale `scale`. Returns the
/// height its content needs.
pub fn title_page_ui(
    ui: &mut Ui,
    page: &TitlePage<'_>,
    part: TitlePart,
    sources: &[&Source],
    scale: f32,
) -> f32 {
    let first = part == TitlePart::First;
    paper_ui(ui);
    let top = ui.min_rect().top();
    let lang = page.lang;
    let size = |points: f32| FontId::proportional(points * scale);
    if first {
        header_ui(ui, page, scale);
        steps_ui(ui, page, scale);
    } else {
        let heading = if part == TitlePart::Sources {
            "handout-sources"
        } else {
            "handout-sources-continued"
        };
        ui.label(RichText::new(tr!(lang, heading)).font(size(16.0)).strong());
    }
    if first && !sources.is_empty() {
        ui.add_space(6.0 * scale);
        ui.label(
            RichText::new(tr!(lang, "handout-sources"))
                .font(size(16.0))
                .strong(),
        );
    }
    // Two columns, the first half of the list on the left.
    let (left, right) = sources.split_at(sources.len().div_ceil(2));
    ui.columns(2, |columns| {
        for (column, sources) in columns.iter_mut().zip([left, right]) {
            // Left-aligned: a justified column would stretch the letters of each line.
            column.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                sources_ui(ui, sources, scale);
            });
        }
    });
    ui.min_rect().bottom() - top
}

fn header_ui(ui: &mut Ui, page: &TitlePage<'_>, scale: f32) {
    let lang = page.lang;
    let size = |points: f32| FontId::proportional(points * scale);
    ui.label(RichText::new(&page.kicker).font(size(15.0)).color(GREY));
    ui.label(RichText::new(&page.title).font(size(30.0)).strong());
    ui.add_space(4.0 * scale);
    let meta = tr!(
        lang,
        "handout-meta",
        slides = page.slides,
        language = lang.native_name()
    );
    ui.label(RichText::new(format!("{meta}\n{}", page.data)).font(size(13.0)));
    ui.add_space(6.0 * scale);
    ui.separator();
}

/// The steps, numbered, in two columns.
fn steps_ui(ui: &mut Ui, page: &TitlePage<'_>, scale: f32) {
    let lang = page.lang;
    let size = |points: f32| FontId::proportional(points * scale);
    ui.label(
        RichText::new(tr!(lang, "handout-steps"))
            .font(size(16.0))
            .strong(),
    );
    let (left, right) = page.steps.split_at(page.steps.len().div_ceil(2));
    ui.columns(2, |columns| {
        for (column, lines) in columns.iter_mut().zip([left, right]) {
            column.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                for line in lines {
                    ui.label(RichText::new(line).font(size(12.0)));
                }
            });
        }
    });
}

/// Sources as a reader can look them up: publisher and year, title, address.
fn sources_ui(ui: &mut Ui, sources: &[&Source], scale: f32) {
    for source in sources {
        let who = crate::ui::slides::source_short_name(source);
        let mut job = egui::text::LayoutJob::default();
        let format = |size: f32, color: Color32| egui::TextFormat {
            font_id: FontId::proportional(size * scale),
            color,
            ..Default::default()
        };
        job.append(&format!("{who}: "), 0.0, format(10.5, INK));
        job.append(&source.title, 0.0, format(10.5, INK));
        // Addresses a little smaller than titles, never small print.
        job.append(&format!("\n{}", source.url), 0.0, format(10.0, GREY));
        ui.label(job);
    }
}

/// A note laid out in at most `rows` lines of `width`, the last ending in "…"
/// when the note is longer.
fn cut_note(
    text: String,
    font_id: FontId,
    color: Color32,
    rows: usize,
    width: f32,
) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::single_section(
        text,
        egui::TextFormat {
            font_id,
            color,
            ..Default::default()
        },
    );
    job.wrap = egui::text::TextWrapping {
        max_rows: rows,
        overflow_character: Some('…'),
        max_width: width,
        ..Default::default()
    };
    job
}

/// The strip under a slide with the teacher's note for step `label`
/// ("3 / 10"), at type scale `scale`. Returns the height its content needs.
///
/// With `cut` (the smallest type, when the note did not fit at any size), a
/// note longer than the strip stops at its last whole line with "…", instead
/// of being cut off mid-line at the strip's edge with no sign that more was there.
pub fn note_strip_ui(
    ui: &mut Ui,
    note: Option<&Text>,
    (label, lang): (&str, Lang),
    scale: f32,
    cut: bool,
) -> f32 {
    paper_ui(ui);
    let top = ui.min_rect().top();
    ui.label(
        RichText::new(format!("{} · {label}", tr!(lang, "presenter-note")))
            .font(FontId::proportional(12.0 * scale))
            .color(GREY)
            .strong(),
    );
    let text = note.map_or_else(
        || tr!(lang, "presenter-no-note"),
        |n| n.text(lang).to_owned(),
    );
    let font = FontId::proportional(14.0 * scale);
    if cut {
        let row = ui.fonts_mut(|fonts| fonts.row_height(&font));
        // At least one line, whatever the strip's height.
        let rows = (ui.available_height() / row.max(1.0)).floor().max(1.0) as usize;
        let color = ui.visuals().text_color();
        ui.label(cut_note(text, font, color, rows, ui.available_width()));
    } else {
        ui.label(RichText::new(text).font(font));
    }
    ui.min_rect().bottom() - top
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_longer_than_its_strip_ends_in_an_ellipsis() {
        let ctx = egui::Context::default();
        crate::fonts::install_fonts(&ctx);
        ctx.begin_pass(egui::RawInput::default());
        let long = "Say why this summit mattered. ".repeat(200);
        let job = cut_note(long, FontId::proportional(14.0), INK, 3, 600.0);
        let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
        assert!(galley.elided);
        assert_eq!(galley.rows.len(), 3);
        let last = galley.rows.last().map(|row| row.text()).unwrap_or_default();
        assert!(last.ends_with('…'), "{last:?}");
        // A short note is left whole.
        let job = cut_note(
            "Say hello".to_owned(),
            FontId::proportional(14.0),
            INK,
            3,
            600.0,
        );
        let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
        assert!(!galley.elided);
        assert_eq!(galley.text(), "Say hello");
    }
}
