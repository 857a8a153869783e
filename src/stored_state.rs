//! What eframe remembers between runs besides our view state: egui's memory
//! (its zoom factor among it) and the window's size and place. eframe reads
//! these before our code runs, and a damaged value (a zoom factor of 0, a
//! window of 1e9 x -5) would crash or cripple every start, `--reset` included.
//! So the window's start-up repairs the stored file first: it drops entries
//! it cannot trust (eframe then starts from its defaults), mends the values
//! it can (drawing options the app never changes back to egui's defaults, a
//! window smaller than the app's minimum made that big, a place off any
//! desktop forgotten), and with `--reset` it drops everything remembered.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ron::Value;
use serde::{Deserialize, Serialize};

/// eframe's key for egui's memory.
const EGUI_MEMORY_KEY: &str = "egui";
/// eframe's key for the window's size and position.
const WINDOW_KEY: &str = "window";
/// A zoom factor outside this range is damage, not a choice.
const ZOOM_FACTOR_RANGE: std::ops::RangeInclusive<f64> = 0.2..=5.0;
/// A window size (points) outside this range is damage, not a choice.
const WINDOW_SIDE_RANGE: std::ops::RangeInclusive<f64> = 1.0..=20_000.0;

/// The smallest window the app lays out well (points); the window's minimum
/// size, and what a smaller remembered size is raised to.
pub const MIN_WINDOW_SIZE: [f32; 2] = [800.0, 500.0];

/// The farthest a window's corner may be from the desktop's origin, in
/// pixels: beyond any arrangement of monitors (two 8K screens side by side).
/// Before the window opens there is no asking the system where its monitors
/// are, so a remembered place past this is taken for damage and forgotten
/// (the system places the window). On Linux, where X11 puts every monitor at
/// positive coordinates and eframe does not check the place itself, the
/// window's top edge must also be at or below the desktop's top.
const DESKTOP_PIXELS: f32 = 16_384.0;
/// How much of the window must be on the desktop across (pixels): enough to grab.
const GRAB_PIXELS: f32 = 64.0;

/// The file eframe keeps its storage in for this app.
pub fn storage_file(app_id: &str) -> Option<PathBuf> {
    eframe::storage_dir(app_id).map(|dir| dir.join("app.ron"))
}

/// Repairs eframe's stored state in `file` before the window starts; with
/// `reset`, forgets everything. Returns what was dropped, to report. A file
/// that does not exist or cannot be read is left alone: eframe starts fresh.
pub fn repair_file(file: &Path, reset: bool) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(file) else {
        return Vec::new();
    };
    let Ok(mut entries) = ron::from_str::<HashMap<String, String>>(&text) else {
        // eframe ignores a file it cannot parse, and so do we.
        return Vec::new();
    };
    let dropped = repair(&mut entries, reset);
    if !dropped.is_empty()
        && let Ok(repaired) = ron::to_string(&entries)
    {
        crate::export::write_atomically(file, repaired.as_bytes()).ok();
    }
    dropped
}

/// Drops the entries of eframe's storage that cannot be trusted (all of
/// them with `reset`); returns their keys.
pub fn repair(entries: &mut HashMap<String, String>, reset: bool) -> Vec<String> {
    let mut dropped: Vec<String> = if reset {
        entries.keys().cloned().collect()
    } else {
        entries
            .iter()
            .filter(|(key, value)| !is_sound(key, value))
            .map(|(key, _)| key.clone())
            .collect()
    };
    dropped.sort();
    for key in &dropped {
        entries.remove(key);
    }
    for (key, mend) in [
        (
            EGUI_MEMORY_KEY,
            mend_egui_memory as fn(&str) -> Option<(String, String)>,
        ),
        (WINDOW_KEY, mend_window),
    ] {
        if let Some(value) = entries.get_mut(key)
            && let Some((mended, what)) = mend(value)
        {
            *value = mended;
            dropped.push(format!("{key}: {what}"));
        }
    }
    dropped
}

/// egui's memory with the options the app never changes back at egui's
/// defaults: a huge `feathering_size_in_pixels` smeared every shape, and the
/// debug switches beside it draw over everything. `None` when all is well
/// (or the memory is not egui's to read: eframe then drops it itself).
fn mend_egui_memory(value: &str) -> Option<(String, String)> {
    let mut memory: egui::Memory = ron::from_str(value).ok()?;
    let options = &mut memory.options;
    let fresh = egui::Options::default();
    let mut mended = Vec::new();
    if options.tessellation_options != fresh.tessellation_options {
        options.tessellation_options = fresh.tessellation_options;
        mended.push("drawing options");
    }
    if options.input_options != fresh.input_options {
        options.input_options = fresh.input_options;
        mended.push("input options");
    }
    if options.max_passes != fresh.max_passes {
        options.max_passes = fresh.max_passes;
        mended.push("passes per frame");
    }
    if mended.is_empty() {
        return None;
    }
    let text = ron::to_string(&memory).ok()?;
    Some((text, format!("{} reset", mended.join(", "))))
}

/// eframe's remembered window (`egui_winit::WindowSettings`, whose fields are
/// private), as it writes it.
#[derive(Deserialize, Serialize)]
struct StoredWindow {
    normal_geometry: StoredGeometry,
    fullscreen: bool,
    maximized: bool,
}

#[derive(Deserialize, Serialize)]
struct StoredGeometry {
    outer_position_pixels: Option<egui::Pos2>,
    scale_factor: f32,
    inner_size_points: egui::Vec2,
}

/// The remembered window at least [`MIN_WINDOW_SIZE`], and without a place
/// off any desktop (see [`DESKTOP_PIXELS`]). `None` when all is well.
fn mend_window(value: &str) -> Option<(String, String)> {
    let mut window: StoredWindow = ron::from_str(value).ok()?;
    let geometry = &mut window.normal_geometry;
    let mut mended = Vec::new();
    let [min_width, min_height] = MIN_WINDOW_SIZE;
    let size = geometry.inner_size_points;
    if size.x < min_width || size.y < min_height {
        geometry.inner_size_points = egui::vec2(size.x.max(min_width), size.y.max(min_height));
        mended.push("size below the minimum raised");
    }
    if let Some(corner) = geometry.outer_position_pixels {
        let width = geometry.inner_size_points.x * geometry.scale_factor.max(0.1);
        // X11 puts every monitor at positive coordinates; elsewhere a monitor
        // may be left of or above the main one.
        let near = if cfg!(target_os = "linux") {
            0.0
        } else {
            -DESKTOP_PIXELS
        };
        let far = DESKTOP_PIXELS - GRAB_PIXELS;
        let on_desktop = corner.x + width >= near + GRAB_PIXELS
            && corner.x <= far
            && corner.y >= near
            && corner.y <= far;
        if !on_desktop {
            geometry.outer_position_pixels = None;
            mended.push("place off the desktop forgotten");
        }
    }
    if mended.is_empty() {
        return None;
    }
    let text = ron::to_string(&window).ok()?;
    Some((text, mended.join(", ")))
}

/// Whether one stored entry is safe to hand to eframe and egui.
fn is_sound(key: &str, value: &str) -> bool {
    let Ok(parsed) = ron::from_str::<Value>(value) else {
        // Not ours to judge: eframe drops what it cannot parse.
        return true;
    };
    if !all_numbers_finite(&parsed) {
        return false;
    }
    match key {
        EGUI_MEMORY_KEY => {
            number_at(&parsed, "zoom_factor").is_none_or(|zoom| ZOOM_FACTOR_RANGE.contains(&zoom))
        }
        WINDOW_KEY => field(&parsed, "inner_size_points").is_none_or(|size| {
            let sides = numbers(size);
            !sides.is_empty() && sides.iter().all(|side| WINDOW_SIDE_RANGE.contains(side))
        }),
        _ => true,
    }
}

fn all_numbers_finite(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.into_f64().is_finite(),
        Value::Map(map) => map.iter().all(|(_, v)| all_numbers_finite(v)),
        Value::Seq(items) => items.iter().all(all_numbers_finite),
        Value::Option(Some(inner)) => all_numbers_finite(inner),
        _ => true,
    }
}

/// The first value under `name` anywhere in the tree.
fn field<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    match value {
        Value::Map(map) => map.iter().find_map(|(k, v)| match k {
            Value::String(key) if key == name => Some(v),
            _ => field(v, name),
        }),
        Value::Seq(items) => items.iter().find_map(|v| field(v, name)),
        Value::Option(Some(inner)) => field(inner, name),
        _ => None,
    }
}

fn number_at(value: &Value, name: &str) -> Option<f64> {
    match field(value, name)? {
        Value::Number(n) => Some(n.into_f64()),
        _ => None,
    }
}

/// Every number in a value, in order (e.g. the two sides of a size).
fn numbers(value: &Value) -> Vec<f64> {
    match value {
        Value::Number(n) => vec![n.into_f64()],
        Value::Map(map) => map.iter().flat_map(|(_, v)| numbers(v)).collect(),
        Value::Seq(items) => items.iter().flat_map(numbers).collect(),
        Value::Option(Some(inner)) => numbers(inner),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn storage(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    const GOOD_WINDOW: &str = "(normal_geometry: (outer_position_pixels: Some((10.0, 20.0)), scale_factor: 1.0, inner_size_points: (1280.0, 720.0)), fullscreen: false, maximized: false)";

    #[test]
    fn sound_state_is_kept() {
        let mut entries = storage(&[
            (EGUI_MEMORY_KEY, "(options: (zoom_factor: 1.5))"),
            (WINDOW_KEY, GOOD_WINDOW),
            ("sco-explorer/view-state/v1", "(ui_scale: 1.0)"),
        ]);
        assert!(repair(&mut entries, false).is_empty());
        assert_eq!(entries.len(), 3);
    }

    #[test]
    fn a_zero_zoom_factor_is_dropped() {
        let mut entries = storage(&[(EGUI_MEMORY_KEY, "(options: (zoom_factor: 0.0))")]);
        assert_eq!(repair(&mut entries, false), [EGUI_MEMORY_KEY]);
        assert!(entries.is_empty());
    }

    #[test]
    fn a_damaged_window_size_is_dropped() {
        let damaged = GOOD_WINDOW.replace("(1280.0, 720.0)", "(1000000000.0, -5.0)");
        let mut entries = storage(&[(WINDOW_KEY, &damaged)]);
        assert_eq!(repair(&mut entries, false), [WINDOW_KEY]);
        let not_a_number = GOOD_WINDOW.replace("1.0,", "NaN,");
        let mut entries = storage(&[(WINDOW_KEY, &not_a_number)]);
        assert_eq!(repair(&mut entries, false), [WINDOW_KEY]);
    }

    #[test]
    fn reset_forgets_everything() {
        let mut entries = storage(&[
            (EGUI_MEMORY_KEY, "(options: (zoom_factor: 1.0))"),
            (WINDOW_KEY, GOOD_WINDOW),
        ]);
        assert_eq!(repair(&mut entries, true).len(), 2);
        assert!(entries.is_empty());
    }

    #[test]
    fn the_file_is_repaired_in_place() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_path_buf();
        let file = dir.join("app.ron");
        let entries = storage(&[
            (EGUI_MEMORY_KEY, "(options: (zoom_factor: 0.0))"),
            ("sco-explorer/view-state/v1", "(ui_scale: 1.0)"),
        ]);
        std::fs::write(&file, ron::to_string(&entries).unwrap()).unwrap();
        assert_eq!(repair_file(&file, false), [EGUI_MEMORY_KEY]);
        let kept: HashMap<String, String> =
            ron::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(kept.len(), 1);
        assert!(kept.contains_key("sco-explorer/view-state/v1"));
        std::fs::remove_dir_all(dir).ok();
    }
}
