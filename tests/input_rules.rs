//! How keys behave with focus, and view codes that cannot be opened (issue
//! "One picture of what is shown, one door for input"): shortcuts are held
//! back only while a text field is edited, Space and Enter press a focused
//! widget, Esc does one step per press, Enter acts on the highlighted row
//! only, and a code naming something its datasets lack is refused.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::lang::Lang;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{CentralView, Selection, ThemeChoice};
use sco_explorer::view_code::{CodeDataset, ViewCode};

fn harness(compare: Option<&str>) -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    if let Some(other) = compare {
        app.compare_with(other);
    }
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

fn code(selection: Selection, compare: Option<&str>) -> ViewCode {
    ViewCode {
        dataset: CodeDataset::Bundled("sco".to_owned()),
        selection,
        as_of: day(2024, 7, 4),
        central: CentralView::Timeline,
        membership_country: None,
        range: None,
        tour: None,
        step: None,
        lang: Lang::En,
        compare: compare.map(str::to_owned),
    }
}

#[test]
fn esc_in_the_go_to_field_leaves_the_search_alone() {
    let mut harness = harness(None);
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.click();
    search.type_text("kaz");
    harness.run();
    assert_eq!(harness.state().view.search, "kaz");
    harness
        .get_by_role_and_label(Role::TextInput, "Go to")
        .click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().view.search,
        "kaz",
        "Esc left the date field only"
    );
    // The next Esc, with no focus, clears the search (the next thing out).
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().view.search, "");
}

#[test]
fn enter_without_a_highlighted_row_selects_nothing() {
    let mut harness = harness(None);
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().view.selection, Selection::None);
    // With the cursor on a row, Enter selects that row.
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_ne!(harness.state().view.selection, Selection::None);
}

#[test]
fn enter_in_the_search_box_still_picks_the_first_match() {
    let mut harness = harness(None);
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.click();
    search.type_text("kazakh");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("KAZ".into())
    );
}

#[test]
fn letter_shortcuts_work_while_a_checkbox_has_focus() {
    let mut harness = harness(None);
    harness
        .get_by_role_and_label(Role::CheckBox, "Summits")
        .focus();
    harness.run();
    harness.key_press(egui::Key::M);
    harness.run();
    assert_eq!(harness.state().view.central_view, CentralView::Map);
    // Space on the focused checkbox unticks it rather than starting Play.
    harness.key_press(egui::Key::M);
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Summits")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Space);
    harness.run();
    assert!(!harness.state().view.kinds.shows("summit"));
    assert_eq!(harness.state().view.central_view, CentralView::Timeline);
}

#[test]
fn esc_first_lets_go_of_the_focus_then_clears_the_selection() {
    let mut harness = harness(None);
    harness
        .get_by_role_and_label(Role::Button, "Kazakhstan")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Summits")
        .focus();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("KAZ".into()),
        "the first Esc only leaves the checkbox"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().view.selection, Selection::None);
}

#[test]
fn a_code_naming_a_missing_event_is_refused_and_changes_nothing() {
    let mut harness = harness(None);
    let before = harness.state().view.clone();
    let text = code(Selection::Event("pm-2005x".into()), None).encode();
    let result = harness.state_mut().open_view_code_text(&text);
    assert!(result.is_ok(), "the code itself reads");
    harness.run();
    assert_eq!(harness.state().view.selection, before.selection);
    assert_eq!(harness.state().view.as_of, before.as_of);
    let message = harness.state().status_message().unwrap();
    assert!(message.contains("pm-2005x"), "{message}");
    assert!(!message.contains("Opened"), "{message}");
}

#[test]
fn a_selection_only_in_the_compared_organisation_survives_its_code() {
    let mut harness = harness(Some("asean"));
    let text = code(Selection::Country("SGP".into()), Some("asean")).encode();
    harness.state_mut().open_view_code_text(&text).unwrap();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("SGP".into())
    );
    // And a reload of the data keeps it too.
    let code_now = harness.state().view_code().encode();
    assert!(harness.state_mut().open_view_code_text(&code_now).is_ok());
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("SGP".into())
    );
}
