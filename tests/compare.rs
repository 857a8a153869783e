//! Comparing two organisations, as a class would: who is in both, in only one,
//! and with which status in each, on a chosen day; leaving compare mode gives
//! the single view back; a second dataset that does not load changes nothing.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{Selection, ThemeChoice};

fn harness_on(day: NaiveDate, compare: Option<&str>) -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    app.view.as_of = day;
    if let Some(other) = compare {
        app.compare_with(other);
    }
    // 1280x720 at 1x, the size a classroom laptop shows.
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

/// The y of a group heading such as "In both (9)".
fn heading_y(harness: &Harness<'static, ExplorerApp>, starts: &str) -> f32 {
    harness.get_by_label_contains(starts).rect().top()
}

/// Whether a country's row lies between two group headings.
fn row_between(harness: &Harness<'static, ExplorerApp>, name: &str, from: f32, to: f32) -> bool {
    let y = harness
        .get_by_role_and_label(Role::Button, name)
        .rect()
        .top();
    from < y && y < to
}

#[test]
fn at_the_end_of_2025_the_asean_members_partnered_with_the_sco_are_in_both() {
    let harness = harness_on(day(2025, 12, 1), Some("asean"));
    let both = heading_y(&harness, "In both (");
    let only_sco = heading_y(&harness, "Only in SCO (");
    for name in ["Cambodia", "Laos", "Myanmar", "China", "Russia", "India"] {
        assert!(
            row_between(&harness, name, both, only_sco),
            "{name} is not under In both"
        );
    }
    // Each row says the status in each organisation.
    assert_eq!(
        harness
            .query_all_by_label("SCO: SCO partner · ASEAN: Member")
            .count(),
        3,
        "Cambodia, Laos and Myanmar"
    );
    assert!(
        harness
            .query_all_by_label("SCO: Member · ASEAN: Dialogue partner")
            .count()
            >= 3
    );
    // Kazakhstan is only in the SCO.
    assert!(row_between(&harness, "Kazakhstan", only_sco, f32::INFINITY));
}

#[test]
fn before_the_shanghai_five_met_no_country_is_in_both() {
    let harness = harness_on(day(1995, 1, 1), Some("asean"));
    harness.get_by_label("In both (0)");
    harness.get_by_label("Only in SCO (0)");
}

#[test]
fn the_top_bar_starts_comparing_and_esc_gives_the_single_view_back() {
    let mut harness = harness_on(day(2025, 12, 1), None);
    // The list's group heading and the counts plot's legend.
    assert_eq!(harness.query_all_by_label("Members (10)").count(), 2);
    harness
        .get_by_role_and_label(Role::ComboBox, "Compare with")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "ASEAN").click();
    harness.run();
    assert_eq!(harness.state().compared_source(), Some("asean"));
    harness.get_by_label_contains("In both (");
    assert_eq!(harness.query_all_by_label("Members (10)").count(), 1);

    // The search narrows the groups; selecting a country only in ASEAN shows
    // its history in both.
    harness.state_mut().view.search = "indon".into();
    harness.run();
    harness.get_by_label("Only in ASEAN (1)");
    harness
        .get_by_role_and_label(Role::Button, "Indonesia")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("IDN".into())
    );
    harness.get_by_label("Status in each organisation");
    harness.get_by_label("Never a member or partner of SCO.");

    // Esc clears the search, then the selection, then leaves compare mode.
    harness.state_mut().view.search.clear();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().compared().is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().compared().is_none());
    assert_eq!(harness.state().compared_source(), None);
    assert!(harness.query_by_label_contains("In both (").is_none());
    assert_eq!(harness.query_all_by_label("Members (10)").count(), 2);
}

#[test]
fn a_second_dataset_that_does_not_load_shows_its_error_and_the_first_stays() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/invalid/unknown_field.ron"
    );
    let harness = harness_on(day(2025, 12, 1), Some(path));
    assert!(harness.state().compared().is_none());
    assert!(harness.state().load_error().is_some());
    harness.get_by_label_contains("Could not open the dataset");
    assert_eq!(harness.query_all_by_label("Members (10)").count(), 2);
    assert_eq!(
        harness
            .state()
            .dataset()
            .file()
            .organisation
            .short_name
            .en(),
        "SCO"
    );
}

#[test]
fn the_other_organisations_events_are_on_the_timeline_and_open_from_its_own_data() {
    let mut harness = harness_on(day(2013, 1, 1), Some("asean"));
    // (Its lanes, named by organisation under the first's, are in the
    // compare_timeline snapshot: plot axes are not accessibility nodes.)
    let other = &harness.state().compared().unwrap().dataset;
    let exercise = other.event_index("admm-plus-ct-2013").unwrap();
    harness
        .state_mut()
        .queue(sco_explorer::actions::Action::SelectComparedEvent(exercise));
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("admm-plus-ct-2013".into())
    );
    harness.get_by_label("ADMM-Plus Counter-Terrorism Exercise 2013");
    // Which of its participants were in the SCO that day (members China and Russia,
    // observer India), named from the SCO's data.
    harness.get_by_label("Also in SCO on that day");
    harness.get_by_label("China, India, Russia");
}

#[test]
fn presenting_while_comparing_shows_compare_slides() {
    let mut harness = harness_on(day(2025, 12, 1), Some("asean"));
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().view.presenting);
    harness.key_press(egui::Key::End);
    harness.run();
    // The last stop's first page (at 720p the slide continues on a second).
    while harness.state().view.page > 0 {
        harness.key_press(egui::Key::PageUp);
        harness.run();
    }
    // The Tianjin summit, the last stop: who was in both the day after it.
    harness.get_by_label_contains("25th SCO summit, Tianjin");
    // Each line starts with its side's colour on the map, as a legend.
    harness.get_by_label(
        "■ In both on 2 September 2025 (9): Cambodia, China, India, Laos, Myanmar, Pakistan, \
         Russia, Türkiye, United Arab Emirates",
    );
    // The slide keeps its own content: the summit's outcomes are still there,
    // and the comparison is that one compact line.
    harness.get_by_label_contains("Tianjin Declaration");
    assert!(harness.query_by_label_contains("Only in").is_none());
}

#[test]
fn arrow_keys_and_enter_walk_the_compare_list_in_its_order() {
    let mut harness = harness_on(day(2025, 12, 1), Some("asean"));
    let mut press = |key: egui::Key| {
        harness.key_press(key);
        harness.run();
    };
    // "In both" comes first, by name: Cambodia, then China.
    press(egui::Key::ArrowDown);
    press(egui::Key::ArrowDown);
    press(egui::Key::Enter);
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("CHN".into())
    );
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("KHM".into())
    );
}

#[test]
fn the_other_organisations_own_kinds_have_their_filters_too() {
    let mut harness = harness_on(day(2025, 12, 1), Some("asean"));
    // ASEAN's disaster-relief drills are a kind the SCO does not have.
    let filter = harness.get_by_role_and_label(Role::CheckBox, "Disaster-relief drills (ASEAN)");
    filter.click();
    harness.run();
    assert!(!harness.state().view.kinds.shows("disaster-drill"));
    // A kind both have (military exercises) has one filter, named once.
    harness.get_by_role_and_label(Role::CheckBox, "Military exercises");
    assert!(
        harness
            .query_by_label("Military exercises (ASEAN)")
            .is_none()
    );
}

#[test]
fn a_cursor_left_from_another_search_selects_nothing() {
    let mut harness = harness_on(day(2025, 12, 1), Some("asean"));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    // The search regroups the list: the cursor on Cambodia is dropped.
    harness.state_mut().view.search = "kaz".to_owned();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().view.selection, Selection::None);
}

#[test]
fn a_slide_before_the_other_organisation_existed_compares_nothing() {
    // BRICS begins in 2006: the SCO's first stops (1996-2001) have nothing to compare.
    let mut harness = harness_on(day(2025, 12, 1), Some("brics"));
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().view.presenting);
    assert_eq!(harness.state().view.step, 0);
    assert!(harness.query_by_label_contains("In both on").is_none());
    assert!(
        harness
            .query_by_label_contains("No country was in both")
            .is_none()
    );
    // The last stop, in 2025, says who was in both (on its first page).
    harness.key_press(egui::Key::End);
    harness.run();
    while harness.state().view.page > 0 {
        harness.key_press(egui::Key::PageUp);
        harness.run();
    }
    assert!(harness.query_by_label_contains("In both on").is_some());
}
