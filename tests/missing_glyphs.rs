//! Text that no bundled font can draw (here: Chinese characters outside the
//! subset) is drawn as boxes, never a crash: `screenshot` of such a dataset
//! writes its PNG.

mod common;

use std::path::Path;
use std::process::Command;

#[test]
fn screenshot_of_text_without_glyphs_draws_boxes_instead_of_crashing() {
    let minimal = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.ron"),
    )
    .unwrap();
    let text = minimal.replace(
        "title: \"Example organisation\"",
        "title: \"示例组织 鬱 Пример\"",
    );
    assert_ne!(
        text, minimal,
        "the fixture's title changed; update this test"
    );
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let data = dir.join("cjk.ron");
    let out = dir.join("cjk.png");
    std::fs::write(&data, text).unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(["screenshot", "--data"])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .env("TZ", "UTC")
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    std::fs::remove_dir_all(dir).ok();
}
