//! sco-explorer: explore the history of the Shanghai Cooperation Organisation.
//!
//! The crate has three layers:
//! - [`model`]: the RON dataset format, loading with precise errors, and derived
//!   queries such as "who was a member on this day". No egui.
//! - [`state`]: the view state (selection, date cursor, theme, zoom), one
//!   serialisable struct.
//! - the UI (`app` and `ui`), which draws a [`model::Dataset`] and edits the
//!   view state.

pub mod app;
pub mod commands;
pub mod export;
pub mod fonts;
pub mod generate;
pub mod map;
pub mod model;
pub mod screenshot;
pub mod state;
mod ui;
pub mod watch;
