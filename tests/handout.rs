//! Tour handouts: a title page, then one page per slide with the slide's
//! picture and, when asked for, the teacher's note; the same bytes each time;
//! the command line and File → Export tour as PDF.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;

use std::path::Path;

use egui_kittest::kittest::Queryable as _;
use sco_explorer::handout::{HandoutRequest, handout_document, handout_pdf};
use sco_explorer::i18n::Lang;
use sco_explorer::model::{Dataset, find_bundled, load_file};
use sco_explorer::pdf::page_count;

fn fixture() -> Dataset {
    load_file(Path::new("tests/fixtures/valid/minimal.ron")).unwrap()
}

fn request(tour: &str, notes: bool) -> HandoutRequest {
    HandoutRequest {
        tour: Some(tour.to_owned()),
        notes,
        lang: Lang::En,
        lesson: None,
    }
}

#[test]
fn a_handout_is_a_title_page_then_one_page_per_step_the_same_bytes_each_time() {
    let dataset = fixture();
    let bytes = handout_pdf(&dataset, &request("short", true)).unwrap();
    let steps = dataset.presentation_len(Some("short"));
    assert_eq!(steps, 2);
    assert_eq!(page_count(&bytes), Some(steps + 1));
    assert_eq!(
        handout_pdf(&dataset, &request("short", true)).unwrap(),
        bytes,
        "the same handout must be the same bytes"
    );
    let other = handout_pdf(&dataset, &request("short", false)).unwrap();
    assert_ne!(other, bytes, "notes change the pages");
}

#[test]
fn notes_put_the_teachers_note_under_each_slide() {
    let dataset = fixture();
    let with = handout_document(&dataset, &request("short", true)).unwrap();
    let without = handout_document(&dataset, &request("short", false)).unwrap();
    let bookmarks: Vec<&str> = with.pages.iter().map(|p| p.bookmark.as_str()).collect();
    assert_eq!(
        bookmarks,
        ["Short tour", "1 / 2 · 1st summit", "2 / 2 · India"]
    );
    for (with, without) in with.pages.iter().zip(&without.pages).skip(1) {
        assert_eq!(with.pictures.len(), 2, "slide and note strip");
        assert_eq!(without.pictures.len(), 1, "slide only");
        // The slide keeps its shape on paper, above its note.
        let (slide, at) = &with.pictures[0];
        let (_, note_at) = &with.pictures[1];
        assert_eq!((slide.width, slide.height), (1600, 900));
        assert!((at.width / at.height - 16.0 / 9.0).abs() < 0.01);
        assert!(note_at.y >= at.y + at.height);
    }
}

#[test]
fn every_bundled_tour_step_is_one_page_of_its_handout() {
    let dataset = find_bundled("asean").unwrap().load().unwrap();
    let document = handout_document(&dataset, &request("asean-exercises", false)).unwrap();
    let steps = dataset.presentation_len(Some("asean-exercises"));
    let slides: Vec<&str> = document
        .pages
        .iter()
        .map(|p| p.bookmark.as_str())
        .filter(|b| b.contains(" / "))
        .collect();
    assert_eq!(slides.len(), steps, "{slides:?}");
    for (i, bookmark) in slides.iter().enumerate() {
        assert!(
            bookmark.starts_with(&format!("{} / {steps} · ", i + 1)),
            "{bookmark}"
        );
    }
    // The title page comes first; a long source list may continue after it.
    assert_eq!(
        document.pages[0].bookmark,
        "From disaster drills to naval exercises"
    );
    let title_pages = document.pages.len() - steps;
    assert!((1..=2).contains(&title_pages), "{title_pages} title pages");
}

#[test]
fn an_unknown_tour_is_refused_naming_the_tours_there_are() {
    let error = handout_pdf(&fixture(), &request("nope", false)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the dataset has no tour \"nope\"; its tours are: short"
    );
}

#[test]
fn the_handout_command_writes_the_pdf_and_says_how_many_pages() {
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("short.pdf");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args([
            "handout",
            "--data",
            "tests/fixtures/valid/minimal.ron",
            "--tour",
            "short",
            "--notes",
            "--lang",
            "ru",
            "--out",
        ])
        .arg(&out)
        .env("XDG_RUNTIME_DIR", folder.path())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("wrote {} (3 pages)", out.display())
    );
    assert_eq!(page_count(&std::fs::read(&out).unwrap()), Some(3));
    // Written atomically: nothing but the PDF is left in the folder.
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
}

#[test]
fn file_menu_exports_the_tour_as_pdf_and_says_where() {
    let folder = tempfile::tempdir().unwrap();
    let dataset = fixture();
    let view = sco_explorer::state::ViewState::for_dataset(&dataset);
    let mut app = sco_explorer::app::ExplorerApp::new(dataset, view);
    app.set_save_dir(folder.path().to_owned());
    // As the window does at start.
    app.set_handout_printer(sco_explorer::handout::print_handout);
    let mut harness = sco_explorer::screenshot::harness_for(app, Default::default());
    harness.run();
    harness.get_by_label("File").click();
    harness.run();
    harness
        .get_by_label("Export tour as PDF with teacher's notes")
        .click();
    harness.run();
    let path = folder
        .path()
        .join("sco-explorer-handout-short-en-notes.pdf");
    // The handout is written on a thread of its own; the window keeps drawing.
    for _ in 0..600 {
        if !harness.state().is_writing_handout() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    let message = harness.state().status_message().unwrap();
    assert_eq!(message, format!("Saved the handout to {}", path.display()));
    assert_eq!(page_count(&std::fs::read(&path).unwrap()), Some(3));
}

/// A picture of a page part as an image, for the snapshot suite.
fn image_of(picture: &sco_explorer::pdf::Picture) -> image::RgbaImage {
    let rgba = picture
        .rgb
        .chunks_exact(3)
        .flat_map(|p| [p[0], p[1], p[2], 255])
        .collect();
    image::RgbaImage::from_raw(picture.width, picture.height, rgba).unwrap()
}

#[test]
fn handout_pages_match_their_snapshots() {
    let dataset = fixture();
    let request = HandoutRequest {
        tour: Some("short".to_owned()),
        notes: true,
        lang: Lang::Ru,
        lesson: None,
    };
    let document = handout_document(&dataset, &request).unwrap();
    // The title page; a printed slide (no on-screen controls); its note strip.
    egui_kittest::image_snapshot(
        &image_of(&document.pages[0].pictures[0].0),
        "handout_title_page",
    );
    egui_kittest::image_snapshot(&image_of(&document.pages[2].pictures[0].0), "handout_slide");
    egui_kittest::image_snapshot(
        &image_of(&document.pages[2].pictures[1].0),
        "handout_note_strip",
    );
}

/// The text `pdftotext` (poppler-utils, installed by scripts/setup-debian.sh)
/// reads from page `page` of `pdf` (all pages when `None`), without spaces
/// or line breaks: where a line wraps is not what is checked.
fn pdf_text(pdf: &[u8], page: Option<usize>) -> String {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("handout.pdf");
    std::fs::write(&path, pdf).unwrap();
    let mut command = std::process::Command::new("pdftotext");
    command.args(["-enc", "UTF-8"]);
    if let Some(page) = page {
        command.args(["-f", &page.to_string(), "-l", &page.to_string()]);
    }
    let output = command
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils, scripts/setup-debian.sh): {e}"));
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_ten_step_handout_has_its_text_in_every_language_and_stays_under_2_mb() {
    let dataset = find_bundled("sco").unwrap().load().unwrap();
    let tour = &dataset.file().tours[0];
    let steps = dataset.presentation_steps(Some(tour.id.as_str()));
    assert_eq!(steps.len(), 10, "the default tour is the ten-step one");
    let (with_note, note) = steps
        .iter()
        .enumerate()
        .find_map(|(i, s)| s.note.as_ref().map(|n| (i, n)))
        .unwrap();
    let sco_explorer::model::Target::Event(first) = steps[0].target else {
        panic!("the tour starts at an event");
    };
    for lang in [Lang::En, Lang::Ru, Lang::Zh] {
        let request = HandoutRequest {
            tour: None,
            notes: true,
            lang,
            lesson: None,
        };
        let pdf = handout_pdf(&dataset, &request).unwrap();
        assert!(pdf.len() < 2_000_000, "{lang:?}: {} bytes", pdf.len());
        let text = pdf_text(&pdf, None);
        let heading = &dataset.file().events.get(first).unwrap().title;
        let note: String = squeezed(note.text(lang)).chars().take(30).collect();
        for wanted in [
            squeezed(tour.title.text(lang)),
            squeezed(heading.text(lang)),
            note.clone(),
        ] {
            assert!(
                text.contains(&wanted),
                "{lang:?}: no {wanted:?} in the PDF's text"
            );
        }
        // The note is on its slide's page (after the title pages).
        let pages = page_count(&pdf).unwrap();
        let slide_page = pages - steps.len() + with_note + 1;
        let page_text = pdf_text(&pdf, Some(slide_page));
        assert!(
            page_text.contains(&note),
            "{lang:?}: page {slide_page}: {page_text}"
        );
        // Sources that do not fit on the title page get pages of their own,
        // each with a fair share: never the last few alone on a page.
        let sources = text.matches("http").count();
        let source_pages = pages - steps.len() - 1;
        for page in 2..2 + source_pages {
            let on_page = pdf_text(&pdf, Some(page)).matches("http").count();
            assert!(
                on_page * (source_pages + 1) >= sources,
                "{lang:?}: page {page} has {on_page} of {sources} sources"
            );
        }
    }
}

#[test]
fn a_note_too_long_for_its_strip_ends_in_an_ellipsis_on_paper() {
    let text = std::fs::read_to_string("tests/fixtures/valid/minimal.ron").unwrap();
    let long = "Ask the class why this country joined when it did. ".repeat(40);
    let text = text.replace(
        "note: Some(\"Say hello\")",
        &format!("note: Some(\"{long}END\")"),
    );
    let dataset = sco_explorer::model::load_str("minimal.ron", &text).unwrap();
    let pdf = handout_pdf(&dataset, &request("short", true)).unwrap();
    let page = pdf_text(&pdf, Some(3));
    assert!(page.contains("Asktheclasswhy"), "{page}");
    assert!(page.contains('…'), "{page}");
    assert!(!page.contains("END"), "{page}");
}
