//! Applying actions: the one place where input changes the app. Every key
//! (through the keymap), menu item and button arrives here as an [`Action`].

use crate::actions::Action;
use crate::model::{Direction, Target, find_bundled, step_event};
use crate::state::{CentralView, DEFAULT_PRESENT_SCALE, Selection, ThemeChoice};
use crate::tr;
use crate::ui::open_dialog::OpenDialog;
use crate::ui::timeline_axis::ZOOM_STEP;
use crate::ui::timeline_axis::zoom_range;

use super::{ExplorerApp, PRESENT_SCALE_RANGE, UI_SCALE_RANGE, UI_SCALE_STEP};

impl ExplorerApp {
    pub(super) fn apply_all(&mut self, ctx: &egui::Context, actions: Vec<Action>) {
        for action in actions {
            self.apply(ctx, action);
        }
    }

    /// Does what an action asks: the one place where input changes the app.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        if action.moves_the_view() {
            // "Opened the view from its code" is not news once the user moved on.
            self.session.clear_notice_about_codes();
        }
        if self.apply_region_action(&action) {
            return;
        }
        let dataset = self.session.dataset();
        match action {
            Action::NextEvent => self.step(Direction::Forward),
            Action::PreviousEvent => self.step(Direction::Backward),
            Action::Select(target) => self.view.select(dataset, target),
            Action::SelectStatusChange { country, period } => {
                self.select_status_change(country, period);
            }
            Action::SetDate(day) => self.view.set_date(self.date_span(), day),
            Action::DateBack | Action::DateForward => self.move_date_a_year(&action),
            Action::ZoomIn => self.zoom(1.0 / ZOOM_STEP),
            Action::ZoomOut => self.zoom(ZOOM_STEP),
            Action::ZoomReset => self.view.timeline_range = None,
            Action::ToggleMap => {
                self.view.central_view = match self.view.central_view {
                    CentralView::Map => CentralView::Timeline,
                    _ => CentralView::Map,
                };
            }
            Action::ShowView(central) => {
                self.view.central_view = central;
                if matches!(central, CentralView::Memberships | CentralView::Overlap) {
                    // Now, so that a date set next may go back to the oldest organisation's.
                    self.session.build_region();
                }
            }
            Action::TogglePlay => self.toggle_play(),
            Action::PlayFromStart => {
                self.map_memory.player.stop();
                self.view.date_chosen = false;
                self.toggle_play();
            }
            Action::FocusSearch => {
                self.overlap.has_keys = false;
                self.list.focus_search();
            }
            Action::NextPanel | Action::PreviousPanel => {
                self.move_panel_focus(&action);
                if self.overlap_has_keys() {
                    // The table's cells are not widgets: no field or button keeps the keys.
                    ctx.memory_mut(egui::Memory::stop_text_input);
                }
            }
            Action::ListDown | Action::ListUp | Action::ListActivate | Action::PickFirstMatch
                if self.compared().is_some() =>
            {
                self.compare_list_key(ctx, &action);
            }
            Action::ListDown | Action::ListUp => {
                ctx.memory_mut(egui::Memory::stop_text_input);
                let step = if action == Action::ListDown { 1 } else { -1 };
                let hits = self.session.search_hits();
                self.list.move_cursor(dataset, hits, &self.view, step);
            }
            Action::ListActivate => {
                if let Some(target) = self.list.target_at_cursor() {
                    self.view.select(dataset, target);
                }
            }
            Action::PickFirstMatch => self.pick_first_match(),
            Action::StartQuiz(_)
            | Action::ResumeQuiz
            | Action::LeaveQuiz
            | Action::QuizChoose(_)
            | Action::QuizNext
            | Action::QuizPrevious
            | Action::SetQuizCodeText(_)
            | Action::OpenQuizCode => self.apply_quiz(&action),
            other => self.apply_files_and_settings(ctx, other),
        }
    }

    /// Files, comparing, view codes, settings and slides: the rest of [`Self::apply`].
    fn apply_files_and_settings(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Back => self.back(ctx),
            Action::Open => self.open_dialog = Some(OpenDialog::near(self.session.path())),
            Action::ChooseSaveFolder => {
                self.open_dialog = Some(OpenDialog::save_folder(self.view.save_folder.as_deref()));
            }
            Action::ShowBundled(name) => {
                if let Some(bundled) = find_bundled(name) {
                    self.show_bundled(bundled);
                }
            }
            Action::Reload => {
                let change = self.session.reload();
                self.after_load(change);
            }
            Action::SavePng => {
                // A slide is saved as the handout prints it: without the tour
                // menu and the on-screen buttons (drawn again once it is taken).
                self.view.printing = self.view.presenting;
                self.request_screenshot(ctx);
            }
            Action::ToggleHelp => self.view.help_open = !self.view.help_open,
            Action::DismissStartHint => self.view.start_hint_dismissed = true,
            Action::ToggleTheme => {
                let dark = ctx.global_style().visuals.dark_mode;
                self.view.theme = if dark {
                    ThemeChoice::Light
                } else {
                    ThemeChoice::Dark
                };
            }
            Action::SetTheme(theme) => self.view.theme = theme,
            Action::SetLang(lang) => self.view.lang = lang,
            Action::CopyViewCode => self.copy_view_code(ctx),
            Action::ExportHandout(notes) => self.start_handout(notes),
            Action::OpenViewCode => self.code_dialog = Some(String::new()),
            Action::OpenWaitingViewCode => {
                if let Some(text) = self.waiting_code.take()
                    && self.open_view_code_text(&text).is_ok()
                {
                    self.code_dialog = None;
                }
            }
            Action::CompareWith(name) => {
                // A failure shows its error; there is nothing more to do here.
                self.compare_with(name);
            }
            Action::StopComparing => self.stop_comparing(),
            Action::SelectCompared(k) => self.select_compared(k),
            Action::SelectComparedEvent(e) => self.select_compared_event(e),
            Action::UiLarger => self.change_scale(ctx, UI_SCALE_STEP),
            Action::UiSmaller => self.change_scale(ctx, -UI_SCALE_STEP),
            Action::UiResetSize => self.reset_scale(ctx),
            Action::Present => self.enter_presentation(),
            Action::PresentFromHere => self.enter_presentation_here(),
            Action::LeavePresentation => self.leave_presentation(),
            Action::NextSlide | Action::PreviousSlide | Action::FirstSlide | Action::LastSlide => {
                self.move_slide(&action);
            }
            Action::TogglePresenterView => self.view.presenter_view = !self.view.presenter_view,
            Action::TogglePresenterCompact => {
                let compact = crate::ui::slides::presenter_is_compact(ctx, &self.view);
                self.view.presenter_compact = Some(!compact);
                // Choosing how it looks shows it.
                self.view.presenter_view = true;
            }
            Action::TogglePresenterWindow => {
                self.view.presenter_window = !self.view.presenter_window;
                // Moving it shows it.
                self.view.presenter_view = true;
            }
            Action::SetHelpOpen(_)
            | Action::SetTimelineRange(..)
            | Action::ChooseTour(_)
            | Action::SetSearch(_)
            | Action::SetKindShown(..)
            | Action::PlayTo(_) => self.apply_view_edit(action),
            Action::Quit if self.hold_close_for_lesson() => {}
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::Lesson(lesson) => self.apply_lesson(ctx, lesson),
            // The spotlight is drawn while its key is held (`actions::is_held`),
            // so a press asks for nothing; the others are handled in `apply`.
            _ => {}
        }
    }

    /// The view edits panels ask for (a widget's new value).
    fn apply_view_edit(&mut self, action: Action) {
        match action {
            Action::SetHelpOpen(open) => self.view.help_open = open,
            Action::SetTimelineRange(min, max) => self.view.timeline_range = Some((min, max)),
            Action::ChooseTour(tour) => {
                self.view.tour = tour;
                self.view.tour_chosen = true;
                (self.view.step, self.view.page) = (0, 0);
            }
            Action::SetSearch(text) => self.view.search = text,
            Action::SetKindShown(kind, shown) => self.view.kinds.set_shown(&kind, shown),
            Action::PlayTo(day) => {
                let (first, last) = self.date_span();
                self.view.as_of = day.clamp(first, last);
            }
            _ => {}
        }
    }

    /// ↑/↓/Enter in the compare list: its own cursor, through the three groups.
    fn compare_list_key(&mut self, ctx: &egui::Context, action: &Action) {
        let Some(org) = self.session.compared() else {
            return;
        };
        let compared = &org.compared;
        let dataset = self.session.dataset();
        match action {
            Action::ListActivate | Action::PickFirstMatch => {
                if let Some(k) = self.list.compare_cursor(&self.view) {
                    self.select_compared(k);
                }
            }
            _ => {
                ctx.memory_mut(egui::Memory::stop_text_input);
                let step = if *action == Action::ListDown { 1 } else { -1 };
                self.list
                    .move_compare_cursor(dataset, compared, &self.view, step);
            }
        }
    }

    /// F6 / Shift+F6: the keyboard focus to the next or previous panel.
    fn move_panel_focus(&mut self, action: &Action) {
        let step = if *action == Action::NextPanel { 1 } else { 2 };
        self.focused_panel = (self.focused_panel + step) % 3;
        self.overlap.has_keys = self.focused_panel == 1;
        match self.focused_panel {
            0 => self.list.focus_search(),
            1 => match self.view.central_view {
                CentralView::Timeline => self.timeline.request_focus(),
                CentralView::Map => self.map_memory.player.request_focus(),
                CentralView::Overlap => {}
                CentralView::Memberships => self.memberships.request_focus(),
            },
            _ => self.focus_details = true,
        }
    }

    /// Enter in the search box: selects the highlighted row, else the first match.
    fn pick_first_match(&mut self) {
        // The rows of the search just typed (Enter may come in the same frame).
        self.session.update_search(&self.view.search);
        let dataset = self.session.dataset();
        self.list
            .refresh(dataset, self.session.search_hits(), &self.view);
        if let Some(target) = self.list.target_at_cursor_or_first() {
            self.view.select(dataset, target);
        }
    }

    /// Selects the next or previous event among the kinds shown on the timeline.
    fn step(&mut self, direction: Direction) {
        let dataset = self.session.dataset();
        let kinds = &self.view.kinds;
        // While a search is active, stepping goes through the matching events.
        let hits = self.session.search_hits();
        let next = step_event(
            dataset,
            |index, event| kinds.shows(&event.kind) && hits.is_none_or(|h| h.event(index)),
            self.view.selected_event(dataset),
            self.view.as_of,
            direction,
        );
        if let Some(e) = next {
            self.view.select(dataset, Target::Event(e));
        }
    }

    /// Play (showing the map) from the first day, or from the date the user
    /// chose, or again from the start once at the end; or pause.
    fn toggle_play(&mut self) {
        let player = &mut self.map_memory.player;
        if player.playing {
            player.stop();
            return;
        }
        let (first, last) = self.date_span();
        // The overlap table animates too; anywhere else Play shows the map.
        if self.view.central_view != CentralView::Overlap {
            self.view.central_view = CentralView::Map;
        }
        if !self.view.date_chosen || self.view.as_of >= last {
            self.view.as_of = first;
        }
        self.map_memory.player.start();
    }

    fn move_date_a_year(&mut self, action: &Action) {
        let year = chrono::Months::new(12);
        let moved = if *action == Action::DateBack {
            self.view.as_of.checked_sub_months(year)
        } else {
            self.view.as_of.checked_add_months(year)
        };
        if let Some(day) = moved {
            self.view.set_date(self.date_span(), day);
        }
    }

    /// Esc does one step per press, innermost first: a menu closes (egui does
    /// that itself); a focused widget lets go of the focus (the search box
    /// clears its text first); then the Open dialog, the view-code dialog, the
    /// help, the search, the selection and compare mode close in that order.
    fn back(&mut self, ctx: &egui::Context) {
        // egui may drop a widget's focus on Esc before the keymap runs: the
        // focus at the end of the last frame is what Esc steps out of.
        let focused = ctx.memory(egui::Memory::focused).or(self.last_focus);
        if let Some(id) = focused {
            if id == crate::ui::members_panel::search_id() && !self.view.search.is_empty() {
                self.view.search.clear();
            } else {
                ctx.memory_mut(|m| m.surrender_focus(id));
            }
        } else if self.open_dialog.is_some() {
            self.open_dialog = None;
        } else if self.code_dialog.is_some() {
            self.code_dialog = None;
        } else if self.copied_code.is_some() {
            self.copied_code = None;
        } else if self.view.help_open {
            self.view.help_open = false;
        } else if !self.view.search.is_empty() {
            self.view.search.clear();
        } else if self.view.selection != Selection::None || self.compared().is_none() {
            self.view.selection = Selection::None;
        } else {
            self.stop_comparing();
        }
    }

    /// Shows a bundled dataset (the view fits itself to it); whether it is shown.
    pub(super) fn show_bundled(&mut self, bundled: &crate::model::Bundled) -> bool {
        let change = self.session.open_bundled(bundled);
        self.after_load(change);
        if change.is_some() {
            self.view.bundled = Some(bundled.name.to_owned());
        }
        change.is_some()
    }

    /// Puts the view's code on the clipboard and says so.
    fn copy_view_code(&mut self, ctx: &egui::Context) {
        let code = self.view_code().encode();
        ctx.copy_text(code.clone());
        self.copied_code = Some(code);
        self.session
            .set_status(crate::notice::Notice::ViewCodeCopied);
    }

    /// Zooms the timeline around the date cursor (`factor` > 1 zooms out).
    fn zoom(&mut self, factor: f64) {
        let home = self.timeline_home();
        let anchor = crate::model::year_f64_from_date(self.view.as_of);
        let range = crate::ui::timeline_plot::visible_range(&self.view, home);
        self.view.timeline_range = Some(zoom_range(range, anchor, factor, home));
    }

    /// Selects a country and moves the date to the start of one of its periods.
    fn select_status_change(&mut self, country: usize, period: usize) {
        let dataset = self.session.dataset();
        self.view.select(dataset, Target::Country(country));
        if let Some(p) = dataset
            .file()
            .countries
            .get(country)
            .and_then(|c| c.statuses.get(period))
        {
            let day = p.from.first_day();
            self.view.set_date(self.date_span(), day);
        }
    }

    /// The days the date cursor may take (both histories while comparing).
    fn date_span(&self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        crate::on_screen::OnScreen::new(&self.session, self.map).date_span_for(&self.view)
    }

    /// The timeline's whole history (both organisations' while comparing).
    fn timeline_home(&self) -> (f64, f64) {
        crate::on_screen::OnScreen::new(&self.session, self.map).timeline_home()
    }

    /// Selects a country of either compared organisation (by its place in the comparison).
    fn select_compared(&mut self, k: usize) {
        let dataset = self.session.dataset();
        let code = self.compared().and_then(|c| {
            let pair = *c.comparison.pairs().get(k)?;
            crate::model::Comparison::country(pair, dataset, &c.dataset)
                .map(|country| country.code.clone())
        });
        if let Some(code) = code {
            self.view.selection = Selection::Country(code.to_string());
        }
    }

    /// Selects an event of the organisation compared with; the date moves to it.
    fn select_compared_event(&mut self, e: usize) {
        let event = self
            .session
            .compared()
            .and_then(|org| org.compared.dataset.file().events.get(e));
        if let Some(event) = event {
            self.view.selection = Selection::Event(event.id.to_string());
            self.view.as_of = event.start.first_day();
            self.view.date_chosen = true;
        }
    }

    fn change_scale(&mut self, ctx: &egui::Context, delta: f32) {
        let (scale, range) = if self.view.presenting {
            (&mut self.view.present_scale, PRESENT_SCALE_RANGE)
        } else {
            (&mut self.view.ui_scale, UI_SCALE_RANGE)
        };
        // Whole tenths, as egui's own zoom keys do.
        *scale = (((*scale + delta) * 10.0).round() / 10.0).clamp(*range.start(), *range.end());
        self.show_scale(ctx);
    }

    fn reset_scale(&mut self, ctx: &egui::Context) {
        if self.view.presenting {
            self.view.present_scale = DEFAULT_PRESENT_SCALE;
        } else {
            self.view.ui_scale = 1.0;
        }
        self.show_scale(ctx);
    }

    /// On slides, the new size shows briefly over the slide ("1.75×").
    fn show_scale(&mut self, ctx: &egui::Context) {
        if self.view.presenting {
            // "1.75", "2.1", "2": as few digits as the size needs.
            let digits = format!("{:.2}", self.view.present_scale);
            let scale = digits.trim_end_matches('0').trim_end_matches('.');
            let text = tr!(self.view.lang, "slide-scale", scale = scale);
            self.slides.flash(text, ctx.input(|i| i.time), 1.5);
        }
    }
}
