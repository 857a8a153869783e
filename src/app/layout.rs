//! How the window is laid out: the explorer's panels around the timeline or
//! map, one panel alone for the per-panel scenes, and what egui is told each
//! frame (theme, scale, full screen).

use egui::Ui;

use super::{ExplorerApp, Panel};
use crate::actions::{Action, KeyContext};
use crate::on_screen::OnScreen;
use crate::state::{CentralView, ThemeChoice};
use crate::tr;
use crate::ui::details::details_panel_ui;
use crate::ui::error_panel::error_panel_ui;
use crate::ui::help_window::help_window_ui;
use crate::ui::lesson_panel::{lesson_panel_ui, unsaved_lesson_ui};
use crate::ui::map_panel::map_panel_ui;
use crate::ui::members_panel::members_panel_ui;
use crate::ui::memberships_panel::memberships_panel_ui;
use crate::ui::open_dialog::{Choosing, DialogOutcome};
use crate::ui::overlap_table::overlap_table_ui;
use crate::ui::status_bar::status_bar_ui;
use crate::ui::timeline_plot::timeline_plot_ui;
use crate::ui::top_bar::top_bar_ui;

impl ExplorerApp {
    /// Draws one panel alone into `ui` (for the per-panel scenes).
    pub fn panel_ui(&mut self, ui: &mut Ui, panel: Panel) {
        let ctx = ui.ctx().clone();
        self.sync_context(&ctx);
        let pending = std::mem::take(&mut self.pending);
        self.apply_all(&ctx, pending);
        let mut actions = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| match panel {
            Panel::Members => members_panel_ui(
                ui,
                &OnScreen::new(&self.session, self.map),
                &self.view,
                &mut self.list,
                &mut actions,
            ),
            Panel::Details => {
                details_panel_ui(
                    ui,
                    &OnScreen::new(&self.session, self.map),
                    &self.view,
                    &mut actions,
                    false,
                );
            }
            Panel::Timeline => self.central_ui(ui, &mut actions),
        });
        if !actions.is_empty() {
            self.apply_all(&ctx, actions);
            ctx.request_repaint();
        }
    }

    pub(super) fn key_context(&self) -> KeyContext {
        if self.view.presenting {
            KeyContext::Slides
        } else if self.quiz_on_screen() {
            KeyContext::Quiz
        } else if self.open_dialog.is_some() || self.lesson_question.is_some() {
            KeyContext::Dialog
        } else if self.view.lesson_panel {
            KeyContext::Lesson
        } else {
            KeyContext::Explorer
        }
    }

    pub(super) fn explorer_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let shown = OnScreen::new(&self.session, self.map);
        let dataset = shown.dataset;
        egui::Panel::top("top_bar").show(ui, |ui| {
            top_bar_ui(
                ui,
                &shown,
                &self.view,
                (
                    self.session.path().is_some(),
                    self.handout_job.is_some(),
                    self.lesson.is_some(),
                ),
                actions,
            );
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            status_bar_ui(
                ui,
                dataset,
                &self.view,
                self.session.status(),
                self.session.loading().is_some(),
            );
        });
        let mut dismiss = false;
        if let Some(error) = self.session.load_error() {
            egui::Panel::bottom("load_errors")
                .resizable(true)
                .default_size(160.0)
                .show(ui, |ui| {
                    let name = crate::i18n::dataset_name(dataset.name(), self.view.lang);
                    dismiss = error_panel_ui(ui, error, &name, self.view.lang);
                });
        }
        // Side panels start at a share of the window, so small windows and 2x scale keep a usable timeline.
        let width = ui.available_width();
        // With the lesson panel open the others start narrower (panels of
        // their own ids: egui remembers each panel's width), so the centre keeps room.
        let (members_id, details_id, share) = if self.view.lesson_panel {
            ("members_panel_lesson", "details_panel_lesson", 0.8)
        } else {
            ("members_panel", "details_panel", 1.0)
        };
        egui::Panel::left(members_id)
            .resizable(true)
            .default_size((width * 0.23 * share).clamp(200.0, 420.0))
            .size_range(180.0..=520.0)
            .show(ui, |ui| {
                members_panel_ui(ui, &shown, &self.view, &mut self.list, actions);
            });
        if self.view.lesson_panel {
            egui::Panel::right("lesson_panel")
                .resizable(true)
                .default_size((width * 0.22).clamp(260.0, 480.0))
                .size_range(240.0..=640.0)
                .show(ui, |ui| {
                    let doc = self.lesson.as_ref();
                    lesson_panel_ui(ui, (doc, dataset), &self.view, actions);
                });
        }
        let details = egui::Panel::right(details_id)
            .resizable(true)
            .default_size((width * 0.28 * share).clamp(240.0, 560.0))
            .size_range(220.0..=700.0)
            .show(ui, |ui| {
                let focus = std::mem::take(&mut self.focus_details);
                details_panel_ui(ui, &shown, &self.view, actions, focus);
            });
        self.details_rect = Some(details.response.rect);
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui, actions));
        help_window_ui(ui.ctx(), self.session.dataset(), &self.view, actions);
        if dismiss {
            self.session.dismiss_error();
        }
        if self.lesson_question.is_some() {
            unsaved_lesson_ui(ui.ctx(), self.view.lang, actions);
        }
        self.open_dialog_ui(ui.ctx());
        self.code_dialog_ui(ui.ctx());
        self.copied_code_ui(ui.ctx());
    }

    pub(super) fn central_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let shown = OnScreen::new(&self.session, self.map);
        ui.horizontal(|ui| {
            let lang = self.view.lang;
            for (view, label, tip) in [
                (CentralView::Timeline, "tab-timeline", "tab-timeline-tip"),
                (CentralView::Map, "tab-map", "tab-map-tip"),
                (
                    CentralView::Memberships,
                    "tab-memberships",
                    "tab-memberships-tip",
                ),
                (CentralView::Overlap, "tab-overlap", "tab-overlap-tip"),
            ] {
                let current = self.view.central_view == view;
                if ui
                    .selectable_label(current, tr!(lang, label))
                    .on_hover_text(tr!(lang, tip))
                    .clicked()
                    && !current
                {
                    actions.push(Action::ShowView(view));
                }
            }
        });
        let view = &self.view;
        match view.central_view {
            CentralView::Timeline => {
                // A hidden map does not animate.
                self.map_memory.player.stop();
                timeline_plot_ui(ui, &shown, view, &mut self.timeline, actions);
            }
            CentralView::Map => map_panel_ui(ui, &shown, view, &mut self.map_memory, actions),
            CentralView::Memberships => {
                self.map_memory.player.stop();
                memberships_panel_ui(ui, &shown, view, &mut self.memberships, actions);
            }
            CentralView::Overlap => {
                let memories = (&mut self.overlap, &mut self.map_memory.player);
                overlap_table_ui(ui, &shown, view, memories, actions);
            }
        }
    }

    pub(super) fn open_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.open_dialog.as_mut() else {
            return;
        };
        match dialog.ui(ctx, self.view.lang) {
            DialogOutcome::Open => {}
            DialogOutcome::Cancelled => self.open_dialog = None,
            DialogOutcome::Chosen(path) => {
                let purpose = dialog.purpose();
                self.open_dialog = None;
                match purpose {
                    Choosing::Dataset => self.open_path(&path),
                    Choosing::SaveFolder => self.choose_save_folder(path),
                    Choosing::LessonFile => self.save_lesson(&path),
                }
            }
        }
    }

    /// Makes egui show what the view state says: theme, interface scale, full screen.
    pub(super) fn sync_context(&mut self, ctx: &egui::Context) {
        self.sync_title(ctx);
        if self.applied_theme != Some(self.view.theme) {
            if self.applied_theme.is_none() {
                // The keymap owns Ctrl+Plus/Minus/0, so the view state owns the scale.
                ctx.options_mut(|o| o.zoom_with_keyboard = false);
            }
            ctx.set_theme(match self.view.theme {
                ThemeChoice::System => egui::ThemePreference::System,
                ThemeChoice::Light => egui::ThemePreference::Light,
                ThemeChoice::Dark => egui::ThemePreference::Dark,
            });
            self.applied_theme = Some(self.view.theme);
        }
        let class_quiz = self.quiz_on_screen()
            && self
                .view
                .quiz
                .as_ref()
                .is_some_and(|q| q.mode == crate::state::QuizMode::Class);
        let scale = if self.view.presenting || class_quiz {
            self.view.present_scale
        } else {
            self.view.ui_scale
        };
        if (ctx.zoom_factor() - scale).abs() > f32::EPSILON {
            ctx.set_zoom_factor(scale);
        }
        if self.applied_presenting != Some(self.view.presenting) {
            if self.view.presenting || self.applied_presenting.is_some() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.view.presenting));
            }
            self.applied_presenting = Some(self.view.presenting);
        }
    }

    /// The window's title names the organisation in the interface's language
    /// ("ASEAN — regional cooperation explorer"), set when either changes.
    fn sync_title(&mut self, ctx: &egui::Context) {
        let dataset = self.session.dataset();
        let lang = self.view.lang;
        // Compared in place: no allocation on the frames where nothing changed.
        if self
            .applied_title
            .as_ref()
            .is_some_and(|(name, l)| name == dataset.name() && *l == lang)
        {
            return;
        }
        let key = (dataset.name().to_owned(), lang);
        let org = dataset.file().organisation.short_name.text(self.view.lang);
        let title = tr!(
            self.view.lang,
            "window-title",
            org = &crate::notice::shown(org)
        );
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        self.applied_title = Some(key);
    }
}
