//! The timeline's date axis, as pure functions of numbers: the visible range
//! (zoom, pan and their limits), the year grid and its labels.
//!
//! Dates on the axis are fractional years (2013.5 is about 1 July 2013). The
//! visible range is owned by the view state (`ViewState::timeline_range`);
//! these functions compute the next range from the current one, so any input
//! (wheel, keys, buttons) and any remembered value end up inside the same limits.

use egui_plot::{GridInput, GridMark, Plot};

use chrono::Datelike as _;

use crate::i18n::{Lang, dates};
use crate::model::date_from_year_f64;

pub use crate::state::{MAX_SPAN_YEARS, MIN_SPAN_YEARS};
/// How much one press of `+` / `−` (or one click of the buttons) zooms.
pub const ZOOM_STEP: f64 = 1.5;
/// Labels on the date axis are at least this many points apart.
const LABEL_SPACING_POINTS: f64 = 70.0;
/// Unlabelled grid lines are at least this many points apart.
const MINOR_SPACING_POINTS: f64 = 12.0;
/// More grid lines than this are never drawn, whatever the range.
const MAX_GRID_MARKS: f64 = 5000.0;
/// Grid steps in years, from a month to twenty millennia: a dataset may
/// run from year 0 to 9999 (a century was the largest step, and a hundred
/// labels 5 points apart were all hidden, leaving the axis bare).
const STEPS: [f64; 15] = [
    1.0 / 12.0,
    0.25,
    1.0,
    2.0,
    5.0,
    10.0,
    20.0,
    50.0,
    100.0,
    200.0,
    500.0,
    1000.0,
    2000.0,
    5000.0,
    20_000.0,
];

/// A range made safe to show: finite, in order, between one day and two
/// centuries wide, and centred within the dataset's `home` range. Anything
/// unusable (NaN, infinite, reversed) gives `home`.
pub fn clamp_range(range: (f64, f64), home: (f64, f64)) -> (f64, f64) {
    let (min, max) = range;
    if !(min.is_finite() && max.is_finite() && min < max) {
        return home;
    }
    let span = (max - min).clamp(MIN_SPAN_YEARS, MAX_SPAN_YEARS);
    let center = ((min + max) / 2.0).clamp(home.0, home.1);
    (center - span / 2.0, center + span / 2.0)
}

/// Zooms `range` by `factor` (> 1 zooms out) keeping `anchor` at the same
/// place on screen (the date cursor, or the point under the mouse).
pub fn zoom_range(range: (f64, f64), anchor: f64, factor: f64, home: (f64, f64)) -> (f64, f64) {
    let (min, max) = clamp_range(range, home);
    let span = max - min;
    let new_span = (span * factor).clamp(MIN_SPAN_YEARS, MAX_SPAN_YEARS);
    let anchor = anchor.clamp(min, max);
    let left = anchor - (anchor - min) / span * new_span;
    clamp_range((left, left + new_span), home)
}

/// Moves `range` by `years` (positive moves later in time).
pub fn pan_range(range: (f64, f64), years: f64, home: (f64, f64)) -> (f64, f64) {
    let (min, max) = clamp_range(range, home);
    if !years.is_finite() {
        return (min, max);
    }
    clamp_range((min + years, max + years), home)
}

/// Labelled (major) and unlabelled (minor) grid steps for a span of `span`
/// years drawn `width` points wide.
pub fn grid_steps(span: f64, width: f32) -> (f64, f64) {
    let per_point = span.abs() / f64::from(width.max(1.0));
    let major = STEPS
        .iter()
        .copied()
        .find(|&step| step >= per_point * LABEL_SPACING_POINTS)
        .unwrap_or(STEPS[STEPS.len() - 1]);
    let minor = STEPS
        .iter()
        .copied()
        .rev()
        .find(|&step| step < major && step >= per_point * MINOR_SPACING_POINTS)
        .unwrap_or(major);
    (major, minor)
}

/// Grid marks on whole years (or months when zoomed in), with labelled major
/// steps. Safe for any bounds: too many marks, or bounds that are not finite,
/// give no marks rather than a huge allocation.
pub fn year_grid(input: &GridInput, width: f32) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let (major, minor) = grid_steps(max - min, width);
    let first = (min / minor).floor();
    let last = (max / minor).ceil();
    if !(first.is_finite() && last.is_finite()) || last - first > MAX_GRID_MARKS || last < first {
        return Vec::new();
    }
    // Both are whole numbers within MAX_GRID_MARKS of each other here.
    let count = (last - first) as usize;
    (0..=count)
        .map(|i| {
            let value = (first + i as f64) * minor;
            let on_major = ((value / major).round() * major - value).abs() < 1e-6;
            GridMark {
                value,
                step_size: if on_major { major } else { minor },
            }
        })
        .collect()
}

/// "2013" on whole years, "Jul" on months when the labelled step is below a year.
/// In `lang`: Chinese writes "2013年" and "7月".
pub fn year_label(mark: GridMark, major: f64, lang: Lang) -> String {
    if mark.step_size < major - 1e-9 {
        return String::new();
    }
    if (mark.value - mark.value.round()).abs() < 1e-6 {
        #[expect(clippy::cast_possible_truncation, reason = "a whole year on the axis")]
        dates::axis_year(lang, mark.value.round() as i32)
    } else {
        date_from_year_f64(mark.value + 1e-6)
            .map_or_else(String::new, |d| dates::month_short(lang, d.month()))
    }
}

/// Lane titles are at least this many points apart; closer ones are thinned.
const LANE_LABEL_SPACING_POINTS: f32 = 18.0;

/// Which lanes get a title on a plot `height` points tall: every `n`-th
/// (and always the last, the status lane). With about a hundred kinds every
/// title was a few points from the next and the plot hid them all.
pub fn lane_label_every(lanes: usize, height: f32) -> usize {
    #[expect(clippy::cast_precision_loss, reason = "a count of lanes")]
    let wanted = lanes as f32 * LANE_LABEL_SPACING_POINTS / height.max(1.0);
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a small positive ratio, rounded up"
    )]
    let every = wanted.ceil() as usize;
    every.max(1)
}

/// The plot both the timeline and the counts plot draw on: years on a shared
/// x axis, no zoom or drag of its own (the view state owns the range).
pub(super) fn axis_plot(
    id: &str,
    (height, width): (f32, f32),
    axis_width: f32,
    range: (f64, f64),
    lang: Lang,
) -> Plot<'static> {
    let (major, _) = grid_steps(range.1 - range.0, width);
    Plot::new(id.to_owned())
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .x_grid_spacer(move |input| year_grid(&input, width))
        .x_axis_formatter(move |mark, _| year_label(mark, major, lang))
        .y_axis_min_width(axis_width)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOME: (f64, f64) = (1995.0, 2026.0);

    fn span((min, max): (f64, f64)) -> f64 {
        max - min
    }

    #[test]
    fn zooming_out_forever_stops_at_two_centuries() {
        let mut range = HOME;
        for _ in 0..1000 {
            range = zoom_range(range, 2010.0, ZOOM_STEP, HOME);
        }
        assert!((span(range) - MAX_SPAN_YEARS).abs() < 1e-6, "{range:?}");
    }

    #[test]
    fn zooming_in_forever_stops_at_one_day() {
        let mut range = HOME;
        for _ in 0..1000 {
            range = zoom_range(range, 2010.0, 1.0 / ZOOM_STEP, HOME);
        }
        assert!((span(range) - MIN_SPAN_YEARS).abs() < 1e-9, "{range:?}");
        assert!(range.0 <= 2010.0 && 2010.0 <= range.1);
    }

    #[test]
    fn zoom_keeps_the_anchor_in_place() {
        let range = zoom_range((2000.0, 2020.0), 2005.0, 0.5, HOME);
        assert_eq!(range, (2002.5, 2012.5));
    }

    #[test]
    fn absurd_ranges_are_repaired() {
        assert_eq!(clamp_range((f64::NAN, 2000.0), HOME), HOME);
        assert_eq!(clamp_range((2010.0, 2000.0), HOME), HOME);
        assert_eq!(clamp_range((f64::NEG_INFINITY, f64::INFINITY), HOME), HOME);
        let huge = clamp_range((-1e300, 1e300), HOME);
        assert!(span(huge) <= MAX_SPAN_YEARS && huge.0 < 2026.0 && huge.1 > 1995.0);
        let far = pan_range((2000.0, 2010.0), 1e12, HOME);
        assert!((far.0 + far.1) / 2.0 <= HOME.1);
    }

    #[test]
    fn grid_is_safe_for_any_bounds() {
        for bounds in [
            (-1e300, 1e300),
            (f64::NEG_INFINITY, 0.0),
            (f64::NAN, 1.0),
            (2000.0, 1990.0),
        ] {
            let marks = year_grid(
                &GridInput {
                    bounds,
                    base_step_size: 1.0,
                },
                800.0,
            );
            assert!(marks.len() <= MAX_GRID_MARKS as usize + 1);
        }
    }

    #[test]
    fn crowded_lanes_are_titled_every_few() {
        assert_eq!(lane_label_every(6, 350.0), 1);
        assert_eq!(lane_label_every(100, 350.0), 6);
        assert_eq!(lane_label_every(0, 0.0), 1);
    }

    #[test]
    fn ten_millennia_get_labels_a_few_apart() {
        // Events in year 1 and year 9999, the whole history shown 490 points wide.
        let (major, _) = grid_steps(9999.0, 490.0);
        assert_eq!(major, 2000.0);
        let marks = year_grid(
            &GridInput {
                bounds: (0.0, 10_000.0),
                base_step_size: 1.0,
            },
            490.0,
        );
        let labelled: Vec<String> = marks
            .iter()
            .map(|&m| year_label(m, major, Lang::En))
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(labelled, ["0", "2000", "4000", "6000", "8000", "10000"]);
    }

    #[test]
    fn grid_labels_whole_years_or_months() {
        let (major, minor) = grid_steps(30.0, 900.0);
        assert_eq!((major, minor), (5.0, 2.0));
        let marks = year_grid(
            &GridInput {
                bounds: (2000.0, 2010.0),
                base_step_size: 1.0,
            },
            900.0,
        );
        let labels: Vec<String> = marks
            .iter()
            .map(|&m| year_label(m, grid_steps(10.0, 900.0).0, Lang::En))
            .filter(|l| !l.is_empty())
            .collect();
        assert!(labels.contains(&"2005".to_owned()), "{labels:?}");
        let (major, _) = grid_steps(0.5, 900.0);
        assert!(major < 1.0);
        let july = GridMark {
            value: 2013.5,
            step_size: major,
        };
        assert_eq!(year_label(july, major, Lang::En), "Jul");
        assert_eq!(year_label(july, major, Lang::Zh), "7月");
    }
}
