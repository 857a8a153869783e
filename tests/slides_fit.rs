//! Slides that fit: every step (and every continued page) of every bundled
//! tour, SCO and ASEAN, laid out at 1280x720 and 1920x1080, with every
//! widget inside the slide. A slide that would need scrolling fails here.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};
use sco_explorer::app::ExplorerApp;
use sco_explorer::i18n::Lang;
use sco_explorer::model::find_bundled;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{ThemeChoice, ViewState};

const SIZES: [(f32, f32); 2] = [(1280.0, 720.0), (1920.0, 1080.0)];

fn presenting(dataset: &str, size: (f32, f32), lang: Lang) -> Harness<'static, ExplorerApp> {
    presenting_beside(dataset, size, lang, None)
}

/// Presenting, and comparing with `compare` when given (every slide a compare slide).
fn presenting_beside(
    dataset: &str,
    size: (f32, f32),
    lang: Lang,
    compare: Option<&str>,
) -> Harness<'static, ExplorerApp> {
    let dataset = find_bundled(dataset).unwrap().load().unwrap();
    let view = ViewState {
        theme: ThemeChoice::Light,
        lang,
        ..ViewState::for_dataset(&dataset)
    };
    let mut app = ExplorerApp::new(dataset, view);
    if let Some(other) = compare {
        app.compare_with(other);
    }
    app.enter_presentation();
    let mut harness = harness_for(app, RenderOptions::sized(size));
    harness.run();
    harness
}

/// Every widget on screen lies inside the window, and every widget on the
/// slide's body (between the heading row and the strip) lies inside the body.
/// Containers that hold the whole body (the window, the slide) are not widgets of it.
fn widgets_outside(harness: &Harness<'_, ExplorerApp>) -> Vec<String> {
    let (slide, body) = harness.state().slide_rects().unwrap();
    let screen = harness.ctx.content_rect();
    let ppp = harness.ctx.pixels_per_point();
    // Half a point for rounding of the rects' edges.
    let slack = 0.5;
    let mut outside = Vec::new();
    for node in harness.query_all(By::new()) {
        // Nodes without bounds (the tree's inner grouping nodes) take no room.
        let Some(bounds) = node.accesskit_node().bounding_box() else {
            continue;
        };
        // AccessKit's bounds are in pixels: the slides' zoom (1.75x) is in them.
        #[expect(clippy::cast_possible_truncation, reason = "screen coordinates")]
        let rect = Rect::from_min_max(
            egui::pos2(bounds.x0 as f32, bounds.y0 as f32),
            egui::pos2(bounds.x1 as f32, bounds.y1 as f32),
        ) / ppp;
        if !screen.expand(slack).contains_rect(rect) {
            outside.push(format!("off screen {rect:?}: {node:?}"));
        } else if !rect.contains_rect(body)
            && rect.intersects(body.shrink(slack))
            && !body.expand(slack).contains_rect(rect)
        {
            outside.push(format!("outside the body {body:?}: {rect:?}: {node:?}"));
        } else if rect.intersects(slide.shrink(slack))
            && !rect.contains_rect(body)
            && !slide.expand(slack).contains_rect(rect)
        {
            // Partly over the slide: only the docked presenter view is beside it, never over it.
            outside.push(format!(
                "over the slide's edge {slide:?}: {rect:?}: {node:?}"
            ));
        }
    }
    outside
}

/// Steps through every tour of a dataset at every size with PageDown (the
/// clicker's key), checking each page of each step; returns the problems.
fn check_every_step(dataset_name: &str, lang: Lang) -> Vec<String> {
    check_every_step_beside(dataset_name, lang, None)
}

fn check_every_step_beside(dataset_name: &str, lang: Lang, compare: Option<&str>) -> Vec<String> {
    let mut problems = Vec::new();
    for size in SIZES {
        let mut harness = presenting_beside(dataset_name, size, lang, compare);
        let tours: Vec<(String, usize)> = {
            let dataset = harness.state().dataset();
            dataset
                .file()
                .tours
                .iter()
                .map(|t| (t.id.to_string(), dataset.presentation_len(Some(&t.id))))
                .collect()
        };
        assert!(!tours.is_empty(), "{dataset_name} has no tours");
        for (tour, len) in tours {
            {
                let view = &mut harness.state_mut().view;
                view.tour = Some(tour.clone());
                view.step = 0;
                view.page = 0;
            }
            harness.run();
            let mut shown = 0;
            loop {
                shown += 1;
                let (step, page) = (harness.state().view.step, harness.state().view.page);
                for problem in widgets_outside(&harness) {
                    problems.push(format!(
                        "{dataset_name} {lang:?} {tour} step {} page {page} at {}x{}: {problem}",
                        step + 1,
                        size.0,
                        size.1
                    ));
                }
                let last_page = page + 1 >= harness.state().slide_pages();
                if step + 1 >= len && last_page {
                    break;
                }
                harness.key_press(Key::PageDown);
                harness.run();
                assert!(shown <= 4 * len, "{tour}: PageDown does not reach the end");
            }
            assert!(shown >= len, "{tour}: {shown} slides for {len} steps");
        }
    }
    problems
}

#[test]
fn every_sco_tour_step_fits_at_720p_and_1080p() {
    let problems = check_every_step("sco", Lang::En);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Comparing with ASEAN, every SCO step is a compare slide (map and groups): they fit too.
#[test]
fn every_compare_slide_fits_at_720p_and_1080p() {
    let problems = check_every_step_beside("sco", Lang::En, Some("asean"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Russian runs a third longer than English, and Chinese titles wrap by the
/// character: the same walk in both.
#[test]
fn every_sco_tour_step_fits_in_russian_and_chinese() {
    let mut problems = check_every_step("sco", Lang::Ru);
    problems.extend(check_every_step("sco", Lang::Zh));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_asean_tour_step_fits_at_720p_and_1080p() {
    let problems = check_every_step("asean", Lang::En);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_long_slide_continues_on_a_second_page() {
    // The Tianjin summit (17 new SCO partners, five outcomes) at 1280x720.
    let mut harness = presenting("sco", (1280.0, 720.0), Lang::En);
    {
        let view = &mut harness.state_mut().view;
        view.tour = Some("ten-stops".into());
        view.step = 9;
        view.page = 0;
    }
    harness.run();
    assert!(harness.state().slide_pages() >= 2);
    harness.get_by_label("10a / 10");
    harness.key_press(Key::PageDown);
    harness.run();
    harness.get_by_label("10b / 10");
    harness.get_by_label_contains("(continued)");
    // Back steps through the pages too, and from the first page to the previous step's last.
    harness.key_press(Key::PageUp);
    harness.run();
    harness.get_by_label("10a / 10");
    harness.key_press(Key::PageUp);
    harness.run();
    assert_eq!(harness.state().view.step, 8);
}
