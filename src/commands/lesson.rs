//! The command line's lesson options: `screenshot --lesson FILE --step N`
//! renders one step as its slide.

use std::path::Path;
use std::process::ExitCode;

use crate::app::ExplorerApp;
use crate::headless::screenshot::{RenderOptions, render_app_with_code};
use crate::model::lesson::load_lesson;
use crate::png::save_png;
use crate::state::{ThemeChoice, ViewState};

use super::{ScreenshotArgs, ThemeArg, say_wrote};

/// `screenshot --lesson FILE --step N`: step N (from 1) of the lesson as a slide.
pub fn screenshot_lesson(args: &ScreenshotArgs, lesson: &Path) -> ExitCode {
    match lesson_png(args, lesson) {
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

fn lesson_png(args: &ScreenshotArgs, path: &Path) -> Result<std::path::PathBuf, String> {
    let out = args.out.clone().ok_or("screenshot needs --out FILE.png")?;
    let lesson = load_lesson(path).map_err(|e| e.lines().join("\n"))?;
    let count = lesson.steps.len();
    let step = args.step.unwrap_or(1);
    if count == 0 {
        return Err(format!("{} has no steps", path.display()));
    }
    if !(1..=count).contains(&step) {
        return Err(format!(
            "--step {step} is not a step of this lesson: give 1 to {count}"
        ));
    }
    let bundled = crate::model::load_bundled().map_err(|e| e.to_string())?;
    let view = ViewState {
        theme: match args.theme {
            Some(ThemeArg::Dark) => ThemeChoice::Dark,
            _ => ThemeChoice::Light,
        },
        lang: args.lang.unwrap_or_else(|| lesson.lang()),
        ..ViewState::for_dataset(&bundled)
    };
    let mut app = ExplorerApp::new(bundled, view);
    app.set_lesson(lesson, Some(path.to_owned()));
    app.present_lesson_step(step - 1);
    let mut options = RenderOptions::default();
    if let Some((width, height)) = args.size {
        options.size = egui::vec2(width, height);
    }
    if let Some(scale) = args.scale {
        options.pixels_per_point = scale;
    }
    let (image, code) = render_app_with_code(app, options, None).map_err(|e| e.to_string())?;
    save_png(&image, &out, Some(&code)).map_err(|e| e.to_string())?;
    Ok(out)
}
