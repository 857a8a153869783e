//! Headless rendering of the explorer to PNG, on the same path as the snapshot tests.
//!
//! The view is laid out by egui_kittest and rendered by wgpu on whatever
//! adapter is available, preferring a CPU rasteriser (Mesa's lavapipe), so
//! the output is the same pixels the snapshot tests compare.

use std::path::Path;

use egui_kittest::Harness;

use crate::app::ExplorerApp;

/// Why a screenshot could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ScreenshotError {
    /// No GPU or software renderer could be opened.
    #[error(
        "no graphics adapter is available for headless rendering ({0}). On Debian or Ubuntu install the Mesa software renderer: sudo apt-get install mesa-vulkan-drivers"
    )]
    NoAdapter(String),
    /// Rendering failed after the adapter was opened.
    #[error("rendering failed: {0}")]
    Render(String),
    /// The PNG could not be encoded or written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The output file.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

/// Size, scale and settling of a headless render.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RenderOptions {
    /// Window size in points.
    pub size: egui::Vec2,
    /// Pixels per point (2.0 renders a 2x image of the same layout).
    pub pixels_per_point: f32,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            size: egui::vec2(1280.0, 720.0),
            pixels_per_point: 1.0,
        }
    }
}

/// Opens the wgpu renderer that the snapshot tests use, or says why it cannot.
pub fn open_renderer() -> Result<egui_kittest::wgpu::WgpuTestRenderer, ScreenshotError> {
    let setup = egui_kittest::wgpu::default_wgpu_setup();
    let instance = pollster::block_on(setup.new_instance());
    let config = egui_wgpu::WgpuConfiguration {
        wgpu_setup: setup,
        ..Default::default()
    };
    let state = pollster::block_on(egui_wgpu::RenderState::create(
        &config,
        &instance,
        None,
        egui_wgpu::RendererOptions::PREDICTABLE,
    ))
    .map_err(|e| ScreenshotError::NoAdapter(e.to_string()))?;
    Ok(egui_kittest::wgpu::WgpuTestRenderer::from_render_state(
        state,
    ))
}

/// A test harness that draws `app`, sized and scaled as asked, with no pointer drawn.
pub fn harness_for(app: ExplorerApp, options: RenderOptions) -> Harness<'static, ExplorerApp> {
    let mut harness = Harness::builder()
        .with_size(options.size)
        .with_pixels_per_point(options.pixels_per_point)
        .with_context_setup(crate::fonts::install_fonts)
        .build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app);
    harness.set_render_cursor(false);
    harness
}

/// Renders `app` to an image, as the window would show it.
pub fn render_app(
    app: ExplorerApp,
    options: RenderOptions,
) -> Result<image::RgbaImage, ScreenshotError> {
    let renderer = open_renderer()?;
    let mut harness = Harness::builder()
        .with_size(options.size)
        .with_pixels_per_point(options.pixels_per_point)
        .renderer(renderer)
        .with_context_setup(crate::fonts::install_fonts)
        .build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app);
    harness.set_render_cursor(false);
    // The first passes settle layout (panel sizes, plot bounds); errors here mean
    // something keeps requesting repaints, which a still image does not care about.
    harness.try_run().ok();
    harness.render().map_err(ScreenshotError::Render)
}

/// Writes an RGBA image as PNG, atomically.
pub fn save_png(image: &image::RgbaImage, path: &Path) -> Result<(), ScreenshotError> {
    let write_error = |source| ScreenshotError::Write {
        path: path.display().to_string(),
        source,
    };
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| write_error(std::io::Error::other(e)))?;
    crate::export::write_atomically(path, &bytes).map_err(write_error)
}

/// Writes an egui screenshot (from `ViewportCommand::Screenshot`) as PNG, atomically.
pub fn save_color_image(image: &egui::ColorImage, path: &Path) -> Result<(), ScreenshotError> {
    let [width, height] = image.size;
    let pixels: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let rgba = u32::try_from(width)
        .ok()
        .zip(u32::try_from(height).ok())
        .and_then(|(w, h)| image::RgbaImage::from_raw(w, h, pixels))
        .ok_or_else(|| {
            ScreenshotError::Render("the screenshot has an impossible size".to_owned())
        })?;
    save_png(&rgba, path)
}
