//! A bare eframe window with the same renderer (wgpu) and size as the app, and
//! nothing in it: the yardstick for the app's startup time.
//!
//! `scripts/measure-startup.sh target/release/examples/bare_window
//! target/release/sco-explorer` times both from start to a visible window
//! (README, "Performance").

use std::process::ExitCode;

/// An empty frame.
struct Bare;

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("");
    }
}

fn main() -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Bare eframe window")
            .with_inner_size([1280.0, 720.0]),
        ..Default::default()
    };
    match eframe::run_native("bare-window", options, Box::new(|_| Ok(Box::new(Bare)))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bare_window: cannot open the window: {error}");
            ExitCode::FAILURE
        }
    }
}
