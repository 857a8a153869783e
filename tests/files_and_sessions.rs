//! Real files and sessions: reloading a file edited on disk, an invalid edit
//! then a fix, a deleted file, a file named on the command line, refused
//! link schemes and sizes, and atomic writes. (Remembering the view between
//! runs is tested in `persistence.rs`.)

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use sco_explorer::app::ExplorerApp;
use sco_explorer::export::write_atomically;
use sco_explorer::model::{LoadError, is_web_url, load_str};
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{Selection, ThemeChoice};

fn minimal() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/minimal.ron"),
    )
    .unwrap()
}

#[test]
fn an_edited_file_reloads_and_a_bad_edit_keeps_the_last_good_data() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("teacher.ron");
    std::fs::write(&path, minimal()).unwrap();

    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    app.open_path(&path);
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run_steps(2);
    assert_eq!(
        harness.state().dataset().file().title,
        "Example organisation"
    );

    // An edit that breaks the file: errors shown, the data on screen stays.
    std::fs::write(
        &path,
        minimal().replace("title: \"1st summit\",", "titel: \"1st summit\","),
    )
    .unwrap();
    harness.state_mut().check_watched_file();
    harness.run_steps(2);
    harness.get_by_label_contains("unknown field `titel`");
    assert_eq!(
        harness.state().dataset().file().title,
        "Example organisation"
    );
    harness.get_by_role_and_label(Role::Button, "Kazakhstan");

    // The fix: reloaded, errors gone, the new text on screen.
    std::fs::write(
        &path,
        minimal().replace("Example organisation", "Edited organisation"),
    )
    .unwrap();
    harness.state_mut().check_watched_file();
    harness.run_steps(2);
    assert_eq!(
        harness.state().dataset().file().title,
        "Edited organisation"
    );
    assert!(
        harness
            .query_by_label_contains("Could not open the dataset")
            .is_none()
    );
    harness.get_by_label("Edited organisation");

    // Deleted: reported, not fatal, data kept.
    std::fs::remove_file(&path).unwrap();
    harness.state_mut().check_watched_file();
    harness.run_steps(2);
    assert!(matches!(
        harness.state().load_error(),
        Some(LoadError::Io { .. })
    ));
    assert!(
        harness
            .query_all_by_label_contains("cannot read the file")
            .count()
            >= 1
    );
    assert_eq!(
        harness.state().dataset().file().title,
        "Edited organisation"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn only_web_links_are_clickable_sources() {
    for url in ["https://eng.sectsco.org/", "http://tass.com/world/1063778"] {
        assert!(is_web_url(url));
    }
    for url in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mailto:x@example.org",
        "ftp://example.org/x",
        "/relative",
    ] {
        assert!(!is_web_url(url), "{url}");
        let text = minimal().replace("https://example.org/a", url);
        let error = load_str("links.ron", &text).unwrap_err();
        assert!(
            error.lines()[0].contains("must start with http:// or https://"),
            "{url}"
        );
    }
    // The details pane shows sources as links.
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.selection = Selection::Event("summit-2013-bishkek".into());
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    assert!(harness.query_all_by_role(Role::Link).count() > 3);
}

#[test]
fn oversized_files_are_refused_with_a_message() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(sco_explorer::model::MAX_FILE_BYTES + 1)
        .unwrap();
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    let countries = app.dataset().file().countries.len();
    app.open_path(&path);
    wait_for_background_load(&mut app);
    let message = app.load_error().unwrap().to_string();
    assert!(message.contains("are refused"), "{message}");
    assert_eq!(
        app.dataset().file().countries.len(),
        countries,
        "the SCO data stays"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn atomic_writes_leave_a_whole_file_and_no_temporary() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("export.json");
    std::fs::write(&path, "old contents").unwrap();
    write_atomically(&path, b"new contents").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new contents");
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
    // Writing into a folder that does not exist fails cleanly and leaves nothing behind.
    assert!(write_atomically(&dir.join("missing/x.json"), b"x").is_err());
    std::fs::remove_dir_all(&dir).ok();
}

/// Waits (at most a minute: a hang is a failure) until a background load has arrived.
fn wait_for_background_load(app: &mut ExplorerApp) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while app.loading().is_some() {
        assert!(
            std::time::Instant::now() < deadline,
            "the load never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        app.poll_background_load();
    }
}

/// A synthetic dataset written to `dir/big.ron`: its path and its size in bytes.
fn generated_file(dir: &Path, countries: usize, events: usize) -> (PathBuf, usize) {
    let path = dir.join("big.ron");
    let text = sco_explorer::generate::generate(&sco_explorer::generate::GenerateOptions {
        countries,
        events,
        seed: 1,
    })
    .unwrap();
    std::fs::write(&path, &text).unwrap();
    (path, text.len())
}

#[test]
fn a_failed_background_load_does_not_say_loading_for_ever() {
    let tmp = common::temp_dir();
    let (path, _) = generated_file(tmp.path(), 60, 8000);
    // Damage the end of the big file: the background load fails.
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.truncate(text.len() - 10);
    std::fs::write(&path, text).unwrap();
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    let sco_title = app.dataset().file().title.clone();
    app.open_path(&path);
    assert!(app.status_message().unwrap().starts_with("Loading"));
    wait_for_background_load(&mut app);
    assert!(app.load_error().is_some());
    assert_eq!(
        app.dataset().file().title,
        sco_title,
        "the data on screen stays"
    );
    let message = app.status_message().unwrap();
    assert!(message.starts_with("Could not open"), "{message}");
}

#[test]
fn a_large_file_loads_in_the_background_and_the_data_stays_until_it_is_ready() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let (path, size) = generated_file(&dir, 60, 8000);
    assert!(size as u64 > sco_explorer::session::BACKGROUND_LOAD_BYTES);
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    let sco_title = app.dataset().file().title.clone();
    app.open_path(&path);
    // The window does not wait: the SCO stays on screen while the file loads.
    assert_eq!(app.loading(), Some(path.as_path()));
    assert_eq!(app.dataset().file().title, sco_title);
    wait_for_background_load(&mut app);
    assert_eq!(app.dataset().file().events.len(), 8000);
    assert!(app.load_error().is_none());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_dataset_of_100k_events_opens_in_the_window_with_the_events_read_shown() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let (path, size) = generated_file(&dir, 200, 100_000);
    assert!(size > 16 * 1024 * 1024, "over the old limit");
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.open_path(&path);
    let mut messages = Vec::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while app.loading().is_some() {
        assert!(
            std::time::Instant::now() < deadline,
            "the load never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        app.poll_background_load();
        messages.extend(app.status_message());
    }
    assert!(app.load_error().is_none(), "{:?}", app.load_error());
    assert_eq!(app.dataset().file().events.len(), 100_000);
    assert!(
        messages.iter().any(|m| m.ends_with("events read")),
        "the status bar counted the events as they were read: {:?}",
        messages.first()
    );
    let last = app.status_message().unwrap_or_default();
    assert!(last.contains("200 countries, 100000 events"), "{last}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_file_named_on_the_command_line_is_watched_too() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("mine.ron");
    std::fs::write(&path, minimal()).unwrap();
    let mut app = ExplorerApp::start(
        None,
        sco_explorer::app::StartOptions {
            file: Some(path.clone()),
            reset: true,
            dataset: None,
            lang: None,
            compare: None,
            view: None,
        },
    )
    .unwrap();
    assert_eq!(app.dataset().file().title, "Example organisation");
    // Saved in an editor a moment later (a different size, so the change is seen at once).
    std::fs::write(
        &path,
        minimal().replace("Example organisation", "Example organisation, edited"),
    )
    .unwrap();
    app.check_watched_file();
    assert_eq!(app.dataset().file().title, "Example organisation, edited");
    std::fs::remove_dir_all(&dir).ok();
}

/// File → Save in: …, the path typed into the folder dialog, Save here.
fn choose_save_folder(harness: &mut egui_kittest::Harness<'static, ExplorerApp>, path: &Path) {
    harness.get_by_role_and_label(Role::Button, "File").click();
    harness.run();
    harness.get_by_label_contains("Save in: ").click();
    harness.run();
    harness.get_by_label("Folder for saved PNGs and handouts");
    let field = harness.get_by_role_and_label(Role::TextInput, "Folder");
    field.click();
    field.type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("Save here").click();
    harness.run();
}

#[test]
fn the_file_menu_chooses_the_folder_saved_files_go_to_and_remembers_it() {
    let tmp = common::temp_dir();
    let folder = tmp.path().to_path_buf();
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    choose_save_folder(&mut harness, &folder);
    assert_eq!(
        harness.state().view.save_folder.as_deref(),
        Some(folder.as_path())
    );
    assert_eq!(
        harness.state().status_message().unwrap(),
        format!("Saved files now go to {}", folder.display())
    );
    // The menu names the folder; the view state (remembered between runs) holds it.
    harness.get_by_role_and_label(Role::Button, "File").click();
    harness.run();
    let name = folder.file_name().unwrap().to_string_lossy().into_owned();
    harness.get_by_label(&format!("Save in: {name}…"));
    let remembered: sco_explorer::state::ViewState =
        ron::from_str(&ron::to_string(&harness.state().view).unwrap()).unwrap();
    assert_eq!(remembered.save_folder.as_deref(), Some(folder.as_path()));
    std::fs::remove_dir_all(folder).ok();
}

#[test]
fn a_save_folder_that_is_not_a_folder_is_refused_and_the_old_one_stays() {
    let tmp = common::temp_dir();
    let folder = tmp.path().to_path_buf();
    let file = folder.join("plain.txt");
    std::fs::write(&file, "").unwrap();
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.set_save_dir(folder.clone());
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    choose_save_folder(&mut harness, &file);
    assert_eq!(
        harness.state().view.save_folder.as_deref(),
        Some(folder.as_path())
    );
    assert_eq!(
        harness.state().status_message().unwrap(),
        format!(
            "{} is not a folder: saved files still go where they went",
            file.display()
        )
    );
    std::fs::remove_dir_all(folder).ok();
}

#[test]
fn a_view_code_of_a_big_file_keeps_its_view_once_the_file_has_loaded() {
    use sco_explorer::i18n::Lang;
    use sco_explorer::state::CentralView;
    use sco_explorer::view_code::{CodeDataset, ViewCode};
    let tmp = common::temp_dir();
    let (path, size) = generated_file(tmp.path(), 60, 8000);
    assert!(size as u64 > sco_explorer::session::BACKGROUND_LOAD_BYTES);
    let dataset = sco_explorer::model::load_file(&path).unwrap();
    let event = dataset.file().events[4000].clone();
    let as_of = event.start.first_day();
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    let code = ViewCode {
        dataset: CodeDataset::File(path.display().to_string()),
        selection: Selection::Event(event.id.to_string()),
        as_of,
        central: CentralView::Map,
        lang: Lang::Ru,
        ..app.view_code()
    };
    app.open_view_code_text(&code.encode()).unwrap();
    assert_eq!(
        app.loading(),
        Some(path.as_path()),
        "loads in the background"
    );
    assert!(app.status_message().unwrap().starts_with("Loading"));
    wait_for_background_load(&mut app);
    assert_eq!(app.dataset().file().events.len(), 8000);
    assert_eq!(app.view.selection, Selection::Event(event.id.to_string()));
    assert_eq!(app.view.as_of, as_of);
    assert_eq!(app.view.central_view, CentralView::Map);
    assert_eq!(app.view.lang, Lang::Ru);
    assert_eq!(app.status_message().unwrap(), "Вид открыт по коду");
}
