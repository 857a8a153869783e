//! After the last question: the score and a review of the wrong answers
//! (self-test), or just the end (class quiz: no score on the projector).

use egui::{RichText, Ui};

use super::fact::fact_ui;
use super::{right_color, wrong_color};
use crate::actions::Action;
use crate::model::Dataset;
use crate::quiz::{Form, Question, Quiz, text};
use crate::state::{QuizMode, QuizState, ViewState};
use crate::tr;

/// Size of the score, in points.
const SCORE_SIZE: f32 = 28.0;

/// The end of the quiz: the score and the wrong answers again, each with the
/// right one and the fact behind it.
pub(super) fn review_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    (state, quiz): (&QuizState, &Quiz),
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    if state.mode == QuizMode::Class {
        ui.label(
            RichText::new(tr!(lang, "quiz-end"))
                .size(SCORE_SIZE)
                .strong(),
        );
        end_buttons_ui(ui, state, view, actions);
        return;
    }
    let answered: Vec<(usize, &Question, &Vec<usize>)> = quiz
        .questions
        .iter()
        .zip(&state.given)
        .enumerate()
        .map(|(n, (q, given))| (n, q, given))
        .collect();
    let right = answered
        .iter()
        .filter(|(_, q, given)| q.is_right(given))
        .count();
    ui.label(
        RichText::new(tr!(
            lang,
            "quiz-score",
            right = right,
            count = quiz.questions.len()
        ))
        .size(SCORE_SIZE)
        .strong(),
    );
    end_buttons_ui(ui, state, view, actions);
    ui.add_space(12.0);
    if right == answered.len() {
        ui.label(tr!(lang, "quiz-all-right"));
        return;
    }
    ui.label(RichText::new(tr!(lang, "quiz-review")).heading());
    let dark = ui.visuals().dark_mode;
    for &(n, question, given) in answered.iter().filter(|(_, q, given)| !q.is_right(given)) {
        ui.separator();
        ui.push_id(n, |ui| {
            ui.label(
                RichText::new(format!(
                    "{}. {}",
                    n + 1,
                    text::prompt(dataset, question, lang)
                ))
                .strong(),
            );
            let separator = if question.ask.form() == Form::Order {
                " → "
            } else {
                "; "
            };
            let choices = text::choices(dataset, question, lang);
            let yours: Vec<&str> = given
                .iter()
                .filter_map(|&i| choices.get(i))
                .map(String::as_str)
                .collect();
            ui.label(
                RichText::new(tr!(
                    lang,
                    "quiz-your-answer",
                    answer = &yours.join(separator)
                ))
                .color(wrong_color(dark)),
            );
            let answer = text::answer(dataset, question, lang).join(separator);
            ui.label(
                RichText::new(tr!(lang, "quiz-the-answer", answer = &answer))
                    .color(right_color(dark)),
            );
            fact_ui(ui, dataset, question, lang, actions);
        });
    }
}

/// "New quiz" and "Back to the explorer" under the score.
fn end_buttons_ui(ui: &mut Ui, state: &QuizState, view: &ViewState, actions: &mut Vec<Action>) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        if ui.button(tr!(lang, "quiz-new")).clicked() {
            actions.push(Action::StartQuiz(state.mode));
        }
        if ui
            .button(super::with_hint(
                tr!(lang, "quiz-leave"),
                &Action::LeaveQuiz,
            ))
            .clicked()
        {
            actions.push(Action::LeaveQuiz);
        }
    });
}
