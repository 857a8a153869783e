//! What is drawn over a slide: the pointer spotlight for projectors and the
//! fading message ("Size 1.75×", "Saved …").

use super::memory::SlideMemory;
use egui::{Color32, FontId, Rect, Stroke};

/// The spotlight for projectors: while `L` is held, a large bright ring around
/// the pointer, which a projector's washed-out picture and a small arrow make
/// hard to follow from the back of a classroom.
pub(super) fn spotlight_ui(ctx: &egui::Context, memory: &SlideMemory) {
    let held = crate::actions::is_held(ctx, &crate::actions::Action::Spotlight);
    let pointer = held
        .then(|| ctx.input(|i| i.pointer.latest_pos()))
        .flatten();
    let Some(at) = pointer.or(memory.pinned_spotlight) else {
        return;
    };
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::unique("slide_spotlight"),
    ));
    let radius = 60.0;
    // Bright yellow between two dark rings: it stands out on white and on black.
    let dark = Color32::from_gray(0x10);
    painter.circle_stroke(
        at,
        radius,
        Stroke::new(9.0, Color32::from_rgb(0xff, 0xd4, 0x00)),
    );
    painter.circle_stroke(at, radius + 6.0, Stroke::new(3.0, dark));
    painter.circle_stroke(at, radius - 6.0, Stroke::new(3.0, dark));
    painter.circle_filled(
        at,
        radius - 7.5,
        Color32::from_rgba_unmultiplied(0xff, 0xf0, 0x60, 40),
    );
}

/// The fading message over the slide ("1.75×", "Saved …").
pub(super) fn flash_ui(ctx: &egui::Context, memory: &mut SlideMemory) {
    let now = ctx.input(|i| i.time);
    let Some((text, left)) = memory
        .flash
        .as_ref()
        .map(|f| (f.text.clone(), f.since + f.seconds - now))
    else {
        return;
    };
    if left <= 0.0 {
        memory.flash = None;
        return;
    }
    #[expect(
        clippy::cast_possible_truncation,
        reason = "an opacity between 0 and 1"
    )]
    let opacity = (left / 0.5).min(1.0) as f32;
    let Some(area) = memory.slide_rect else {
        return;
    };
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("slide_flash"),
    ));
    let dark = ctx.global_style().visuals.dark_mode;
    let (fill, ink) = if dark {
        (Color32::from_gray(0xf0), Color32::BLACK)
    } else {
        (Color32::from_gray(0x10), Color32::WHITE)
    };
    let galley = painter.layout(
        text,
        FontId::proportional(24.0),
        ink.gamma_multiply(opacity),
        area.width() * 0.8,
    );
    let size = galley.size() + egui::vec2(32.0, 20.0);
    let rect = Rect::from_center_size(
        egui::pos2(area.center().x, area.top() + area.height() * 0.3),
        size,
    );
    painter.rect_filled(rect, 12.0, fill.gamma_multiply(opacity * 0.92));
    painter.galley(rect.min + egui::vec2(16.0, 10.0), galley, ink);
    // Fade without asking for a frame at once (a delayed repaint lets tests settle).
    ctx.request_repaint_after(std::time::Duration::from_millis(30));
}
