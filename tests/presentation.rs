//! Presentation mode: stepping through a tour with a clicker's keys, leaving
//! with the last slide selected, the bundled tours, and slide snapshots.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::model::{Target, load_bundled};
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{Selection, ThemeChoice};

fn presenting(tour: &str, theme: ThemeChoice, size: (f32, f32)) -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = theme;
    app.view.tour = Some(tour.to_owned());
    app.enter_presentation();
    let mut harness = harness_for(
        app,
        RenderOptions {
            size: egui::vec2(size.0, size.1),
            pixels_per_point: 1.0,
        },
    );
    harness.run();
    harness
}

/// The title of each step of a bundled tour, in order.
fn tour_titles(tour: &str) -> Vec<String> {
    let dataset = load_bundled().unwrap();
    dataset
        .presentation_steps(Some(tour))
        .iter()
        .map(|step| match step.target {
            Target::Event(e) => dataset.file().events[e].title.en().to_owned(),
            Target::Country(c) => dataset.file().countries[c].name.en().to_owned(),
        })
        .collect()
}

#[test]
fn every_bundled_tour_step_resolves() {
    let dataset = load_bundled().unwrap();
    let titles: Vec<&str> = dataset.file().tours.iter().map(|t| t.title.en()).collect();
    assert_eq!(
        titles,
        [
            "The SCO in 10 stops",
            "The Peace Mission exercises",
            "Enlargement 1996-2025",
            "How the SCO works"
        ]
    );
    for tour in &dataset.file().tours {
        assert_eq!(
            dataset.presentation_steps(Some(&tour.id)).len(),
            tour.steps.len(),
            "every step of {} must name an event or country",
            tour.id
        );
    }
    assert_eq!(dataset.presentation_len(Some("ten-stops")), 10);
}

#[test]
fn page_down_and_page_up_step_through_a_tour() {
    let titles = tour_titles("ten-stops");
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    harness.get_by_label(&titles[0]);
    harness.get_by_label("Step 1 of 10");
    for (i, title) in titles.iter().enumerate().skip(1).take(3) {
        harness.key_press(Key::PageDown);
        harness.run();
        harness.get_by_label(title);
        harness.get_by_label(&format!("Step {} of 10", i + 1));
    }
    harness.key_press(Key::PageUp);
    harness.run();
    harness.get_by_label(&titles[2]);
    // Space and Right are "next" too; End and Home jump to the ends.
    harness.key_press(Key::Space);
    harness.key_press(Key::ArrowRight);
    harness.run();
    harness.get_by_label(&titles[4]);
    harness.key_press(Key::End);
    harness.run();
    harness.get_by_label(&titles[9]);
    harness.key_press(Key::PageDown);
    harness.run();
    harness.get_by_label("Step 10 of 10");
    harness.key_press(Key::Home);
    harness.run();
    harness.get_by_label(&titles[0]);
}

#[test]
fn leaving_selects_the_last_shown_item() {
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    for _ in 0..3 {
        harness.key_press(Key::PageDown);
    }
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().view.presenting);
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2005-astana".into())
    );
    // The explorer is back, with the summit in the details pane.
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search");
    // F5 presents again, from the same step.
    harness.key_press(Key::F5);
    harness.run();
    harness.get_by_label("Step 4 of 10");
}

#[test]
fn presentation_uses_a_large_scale() {
    let harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    assert!(harness.ctx.zoom_factor() >= 1.75);
}
