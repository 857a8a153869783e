//! The memberships slide: a country's status in every organisation of the
//! region on the last day of their data, one line each (marked in that
//! organisation's colour for the status, with its sources), and the
//! memberships chart of its whole history under the text.

use chrono::NaiveDate;
use egui::{Rect, Ui, UiBuilder};

use super::content::{short_names, step_title};
use super::layout::{Piece, Role, fit};
use super::memory::SlideMemory;
use super::text_pages::text_pages_ui;
use super::words::{SlideWords, with_words};
use crate::i18n::{Lang, dates};
use crate::model::{Dataset, Region, Step, Target};
use crate::state::ViewState;
use crate::tr;
use crate::ui::memberships_chart::strips_chart_ui;
use crate::ui::status_color;

/// The shares of the body the chart may take, under the text: the first at
/// which the text fits on one page (else the one with the fewest pages).
const CHART_SHARES: [f32; 4] = [0.42, 0.34, 0.26, 0.2];

/// The slide's body for a memberships step.
pub(super) fn memberships_body_ui(
    ui: &mut Ui,
    (dataset, region): (&Dataset, Option<&Region>),
    (step, words): (&Step, &SlideWords),
    view: &ViewState,
    memory: &mut SlideMemory,
    body: Rect,
) {
    let lang = view.lang;
    let code = match step.target {
        Target::Country(c) => dataset.file().countries.get(c).map(|c| c.code.as_str()),
        Target::Event(_) => None,
    };
    let found = region
        .zip(code)
        .and_then(|(region, code)| Some((region, region.country_index(code)?)));
    let Some((region, country)) = found else {
        // Built on the next frame (the app builds the region when a step needs it).
        ui.ctx().request_repaint();
        return;
    };
    let day = region.span().1;
    let mut pieces = memberships_pieces(region, country, day, (lang, ui.visuals().dark_mode));
    with_words(&mut pieces, words);
    let continued = Piece::new(
        Role::Date,
        tr!(
            lang,
            "slide-continued",
            title = &step_title(dataset, Some(step), lang)
        ),
    );
    let fit_with = |share: f32| {
        let (text_rect, chart_rect) =
            body.split_top_bottom_at_y(body.bottom() - body.height() * share);
        let text_rect = text_rect.with_max_y(text_rect.bottom() - 12.0);
        let width = text_rect.width();
        let fitted = fit(
            2,
            text_rect.height(),
            |scale| pieces.iter().map(|p| p.height(ui, scale, width)).collect(),
            |scale| continued.height(ui, scale, width),
        );
        (text_rect, chart_rect, fitted)
    };
    let mut tries = CHART_SHARES.map(fit_with).into_iter();
    let mut best = tries.next();
    for next in tries {
        if best.as_ref().is_some_and(|(_, _, f)| f.pages.len() <= 1) {
            break;
        }
        if best
            .as_ref()
            .is_none_or(|(_, _, f)| next.2.pages.len() < f.pages.len())
        {
            best = Some(next);
        }
    }
    let Some((text_rect, chart_rect, fitted)) = best else {
        return;
    };
    text_pages_ui(ui, text_rect, (&pieces, &continued), &fitted, view, memory);
    let mut chart_ui = ui.new_child(UiBuilder::new().max_rect(chart_rect));
    strips_chart_ui(
        &mut chart_ui,
        chart_rect,
        (region, country, day),
        view,
        None,
    );
}

/// Kicker, the country's name, one line per organisation ("CSTO: Member, since
/// 7 Oct 2002"), marked in the status's colour, one line naming those it is
/// in none of ("Not in: ASEAN"), and the sources of each line ("Sources: SCO
/// Xinhua 2001 · CSTO: csto.org").
fn memberships_pieces(
    region: &Region,
    country: usize,
    day: NaiveDate,
    (lang, dark): (Lang, bool),
) -> Vec<Piece> {
    let mut pieces = vec![
        Piece::new(
            Role::Kicker,
            tr!(
                lang,
                "slide-memberships-kicker",
                date = dates::day_short(lang, day).as_str()
            ),
        ),
        Piece::new(Role::Title, region.country_name(country, lang)),
    ];
    let mut sources = Vec::new();
    let mut none = Vec::new();
    for (o, org) in region.orgs().iter().enumerate() {
        let held = region.span_on(country, o, day).and_then(|span| {
            let status = org.dataset.statuses().get(span.status)?;
            let (dataset, c) = region.place_of(country, o)?;
            let period = dataset.file().countries.get(c)?.statuses.get(span.period)?;
            Some((span, status, period))
        });
        let Some((span, status, period)) = held else {
            none.push(org.label(lang));
            continue;
        };
        let piece = {
            {
                let mut text = tr!(
                    lang,
                    "slide-memberships-line",
                    org = org.label(lang),
                    status = status.label.text(lang),
                    from = dates::partial_short(lang, span.from_written).as_str(),
                );
                if let Some(mark) = crate::ui::confidence_mark(&period.confidence, lang) {
                    text = format!("{text} ⚠ {mark}");
                }
                Piece::new(Role::Body, text).marked(status_color(status, dark))
            }
        };
        pieces.push(if pieces.len() == 2 {
            piece.spaced()
        } else {
            piece
        });
    }
    if !none.is_empty() {
        let list = none.join(&tr!(lang, "list-separator"));
        let piece = Piece::new(
            Role::Body,
            tr!(lang, "slide-memberships-none", orgs = list.as_str()),
        );
        pieces.push(if pieces.len() == 2 {
            piece.spaced()
        } else {
            piece
        });
    }
    let cited = region.sources_on(country, day);
    for (o, org) in region.orgs().iter().enumerate() {
        let names = short_names(cited.iter().filter(|(org, _)| *org == o).map(|(_, s)| *s));
        if !names.is_empty() {
            let names = names.join(&tr!(lang, "list-separator"));
            sources.push(format!("{}: {names}", org.label(lang)));
        }
    }
    if !sources.is_empty() {
        let names = sources.join(" · ");
        pieces.push(Piece::new(Role::Sources, tr!(lang, "slide-sources", names = &names)).spaced());
    }
    pieces
}
