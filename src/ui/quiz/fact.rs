//! The fact behind an answer: the record in one line, its sources, and a
//! button that shows it in the explorer (the quiz waits meanwhile).

use egui::{RichText, Ui};

use crate::actions::Action;
use crate::i18n::Lang;
use crate::model::Dataset;
use crate::quiz::{Question, text};
use crate::tr;
use crate::ui::details::sources_ui;

/// The main fact of `question`, its sources and the "show in the explorer" button.
pub(super) fn fact_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    question: &Question,
    lang: Lang,
    actions: &mut Vec<Action>,
) {
    let Some(fact) = question.about() else {
        return;
    };
    ui.add_space(4.0);
    ui.label(
        RichText::new(tr!(
            lang,
            "quiz-key-fact",
            fact = &text::fact(dataset, fact, lang)
        ))
        .strong(),
    );
    sources_ui(ui, dataset, lang, &question.sources);
    ui.add_space(4.0);
    if ui.button(tr!(lang, "quiz-open")).clicked() {
        // The quiz waits where it is: the menu (or Q) brings it back.
        actions.push(Action::LeaveQuiz);
        actions.push(Action::Select(text::target(fact)));
    }
}
