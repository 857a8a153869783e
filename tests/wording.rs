//! A dataset's own words: headcounts name each of its statuses by its own
//! label, never the SCO's words nor the first member status's label for all.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::model::{Dataset, load_str};
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::ViewState;

/// The list's summary line of `dataset` on `as_of`, found by its text.
fn shows_headcount(dataset: Dataset, as_of: chrono::NaiveDate, expected: &str) {
    let view = ViewState {
        as_of,
        ..ViewState::default()
    };
    let mut harness = harness_for(ExplorerApp::new(dataset, view), RenderOptions::default());
    harness.run();
    assert!(
        harness.query_all_by_label(expected).next().is_some(),
        "no {expected:?} on screen"
    );
}

/// The minimal dataset with two statuses that count as membership ("Member",
/// "Suspended member") and one that does not ("Permanent guest").
fn own_words() -> Dataset {
    let text = std::fs::read_to_string(common::fixture("valid/minimal.ron")).unwrap();
    let text = text
        .replace(
            r##"StatusDef(id: "observer", label: "Observer", plural: "Observers", color: "#a65f00", dark_color: "#f5b041"),"##,
            r##"StatusDef(id: "observer", label: "Observer", plural: "Observers", color: "#a65f00", dark_color: "#f5b041"),
        StatusDef(id: "suspended", label: "Suspended member", plural: "Suspended members", color: "#777777", dark_color: "#999999", counts_as_member: true),
        StatusDef(id: "guest", label: "Permanent guest", plural: "Permanent guests", color: "#1e8449", dark_color: "#5cd68d"),"##,
        )
        .replace(
            r#"    countries: ["#,
            r#"    countries: [
        Country(code: "PAK", name: "Pakistan", statuses: [StatusPeriod(status: "suspended", from: "2010-01-01", sources: ["A"])]),
        Country(code: "MNG", name: "Mongolia", statuses: [StatusPeriod(status: "guest", from: "2010-01-01", sources: ["A"])]),"#,
        );
    load_str("own_words.ron", &text).unwrap()
}

#[test]
fn each_status_is_counted_under_its_own_label() {
    shows_headcount(
        own_words(),
        day(2020, 1, 1),
        "2 members · 1 suspended member · 1 permanent guest",
    );
}

#[test]
fn the_shanghai_five_are_not_called_members() {
    let sco = sco_explorer::model::load_bundled().unwrap();
    shows_headcount(sco.clone(), day(1996, 6, 1), "5 Shanghai Five");
    // The status bar too, which counted them as "5 members".
    shows_headcount(sco, day(1996, 6, 1), "As of 1 June 1996: 5 Shanghai Five");
}
