//! Every character the app can show from its own text, the catalogs, the CLDR
//! country names and the bundled datasets, has a glyph in the fonts the app
//! installs, so a new string can never show as boxes ("tofu"). egui's font
//! system answers; `scripts/subset-cjk-font.sh` adds what the Chinese subset lacks.

use std::collections::BTreeSet;

use egui::{FontFamily, FontId};
use sco_explorer::i18n::{Lang, catalog_source};

/// The characters of a text that are drawn (not line breaks or tabs).
fn drawn(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| !c.is_control())
}

#[test]
fn every_character_of_the_catalogs_names_and_datasets_has_a_glyph() {
    let mut chars = BTreeSet::new();
    for lang in Lang::ALL {
        chars.extend(drawn(catalog_source(lang)));
    }
    chars.extend(drawn(include_str!("../assets/i18n/country-names.tsv")));
    for bundled in sco_explorer::model::BUNDLED {
        chars.extend(drawn(bundled.text));
    }
    assert!(
        chars.contains(&'和') && chars.contains(&'ж'),
        "the texts were not read"
    );

    let ctx = egui::Context::default();
    sco_explorer::fonts::install_fonts(&ctx);
    // One pass loads the fonts; its texture upload is not needed here.
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    let mut missing = Vec::new();
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let font = FontId::new(14.0, family.clone());
        for &c in &chars {
            if !ctx.fonts_mut(|fonts| fonts.has_glyph(&font, c)) {
                missing.push(format!("{c:?} U+{:04X} ({family:?})", u32::from(c)));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} characters have no glyph; run scripts/subset-cjk-font.sh:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
