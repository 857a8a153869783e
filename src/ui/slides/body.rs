//! A slide's body: its text fitted beside the map (the map narrows before it
//! is dropped), split into pages where the text needs them.

use super::content::{compare_pieces, country_pieces, event_pieces, step_title};
use super::layout::{Piece, Role, fit};
use super::memberships_slide::memberships_body_ui;
use super::memory::SlideMemory;
use super::slide_map::{slide_map_ui, slide_map_view};
use super::text_pages::text_pages_ui;
use super::words::{SlideWords, with_words};
use crate::map::MapData;
use crate::model::{Compared, Dataset, Region, Step, StepView, Target};
use crate::state::ViewState;
use crate::tr;
use egui::{Rect, Ui};

/// How much of a slide's body the map takes, beside the text: the first
/// share at which the text fits on one page.
const MAP_SHARES: [f32; 3] = [0.4, 0.34, 0.28];

/// A map narrower than this (in points) is too small to read on a projector.
const MIN_MAP_WIDTH: f32 = 200.0;

/// Slides narrower than this (in points) show no map: the text needs the room.
const MIN_WIDTH_FOR_MAP: f32 = 520.0;

/// The slide's text (and map) in `body`, fitted; sets `memory.pages`.
pub(super) fn body_ui(
    ui: &mut Ui,
    (dataset, compared, region): (&Dataset, Option<&Compared>, Option<&Region>),
    map: &MapData,
    (view, step, words): (&ViewState, Option<Step>, &SlideWords),
    memory: &mut SlideMemory,
    body: Rect,
) {
    let lang = view.lang;
    let dark = ui.visuals().dark_mode;
    if let Some(step) = &step
        && step.view == StepView::Memberships
    {
        memberships_body_ui(ui, (dataset, region), (step, words), view, memory, body);
        return;
    }
    let target = step.as_ref().map(|s| s.target);
    let mut map_view = target.and_then(|t| slide_map_view(dataset, map, view, t));
    let day = map_view.as_ref().map(|(day_view, _)| day_view.as_of);
    let (mut pieces, head) = slide_pieces((dataset, compared), target, (lang, dark), day);
    with_words(&mut pieces, words);
    let continued = Piece::new(
        Role::Date,
        tr!(
            lang,
            "slide-continued",
            title = &step_title(dataset, step.as_ref(), lang)
        ),
    );
    let fit_in = |rect: Rect| {
        let width = rect.width();
        fit(
            head,
            rect.height(),
            |scale| pieces.iter().map(|p| p.height(ui, scale, width)).collect(),
            |scale| continued.height(ui, scale, width),
        )
    };
    let (text_rect, map_rect, fitted) = split_text_and_map(body, map_view.is_some(), fit_in);
    if map_rect.is_none() {
        map_view = None;
    }
    text_pages_ui(ui, text_rect, (&pieces, &continued), &fitted, view, memory);
    if let (Some((map_view, bounds)), Some(rect)) = (map_view, map_rect) {
        slide_map_ui(
            ui,
            (dataset, compared),
            map,
            &map_view,
            bounds,
            rect,
            target,
        );
    }
}

/// What a slide says and how many pieces head it: the step's own content,
/// and comparing, one line of who was in both organisations on the slide's day.
fn slide_pieces(
    (dataset, compared): (&Dataset, Option<&Compared>),
    target: Option<Target>,
    (lang, dark): (crate::lang::Lang, bool),
    day: Option<chrono::NaiveDate>,
) -> (Vec<Piece>, usize) {
    let (mut pieces, head) = match target {
        Some(Target::Event(e)) => event_pieces(dataset, lang, e, dark),
        Some(Target::Country(c)) => country_pieces(dataset, lang, c, dark),
        None => (
            vec![Piece::new(Role::Title, tr!(lang, "slide-no-steps"))],
            1,
        ),
    };
    if let (Some(compared), Some(day)) = (compared, day) {
        // After the heading, before the details: what the map's colours mean.
        let compare = compare_pieces(dataset, compared, lang, day, dark);
        pieces.splice(head..head, compare);
    }
    (pieces, head)
}

/// Where a slide's text and map go, and how the text fits. The map stands
/// beside the text unless it would cost the slide a page: a slide the class
/// sees whole beats a map. On a small screen (720p) a narrower map often lets
/// the text fit on one page: the widest share that does wins; else the share
/// with the fewest pages, if the text alone needs no fewer.
pub(super) fn split_text_and_map(
    body: Rect,
    wants_map: bool,
    fit_in: impl Fn(Rect) -> crate::ui::slides::layout::Fit,
) -> (Rect, Option<Rect>, crate::ui::slides::layout::Fit) {
    if !wants_map || body.width() < MIN_WIDTH_FOR_MAP {
        return (body, None, fit_in(body));
    }
    let mut widest = None;
    for share in MAP_SHARES {
        let map_width = (body.width() * share).round();
        if map_width < MIN_MAP_WIDTH && widest.is_some() {
            break;
        }
        let (text, map) = body.split_left_right_at_x(body.right() - map_width);
        let text = text.with_max_x(text.right() - 16.0);
        let fitted = fit_in(text);
        if fitted.pages.len() == 1 {
            return (text, Some(map), fitted);
        }
        // The fewest pages, the widest map on a tie.
        if widest.as_ref().is_none_or(
            |(_, _, best): &(Rect, Rect, crate::ui::slides::layout::Fit)| {
                fitted.pages.len() < best.pages.len()
            },
        ) {
            widest = Some((text, map, fitted));
        }
    }
    let Some((text, map, with_map)) = widest else {
        return (body, None, fit_in(body));
    };
    let alone = fit_in(body);
    if alone.pages.len() < with_map.pages.len() {
        (body, None, alone)
    } else {
        (text, Some(map), with_map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fit of `pages` pages (the pieces do not matter here).
    fn pages(pages: usize) -> crate::ui::slides::layout::Fit {
        crate::ui::slides::layout::Fit {
            scale: 1.0,
            pages: vec![Vec::new(); pages],
        }
    }

    #[test]
    fn the_map_narrows_before_it_is_dropped_and_stays_when_it_costs_no_page() {
        let body = Rect::from_min_size(egui::pos2(0.0, 0.0), egui::vec2(1000.0, 400.0));
        // 40%: 3 pages, 34%: 2, 28%: 2, the text alone: 2 → the 34% map stays.
        let (text, map, fit) = split_text_and_map(body, true, |rect: Rect| {
            pages(match rect.width() {
                w if w > 980.0 => 2,
                w if w > 700.0 => 2,
                w if w > 640.0 => 2,
                _ => 3,
            })
        });
        let map = map.expect("a map that costs no page stays");
        assert_eq!(fit.pages.len(), 2);
        assert!((map.width() - 340.0).abs() < 1.0, "{map:?}");
        assert!(text.right() < map.left());
        // Where every map costs a page, the text takes the whole width.
        let (text, map, fit) = split_text_and_map(body, true, |rect: Rect| {
            pages(if rect.width() > 980.0 { 1 } else { 2 })
        });
        assert!(map.is_none());
        assert_eq!((text, fit.pages.len()), (body, 1));
        // The first share that fits on one page wins.
        let (_, map, _) = split_text_and_map(body, true, |rect: Rect| {
            pages(if rect.width() > 600.0 { 1 } else { 2 })
        });
        assert!((map.unwrap().width() - 340.0).abs() < 1.0);
    }
}
