//! PNG files of the app's views: encoding and atomic writing, shared by the
//! window's "Save view as PNG" and the `screenshot` command.

use std::path::Path;

/// Why a PNG could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PngError {
    /// The image has a size no PNG can have.
    #[error("the image has an impossible size ({0}x{1})")]
    Size(usize, usize),
    /// Encoding failed.
    #[error("cannot encode the PNG: {0}")]
    Encode(#[from] image::ImageError),
    /// Writing the file failed.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The output file.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

/// Encodes an RGBA image as PNG bytes.
pub fn encode_png(image: &image::RgbaImage) -> Result<Vec<u8>, PngError> {
    let mut bytes = Vec::new();
    image.write_to(
        &mut std::io::Cursor::new(&mut bytes),
        image::ImageFormat::Png,
    )?;
    Ok(bytes)
}

/// Writes an RGBA image as PNG, atomically; with `view_code`, the PNG carries
/// it in a text chunk (keyword `sco-explorer-view`), so the saved view is also a bookmark.
pub fn save_png(
    image: &image::RgbaImage,
    path: &Path,
    view_code: Option<&str>,
) -> Result<(), PngError> {
    let mut bytes = encode_png(image)?;
    if let Some(code) = view_code {
        bytes = with_text_chunk(&bytes, crate::view_code::PNG_KEYWORD, code);
    }
    crate::export::write_atomically(path, &bytes).map_err(|source| PngError::Write {
        path: path.display().to_string(),
        source,
    })
}

/// An egui screenshot (from `ViewportCommand::Screenshot`) as an RGBA image.
pub fn rgba_from_color_image(image: &egui::ColorImage) -> Result<image::RgbaImage, PngError> {
    let [width, height] = image.size;
    let pixels: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(egui::Color32::to_array)
        .collect();
    u32::try_from(width)
        .ok()
        .zip(u32::try_from(height).ok())
        .and_then(|(w, h)| image::RgbaImage::from_raw(w, h, pixels))
        .ok_or(PngError::Size(width, height))
}

/// The eight bytes every PNG starts with.
const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The PNG with a `tEXt` chunk (`keyword`, `text`) right after its header
/// chunk; bytes that are not a PNG come back unchanged.
pub fn with_text_chunk(png: &[u8], keyword: &str, text: &str) -> Vec<u8> {
    // The header chunk: 4 bytes length, "IHDR", 13 bytes of data, 4 bytes CRC.
    let after_header = SIGNATURE.len() + 4 + 4 + 13 + 4;
    if !png.starts_with(SIGNATURE) || png.get(12..16) != Some(b"IHDR".as_slice()) {
        return png.to_vec();
    }
    let Some((head, rest)) = png.split_at_checked(after_header) else {
        return png.to_vec();
    };
    let mut data = Vec::with_capacity(keyword.len() + 1 + text.len());
    data.extend_from_slice(keyword.as_bytes());
    data.push(0);
    data.extend_from_slice(text.as_bytes());
    let Ok(length) = u32::try_from(data.len()) else {
        return png.to_vec();
    };
    let mut crc = crc32fast::Hasher::new();
    crc.update(b"tEXt");
    crc.update(&data);
    let mut out = Vec::with_capacity(png.len() + data.len() + 12);
    out.extend_from_slice(head);
    out.extend_from_slice(&length.to_be_bytes());
    out.extend_from_slice(b"tEXt");
    out.extend_from_slice(&data);
    out.extend_from_slice(&crc.finalize().to_be_bytes());
    out.extend_from_slice(rest);
    out
}

/// The text of a PNG's `tEXt` chunk with this keyword, if it has one.
pub fn read_text_chunk(png: &[u8], keyword: &str) -> Option<String> {
    if !png.starts_with(SIGNATURE) {
        return None;
    }
    let mut at = SIGNATURE.len();
    while let Some(length_bytes) = png.get(at..at + 4) {
        let length = usize::try_from(u32::from_be_bytes(length_bytes.try_into().ok()?)).ok()?;
        let kind = png.get(at + 4..at + 8)?;
        let end = at.checked_add(8)?.checked_add(length)?;
        let data = png.get(at + 8..end)?;
        if kind == b"tEXt"
            && let Some(zero) = data.iter().position(|&b| b == 0)
            && data.get(..zero) == Some(keyword.as_bytes())
        {
            return String::from_utf8(data.get(zero + 1..)?.to_vec()).ok();
        }
        if kind == b"IEND" {
            return None;
        }
        at = end.checked_add(4)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_code_written_into_a_png_reads_back_and_the_image_still_decodes() {
        let image = image::RgbaImage::from_pixel(3, 2, image::Rgba([10, 20, 30, 255]));
        let plain = encode_png(&image).unwrap();
        assert_eq!(read_text_chunk(&plain, "sco-explorer-view"), None);
        let code = "sx1~b:sco~-~2017-06-09~t~-~-~-~en~-";
        let tagged = with_text_chunk(&plain, "sco-explorer-view", code);
        assert_eq!(
            read_text_chunk(&tagged, "sco-explorer-view").as_deref(),
            Some(code)
        );
        assert_eq!(read_text_chunk(&tagged, "other"), None);
        let decoded = image::load_from_memory(&tagged).unwrap().to_rgba8();
        assert_eq!(decoded, image);
        // Not a PNG: nothing found, nothing changed, no panic.
        assert_eq!(read_text_chunk(b"hello", "sco-explorer-view"), None);
        assert_eq!(with_text_chunk(b"hello", "k", "v"), b"hello");
    }
}
