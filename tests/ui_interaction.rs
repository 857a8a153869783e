//! Interaction tests of the explorer window with egui_kittest.
//!
//! Widgets are found by their accessible role and label, the way a screen
//! reader would find them, so these tests also prove the controls are labelled.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{Selection, ThemeChoice};

fn harness() -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

/// The list row button of a country (details-pane links have the Link role instead).
fn country_row<'a>(
    harness: &'a Harness<'static, ExplorerApp>,
    name: &'a str,
) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Button, name)
}

#[test]
fn clicking_a_country_row_shows_it_in_the_details_pane() {
    let mut harness = harness();
    assert!(harness.query_by_label("Status history").is_none());
    country_row(&harness, "Kazakhstan").click();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("KAZ".into())
    );
    harness.get_by_label("Status history");
    // The pane lists the summits Kazakhstan hosted, as links to them.
    harness.get_by_role_and_label(Role::Link, "17th SCO summit, Astana");
    // Following such a link selects the summit.
    harness
        .get_by_role_and_label(Role::Link, "17th SCO summit, Astana")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2017-astana".into())
    );
    harness.get_by_label("India and Pakistan become full members");
}

#[test]
fn right_and_left_arrows_step_through_events_in_time() {
    let mut harness = harness();
    let dataset = harness.state().dataset().clone();
    let events: Vec<_> = dataset
        .events_in_time_order()
        .iter()
        .map(|&e| &dataset.file().events[e])
        .collect();
    let bishkek = events
        .iter()
        .position(|e| e.id == "summit-2013-bishkek")
        .unwrap();

    harness.state_mut().view.selection = Selection::Event("summit-2013-bishkek".into());
    harness.run();
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    let next = events[bishkek + 1];
    assert_eq!(
        harness.state().view.selection,
        Selection::Event(next.id.to_string())
    );
    // The details pane and the date cursor follow.
    harness.get_by_label(next.title.en());
    assert_eq!(harness.state().view.as_of, next.start.first_day());

    harness.key_press(egui::Key::ArrowLeft);
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    let before = events[bishkek - 1];
    assert_eq!(
        harness.state().view.selection,
        Selection::Event(before.id.to_string())
    );
}

#[test]
fn clicking_a_timeline_marker_selects_its_event() {
    let mut harness = harness();
    let pos = harness
        .state()
        .marker_screen_pos("summit-2005-astana")
        .unwrap();
    harness.hover_at(pos);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2005-astana".into())
    );
    assert_eq!(harness.state().view.as_of, day(2005, 7, 5));
    harness.get_by_label("5th SCO summit, Astana");
}

#[test]
fn search_narrows_the_list_and_finds_events() {
    let mut harness = harness();
    country_row(&harness, "China");
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.click();
    search.type_text("kaz");
    harness.run();
    country_row(&harness, "Kazakhstan");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "China")
            .is_none()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Russia")
            .is_none()
    );
    // Events whose title or place matches are listed too.
    harness.get_by_label("Kazygurt-Antiterror-2013");
    // Esc clears the search and every country is back.
    harness.key_press(egui::Key::Escape);
    harness.run();
    country_row(&harness, "China");
}

#[test]
fn ctrl_f_focuses_the_search_box() {
    let mut harness = harness();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Search")
            .is_focused()
    );
}

#[test]
fn moving_the_date_cursor_to_2010_shows_india_as_observer() {
    let mut harness = harness();
    // `[` moves the date back one year at a time: 2025-09-01 -> 2010-09-01.
    for _ in 0..15 {
        harness.key_press(egui::Key::OpenBracket);
    }
    harness.run();
    assert_eq!(harness.state().view.as_of, day(2010, 9, 1));
    // The headcounts come from the data, so a correction to it does not break this test.
    let dataset = harness.state().dataset().clone();
    let counts = dataset.counts_on(day(2010, 9, 1));
    let observers = harness
        .get_by_label(&format!(
            "Observers ({})",
            counts.of(dataset.status_index("observer").unwrap())
        ))
        .rect();
    let partners = harness
        .get_by_label(&format!(
            "Dialogue partners ({})",
            counts.of(dataset.status_index("dialogue-partner").unwrap())
        ))
        .rect();
    assert!(
        harness
            .query_all_by_label(&format!("Members ({})", counts.core()))
            .next()
            .is_some()
    );
    let india = country_row(&harness, "India").rect();
    assert!(
        observers.top() < india.top() && india.top() < partners.top(),
        "India must be listed under Observers in 2010"
    );
    assert!(harness.query_by_label("Members (10)").is_none());
}

#[test]
fn arrow_keys_move_in_the_list_and_enter_selects() {
    let mut harness = harness();
    harness.key_press(egui::Key::ArrowDown);
    harness.key_press(egui::Key::ArrowDown);
    harness.key_press(egui::Key::Enter);
    harness.run();
    // The second member in alphabetical order on 2025-09-01 (after Belarus) is China.
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("CHN".into())
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().view.selection, Selection::None);
}

#[test]
fn an_invalid_file_shows_its_errors_and_keeps_the_data() {
    let mut harness = harness();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/invalid/unknown_country.ron");
    harness.state_mut().open_path(&path);
    harness.run();
    harness.get_by_label_contains("Could not open the dataset");
    harness.get_by_label_contains("unknown country \"XYZ\"");
    // The SCO data is still on screen.
    country_row(&harness, "Kazakhstan");
    let bundled = sco_explorer::model::load_bundled().unwrap();
    assert_eq!(
        harness.state().dataset().file().countries.len(),
        bundled.file().countries.len()
    );
    harness
        .get_by_role_and_label(Role::Button, "Dismiss")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Could not open the dataset")
            .is_none()
    );
}

#[test]
fn conflicting_facts_show_their_note() {
    let mut harness = harness();
    harness.state_mut().view.selection = Selection::Event("pm-2005".into());
    harness.run();
    harness.get_by_label("⚠ Sources disagree:");
}

#[test]
fn arrows_skip_event_kinds_hidden_on_the_timeline() {
    let mut harness = harness();
    harness.state_mut().view.selection = Selection::Event("summit-2012-beijing".into());
    harness.run();
    // Hide everything but summits: the next event is the next summit.
    show_only_summits(&mut harness);
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2013-bishkek".into())
    );
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2012-beijing".into())
    );
}

/// Hides every event kind but summits with the timeline's checkboxes.
fn show_only_summits(harness: &mut Harness<'static, ExplorerApp>) {
    for label in [
        "Heads of Government",
        "Military exercises",
        "Security & border",
        "Rescue drills",
    ] {
        harness.get_by_role_and_label(Role::CheckBox, label).click();
        harness.run();
    }
}

#[test]
fn previous_and_next_buttons_skip_hidden_kinds_like_the_arrows() {
    let mut harness = harness();
    harness.state_mut().view.selection = Selection::Event("summit-2012-beijing".into());
    harness.run();
    show_only_summits(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, "Next ▶")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2013-bishkek".into())
    );
    harness
        .get_by_role_and_label(Role::Button, "◀ Previous")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2012-beijing".into())
    );
}

#[test]
fn with_nothing_selected_next_starts_from_the_date_not_from_1996() {
    let mut harness = harness();
    harness.state_mut().view.as_of = day(2013, 1, 1);
    harness.run();
    show_only_summits(&mut harness);
    harness
        .get_by_role_and_label(Role::Button, "Next ▶")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2013-bishkek".into())
    );
    // The arrow key does the same thing.
    harness.state_mut().view.selection = Selection::None;
    harness.state_mut().view.as_of = day(2013, 1, 1);
    harness.run();
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2012-beijing".into())
    );
}

#[test]
fn esc_closes_an_open_menu_and_keeps_the_selection() {
    let mut harness = harness();
    harness.state_mut().view.selection = Selection::Event("summit-2013-bishkek".into());
    harness.run();
    harness.get_by_role_and_label(Role::Button, "File").click();
    harness.run();
    harness.get_by_label_contains("Open dataset…");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label_contains("Open dataset…").is_none(),
        "the menu stays open"
    );
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2013-bishkek".into())
    );
}

#[test]
fn esc_in_the_search_box_clears_the_search_only() {
    let mut harness = harness();
    harness.state_mut().view.selection = Selection::Country("KAZ".into());
    harness.run();
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.click();
    search.type_text("ind");
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().view.search.is_empty());
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("KAZ".into())
    );
    // A second Esc, now outside the box, clears the selection.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().view.selection, Selection::None);
}

#[test]
fn enter_in_the_open_dialog_opens_the_typed_path() {
    let mut harness = harness();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run();
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.ron");
    let field = harness.get_by_role_and_label(Role::TextInput, "File");
    field.click();
    field.type_text(&path.display().to_string());
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::None,
        "Enter selected a list row"
    );
    assert_eq!(
        harness.state().dataset().file().title,
        "Example organisation"
    );
}

#[test]
fn menu_items_show_their_shortcuts_from_the_keymap() {
    let mut harness = harness();
    harness.get_by_role_and_label(Role::Button, "File").click();
    harness.run();
    harness.get_by_label_contains("Ctrl+O");
    // "Ctrl+S" (Save view as PNG) is also the start of "Ctrl+Shift+C" (Copy view code).
    assert_eq!(harness.query_all_by_label_contains("Ctrl+S").count(), 2);
    harness.get_by_label_contains("Ctrl+Shift+C");
}

#[test]
fn switching_dataset_shows_the_other_organisation_and_clears_the_selection() {
    let mut harness = harness();
    harness.state_mut().view.selection = Selection::Country("KAZ".into());
    harness.run();
    harness
        .get_by_role_and_label(Role::ComboBox, "Dataset")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "ASEAN").click();
    harness.run();
    let asean = sco_explorer::model::find_bundled("asean")
        .unwrap()
        .load()
        .unwrap();
    assert_eq!(harness.state().dataset().file().title, asean.file().title);
    // Kazakhstan was the SCO's; nothing of the old organisation stays selected.
    assert_eq!(harness.state().view.selection, Selection::None);
    assert_eq!(harness.state().view.bundled.as_deref(), Some("asean"));
    // The app is usable: the list shows ASEAN's members, and a row selects.
    country_row(&harness, "Indonesia").click();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("IDN".into())
    );
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert!(matches!(
        harness.state().view.selection,
        Selection::Event(_)
    ));
    // And back to the SCO from the File menu.
    harness.get_by_role_and_label(Role::Button, "File").click();
    harness.run();
    harness
        .get_by_label_contains("Show the bundled SCO dataset")
        .click();
    harness.run();
    country_row(&harness, "Kazakhstan");
    assert_eq!(harness.state().view.bundled.as_deref(), Some("sco"));
}

#[test]
fn a_member_that_is_not_a_state_says_so_and_stays_off_the_map() {
    let mut harness = harness();
    harness
        .state_mut()
        .queue(sco_explorer::actions::Action::ShowBundled("asean"));
    harness.run();
    country_row(&harness, "European Union").click();
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("EU".into())
    );
    harness.get_by_label("Organisation (not a state)");
    harness.get_by_label("Not a state, so it has no place on the map.");
}

#[test]
fn zooming_out_with_ctrl_wheel_forever_stops_at_two_centuries_and_never_crashes() {
    let mut harness = harness();
    let pos = harness
        .state()
        .marker_screen_pos("summit-2013-bishkek")
        .unwrap();
    // About 250 notches crashed the year grid ("capacity overflow") before the zoom had limits.
    for _ in 0..300 {
        harness.hover_at(pos);
        harness.event(egui::Event::Zoom(0.8));
        harness.step();
    }
    harness.run();
    let (min, max) = harness.state().view.timeline_range.unwrap();
    assert!(max - min <= 200.0 + 1e-9, "{min}..{max}");
    // And in again, as far as it goes: one day.
    for _ in 0..300 {
        harness.hover_at(pos);
        harness.event(egui::Event::Zoom(1.25));
        harness.step();
    }
    harness.run();
    let (min, max) = harness.state().view.timeline_range.unwrap();
    assert!(max - min >= 1.0 / 366.0, "{min}..{max}");
}

#[test]
fn while_searching_the_arrows_step_through_the_matching_events() {
    let mut harness = harness();
    harness.state_mut().view.search = "peace mission".into();
    harness.state_mut().view.selection = Selection::Event("pm-2005".into());
    harness.run();
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    // The next Peace Mission, not the summits and drills in between.
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("pm-2007".into())
    );
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("pm-2005".into())
    );
    // Without a search, the next event in time is not a Peace Mission.
    harness.state_mut().view.search.clear();
    harness.run();
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_ne!(
        harness.state().view.selection,
        Selection::Event("pm-2007".into())
    );
}

#[test]
fn the_start_here_card_shows_until_it_is_put_away() {
    let mut harness = harness();
    harness.get_by_label("Start here");
    harness
        .get_by_role_and_label(Role::Button, "Got it")
        .click();
    harness.run();
    assert!(harness.query_by_label("Start here").is_none());
    assert!(harness.state().view.start_hint_dismissed);
}

#[test]
fn typing_a_date_moves_the_date_cursor_there() {
    let mut harness = harness();
    let field = harness.get_by_role_and_label(Role::TextInput, "Go to");
    field.click();
    field.type_text("2010-06-15");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().view.as_of, day(2010, 6, 15));
    // A day that does not exist changes nothing.
    let field = harness.get_by_role_and_label(Role::TextInput, "Go to");
    field.click();
    field.type_text("2010-02-30");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().view.as_of, day(2010, 6, 15));
}

#[test]
fn f6_moves_the_keyboard_focus_from_panel_to_panel() {
    let mut harness = harness();
    // List -> timeline -> details -> list.
    harness.key_press(egui::Key::F6);
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::CheckBox, "Summits")
            .is_focused()
    );
    harness.key_press(egui::Key::F6);
    harness.run();
    assert!(harness.get_by_label("Overview").is_focused());
    harness.key_press(egui::Key::F6);
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Search")
            .is_focused()
    );
    // Shift+F6 goes back; on the map, the centre's stop is Play.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press(egui::Key::M);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F6);
    harness.run();
    assert!(harness.get_by_label("Overview").is_focused());
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F6);
    harness.run();
    assert!(harness.get_by_label("▶ Play").is_focused());
}

/// Pixels of `color` (give or take antialiasing) in the band just outside `rect`.
fn ring_pixels(image: &image::RgbaImage, rect: egui::Rect, color: egui::Color32) -> usize {
    let band = rect.expand(5.0);
    let inside = rect.expand(0.5);
    let close = |p: &image::Rgba<u8>| {
        p.0.iter()
            .zip(color.to_array())
            .take(3)
            .all(|(a, b)| a.abs_diff(b) <= 24)
    };
    (band.top() as u32..band.bottom() as u32)
        .flat_map(|y| (band.left() as u32..band.right() as u32).map(move |x| (x, y)))
        .filter(|&(x, y)| !inside.contains(egui::pos2(x as f32 + 0.5, y as f32 + 0.5)))
        .filter(|&(x, y)| close(image.get_pixel(x, y)))
        .count()
}

#[test]
fn a_focused_date_slider_shows_a_focus_ring() {
    let mut harness = harness();
    let ring = harness.ctx.global_style().visuals.selection.stroke.color;
    let slider = harness.get_by_role_and_label(Role::Slider, "As of").rect();
    let before = ring_pixels(&harness.render().unwrap(), slider, ring);
    harness.get_by_role_and_label(Role::Slider, "As of").focus();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::Slider, "As of")
            .is_focused()
    );
    let after = ring_pixels(&harness.render().unwrap(), slider, ring);
    // The ring goes all the way round: at least the slider's two long sides.
    assert!(
        after >= before + 2 * slider.width() as usize,
        "{before} ring pixels before focus, {after} after"
    );
}
