//! A small PDF writer for handouts: pages of pictures, a title and bookmarks.
//!
//! Every page is a set of RGB pictures placed on an A4 landscape sheet. Text
//! is inside the pictures (rendered by egui, so Russian and Chinese need no
//! PDF fonts); the document's title and one bookmark per page are PDF text
//! strings, so a reader's outline and search of titles still work.
//!
//! The output depends only on the input: no creation date, no random id, and
//! pictures compressed at a fixed level, so the same handout is the same bytes.

use miniz_oxide::deflate::compress_to_vec_zlib;
use pdf_writer::{Content, Filter, Finish as _, Name, Pdf, Rect, Ref, TextStr};

/// A4 landscape, in PDF points (1/72 inch).
pub const PAGE_SIZE: (f32, f32) = (841.89, 595.28);

/// The white border around a page's content, in points (10 mm).
pub const MARGIN: f32 = 28.35;

/// Compression level for pictures: fixed, so output bytes do not change
/// with a library default.
const DEFLATE_LEVEL: u8 = 6;

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

/// One page: pictures and the bookmark that leads to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// The bookmark shown in a PDF reader's outline.
    pub bookmark: String,
    /// Pictures, drawn in order.
    pub pictures: Vec<(Picture, Placement)>,
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
    let mut ids = Ids(0);
    let catalog = ids.next();
    let page_tree = ids.next();
    let info = ids.next();
    let outline = ids.next();
    let page_ids: Vec<Ref> = document.pages.iter().map(|_| ids.next()).collect();
    let mut pdf = Pdf::new();
    pdf.document_info(info)
        .title(TextStr(&document.title))
        .subject(TextStr(&document.subject))
        .producer(TextStr("sco-explorer"));
    {
        let mut catalog_writer = pdf.catalog(catalog);
        catalog_writer.pages(page_tree);
        if !document.pages.is_empty() {
            catalog_writer.outlines(outline);
            catalog_writer.page_mode(pdf_writer::types::PageMode::UseOutlines);
        }
    }
    pdf.pages(page_tree)
        .kids(page_ids.iter().copied())
        .count(i32::try_from(page_ids.len()).unwrap_or(i32::MAX));
    let bookmark_ids: Vec<Ref> = document.pages.iter().map(|_| ids.next()).collect();
    write_outline(&mut pdf, outline, &bookmark_ids, &page_ids, document);
    for (page, &page_id) in document.pages.iter().zip(&page_ids) {
        write_page(&mut pdf, &mut ids, page, page_id, page_tree);
    }
    pdf.finish()
}

/// One bookmark per page, in a flat outline.
fn write_outline(
    pdf: &mut Pdf,
    outline: Ref,
    bookmarks: &[Ref],
    pages: &[Ref],
    document: &Document,
) {
    let (Some(&first), Some(&last)) = (bookmarks.first(), bookmarks.last()) else {
        return;
    };
    pdf.outline(outline)
        .first(first)
        .last(last)
        .count(i32::try_from(bookmarks.len()).unwrap_or(i32::MAX));
    for (i, (page, (&id, &page_id))) in document
        .pages
        .iter()
        .zip(bookmarks.iter().zip(pages))
        .enumerate()
    {
        let mut item = pdf.outline_item(id);
        item.title(TextStr(&page.bookmark)).parent(outline);
        if let Some(&prev) = i.checked_sub(1).and_then(|p| bookmarks.get(p)) {
            item.prev(prev);
        }
        if let Some(&next) = bookmarks.get(i + 1) {
            item.next(next);
        }
        item.dest().page(page_id).fit();
    }
}

fn write_page(pdf: &mut Pdf, ids: &mut Ids, page: &Page, page_id: Ref, page_tree: Ref) {
    let (page_width, page_height) = PAGE_SIZE;
    let content_id = ids.next();
    let picture_ids: Vec<Ref> = page.pictures.iter().map(|_| ids.next()).collect();
    let names: Vec<String> = (0..page.pictures.len()).map(|i| format!("P{i}")).collect();
    {
        let mut writer = pdf.page(page_id);
        writer
            .media_box(Rect::new(0.0, 0.0, page_width, page_height))
            .parent(page_tree)
            .contents(content_id);
        let mut resources = writer.resources();
        let mut objects = resources.x_objects();
        for (name, &id) in names.iter().zip(&picture_ids) {
            objects.pair(Name(name.as_bytes()), id);
        }
    }
    let mut content = Content::new();
    for (((picture, at), name), &id) in page.pictures.iter().zip(&names).zip(&picture_ids) {
        let encoded = compress_to_vec_zlib(&picture.rgb, DEFLATE_LEVEL);
        let mut image = pdf.image_xobject(id, &encoded);
        image.filter(Filter::FlateDecode);
        image.width(i32::try_from(picture.width).unwrap_or(i32::MAX));
        image.height(i32::try_from(picture.height).unwrap_or(i32::MAX));
        image.color_space().device_rgb();
        image.bits_per_component(8);
        // Smooth scaling in readers that honour it: slides are shrunk to the page.
        image.interpolate(true);
        image.finish();
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
    pdf.stream(content_id, &content.finish());
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
