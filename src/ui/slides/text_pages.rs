//! A slide's text as fitted: the page shown, opened by the "continued" title
//! on pages after the first. Shared by every kind of slide.

use egui::{Rect, Ui, UiBuilder};

use super::layout::{Fit, Piece};
use super::memory::SlideMemory;
use crate::state::ViewState;

/// The fitted text of the page shown, in `text_rect`; sets `memory.pages`.
/// `continued` heads every page after the first.
pub(super) fn text_pages_ui(
    ui: &mut Ui,
    text_rect: Rect,
    (pieces, continued): (&[Piece], &Piece),
    fitted: &Fit,
    view: &ViewState,
    memory: &mut SlideMemory,
) {
    let width = text_rect.width();
    memory.pages = fitted.pages.len();
    // `view.page` stays as asked (`usize::MAX` is "the last"): the first frames
    // may lay out before the slide scale applies, with fewer pages.
    let page = view.page.min(fitted.pages.len().saturating_sub(1));
    let mut text_ui = ui.new_child(
        UiBuilder::new()
            .max_rect(text_rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    if page > 0 {
        text_ui.add(egui::Label::new(continued.galley(
            &text_ui,
            fitted.scale,
            width,
        )));
    }
    for piece in fitted
        .pages
        .get(page)
        .into_iter()
        .flatten()
        .filter_map(|&i| pieces.get(i))
    {
        text_ui.add_space(piece.gap(fitted.scale));
        text_ui.add(egui::Label::new(piece.galley(
            &text_ui,
            fitted.scale,
            width,
        )));
    }
}
