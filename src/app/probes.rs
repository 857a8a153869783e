//! What tests, scenes and tools may ask of the app or set on it that a user
//! sees only as pixels: where the slide and its body are, the message over a
//! slide, a pinned spotlight, a map point or a marker on screen.

use super::ExplorerApp;

impl ExplorerApp {
    /// Whether a search of a large dataset is still running on its thread.
    pub fn searching(&self) -> bool {
        self.session.searching()
    }

    /// The file being loaded on its own thread to compare with, if any.
    pub fn compare_loading(&self) -> Option<&std::path::Path> {
        self.session.compare_loading()
    }

    /// Waits until running searches end; the next frame shows their results.
    pub fn finish_searching(&mut self) {
        self.session.finish_searching();
    }

    /// The slide's area and its body (between the heading row and the strip)
    /// in the last frame, while presenting.
    pub fn slide_rects(&self) -> Option<(egui::Rect, egui::Rect)> {
        self.view
            .presenting
            .then_some((self.slides.slide_rect?, self.slides.body_rect?))
    }

    /// The message shown over the slide right now ("Size 1.75×", "Saved …"), if any.
    pub fn slide_message(&self) -> Option<&str> {
        self.slides.flash.as_ref().map(|f| f.text.as_str())
    }

    /// Shows the slides' spotlight at `pos` as if `L` were held there (for scenes and tests).
    pub fn pin_spotlight(&mut self, pos: egui::Pos2) {
        self.slides.pinned_spotlight = Some(pos);
    }

    /// How many pages the current slide has (2 or more when it continues: "2a", "2b").
    pub fn slide_pages(&self) -> usize {
        self.slides.pages.max(1)
    }

    /// Centres the map on a longitude/latitude at `zoom` times the home view's scale.
    pub fn look_at_map(&mut self, lon: f64, lat: f64, zoom: f32) {
        self.map_memory.look_at(lon, lat, zoom);
    }

    /// Screen position of a longitude/latitude on the map in the last frame it was shown.
    pub fn map_screen_pos(&self, lon: f64, lat: f64) -> Option<egui::Pos2> {
        self.map_memory.screen_pos(lon, lat)
    }

    /// Screen position of an event's timeline marker in the last frame.
    pub fn marker_screen_pos(&self, event_id: &str) -> Option<egui::Pos2> {
        let dataset = self.session.dataset();
        let event = dataset.event_index(event_id)?;
        self.timeline.marker_screen_pos(dataset, event)
    }

    /// Where the details pane was in the last frame of the explorer.
    pub fn details_pane_rect(&self) -> Option<egui::Rect> {
        self.details_rect
    }
}
