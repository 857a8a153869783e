//! How the named scenes set the app up: the date, the theme, the tab, a
//! selection, a map region, a tour step, for the named scenes.

use chrono::NaiveDate;

use crate::actions::Action;
use crate::app::ExplorerApp;
use crate::i18n::Lang;
use crate::state::{CentralView, QuizMode, ThemeChoice};

pub(super) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Selects an event id or a country code; an event also moves the date to its start.
pub(super) fn select(app: &mut ExplorerApp, id: &str) {
    if let Some(target) = app.dataset().resolve(id) {
        app.select(target);
    }
}

pub(super) fn map_on(app: &mut ExplorerApp, theme: ThemeChoice, as_of: NaiveDate) {
    app.view.theme = theme;
    app.view.as_of = as_of;
    app.view.central_view = CentralView::Map;
}

/// The SCO map on 1 December 2025, zoomed on a region with disputed areas.
pub(super) fn disputed_map_on(
    app: &mut ExplorerApp,
    theme: ThemeChoice,
    (lon, lat, zoom): (f64, f64, f32),
) {
    map_on(app, theme, day(2025, 12, 1));
    app.look_at_map(lon, lat, zoom);
}

/// Crimea between Ukraine and Russia, with Transnistria, Abkhazia and South Ossetia.
pub(super) const CRIMEA: (f64, f64, f32) = (38.0, 45.0, 7.0);

/// Kashmir, Aksai Chin, the Indian-Chinese valleys and Arunachal Pradesh.
pub(super) const KASHMIR: (f64, f64, f32) = (84.0, 31.0, 4.5);

pub(super) fn compare_map_on(app: &mut ExplorerApp, theme: ThemeChoice, as_of: NaiveDate) {
    app.compare_with("asean");
    map_on(app, theme, as_of);
}

/// The memberships of a country on 1 December 2025.
pub(super) fn memberships_of(app: &mut ExplorerApp, code: &str, theme: ThemeChoice, lang: Lang) {
    app.view.theme = theme;
    app.view.lang = lang;
    app.view.as_of = day(2025, 12, 1);
    app.queue(Action::ShowView(CentralView::Memberships));
    app.queue(Action::ChooseMembershipCountry(code.to_owned()));
}

/// The overlap table on a day.
pub(super) fn overlap_on(app: &mut ExplorerApp, as_of: NaiveDate, lang: Lang) {
    app.view.lang = lang;
    app.queue(Action::ShowView(CentralView::Overlap));
    app.queue(Action::SetDate(as_of));
}

pub(super) fn present(app: &mut ExplorerApp, tour: &str, theme: ThemeChoice, then: &[Action]) {
    app.view.theme = theme;
    app.view.tour = Some(tour.to_owned());
    app.enter_presentation();
    for action in then.iter().cloned() {
        app.queue(action);
    }
}

/// A quiz drawn with `seed` on the scene's dataset, then `then` applied (answers).
pub(super) fn quiz_on(app: &mut ExplorerApp, mode: QuizMode, seed: u64, then: &[Action]) {
    app.view.next_quiz_seed = seed;
    app.queue(Action::StartQuiz(mode));
    for action in then.iter().cloned() {
        app.queue(action);
    }
}
