//! Hostile inputs for the loader: things that are not files, endless input,
//! byte-order marks, bytes that are not UTF-8, and files with tens of
//! thousands of problems or countries, which must load or fail without hanging.
//!
//! Small triggers live in `tests/fixtures/hostile/`; big inputs are generated here.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;

use sco_explorer::model::{LoadError, load_file, load_str};

/// Long enough that only a hang (or a quadratic blow-up) can exceed it, even in a debug build.
const HANG: Duration = Duration::from_secs(60);

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn minimal() -> String {
    std::fs::read_to_string(fixture("valid/minimal.ron")).unwrap()
}

/// Runs `work` on another thread; panics if it has not finished within [`HANG`].
fn without_hanging<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || send.send(work()).ok());
    receive
        .recv_timeout(HANG)
        .unwrap_or_else(|_| panic!("{what} did not finish within {HANG:?}"))
}

#[test]
fn a_named_pipe_is_refused_without_blocking() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let fifo = dir.join("pipe.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Nobody writes to the pipe: opening it for reading would wait forever.
    let path = fifo.clone();
    let error = without_hanging("loading a FIFO", move || load_file(&path).unwrap_err());
    assert!(matches!(error, LoadError::NotAFile { .. }), "{error}");
    assert!(error.to_string().contains("named pipe"), "{error}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn devices_and_folders_are_refused_before_reading() {
    // /dev/zero never ends; before the fix it was read until memory ran out.
    let error = without_hanging("loading /dev/zero", || {
        load_file(Path::new("/dev/zero")).unwrap_err()
    });
    assert!(
        error
            .to_string()
            .contains("a character device, not a dataset file"),
        "{error}"
    );
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let error = load_file(&dir).unwrap_err();
    assert!(error.to_string().contains("a folder"), "{error}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_symlink_to_a_dataset_is_followed() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let link = dir.join("link.ron");
    std::os::unix::fs::symlink(fixture("valid/minimal.ron"), &link).unwrap();
    let dataset = load_file(&link).unwrap();
    assert_eq!(dataset.file().countries.len(), 2);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_byte_order_mark_is_accepted_and_positions_stay_right() {
    let dataset = load_file(&fixture("hostile/bom.ron")).unwrap();
    assert_eq!(dataset.file().events.len(), 2);

    // The same error, with and without a BOM, is at the same line and column.
    let broken = std::fs::read_to_string(fixture("invalid/unknown_field.ron")).unwrap();
    let plain = load_str("x.ron", &broken).unwrap_err();
    let marked = load_str("x.ron", &format!("\u{feff}{broken}")).unwrap_err();
    assert_eq!(marked.lines(), plain.lines());
    assert!(plain.lines()[0].contains("unknown field `titel`"));
}

#[test]
fn invalid_utf8_is_reported_at_the_bad_byte() {
    let path = fixture("hostile/not_utf8.ron");
    let error = load_file(&path).unwrap_err();
    let problems = error.problems();
    assert_eq!(problems.len(), 1, "{error}");
    // Line 4 is `    title: "Example organisation caf\xE9",`: the bad byte follows 36 characters.
    assert_eq!((problems[0].line, problems[0].column), (4, 37));
    assert!(
        problems[0].message.contains("not valid UTF-8") && problems[0].message.contains("0xE9"),
        "{error}"
    );
}

#[test]
fn upper_case_web_schemes_are_valid() {
    let dataset = load_file(&fixture("hostile/upper_case_scheme.ron")).unwrap();
    assert_eq!(dataset.file().sources[0].url, "HTTPS://example.org/a");
    let refused = minimal().replace("https://example.org/a", "JavaScript:alert(1)");
    let error = load_str("x.ron", &refused).unwrap_err();
    assert!(error.lines()[0].contains("must start with http:// or https://"));
}

#[test]
fn control_characters_in_values_do_not_break_problem_lines() {
    let path = fixture("hostile/forged_line.ron");
    let error = load_file(&path).unwrap_err();
    let lines = error.lines();
    assert_eq!(lines.len(), 1, "{lines:#?}");
    let line = &lines[0];
    assert!(!line.contains('\n') && !line.contains('\u{1b}'), "{line:?}");
    assert!(
        line.contains(r#"unknown source "A\nforged.ron:1:1: all good\u{1b}[2J""#),
        "{line}"
    );
}

/// `minimal.ron` with `extra` inserted as the first events.
fn with_events(extra: &str) -> String {
    minimal().replacen("    events: [\n", &format!("    events: [\n{extra}"), 1)
}

#[test]
fn twenty_thousand_problems_are_reported_without_hanging() {
    // One problem per event, each event on its own line.
    const N: usize = 20_000;
    let events: String = (0..N)
        .map(|i| {
            format!("        Event(id: \"e{i}\", kind: \"rescue-drill\", title: \"Drill\", start: \"2013\", sources: [\"missing{i}\"]),\n")
        })
        .collect();
    let text = with_events(&events);
    let first_line = text.lines().position(|l| l.contains("\"e0\"")).unwrap() + 1;
    let last_text = text.lines().nth(first_line + N - 2).unwrap();
    let column = last_text.find("\"missing").unwrap() + 1;
    let error = without_hanging("reporting 20,000 problems", move || {
        load_str("many.ron", &text).unwrap_err()
    });
    let problems = error.problems();
    assert_eq!(problems.len(), N);
    let last = &problems[N - 1];
    assert_eq!(last.line, first_line + N - 1);
    assert_eq!(last.column, column, "at the source id: {last}");
    assert!(last.message.contains(&format!("\"missing{}\"", N - 1)));
}

#[test]
fn twenty_thousand_problems_in_one_record_are_reported_without_hanging() {
    const N: usize = 20_000;
    let codes: Vec<String> = (0..N).map(|i| format!("\"X{i:05}\"")).collect();
    let event = format!(
        "        Event(id: \"big\", kind: \"rescue-drill\", title: \"Drill\", start: \"2013\", sources: [\"A\"],\n            participants: [\n{}\n            ]),\n",
        codes.join(",\n")
    );
    let text = with_events(&event);
    let first_line = text.lines().position(|l| l.contains("\"X00000\"")).unwrap() + 1;
    let error = without_hanging("reporting 20,000 problems in one record", move || {
        load_str("one.ron", &text).unwrap_err()
    });
    let problems = error.problems();
    assert_eq!(problems.len(), N);
    assert_eq!(
        (problems[N - 1].line, problems[N - 1].column),
        (first_line + N - 1, 1)
    );
}

/// A file dropped on the window, as the integration hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        Err("the app reads dropped files itself".to_owned())
    }
}

/// Runs frames until the dropped PNG has been read on its thread (and the
/// status bar says what became of it), then until the window settles.
fn run_until_the_png_is_read(
    harness: &mut egui_kittest::Harness<'_, sco_explorer::app::ExplorerApp>,
) {
    let deadline = std::time::Instant::now() + HANG;
    harness.step();
    while harness.state().status_message().is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the PNG was never read"
        );
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

#[test]
fn a_dropped_pipe_or_device_named_png_neither_blocks_nor_reads_for_ever() {
    let tmp = common::temp_dir();
    let fifo = tmp.path().join("x.png");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // A device called `zero.png`: read, it never ends.
    let device = tmp.path().join("zero.png");
    std::os::unix::fs::symlink("/dev/zero", &device).unwrap();
    for path in [fifo, device] {
        let shown = path.display().to_string();
        let message = without_hanging("a dropped PNG", move || {
            let app = sco_explorer::app::ExplorerApp::with_bundled_dataset().unwrap();
            let mut harness = sco_explorer::screenshot::harness_for(app, Default::default());
            harness
                .input_mut()
                .dropped_files
                .push(std::sync::Arc::new(Dropped(path)));
            run_until_the_png_is_read(&mut harness);
            harness.state().status_message().unwrap_or_default()
        });
        assert!(
            message.contains("carries no view code"),
            "{shown}: {message}"
        );
    }
}

#[test]
fn texts_over_their_limits_are_refused_at_the_field_or_language() {
    let error = load_file(&fixture("hostile/long_texts.ron")).unwrap_err();
    let found: Vec<(usize, usize, &str)> = error
        .problems()
        .iter()
        .map(|p| (p.line, p.column, p.message.as_str()))
        .collect();
    let expected = [
        (
            9,
            9,
            "`short_name` is 33 characters long, but short names may have at most 32",
        ),
        (
            20,
            37,
            "`label` is 101 characters long, but labels of statuses and kinds may have at most 100",
        ),
        // `title: Tr(en: ..., ru: ...)`: at `ru`, counted in characters (1,001, not 2,002 bytes).
        (
            47,
            41,
            "the `ru` text of `title` is 1001 characters long, but titles and names may have at most 1000",
        ),
        (
            53,
            35,
            "`outcomes[1]` is 4001 characters long, but notes, outcomes and descriptions may have at most 4000",
        ),
        (
            62,
            28,
            "`sources[1]` is 65 characters long, but ids and codes may have at most 64",
        ),
        (62, 28, "unknown source"),
        // `note: Some(Tr(en: ..., zh: ...))`: at `zh`.
        (
            67,
            144,
            "the `zh` text of `steps[1].note` is 4001 characters long",
        ),
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for ((line, column, message), (want_line, want_column, start)) in found.iter().zip(expected) {
        assert_eq!((*line, *column), (want_line, want_column), "{message}");
        assert!(message.starts_with(start), "{message}");
    }
}

#[test]
fn a_megabyte_title_is_refused_quickly_with_a_short_message() {
    // The adversarial run's slide-killer: a 1 MB event title (in a 3 MB file
    // with a 1 MB unknown source id beside it).
    let title = "T".repeat(1 << 20);
    let source = "S".repeat(1 << 20);
    let text = with_events(&format!(
        "        Event(id: \"e\", kind: \"rescue-drill\", title: \"{title}\", start: \"2013\", sources: [\"{source}\"]),\n"
    ));
    let error = without_hanging("a 1 MB title", move || {
        load_str("big.ron", &text).unwrap_err()
    });
    let lines = error.lines();
    assert_eq!(lines.len(), 3, "{}", lines.join("\n").len());
    assert!(
        lines[0].contains("`title` is 1048576 characters long"),
        "{}",
        lines[0]
    );
    // The unknown source is quoted, but not a megabyte of it.
    assert!(
        lines.iter().all(|l| l.chars().count() < 1_000),
        "{:?}",
        lines.iter().map(String::len).collect::<Vec<_>>()
    );
    assert!(
        lines[2].contains("unknown source \"SSS") && lines[2].contains('…'),
        "{}",
        lines[2]
    );
}

#[test]
fn a_label_of_invisible_characters_is_empty() {
    for invisible in ["\u{200b}", "\u{200b}\u{2060}\u{feff}", " \u{200d} "] {
        let text = minimal().replace("label: \"Member\"", &format!("label: \"{invisible}\""));
        let error = load_str("x.ron", &text).unwrap_err();
        let problems = error.problems();
        assert_eq!(problems.len(), 1, "{invisible:?}: {error}");
        assert_eq!(
            (problems[0].line, problems[0].column),
            (14, 33),
            "{}",
            problems[0]
        );
        assert!(
            problems[0].message.contains("label is empty"),
            "{}",
            problems[0]
        );
    }
}

#[test]
fn a_long_path_in_a_view_code_is_drawn_cut_to_a_line() {
    // A code carried in a PNG or pasted: its compare part names a file with a
    // path of 3,000 characters (inside the 4 KB a code may have). Before, the
    // error heading drew all of it (at a megabyte, more vertices than wgpu allows).
    let long = format!("/nowhere/{}/x.ron", "d".repeat(3_000));
    let mut app = sco_explorer::app::ExplorerApp::with_bundled_dataset().unwrap();
    let mut code = app.view_code();
    code.compare = Some(long.clone());
    let text = code.encode();
    assert!(text.len() < 4096, "{}", text.len());
    app.open_view_code_text(&text).unwrap();
    assert!(
        app.load_error().is_some(),
        "the compared file does not exist"
    );
    let mut harness = sco_explorer::screenshot::harness_for(app, Default::default());
    harness.run();
    let drawn: Vec<_> = harness.query_all_by_label_contains("/nowhere/").collect();
    assert!(!drawn.is_empty());
    for node in drawn {
        let label = node.value().unwrap_or_default();
        assert!(
            label.chars().count() < 400,
            "{} characters drawn",
            label.chars().count()
        );
        assert!(label.contains('…') && label.contains("x.ron"), "{label}");
        assert!(node.rect().width() < 2_000.0, "{:?}", node.rect());
    }
    let status = harness.state().status_message().unwrap_or_default();
    assert!(status.chars().count() < 400, "{status}");
}

#[test]
fn a_dropped_dataset_is_read_as_file_open_reads_it() {
    let tmp = common::temp_dir();
    // A pipe and a device called `.ron`: refused before reading, as File → Open does.
    let fifo = tmp.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let device = tmp.path().join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &device).unwrap();
    for path in [fifo, device] {
        let shown = path.display().to_string();
        let refused = without_hanging("a dropped dataset", move || {
            let app = sco_explorer::app::ExplorerApp::with_bundled_dataset().unwrap();
            let mut harness = sco_explorer::screenshot::harness_for(app, Default::default());
            harness
                .input_mut()
                .dropped_files
                .push(std::sync::Arc::new(Dropped(path)));
            harness.run();
            harness.state().load_error().map(ToString::to_string)
        });
        let refused = refused.unwrap_or_default();
        assert!(refused.contains("not a dataset file"), "{shown}: {refused}");
    }
    // A file over 1 MiB loads on its own thread: the frame the drop arrives
    // in ends with the load under way, not after it.
    let big = tmp.path().join("big.ron");
    let text = sco_explorer::generate::generate(&sco_explorer::generate::GenerateOptions {
        countries: 60,
        events: 8000,
        seed: 1,
    })
    .unwrap();
    assert!(text.len() > 1024 * 1024);
    std::fs::write(&big, &text).unwrap();
    let app = sco_explorer::app::ExplorerApp::with_bundled_dataset().unwrap();
    let mut harness = sco_explorer::screenshot::harness_for(app, Default::default());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(big.clone())));
    harness.step();
    assert_eq!(harness.state().loading(), Some(big.as_path()));
    assert!(
        (harness.state().status_message().unwrap_or_default()).starts_with("Loading"),
        "{:?}",
        harness.state().status_message()
    );
}

#[test]
fn a_dropped_png_whose_compared_dataset_fails_is_not_said_to_have_opened() {
    let tmp = common::temp_dir();
    let app = sco_explorer::app::ExplorerApp::with_bundled_dataset().unwrap();
    let mut code = app.view_code();
    code.compare = Some(tmp.path().join("gone.ron").display().to_string());
    let png = tmp.path().join("shared.png");
    let image = image::RgbaImage::new(4, 4);
    sco_explorer::png::save_png(&image, &png, Some(&code.encode())).unwrap();
    let mut harness = sco_explorer::screenshot::harness_for(app, Default::default());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(png)));
    run_until_the_png_is_read(&mut harness);
    let message = harness.state().status_message().unwrap_or_default();
    assert_eq!(
        message,
        "View code refused: the organisation it compares with could not be opened"
    );
    // Why is in the error panel.
    let error = harness.state().load_error().map(ToString::to_string);
    assert!(error.unwrap_or_default().contains("gone.ron"));
}

#[test]
fn web_addresses_with_a_user_part_are_refused() {
    for url in [
        "https://@",
        "https://good.org@evil.org/",
        "http://user:pw@example.org/a",
    ] {
        let text = minimal().replace("https://example.org/a", url);
        let error = load_str("x.ron", &text).unwrap_err();
        let problems = error.problems();
        assert_eq!(problems.len(), 1, "{url}: {error}");
        assert_eq!((problems[0].line, problems[0].column), (22, 48), "{url}");
        assert!(
            problems[0].message.contains("has a user name"),
            "{}",
            problems[0]
        );
    }
}

#[test]
fn a_file_with_carriage_returns_alone_reads_and_reports_lines_as_editors_show_them() {
    // unknown_source.ron with every `\n` made `\r` (classic Mac OS line ends):
    // RON's `//` comments end only at `\n`, so the file was one long comment.
    let cr = load_file(&fixture("hostile/cr_only.ron")).unwrap_err();
    let lf = load_file(&fixture("invalid/unknown_source.ron")).unwrap_err();
    let at = |e: &LoadError| {
        e.problems()
            .iter()
            .map(|p| (p.line, p.column, p.message.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(at(&cr), at(&lf));
    assert_eq!(at(&cr)[0].0, 53);
    // A valid file with `\r` line ends loads.
    let dataset = load_str("mac.ron", &minimal().replace('\n', "\r")).unwrap();
    assert_eq!(dataset.file().events.len(), 2);
}

#[test]
fn a_negative_number_is_called_negative() {
    let text = minimal().replace("numbers: [1]", "numbers: [-1]");
    let error = load_str("x.ron", &text).unwrap_err();
    let message = &error.problems()[0].message;
    assert!(message.contains("negative or too large"), "{message}");
    let v1 = std::fs::read_to_string(fixture("valid/minimal_v1.ron"))
        .unwrap()
        .replace("number: Some(1)", "number: Some(-1)");
    let error = load_str("v1.ron", &v1).unwrap_err();
    assert!(
        error.lines()[0].contains("negative or too large"),
        "{error}"
    );
}

#[test]
fn three_hundred_kinds_leave_the_timeline_on_screen() {
    // Before, 300 filter checkboxes filled the centre panel and pushed the
    // plots and the date slider below the window, with no way to scroll.
    let kinds: String = (0..300)
        .map(|i| format!("        KindDef(id: \"kind-{i}\", label: \"Kind {i}\", plural: \"Kinds {i}\", color: \"#1e8449\", dark_color: \"#5cd68d\", marker: Plus),\n"))
        .collect();
    let text = minimal().replacen("    kinds: [\n", &format!("    kinds: [\n{kinds}"), 1);
    let dataset = load_str("kinds.ron", &text).unwrap();
    let view = sco_explorer::state::ViewState::for_dataset(&dataset);
    let app = sco_explorer::app::ExplorerApp::new(dataset, view);
    let options = sco_explorer::screenshot::RenderOptions::sized((1280.0, 720.0));
    let mut harness = sco_explorer::screenshot::harness_for(app, options);
    harness.run();
    let slider = harness.get_by_role(egui::accesskit::Role::Slider);
    assert!(
        slider.rect().bottom() <= 720.0,
        "the date slider is at {:?}",
        slider.rect()
    );
    // The filters are still all there, scrolled.
    assert!(harness.query_by_label("Kinds 299").is_some());
}
