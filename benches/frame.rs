//! Frame benchmarks: the CPU cost of one full UI frame at 1280x720 points
//! (pixels per point 1): `Context::run_ui` with `ExplorerApp::ui`, then
//! `Context::tessellate`. No GPU work is included.
//!
//! On the bundled dataset, the named scenes of `sco_explorer::scenes` (the
//! same views the snapshot suite checks), at their own sizes. On the bundled
//! dataset and synthetic ones with 10k and 100k events (60 countries, seed 1), light
//! theme, whole history on the timeline:
//! - `idle`: nothing selected, the pointer outside the window;
//! - `event_selected`: the event in the middle of the time order is selected;
//! - `hover`: the pointer rests on that event's timeline marker, so the plot
//!   hit-tests it and its tooltip is open; a `PointerMoved` to the same place is
//!   sent every frame.
//!
//! Every scene first runs warm-up frames so layout, fonts and the tooltip have
//! settled. Run with `cargo bench --bench frame`.

use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use egui::{Pos2, RawInput, Rect, vec2};
use sco_explorer::app::ExplorerApp;
use sco_explorer::generate::{GenerateOptions, generate};
use sco_explorer::model::{BUNDLED_RON, Dataset, load_str};
use sco_explorer::state::{Selection, ThemeChoice, ViewState};

/// Seconds between frames (60 frames per second).
const FRAME_SECONDS: f64 = 1.0 / 60.0;

/// One app in one egui context, fed frames of input.
struct Scene {
    ctx: egui::Context,
    app: ExplorerApp,
    size: egui::Vec2,
    time: f64,
    pointer: Option<Pos2>,
}

impl Scene {
    fn new(dataset: Dataset, select: Option<String>) -> Self {
        let mut view = ViewState::for_dataset(&dataset);
        view.theme = ThemeChoice::Light;
        let mut app = ExplorerApp::new(dataset, view);
        if let Some(id) = select {
            app.view.selection = Selection::Event(id);
        }
        Self::of(app, vec2(1280.0, 720.0))
    }

    fn of(app: ExplorerApp, size: egui::Vec2) -> Self {
        let ctx = egui::Context::default();
        sco_explorer::fonts::install_fonts(&ctx);
        Self {
            ctx,
            app,
            size,
            time: 0.0,
            pointer: None,
        }
    }

    /// Runs one frame and tessellates it; returns the number of primitives.
    fn frame(&mut self) -> usize {
        self.time += FRAME_SECONDS;
        let mut input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(self.time),
            ..RawInput::default()
        };
        if let Some(pos) = self.pointer {
            input.events.push(egui::Event::PointerMoved(pos));
        }
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.ui(ui));
        output.textures_delta.clear();
        let shapes = std::mem::take(&mut output.shapes);
        self.ctx.tessellate(shapes, output.pixels_per_point).len()
    }

    /// Runs `count` frames with the current pointer.
    fn frames(&mut self, count: usize) {
        for _ in 0..count {
            self.frame();
        }
    }
}

/// A dataset by name: "bundled", "10k" or "100k".
fn dataset(name: &str) -> Dataset {
    let events = match name {
        "100k" => 100_000,
        _ => 10_000,
    };
    let text = match name {
        "bundled" => BUNDLED_RON.to_owned(),
        _ => generate(&GenerateOptions {
            countries: 60,
            events,
            seed: 1,
        })
        .unwrap_or_else(|e| panic!("cannot generate: {e}")),
    };
    load_str(name, &text).unwrap_or_else(|e| panic!("{name} does not load: {:?}", e.lines()))
}

/// Id of the event in the middle of the time order.
fn middle_event(dataset: &Dataset) -> String {
    let order = dataset.events_in_time_order();
    order
        .get(order.len() / 2)
        .and_then(|&e| dataset.file().events.get(e))
        .map_or_else(|| panic!("the dataset has no events"), |e| e.id.to_string())
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));

    // Whole-window scenes of the snapshot suite, as users see them.
    for name in [
        "default_light",
        "summit_selected",
        "map_2025_light",
        "slide_light",
        "memberships_kazakhstan",
        "overlap_2025_12_01",
    ] {
        let Some(scene) = sco_explorer::scenes::find(name) else {
            panic!("no scene {name}");
        };
        let app = scene
            .app()
            .unwrap_or_else(|e| panic!("scene {name} does not set up: {e}"));
        let mut bench = Scene::of(app, vec2(scene.size.0, scene.size.1));
        bench.frames(10);
        group.bench_function(format!("scene/{name}"), |b| {
            b.iter(|| black_box(bench.frame()));
        });
    }

    for name in ["bundled", "10k", "100k"] {
        let data = dataset(name);
        let middle = middle_event(&data);

        let mut idle = Scene::new(data.clone(), None);
        idle.frames(10);
        group.bench_function(format!("{name}/idle"), |b| {
            b.iter(|| black_box(idle.frame()));
        });

        let mut selected = Scene::new(data.clone(), Some(middle.clone()));
        selected.frames(10);
        group.bench_function(format!("{name}/event_selected"), |b| {
            b.iter(|| black_box(selected.frame()));
        });

        let mut hover = Scene::new(data, None);
        hover.frames(5);
        let Some(pos) = hover.app.marker_screen_pos(&middle) else {
            panic!("no marker for {middle} in {name}");
        };
        // Move there once, then hold still until the tooltip opens.
        hover.pointer = Some(pos);
        hover.frame();
        hover.pointer = None;
        hover.frames(60);
        let before = hover.frame();
        hover.pointer = Some(pos);
        let with_tooltip = hover.frame();
        eprintln!(
            "frame/{name}: hovering {middle} at {pos:?}: {before} primitives, {with_tooltip} while moving"
        );
        group.bench_function(format!("{name}/hover"), |b| {
            b.iter(|| black_box(hover.frame()));
        });
    }
    group.finish();
}

// What `criterion_group!` and `criterion_main!` expand to, without their undocumented `pub fn`.
fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    frame(&mut criterion);
    criterion.final_summary();
}
