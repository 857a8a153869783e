//! `screenshot` with a view code and options: explicit options win over the
//! code, a selection may belong to the organisation compared with, a code
//! naming something its dataset lacks is refused, and a PNG rendered from a
//! dataset file carries a code that names that file.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use std::path::Path;
use std::process::Command;

use sco_explorer::lang::Lang;
use sco_explorer::state::{CentralView, Selection};
use sco_explorer::view_code::{CodeDataset, PNG_KEYWORD, ViewCode};

fn screenshot(out: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(["screenshot", "--size", "800x500", "--out"])
        .arg(out)
        .args(args)
        .output()
        .unwrap()
}

/// The view code a PNG the app wrote carries.
fn code_in(png: &Path) -> ViewCode {
    let bytes = std::fs::read(png).unwrap();
    let text = sco_explorer::png::read_text_chunk(&bytes, PNG_KEYWORD).unwrap();
    ViewCode::decode(&text).unwrap()
}

fn sco_code(selection: Selection) -> String {
    ViewCode {
        dataset: CodeDataset::Bundled("sco".to_owned()),
        selection,
        as_of: chrono::NaiveDate::from_ymd_opt(2017, 6, 9).unwrap(),
        central: CentralView::Timeline,
        membership_country: None,
        range: None,
        tour: None,
        step: None,
        lang: Lang::En,
        compare: None,
    }
    .encode()
}

#[test]
fn explicit_options_win_over_a_view_code() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("ru.png");
    let code = sco_code(Selection::Country("IND".into()));
    let output = screenshot(&out, &["--view", &code, "--lang", "ru", "--map"]);
    assert!(output.status.success(), "{output:?}");
    let written = code_in(&out);
    assert_eq!(
        written.lang,
        Lang::Ru,
        "--lang wins over the code's English"
    );
    assert_eq!(
        written.central,
        CentralView::Map,
        "--map wins over its timeline"
    );
    assert_eq!(written.selection, Selection::Country("IND".into()));
}

#[test]
fn a_country_only_in_the_compared_organisation_can_be_selected() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("sgp.png");
    let output = screenshot(&out, &["--compare", "asean", "--select", "SGP"]);
    assert!(output.status.success(), "{output:?}");
    let written = code_in(&out);
    assert_eq!(written.selection, Selection::Country("SGP".into()));
    assert_eq!(written.compare.as_deref(), Some("asean"));
}

#[test]
fn a_code_naming_a_missing_event_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("x.png");
    let code = sco_code(Selection::Event("pm-2005x".into()));
    let output = screenshot(&out, &["--view", &code]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("pm-2005x"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_png_of_a_dataset_file_names_the_file_in_its_code() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("file.png");
    let data = "tests/fixtures/valid/minimal.ron";
    let output = screenshot(&out, &["--data", data]);
    assert!(output.status.success(), "{output:?}");
    match code_in(&out).dataset {
        CodeDataset::File(path) => assert!(path.ends_with("minimal.ron"), "{path}"),
        other => panic!("the code names {other:?}, not the file"),
    }
}
