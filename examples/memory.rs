//! Peak memory of the app with a large dataset, above the app on the bundled dataset.
//!
//! Usage: `memory FILE.ron` (Linux only: reads `VmHWM` and `VmRSS` from
//! `/proc/self/status`). The program
//! 1. starts the app headless on the bundled dataset and runs 10 frames at
//!    1280x720: the baseline, "the empty app";
//! 2. opens FILE as the window does (`File → Open`: on a thread of its own for
//!    a file over 1 MiB, while frames keep running with the bundled dataset on
//!    screen), waits for it, and runs 10 more frames;
//! 3. prints the peak resident memory (high-water mark) after each step and the
//!    difference, and how long the load took from opening to the first frame
//!    with the new data (wall clock, one run: the criterion benchmark
//!    `cargo bench --bench load` is the figure to quote for load times).
//!
//! The dataset is written beforehand by `sco-explorer generate`, in another
//! process, so generating it does not count. `scripts/measure-memory.sh` runs both.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use egui::{Pos2, RawInput, Rect, vec2};
use sco_explorer::app::ExplorerApp;

/// A value in kB from `/proc/self/status`, e.g. `VmHWM`.
fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

fn frames(ctx: &egui::Context, app: &mut ExplorerApp, count: usize, time: &mut f64) {
    for _ in 0..count {
        *time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 720.0))),
            time: Some(*time),
            ..RawInput::default()
        };
        let mut output = ctx.run_ui(input, |ui| app.ui(ui));
        output.textures_delta.clear();
        let shapes = std::mem::take(&mut output.shapes);
        std::hint::black_box(ctx.tessellate(shapes, output.pixels_per_point));
    }
}

fn mib(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: memory FILE.ron");
        return ExitCode::FAILURE;
    };
    let ctx = egui::Context::default();
    sco_explorer::fonts::install_fonts(&ctx);
    let mut app = match ExplorerApp::with_bundled_dataset() {
        Ok(app) => app,
        Err(error) => {
            eprintln!("the bundled dataset does not load: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut time = 0.0;
    frames(&ctx, &mut app, 10, &mut time);
    let (Some(base_peak), Some(base_rss)) = (status_kb("VmHWM"), status_kb("VmRSS")) else {
        eprintln!("cannot read VmHWM/VmRSS from /proc/self/status (Linux only)");
        return ExitCode::FAILURE;
    };

    let started = Instant::now();
    app.open_path(&path);
    while app.loading().is_some() {
        frames(&ctx, &mut app, 1, &mut time);
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let load_seconds = started.elapsed().as_secs_f64();
    if let Some(error) = app.load_error() {
        for line in error.lines() {
            eprintln!("{line}");
        }
        return ExitCode::FAILURE;
    }
    let events = app.dataset().file().events.len();
    frames(&ctx, &mut app, 10, &mut time);
    let (Some(peak), Some(rss)) = (status_kb("VmHWM"), status_kb("VmRSS")) else {
        eprintln!("cannot read VmHWM/VmRSS from /proc/self/status");
        return ExitCode::FAILURE;
    };
    println!(
        "app on the bundled dataset: peak {:.1} MiB, resident {:.1} MiB",
        mib(base_peak),
        mib(base_rss)
    );
    println!(
        "with {} ({events} events): peak {:.1} MiB, resident {:.1} MiB",
        path.display(),
        mib(peak),
        mib(rss)
    );
    println!(
        "load (read, parse, validate, derive; opening to data on screen): {load_seconds:.2} s"
    );
    println!(
        "peak above the app on the bundled dataset: {:.1} MiB (resident after loading: +{:.1} MiB)",
        mib(peak.saturating_sub(base_peak)),
        mib(rss.saturating_sub(base_rss))
    );
    ExitCode::SUCCESS
}
