//! What the slides remember from one frame to the next (page count, areas,
//! the fading message): facts of the layout, not of the view, so not persisted.

use egui::Rect;

/// A short message over the slide that fades away ("1.75×", "Saved …").
#[derive(Clone, Debug, PartialEq)]
pub struct Flash {
    /// What it says.
    pub text: String,
    /// When it appeared (egui's input time, in seconds).
    pub since: f64,
    /// How long it stays, fading out over its last half second.
    pub seconds: f64,
}

/// What the slides remember from one frame to the next: facts of the layout,
/// not of the view (so not persisted).
#[derive(Clone, Debug, Default)]
pub struct SlideMemory {
    /// How many pages the current step's slide has (1, or 2 for "2a" and "2b", …).
    pub pages: usize,
    /// The slide's area in the last frame: the window less a docked presenter view.
    pub slide_rect: Option<Rect>,
    /// The slide's body in the last frame: between the heading row and the strip.
    pub body_rect: Option<Rect>,
    /// The message shown over the slide, if any.
    pub flash: Option<Flash>,
    /// A spotlight shown here whatever the keys (for scenes and tests, which cannot hold `L`).
    pub pinned_spotlight: Option<egui::Pos2>,
    /// When the presentation began (egui's clock), for the presenter strip's
    /// clock; cleared when it ends.
    pub presenting_since: Option<f64>,
}

impl SlideMemory {
    /// Shows `text` over the slide for `seconds` from `now`.
    pub fn flash(&mut self, text: String, now: f64, seconds: f64) {
        self.flash = Some(Flash {
            text,
            since: now,
            seconds,
        });
    }
}
