//! The text of a rendered frame, for a handout page's text layer: every line
//! egui drew, read from the frame's text shapes (their laid-out rows and
//! glyphs), where it drew it, so the PDF can lay it over the picture.

use egui::epaint::{ClippedShape, Shape, TextShape};
use skrifa::MetadataProvider as _;
use skrifa::instance::{LocationRef, Size};

use crate::pdf::{FontFile, Placement, TextRun};

/// A gap between two glyphs of a row wider than this many font sizes starts
/// a new run (columns laid out in one row, a tab).
const RUN_GAP: f32 = 1.0;

/// The fonts egui sets proportional text in, in its fallback order: the
/// PDF's text layer is set in the same, so each character has the same font.
pub fn pdf_fonts() -> Vec<FontFile> {
    let definitions = crate::fonts::font_definitions();
    let names = definitions
        .families
        .get(&egui::FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    names
        .into_iter()
        .filter_map(|name| {
            let data = definitions.font_data.get(&name)?;
            Some(FontFile {
                name,
                data: std::sync::Arc::clone(&data.font),
                index: data.index,
            })
        })
        .collect()
}

/// A frame's text: what it needs of the first font to turn a row's height
/// back into a font size.
pub struct TextReader {
    /// A font's row height (ascent, descent and line gap) per point of size.
    row_height_per_size: f32,
}

impl TextReader {
    /// A reader for text set in `fonts` (the first is egui's main font).
    pub fn new(fonts: &[FontFile]) -> Self {
        let ratio = fonts.first().and_then(|file| {
            let font = skrifa::FontRef::from_index((*file.data).as_ref(), file.index).ok()?;
            let metrics = font.metrics(Size::unscaled(), LocationRef::default());
            let em = f32::from(metrics.units_per_em.max(1));
            Some((metrics.ascent - metrics.descent + metrics.leading) / em)
        });
        Self {
            row_height_per_size: ratio.filter(|r| *r > 0.0).unwrap_or(1.2),
        }
    }

    /// Every run of text among `shapes`, drawn on a screen `screen` points
    /// large, as it falls on paper when the screen's picture is placed `at`.
    pub fn runs(&self, shapes: &[ClippedShape], screen: egui::Vec2, at: Placement) -> Vec<TextRun> {
        let scale = at.width / screen.x.max(1.0);
        let mut runs = Vec::new();
        for clipped in shapes {
            self.shape_runs(&clipped.shape, clipped.clip_rect, &mut runs);
        }
        for run in &mut runs {
            run.x = at.x + run.x * scale;
            run.baseline = at.y + run.baseline * scale;
            run.size *= scale;
            run.width *= scale;
        }
        runs
    }

    fn shape_runs(&self, shape: &Shape, clip: egui::Rect, runs: &mut Vec<TextRun>) {
        match shape {
            Shape::Vec(shapes) => {
                for shape in shapes {
                    self.shape_runs(shape, clip, runs);
                }
            }
            Shape::Text(text) => self.text_runs(text, clip, runs),
            _ => {}
        }
    }

    /// The runs of one piece of text: a row at a time, split at wide gaps.
    fn text_runs(&self, text: &TextShape, clip: egui::Rect, runs: &mut Vec<TextRun>) {
        // Turned text (none on a slide now) would need a turned text matrix;
        // transparent text is not seen, so it is not read either.
        if text.angle != 0.0 || text.opacity_factor <= 0.0 {
            return;
        }
        for row in &text.galley.rows {
            let origin = text.pos + row.pos.to_vec2();
            if !clip.intersects(row.rect().translate(text.pos.to_vec2())) {
                continue;
            }
            let mut run: Option<TextRun> = None;
            for glyph in &row.glyphs {
                let size = glyph.font_height / self.row_height_per_size;
                let (x, baseline) = (origin.x + glyph.pos.x, origin.y + glyph.pos.y);
                let right = x + glyph.advance_width;
                let joins = run.as_ref().is_some_and(|r| {
                    (r.size - size).abs() < 0.01 && x - (r.x + r.width) <= RUN_GAP * size
                });
                match run.as_mut() {
                    Some(r) if joins => {
                        r.text.push(glyph.chr);
                        // Spaces are in the text but not the width: trailing
                        // ones would stretch the text over the blank after it.
                        if !glyph.chr.is_whitespace() {
                            r.width = right - r.x;
                        }
                    }
                    // A run starts at its first visible character.
                    _ if glyph.chr.is_whitespace() => {}
                    _ => {
                        runs.extend(run.take().map(trimmed));
                        run = Some(TextRun {
                            x,
                            baseline,
                            size,
                            width: glyph.advance_width,
                            text: glyph.chr.to_string(),
                        });
                    }
                }
            }
            runs.extend(run.map(trimmed));
        }
    }
}

/// A run without its trailing spaces.
fn trimmed(mut run: TextRun) -> TextRun {
    run.text.truncate(run.text.trim_end().len());
    run
}
