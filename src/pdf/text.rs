//! The text layer of a handout page: each run of text the page shows, laid
//! invisibly (text render mode 3, as on a scanned page that has been read by
//! OCR) exactly over the picture of it, so that a reader can search, select
//! and copy it, a screen reader can read it and a browser can translate it.
//!
//! The text is set in the fonts egui drew it with (Latin and Cyrillic from
//! egui's own, Chinese from the CJK subset), each embedded as a subset of the
//! glyphs the document uses (`subsetter`), as a Type0 font with Identity
//! encoding and a ToUnicode map: the map is what turns the glyphs back into
//! Unicode text for search, copy and `pdftotext`. Each run is stretched
//! (`Tz`) to the width egui gave it, so a selection lands on the visible text.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, TextRenderingMode, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish as _, Name, Pdf, Rect, Ref, Str};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider as _};
use subsetter::GlyphRemapper;

use super::Ids;

/// A line of text as a page shows it, in points from the page's top left.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// Where the text starts.
    pub x: f32,
    /// Its baseline.
    pub baseline: f32,
    /// The font size.
    pub size: f32,
    /// The width it takes on the page.
    pub width: f32,
    /// The text.
    pub text: String,
}

/// A TrueType font a document's text may be set in.
#[derive(Clone)]
pub struct FontFile {
    /// The font's name, for the PDF's font list.
    pub name: String,
    /// The font file.
    pub data: Arc<dyn AsRef<[u8]> + Send + Sync>,
    /// The font's index in a collection; 0 in a plain font file.
    pub index: u32,
}

impl FontFile {
    fn bytes(&self) -> &[u8] {
        (*self.data).as_ref()
    }
}

/// One font and the glyphs the document has used of it so far.
struct Face {
    file: FontFile,
    units_per_em: f32,
    /// Old glyph ids to the subset's, which are also the text's character ids.
    glyphs: GlyphRemapper,
    /// Each subset glyph's text (the first character it was used for).
    unicode: BTreeMap<u16, char>,
    /// Each subset glyph's advance, in thousandths of the font size.
    widths: BTreeMap<u16, f32>,
    /// The Type0 font object, once the font is used.
    id: Option<Ref>,
}

/// A piece of a run set in one font: its glyphs (subset ids) and its width
/// in thousandths of the font size.
struct Piece {
    face: usize,
    glyphs: Vec<u8>,
    width: f32,
}

/// The document's fonts, filled as pages are written and embedded at the end.
pub(super) struct Fonts {
    faces: Vec<Face>,
    /// Each character met so far: its font, glyph (in the font) and advance.
    found: HashMap<char, Option<(usize, u16, f32)>>,
}

impl Fonts {
    /// Fonts in fallback order: a character is set in the first that has it,
    /// as egui chooses. A file that cannot be read as a font is left out.
    pub(super) fn new(files: Vec<FontFile>) -> Self {
        let faces = files
            .into_iter()
            .filter_map(|file| {
                let font = FontRef::from_index(file.bytes(), file.index).ok()?;
                let units_per_em = f32::from(
                    font.metrics(Size::unscaled(), LocationRef::default())
                        .units_per_em
                        .max(1),
                );
                Some(Face {
                    file,
                    units_per_em,
                    glyphs: GlyphRemapper::new(),
                    unicode: BTreeMap::new(),
                    widths: BTreeMap::new(),
                    id: None,
                })
            })
            .collect();
        Self {
            faces,
            found: HashMap::new(),
        }
    }

    /// The first font that has `c`: its index, the glyph and its advance
    /// in thousandths of the font size.
    fn find(&mut self, c: char) -> Option<(usize, u16, f32)> {
        let faces = &self.faces;
        *self.found.entry(c).or_insert_with(|| {
            faces.iter().enumerate().find_map(|(i, face)| {
                let font = FontRef::from_index(face.file.bytes(), face.file.index).ok()?;
                let glyph = font.charmap().map(c)?;
                let id = u16::try_from(glyph.to_u32()).ok().filter(|&g| g != 0)?;
                let advance = font
                    .glyph_metrics(Size::unscaled(), LocationRef::default())
                    .advance_width(glyph)
                    .unwrap_or(0.0);
                Some((i, id, advance * 1000.0 / face.units_per_em))
            })
        })
    }

    /// The pieces of `text`, each in the first font that has its characters;
    /// characters no font has are left out.
    fn pieces(&mut self, text: &str) -> Vec<Piece> {
        let mut pieces: Vec<Piece> = Vec::new();
        for c in text.chars() {
            let Some((index, glyph, advance)) = self.find(c) else {
                continue;
            };
            let face = &mut self.faces[index];
            let cid = face.glyphs.remap(glyph);
            face.unicode.entry(cid).or_insert(c);
            face.widths.entry(cid).or_insert(advance);
            match pieces.last_mut() {
                Some(piece) if piece.face == index => {
                    piece.glyphs.extend(cid.to_be_bytes());
                    piece.width += advance;
                }
                _ => pieces.push(Piece {
                    face: index,
                    glyphs: cid.to_be_bytes().to_vec(),
                    width: advance,
                }),
            }
        }
        pieces
    }

    /// Lays `run` invisibly on a page `page_height` high; the fonts it uses
    /// are added to `used` (by their resource name and object).
    pub(super) fn show(
        &mut self,
        content: &mut Content,
        ids: &mut Ids,
        used: &mut BTreeMap<usize, Ref>,
        run: &TextRun,
        page_height: f32,
    ) {
        let pieces = self.pieces(&run.text);
        let natural: f32 = pieces.iter().map(|p| p.width * run.size / 1000.0).sum();
        if pieces.is_empty() || natural <= 0.0 || run.size <= 0.0 {
            return;
        }
        // Stretched or squeezed to the width egui gave the run.
        let stretch = run.width / natural;
        content.begin_text();
        content.set_text_rendering_mode(TextRenderingMode::Invisible);
        content.set_horizontal_scaling(100.0 * stretch);
        let mut x = run.x;
        for piece in &pieces {
            let face = &mut self.faces[piece.face];
            let id = *face.id.get_or_insert_with(|| ids.next());
            used.insert(piece.face, id);
            content.set_font(Name(font_name(piece.face).as_bytes()), run.size);
            content.set_text_matrix([1.0, 0.0, 0.0, 1.0, x, page_height - run.baseline]);
            content.show(Str(&piece.glyphs));
            x += piece.width * run.size / 1000.0 * stretch;
        }
        content.end_text();
    }

    /// Writes every font used, each a subset of the glyphs used.
    pub(super) fn finish(self, pdf: &mut Pdf, ids: &mut Ids) {
        for face in self.faces {
            if let Some(id) = face.id {
                write_face(pdf, ids, &face, id);
            }
        }
    }
}

/// A font's resource name on a page.
pub(super) fn font_name(face: usize) -> String {
    format!("F{face}")
}

/// One font: the Type0 font, its CID font and descriptor, the subset font
/// file and the ToUnicode map.
fn write_face(pdf: &mut Pdf, ids: &mut Ids, face: &Face, id: Ref) {
    let (cid_id, descriptor_id, file_id, cmap_id) =
        (ids.next(), ids.next(), ids.next(), ids.next());
    let base_font = format!("{}+{}", subset_tag(face), face.file.name.replace(' ', "-"));
    let system_info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(id)
        .base_font(Name(base_font.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);
    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(base_font.as_bytes()))
        .system_info(system_info)
        .font_descriptor(descriptor_id)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid.widths().consecutive(
        0,
        (0..face.glyphs.num_gids()).map(|g| face.widths.get(&g).copied().unwrap_or(0.0)),
    );
    cid.finish();
    let Ok(font) = FontRef::from_index(face.file.bytes(), face.file.index) else {
        return;
    };
    let metrics = font.metrics(Size::unscaled(), LocationRef::default());
    let em = |v: f32| v * 1000.0 / face.units_per_em;
    let bbox = metrics.bounds.map_or(
        Rect::new(0.0, em(metrics.descent), 1000.0, em(metrics.ascent)),
        |b| Rect::new(em(b.x_min), em(b.y_min), em(b.x_max), em(b.y_max)),
    );
    pdf.font_descriptor(descriptor_id)
        .name(Name(base_font.as_bytes()))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(bbox)
        .italic_angle(metrics.italic_angle)
        .ascent(em(metrics.ascent))
        .descent(em(metrics.descent))
        .cap_height(em(metrics.cap_height.unwrap_or(metrics.ascent)))
        .stem_v(80.0)
        .font_file2(file_id);
    // A font the subsetter cannot read is left unembedded: the text is
    // invisible, and the ToUnicode map still gives its characters.
    let subset =
        subsetter::subset(face.file.bytes(), face.file.index, &face.glyphs).unwrap_or_default();
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&subset, super::DEFLATE_LEVEL);
    pdf.stream(file_id, &compressed).filter(Filter::FlateDecode);
    let mut cmap = UnicodeCmap::new(Name(b"Custom"), system_info);
    for (&glyph, &c) in &face.unicode {
        cmap.pair(glyph, c);
    }
    pdf.cmap(cmap_id, &cmap.finish()).system_info(system_info);
}

/// Six capital letters naming the subset (a PDF convention: a subset font's
/// name starts with them), from the glyphs in it, so the same text gives the
/// same name.
fn subset_tag(face: &Face) -> String {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(face.file.name.as_bytes());
    for g in 0..face.glyphs.num_gids() {
        if let Some(c) = face.unicode.get(&g) {
            hasher.update(&u32::from(*c).to_le_bytes());
        }
    }
    let mut hash = hasher.finalize();
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + u8::try_from(hash % 26).unwrap_or(0));
            hash /= 26;
            letter
        })
        .collect()
}
