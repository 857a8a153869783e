//! What a named scene is: a window size and scale, optionally one panel
//! alone, the bundled dataset it shows, and a function that sets the app up;
//! and the app it makes. The scenes themselves are listed in `scenes.rs`.

use crate::app::{ExplorerApp, Panel};
use crate::model::{LoadError, find_bundled, load_bundled};
use crate::state::{ThemeChoice, ViewState};

/// A named view of the app.
#[derive(Clone, Copy, Debug)]
pub struct Scene {
    /// The name: the snapshot's file name and `screenshot --scene NAME`.
    pub name: &'static str,
    /// Window size in points.
    pub size: (f32, f32),
    /// Pixels per point.
    pub pixels_per_point: f32,
    /// One panel alone, or the whole window.
    pub panel: Option<Panel>,
    /// The bundled dataset it shows, by short name.
    pub dataset: &'static str,
    /// Sets the app up after it is made on the bundled dataset with the light theme.
    pub setup: fn(&mut ExplorerApp),
}

pub(super) const STANDARD: (f32, f32) = (1280.0, 720.0);
pub(super) const FULL_HD: (f32, f32) = (1920.0, 1080.0);

/// A whole-window scene of the bundled SCO dataset.
pub(super) const fn window(
    name: &'static str,
    size: (f32, f32),
    setup: fn(&mut ExplorerApp),
) -> Scene {
    on_bundled("sco", name, size, setup)
}

/// A whole-window scene of the bundled ASEAN dataset.
pub(super) const fn asean(
    name: &'static str,
    size: (f32, f32),
    setup: fn(&mut ExplorerApp),
) -> Scene {
    on_bundled("asean", name, size, setup)
}

/// A whole-window scene on a bundled dataset other than the SCO.
pub(super) const fn on_bundled(
    dataset: &'static str,
    name: &'static str,
    size: (f32, f32),
    setup: fn(&mut ExplorerApp),
) -> Scene {
    Scene {
        name,
        size,
        pixels_per_point: 1.0,
        panel: None,
        dataset,
        setup,
    }
}

/// One panel of the SCO explorer alone.
pub(super) const fn panel(
    name: &'static str,
    size: (f32, f32),
    panel: Panel,
    setup: fn(&mut ExplorerApp),
) -> Scene {
    Scene {
        panel: Some(panel),
        ..window(name, size, setup)
    }
}

impl Scene {
    /// The app set up for this scene on the bundled dataset, light theme unless the scene says otherwise.
    pub fn app(&self) -> Result<ExplorerApp, LoadError> {
        let dataset = match find_bundled(self.dataset) {
            Some(bundled) => bundled.load()?,
            None => load_bundled()?,
        };
        let view = ViewState {
            theme: ThemeChoice::Light,
            ..ViewState::for_dataset(&dataset)
        };
        let mut app = ExplorerApp::new(dataset, view);
        (self.setup)(&mut app);
        Ok(app)
    }
}
