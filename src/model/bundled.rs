//! The datasets that ship inside the program (`assets/*.ron`, embedded at
//! build time): the SCO, shown at first, ASEAN, BRICS and the CSTO.

use super::Dataset;
use super::error::LoadError;
use super::load::load_str;

/// Display name of the dataset that ships inside the program.
pub const BUNDLED_NAME: &str = "sco.ron (bundled)";

/// The SCO dataset, embedded at build time.
pub const BUNDLED_RON: &str = include_str!("../../assets/sco.ron");

/// A dataset that ships inside the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bundled {
    /// Short name for `--dataset NAME`, e.g. "sco".
    pub name: &'static str,
    /// The organisation's short name, for the dataset switcher, e.g. "SCO".
    pub label: &'static str,
    /// Display name, as a file name would be shown.
    pub display_name: &'static str,
    /// The RON text.
    pub text: &'static str,
}

/// Every bundled dataset; the first is the one a fresh start shows.
pub const BUNDLED: &[Bundled] = &[
    Bundled {
        name: "sco",
        label: "SCO",
        display_name: BUNDLED_NAME,
        text: BUNDLED_RON,
    },
    Bundled {
        name: "asean",
        label: "ASEAN",
        display_name: "asean.ron (bundled)",
        text: include_str!("../../assets/asean.ron"),
    },
    Bundled {
        name: "brics",
        label: "BRICS",
        display_name: "brics.ron (bundled)",
        text: include_str!("../../assets/brics.ron"),
    },
    Bundled {
        name: "csto",
        label: "CSTO",
        display_name: "csto.ron (bundled)",
        text: include_str!("../../assets/csto.ron"),
    },
];

/// Loads the dataset embedded in the program that a fresh start shows (the SCO).
pub fn load_bundled() -> Result<Dataset, LoadError> {
    load_str(BUNDLED_NAME, BUNDLED_RON)
}

/// The bundled dataset with this short name ("sco", "asean").
pub fn find_bundled(name: &str) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|b| b.name.eq_ignore_ascii_case(name))
}

impl Bundled {
    /// Loads this bundled dataset.
    pub fn load(&self) -> Result<Dataset, LoadError> {
        load_str(self.display_name, self.text)
    }
}

/// Every bundled dataset that loads (all of them: tests check each one).
pub fn bundled_datasets() -> Vec<Dataset> {
    BUNDLED.iter().filter_map(|b| b.load().ok()).collect()
}
