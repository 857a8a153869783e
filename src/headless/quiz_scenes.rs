//! The quiz's scenes: a question with an answer ticked, a wrong answer
//! revealed with its fact and sources, class quizzes at 720p and 1080p, map
//! questions, and the score in Russian.

use super::scene::{FULL_HD, STANDARD, Scene, asean, on_bundled, window};
use super::scene_setups::quiz_on;
use crate::actions::Action;
use crate::i18n::Lang;
use crate::state::{QuizMode, ThemeChoice};

/// The quiz scenes, in a stable order.
pub const QUIZ_SCENES: &[Scene] = &[
    // Quizzes: a question with an answer ticked, a wrong answer revealed with
    // its fact and sources, the class quiz at 720p, and the score in Russian.
    window("quiz_question", STANDARD, |app| {
        quiz_on(app, QuizMode::SelfTest, 3, &[Action::QuizChoose(1)]);
    }),
    window("quiz_answer_revealed", STANDARD, |app| {
        quiz_on(
            app,
            QuizMode::SelfTest,
            3,
            &[Action::QuizChoose(0), Action::QuizNext],
        );
    }),
    window("quiz_order_revealed", STANDARD, |app| {
        let order = [2, 0, 1].map(Action::QuizChoose);
        quiz_on(
            app,
            QuizMode::SelfTest,
            8,
            &[&order[..], &[Action::QuizNext]].concat(),
        );
    }),
    on_bundled("csto", "quiz_class_720p", STANDARD, |app| {
        quiz_on(app, QuizMode::Class, 4, &[]);
    }),
    on_bundled("csto", "quiz_class_presenter_docked", STANDARD, |app| {
        app.view.presenter_view = true;
        quiz_on(app, QuizMode::Class, 4, &[]);
    }),
    on_bundled("brics", "zh_quiz_class_revealed_dark", FULL_HD, |app| {
        app.view.lang = Lang::Zh;
        app.view.theme = ThemeChoice::Dark;
        quiz_on(app, QuizMode::Class, 2, &[Action::QuizNext]);
    }),
    // Map questions: ticks on the map, a status question's answer shown,
    // a place question in Russian in the light theme, and class quizzes at
    // 720p and 1080p with the map fitted beside the choices.
    window("quiz_map_question", STANDARD, |app| {
        quiz_on(app, QuizMode::SelfTest, 1, &[Action::QuizChoose(0)]);
    }),
    window("quiz_map_revealed", STANDARD, |app| {
        let answer = [
            Action::QuizChoose(0),
            Action::QuizChoose(1),
            Action::QuizNext,
        ];
        quiz_on(app, QuizMode::SelfTest, 1, &answer);
    }),
    asean("ru_quiz_map_question_light", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        app.view.theme = ThemeChoice::Light;
        quiz_on(app, QuizMode::SelfTest, 2, &[Action::QuizChoose(2)]);
    }),
    on_bundled("csto", "quiz_map_class_720p", STANDARD, |app| {
        quiz_on(app, QuizMode::Class, 2, &[Action::QuizNext]);
    }),
    on_bundled("brics", "quiz_map_class_1080p_dark", FULL_HD, |app| {
        app.view.theme = ThemeChoice::Dark;
        quiz_on(app, QuizMode::Class, 1, &[]);
    }),
    asean("ru_quiz_score_review", STANDARD, |app| {
        app.view.lang = Lang::Ru;
        // Choices 1 to 3 of each question: some right, some wrong, every order complete.
        let answer = [0, 1, 2].map(Action::QuizChoose);
        let answer_all: Vec<Action> = (0..10)
            .flat_map(|_| {
                answer
                    .iter()
                    .cloned()
                    .chain([Action::QuizNext, Action::QuizNext])
            })
            .collect();
        quiz_on(app, QuizMode::SelfTest, 1, &answer_all);
    }),
];
