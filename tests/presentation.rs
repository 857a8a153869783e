//! Presentation mode: stepping through a tour with a clicker's keys, leaving
//! with the last slide selected, the bundled tours, and slide snapshots.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use egui::{Key, Modifiers};
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
    let mut harness = harness_for(app, RenderOptions::sized(size));
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

/// Presses `key` until the step changes (a slide may continue on further pages, "2a", "2b").
fn to_next_step(harness: &mut Harness<'static, ExplorerApp>, key: Key) {
    let step = harness.state().view.step;
    for _ in 0..6 {
        harness.key_press(key);
        harness.run();
        if harness.state().view.step != step {
            return;
        }
    }
    panic!("{key:?} does not leave step {}", step + 1);
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
            "How the SCO works",
            "One region, four organisations"
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
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1920.0, 1080.0));
    harness.get_by_label(&titles[0]);
    harness.get_by_label("1 / 10");
    for (i, title) in titles.iter().enumerate().skip(1).take(3) {
        to_next_step(&mut harness, Key::PageDown);
        harness.get_by_label(title);
        assert_eq!(harness.state().view.step, i);
    }
    harness.key_press(Key::Home);
    harness.run();
    harness.get_by_label(&titles[0]);
    // Space and Right are "next" too; PageUp goes back; End jumps to the end.
    to_next_step(&mut harness, Key::Space);
    to_next_step(&mut harness, Key::ArrowRight);
    harness.get_by_label(&titles[2]);
    to_next_step(&mut harness, Key::PageUp);
    assert_eq!(harness.state().view.step, 1);
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(harness.state().view.step, 9);
    harness.key_press(Key::PageDown);
    harness.run();
    harness.get_by_label_contains(" / 10");
    assert_eq!(harness.state().view.step, 9);
    harness.key_press(Key::Home);
    harness.run();
    harness.get_by_label(&titles[0]);
}

#[test]
fn leaving_selects_the_last_shown_item() {
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    for _ in 0..3 {
        to_next_step(&mut harness, Key::PageDown);
    }
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().view.presenting);
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2005-astana".into())
    );
    // The explorer is back, with the summit in the details pane.
    harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search");
    // Shift+F5 presents again from the same step (F5 starts the tour over).
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    harness.run();
    assert!(harness.state().view.presenting);
    assert_eq!(harness.state().view.step, 3);
}

#[test]
fn presentation_uses_a_large_scale() {
    let harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    assert!(harness.ctx.zoom_factor() >= 1.75);
}

#[test]
fn f5_presents_the_first_tour_unless_another_was_chosen() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    assert_eq!(app.view.tour, None);
    app.enter_presentation();
    assert_eq!(app.view.tour.as_deref(), Some("ten-stops"));
    // "All events in time order", once chosen, is what F5 shows again.
    app.leave_presentation();
    app.view.tour = None;
    app.view.tour_chosen = true;
    app.enter_presentation();
    assert_eq!(app.view.tour, None);
}

#[test]
fn page_down_works_with_the_presenter_view_shown() {
    let titles = tour_titles("ten-stops");
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    // The full view (at 720p it starts as one line).
    harness.state_mut().view.presenter_compact = Some(false);
    harness.key_press(Key::P);
    harness.run();
    assert!(harness.state().view.presenter_view);
    harness.get_by_label("Teacher's note");
    // The first slide may continue on a second page ("1a", "1b") first.
    to_next_step(&mut harness, Key::PageDown);
    harness.get_by_label(&titles[1]);
    assert_eq!(harness.state().view.step, 1);
    // On one screen the presenter view is docked below the slide, never over it.
    let (slide, _) = harness.state().slide_rects().unwrap();
    let note = harness.get_by_label("Teacher's note").rect();
    assert!(
        note.top() >= slide.bottom() - 0.5,
        "{note:?} over {slide:?}"
    );
}

#[test]
fn ctrl_s_in_presentation_saves_the_slide_and_says_where() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    harness.state_mut().set_save_dir(folder.path().to_owned());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.run();
    let saved: Vec<std::path::PathBuf> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    // Named after the tour and the step ("1", or "1a" where the slide continues).
    let [expected] = saved.as_slice() else {
        panic!("{saved:?}")
    };
    let name = expected.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("sco-explorer-slide-ten-stops-1"), "{name}");
    let png = std::fs::read(expected).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    // The slide was saved as printed, and the buttons are back on screen.
    assert!(!harness.state().view.printing);
    harness.get_by_label("Leave presentation (Esc)");
    let message = harness.state().slide_message().unwrap().to_owned();
    assert!(
        message.contains(&expected.display().to_string()),
        "{message}"
    );
    assert!(expected.is_absolute());
}

#[test]
fn ctrl_0_returns_slides_to_the_presentation_size() {
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    }
    harness.run();
    assert!(harness.state().view.present_scale > 2.0);
    assert!((harness.ctx.zoom_factor() - harness.state().view.present_scale).abs() < 1e-6);
    let message = harness.state().slide_message().unwrap();
    assert!(
        message.starts_with("Size 2.") && message.ends_with('×'),
        "{message}"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert!((harness.state().view.present_scale - 1.75).abs() < 1e-6);
    assert!((harness.ctx.zoom_factor() - 1.75).abs() < 1e-6);
    assert_eq!(harness.state().slide_message(), Some("Size 1.75×"));
    // Outside the slides Ctrl+0 is 1x again.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 1e-6);
}

#[test]
fn shift_p_moves_the_presenter_view_to_its_own_window_and_back_and_p_does_not() {
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    assert!(!harness.state().view.presenter_window, "docked by default");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::P);
    harness.run();
    assert!(harness.state().view.presenter_window);
    assert!(harness.state().view.presenter_view, "moving it shows it");
    // Plain P closes and opens it, wherever it is.
    harness.key_press(Key::P);
    harness.run();
    assert!(!harness.state().view.presenter_view);
    assert!(harness.state().view.presenter_window);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::P);
    harness.run();
    assert!(!harness.state().view.presenter_window);
    assert!(harness.state().view.presenter_view);
}

#[test]
fn f5_starts_the_tour_from_the_first_slide_and_shift_f5_from_here() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness.key_press(Key::F5);
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    let last = harness.state().view.step;
    assert!(last > 0);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().view.presenting);
    // F5, as in slide programs: from the first slide, not where we left.
    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(harness.state().view.step, 0);
    harness.key_press(Key::End);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    // Shift+F5: from the item selected on leaving, the last stop.
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F5);
    harness.run();
    assert!(harness.state().view.presenting);
    assert_eq!(harness.state().view.step, last);
}

#[test]
fn on_a_small_screen_the_presenter_view_is_one_line_and_n_opens_it_in_full() {
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1280.0, 720.0));
    harness.key_press(Key::P);
    harness.run();
    // One line: the next step and the button to the full view, not the note.
    harness.get_by_label("Notes (N)");
    harness.get_by_label_contains("Next: 1st SCO summit");
    assert!(harness.query_by_label("Teacher's note").is_none());
    let compact_body = harness.state().slide_rects().unwrap().1;
    harness.key_press(Key::N);
    harness.run();
    harness.get_by_label("Teacher's note");
    harness.get_by_label("One line (N)");
    let full_body = harness.state().slide_rects().unwrap().1;
    // The strip leaves the slide more room than the full view.
    assert!(
        compact_body.height() > full_body.height() + 60.0,
        "{compact_body:?} {full_body:?}"
    );
    // The choice is the teacher's from now on, and N goes back.
    assert_eq!(harness.state().view.presenter_compact, Some(false));
    harness.get_by_label("One line (N)").click();
    harness.run();
    harness.get_by_label("Notes (N)");
    assert_eq!(harness.state().view.presenter_compact, Some(true));
}

#[test]
fn on_a_large_screen_the_presenter_view_starts_in_full() {
    let mut harness = presenting("ten-stops", ThemeChoice::Light, (1920.0, 1080.0));
    harness.key_press(Key::P);
    harness.run();
    harness.get_by_label("Teacher's note");
    assert!(harness.query_by_label("Notes (N)").is_none());
}
