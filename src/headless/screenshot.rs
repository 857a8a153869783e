//! Headless rendering of the explorer to PNG, on the same path as the snapshot tests.
//!
//! The view is laid out by egui_kittest and rendered by wgpu on whatever
//! adapter is available, preferring a CPU rasteriser (Mesa's lavapipe), so
//! the output is the same pixels the snapshot tests compare.

use egui_kittest::Harness;

use crate::app::ExplorerApp;
use crate::headless::scenes::{Panel, Scene};
use crate::model::LoadError;

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
    /// The image would be larger than the renderer can draw; the message says by how much.
    #[error("{0}")]
    TooLarge(String),
    /// The PNG could not be encoded or written.
    #[error(transparent)]
    Png(#[from] crate::png::PngError),
}

/// Size, scale and settling of a headless render.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RenderOptions {
    /// Window size in points.
    pub size: egui::Vec2,
    /// Pixels per point (2.0 renders a 2x image of the same layout).
    pub pixels_per_point: f32,
}

impl RenderOptions {
    /// A window of `width` x `height` points at 1x.
    pub fn sized((width, height): (f32, f32)) -> Self {
        Self {
            size: egui::vec2(width, height),
            pixels_per_point: 1.0,
        }
    }
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self::sized((1280.0, 720.0))
    }
}

/// Opens the wgpu device that the snapshot tests use, or says why it cannot.
/// One device serves any number of harnesses (a handout's slides and pages).
pub fn open_render_state() -> Result<egui_wgpu::RenderState, ScreenshotError> {
    let setup = egui_kittest::wgpu::default_wgpu_setup();
    let instance = pollster::block_on(setup.new_instance());
    let config = egui_wgpu::WgpuConfiguration {
        wgpu_setup: setup,
        ..Default::default()
    };
    pollster::block_on(egui_wgpu::RenderState::create(
        &config,
        &instance,
        None,
        egui_wgpu::RendererOptions::PREDICTABLE,
    ))
    .map_err(|e| ScreenshotError::NoAdapter(e.to_string()))
}

/// A renderer of its own on `state`'s device: kittest wants a fresh egui
/// renderer per harness (its font texture), but the device, the slow part to
/// open on a software rasteriser, can be shared.
pub fn renderer_on(state: &egui_wgpu::RenderState) -> egui_kittest::wgpu::WgpuTestRenderer {
    let renderer = egui_wgpu::Renderer::new(
        &state.device,
        state.target_format,
        egui_wgpu::RendererOptions::PREDICTABLE,
    );
    egui_kittest::wgpu::WgpuTestRenderer::from_render_state(egui_wgpu::RenderState {
        renderer: std::sync::Arc::new(egui::mutex::RwLock::new(renderer)),
        ..state.clone()
    })
}

/// Opens the wgpu renderer that the snapshot tests use, or says why it cannot.
pub fn open_renderer() -> Result<egui_kittest::wgpu::WgpuTestRenderer, ScreenshotError> {
    Ok(egui_kittest::wgpu::WgpuTestRenderer::from_render_state(
        open_render_state()?,
    ))
}

/// A harness that draws `app` (or one of its panels), sized and scaled as
/// asked, with no pointer drawn, on `renderer` or kittest's default.
fn build_harness(
    app: ExplorerApp,
    options: RenderOptions,
    panel: Option<Panel>,
    renderer: Option<egui_kittest::wgpu::WgpuTestRenderer>,
) -> Harness<'static, ExplorerApp> {
    let mut builder = Harness::builder()
        .with_size(options.size)
        .with_pixels_per_point(options.pixels_per_point)
        .with_context_setup(crate::fonts::install_fonts);
    if let Some(renderer) = renderer {
        // A rendering for the user (`screenshot`), of any dataset: a character no
        // font has is drawn as a box, as in the window. The test harnesses keep
        // kittest's panic, so a bundled string without a glyph fails a test.
        builder = builder.renderer(renderer).allow_missing_glyphs();
    }
    let mut harness = match panel {
        None => builder.build_ui_state(|ui, app: &mut ExplorerApp| app.ui(ui), app),
        Some(panel) => builder.build_ui_state(
            move |ui, app: &mut ExplorerApp| app.panel_ui(ui, panel),
            app,
        ),
    };
    harness.set_render_cursor(false);
    harness
}

/// A test harness that draws the whole `app`, sized and scaled as asked, with no pointer drawn.
pub fn harness_for(app: ExplorerApp, options: RenderOptions) -> Harness<'static, ExplorerApp> {
    build_harness(app, options, None, None)
}

/// A test harness showing a named scene, run until it settles.
pub fn harness_for_scene(scene: &Scene) -> Result<Harness<'static, ExplorerApp>, LoadError> {
    let mut harness = build_harness(scene.app()?, scene.render_options(), scene.panel, None);
    harness.run();
    Ok(harness)
}

/// Renders `app` (or one panel of it) to an image, as the window would show it.
pub fn render_app(
    app: ExplorerApp,
    options: RenderOptions,
    panel: Option<Panel>,
) -> Result<image::RgbaImage, ScreenshotError> {
    render_app_with_code(app, options, panel).map(|(image, _)| image)
}

/// [`render_app`], and the view code of what was rendered (after the scene's
/// queued actions, such as stepping to a slide, took effect).
pub fn render_app_with_code(
    app: ExplorerApp,
    options: RenderOptions,
    panel: Option<Panel>,
) -> Result<(image::RgbaImage, String), ScreenshotError> {
    check_render_size(options).map_err(ScreenshotError::TooLarge)?;
    let renderer = open_renderer()?;
    let mut harness = build_harness(app, options, panel, Some(renderer));
    // The first passes settle layout (panel sizes, plot bounds); errors here mean
    // something keeps requesting repaints, which a still image does not care about.
    harness.try_run().ok();
    let code = harness.state().view_code().encode();
    let image = harness.render().map_err(ScreenshotError::Render)?;
    Ok((image, code))
}

/// Widest or highest image in pixels: the largest texture side wgpu guarantees.
pub const MAX_IMAGE_SIDE: f32 = 8192.0;

/// Largest image area in pixels (4096 x 4096, 64 MiB of RGBA): the software
/// renderer takes minutes beyond this, and the image is held in memory twice.
pub const MAX_IMAGE_PIXELS: f32 = 4096.0 * 4096.0;

/// Refuses, before anything is rendered, a scale or an image size the renderer cannot make.
pub fn check_render_size(options: RenderOptions) -> Result<(), String> {
    let scale = options.pixels_per_point;
    if !(0.5..=4.0).contains(&scale) {
        return Err("--scale must be between 0.5 and 4".to_owned());
    }
    // Rounded up, as the renderer rounds a fractional pixel size.
    let (width, height) = (
        (options.size.x * scale).ceil(),
        (options.size.y * scale).ceil(),
    );
    if !(width.is_finite() && height.is_finite())
        || width > MAX_IMAGE_SIDE
        || height > MAX_IMAGE_SIDE
        || width * height > MAX_IMAGE_PIXELS
    {
        return Err(format!(
            "--size {}x{} at --scale {scale} is a {width}x{height} pixel image; screenshots may be at most {MAX_IMAGE_SIDE} pixels wide or high and {MAX_IMAGE_PIXELS} pixels (4096x4096) in all: lower --size or --scale",
            options.size.x, options.size.y
        ));
    }
    Ok(())
}

impl Scene {
    /// The size and scale this scene is rendered at.
    pub fn render_options(&self) -> RenderOptions {
        RenderOptions {
            size: egui::vec2(self.size.0, self.size.1),
            pixels_per_point: self.pixels_per_point,
        }
    }
}
