//! sco-explorer: explore the history of the Shanghai Cooperation Organisation.
//!
//! The crate has three layers:
//! - [`model`]: the RON dataset format, loading with precise errors, and derived
//!   queries such as "who was a member on this day". No egui.
//! - [`state`]: the view state (selection, date cursor, theme, zoom), one
//!   serialisable struct.
//! - the UI: [`app`] owns the session and applies every [`actions::Action`];
//!   `ui` has one file per panel, each drawing a [`model::Dataset`] and
//!   editing the view state.
//!
//! Around them: [`session`] (the loaded file, its watch and errors),
//! [`scenes`] (the named views shared by snapshots, `screenshot` and benches),
//! [`commands`] (the command line), and the writers [`export`] and [`png`].

pub mod actions;
pub mod app;
pub mod commands;
pub mod derived;
pub mod dist_files;
pub mod export;
pub mod fonts;
pub mod generate;
#[cfg(feature = "screenshot")]
pub mod headless;
pub mod i18n;
pub mod lang;
pub mod map;
pub mod model;
pub mod notice;
pub mod on_screen;
pub mod pdf;
pub mod png;
pub mod quiz;
pub mod rng;
pub mod session;
pub mod state;
pub mod stored_state;
mod ui;
pub mod view_code;
pub mod watch;

#[cfg(feature = "screenshot")]
pub use headless::{handout, scenes, screenshot};
