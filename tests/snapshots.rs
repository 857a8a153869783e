//! Screenshot regression tests: every named scene (`sco_explorer::scenes`)
//! rendered headless on the CPU (wgpu on Mesa lavapipe) and compared with
//! `tests/snapshots/NAME.png`.
//!
//! A failing scene writes `NAME.new.png` and `NAME.diff.png` beside the
//! reference; see README ("Snapshot tests") for how to review and update.
//! Every scene is rendered before the test fails, so all new renderings can
//! be looked at together.

use egui_kittest::kittest::Queryable as _;
use sco_explorer::scenes::{all, find};
use sco_explorer::screenshot::harness_for_scene;

#[test]
fn every_scene_matches_its_snapshot() {
    let mut failures = Vec::new();
    for scene in all() {
        let mut harness = harness_for_scene(scene).unwrap();
        if let Err(error) = harness.try_snapshot(scene.name) {
            failures.push(format!("{}: {error}", scene.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_error_scene_lists_the_file_and_its_problems() {
    let harness = harness_for_scene(find("invalid_dataset_errors").unwrap()).unwrap();
    assert!(
        harness
            .query_all_by_label_contains("many_problems.ron")
            .count()
            >= 3
    );
}

#[test]
fn the_presenter_scene_shows_the_teachers_note() {
    let harness = harness_for_scene(find("presenter_view").unwrap()).unwrap();
    harness.get_by_label("Teacher's note");
    harness.get_by_label(
        "Start with the Shanghai Five: five neighbours agreeing on military trust along their borders.",
    );
}

/// The quiz's scenes alone (`cargo test --test snapshots quiz`), to look at
/// them without rendering every scene.
#[test]
fn quiz_scenes_match_their_snapshots() {
    let mut failures = Vec::new();
    for scene in all().filter(|s| s.name.contains("quiz")) {
        let mut harness = harness_for_scene(scene).unwrap();
        if let Err(error) = harness.try_snapshot(scene.name) {
            failures.push(format!("{}: {error}", scene.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
