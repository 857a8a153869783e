//! The `sco-explorer` program: parses the command line, then opens the window
//! or runs a headless command (`check`, `export`, `screenshot`, `handout`,
//! `generate`, `quiz`).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use sco_explorer::app::{ExplorerApp, StartOptions};
use sco_explorer::{commands, dist_files};

/// Explore the history of the Shanghai Cooperation Organisation.
#[derive(Parser, Debug)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    /// A dataset file to open instead of the bundled SCO dataset.
    file: Option<PathBuf>,
    /// Start with a fresh view, ignoring what was remembered from the last run.
    #[arg(long)]
    reset: bool,
    /// Show a bundled dataset by name (see `sco-explorer datasets`), e.g. asean.
    #[arg(long, value_name = "NAME")]
    dataset: Option<String>,
    /// The interface language: en, ru or zh (remembered; the first start follows the system).
    #[arg(long, value_name = "LANG", value_parser = commands::parse_lang)]
    lang: Option<sco_explorer::i18n::Lang>,
    /// Compare with a second organisation: a bundled dataset's name (e.g. asean) or a file.
    #[arg(long, value_name = "NAME|FILE")]
    compare: Option<String>,
    /// Open the view a view code names (Ctrl+Shift+C copies one; saved PNGs carry theirs).
    #[arg(long, value_name = "CODE")]
    view: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check dataset files and print a summary or every problem (file:line:column: message).
    Check {
        /// Files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Also report translation coverage per language and list every text
        /// field without Russian or Chinese (file:line:column); exit 0 only if
        /// every file is valid and fully translated.
        #[arg(long)]
        translations: bool,
    },
    /// List the bundled datasets (name, title, counts).
    Datasets,
    /// Print the dataset as JSON, or its events as CSV.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Dataset file (default: the bundled SCO dataset).
        file: Option<PathBuf>,
        /// A bundled dataset by name instead of a file, e.g. asean.
        #[arg(long, value_name = "NAME", conflicts_with = "file")]
        dataset: Option<String>,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Render a view (or a named scene) to a PNG without opening a window.
    #[cfg(feature = "screenshot")]
    Screenshot(commands::ScreenshotArgs),
    /// Write a tour as a PDF handout: a title page, then each slide (and the teacher's notes).
    #[cfg(feature = "screenshot")]
    Handout(commands::HandoutArgs),
    /// Write a deterministic synthetic dataset (for benchmarks and stress tests).
    Generate(commands::GenerateArgs),
    /// Print a quiz drawn from the dataset's sourced facts, with the answer key.
    Quiz(commands::QuizArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ExportFormat {
    /// The whole dataset as JSON.
    Json,
    /// The events as CSV.
    Csv,
}

/// Mesa's Vulkan device-select layer connects to a Wayland display to find
/// the default GPU; without a session (no `XDG_RUNTIME_DIR`: CI, ssh, cron)
/// libwayland then prints "error: XDG_RUNTIME_DIR is invalid or not set in
/// the environment." though nothing failed. With no session there is no
/// display to pick a GPU for, so the layer is turned off (`NODEVICE_SELECT`).
#[expect(unsafe_code, reason = "set_var before any thread is started")]
fn quiet_vulkan_device_select() {
    let session = std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|dir| !dir.is_empty());
    if !session && std::env::var_os("NODEVICE_SELECT").is_none() {
        // SAFETY: called first thing in `main`, before any thread exists, so
        // nothing else reads the environment while it changes.
        unsafe { std::env::set_var("NODEVICE_SELECT", "1") };
    }
}

fn main() -> ExitCode {
    quiet_vulkan_device_select();
    // `Cli::parse()`, plus the hidden `dist-files` command (see `dist_files`).
    let matches = dist_files::with_command(Cli::command()).get_matches();
    if let Some(out) = dist_files::requested(&matches) {
        return write_dist_files(out);
    }
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    match cli.command {
        Some(Command::Check {
            files,
            translations,
        }) => {
            if translations {
                commands::check_translations(&files)
            } else {
                commands::check(&files)
            }
        }
        Some(Command::Datasets) => commands::datasets(),
        Some(Command::Export {
            format,
            file,
            dataset,
            out,
        }) => {
            let format = match format {
                ExportFormat::Json => commands::Export::Json,
                ExportFormat::Csv => commands::Export::Csv,
            };
            let source = commands::DataSource::new(file, dataset);
            commands::export(format, &source, out.as_deref())
        }
        #[cfg(feature = "screenshot")]
        Some(Command::Screenshot(args)) => commands::screenshot(&args),
        #[cfg(feature = "screenshot")]
        Some(Command::Handout(args)) => commands::handout(&args),
        Some(Command::Generate(args)) => commands::generate(&args),
        Some(Command::Quiz(args)) => commands::quiz(&args),
        None => {
            if let Some(name) = &cli.dataset
                && sco_explorer::model::find_bundled(name).is_none()
            {
                eprintln!("sco-explorer: {}", commands::unknown_dataset(name));
                return ExitCode::FAILURE;
            }
            run_window(StartOptions {
                file: cli.file,
                reset: cli.reset,
                dataset: cli.dataset,
                lang: cli.lang,
                compare: cli.compare,
                view: cli.view,
            })
        }
    }
}

/// `dist-files --out DIR`: the man pages and completions, for packaging.
fn write_dist_files(out: &std::path::Path) -> ExitCode {
    match dist_files::write(&Cli::command(), out) {
        Ok(files) => {
            for file in files {
                commands::out::line(format_args!("{}", file.display()));
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("sco-explorer: cannot write to {}: {error}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// The app id eframe stores its state under.
const APP_ID: &str = "sco-explorer";

/// The desktop file's id (`packaging/DESKTOP_ID.desktop`), given to the window
/// as its Wayland app id and X11 class so desktops match the window with the
/// installed launcher and its icon.
const DESKTOP_ID: &str = "io.github.sco_explorer.ScoExplorer";

/// The window's icon: the packaged icon's 256 px PNG (`packaging/icons`).
fn window_icon() -> Option<Arc<egui::IconData>> {
    let png = include_bytes!("../packaging/icons/hicolor/256x256/apps/sco-explorer.png");
    // A PNG that does not decode (a test checks it does) leaves eframe's default icon.
    eframe::icon_data::from_png_bytes(png).ok().map(Arc::new)
}

fn run_window(start: StartOptions) -> ExitCode {
    let reset = start.reset;
    // eframe reads its stored state before our code runs: repair it first.
    let stored = sco_explorer::stored_state::storage_file(APP_ID);
    if let Some(stored) = &stored {
        for key in sco_explorer::stored_state::repair_file(stored, reset) {
            if !reset {
                eprintln!("sco-explorer: ignored damaged remembered state ({key})");
            }
        }
    }
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("SCO Explorer")
        .with_app_id(DESKTOP_ID)
        .with_inner_size([1280.0, 720.0])
        .with_min_inner_size(sco_explorer::stored_state::MIN_WINDOW_SIZE)
        .with_drag_and_drop(true);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // eframe would otherwise store under the app id set above: keep the
        // state where it has always been (and where it was just repaired).
        persistence_path: stored,
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            sco_explorer::fonts::install_fonts(&cc.egui_ctx);
            let app = ExplorerApp::start(cc.storage, start)?;
            // File → Export tour as PDF needs the headless renderer, which a
            // window-only build does not have (the menu then says so).
            #[cfg(feature = "screenshot")]
            let app = {
                let mut app = app;
                app.set_handout_printer(sco_explorer::headless::handout::print_handout);
                app
            };
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sco-explorer: cannot open the window: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_icon_decodes() {
        let icon = window_icon().unwrap();
        assert_eq!((icon.width, icon.height), (256, 256));
    }

    #[test]
    fn the_desktop_file_matches_the_window() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/packaging");
        let desktop = std::fs::read_to_string(format!("{dir}/{DESKTOP_ID}.desktop")).unwrap();
        assert!(desktop.contains(&format!("\nStartupWMClass={DESKTOP_ID}\n")));
        let metainfo = std::fs::read_to_string(format!("{dir}/{DESKTOP_ID}.metainfo.xml")).unwrap();
        assert!(metainfo.contains(&format!("<id>{DESKTOP_ID}</id>")));
    }

    #[test]
    fn the_cli_is_consistent() {
        dist_files::with_command(Cli::command()).debug_assert();
    }
}
