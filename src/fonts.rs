//! Fonts and text styles: egui's fonts (Latin, Cyrillic, symbols) plus a small
//! Chinese subset, small text no smaller than 12 points, and secondary text
//! with WCAG AA contrast on both themes.
//!
//! egui's fonts have no Chinese characters. `assets/fonts/NotoSansSC-subset.ttf`
//! (SIL OFL 1.1) holds just the characters of the translation catalogs, the CLDR
//! country names and the bundled datasets; `scripts/subset-cjk-font.sh` makes it,
//! and `tests/glyphs.rs` fails when a string has a character no font draws.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

const CJK_FONT_NAME: &str = "NotoSansSC-subset";
const CJK_FONT: &[u8] = include_bytes!("../assets/fonts/NotoSansSC-subset.ttf");

/// egui's default fonts with the Chinese subset added as the last fallback of every family.
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        CJK_FONT_NAME.to_owned(),
        Arc::new(FontData::from_static(CJK_FONT)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(CJK_FONT_NAME.to_owned());
    }
    fonts
}

/// The smallest text the app draws (dates beside names, hints, notes), in points:
/// readable on a classroom projector and by a student at arm's length.
pub const SMALL_TEXT_SIZE: f32 = 12.0;

/// Secondary ("weak") text on the light theme: 6.9:1 on egui's light panels.
pub const WEAK_TEXT_LIGHT: egui::Color32 = egui::Color32::from_gray(0x5a);
/// Secondary ("weak") text on the dark theme: 6.8:1 on egui's dark panels.
pub const WEAK_TEXT_DARK: egui::Color32 = egui::Color32::from_gray(0xa6);

/// Installs [`font_definitions`] and the app's text styles in a context; call
/// once, before the first frame.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
    ctx.all_styles_mut(apply_text_style);
}

/// Small text at least [`SMALL_TEXT_SIZE`], weak text with WCAG AA contrast,
/// and radio buttons and checkboxes whose empty state can be seen.
pub fn apply_text_style(style: &mut egui::Style) {
    if let Some(small) = style.text_styles.get_mut(&egui::TextStyle::Small) {
        small.size = small.size.max(SMALL_TEXT_SIZE);
    }
    let dark = style.visuals.dark_mode;
    style.visuals.weak_text_color = Some(if dark {
        WEAK_TEXT_DARK
    } else {
        WEAK_TEXT_LIGHT
    });
    outline_choices(&mut style.visuals);
}

/// The outline of an empty radio button or checkbox on the light theme: 3.2:1
/// on egui's light panels and windows (WCAG asks 3:1 of the parts of a control).
pub const CHOICE_OUTLINE_LIGHT: egui::Color32 = egui::Color32::from_gray(0x8c);

/// Gives empty radio buttons and checkboxes an outline that can be seen on the
/// light theme, where egui draws the circle almost white on white (1.18:1).
/// egui's menus take the outline off again, so a menu with radio buttons
/// calls this for them.
pub fn outline_choices(visuals: &mut egui::Visuals) {
    if !visuals.dark_mode {
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, CHOICE_OUTLINE_LIGHT);
    }
}

/// WCAG 2 contrast ratio of two opaque colours (1.0 to 21.0): the measure the
/// app's colours are checked against (4.5 for text, AA).
pub fn contrast_ratio(a: egui::Color32, b: egui::Color32) -> f64 {
    let luminance = |c: egui::Color32| {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_text_meets_wcag_aa_on_every_background_of_both_themes() {
        for mut style in [
            egui::Style {
                visuals: egui::Visuals::light(),
                ..Default::default()
            },
            egui::Style {
                visuals: egui::Visuals::dark(),
                ..Default::default()
            },
        ] {
            apply_text_style(&mut style);
            let weak = style.visuals.weak_text_color();
            for background in [
                style.visuals.panel_fill,
                style.visuals.window_fill,
                style.visuals.extreme_bg_color,
            ] {
                let ratio = contrast_ratio(weak, background);
                assert!(
                    ratio >= 4.5,
                    "dark={}: {ratio:.2} on {background:?}",
                    style.visuals.dark_mode
                );
            }
            let small = &style.text_styles[&egui::TextStyle::Small];
            assert!(small.size >= SMALL_TEXT_SIZE);
        }
    }

    #[test]
    fn empty_radio_buttons_in_a_menu_stand_out_three_to_one_on_the_light_theme() {
        let mut style = egui::Style {
            visuals: egui::Visuals::light(),
            ..Default::default()
        };
        apply_text_style(&mut style);
        // What egui does to a menu's widgets: the outline goes.
        egui::containers::menu::menu_style(&mut style);
        let before = style.visuals.widgets.inactive;
        assert!(contrast_ratio(before.bg_fill, style.visuals.window_fill) < 1.5);
        assert_eq!(before.bg_stroke.width, 0.0);
        // The View menu gives its radio buttons the outline back.
        outline_choices(&mut style.visuals);
        let circle = style.visuals.widgets.inactive.bg_stroke;
        assert!(circle.width >= 1.0);
        for background in [style.visuals.window_fill, style.visuals.panel_fill] {
            let ratio = contrast_ratio(circle.color, background);
            assert!(ratio >= 3.0, "{ratio:.2} on {background:?}");
        }
    }
}
