//! The `sco-explorer` program: parses the command line, then opens the window
//! or runs a headless command (`check`, `export`, `screenshot`, `generate`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use sco_explorer::app::{ExplorerApp, STORAGE_KEY};
use sco_explorer::commands;
use sco_explorer::model::{load_bundled, load_file};
use sco_explorer::state::ViewState;

/// Explore the history of the Shanghai Cooperation Organisation.
#[derive(Parser, Debug)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    /// A dataset file to open instead of the bundled SCO dataset.
    file: Option<PathBuf>,
    /// Start with a fresh view, ignoring what was remembered from the last run.
    #[arg(long)]
    reset: bool,
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
    },
    /// Print the dataset as JSON, or its events as CSV.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Dataset file (default: the bundled SCO dataset).
        file: Option<PathBuf>,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Render a view to a PNG without opening a window.
    Screenshot(commands::ScreenshotArgs),
    /// Write a deterministic synthetic dataset (for benchmarks and stress tests).
    Generate(commands::GenerateArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ExportFormat {
    /// The whole dataset as JSON.
    Json,
    /// The events as CSV.
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files }) => commands::check(&files),
        Some(Command::Export { format, file, out }) => {
            let format = match format {
                ExportFormat::Json => commands::Export::Json,
                ExportFormat::Csv => commands::Export::Csv,
            };
            commands::export(format, file.as_deref(), out.as_deref())
        }
        Some(Command::Screenshot(args)) => commands::screenshot(&args),
        Some(Command::Generate(args)) => commands::generate(&args),
        None => run_window(cli.file, cli.reset),
    }
}

fn run_window(file: Option<PathBuf>, reset: bool) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("SCO Explorer")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "sco-explorer",
        options,
        Box::new(move |cc| {
            sco_explorer::fonts::install_fonts(&cc.egui_ctx);
            let remembered: Option<ViewState> = if reset {
                None
            } else {
                cc.storage.and_then(|s| eframe::get_value(s, STORAGE_KEY))
            };
            Ok(Box::new(build_app(file, remembered)?))
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

/// The app on the requested file (or the remembered one, or the bundled dataset).
/// A file that fails to load is reported on stderr and in the window, over the bundled data.
fn build_app(
    file: Option<PathBuf>,
    remembered: Option<ViewState>,
) -> Result<ExplorerApp, Box<dyn std::error::Error + Send + Sync>> {
    let bundled = load_bundled()?;
    let path = file.or_else(|| {
        remembered
            .as_ref()
            .and_then(|v| v.dataset_path.as_ref().map(PathBuf::from))
    });
    let view = remembered.unwrap_or_else(|| ViewState::for_dataset(&bundled));
    let mut app = ExplorerApp::new(bundled, view);
    if let Some(path) = path {
        match load_file(&path) {
            Ok(dataset) => app.replace_dataset(dataset, Some(&path)),
            Err(error) => {
                for line in error.lines() {
                    eprintln!("{line}");
                }
                app.show_load_error(error);
            }
        }
    }
    Ok(app)
}
