//! What the timeline draws, computed once per dataset as plain numbers (no
//! plotting types): one lane of markers per kind of event plus a lane of
//! status changes, each sorted by date, and the step lines of the counts plot.

use crate::lang::Lang;
use crate::model::{Dataset, year_f64_from_date};
use crate::state::ViewState;
use crate::tr;

/// Vertical position of the status-change lane; event lanes sit above it.
pub const STATUS_LANE_Y: f64 = 0.0;
/// Room above the top lane and below the status lane, in lanes.
const Y_MARGIN: f64 = 0.6;

/// The y of the lane of the kind with index `kind` among `kinds` kinds: the
/// first kind is the top lane, the status changes are at 0.
pub fn lane_y(kind: usize, kinds: usize) -> f64 {
    kinds.saturating_sub(kind) as f64
}

/// A marker on the plot: an event, or a country's change of status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark {
    /// An event, by index.
    Event(usize),
    /// The start of a status period: country index and period index.
    Status(usize, usize),
}

/// One lane: the index of its event kind (`None` for status changes) and its
/// markers sorted by x.
pub type Lane = (Option<usize>, Vec<(f64, Mark)>);

/// Marker positions computed once per dataset: per lane, sorted by x.
#[derive(Clone, Debug, Default)]
pub struct TimelineData {
    /// Event lanes in the dataset's kind order, then the status lane; each sorted by x.
    pub lanes: Vec<Lane>,
    /// Each lane's y and its kind (`None`: the status lane), top first, the
    /// status lane last; [`TimelineData::lane_titles`] names them.
    pub lane_labels: Vec<(f64, Option<usize>)>,
    /// The y range that shows every lane.
    pub y_range: (f64, f64),
    /// The kinds' ids, in lane order (to match the view's filter).
    pub kind_ids: Vec<String>,
    /// The whole history with a margin, in fractional years.
    pub home: (f64, f64),
    /// Step line of members over time.
    pub members_line: Vec<[f64; 2]>,
    /// Step line of observers and partners over time.
    pub partners_line: Vec<[f64; 2]>,
    /// Largest count, for the y range of the counts plot.
    pub max_count: usize,
    /// Largest member count (compare mode scales the counts plot to the other
    /// organisation's members too).
    pub max_members: usize,
}

impl TimelineData {
    /// Computes marker positions and count lines for a dataset.
    pub fn new(dataset: &Dataset) -> Self {
        let file = dataset.file();
        let kinds = dataset.kinds();
        let mut lanes: Vec<Lane> = (0..kinds.len()).map(|k| (Some(k), Vec::new())).collect();
        for &e in dataset.events_in_time_order() {
            let (Some(event), Some(kind)) = (file.events.get(e), dataset.kind_index_of_event(e))
            else {
                continue;
            };
            if let Some((_, lane)) = lanes.get_mut(kind) {
                lane.push((event.start.as_year_f64(), Mark::Event(e)));
            }
        }
        let mut lane_labels: Vec<(f64, Option<usize>)> = (0..kinds.len())
            .map(|k| (lane_y(k, kinds.len()), Some(k)))
            .collect();
        lane_labels.push((STATUS_LANE_Y, None));
        let y_range = (STATUS_LANE_Y - Y_MARGIN, lane_y(0, kinds.len()) + Y_MARGIN);
        let mut status_lane = Vec::new();
        for (c, country) in file.countries.iter().enumerate() {
            for (p, period) in country.statuses.iter().enumerate() {
                status_lane.push((period.from.as_year_f64(), Mark::Status(c, p)));
            }
        }
        status_lane.sort_by(|a, b| a.0.total_cmp(&b.0));
        lanes.push((None, status_lane));

        let first = year_f64_from_date(dataset.first_day());
        let last = year_f64_from_date(dataset.last_day());
        let home = home_range(first, last);

        let mut members_line = Vec::new();
        let mut partners_line = Vec::new();
        let mut max_count = 0;
        let mut max_members = 0;
        let (mut members, mut partners) = (0.0, 0.0);
        for (day, counts) in dataset.count_steps() {
            let x = year_f64_from_date(*day);
            let (m, p) = (counts.core(), counts.others());
            members_line.extend([[x, members], [x, m as f64]]);
            partners_line.extend([[x, partners], [x, p as f64]]);
            (members, partners) = (m as f64, p as f64);
            max_count = max_count.max(m).max(p);
            max_members = max_members.max(m);
        }
        members_line.push([home.1, members]);
        partners_line.push([home.1, partners]);
        Self {
            lanes,
            lane_labels,
            y_range,
            kind_ids: kinds.iter().map(|k| k.id.to_string()).collect(),
            home,
            members_line,
            partners_line,
            max_count,
            max_members,
        }
    }

    /// Whether the lane of kind index `kind` is shown.
    pub fn shows(&self, view: &ViewState, kind: usize) -> bool {
        self.kind_ids
            .get(kind)
            .is_none_or(|id| view.kinds.shows(id))
    }

    /// The y of a kind's lane.
    pub fn lane_y(&self, kind: usize) -> f64 {
        lane_y(kind, self.kind_ids.len())
    }

    /// The lanes' titles in `lang` with their y, top first: the kinds' plural
    /// labels, then the status lane's.
    pub fn lane_titles(&self, dataset: &Dataset, lang: Lang) -> Vec<(f64, String)> {
        self.lane_labels
            .iter()
            .map(|&(y, kind)| {
                let title = match kind {
                    Some(k) => dataset
                        .kinds()
                        .get(k)
                        .map_or_else(String::new, |def| def.plural.text(lang).to_owned()),
                    None => tr!(lang, "timeline-status-lane"),
                };
                (y, title)
            })
            .collect()
    }
}

/// The whole history with a year's margin on each side, in fractional years:
/// what Home and a fresh start show.
pub fn home_range(first_year: f64, last_year: f64) -> (f64, f64) {
    (first_year.floor() - 1.0, last_year.ceil() + 1.0)
}
