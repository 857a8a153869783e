//! The `sco-explorer` program: parses the command line, then opens the window
//! or runs a headless command (`check`, `export`, `screenshot`, `handout`, `generate`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use sco_explorer::app::{ExplorerApp, StartOptions};
use sco_explorer::commands;

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

/// The app id eframe stores its state under.
const APP_ID: &str = "sco-explorer";

fn run_window(start: StartOptions) -> ExitCode {
    let reset = start.reset;
    // eframe reads its stored state before our code runs: repair it first.
    if let Some(stored) = sco_explorer::stored_state::storage_file(APP_ID) {
        for key in sco_explorer::stored_state::repair_file(&stored, reset) {
            if !reset {
                eprintln!("sco-explorer: ignored damaged remembered state ({key})");
            }
        }
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("SCO Explorer")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([800.0, 500.0])
            .with_drag_and_drop(true),
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
