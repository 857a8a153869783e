//! What the panels need from a dataset, worked out once when it is loaded
//! (off the UI thread for a background load), as plain data: no egui types,
//! so the session can hold it and tests can check it without a window.

pub mod search;
pub mod timeline;

use std::sync::Arc;

use crate::model::{Dataset, SearchIndex};

/// Data derived from a dataset once, when it is loaded.
#[derive(Clone, Debug)]
pub struct DerivedView {
    /// Marker positions of the timeline, per lane, and the counts' step lines.
    pub timeline: timeline::TimelineData,
    /// Every record's searchable texts in lower case (shared with search threads).
    pub search: Arc<SearchIndex>,
}

impl DerivedView {
    /// Computes everything the panels need from a dataset.
    pub fn new(dataset: &Dataset) -> Self {
        Self {
            timeline: timeline::TimelineData::new(dataset),
            search: Arc::new(SearchIndex::new(dataset)),
        }
    }
}
