//! Large datasets (issue #29): the search runs off the frame that asked,
//! and a search matching tens of thousands of events draws only the list
//! rows in view (drawing every row took about a second a frame at 100,000
//! events, and typing the first letter 4 seconds); a file over 1 MiB to
//! compare with loads on its own thread (it froze the window for 4.7 s at a
//! million events), and a view code naming one waits for it.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::generate::{GenerateOptions, generate};
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{ThemeChoice, ViewState};

/// Events in the generated dataset: its search index is over the size
/// searched on a thread, and every event's id starts with "e".
const EVENTS: usize = 70_000;

fn large_harness() -> Harness<'static, ExplorerApp> {
    let text = generate(&GenerateOptions {
        countries: 60,
        events: EVENTS,
        seed: 1,
    })
    .unwrap();
    let dataset = sco_explorer::model::load_str("large.ron", &text).unwrap();
    assert!(
        sco_explorer::derived::DerivedView::new(&dataset)
            .search
            .size()
            > sco_explorer::derived::search::THREAD_SEARCH_BYTES
    );
    let mut view = ViewState::for_dataset(&dataset);
    view.theme = ThemeChoice::Light;
    let mut harness = harness_for(ExplorerApp::new(dataset, view), RenderOptions::default());
    harness.run();
    harness
}

/// Types into the search box and lets the search end.
fn search_for(harness: &mut Harness<'static, ExplorerApp>, text: &str) {
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.click();
    search.type_text(text);
    // One frame takes the letters, the next starts the search.
    harness.step();
    harness.step();
    harness.state_mut().finish_searching();
    harness.run();
}

#[test]
fn a_search_matching_every_event_draws_only_the_rows_in_view() {
    let mut harness = large_harness();
    search_for(&mut harness, "e");
    let heading = format!("Events ({EVENTS})");
    harness.get_by_label(&heading);
    let buttons = harness.query_all_by_role(Role::Button).count();
    assert!(
        buttons < 300,
        "{buttons} buttons drawn for {EVENTS} matching events"
    );
    // The keyboard cursor reaches rows far below those drawn.
    for _ in 0..200 {
        harness.key_press(egui::Key::ArrowDown);
        harness.step();
    }
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let selected = harness.state().view.selection.clone();
    assert!(
        matches!(selected, sco_explorer::state::Selection::Event(_)),
        "{selected:?}"
    );
}

#[test]
fn typing_in_a_large_dataset_does_not_wait_for_the_search() {
    let mut harness = large_harness();
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.click();
    search.type_text("rescue");
    harness.step();
    harness.step();
    // The letters are in the box, and the list says it is still searching.
    assert_eq!(harness.state().view.search, "rescue");
    assert!(harness.state().searching());
    harness.get_by_label("Searching…");
    harness.state_mut().finish_searching();
    harness.run();
    assert!(harness.query_by_label("Searching…").is_none());
    assert!(harness.query_by_label_contains("Events (").is_some());
}

/// A generated dataset over 1 MiB, written to a file.
fn big_file(dir: &std::path::Path) -> std::path::PathBuf {
    let text = generate(&GenerateOptions {
        countries: 60,
        events: 8000,
        seed: 2,
    })
    .unwrap();
    assert!(text.len() as u64 > sco_explorer::session::BACKGROUND_LOAD_BYTES);
    let path = dir.join("big.ron");
    std::fs::write(&path, text).unwrap();
    path
}

fn sco_harness() -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

/// Runs frames until no file loads any more (as the window does while
/// "Loading" shows).
fn until_loaded(harness: &mut Harness<'static, ExplorerApp>) {
    for _ in 0..2000 {
        harness.step();
        if harness.state().compare_loading().is_none() && harness.state().loading().is_none() {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the file never finished loading");
}

#[test]
fn a_large_file_to_compare_with_loads_without_freezing_the_window() {
    let tmp = tempfile::tempdir().unwrap();
    let big = big_file(tmp.path());
    let mut harness = sco_harness();
    let source = big.display().to_string();
    assert!(harness.state_mut().compare_with(&source));
    // The call returns with the file still loading, and the status bar says so.
    assert_eq!(harness.state().compare_loading(), Some(big.as_path()));
    harness.step();
    let message = harness.state().status_message().unwrap_or_default();
    assert!(message.starts_with("Loading"), "{message}");
    until_loaded(&mut harness);
    assert_eq!(harness.state().compared_source(), Some(source.as_str()));
    assert!(harness.state().load_error().is_none());
}

#[test]
fn a_view_code_comparing_with_a_large_file_keeps_its_date_and_tab() {
    let tmp = tempfile::tempdir().unwrap();
    let big = big_file(tmp.path());
    let mut harness = sco_harness();
    let mut code = harness.state().view_code();
    code.compare = Some(big.display().to_string());
    code.as_of = chrono::NaiveDate::from_ymd_opt(2005, 7, 5).unwrap();
    code.central = sco_explorer::state::CentralView::Map;
    harness.state_mut().open_view_code(&code).unwrap();
    until_loaded(&mut harness);
    let view = &harness.state().view;
    assert_eq!(view.as_of, code.as_of);
    assert_eq!(view.central_view, sco_explorer::state::CentralView::Map);
    assert_eq!(harness.state().compared_source(), code.compare.as_deref());
}

#[test]
fn a_view_code_whose_large_file_to_compare_with_fails_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("broken.ron");
    // Over 1 MiB, and not a dataset.
    std::fs::write(&big, "Dataset(".repeat(200_000)).unwrap();
    let mut harness = sco_harness();
    let mut code = harness.state().view_code();
    code.compare = Some(big.display().to_string());
    harness.state_mut().open_view_code(&code).unwrap();
    until_loaded(&mut harness);
    assert_eq!(harness.state().compared_source(), None);
    assert_eq!(
        harness.state().status_message().unwrap_or_default(),
        "View code refused: the organisation it compares with could not be opened"
    );
    assert!(harness.state().load_error().is_some());
}
