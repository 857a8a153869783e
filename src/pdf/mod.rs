//! A small PDF writer for handouts: pages of pictures with a text layer, a
//! title and bookmarks, written a page at a time ([`Writer`]).
//!
//! Every page is a set of pictures placed on an A4 landscape sheet, as egui
//! rendered them (palette and grey images, `image.rs`), and over them, invisible, the
//! text they show, in embedded subset fonts ([`text`]): the text can be
//! searched, selected, copied and read aloud. The document's title and one
//! bookmark per page are PDF text strings, for a reader's outline.
//!
//! The output depends only on the input: no creation date, no random id, and
//! everything compressed at a fixed level, so the same handout is the same bytes.

mod image;
pub mod text;

use std::collections::BTreeMap;

use miniz_oxide::deflate::compress_to_vec_zlib;
use pdf_writer::{Content, Filter, Finish as _, Name, Pdf, Rect, Ref, TextStr};

use text::Fonts;
pub use text::{FontFile, TextRun};

/// A4 landscape, in PDF points (1/72 inch).
pub const PAGE_SIZE: (f32, f32) = (841.89, 595.28);

/// The white border around a page's content, in points (10 mm).
pub const MARGIN: f32 = 28.35;

/// Compression level for pictures, text and fonts: fixed, so output bytes do
/// not change with a library default; the highest, since pages are small
/// once a picture is palette indices.
const DEFLATE_LEVEL: u8 = 9;

/// An RGB picture, 8 bits per channel, rows top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width * height * 3` bytes.
    pub rgb: Vec<u8>,
}

impl Picture {
    /// The picture of an RGBA image (premultiplied, as rendered) laid on white
    /// paper: a pixel the renderer left transparent, such as a window's
    /// margin, is paper, not black.
    pub fn from_rgba(width: u32, height: u32, rgba: &[u8]) -> Self {
        let rgb = rgba
            .chunks_exact(4)
            .flat_map(|p| {
                let paper = 255 - p[3];
                [
                    p[0].saturating_add(paper),
                    p[1].saturating_add(paper),
                    p[2].saturating_add(paper),
                ]
            })
            .collect();
        Self { width, height, rgb }
    }
}

/// Where a picture goes on its page, in points from the page's top left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// Distance from the left edge.
    pub x: f32,
    /// Distance from the top edge.
    pub y: f32,
    /// Width on paper.
    pub width: f32,
    /// Height on paper.
    pub height: f32,
}

/// One page: pictures, the text they show and the bookmark that leads to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// The bookmark shown in a PDF reader's outline.
    pub bookmark: String,
    /// Pictures, drawn in order.
    pub pictures: Vec<(Picture, Placement)>,
    /// The text the pictures show, where they show it: laid invisibly over
    /// them, for search, copy and screen readers.
    pub text: Vec<TextRun>,
}

/// A whole document.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// The document title (shown in the reader's title bar).
    pub title: String,
    /// The subject line of the document's information.
    pub subject: String,
    /// Pages in order.
    pub pages: Vec<Page>,
}

/// The largest rectangle of `aspect` (width / height) that fits in `area`, centred in it.
pub fn fit_centred(aspect: f32, area: Placement) -> Placement {
    let (width, height) = if area.width / area.height > aspect {
        (area.height * aspect, area.height)
    } else {
        (area.width, area.width / aspect)
    };
    Placement {
        x: area.x + (area.width - width) / 2.0,
        y: area.y + (area.height - height) / 2.0,
        width,
        height,
    }
}

/// Hands out object ids in order.
struct Ids(i32);

impl Ids {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

/// The PDF file of `document`.
pub fn write(document: &Document) -> Vec<u8> {
    let mut writer = Writer::new(Vec::new());
    for page in &document.pages {
        writer.push_page(page);
    }
    writer.finish(&document.title, &document.subject)
}

/// A PDF written a page at a time: each page's pictures are compressed and
/// its text laid as it comes, so only the compressed file is kept, never
/// the pictures of every page (a long tour's pages would not fit in memory).
pub struct Writer {
    pdf: Pdf,
    ids: Ids,
    catalog: Ref,
    page_tree: Ref,
    /// The pages in reading order, with their bookmarks.
    pages: Vec<(Ref, String)>,
    fonts: Fonts,
}

impl Writer {
    /// A document whose text is set in `fonts` (in fallback order).
    pub fn new(fonts: Vec<FontFile>) -> Self {
        let mut ids = Ids(0);
        let (catalog, page_tree) = (ids.next(), ids.next());
        Self {
            pdf: Pdf::new(),
            ids,
            catalog,
            page_tree,
            pages: Vec::new(),
            fonts: Fonts::new(fonts),
        }
    }

    /// Writes `page` as the last page so far.
    pub fn push_page(&mut self, page: &Page) {
        self.insert_page(self.pages.len(), page);
    }

    /// Writes `page` now, to be read as page `index` (0 the first; the pages
    /// from there on move one on): a title page that counts the slides is
    /// made after them but comes first.
    pub fn insert_page(&mut self, index: usize, page: &Page) {
        let page_id = self.ids.next();
        write_page(self, page, page_id);
        let index = index.min(self.pages.len());
        self.pages.insert(index, (page_id, page.bookmark.clone()));
    }

    /// How many pages are written.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The PDF file: the pages, the fonts their text used, the outline and
    /// the document's `title` and `subject`.
    pub fn finish(mut self, title: &str, subject: &str) -> Vec<u8> {
        let (info, outline) = (self.ids.next(), self.ids.next());
        self.pdf
            .document_info(info)
            .title(TextStr(title))
            .subject(TextStr(subject))
            .producer(TextStr("sco-explorer"));
        {
            let mut catalog_writer = self.pdf.catalog(self.catalog);
            catalog_writer.pages(self.page_tree);
            if !self.pages.is_empty() {
                catalog_writer.outlines(outline);
                catalog_writer.page_mode(pdf_writer::types::PageMode::UseOutlines);
            }
        }
        self.pdf
            .pages(self.page_tree)
            .kids(self.pages.iter().map(|(id, _)| *id))
            .count(i32::try_from(self.pages.len()).unwrap_or(i32::MAX));
        let bookmarks: Vec<Ref> = self.pages.iter().map(|_| self.ids.next()).collect();
        write_outline(&mut self.pdf, outline, &bookmarks, &self.pages);
        self.fonts.finish(&mut self.pdf, &mut self.ids);
        self.pdf.finish()
    }
}

/// One bookmark per page, in a flat outline.
fn write_outline(pdf: &mut Pdf, outline: Ref, bookmarks: &[Ref], pages: &[(Ref, String)]) {
    let (Some(&first), Some(&last)) = (bookmarks.first(), bookmarks.last()) else {
        return;
    };
    pdf.outline(outline)
        .first(first)
        .last(last)
        .count(i32::try_from(bookmarks.len()).unwrap_or(i32::MAX));
    for (i, ((page_id, title), &id)) in pages.iter().zip(bookmarks).enumerate() {
        let mut item = pdf.outline_item(id);
        item.title(TextStr(title)).parent(outline);
        if let Some(&prev) = i.checked_sub(1).and_then(|p| bookmarks.get(p)) {
            item.prev(prev);
        }
        if let Some(&next) = bookmarks.get(i + 1) {
            item.next(next);
        }
        item.dest().page(*page_id).fit();
    }
}

/// A page: its pictures, then its text over them.
fn write_page(writer: &mut Writer, page: &Page, page_id: Ref) {
    let (page_width, page_height) = PAGE_SIZE;
    let content_id = writer.ids.next();
    let names: Vec<String> = (0..page.pictures.len()).map(|i| format!("P{i}")).collect();
    let mut pictures = Vec::new();
    let mut content = Content::new();
    for ((picture, at), name) in page.pictures.iter().zip(&names) {
        let id = writer.ids.next();
        pictures.push(id);
        write_picture(&mut writer.pdf, id, picture);
        // PDF's origin is the bottom left; placements count from the top.
        content.save_state();
        content.transform([
            at.width,
            0.0,
            0.0,
            at.height,
            at.x,
            page_height - at.y - at.height,
        ]);
        content.x_object(Name(name.as_bytes()));
        content.restore_state();
    }
    let mut fonts = BTreeMap::new();
    for run in &page.text {
        let ids = &mut writer.ids;
        writer
            .fonts
            .show(&mut content, ids, &mut fonts, run, page_height);
    }
    let mut page_writer = writer.pdf.page(page_id);
    page_writer
        .media_box(Rect::new(0.0, 0.0, page_width, page_height))
        .parent(writer.page_tree)
        .contents(content_id);
    let mut resources = page_writer.resources();
    let mut objects = resources.x_objects();
    for (name, &id) in names.iter().zip(&pictures) {
        objects.pair(Name(name.as_bytes()), id);
    }
    objects.finish();
    let mut font_list = resources.fonts();
    for (&face, &id) in &fonts {
        font_list.pair(Name(text::font_name(face).as_bytes()), id);
    }
    font_list.finish();
    resources.finish();
    page_writer.finish();
    let compressed = compress_to_vec_zlib(&content.finish(), DEFLATE_LEVEL);
    writer
        .pdf
        .stream(content_id, &compressed)
        .filter(Filter::FlateDecode);
}

/// A picture as an image with a palette.
fn write_picture(pdf: &mut Pdf, id: Ref, picture: &Picture) {
    let encoded = image::encode(picture, DEFLATE_LEVEL);
    let mut image = pdf.image_xobject(id, &encoded.data);
    image.filter(Filter::FlateDecode);
    image.width(i32::try_from(picture.width).unwrap_or(i32::MAX));
    image.height(i32::try_from(picture.height).unwrap_or(i32::MAX));
    match &encoded.colours {
        image::Colours::Palette(palette) => {
            let colours = i32::try_from(palette.len() / 3).unwrap_or(256);
            image
                .color_space()
                .indexed(Name(b"DeviceRGB"), colours - 1, palette);
            image.bits_per_component(8);
        }
        image::Colours::Grey4 => {
            image.color_space().device_gray();
            image.bits_per_component(4);
        }
    }
    // Smooth scaling in readers that honour it: slides are shrunk to the page.
    image.interpolate(true);
}

/// How many pages a PDF written by [`write()`] has (read from its page tree).
pub fn page_count(pdf: &[u8]) -> Option<usize> {
    // The page tree is the only object with `/Type /Pages`; its `/Count` follows.
    let text = String::from_utf8_lossy(pdf);
    let tree = text.find("/Type /Pages")?;
    let rest = &text[tree..];
    let count = rest.find("/Count ")? + "/Count ".len();
    rest[count..]
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(shade: u8) -> Picture {
        Picture {
            width: 4,
            height: 2,
            rgb: vec![shade; 4 * 2 * 3],
        }
    }

    fn document(pages: usize) -> Document {
        let at = Placement {
            x: MARGIN,
            y: MARGIN,
            width: 400.0,
            height: 200.0,
        };
        Document {
            title: "Шанхайская организация — 上海合作组织".to_owned(),
            subject: "test".to_owned(),
            pages: (0..pages)
                .map(|i| Page {
                    bookmark: format!("Step {i}"),
                    pictures: vec![(picture(u8::try_from(i).unwrap_or(0)), at)],
                    text: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_document_has_its_pages_and_the_same_bytes_each_time() {
        let bytes = write(&document(3));
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(page_count(&bytes), Some(3));
        assert_eq!(write(&document(3)), bytes);
        assert_ne!(write(&document(4)), bytes);
    }

    #[test]
    fn titles_in_any_script_are_written_as_unicode_text_strings() {
        let bytes = write(&document(1));
        // UTF-16 with a byte order mark, in a hex or literal string.
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/Title"), "{text}");
        assert!(
            !text.contains("Шанхайская"),
            "non-Latin titles must be encoded"
        );
    }

    #[test]
    fn a_picture_is_fitted_inside_its_area_keeping_its_shape() {
        let area = Placement {
            x: 10.0,
            y: 20.0,
            width: 800.0,
            height: 300.0,
        };
        let fitted = fit_centred(16.0 / 9.0, area);
        assert!((fitted.height - 300.0).abs() < 1e-3);
        assert!((fitted.width / fitted.height - 16.0 / 9.0).abs() < 1e-3);
        assert!(fitted.x >= area.x && fitted.x + fitted.width <= area.x + area.width + 1e-3);
    }

    #[test]
    fn transparent_pixels_are_white_paper() {
        let picture = Picture::from_rgba(3, 1, &[1, 2, 3, 255, 0, 0, 0, 0, 50, 0, 0, 128]);
        assert_eq!(picture.rgb, vec![1, 2, 3, 255, 255, 255, 177, 127, 127]);
    }
}
