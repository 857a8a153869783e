//! Long lists drawn in part: a list of more than [`ALL_ROWS`] rows draws only
//! the rows in view (and a screenful around them), and stands in for the
//! others with empty space of their height. Heights are measured as rows are
//! drawn and estimated until then, so rows of different heights (headings,
//! wrapped titles) need no fixed size. With a search matching a million
//! events, drawing every row took about a second a frame.

use egui::{Rect, Ui};

/// Lists up to this many rows are drawn whole: every row stays in the
/// accessibility tree and Tab reaches each, as in any short list.
pub const ALL_ROWS: usize = 2000;

/// The heights of a list's rows (spacing included), measured when drawn.
#[derive(Clone, Debug, Default)]
pub struct RowHeights {
    measured: Vec<Option<f32>>,
}

impl RowHeights {
    /// Forgets every measurement (the rows changed).
    pub fn reset(&mut self, rows: usize) {
        self.measured = vec![None; rows];
    }

    fn height(&self, row: usize, estimate: &dyn Fn(usize) -> f32) -> f32 {
        self.measured
            .get(row)
            .copied()
            .flatten()
            .unwrap_or_else(|| estimate(row))
    }
}

/// Draws rows `0..count` of a list in a scroll area's `viewport` (in the
/// content's coordinates, as `ScrollArea::show_viewport` gives it): every row
/// when there are at most [`ALL_ROWS`], else those near the viewport. `estimate`
/// guesses the height of a row not drawn yet; `scroll_to` brings a row into
/// view even when it is far from the drawn ones (the keyboard cursor).
pub fn rows_in_view_ui(
    ui: &mut Ui,
    viewport: Rect,
    (heights, count): (&mut RowHeights, usize),
    estimate: &dyn Fn(usize) -> f32,
    scroll_to: Option<usize>,
    row_ui: &mut dyn FnMut(&mut Ui, usize),
) {
    if heights.measured.len() != count {
        heights.reset(count);
    }
    let top = ui.cursor().top();
    if count <= ALL_ROWS {
        for row in 0..count {
            let before = ui.cursor().top();
            row_ui(ui, row);
            heights.measured[row] = Some(ui.cursor().top() - before);
        }
        return;
    }
    // A screenful above and below, so short scrolls and Tab find rows drawn.
    let margin = viewport.height().max(100.0);
    let (from, to) = (viewport.top() - margin, viewport.bottom() + margin);
    let mut y = 0.0;
    let mut row = 0;
    while row < count && y + heights.height(row, estimate) < from {
        y += heights.height(row, estimate);
        row += 1;
    }
    ui.add_space(y);
    let first_drawn = row;
    while row < count && y < to {
        let before = ui.cursor().top();
        row_ui(ui, row);
        let height = ui.cursor().top() - before;
        heights.measured[row] = Some(height);
        y += height;
        row += 1;
    }
    let rest: f32 = (row..count).map(|r| heights.height(r, estimate)).sum();
    ui.add_space(rest);
    let drawn = first_drawn..row;
    if let Some(target) = scroll_to.filter(|r| *r < count && !drawn.contains(r)) {
        let above: f32 = (0..target).map(|r| heights.height(r, estimate)).sum();
        let rect = Rect::from_min_size(
            egui::pos2(ui.min_rect().left(), top + above),
            egui::vec2(ui.available_width(), heights.height(target, estimate)),
        );
        ui.scroll_to_rect(rect, None);
    }
}
