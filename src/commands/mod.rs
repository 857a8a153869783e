//! The headless commands behind the command line: check, export, screenshot,
//! generate, quiz.
//!
//! Each prints one clear message per problem and returns the exit code.

use crate::i18n::Lang;
use crate::model::{Dataset, escape_controls, load_bundled, load_file};
#[cfg(feature = "screenshot")]
use crate::{
    app::{ExplorerApp, Panel},
    headless::screenshot::{RenderOptions, render_app_with_code},
    png::save_png,
    state::{CentralView, ThemeChoice, ViewState},
};
#[cfg(feature = "screenshot")]
use chrono::NaiveDate;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `println!` for the commands' output, quiet when the reader has gone (see [`out::line`]).
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::commands::out::line(format_args!($($arg)*))
    };
}

mod check;
#[cfg(feature = "screenshot")]
mod clamped;
#[cfg(feature = "screenshot")]
mod handout;
#[cfg(feature = "screenshot")]
mod lesson;
#[cfg(feature = "screenshot")]
pub use handout::{HandoutArgs, handout};
pub mod out;
mod quiz;

pub use check::{check, check_translations, datasets};
pub use quiz::{QuizArgs, QuizFormat, fact_json, quiz, quiz_json, quiz_text};

/// Where a command's dataset comes from: a file, a bundled dataset by name, or
/// (neither given) the bundled SCO dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataSource {
    /// A dataset file.
    pub file: Option<PathBuf>,
    /// A bundled dataset's short name.
    pub bundled: Option<String>,
}

impl DataSource {
    /// From the `FILE` / `--data` and `--dataset` options.
    pub fn new(file: Option<PathBuf>, bundled: Option<String>) -> Self {
        Self { file, bundled }
    }
}

/// `--data FILE` or `--dataset NAME`, for the headless commands.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct DatasetArgs {
    /// Dataset file (default: the bundled SCO dataset).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// A bundled dataset by name instead of a file, e.g. asean.
    #[arg(long, value_name = "NAME", conflicts_with = "data")]
    pub dataset: Option<String>,
}

/// "no bundled dataset "x"; the bundled datasets are: sco, asean".
pub fn unknown_dataset(name: &str) -> String {
    let names: Vec<&str> = crate::model::BUNDLED.iter().map(|b| b.name).collect();
    format!(
        "no bundled dataset \"{}\"; the bundled datasets are: {} (`sco-explorer datasets` lists them)",
        escape_controls(name),
        names.join(", ")
    )
}

/// Loads the dataset of `source`; on failure prints every problem to stderr.
fn load_or_report(source: &DataSource) -> Result<Dataset, ExitCode> {
    let loaded = match (&source.file, &source.bundled) {
        (Some(path), _) => load_file(path),
        (None, Some(name)) => match crate::model::find_bundled(name) {
            Some(bundled) => bundled.load(),
            None => {
                eprintln!("sco-explorer: {}", unknown_dataset(name));
                return Err(ExitCode::FAILURE);
            }
        },
        (None, None) => load_bundled(),
    };
    loaded.map_err(|error| {
        for line in error.lines() {
            eprintln!("{line}");
        }
        ExitCode::FAILURE
    })
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
pub fn export(format: Export, source: &DataSource, out: Option<&Path>) -> ExitCode {
    let dataset = match load_or_report(source) {
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
#[cfg(feature = "screenshot")]
#[derive(clap::Args, Debug, Clone)]
pub struct ScreenshotArgs {
    /// The PNG file to write.
    #[arg(long, required_unless_present = "list_scenes")]
    pub out: Option<PathBuf>,
    /// Start from a named scene (see --list-scenes); the other options override it.
    #[arg(long)]
    pub scene: Option<String>,
    /// Print the names of the scenes, one per line, and exit.
    #[arg(long)]
    pub list_scenes: bool,
    /// The dataset to show.
    #[command(flatten)]
    pub source: DatasetArgs,
    /// Event id or country code to select.
    #[arg(long)]
    pub select: Option<String>,
    /// Date of the "as of" cursor, YYYY-MM-DD.
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    /// Window size in points, e.g. 1280x720 (each side 200 to 8000; default: the
    /// scene's, else 1280x720). The image is the size times --scale pixels, at most
    /// 8192 pixels wide or high and at most 16777216 pixels (4096x4096) in all.
    #[arg(long, value_parser = parse_size)]
    pub size: Option<(f32, f32)>,
    /// Theme (default: the scene's, else light).
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,
    /// Show the map instead of the timeline in the centre.
    #[arg(long)]
    pub map: bool,
    /// Interface scale (pixels per point), e.g. 2 for a sharper image (default: the scene's, else 1).
    #[arg(long)]
    pub scale: Option<f32>,
    /// Render the presentation slide instead of the explorer (the step shows --select, if given).
    #[arg(long)]
    pub present: bool,
    /// Tour to present (with --present), by id, e.g. ten-stops.
    #[arg(long)]
    pub tour: Option<String>,
    /// Step of the tour to show, from 1 (with --present).
    #[arg(long)]
    pub step: Option<usize>,
    /// Interface language: en, ru or zh (default: the scene's, else English).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Compare with a second organisation: a bundled dataset's name or a file.
    #[arg(long, value_name = "NAME|FILE")]
    pub compare: Option<String>,
    /// Render the view a view code names (e.g. one read from a saved PNG).
    #[arg(long, value_name = "CODE")]
    pub view: Option<String>,
    /// Render a step of this lesson file as its slide (with --step, from 1).
    #[arg(long, value_name = "LESSON.ron")]
    pub lesson: Option<PathBuf>,
}

/// "wrote FILE" (and `more`), unless the file is standard output, where
/// the line would land inside the PNG or PDF.
#[cfg(feature = "screenshot")]
fn say_wrote(out: &Path, more: &str) {
    if !crate::export::is_stdout(out) {
        say!("wrote {}{more}", out.display());
    }
}

/// Reads `--lang`: "en", "ru" or "zh".
pub fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::from_code(text).ok_or_else(|| format!("\"{text}\" is not a language: write en, ru or zh"))
}

/// Theme for screenshots.
#[cfg(feature = "screenshot")]
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum ThemeArg {
    /// Light background.
    Light,
    /// Dark background.
    Dark,
}

#[cfg(feature = "screenshot")]
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

/// `screenshot`: renders a scene or a view to a PNG with no window.
#[cfg(feature = "screenshot")]
pub fn screenshot(args: &ScreenshotArgs) -> ExitCode {
    if args.list_scenes {
        for name in crate::headless::scenes::names() {
            say!("{name}");
        }
        return ExitCode::SUCCESS;
    }
    if let Some(lesson) = &args.lesson {
        return lesson::screenshot_lesson(args, lesson);
    }
    match screenshot_app(args).and_then(|(app, options, panel, out)| {
        let (image, code) = render_app_with_code(app, options, panel).map_err(|e| e.to_string())?;
        save_png(&image, &out, Some(&code)).map_err(|e| e.to_string())?;
        Ok(out)
    }) {
        Ok(out) => {
            say_wrote(&out, "");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("sco-explorer: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The app, size and panel that `screenshot` renders, and where to: the
/// scene (if named), then a view code, then the organisation compared with,
/// then each explicit option over them (so `--lang` and `--map` win over a
/// code, as every option wins over a scene).
#[cfg(feature = "screenshot")]
fn screenshot_app(
    args: &ScreenshotArgs,
) -> Result<(ExplorerApp, RenderOptions, Option<Panel>, PathBuf), String> {
    let out = args.out.clone().ok_or("screenshot needs --out FILE.png")?;
    let scene = match &args.scene {
        Some(name) => Some(crate::headless::scenes::find(name).ok_or_else(|| {
            format!("no scene \"{name}\"; `sco-explorer screenshot --list-scenes` lists them")
        })?),
        None => None,
    };
    // A scene shows its own bundled dataset unless told otherwise.
    let bundled = args
        .source
        .dataset
        .clone()
        .or_else(|| scene.map(|s| s.dataset.to_owned()));
    let source = DataSource::new(args.source.data.clone(), bundled);
    let dataset = load_or_report(&source)
        .map_err(|_| "the dataset could not be loaded (problems above)".to_owned())?;
    let name = dataset.name().to_owned();
    let view = ViewState {
        theme: ThemeChoice::Light,
        ..ViewState::for_dataset(&dataset)
    };
    let mut app = ExplorerApp::new(dataset, view);
    let mut options = RenderOptions::default();
    let mut panel = None;
    if let Some(scene) = scene {
        (scene.setup)(&mut app);
        options = scene.render_options();
        panel = scene.panel;
    }
    open_code_and_compare(&mut app, args)?;
    apply_screenshot_options(&mut app, &mut options, args, &name)?;
    Ok((app, options, panel, out))
}

/// `screenshot --view` and `--compare`: the code's view, then the other organisation.
#[cfg(feature = "screenshot")]
fn open_code_and_compare(app: &mut ExplorerApp, args: &ScreenshotArgs) -> Result<(), String> {
    if let Some(code) = &args.view {
        // No "opened" message: the image shows the view as it was saved.
        let code = crate::view_code::ViewCode::decode(code).map_err(|e| e.to_string())?;
        app.open_view_code(&code)
            .map_err(|reason| format!("the view code was refused: {reason}"))?;
        // Files over 1 MiB load on a thread: the picture shows them loaded.
        app.finish_loading();
        if let Some(error) = app.load_error() {
            return Err(format!(
                "the view code's dataset did not load:\n{}",
                error.lines().join("\n")
            ));
        }
    }
    if let Some(other) = &args.compare {
        app.compare_with(other);
        app.finish_loading();
        if let Some(error) = app.load_error() {
            return Err(format!(
                "cannot compare with {other}:\n{}",
                error.lines().join("\n")
            ));
        }
    }
    Ok(())
}

/// The explicit options of `screenshot`, over a scene and a view code.
#[cfg(feature = "screenshot")]
fn apply_screenshot_options(
    app: &mut ExplorerApp,
    options: &mut RenderOptions,
    args: &ScreenshotArgs,
    name: &str,
) -> Result<(), String> {
    if let Some(theme) = args.theme {
        app.view.theme = match theme {
            ThemeArg::Light => ThemeChoice::Light,
            ThemeArg::Dark => ThemeChoice::Dark,
        };
    }
    if args.map {
        app.view.central_view = CentralView::Map;
    }
    if let Some(lang) = args.lang {
        app.view.lang = lang;
    }
    if let Some(id) = &args.select
        && !app.select_id(id)
    {
        return Err(format!(
            "\"{id}\" is neither an event id nor a country code in {name}{}",
            if app.compared().is_some() {
                " or the organisation compared with"
            } else {
                ""
            }
        ));
    }
    if let Some(day) = args.as_of {
        let (day, note) = clamped::as_of_within(app, day);
        note.inspect(|note| eprintln!("sco-explorer: note: {note}"));
        app.view.as_of = day;
    }
    if let Some((width, height)) = args.size {
        options.size = egui::vec2(width, height);
    }
    if let Some(scale) = args.scale {
        options.pixels_per_point = scale;
    }
    crate::headless::screenshot::check_render_size(*options)?;
    if let Some(tour) = &args.tour {
        if !app.dataset().file().tours.iter().any(|t| t.id == tour) {
            return Err(format!("no tour \"{tour}\" in {name}"));
        }
        app.view.tour = Some(tour.clone());
    }
    if args.present {
        app.enter_presentation();
        if let Some(step) = args.step {
            let (step, note) = clamped::step_within(app, step);
            note.inspect(|note| eprintln!("sco-explorer: note: {note}"));
            app.view.step = step;
        }
    }
    Ok(())
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
    /// The RON file to write (default: standard output).
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
