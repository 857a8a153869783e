//! Named scenes: every view the snapshot suite checks, the `screenshot`
//! command renders (`--scene NAME`) and the benches time, defined once.
//!
//! A scene is a window size and scale, optionally one panel alone, and a
//! function that sets the app up (view state and queued actions) on the
//! bundled dataset. Its PNG is `tests/snapshots/NAME.png`.

pub use super::lesson_scenes::EXAMPLE_LESSON;
use super::lesson_scenes::LESSON_SCENES;
use super::quiz_scenes::QUIZ_SCENES;
pub use super::scene::Scene;
use super::scene::{FULL_HD, STANDARD, asean, on_bundled, panel, window};
use super::scene_setups::{
    CRIMEA, KASHMIR, compare_map_on, day, disputed_map_on, map_on, memberships_of, overlap_on,
    present, select,
};
use crate::actions::Action;
pub use crate::app::Panel;
use crate::i18n::Lang;
use crate::state::ThemeChoice;

/// Every scene, in a stable order.
pub const SCENES: &[Scene] = &[
    window("default_light", STANDARD, |_| {}),
    window("default_dark", STANDARD, |app| {
        app.view.theme = ThemeChoice::Dark;
    }),
    window("summit_selected", STANDARD, |app| {
        select(app, "summit-2013-bishkek");
    }),
    window("exercise_selected", STANDARD, |app| {
        select(app, "pm-2007");
    }),
    window("rescue_drill_selected", STANDARD, |app| {
        select(app, "rescue-2013-shaoxing");
    }),
    window("country_selected", STANDARD, |app| {
        select(app, "IND");
        app.queue(Action::SetDate(day(2010, 1, 1)));
    }),
    window("search_active", STANDARD, |app| {
        app.view.search = "peace".to_owned();
        app.queue(Action::FocusSearch);
    }),
    window("as_of_2005", STANDARD, |app| {
        app.view.as_of = day(2005, 1, 1);
    }),
    window("as_of_2024", STANDARD, |app| {
        app.view.as_of = day(2024, 8, 1);
    }),
    window("timeline_zoomed", STANDARD, |app| {
        select(app, "summit-2014-dushanbe");
        app.view.timeline_range = Some((2012.5, 2016.5));
    }),
    // A relative path (tests and `screenshot` run in the package folder) keeps
    // the picture the same on every machine.
    window("invalid_dataset_errors", STANDARD, |app| {
        app.open_path(std::path::Path::new(
            "tests/fixtures/invalid/many_problems.ron",
        ));
    }),
    window("window_1024x640", (1024.0, 640.0), |_| {}),
    window("window_1920x1080", FULL_HD, |app| {
        select(app, "summit-2025-tianjin");
    }),
    Scene {
        name: "scale_2x",
        size: (960.0, 600.0),
        pixels_per_point: 2.0,
        panel: None,
        dataset: "sco",
        setup: |app| select(app, "KAZ"),
    },
    window("help_window", STANDARD, |app| {
        app.view.help_open = true;
    }),
    window("map_2001_light", STANDARD, |app| {
        map_on(app, ThemeChoice::Light, day(2001, 7, 1));
    }),
    window("map_2001_dark", STANDARD, |app| {
        map_on(app, ThemeChoice::Dark, day(2001, 7, 1));
    }),
    window("map_2017_light", STANDARD, |app| {
        map_on(app, ThemeChoice::Light, day(2017, 7, 1));
    }),
    window("map_2017_dark", STANDARD, |app| {
        map_on(app, ThemeChoice::Dark, day(2017, 7, 1));
    }),
    window("map_2025_light", STANDARD, |app| {
        map_on(app, ThemeChoice::Light, day(2025, 9, 1));
    }),
    window("map_2025_dark", STANDARD, |app| {
        map_on(app, ThemeChoice::Dark, day(2025, 9, 1));
    }),
    window("slide_light", FULL_HD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[Action::NextSlide]);
    }),
    window("slide_dark", FULL_HD, |app| {
        present(
            app,
            "peace-missions",
            ThemeChoice::Dark,
            &[Action::LastSlide],
        );
    }),
    window("presenter_view", FULL_HD, |app| {
        present(
            app,
            "ten-stops",
            ThemeChoice::Light,
            &[Action::TogglePresenterView],
        );
    }),
    // Slides fitted to the screen: nothing scrolls.
    // Event slides: the map stands beside the text; at 1280x720, where even the
    // narrowest map would cost the slide a second page, the text takes the
    // whole width.
    window("slide_event_map_1080", FULL_HD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 5;
    }),
    window("slide_event_map_dark_1080", FULL_HD, |app| {
        present(app, "ten-stops", ThemeChoice::Dark, &[]);
        app.view.step = 5;
    }),
    window("slide_text_only_720", STANDARD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 5;
    }),
    // A step that changed statuses (India and Pakistan join): the map the day
    // before and the day after, each with its member count.
    window("slide_enlargement_1080", FULL_HD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 6;
    }),
    window("slide_enlargement_dark_720", STANDARD, |app| {
        present(app, "ten-stops", ThemeChoice::Dark, &[]);
        app.view.step = 6;
    }),
    // A slide too long for one screen: its first page ("10a") and its last.
    window("slide_split_first_page_720", STANDARD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 9;
    }),
    window("slide_split_last_page_720", STANDARD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[Action::LastSlide]);
    }),
    window("slide_split_first_page_dark_720", STANDARD, |app| {
        present(app, "ten-stops", ThemeChoice::Dark, &[]);
        app.view.step = 9;
    }),
    window("presenter_docked_dark_720", STANDARD, |app| {
        app.view.presenter_compact = Some(false);
        present(
            app,
            "ten-stops",
            ThemeChoice::Dark,
            &[Action::TogglePresenterView],
        );
    }),
    // The full presenter view, as a teacher who pressed N sees it at 720p.
    window("presenter_docked_720", STANDARD, |app| {
        app.view.presenter_compact = Some(false);
        present(
            app,
            "ten-stops",
            ThemeChoice::Light,
            &[Action::TogglePresenterView],
        );
    }),
    // At 720p the presenter view starts as one line, and the slide keeps its maps.
    window("presenter_compact_720", STANDARD, |app| {
        present(
            app,
            "ten-stops",
            ThemeChoice::Light,
            &[Action::TogglePresenterView],
        );
    }),
    window("presenter_compact_720_ru", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        present(
            app,
            "ten-stops",
            ThemeChoice::Dark,
            &[Action::TogglePresenterView, Action::NextSlide],
        );
    }),
    // Holding L on a projector: the bright ring around the pointer.
    window("spotlight_720", STANDARD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 5;
        app.pin_spotlight(egui::pos2(330.0, 190.0));
    }),
    window("spotlight_dark_720", STANDARD, |app| {
        present(app, "ten-stops", ThemeChoice::Dark, &[]);
        app.view.step = 5;
        app.pin_spotlight(egui::pos2(330.0, 190.0));
    }),
    // Issue #31: the slides the class saw the maps fail on, at both sizes:
    // Iran joins at the 23rd SCO summit (no place on the map: the heading
    // names the host), Timor-Leste joins at the 47th ASEAN summit (Kuala
    // Lumpur's dot and label off Malaysia, Timor-Leste named beside it).
    window("slide_sco_23rd_summit_720p", STANDARD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 7;
    }),
    window("slide_sco_23rd_summit_1080p", FULL_HD, |app| {
        present(app, "ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 7;
    }),
    asean("slide_asean_47th_summit_720p", STANDARD, |app| {
        present(app, "asean-ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 9;
    }),
    asean("slide_asean_47th_summit_1080p", FULL_HD, |app| {
        present(app, "asean-ten-stops", ThemeChoice::Light, &[]);
        app.view.step = 9;
    }),
    asean("asean_country_slide_1080", FULL_HD, |app| {
        present(
            app,
            "asean-enlargement",
            ThemeChoice::Light,
            &[Action::NextSlide, Action::NextSlide],
        );
    }),
    asean("asean_country_slide_720", STANDARD, |app| {
        present(
            app,
            "asean-enlargement",
            ThemeChoice::Light,
            &[Action::NextSlide, Action::NextSlide],
        );
    }),
    asean("asean_country_slide_dark_1080", FULL_HD, |app| {
        present(
            app,
            "asean-enlargement",
            ThemeChoice::Dark,
            &[Action::NextSlide, Action::NextSlide],
        );
    }),
    panel("panel_members", (360.0, 720.0), Panel::Members, |app| {
        app.view.as_of = day(2017, 7, 1);
    }),
    panel("panel_timeline", (900.0, 560.0), Panel::Timeline, |app| {
        select(app, "pm-2007");
    }),
    panel("panel_details", (420.0, 720.0), Panel::Details, |app| {
        select(app, "summit-2017-astana");
    }),
    // The same views in Russian and Chinese: nothing may clip, overlap or show boxes.
    window("ru_default", STANDARD, |app| app.view.lang = Lang::Ru),
    window("ru_summit_selected", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        select(app, "summit-2017-astana");
    }),
    window("ru_country_selected", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        select(app, "IND");
    }),
    window("ru_map_2025", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        map_on(app, ThemeChoice::Light, day(2025, 12, 1));
    }),
    window("ru_slide", FULL_HD, |app| {
        app.view.lang = Lang::Ru;
        present(app, "ten-stops", ThemeChoice::Light, &[Action::NextSlide]);
    }),
    window("ru_help_window", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        app.view.help_open = true;
    }),
    window("ru_window_1920x1080", FULL_HD, |app| {
        app.view.lang = Lang::Ru;
        select(app, "pm-2007");
    }),
    window("zh_default", STANDARD, |app| app.view.lang = Lang::Zh),
    window("zh_summit_selected", STANDARD, |app| {
        app.view.lang = Lang::Zh;
        select(app, "summit-2017-astana");
    }),
    window("zh_country_selected", STANDARD, |app| {
        app.view.lang = Lang::Zh;
        select(app, "IND");
    }),
    window("zh_map_2025", STANDARD, |app| {
        app.view.lang = Lang::Zh;
        map_on(app, ThemeChoice::Light, day(2025, 12, 1));
    }),
    window("zh_slide", FULL_HD, |app| {
        app.view.lang = Lang::Zh;
        present(app, "ten-stops", ThemeChoice::Light, &[Action::NextSlide]);
    }),
    window("zh_help_window", STANDARD, |app| {
        app.view.lang = Lang::Zh;
        app.view.help_open = true;
    }),
    asean("asean_default", STANDARD, |_| {}),
    asean("asean_summit_selected", STANDARD, |app| {
        select(app, "asean-summit-28-29");
    }),
    // A status of two days at the end of the data, still seen on the strip.
    asean("asean_timor_leste_selected", STANDARD, |app| {
        select(app, "TLS");
    }),
    asean("asean_map_1967", STANDARD, |app| {
        map_on(app, ThemeChoice::Light, day(1967, 12, 1));
    }),
    asean("asean_map_1999", STANDARD, |app| {
        map_on(app, ThemeChoice::Light, day(1999, 6, 1));
    }),
    asean("asean_map_2025", STANDARD, |app| {
        map_on(app, ThemeChoice::Dark, day(2025, 12, 1));
    }),
    asean("asean_slide", FULL_HD, |app| {
        present(
            app,
            "asean-enlargement",
            ThemeChoice::Light,
            &[Action::LastSlide],
        );
    }),
    // BRICS and the CSTO: their defaults and the first step of their tours.
    window("memberships_kazakhstan", STANDARD, |app| {
        memberships_of(app, "KAZ", ThemeChoice::Light, Lang::En);
    }),
    window("memberships_india_1080", FULL_HD, |app| {
        memberships_of(app, "IND", ThemeChoice::Light, Lang::En);
    }),
    window("memberships_armenia_dark", STANDARD, |app| {
        memberships_of(app, "ARM", ThemeChoice::Dark, Lang::En);
    }),
    window("memberships_kazakhstan_ru", STANDARD, |app| {
        memberships_of(app, "KAZ", ThemeChoice::Light, Lang::Ru);
    }),
    window("memberships_armenia_zh", STANDARD, |app| {
        memberships_of(app, "ARM", ThemeChoice::Light, Lang::Zh);
    }),
    window("overlap_2001_06_15", STANDARD, |app| {
        overlap_on(app, day(2001, 6, 15), Lang::En);
    }),
    window("overlap_2017_06_09", STANDARD, |app| {
        overlap_on(app, day(2017, 6, 9), Lang::En);
    }),
    window("overlap_2025_12_01", STANDARD, |app| {
        overlap_on(app, day(2025, 12, 1), Lang::En);
    }),
    window("overlap_2025_12_01_1080_dark", FULL_HD, |app| {
        app.view.theme = ThemeChoice::Dark;
        overlap_on(app, day(2025, 12, 1), Lang::En);
    }),
    window("overlap_2025_12_01_ru", STANDARD, |app| {
        overlap_on(app, day(2025, 12, 1), Lang::Ru);
    }),
    window("overlap_2017_06_09_zh", STANDARD, |app| {
        overlap_on(app, day(2017, 6, 9), Lang::Zh);
    }),
    window("memberships_slide", FULL_HD, |app| {
        present(
            app,
            "one-region-four-organisations",
            ThemeChoice::Light,
            &[],
        );
    }),
    window("memberships_slide_ru_720", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        present(
            app,
            "one-region-four-organisations",
            ThemeChoice::Dark,
            &[Action::NextSlide, Action::NextSlide, Action::NextSlide],
        );
    }),
    on_bundled("brics", "brics_default", STANDARD, |_| {}),
    on_bundled("csto", "csto_default", STANDARD, |_| {}),
    on_bundled("brics", "brics_slide", FULL_HD, |app| {
        present(app, "brics-four-to-ten", ThemeChoice::Light, &[]);
    }),
    on_bundled("csto", "csto_slide", FULL_HD, |app| {
        present(app, "csto-treaty-to-organisation", ThemeChoice::Dark, &[]);
    }),
    // Two organisations compared: the three groups and the map by side.
    window("compare_2025_light", STANDARD, |app| {
        compare_map_on(app, ThemeChoice::Light, day(2025, 12, 1));
    }),
    window("compare_2025_dark", STANDARD, |app| {
        compare_map_on(app, ThemeChoice::Dark, day(2025, 12, 1));
    }),
    window("compare_2005_light", STANDARD, |app| {
        compare_map_on(app, ThemeChoice::Light, day(2005, 1, 1));
    }),
    window("compare_2005_dark", STANDARD, |app| {
        compare_map_on(app, ThemeChoice::Dark, day(2005, 1, 1));
    }),
    window("compare_timeline", STANDARD, |app| {
        app.compare_with("asean");
        app.view.as_of = day(2016, 9, 6);
    }),
    // File → Open view code: the field to paste a code into.
    window("view_code_dialog", STANDARD, |app| {
        app.queue(Action::OpenViewCode);
    }),
    window("view_code_copied_ru", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        select(app, "summit-2017-astana");
        app.queue(Action::CopyViewCode);
    }),
    window("zh_view_code_dialog", STANDARD, |app| {
        app.view.lang = Lang::Zh;
        app.queue(Action::OpenViewCode);
    }),
    window("zh_compare_2025", STANDARD, |app| {
        app.view.lang = Lang::Zh;
        compare_map_on(app, ThemeChoice::Light, day(2025, 12, 1));
    }),
    window("ru_compare_timeline", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        app.compare_with("asean");
        app.view.as_of = day(2016, 9, 6);
    }),
    // A compare slide: the Tianjin summit with ASEAN beside the SCO.
    window("compare_slide", FULL_HD, |app| {
        app.compare_with("asean");
        present(app, "ten-stops", ThemeChoice::Light, &[Action::LastSlide]);
    }),
    window("compare_country_selected", STANDARD, |app| {
        app.compare_with("asean");
        app.view.as_of = day(2025, 12, 1);
        app.view.selection = crate::state::Selection::Country("KHM".to_owned());
    }),
    // ASEAN's data is English only: Russian labels around English text with "EN".
    asean("ru_asean_summit_selected", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        select(app, "asean-summit-28-29");
    }),
    // Disputed areas: hatched, shaded for no organisation (Crimea is not Russia's
    // member colour; Kashmir, Aksai Chin and Arunachal are no one's).
    window("map_disputed_crimea_light", STANDARD, |app| {
        disputed_map_on(app, ThemeChoice::Light, CRIMEA);
    }),
    window("map_disputed_crimea_dark", STANDARD, |app| {
        disputed_map_on(app, ThemeChoice::Dark, CRIMEA);
    }),
    window("map_disputed_kashmir_light", STANDARD, |app| {
        disputed_map_on(app, ThemeChoice::Light, KASHMIR);
    }),
    window("map_disputed_kashmir_dark", STANDARD, |app| {
        disputed_map_on(app, ThemeChoice::Dark, KASHMIR);
    }),
];

/// Every scene: these, then the quiz's and the lesson's.
pub fn all() -> impl Iterator<Item = &'static Scene> {
    SCENES.iter().chain(QUIZ_SCENES).chain(LESSON_SCENES)
}

/// The scene with this name.
pub fn find(name: &str) -> Option<&'static Scene> {
    all().find(|s| s.name == name)
}

/// The names of all scenes, in order (for `screenshot --list-scenes`).
pub fn names() -> impl Iterator<Item = &'static str> {
    all().map(|s| s.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scene_names_are_unique_and_every_scene_sets_up() {
        for (i, scene) in all().enumerate() {
            assert!(
                all().skip(i + 1).all(|s| s.name != scene.name),
                "{} is listed twice",
                scene.name
            );
            scene.app().unwrap();
        }
    }

    #[test]
    fn every_scene_has_its_snapshot() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
        let missing: Vec<&str> = names()
            .filter(|name| !folder.join(format!("{name}.png")).exists())
            .collect();
        assert!(missing.is_empty(), "no snapshot PNG for {missing:?}");
    }
}
