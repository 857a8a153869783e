//! One country in every organisation: the region's memberships agree with
//! each dataset's own status periods (a property checked on many dates), the
//! memberships view answers "who belonged to what on this date", and the
//! overlap table is sortable, filterable, driven by the keyboard and saved as
//! CSV.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;
use common::day;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::actions::Action;
use sco_explorer::app::ExplorerApp;
use sco_explorer::i18n::Lang;
use sco_explorer::model::{BUNDLED, Region, bundled_orgs};
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{CentralView, OverlapColumn, Selection, ThemeChoice};

fn region() -> Region {
    let region = Region::new(bundled_orgs());
    assert_eq!(
        region.orgs().len(),
        BUNDLED.len(),
        "every bundled dataset loads"
    );
    region
}

fn org_index(region: &Region, name: &str) -> usize {
    region.orgs().iter().position(|o| o.source == name).unwrap()
}

/// Every 23rd day from 1990 to 2026, plus every day on which a status changes
/// and the day before it (where an off-by-one would show).
fn sample_days(region: &Region) -> Vec<chrono::NaiveDate> {
    let mut days: Vec<_> = (0..)
        .map(|k| day(1990, 1, 1) + chrono::Days::new(23 * k))
        .take_while(|d| *d < day(2026, 6, 1))
        .collect();
    for change in region.change_days() {
        days.push(change);
        days.extend(change.pred_opt());
    }
    days
}

#[test]
fn memberships_agree_with_each_datasets_own_status_periods() {
    let region = region();
    let days = sample_days(&region);
    assert!(days.len() > 500, "sampled {} days", days.len());
    let mut checked = 0;
    for (o, org) in region.orgs().iter().enumerate() {
        let dataset = &org.dataset;
        for (c, country) in dataset.file().countries.iter().enumerate() {
            if !country.state {
                assert!(region.country_index(&country.code).is_none());
                continue;
            }
            let row = region.country_index(&country.code).unwrap();
            for &d in &days {
                let expected = dataset.status_on(c, d).map(|p| p.status.to_string());
                let got = region
                    .span_on(row, o, d)
                    .map(|s| dataset.statuses()[s.status].id.to_string());
                assert_eq!(got, expected, "{} in {} on {d}", country.code, org.source);
                checked += 1;
            }
        }
    }
    // A country an organisation never listed holds nothing there, on any day.
    for (row, country) in region.countries().iter().enumerate() {
        for (o, place) in country.in_org.iter().enumerate() {
            if place.is_none() {
                assert!(region.spans(row, o).is_empty(), "{}", country.code);
            }
        }
    }
    assert!(checked > 50_000, "checked {checked}");
}

#[test]
fn a_country_in_several_organisations_is_one_row_with_each_status() {
    let region = region();
    let (sco, csto, asean) = (
        org_index(&region, "sco"),
        org_index(&region, "csto"),
        org_index(&region, "asean"),
    );
    let status = |code: &str, org: usize, d| {
        let row = region.country_index(code).unwrap();
        region.span_on(row, org, d).map(|s| {
            region.orgs()[org].dataset.statuses()[s.status]
                .id
                .to_string()
        })
    };
    // India: in the SCO since 2017, never in the CSTO.
    assert_eq!(
        status("IND", sco, day(2017, 6, 8)).as_deref(),
        Some("observer")
    );
    assert_eq!(
        status("IND", sco, day(2017, 6, 9)).as_deref(),
        Some("member")
    );
    assert_eq!(status("IND", csto, day(2025, 12, 1)), None);
    // Armenia's CSTO participation frozen from 2024; an SCO partner from 2025.
    assert_eq!(
        status("ARM", csto, day(2025, 12, 1)).as_deref(),
        Some("participation-frozen")
    );
    assert_eq!(status("ARM", asean, day(2025, 12, 1)), None);
    let codes = region
        .countries()
        .iter()
        .filter(|c| c.code == "KAZ")
        .count();
    assert_eq!(codes, 1, "Kazakhstan is one row");
}

#[test]
fn the_table_sorts_by_an_organisations_statuses_and_filters_by_name() {
    let region = region();
    let sco = org_index(&region, "sco");
    let on = day(2025, 12, 1);
    let rows = region.table_rows(on, ("", Lang::En), Some(sco), false);
    assert_eq!(rows.len(), region.countries().len());
    // Ranks never go down: members (declared first) come first, no status last.
    let rank = |c: usize| region.span_on(c, sco, on).map_or(usize::MAX, |s| s.status);
    assert!(rows.windows(2).all(|w| rank(w[0]) <= rank(w[1])));
    let reversed = region.table_rows(on, ("", Lang::En), Some(sco), true);
    assert_eq!(reversed.first(), rows.last());
    // The search filters by the name in the class's language, or the code.
    let found = region.table_rows(on, ("kaz", Lang::En), None, false);
    assert_eq!(found, vec![region.country_index("KAZ").unwrap()]);
    let found = region.table_rows(on, ("казах", Lang::Ru), None, false);
    assert_eq!(found, vec![region.country_index("KAZ").unwrap()]);
}

fn harness() -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    app.view.start_hint_dismissed = true;
    app.view.as_of = day(2025, 12, 1);
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

#[test]
fn choosing_a_country_shows_where_it_stood_in_every_organisation() {
    let mut harness = harness();
    harness.get_by_label("Memberships").click();
    harness.run();
    assert_eq!(harness.state().view.central_view, CentralView::Memberships);
    harness
        .get_by_role_and_label(Role::ComboBox, "Country")
        .click();
    harness.run();
    // The chooser's entry (the list's row of the same name is drawn first).
    harness
        .get_all_by_role_and_label(Role::Button, "Armenia")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(
        harness.state().view.membership_country.as_deref(),
        Some("ARM")
    );
    // The other panels follow: Armenia is selected in the SCO's list.
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("ARM".into())
    );
    harness.get_by_label(
        "Armenia, 1 Dec 2025: SCO: SCO partner · ASEAN: — · BRICS: — · CSTO: Member, participation frozen",
    );
    // A strip's status opens the country in that organisation.
    harness
        .get_by_role_and_label(
            Role::Button,
            "CSTO: Member, participation frozen, since 22 Feb 2024",
        )
        .click();
    harness.run();
    assert_eq!(harness.state().view.bundled.as_deref(), Some("csto"));
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("ARM".into())
    );
}

#[test]
fn the_event_that_decided_a_change_opens_in_its_own_organisation() {
    let mut harness = harness();
    harness
        .state_mut()
        .queue(Action::ShowView(CentralView::Memberships));
    harness
        .state_mut()
        .queue(Action::ChooseMembershipCountry("IND".into()));
    harness.run();
    harness.get_by_label(
        "India, 1 Dec 2025: SCO: Member · ASEAN: Dialogue partner · BRICS: Member · CSTO: —",
    );
    // Dates at the precision the datasets give them: BRIC began in September
    // 2006 and ASEAN's partnership in December 1995, on no known day.
    harness.get_by_label("Sep 2006");
    harness.get_by_label("Dec 1995");
    assert!(harness.query_by_label("1 Sep 2006").is_none());
    harness
        .get_by_role_and_label(Role::Link, "4th ASEAN Summit, Singapore")
        .click();
    harness.run();
    assert_eq!(harness.state().view.bundled.as_deref(), Some("asean"));
    let dataset = harness.state().dataset();
    let Selection::Event(id) = &harness.state().view.selection else {
        panic!("an event is selected");
    };
    assert_eq!(
        dataset.event(id).unwrap().title.en(),
        "4th ASEAN Summit, Singapore"
    );
}

#[test]
fn the_overlap_table_is_driven_by_the_arrow_keys() {
    let mut harness = harness();
    harness.get_by_label("Overlap").click();
    harness.run();
    // Search narrows the rows: only Kazakhstan is left.
    harness
        .state_mut()
        .queue(Action::SetSearch("Kazakh".into()));
    harness.run();
    harness.run();
    // F6 twice: from the list to the centre, where the arrows move the cursor.
    harness.key_press(egui::Key::F6);
    harness.run();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    for _ in 0..3 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    // The fourth organisation is the CSTO: Enter opened Kazakhstan there.
    assert_eq!(harness.state().view.bundled.as_deref(), Some("csto"));
    assert_eq!(
        harness.state().view.selection,
        Selection::Country("KAZ".into())
    );
}

#[test]
fn clicking_a_column_heading_sorts_and_clicking_again_reverses() {
    let mut harness = harness();
    harness.get_by_label("Overlap").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "CSTO").click();
    harness.run();
    let sort = harness.state().view.overlap_sort;
    assert_eq!(
        (sort.column, sort.descending),
        (OverlapColumn::Org(3), false)
    );
    harness
        .get_by_role_and_label(Role::Button, "CSTO ↓")
        .click();
    harness.run();
    assert!(harness.state().view.overlap_sort.descending);
    harness.get_by_role_and_label(Role::Button, "CSTO ↑");
}

#[test]
fn the_table_is_saved_as_csv_as_shown() {
    let dir = common::temp_dir();
    let mut harness = harness();
    harness.state_mut().view.save_folder = Some(dir.path().to_owned());
    harness.get_by_label("Overlap").click();
    harness.run();
    harness.state_mut().queue(Action::SetSearch("stan".into()));
    harness.run();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Save as CSV")
        .click();
    harness.run();
    let text =
        std::fs::read_to_string(dir.path().join("sco-explorer-overlap-2025-12-01.csv")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Country,ISO code,SCO,ASEAN,BRICS,CSTO,Disputed or not verified"
    );
    assert!(
        lines.contains(&"Kazakhstan,KAZ,Member,,Partner country,Member,"),
        "{text}"
    );
    // Only the rows the search left, in name order.
    assert!(lines[1..].iter().all(|l| l.contains("stan")), "{text}");
    assert!(lines.iter().any(|l| l.starts_with("Afghanistan,AFG")));
}

#[test]
fn a_tour_step_can_show_a_countrys_memberships() {
    let dataset =
        sco_explorer::model::load_file(&common::fixture("valid/memberships_step.ron")).unwrap();
    let step = dataset.presentation_step(Some("short"), 1).unwrap();
    assert_eq!(step.view, sco_explorer::model::StepView::Memberships);
    let first = dataset.presentation_step(Some("short"), 0).unwrap();
    assert_eq!(first.view, sco_explorer::model::StepView::Record);
    // The bundled tour across organisations: every step a state's memberships.
    let sco = sco_explorer::model::load_bundled().unwrap();
    let tour = sco
        .file()
        .tours
        .iter()
        .find(|t| t.id == "one-region-four-organisations")
        .unwrap();
    assert_eq!(tour.steps.len(), 6);
    assert!(
        tour.steps
            .iter()
            .all(|s| s.view == sco_explorer::model::StepView::Memberships)
    );
}

#[test]
fn a_memberships_slide_says_where_the_country_stands_in_each_organisation() {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    app.view.tour = Some("one-region-four-organisations".into());
    app.enter_presentation();
    // A projector's 1080p: at 720p the larger type needs a second page here.
    let mut harness = harness_for(app, RenderOptions::sized((1920.0, 1080.0)));
    harness.run();
    harness.run();
    harness.get_by_label("Kazakhstan");
    harness.get_by_label_contains("SCO: Member, since 15 Jun 2001");
    harness.get_by_label_contains("CSTO: Member, since 7 Oct 2002");
    harness.get_by_label_contains("BRICS: Partner country, since 1 Jan 2025");
    harness.get_by_label("Not in: ASEAN");
    // Its facts carry their sources: each organisation's own, by publisher and year.
    harness.get_by_label_contains(
        "Sources: SCO: SCO Secretariat, ECNS / China Daily 2013, Kremlin · BRICS: ",
    );
    harness.get_by_label_contains(" · CSTO: President of Russia, zakonpravo.kz");
}
