//! Entering, stepping through and leaving presentation mode, for a tour of
//! the dataset on screen or for the lesson being made.

use crate::actions::Action;

use super::ExplorerApp;

impl ExplorerApp {
    /// Steps through the slides, and through the pages of a slide split in several.
    pub(super) fn move_slide(&mut self, action: &Action) {
        let len = self.slide_count();
        let before = self.view.step;
        let last = len.saturating_sub(1);
        let pages = self.slides.pages.max(1);
        let (step, page) = (self.view.step, self.view.page.min(pages - 1));
        (self.view.step, self.view.page) = match action {
            Action::NextSlide if page + 1 < pages => (step, page + 1),
            Action::NextSlide if step < last => (step + 1, 0),
            Action::NextSlide => (step, page),
            Action::PreviousSlide if page > 0 => (step, page - 1),
            // The previous slide's last page (its page count is known once it is laid out).
            Action::PreviousSlide if step > 0 => (step - 1, usize::MAX),
            Action::PreviousSlide | Action::FirstSlide => (0, 0),
            _ => (last, usize::MAX),
        };
        if self.view.presenting_lesson && self.view.step != before {
            self.show_lesson_step(self.view.step);
        }
    }

    /// How many slides are being presented: the lesson's steps or the tour's.
    pub(super) fn slide_count(&self) -> usize {
        match &self.lesson {
            Some(doc) if self.view.presenting_lesson => doc.lesson.steps.len(),
            _ => self
                .session
                .dataset()
                .presentation_len(self.view.tour.as_deref()),
        }
    }

    /// Enters presentation mode at the tour's first slide. Unless the user
    /// chose a tour (or all events), the dataset's first tour is presented: a
    /// curated story, not every event in a row.
    /// With the lesson panel open, the lesson is presented instead.
    pub fn enter_presentation(&mut self) {
        if self.lesson_to_present() {
            self.apply_lesson_present(false);
            return;
        }
        self.choose_tour_to_present();
        (self.view.step, self.view.page) = (0, 0);
        self.view.presenting = true;
    }

    /// Whether F5 presents the lesson: its panel is open and it has steps.
    fn lesson_to_present(&self) -> bool {
        self.view.lesson_panel
            && self
                .lesson
                .as_ref()
                .is_some_and(|d| !d.lesson.steps.is_empty())
    }

    /// The dataset's first tour, unless the user chose one (or all events).
    fn choose_tour_to_present(&mut self) {
        let dataset = self.session.dataset();
        if self.view.tour.is_none() && !self.view.tour_chosen {
            self.view.tour = dataset.file().tours.first().map(|t| t.id.to_string());
        }
    }

    /// Enters presentation mode at the selected item if the tour shows it,
    /// else at the slide shown last (Shift+F5).
    pub fn enter_presentation_here(&mut self) {
        if self.lesson_to_present() {
            self.apply_lesson_present(true);
            return;
        }
        self.choose_tour_to_present();
        let dataset = self.session.dataset();
        self.view.page = 0;
        let tour = self.view.tour.as_deref();
        if let Some(target) = self.view.selected(dataset) {
            let len = dataset.presentation_len(tour);
            if let Some(step) = (0..len).find(|&i| {
                dataset
                    .presentation_step(tour, i)
                    .is_some_and(|s| s.target == target)
            }) {
                self.view.step = step;
            }
        }
        self.view.presenting = true;
    }

    /// Leaves presentation mode with the last shown item selected.
    pub fn leave_presentation(&mut self) {
        self.view.presenting = false;
        self.slides.presenting_since = None;
        if std::mem::take(&mut self.view.presenting_lesson) {
            // The explorer keeps the last step's view.
            return;
        }
        let dataset = self.session.dataset();
        if let Some(step) = dataset.presentation_step(self.view.tour.as_deref(), self.view.step) {
            self.view.select(dataset, step.target);
        }
    }
}
