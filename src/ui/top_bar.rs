//! The top bar: the File, View and Help menus, the dataset's title, the
//! theme switch and the Present button. Every item turns into an [`Action`];
//! the shortcut hints beside the items come from the keymap.

use egui::{Button, RichText, Ui};

use crate::actions::{Action, hint_for};
use crate::i18n::Lang;
use crate::model::{BUNDLED, Dataset};
use crate::on_screen::OnScreen;
use crate::state::{QuizMode, ThemeChoice, ViewState};
use crate::tr;

use crate::i18n::bundled_label;

/// The width the right-hand controls are assumed to take before the first
/// frame has measured them, in points.
const DEFAULT_RIGHT_WIDTH: f32 = 420.0;
/// Room kept between the title and the right-hand controls, in points.
const TITLE_GAP: f32 = 12.0;

/// A menu item with its keyboard shortcut (from the keymap) on the right.
fn menu_item(ui: &mut Ui, text: &str, action: Action, enabled: bool, actions: &mut Vec<Action>) {
    let mut button = Button::new(text);
    if let Some(hint) = hint_for(&action) {
        button = button.shortcut_text(hint);
    }
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(action);
    }
}

/// "Save in: …/lessons…": where PNGs and handouts go (the folder's last part,
/// the full path on hover); choosing it opens the folder dialog.
fn save_folder_item_ui(
    ui: &mut Ui,
    lang: Lang,
    folder: Option<&std::path::Path>,
    actions: &mut Vec<Action>,
) {
    let full = folder.map_or_else(
        || {
            std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default()
        },
        |f| f.display().to_string(),
    );
    let short = std::path::Path::new(&full)
        .file_name()
        .map_or_else(|| full.clone(), |n| n.to_string_lossy().into_owned());
    let (short, full) = (crate::notice::shown(&short), crate::notice::shown(&full));
    if ui
        .button(tr!(lang, "menu-save-folder", folder = &short))
        .on_hover_text(&full)
        .clicked()
    {
        actions.push(Action::ChooseSaveFolder);
    }
}

/// The menu bar across the top of the window.
pub fn top_bar_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    view: &ViewState,
    (has_file, writing_handout, has_lesson): (bool, bool, bool),
    actions: &mut Vec<Action>,
) {
    let dataset = shown.dataset;
    let comparing = shown.other.map(|org| org.source.as_str());
    let lang = view.lang;
    egui::MenuBar::new().ui(ui, |ui| {
        // Disabled while a handout is being written: one at a time.
        // A lesson in the panel is handed out instead of a tour.
        let has_tours = (!dataset.file().tours.is_empty() || has_lesson) && !writing_handout;
        file_menu_ui(
            ui,
            lang,
            (has_file, has_tours),
            view.save_folder.as_deref(),
            actions,
        );
        view_menu_ui(ui, view, actions);
        crate::ui::lesson_panel::lesson_menu_ui(ui, has_lesson, lang, actions);
        ui.menu_button(tr!(lang, "menu-help"), |ui| {
            menu_item(
                ui,
                &tr!(lang, "menu-shortcuts"),
                Action::ToggleHelp,
                true,
                actions,
            );
        });
        ui.separator();
        dataset_switcher_ui(ui, dataset, lang, actions);
        compare_switcher_ui(ui, (dataset, comparing), view, actions);
        // The title takes the room the right-hand controls leave (as wide as
        // they were last frame) and is cut short with "…" rather than run under
        // them: Russian titles are a third longer than English ones.
        let right_id = egui::Id::unique("top bar right-hand width");
        let right_width = ui
            .ctx()
            .data(|d| d.get_temp::<f32>(right_id))
            .unwrap_or(DEFAULT_RIGHT_WIDTH);
        if comparing.is_none() {
            let room = (ui.available_width() - right_width - TITLE_GAP).max(0.0);
            ui.scope(|ui| {
                ui.set_max_width(room);
                ui.add(
                    egui::Label::new(RichText::new(dataset.file().title.text(lang)).strong())
                        .truncate(),
                );
            });
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!(lang, "top-present"))
                .on_hover_text(tr!(lang, "top-present-tip"))
                .clicked()
            {
                actions.push(Action::Present);
            }
            let dark = ui.visuals().dark_mode;
            // The button says what it does, so it never reads as the current theme.
            let (icon, tip) = if dark {
                (tr!(lang, "top-to-light"), tr!(lang, "top-to-light-tip"))
            } else {
                (tr!(lang, "top-to-dark"), tr!(lang, "top-to-dark-tip"))
            };
            if ui.button(icon).on_hover_text(tip).clicked() {
                actions.push(Action::ToggleTheme);
            }
            language_switcher_ui(ui, lang, actions);
            let name = crate::i18n::dataset_name(dataset.name(), lang);
            ui.label(RichText::new(name).small().weak());
            let width = ui.min_rect().width();
            ui.ctx().data_mut(|d| d.insert_temp(right_id, width));
        });
    });
}

/// The File menu; `has_file`: a file is open (it can be reloaded); `has_tours`:
/// the dataset has a tour to hand out.
fn file_menu_ui(
    ui: &mut Ui,
    lang: Lang,
    (has_file, has_tours): (bool, bool),
    save_folder: Option<&std::path::Path>,
    actions: &mut Vec<Action>,
) {
    ui.menu_button(tr!(lang, "menu-file"), |ui| {
        menu_item(ui, &tr!(lang, "menu-open"), Action::Open, true, actions);
        menu_item(
            ui,
            &tr!(lang, "menu-reload"),
            Action::Reload,
            has_file,
            actions,
        );
        for bundled in BUNDLED {
            let text = tr!(
                lang,
                "menu-show-bundled",
                name = &bundled_label(bundled, lang)
            );
            menu_item(ui, &text, Action::ShowBundled(bundled.name), true, actions);
        }
        ui.separator();
        menu_item(
            ui,
            &tr!(lang, "menu-save-png"),
            Action::SavePng,
            true,
            actions,
        );
        save_folder_item_ui(ui, lang, save_folder, actions);
        menu_item(
            ui,
            &tr!(lang, "menu-export-handout"),
            Action::ExportHandout(false),
            has_tours,
            actions,
        );
        menu_item(
            ui,
            &tr!(lang, "menu-export-handout-notes"),
            Action::ExportHandout(true),
            has_tours,
            actions,
        );
        menu_item(
            ui,
            &tr!(lang, "menu-copy-view-code"),
            Action::CopyViewCode,
            true,
            actions,
        );
        menu_item(
            ui,
            &tr!(lang, "menu-open-view-code"),
            Action::OpenViewCode,
            true,
            actions,
        );
        ui.separator();
        menu_item(ui, &tr!(lang, "menu-quit"), Action::Quit, true, actions);
    });
}

fn view_menu_ui(ui: &mut Ui, view: &ViewState, actions: &mut Vec<Action>) {
    let lang = view.lang;
    ui.menu_button(tr!(lang, "menu-view"), |ui| {
        // egui's menus take the outline off empty radio circles; these get it back.
        ui.scope(|ui| {
            crate::fonts::outline_choices(ui.visuals_mut());
            ui.label(tr!(lang, "menu-theme"));
            for (theme, label) in [
                (ThemeChoice::System, "menu-theme-system"),
                (ThemeChoice::Light, "menu-theme-light"),
                (ThemeChoice::Dark, "menu-theme-dark"),
            ] {
                if ui.radio(view.theme == theme, tr!(lang, label)).clicked() {
                    actions.push(Action::SetTheme(theme));
                }
            }
            ui.separator();
            ui.label(tr!(lang, "menu-language"));
            for choice in Lang::ALL {
                if ui.radio(lang == choice, choice.native_name()).clicked() {
                    actions.push(Action::SetLang(choice));
                }
            }
        });
        ui.separator();
        menu_item(
            ui,
            &tr!(lang, "menu-whole-history"),
            Action::ZoomReset,
            true,
            actions,
        );
        menu_item(
            ui,
            &tr!(lang, "menu-map-or-timeline"),
            Action::ToggleMap,
            true,
            actions,
        );
        menu_item(
            ui,
            &tr!(lang, "menu-larger"),
            Action::UiLarger,
            true,
            actions,
        );
        menu_item(
            ui,
            &tr!(lang, "menu-smaller"),
            Action::UiSmaller,
            true,
            actions,
        );
        menu_item(
            ui,
            &tr!(lang, "menu-normal-size"),
            Action::UiResetSize,
            true,
            actions,
        );
        quiz_items_ui(ui, view, actions);
    });
}

/// The View menu's quiz items: a self-test, a class quiz, and back to a quiz
/// left for the explorer. (In the View menu rather than a menu of their own,
/// which would move every other menu title.)
fn quiz_items_ui(ui: &mut Ui, view: &ViewState, actions: &mut Vec<Action>) {
    let lang = view.lang;
    ui.separator();
    ui.label(tr!(lang, "quiz-menu"));
    if view.quiz.as_ref().is_some_and(|q| q.away) {
        menu_item(
            ui,
            &tr!(lang, "quiz-menu-resume"),
            Action::ResumeQuiz,
            true,
            actions,
        );
    }
    menu_item(
        ui,
        &tr!(lang, "quiz-mode-self-test"),
        Action::StartQuiz(QuizMode::SelfTest),
        true,
        actions,
    );
    menu_item(
        ui,
        &tr!(lang, "quiz-mode-class"),
        Action::StartQuiz(QuizMode::Class),
        true,
        actions,
    );
}

/// "Compare with": a second organisation beside this one, or none.
fn compare_switcher_ui(
    ui: &mut Ui,
    (dataset, comparing): (&Dataset, Option<&str>),
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let current = comparing.map_or_else(
        || tr!(lang, "compare-none"),
        |source| {
            crate::model::find_bundled(source).map_or_else(
                || {
                    std::path::Path::new(source)
                        .file_name()
                        .map_or_else(|| source.to_owned(), |n| n.to_string_lossy().into_owned())
                },
                |b| bundled_label(b, lang),
            )
        },
    );
    let label = ui.label(tr!(lang, "compare-with"));
    egui::ComboBox::from_id_salt("compare switcher")
        .width(90.0)
        .selected_text(current)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(comparing.is_none(), tr!(lang, "compare-none"))
                .clicked()
                && comparing.is_some()
            {
                actions.push(Action::StopComparing);
            }
            for bundled in BUNDLED {
                // Comparing an organisation with itself would show one group only.
                if bundled.display_name == dataset.name() {
                    continue;
                }
                let shown = comparing == Some(bundled.name);
                if ui
                    .selectable_label(shown, bundled_label(bundled, lang))
                    .clicked()
                    && !shown
                {
                    actions.push(Action::CompareWith(bundled.name));
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// The compact language switcher: "EN", "RU" or "中文", each in its own language.
fn language_switcher_ui(ui: &mut Ui, lang: Lang, actions: &mut Vec<Action>) {
    let short = |l: Lang| match l {
        Lang::En => "EN",
        Lang::Ru => "RU",
        Lang::Zh => "中文",
    };
    let response = egui::ComboBox::from_id_salt("language switcher")
        .width(48.0)
        .selected_text(short(lang))
        .show_ui(ui, |ui| {
            for choice in Lang::ALL {
                if ui
                    .selectable_label(choice == lang, choice.native_name())
                    .clicked()
                    && choice != lang
                {
                    actions.push(Action::SetLang(choice));
                }
            }
        })
        .response;
    // Screen readers (and tests) find it by what it is, not by its current value.
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr!(lang, "menu-language"))
    });
    response.on_hover_text(tr!(lang, "menu-language"));
}

/// The dataset switcher: the bundled datasets, and "Open file…".
fn dataset_switcher_ui(ui: &mut Ui, dataset: &Dataset, lang: Lang, actions: &mut Vec<Action>) {
    let shown_bundled = BUNDLED.iter().find(|b| b.display_name == dataset.name());
    let current = shown_bundled.map_or_else(
        || {
            std::path::Path::new(dataset.name())
                .file_name()
                .map_or_else(
                    || dataset.name().to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                )
        },
        |b| bundled_label(b, lang),
    );
    let label = ui.label(tr!(lang, "top-dataset"));
    egui::ComboBox::from_id_salt("dataset switcher")
        .width(90.0)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for bundled in BUNDLED {
                let shown = shown_bundled == Some(bundled);
                if ui
                    .selectable_label(shown, bundled_label(bundled, lang))
                    .clicked()
                    && !shown
                {
                    actions.push(Action::ShowBundled(bundled.name));
                }
            }
            ui.separator();
            if ui
                .selectable_label(false, tr!(lang, "top-open-file"))
                .clicked()
            {
                actions.push(Action::Open);
            }
        })
        .response
        .labelled_by(label.id);
}
