//! The lesson's scenes: the lesson panel (light and dark, English and
//! Russian), a text-only slide, a record's slide with the lesson's words,
//! and the placeholder of a step whose event cannot be found. They use the
//! example lesson README shows (`assets/lessons/how-the-sco-grew.ron`).

use super::scene::{FULL_HD, STANDARD, Scene, window};
use crate::actions::{Action, LessonAction};
use crate::app::ExplorerApp;
use crate::i18n::Lang;
use crate::model::lesson::{LessonStep, lesson_from_str};
use crate::state::ThemeChoice;

/// README's example lesson, as shipped.
pub const EXAMPLE_LESSON: &str = include_str!("../../assets/lessons/how-the-sco-grew.ron");

/// The lesson scenes, in a stable order.
pub const LESSON_SCENES: &[Scene] = &[
    window("lesson_panel_light", STANDARD, |app| {
        lesson_on(app, Some(2));
    }),
    window("lesson_panel_dark_ru", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        app.view.theme = ThemeChoice::Dark;
        lesson_on(app, Some(3));
    }),
    window("lesson_text_slide", STANDARD, |app| {
        lesson_on(app, None);
        app.present_lesson_step(0);
    }),
    window("lesson_view_slide_1080p", FULL_HD, |app| {
        lesson_on(app, None);
        app.present_lesson_step(2);
    }),
    window("lesson_missing_event_slide", STANDARD, |app| {
        lesson_on(app, None);
        if let Some(doc) = app.lesson_mut()
            && let Some(LessonStep::View { select, .. }) = doc.lesson.steps.get_mut(1)
        {
            "summit-1999-nowhere".clone_into(select);
        }
        app.present_lesson_step(1);
    }),
];

/// The example lesson in the panel; `select` shows that step's view.
fn lesson_on(app: &mut ExplorerApp, select: Option<usize>) {
    // The example is checked by the tests (and README's copy with it).
    let Ok(lesson) = lesson_from_str("how-the-sco-grew.ron", EXAMPLE_LESSON) else {
        return;
    };
    app.set_lesson(lesson, None);
    if let Some(step) = select {
        app.queue(Action::Lesson(LessonAction::GoTo(step)));
    }
}
