//! Pictures as PDF image data, deflated: 16 greys for a picture of grey ink
//! on paper, 8-bit palette indices for the rest.
//!
//! A slide is mostly flat colour (paper, map fills, text), with a few
//! thousand colours along antialiased edges. Deflated RGB took about 330 kB a
//! slide (3.5 MB for the ten-step tour); indices into a palette of 256
//! colours take about half as much and look the same at print size. A
//! picture with 256 colours or fewer keeps them exactly; a richer one is
//! reduced with NeuQuant (`color_quant`, the quantiser of the `image` crate's
//! GIF encoder), which is deterministic, so the same page gives the same bytes.
//!
//! The title page and the note strips are grey text on white: 16 levels of
//! grey (4 bits a pixel) draw antialiased text as well as 256 and take half
//! the bytes of a palette (a page of sources: 139 kB instead of 261 kB).

use std::collections::HashMap;

use miniz_oxide::deflate::compress_to_vec_zlib;

use super::Picture;

/// How the quantiser samples a picture (1 is every pixel, 30 the fastest):
/// every tenth is plenty for slides of flat colour and keeps a page quick.
const SAMPLE_FACTOR: i32 = 10;

/// The most a pixel's channels may differ for it to count as grey: egui's
/// ink and secondary text on paper are greys tinted by a few levels.
const GREY_TINT: u8 = 16;

/// A picture ready for the PDF.
pub(super) struct Encoded {
    /// The pixels, rows top to bottom, deflated (zlib).
    pub(super) data: Vec<u8>,
    /// How the pixels are written.
    pub(super) colours: Colours,
}

/// How an encoded picture's pixels are written.
pub(super) enum Colours {
    /// One byte a pixel, an index into this palette (RGB, three bytes a colour).
    Palette(Vec<u8>),
    /// Four bits a pixel, a level of grey (0 black to 15 white); each row
    /// starts on a byte.
    Grey4,
}

/// `picture` as greys if it is grey, else as palette indices and a palette.
pub(super) fn encode(picture: &Picture, level: u8) -> Encoded {
    if is_grey(&picture.rgb) {
        let width = usize::try_from(picture.width).unwrap_or(usize::MAX);
        return Encoded {
            data: compress_to_vec_zlib(&grey4(&picture.rgb, width), level),
            colours: Colours::Grey4,
        };
    }
    let (indices, palette) = exact_palette(&picture.rgb).unwrap_or_else(|| quantised(&picture.rgb));
    Encoded {
        data: compress_to_vec_zlib(&indices, level),
        colours: Colours::Palette(palette),
    }
}

/// Whether every pixel is (nearly) grey.
fn is_grey(rgb: &[u8]) -> bool {
    rgb.chunks_exact(3).all(|p| {
        let (low, high) = (p[0].min(p[1]).min(p[2]), p[0].max(p[1]).max(p[2]));
        high - low <= GREY_TINT
    })
}

/// The pixels as 16 levels of grey, two to a byte, each row padded to a byte.
fn grey4(rgb: &[u8], width: usize) -> Vec<u8> {
    let level = |p: &[u8]| {
        let mean = (u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2])) / 3;
        // 0..=255 to 0..=15, rounded: 17 is 255 / 15.
        u8::try_from((mean + 8) / 17).unwrap_or(15)
    };
    let mut out = Vec::with_capacity(rgb.len() / 6 + rgb.len() / (3 * width.max(1)) + 1);
    for row in rgb.chunks(width.max(1) * 3) {
        for pair in row.chunks(6) {
            let high = level(&pair[..3]);
            let low = pair.get(3..6).map_or(0, level);
            out.push(high << 4 | low);
        }
    }
    out
}

/// The picture's own colours as a palette, in the order they first appear,
/// when there are at most 256 of them.
fn exact_palette(rgb: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut colours: HashMap<[u8; 3], u8> = HashMap::new();
    let mut palette = Vec::new();
    let mut indices = Vec::with_capacity(rgb.len() / 3);
    for pixel in rgb.chunks_exact(3) {
        let colour = [pixel[0], pixel[1], pixel[2]];
        let index = match colours.get(&colour) {
            Some(&index) => index,
            None => {
                let index = u8::try_from(colours.len()).ok()?;
                colours.insert(colour, index);
                palette.extend_from_slice(&colour);
                index
            }
        };
        indices.push(index);
    }
    Some((indices, palette))
}

/// The picture reduced to 256 colours.
fn quantised(rgb: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let rgba: Vec<u8> = rgb
        .chunks_exact(3)
        .flat_map(|p| [p[0], p[1], p[2], 255])
        .collect();
    let quantiser = color_quant::NeuQuant::new(SAMPLE_FACTOR, 256, &rgba);
    // Runs of one colour are most of a slide: look each run up once.
    let mut last: Option<(&[u8], u8)> = None;
    let indices = rgba
        .chunks_exact(4)
        .map(|pixel| match last {
            Some((colour, index)) if colour == pixel => index,
            _ => {
                let index = u8::try_from(quantiser.index_of(pixel)).unwrap_or(u8::MAX);
                last = Some((pixel, index));
                index
            }
        })
        .collect();
    (indices, quantiser.color_map_rgb())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_of_few_colours_keeps_them_exactly() {
        let rgb = [1, 2, 3, 255, 255, 255, 1, 2, 3];
        let (indices, palette) = exact_palette(&rgb).unwrap_or_default();
        assert_eq!(indices, [0, 1, 0]);
        assert_eq!(palette, [1, 2, 3, 255, 255, 255]);
    }

    #[test]
    fn grey_ink_on_paper_is_written_as_16_greys_each_row_on_its_own_bytes() {
        let rgb = [
            255, 255, 255, 20, 20, 24, 90, 92, 100, 0, 0, 0, 255, 255, 255, 128, 128, 128,
        ];
        assert!(is_grey(&rgb));
        assert!(!is_grey(&[255, 255, 255, 40, 90, 200]));
        // Two rows of three pixels: each row's odd pixel fills a byte with 0.
        assert_eq!(grey4(&rgb, 3), [0xF1, 0x60, 0x0F, 0x80]);
    }

    #[test]
    fn a_picture_of_many_colours_is_reduced_to_256() {
        let rgb: Vec<u8> = (0..300u32 * 300)
            .flat_map(|i| [(i % 251) as u8, (i % 241) as u8, (i % 239) as u8])
            .collect();
        assert!(exact_palette(&rgb).is_none());
        let (indices, palette) = quantised(&rgb);
        assert_eq!(indices.len(), 300 * 300);
        assert_eq!(palette.len(), 256 * 3);
    }
}
