//! Screenshot regression tests: every view rendered headless on the CPU
//! (wgpu on Mesa lavapipe) and compared with `tests/snapshots/NAME.png`.
//!
//! A failing test writes `NAME.new.png` and `NAME.diff.png` beside the
//! reference; see README ("Snapshot tests") for how to review and update.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{Selection, ThemeChoice};

/// A scene: the app at a size and scale, set up by `setup`.
fn scene(
    size: (f32, f32),
    pixels_per_point: f32,
    setup: impl FnOnce(&mut ExplorerApp),
) -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    setup(&mut app);
    let mut harness = harness_for(
        app,
        RenderOptions {
            size: egui::vec2(size.0, size.1),
            pixels_per_point,
        },
    );
    harness.run();
    harness
}

fn standard(setup: impl FnOnce(&mut ExplorerApp)) -> Harness<'static, ExplorerApp> {
    scene((1280.0, 720.0), 1.0, setup)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn select(app: &mut ExplorerApp, id: &str) {
    let dataset = app.dataset().clone();
    app.view.selection = Selection::from_id(&dataset, id).unwrap();
    if let Some(event) = dataset.event(id) {
        app.view.as_of = event.start.first_day();
    }
}

#[test]
fn default_view_light() {
    standard(|_| {}).snapshot("default_light");
}

#[test]
fn default_view_dark() {
    standard(|app| app.view.theme = ThemeChoice::Dark).snapshot("default_dark");
}

#[test]
fn summit_selected() {
    standard(|app| select(app, "summit-2013-bishkek")).snapshot("summit_selected");
}

#[test]
fn exercise_selected() {
    standard(|app| select(app, "pm-2007")).snapshot("exercise_selected");
}

#[test]
fn rescue_drill_selected() {
    standard(|app| select(app, "rescue-2013-shaoxing")).snapshot("rescue_drill_selected");
}

#[test]
fn country_selected() {
    standard(|app| {
        select(app, "IND");
        app.view.as_of = day(2010, 1, 1);
    })
    .snapshot("country_selected");
}

#[test]
fn search_active() {
    let mut harness = standard(|_| {});
    let search = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search");
    search.click();
    search.type_text("peace");
    harness.run();
    harness.snapshot("search_active");
}

#[test]
fn date_cursor_2005() {
    standard(|app| app.view.as_of = day(2005, 1, 1)).snapshot("as_of_2005");
}

#[test]
fn date_cursor_2024() {
    standard(|app| app.view.as_of = day(2024, 8, 1)).snapshot("as_of_2024");
}

#[test]
fn zoomed_timeline() {
    standard(|app| {
        select(app, "summit-2014-dushanbe");
        app.view.timeline_range = Some((2012.5, 2016.5));
    })
    .snapshot("timeline_zoomed");
}

#[test]
fn invalid_dataset_error_panel() {
    // A relative path (tests run in the package folder) keeps the picture the same on every machine.
    let mut harness = standard(|app| {
        app.open_path(std::path::Path::new(
            "tests/fixtures/invalid/many_problems.ron",
        ))
    });
    assert!(
        harness
            .query_all_by_label_contains("many_problems.ron")
            .count()
            >= 3
    );
    harness.snapshot("invalid_dataset_errors");
}

#[test]
fn small_window() {
    scene((1024.0, 640.0), 1.0, |_| {}).snapshot("window_1024x640");
}

#[test]
fn large_window() {
    scene((1920.0, 1080.0), 1.0, |app| {
        select(app, "summit-2025-tianjin")
    })
    .snapshot("window_1920x1080");
}

#[test]
fn interface_scale_2x() {
    scene((960.0, 600.0), 2.0, |app| select(app, "KAZ")).snapshot("scale_2x");
}

#[test]
fn help_window() {
    standard(|app| app.view.help_open = true).snapshot("help_window");
}
