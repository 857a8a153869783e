//! The presented lesson step as a slide: its words in the interface's
//! language and what its body shows, from the view the step opened.

use egui::Ui;

use super::ExplorerApp;
use super::lessons::LessonMissing;
use crate::actions::Action;
use crate::model::lesson::{LessonStep, Tab};
use crate::model::{Step, StepView};
use crate::state::Selection;
use crate::tr;
use crate::ui::slides::{LessonSlide, SlideKind, lesson_presentation_ui};

impl ExplorerApp {
    /// Draws the lesson's current slide.
    pub(super) fn lesson_slides_ui(&mut self, ui: &mut Ui, actions: &mut Vec<Action>) {
        let Some(slide) = self.lesson_slide() else {
            // The lesson went (or has no steps): back to the explorer.
            actions.push(Action::LeavePresentation);
            return;
        };
        lesson_presentation_ui(
            ui,
            &crate::on_screen::OnScreen::new(&self.session, self.map),
            &slide,
            &self.view,
            &mut self.slides,
            actions,
        );
    }

    /// The current step's slide, or `None` when there is no such step.
    pub fn lesson_slide(&self) -> Option<LessonSlide> {
        let doc = self.lesson.as_ref()?;
        let lesson = &doc.lesson;
        let (lang, home) = (self.view.lang, lesson.lang());
        let step = lesson.steps.get(self.view.step)?;
        let words = |t: &crate::model::lesson::LessonText| t.shown(lang, home).to_owned();
        let next = lesson.steps.get(self.view.step + 1).map(|s| {
            let heading = words(s.heading());
            if heading.trim().is_empty() {
                tr!(lang, "lesson-step-untitled", step = self.view.step + 2)
            } else {
                heading
            }
        });
        let note = Some(words(step.note())).filter(|n| !n.trim().is_empty());
        Some(LessonSlide {
            title: words(&lesson.title),
            heading: words(step.heading()),
            bullets: step
                .bullets()
                .iter()
                .map(words)
                .filter(|b| !b.trim().is_empty())
                .collect(),
            note,
            next,
            count: lesson.steps.len(),
            kind: self.slide_kind(step),
        })
    }

    fn slide_kind(&self, step: &LessonStep) -> SlideKind {
        let lang = self.view.lang;
        let LessonStep::View { tab, date, .. } = step else {
            return SlideKind::Words(None);
        };
        match &self.lesson_missing {
            Some(LessonMissing::Dataset(name)) => {
                return SlideKind::Missing(tr!(lang, "lesson-missing-dataset", name = name));
            }
            Some(LessonMissing::Target(id)) => {
                let org = self
                    .session
                    .dataset()
                    .file()
                    .organisation
                    .short_name
                    .text(lang);
                return SlideKind::Missing(tr!(lang, "lesson-missing-target", id = id, org = org));
            }
            None => {}
        }
        let dataset = self.session.dataset();
        let target = match &self.view.selection {
            Selection::None => None,
            Selection::Event(id) | Selection::Country(id) => dataset.resolve(id),
        };
        match target {
            Some(target) => SlideKind::Record(Step {
                target,
                note: None,
                view: if *tab == Tab::Memberships {
                    StepView::Memberships
                } else {
                    StepView::Record
                },
            }),
            None => {
                let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
                    .map(|d| crate::i18n::dates::day(lang, d))
                    .unwrap_or_default();
                SlideKind::Words(Some(day))
            }
        }
    }
}
