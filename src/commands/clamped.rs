//! `screenshot`'s `--as-of` and `--step` brought inside what the dataset has.
//!
//! A date before the organisation's first day or a step past the tour's end
//! cannot be shown as asked; the nearest that can is shown instead, and a
//! note on stderr says so (it used to happen silently, so the image did not
//! show what the command line said and nothing told why).

use chrono::NaiveDate;

use crate::app::ExplorerApp;

/// The day to show for `--as-of DAY`, and a note if it is not `day`.
pub(super) fn as_of_within(app: &ExplorerApp, day: NaiveDate) -> (NaiveDate, Option<String>) {
    let (first, last) = crate::model::date_span(app.dataset(), app.compared());
    let shown = day.clamp(first, last);
    let note = (shown != day).then(|| {
        format!("--as-of {day} is outside the dataset's dates ({first} to {last}); showing {shown}")
    });
    (shown, note)
}

/// The step to show (from 0) for `--step STEP` (from 1) in the chosen tour,
/// and a note if it is not `step`.
pub(super) fn step_within(app: &ExplorerApp, step: usize) -> (usize, Option<String>) {
    let steps = app
        .dataset()
        .presentation_len(app.view.tour.as_deref())
        .max(1);
    let shown = step.clamp(1, steps);
    let note = (shown != step).then(|| {
        format!("--step {step} is outside the tour's steps (1 to {steps}); showing step {shown}")
    });
    (shown - 1, note)
}
