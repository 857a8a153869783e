//! The map panel: opening it, clicking a country, the Play animation, and
//! snapshot scenes of the SCO in 2001, 2017 and 2025 in both themes.
//!
//! Snapshots are rendered by wgpu on Mesa's lavapipe; see README, "Snapshot tests".
//! Accept intended changes with `UPDATE_SNAPSHOTS=1 cargo test --test map_panel`.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{CentralView, Selection, ThemeChoice};

fn harness_with(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

fn harness() -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    harness_with(app)
}

/// Presses and releases the primary button at `pos`, as `Node::click` does.
fn click_at(harness: &Harness<'static, ExplorerApp>, pos: Pos2) {
    harness.hover_at(pos);
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
}

fn open_map(harness: &mut Harness<'static, ExplorerApp>) {
    harness.get_by_label("Map").click();
    harness.run();
    assert_eq!(harness.state().view.central_view, CentralView::Map);
}

#[test]
fn clicking_a_country_on_the_map_selects_it() {
    let mut harness = harness();
    open_map(&mut harness);
    let kazakhstan = harness.state().map_screen_pos(67.0, 48.0).unwrap();
    click_at(&harness, kazakhstan);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("KAZ".into())
    );
    // The details pane follows.
    harness.get_by_label("Status history");

    // A click in the sea (Arabian Sea) changes nothing.
    let sea = harness.state().map_screen_pos(65.0, 15.0).unwrap();
    click_at(&harness, sea);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("KAZ".into())
    );

    // Bahrain is too small to draw: its dot is clickable.
    let bahrain = harness.state().map_screen_pos(50.55, 26.06).unwrap();
    click_at(&harness, bahrain);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("BHR".into())
    );
}

#[test]
fn hovering_a_country_names_it_and_its_status() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.as_of = day(2010, 1, 1);
    let mut harness = harness_with(app);
    open_map(&mut harness);
    let india = harness.state().map_screen_pos(78.0, 22.0).unwrap();
    harness.hover_at(india);
    // Tooltips show after a short delay.
    harness.run_steps(40);
    harness.get_by_label("Observer since 5 July 2005");
    harness.get_by_label("Click to show its history");
}

#[test]
fn events_with_coordinates_are_dots_that_select_them() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    app.view.central_view = CentralView::Map;
    // The bundled summit in Qingdao stands at its GeoNames point.
    let place = app
        .dataset()
        .event("summit-2018-qingdao")
        .unwrap()
        .place
        .clone();
    assert_eq!((place.lat, place.lon), (Some(36.06488), Some(120.38042)));
    assert_eq!(place.located_by.as_deref(), Some("GN-1797929"));
    let mut harness = harness_with(app);
    let qingdao = harness.state().map_screen_pos(120.38042, 36.06488).unwrap();
    click_at(&harness, qingdao);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2018-qingdao".into())
    );
    // Its details say where the point is and who says so.
    harness.get_by_label("36.06° N, 120.38° E");
    harness.get_by_label("GeoNames");
}

#[test]
fn an_area_says_so_and_has_no_dot() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.central_view = CentralView::Map;
    let event = app.dataset().event("pm-2007").unwrap();
    assert!(event.place.area && event.place.lat.is_none());
    app.select(sco_explorer::model::Target::Event(
        app.dataset().event_index("pm-2007").unwrap(),
    ));
    let harness = harness_with(app);
    harness.get_by_label("An area, not a single point: no dot on the map");
    assert!(harness.query_by_label("GeoNames").is_none());
}

#[test]
fn key_m_toggles_timeline_and_map() {
    let mut harness = harness();
    assert_eq!(harness.state().view.central_view, CentralView::Timeline);
    harness.key_press(Key::M);
    harness.run();
    assert_eq!(harness.state().view.central_view, CentralView::Map);
    harness.key_press(Key::M);
    harness.run();
    assert_eq!(harness.state().view.central_view, CentralView::Timeline);
}

#[test]
fn play_animates_the_date_and_any_key_stops_it() {
    let mut harness = harness();
    open_map(&mut harness);
    let last = harness.state().dataset().last_day();
    // Play from the end starts again at the first day.
    harness.state_mut().view.as_of = last;
    harness.run();
    harness.get_by_label("▶ Play").click();
    harness.step();
    let first = harness.state().dataset().first_day();
    let start = harness.state().view.as_of;
    assert!(start < first + chrono::Days::new(60), "started at {start}");
    harness.run_steps(30);
    let moved = harness.state().view.as_of;
    assert!(moved > start, "the date did not move: {moved}");
    assert!(moved < last);

    harness.key_press(Key::A);
    harness.step();
    let stopped = harness.state().view.as_of;
    // Nothing keeps repainting once stopped (run() would fail otherwise).
    harness.run();
    harness.run_steps(10);
    assert_eq!(harness.state().view.as_of, stopped);
    harness.get_by_label("▶ Play");
}

#[test]
fn pause_stops_the_animation() {
    let mut harness = harness();
    open_map(&mut harness);
    // The user chooses 2000, so Play starts there.
    harness
        .state_mut()
        .queue(sco_explorer::actions::Action::SetDate(day(2000, 1, 1)));
    harness.run();
    harness.get_by_label("▶ Play").click();
    harness.run_steps(5);
    harness.get_by_label("⏸ Pause").click();
    harness.run();
    let paused = harness.state().view.as_of;
    assert!(paused > day(2000, 1, 1));
    harness.run_steps(10);
    assert_eq!(harness.state().view.as_of, paused);
}

#[test]
fn space_plays_from_the_first_day_unless_a_date_was_chosen() {
    let mut harness = harness();
    let first = harness.state().dataset().first_day();
    // A fresh view: Space shows the map and plays from the very beginning.
    harness.key_press(Key::Space);
    harness.step();
    assert_eq!(harness.state().view.central_view, CentralView::Map);
    let start = harness.state().view.as_of;
    // One frame of animation may already have passed (at most a tenth of a second: 37 days).
    assert!(start < first + chrono::Days::new(120), "started at {start}");
    // Space again pauses.
    harness.key_press(Key::Space);
    harness.step();
    let paused = harness.state().view.as_of;
    harness.run();
    assert_eq!(harness.state().view.as_of, paused);
    // A date the user chose is where Play starts.
    harness
        .state_mut()
        .queue(sco_explorer::actions::Action::SetDate(day(2010, 1, 1)));
    harness.run();
    harness.key_press(Key::Space);
    harness.step();
    let start = harness.state().view.as_of;
    assert!(
        start >= day(2010, 1, 1) && start < day(2010, 5, 1),
        "started at {start}"
    );
    harness.key_press(Key::Space);
    harness.run();
}

#[test]
fn hovering_a_country_outside_the_organisation_names_it_not_its_code() {
    let mut harness = harness();
    open_map(&mut harness);
    let finland = harness.state().map_screen_pos(26.0, 64.0).unwrap();
    harness.hover_at(finland);
    harness.run_steps(40);
    harness.get_by_label("Finland");
    harness.get_by_label("Not associated with the organisation");
    assert!(harness.query_by_label("FIN").is_none());
}

#[test]
fn hovering_a_disputed_area_names_it_and_its_parties() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.as_of = day(2025, 12, 1);
    app.look_at_map(34.0, 45.2, 8.0);
    let mut harness = harness_with(app);
    open_map(&mut harness);
    let simferopol = harness.state().map_screen_pos(34.1, 44.95).unwrap();
    harness.hover_at(simferopol);
    harness.run_steps(40);
    harness.get_by_label("Crimea");
    harness.get_by_label("Disputed area");
    harness.get_by_label("Claimed by: Russia, Ukraine");
    // Not Russia's card: no status, no history to click for.
    assert!(
        harness
            .query_by_label("Click to show its history")
            .is_none()
    );

    // Kashmir: the part India administers, claimed by India and Pakistan.
    harness.state_mut().look_at_map(77.0, 34.0, 6.0);
    harness.run();
    let srinagar = harness.state().map_screen_pos(74.8, 34.08).unwrap();
    harness.hover_at(srinagar);
    harness.run_steps(40);
    harness.get_by_label("Jammu and Kashmir");
    harness.get_by_label("Claimed by: India, Pakistan");
}

#[test]
fn from_the_start_plays_from_the_first_day_whatever_date_was_chosen() {
    let mut harness = harness();
    open_map(&mut harness);
    let first = harness.state().dataset().first_day();
    harness
        .state_mut()
        .queue(sco_explorer::actions::Action::SetDate(day(2010, 1, 1)));
    harness.run();
    harness.get_by_label("⏮ From the start").click();
    harness.step();
    let start = harness.state().view.as_of;
    assert!(start < first + chrono::Days::new(120), "started at {start}");
    // The button does not count as the click that stops the animation.
    harness.run_steps(3);
    assert!(harness.state().view.as_of > start);
    harness.get_by_label("⏸ Pause");
    // Shift+Space does the same from the keyboard.
    harness.get_by_label("⏸ Pause").click();
    harness.run();
    harness
        .state_mut()
        .queue(sco_explorer::actions::Action::SetDate(day(2012, 1, 1)));
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Space);
    harness.step();
    let start = harness.state().view.as_of;
    assert!(start < first + chrono::Days::new(120), "started at {start}");
}
