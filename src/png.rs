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

/// Writes an RGBA image as PNG, atomically.
pub fn save_png(image: &image::RgbaImage, path: &Path) -> Result<(), PngError> {
    let bytes = encode_png(image)?;
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
