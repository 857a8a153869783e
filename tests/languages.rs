//! The app in English, Russian and Chinese, driven as a user would: switching
//! the language at runtime (View menu and the top bar's switcher) changes the
//! labels and keeps the selection, date and zoom; dataset text without a
//! translation shows in English with an "EN" mark.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::i18n::Lang;
use sco_explorer::model::Target;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{Selection, ThemeChoice};
use sco_explorer::tr;

fn harness_with(app: ExplorerApp) -> Harness<'static, ExplorerApp> {
    // 1280x720 at 1x, the size a classroom laptop shows.
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

fn bundled_app() -> ExplorerApp {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    app
}

#[test]
fn switching_to_russian_in_the_view_menu_translates_the_window_and_keeps_the_view() {
    let mut app = bundled_app();
    let india = app.dataset().country_index("IND").unwrap();
    app.select(Target::Country(india));
    app.view.timeline_range = Some((2010.0, 2020.0));
    let as_of = app.view.as_of;
    let mut harness = harness_with(app);
    harness.get_by_label("Countries");

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Русский").click();
    harness.run();

    assert_eq!(harness.state().view.lang, Lang::Ru);
    let heading = tr!(Lang::Ru, "list-heading");
    assert_ne!(heading, "Countries");
    harness.get_by_label(&heading);
    assert!(harness.query_by_label("Countries").is_none());
    // Country names come from CLDR; the selected one heads the details pane.
    harness.get_by_role_and_label(Role::Button, "Казахстан");
    assert!(harness.query_all_by_label("Индия").count() >= 2);
    // The view is where it was.
    let view = &harness.state().view;
    assert_eq!(view.selection, Selection::Country("IND".into()));
    assert_eq!(view.as_of, as_of);
    assert_eq!(view.timeline_range, Some((2010.0, 2020.0)));
}

#[test]
fn the_top_bar_switcher_shows_chinese_titles_from_the_dataset() {
    let mut app = bundled_app();
    let summit = app.dataset().event_index("summit-2017-astana").unwrap();
    app.select(Target::Event(summit));
    let title = app.dataset().file().events[summit]
        .title
        .text(Lang::Zh)
        .to_owned();
    assert_ne!(
        title, "17th SCO summit, Astana",
        "the dataset lacks the Chinese title"
    );
    let mut harness = harness_with(app);

    harness
        .get_by_role_and_label(Role::ComboBox, "Language")
        .click();
    harness.run();
    harness.get_by_label("中文").click();
    harness.run();

    assert_eq!(harness.state().view.lang, Lang::Zh);
    harness.get_by_label(&title);
    harness.get_by_role_and_label(Role::Link, "印度");
    assert_eq!(
        harness.state().view.selection,
        Selection::Event("summit-2017-astana".into())
    );
    // Back to English: the English title again.
    harness
        .get_by_role_and_label(Role::ComboBox, &tr!(Lang::Zh, "menu-language"))
        .click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("17th SCO summit, Astana");
}

#[test]
fn a_dataset_without_translations_shows_english_marked_en() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.ron");
    let dataset = sco_explorer::model::load_file(&path).unwrap();
    let mut view = sco_explorer::state::ViewState::for_dataset(&dataset);
    view.lang = Lang::Ru;
    view.theme = ThemeChoice::Light;
    view.selection = Selection::Event("summit-2001".into());
    let harness = harness_with(ExplorerApp::new(dataset, view));
    // The interface is Russian, the title is the file's English, marked EN.
    harness.get_by_label(&tr!(Lang::Ru, "field-when"));
    assert!(harness.query_all_by_label("1st summit").count() >= 1);
    assert!(harness.query_all_by_label("EN").count() >= 1);
    // Never a message id or a blank where text should be.
    assert!(harness.query_by_label("field-when").is_none());
}

#[test]
fn dates_on_screen_follow_the_language() {
    let mut app = bundled_app();
    app.view.lang = Lang::Ru;
    app.view.as_of = chrono::NaiveDate::from_ymd_opt(2001, 6, 15).unwrap();
    let harness = harness_with(app);
    assert!(
        harness
            .query_all_by_label_contains("15 июня 2001 г.")
            .count()
            >= 1
    );
    let mut app = bundled_app();
    app.view.lang = Lang::Zh;
    app.view.as_of = chrono::NaiveDate::from_ymd_opt(2001, 6, 15).unwrap();
    let harness = harness_with(app);
    assert!(harness.query_all_by_label_contains("2001年6月15日").count() >= 1);
}
