//! Rendering without a window: the named scenes (shared by the snapshot suite,
//! `screenshot` and the benches), the PNG renderer, and tour handouts as PDF.
//! It sits above the app (it drives `ExplorerApp` on egui_kittest's wgpu
//! renderer), behind the `screenshot` feature; the app reaches the handout
//! writer only through the function the window is given at start
//! ([`crate::app::HandoutPrinter`]).

pub mod handout;
mod lesson_handout;
mod lesson_scenes;
mod paper;
mod printer;
mod quiz_scenes;
mod scene;
mod scene_setups;
pub mod scenes;
pub mod screenshot;
mod text_layer;
