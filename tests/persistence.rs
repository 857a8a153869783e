//! Remembering the view between runs, through the real start-up path
//! (`ExplorerApp::start` reading eframe's storage), not a serde round trip:
//! what is kept, what is deliberately not (presentation mode, open windows,
//! the search), `--reset`, and remembered state that is old or damaged.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use std::collections::HashMap;

use chrono::NaiveDate;
use sco_explorer::app::{ExplorerApp, STORAGE_KEY, StartOptions};
use sco_explorer::i18n::Lang;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{CentralView, Selection, ThemeChoice, ViewState};

/// eframe's storage, in memory: the same key/value strings its file holds.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// Saves `app` as eframe does when the window closes, then starts a new app from it.
fn restart(mut app: ExplorerApp, options: StartOptions) -> ExplorerApp {
    let mut storage = MemoryStorage::default();
    eframe::App::save(&mut app, &mut storage);
    ExplorerApp::start(Some(&storage), options).unwrap()
}

fn start_with(stored: &str) -> ExplorerApp {
    let mut storage = MemoryStorage::default();
    storage.0.insert(STORAGE_KEY.to_owned(), stored.to_owned());
    ExplorerApp::start(Some(&storage), StartOptions::default()).unwrap()
}

/// Runs a few frames of the app, as the window would (a panic fails the test).
fn show(app: ExplorerApp) -> ExplorerApp {
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness.into_state()
}

#[test]
fn the_view_survives_a_restart() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view = ViewState {
        selection: Selection::Event("summit-2013-bishkek".into()),
        as_of: NaiveDate::from_ymd_opt(2013, 9, 13).unwrap(),
        theme: ThemeChoice::Dark,
        timeline_range: Some((2010.0, 2016.0)),
        present_scale: 2.25,
        central_view: CentralView::Map,
        tour: Some("peace-missions".into()),
        ..app.view.clone()
    };
    let before = app.view.clone();
    let restarted = restart(app, StartOptions::default());
    assert_eq!(restarted.view, before);
}

#[test]
fn quitting_during_a_presentation_reopens_the_normal_window() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.tour = Some("ten-stops".into());
    app.enter_presentation();
    app.view.presenter_view = true;
    app.view.help_open = true;
    app.view.search = "peace".into();
    let restarted = restart(app, StartOptions::default());
    assert!(!restarted.view.presenting, "reopened in full-screen slides");
    assert!(!restarted.view.presenter_view);
    assert!(!restarted.view.help_open);
    assert!(restarted.view.search.is_empty());
    // The rest of the view is remembered: the next F5 continues the same tour.
    assert_eq!(restarted.view.tour.as_deref(), Some("ten-stops"));
}

#[test]
fn reset_ignores_what_was_remembered() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.selection = Selection::Country("IND".into());
    app.view.theme = ThemeChoice::Dark;
    let restarted = restart(
        app,
        StartOptions {
            file: None,
            reset: true,
            dataset: None,
            lang: None,
            compare: None,
            view: None,
        },
    );
    assert_eq!(restarted.view.selection, Selection::None);
    assert_eq!(restarted.view.theme, ThemeChoice::System);
}

#[test]
fn state_from_an_older_version_keeps_what_still_applies() {
    // An older version had fewer fields, one that no longer exists, and kind filters as booleans.
    let app = start_with(
        "(selection: Country(\"KAZ\"), retired_field: 3, kinds: (summits: true, rescue: false))",
    );
    assert_eq!(app.view.selection, Selection::Country("KAZ".into()));
    // The old boolean filters are not read as today's: every kind is shown.
    for kind in app.dataset().kinds() {
        assert!(app.view.kinds.shows(&kind.id), "{}", kind.id);
    }
    show(app);
}

#[test]
fn damaged_state_is_repaired_and_never_blocks_start_up() {
    let app = start_with(
        "(selection: Event(\"gone\"), ui_scale: 90.0, present_scale: 0.0, timeline_range: Some((5.0, 1.0)), tour: Some(\"no-such-tour\"))",
    );
    assert_eq!(app.view.selection, Selection::None);
    assert!((app.view.ui_scale - 1.0).abs() < f32::EPSILON);
    assert!(app.view.present_scale >= 1.0);
    assert_eq!(app.view.timeline_range, None);
    assert_eq!(app.view.tour, None);
    show(app);
    // Garbage is ignored: the default view.
    let app = start_with("((((");
    assert_eq!(app.view.selection, Selection::None);
    show(app);
}

#[test]
fn an_absurd_remembered_timeline_range_shows_a_usable_timeline() {
    // This range made every start panic in the year grid.
    let app = start_with("(timeline_range: Some((-1e300, 1e300)))");
    let app = show(app);
    // Dropped: the timeline shows the whole history (no remembered range).
    assert_eq!(app.view.timeline_range, None);
}

#[test]
fn a_put_away_start_card_stays_away() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.start_hint_dismissed = true;
    let restarted = restart(app, StartOptions::default());
    assert!(restarted.view.start_hint_dismissed);
}

#[test]
fn the_language_is_remembered_and_lang_overrides_it_for_one_start() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.lang = Lang::Zh;
    app.view.selection = Selection::Country("IND".into());
    let restarted = restart(app, StartOptions::default());
    assert_eq!(restarted.view.lang, Lang::Zh);
    assert_eq!(restarted.view.selection, Selection::Country("IND".into()));
    let told = restart(
        restarted,
        StartOptions {
            lang: Some(Lang::Ru),
            ..StartOptions::default()
        },
    );
    assert_eq!(told.view.lang, Lang::Ru);
}

/// eframe's file with one entry, repaired as the window's start-up repairs it;
/// what was reported and the entry afterwards.
fn repaired_entry(key: &str, value: &str) -> (Vec<String>, Option<String>) {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("app.ron");
    let entries = HashMap::from([(key.to_owned(), value.to_owned())]);
    std::fs::write(&file, ron::to_string(&entries).unwrap()).unwrap();
    let reported = sco_explorer::stored_state::repair_file(&file, false);
    let mut kept: HashMap<String, String> =
        ron::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    (reported, kept.remove(key))
}

#[test]
fn remembered_drawing_options_are_put_back_before_the_window_opens() {
    // A huge feathering size smeared every shape; the zoom and theme stay.
    let mut memory = egui::Memory::default();
    memory.options.zoom_factor = 1.5;
    memory.options.theme_preference = egui::ThemePreference::Dark;
    memory
        .options
        .tessellation_options
        .feathering_size_in_pixels = 1.0e6;
    memory.options.tessellation_options.debug_paint_clip_rects = true;
    let (reported, kept) = repaired_entry("egui", &ron::to_string(&memory).unwrap());
    assert_eq!(reported, ["egui: drawing options reset"]);
    let kept: egui::Memory = ron::from_str(&kept.unwrap()).unwrap();
    assert_eq!(
        kept.options.tessellation_options,
        egui::epaint::TessellationOptions::default()
    );
    assert!((kept.options.zoom_factor - 1.5).abs() < f32::EPSILON);
    assert_eq!(kept.options.theme_preference, egui::ThemePreference::Dark);
    // Sound options are left alone (and the file is not rewritten for them).
    let (reported, _) = repaired_entry("egui", &ron::to_string(&kept).unwrap());
    assert!(reported.is_empty(), "{reported:?}");
}

/// eframe's remembered window as it writes it (`egui_winit::WindowSettings`,
/// written by `ron::to_string`).
fn window(position: Option<(f32, f32)>, size: (f32, f32)) -> String {
    let position = position.map_or_else(
        || "None".to_owned(),
        |(x, y)| format!("Some((x:{x:?},y:{y:?}))"),
    );
    format!(
        "(normal_geometry:(outer_position_pixels:{position},scale_factor:1.0,inner_size_points:(x:{:?},y:{:?})),fullscreen:false,maximized:false)",
        size.0, size.1
    )
}

#[test]
fn a_remembered_window_is_made_big_enough_and_put_on_the_desktop() {
    let [min_width, min_height] = sco_explorer::stored_state::MIN_WINDOW_SIZE;
    // Below the app's minimum: raised to it, the place kept.
    let (reported, kept) = repaired_entry("window", &window(Some((40.0, 30.0)), (200.0, 200.0)));
    assert_eq!(reported, ["window: size below the minimum raised"]);
    assert_eq!(
        kept.unwrap(),
        window(Some((40.0, 30.0)), (min_width, min_height))
    );
    // Far off any desktop: the place is forgotten (the system places the window), the size kept.
    for far in [(1.0e6, 1.0e6), (40.0, 50_000.0), (-1.0e6, 30.0)] {
        let (reported, kept) = repaired_entry("window", &window(Some(far), (1280.0, 720.0)));
        assert_eq!(
            reported,
            ["window: place off the desktop forgotten"],
            "{far:?}"
        );
        assert_eq!(kept.unwrap(), window(None, (1280.0, 720.0)));
    }
    // A sound window is left alone.
    let (reported, _) = repaired_entry("window", &window(Some((1920.0, 0.0)), (1280.0, 720.0)));
    assert!(reported.is_empty(), "{reported:?}");
}
