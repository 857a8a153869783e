//! The headless commands behind the command line: check, export, screenshot, generate.
//!
//! Each prints one clear message per problem and returns the exit code.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::app::ExplorerApp;
use crate::model::{Dataset, escape_controls, load_bundled, load_file};
use crate::screenshot::{RenderOptions, render_app, save_png};
use crate::state::{CentralView, Selection, ThemeChoice, ViewState};

/// Loads FILE (or the bundled dataset); on failure prints every problem to stderr.
fn load_or_report(file: Option<&Path>) -> Result<Dataset, ExitCode> {
    let loaded = match file {
        Some(path) => load_file(path),
        None => load_bundled(),
    };
    loaded.map_err(|error| {
        for line in error.lines() {
            eprintln!("{line}");
        }
        ExitCode::FAILURE
    })
}

/// `check FILE...`: a summary line per valid file, every problem of the others; exit 0 only if all are valid.
pub fn check(files: &[PathBuf]) -> ExitCode {
    let mut all_valid = true;
    for file in files {
        match load_file(file) {
            Ok(dataset) => {
                let data = dataset.file();
                println!(
                    "{}: ok: {} countries, {} events, {} sources, {} tours",
                    escape_controls(&file.display().to_string()),
                    data.countries.len(),
                    data.events.len(),
                    data.sources.len(),
                    data.tours.len()
                );
            }
            Err(error) => {
                all_valid = false;
                for line in error.lines() {
                    println!("{line}");
                }
                if !error.problems().is_empty() {
                    println!("{error}");
                }
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    /// The whole dataset as JSON.
    Json,
    /// The events as CSV.
    Csv,
}

/// `export --format json|csv [FILE] [--out PATH]`: writes to standard output, or atomically to PATH.
pub fn export(format: Export, file: Option<&Path>, out: Option<&Path>) -> ExitCode {
    let dataset = match load_or_report(file) {
        Ok(dataset) => dataset,
        Err(code) => return code,
    };
    let mut bytes = Vec::new();
    let result = match format {
        Export::Json => crate::export::write_json(&dataset, &mut bytes),
        Export::Csv => crate::export::write_events_csv(&dataset, &mut bytes),
    };
    let written = result.and_then(|()| match out {
        Some(path) => crate::export::write_atomically(path, &bytes).map_err(Into::into),
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(&bytes)
                .and_then(|()| lock.flush())
                .map_err(Into::into)
        }
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sco-explorer: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Arguments of `screenshot`.
#[derive(clap::Args, Debug, Clone)]
pub struct ScreenshotArgs {
    /// The PNG file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Dataset file (default: the bundled SCO dataset).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Event id or country code to select.
    #[arg(long)]
    pub select: Option<String>,
    /// Date of the "as of" cursor, YYYY-MM-DD.
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    /// Window size in points, e.g. 1280x720 (each side 200 to 8000). The image is
    /// the size times --scale pixels, at most 8192 pixels wide or high and at most
    /// 16777216 pixels (4096x4096) in all.
    #[arg(long, default_value = "1280x720", value_parser = parse_size)]
    pub size: (f32, f32),
    /// Theme.
    #[arg(long, value_enum, default_value = "light")]
    pub theme: ThemeArg,
    /// Show the map instead of the timeline in the centre.
    #[arg(long)]
    pub map: bool,
    /// Interface scale (pixels per point), e.g. 2 for a sharper image.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// Render the presentation slide instead of the explorer (the step shows --select, if given).
    #[arg(long)]
    pub present: bool,
    /// Tour to present (with --present), by id, e.g. ten-stops.
    #[arg(long)]
    pub tour: Option<String>,
    /// Step of the tour to show, from 1 (with --present).
    #[arg(long)]
    pub step: Option<usize>,
}

/// Theme for screenshots.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ThemeArg {
    /// Light background.
    Light,
    /// Dark background.
    Dark,
}

fn parse_size(text: &str) -> Result<(f32, f32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("\"{text}\" is not a size: write WIDTHxHEIGHT, e.g. 1280x720"))?;
    let parse = |s: &str| {
        s.trim()
            .parse::<f32>()
            .ok()
            .filter(|v| (200.0..=8000.0).contains(v))
            .ok_or_else(|| format!("\"{s}\" is not a width or height between 200 and 8000"))
    };
    Ok((parse(w)?, parse(h)?))
}

/// Widest or highest screenshot in pixels: the largest texture side wgpu guarantees.
pub const MAX_SCREENSHOT_SIDE: f32 = 8192.0;

/// Largest screenshot area in pixels (4096 x 4096, 64 MiB of RGBA): the software
/// renderer takes minutes beyond this, and the image is held in memory twice.
pub const MAX_SCREENSHOT_PIXELS: f32 = 4096.0 * 4096.0;

/// Refuses, before anything is rendered, a scale or an image size the renderer cannot make.
fn check_render_size(size: (f32, f32), scale: f32) -> Result<(), String> {
    if !(0.5..=4.0).contains(&scale) {
        return Err("--scale must be between 0.5 and 4".to_owned());
    }
    // Rounded up, as the renderer rounds a fractional pixel size.
    let (width, height) = ((size.0 * scale).ceil(), (size.1 * scale).ceil());
    if width > MAX_SCREENSHOT_SIDE
        || height > MAX_SCREENSHOT_SIDE
        || width * height > MAX_SCREENSHOT_PIXELS
    {
        return Err(format!(
            "--size {}x{} at --scale {scale} is a {width}x{height} pixel image; screenshots may be at most {MAX_SCREENSHOT_SIDE} pixels wide or high and {MAX_SCREENSHOT_PIXELS} pixels (4096x4096) in all: lower --size or --scale",
            size.0, size.1
        ));
    }
    Ok(())
}

/// `screenshot`: renders the view to a PNG with no window.
pub fn screenshot(args: &ScreenshotArgs) -> ExitCode {
    if let Err(message) = check_render_size(args.size, args.scale) {
        eprintln!("sco-explorer: {message}");
        return ExitCode::FAILURE;
    }
    let dataset = match load_or_report(args.data.as_deref()) {
        Ok(dataset) => dataset,
        Err(code) => return code,
    };
    let mut view = ViewState::for_dataset(&dataset);
    view.theme = match args.theme {
        ThemeArg::Light => ThemeChoice::Light,
        ThemeArg::Dark => ThemeChoice::Dark,
    };
    if args.map {
        view.central_view = CentralView::Map;
    }
    if let Some(id) = &args.select {
        match Selection::from_id(&dataset, id) {
            Some(selection) => {
                if let Selection::Event(event) = &selection
                    && let Some(e) = dataset.event(event)
                {
                    view.as_of = e.start.first_day();
                }
                view.selection = selection;
            }
            None => {
                eprintln!(
                    "sco-explorer: \"{id}\" is neither an event id nor a country code in {}",
                    dataset.name()
                );
                return ExitCode::FAILURE;
            }
        }
    }
    if let Some(day) = args.as_of {
        view.as_of = day;
    }
    if let Some(tour) = &args.tour {
        if !dataset.file().tours.iter().any(|t| &t.id == tour) {
            eprintln!("sco-explorer: no tour \"{tour}\" in {}", dataset.name());
            return ExitCode::FAILURE;
        }
        view.tour = Some(tour.clone());
    }
    let mut app = ExplorerApp::new(dataset, view);
    if args.present {
        app.enter_presentation();
        if let Some(step) = args.step {
            app.view.step = step.saturating_sub(1);
        }
    }
    let options = RenderOptions {
        size: egui::vec2(args.size.0, args.size.1),
        pixels_per_point: args.scale,
    };
    let result = render_app(app, options).and_then(|image| save_png(&image, &args.out));
    match result {
        Ok(()) => {
            // On standard output the line would land inside the PNG.
            if !crate::export::is_stdout(&args.out) {
                println!("wrote {}", args.out.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("sco-explorer: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Arguments of `generate`.
#[derive(clap::Args, Debug, Clone)]
pub struct GenerateArgs {
    /// Number of countries (1 to 17576).
    #[arg(long)]
    pub countries: usize,
    /// Number of events.
    #[arg(long)]
    pub events: usize,
    /// Seed; the same seed gives the same file.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The RON file to write, atomically (default: standard output).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// `generate`: writes a deterministic synthetic dataset to a file or standard output.
pub fn generate(args: &GenerateArgs) -> ExitCode {
    let options = crate::generate::GenerateOptions {
        countries: args.countries,
        events: args.events,
        seed: args.seed,
    };
    let text = match crate::generate::generate(&options) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("sco-explorer: {error}");
            return ExitCode::FAILURE;
        }
    };
    let written = match &args.out {
        // Atomic, so a full disk or a crash keeps the old file instead of half a new one.
        Some(path) => crate::export::write_atomically(path, text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| format!("cannot write to standard output: {e}"))
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("sco-explorer: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screenshot_sizes_over_the_renderer_limits_are_refused() {
        assert_eq!(check_render_size((1280.0, 720.0), 1.0), Ok(()));
        assert_eq!(
            check_render_size((2048.0, 2048.0), 2.0),
            Ok(()),
            "4096x4096"
        );
        assert_eq!(check_render_size((8000.0, 200.0), 1.0), Ok(()));
        for (size, scale) in [
            ((2100.0, 300.0), 4.0),
            ((8000.0, 8000.0), 1.0),
            ((4097.0, 4096.0), 1.0),
            ((8000.0, 300.0), 1.5),
        ] {
            let message = check_render_size(size, scale).unwrap_err();
            assert!(message.contains("at most 8192 pixels"), "{message}");
        }
        assert!(check_render_size((800.0, 600.0), 5.0).is_err());
    }
}
