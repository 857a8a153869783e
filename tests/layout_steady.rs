//! The explorer's layout holds still while a user works in it (issue #31):
//! the date row under the timeline stays on one line in every language, the
//! details pane keeps its width whatever is selected, and the list's summary
//! line does not wrap and push the rows down as the date moves.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use sco_explorer::app::ExplorerApp;
use sco_explorer::i18n::Lang;
use sco_explorer::model::Target;
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::ThemeChoice;
use sco_explorer::tr;

/// The explorer on the bundled dataset in `lang`, 1280x720 at 1x (a classroom laptop).
fn harness_in(lang: Lang) -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    app.view.lang = lang;
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

fn details_width(harness: &Harness<'static, ExplorerApp>) -> f32 {
    harness.state().details_pane_rect().unwrap().width()
}

#[test]
fn the_date_row_under_the_timeline_stays_on_one_line_in_every_language() {
    for lang in Lang::ALL {
        let mut harness = harness_in(lang);
        // The longest date of the year in Russian ("28 сентября 2025 г.").
        harness.state_mut().view.as_of = day(2025, 9, 28);
        harness.run();
        let slider = harness.get_by_role(Role::Slider).rect();
        let next = harness
            .get_by_role_and_label(Role::Button, &tr!(lang, "timeline-next"))
            .rect();
        assert!(
            (next.center().y - slider.center().y).abs() < 4.0,
            "{lang:?}: Next at {next:?}, the slider at {slider:?}"
        );
    }
}

#[test]
fn selecting_countries_keeps_the_details_pane_width() {
    for lang in Lang::ALL {
        let mut harness = harness_in(lang);
        let overview = details_width(&harness);
        // One after another, as a class would click through the list: each
        // selection used to widen the pane a little more.
        for code in ["KAZ", "KGZ", "RUS", "IND"] {
            let name = harness.state().dataset().country_name(code, lang).text;
            harness.get_by_role_and_label(Role::Button, name).click();
            harness.run();
            assert_eq!(
                details_width(&harness),
                overview,
                "{lang:?}: the pane changed width when {code} was selected"
            );
            // The last year under the status strip ("2025 г.") is whole, inside the pane.
            let pane = harness.state().details_pane_rect().unwrap();
            let last_year = sco_explorer::i18n::dates::year(lang, 2025);
            let label = harness.get_by_label(&last_year).rect();
            assert!(
                label.right() <= pane.right(),
                "{lang:?}, {code}: {last_year} at {label:?}, the pane ends at {}",
                pane.right()
            );
        }
    }
}

/// The height of the list's summary line ("Members: 10 · SCO partners: 17"):
/// the topmost text in the list panel that joins counts with " · " (the
/// status bar at the bottom says the same).
fn summary_line_height(harness: &Harness<'static, ExplorerApp>) -> f32 {
    // The search box, the leftmost text field, spans the list.
    let list_right = harness
        .query_all_by_role(Role::TextInput)
        .map(|node| node.rect().right())
        .fold(f32::INFINITY, f32::min);
    harness
        .query_all_by_label_contains(" · ")
        .map(|node| node.rect())
        .filter(|rect| rect.right() <= list_right + 1.0)
        .min_by(|a, b| a.top().total_cmp(&b.top()))
        .unwrap()
        .height()
}

#[test]
fn the_list_summary_stays_on_one_line_as_the_date_moves() {
    for lang in Lang::ALL {
        let mut harness = harness_in(lang);
        let one_line = summary_line_height(&harness);
        for year in 1996..=2025 {
            harness.state_mut().view.as_of = day(year, 12, 31);
            harness.run();
            // A second line would double it; glyphs of other scripts may add a point.
            let height = summary_line_height(&harness);
            assert!(
                height < one_line * 1.5,
                "{lang:?}: the summary wraps on 31 December {year} ({height} points high)"
            );
        }
    }
}

#[test]
fn after_esc_the_overview_keeps_clear_of_the_details_scroll_bar() {
    let mut harness = harness_in(Lang::En);
    harness
        .get_by_role_and_label(Role::Button, "Kazakhstan")
        .click();
    harness.run();
    // Following a link leaves the pointer over the pane, where egui shows the bar.
    harness
        .get_by_role_and_label(Role::Link, "17th SCO summit, Astana")
        .click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label("Overview");
    let pane = harness.state().details_pane_rect().unwrap();
    let bar = harness
        .query_all_by_role(Role::ScrollBar)
        .map(|node| node.rect())
        .find(|rect| pane.contains_rect(*rect))
        .unwrap();
    let under_bar: Vec<String> = harness
        .query_all_by(|node| node.role() == Role::Label || node.role() == Role::Link)
        .filter(|node| {
            let rect = node.rect();
            pane.contains(rect.center()) && rect.right() > bar.left()
        })
        .map(|node| format!("{node:?}"))
        .collect();
    assert!(
        under_bar.is_empty(),
        "text under the scroll bar: {under_bar:?}"
    );
}

/// Whether `text` has Chinese characters (egui may break it between any two).
fn chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// Width of `text` on one line in the body font.
fn one_line_width(harness: &Harness<'static, ExplorerApp>, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(&harness.ctx.global_style());
    harness.ctx.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(text.to_owned(), font, egui::Color32::BLACK)
            .size()
            .x
    })
}

/// The Chinese links (names and titles) in the details pane that take more
/// than one line, though each would fit on a line of the pane.
fn split_links(harness: &Harness<'static, ExplorerApp>) -> Vec<String> {
    let pane = harness.state().details_pane_rect().unwrap();
    // The pane's margins and the scroll bar's gutter: generously.
    let line_width = pane.width() - 40.0;
    let links: Vec<(String, egui::Rect)> = harness
        .query_all_by_role(Role::Link)
        .filter_map(|node| Some((node.accesskit_node().label()?, node.rect())))
        .filter(|(label, rect)| chinese(label) && pane.contains(rect.center()))
        .filter(|(label, _)| one_line_width(harness, label) < line_width)
        .collect();
    let line = links
        .iter()
        .map(|(_, rect)| rect.height())
        .fold(f32::INFINITY, f32::min);
    links
        .into_iter()
        .filter(|(_, rect)| rect.height() > 1.5 * line)
        .map(|(label, _)| label)
        .collect()
}

#[test]
fn chinese_names_in_the_details_pane_stay_on_one_line() {
    let mut harness = harness_in(Lang::Zh);
    for code in ["KGZ", "KAZ", "RUS", "IND"] {
        let country = harness.state().dataset().country_index(code).unwrap();
        harness.state_mut().select(Target::Country(country));
        harness.run();
        let split = split_links(&harness);
        assert!(split.is_empty(), "{code}: split over two lines: {split:?}");
    }
}

#[test]
fn chinese_event_titles_in_the_list_stay_on_one_line() {
    let mut harness = harness_in(Lang::Zh);
    harness.state_mut().view.search = "峰会".to_owned();
    harness.run();
    let pane = harness.state().details_pane_rect().unwrap();
    let rows: Vec<egui::Rect> = harness
        .query_all_by_role(Role::Button)
        .filter(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|l| l.contains("峰会"))
        })
        .map(|node| node.rect())
        .filter(|rect| rect.right() < pane.left())
        .collect();
    assert!(rows.len() > 5, "{rows:?}");
    let line = rows
        .iter()
        .map(egui::Rect::height)
        .fold(f32::INFINITY, f32::min);
    assert!(
        rows.iter().all(|r| r.height() < 1.5 * line),
        "a title takes two lines: {rows:?}"
    );
}
