//! View codes: every scene's view survives a trip through its code; a code from
//! a PNG that `screenshot` wrote renders the same PNG again; damaged codes and
//! pasted text that is not a code change nothing; Ctrl+V outside a text field
//! opens a pasted code.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;

use std::process::Command;

use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::scenes::all;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::Selection;
use sco_explorer::view_code::PNG_KEYWORD;

/// The code of a scene's view once its queued actions took effect, its date
/// brought inside the data shown (a few scenes are dated past the data's
/// last day, which the window never allows and a code does not either).
fn scene_code(scene: &sco_explorer::scenes::Scene) -> String {
    let app = scene.app().unwrap();
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    let app = harness.state();
    let (first, last) = sco_explorer::model::date_span(app.dataset(), app.compared());
    let mut code = app.view_code();
    code.as_of = code.as_of.clamp(first, last);
    code.encode()
}

#[test]
fn every_scene_comes_back_from_its_code() {
    for scene in all() {
        let code = scene_code(scene);
        let mut app = ExplorerApp::with_bundled_dataset().unwrap();
        app.open_view_code_text(&code)
            .unwrap_or_else(|e| panic!("{}: {e}: {code}", scene.name));
        let mut harness = harness_for(app, RenderOptions::default());
        harness.run();
        assert_eq!(harness.state().view_code().encode(), code, "{}", scene.name);
    }
}

#[test]
fn damaged_codes_and_other_text_change_nothing() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.selection = Selection::Country("IND".into());
    let before = app.view_code().encode();
    let good = before.clone();
    for text in [
        "hello".to_owned(),
        good.replacen("sx1", "sx7", 1),
        good[..good.len() - 3].to_owned(),
        good.replace("~en~", "~xx~"),
    ] {
        assert!(app.open_view_code_text(&text).is_err(), "{text}");
        assert_eq!(app.view_code().encode(), before, "{text}");
    }
}

#[test]
fn pasting_a_code_outside_a_text_field_opens_its_view() {
    let mut target = ExplorerApp::with_bundled_dataset().unwrap();
    target.view.selection = Selection::Event("summit-2017-astana".into());
    target.view.as_of = chrono::NaiveDate::from_ymd_opt(2017, 6, 9).unwrap();
    let code = target.view_code().encode();
    let app = ExplorerApp::with_bundled_dataset().unwrap();
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness.event(egui::Event::Paste(code));
    harness.run();
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2017-astana".into())
    );
    harness.get_by_label("Opened the view from its code");
}

#[test]
fn a_code_read_from_a_screenshot_renders_the_same_png() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
            .arg("screenshot")
            .args(args)
            .env("TZ", "UTC")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    let first = dir.join("first.png");
    run(&[
        "--scene",
        "summit_selected",
        "--out",
        first.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&first).unwrap();
    let code =
        sco_explorer::png::read_text_chunk(&bytes, PNG_KEYWORD).expect("the PNG carries its code");
    let again = dir.join("again.png");
    run(&["--view", &code, "--out", again.to_str().unwrap()]);
    assert!(
        bytes == std::fs::read(&again).unwrap(),
        "the code rendered another PNG: {code}"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_copied_code_is_shown_to_write_on_the_board_and_its_message_fades() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.start_hint_dismissed = true;
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::C,
    );
    harness.run();
    let code = harness.state().view_code().encode();
    // The code itself, selectable, in a window of its own.
    harness.get_by_label("View code");
    assert!(
        harness.query_all_by_value(&code).next().is_some(),
        "the code {code} is not shown"
    );
    harness.get_by_label("The view's code is on the clipboard");
    // Esc closes it; moving on clears the message about the code.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("View code").is_none());
    harness.get_by_label("The view's code is on the clipboard");
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "India")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("The view's code is on the clipboard")
            .is_none()
    );
}
