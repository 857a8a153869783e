//! The quiz in the window (issue #27), driven with egui_kittest: a
//! self-test answered by keyboard to its score, answered by clicking with a
//! look at the fact in the explorer and back, and a class quiz on the
//! presenter's keys.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

use egui::accesskit::Role;
use egui::accesskit::Toggled;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use sco_explorer::app::{ExplorerApp, QUIZ_LENGTH};
use sco_explorer::i18n::Lang;
use sco_explorer::quiz::{Form, Question, text};
use sco_explorer::screenshot::{RenderOptions, harness_for};
use sco_explorer::state::{QuizMode, Selection, ThemeChoice};

fn harness() -> Harness<'static, ExplorerApp> {
    let mut app = ExplorerApp::with_bundled_dataset().unwrap();
    app.view.theme = ThemeChoice::Light;
    let mut harness = harness_for(app, RenderOptions::default());
    harness.run();
    harness
}

/// The question on screen.
fn current(harness: &Harness<'static, ExplorerApp>) -> Question {
    let (state, quiz) = harness.state().quiz().unwrap();
    quiz.questions[state.question].clone()
}

fn press(harness: &mut Harness<'static, ExplorerApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

const NUMBERS: [Key; 4] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];

#[test]
fn a_self_test_answered_by_keyboard_ends_with_the_full_score() {
    let mut harness = harness();
    press(&mut harness, Key::Q);
    harness.get_by_label("Quiz sco-1 · question 1 of 10");
    for n in 0..QUIZ_LENGTH {
        let question = current(&harness);
        // Enter with nothing chosen does nothing: an answer must be given.
        press(&mut harness, Key::Enter);
        assert!(!harness.state().view.quiz.as_ref().unwrap().revealed);
        for &choice in &question.answer {
            press(&mut harness, NUMBERS[choice]);
        }
        press(&mut harness, Key::Enter);
        harness.get_by_label("Right!");
        assert!(harness.query_by_label("Not quite.").is_none());
        // The fact behind the answer and its sources are shown.
        harness.get_by_label("Sources");
        press(&mut harness, Key::Enter);
        let state = harness.state().view.quiz.clone().unwrap();
        assert_eq!(state.question, n + 1);
        assert!(!state.revealed && state.picked.is_empty());
    }
    harness.get_by_label("Score: 10 of 10");
    harness.get_by_label("Every answer was right.");
    // Esc goes back to the explorer; the quiz waits in its menu.
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Score: 10 of 10").is_none());
    harness.get_by_role_and_label(Role::Button, "View").click();
    harness.run();
    harness.get_by_label_contains("Back to the quiz").click();
    harness.run();
    harness.get_by_label("Score: 10 of 10");
}

/// The label of a choice's button: its number and its words.
fn choice_label(harness: &Harness<'static, ExplorerApp>, question: &Question, i: usize) -> String {
    let words = text::choice(harness.state().dataset(), question.choices[i], Lang::En);
    format!("{}   {words}", i + 1)
}

#[test]
fn clicking_a_wrong_answer_shows_the_fact_which_opens_in_the_explorer() {
    let mut harness = harness();
    // The first seed whose quiz starts with a question of one answer.
    let dataset = harness.state().dataset().clone();
    let seed = (1..50)
        .find(|&seed| {
            let quiz = sco_explorer::quiz::generate(&dataset, seed, QUIZ_LENGTH);
            quiz.questions[0].ask.form() == Form::One
        })
        .unwrap();
    harness.state_mut().view.next_quiz_seed = seed;
    harness.get_by_role_and_label(Role::Button, "View").click();
    harness.run();
    harness
        .get_by_label_contains("Test yourself (ten questions")
        .click();
    harness.run();
    let question = current(&harness);
    let wrong = (0..question.choices.len())
        .find(|i| !question.answer.contains(i))
        .unwrap();
    let label = choice_label(&harness, &question, wrong);
    harness.get_by_role_and_label(Role::Button, &label).click();
    harness.run();
    assert_eq!(harness.state().view.quiz.as_ref().unwrap().picked, [wrong]);
    harness
        .get_by_role_and_label(Role::Button, "Check the answer (Enter)")
        .click();
    harness.run();
    harness.get_by_label("Not quite.");
    let right = text::answer(harness.state().dataset(), &question, Lang::En);
    harness.get_by_label(&format!("The answer: {}", right[0]));
    // The fact opens in the explorer; the quiz waits, answered.
    harness
        .get_by_role_and_label(Role::Button, "Show it in the explorer")
        .click();
    harness.run();
    let dataset = harness.state().dataset().clone();
    let expected = match text::target(question.about().unwrap()) {
        sco_explorer::model::Target::Event(e) => {
            Selection::Event(dataset.file().events[e].id.to_string())
        }
        sco_explorer::model::Target::Country(c) => {
            Selection::Country(dataset.file().countries[c].code.to_string())
        }
    };
    assert_eq!(harness.state().view.selection, expected);
    assert!(harness.query_by_label("Not quite.").is_none());
    harness.get_by_role_and_label(Role::Button, "View").click();
    harness.run();
    harness.get_by_label_contains("Back to the quiz").click();
    harness.run();
    harness.get_by_label("Not quite.");
}

#[test]
fn a_class_quiz_reveals_on_the_clicker_keys_goes_on_and_back_without_a_score() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Q);
    harness.run();
    let state = harness.state().view.quiz.clone().unwrap();
    assert_eq!(state.mode, QuizMode::Class);
    // The slides' size: big type for the back of the room.
    let zoom = harness.ctx.zoom_factor();
    assert!(
        (zoom - harness.state().view.present_scale).abs() < 1e-3,
        "{zoom}"
    );
    let question = current(&harness);
    press(&mut harness, Key::PageDown);
    let right = text::answer(harness.state().dataset(), &question, Lang::En);
    let separator = if question.ask.form() == Form::Order {
        " → "
    } else {
        "; "
    };
    harness.get_by_label(&format!("The answer: {}", right.join(separator)));
    assert!(
        harness.query_by_label("Right!").is_none()
            && harness.query_by_label("Not quite.").is_none()
    );
    press(&mut harness, Key::ArrowRight);
    harness.get_by_label("Quiz sco-1 · question 2 of 10");
    press(&mut harness, Key::PageUp);
    harness.get_by_label("Quiz sco-1 · question 1 of 10");
    assert!(!harness.state().view.quiz.as_ref().unwrap().revealed);
    for _ in 0..(2 * QUIZ_LENGTH) {
        press(&mut harness, Key::Space);
    }
    harness.get_by_label("End of the quiz");
    assert!(harness.query_by_label_contains("Score").is_none());
    // A new quiz (from the header or under the end) draws other questions
    // with the next seed.
    assert_eq!(
        harness
            .query_all_by_role_and_label(Role::Button, "New quiz")
            .count(),
        2
    );
    harness
        .query_all_by_role_and_label(Role::Button, "New quiz")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Quiz sco-2 · question 1 of 10");
}

#[test]
fn an_order_question_places_the_numbers_pressed_and_takes_one_back() {
    let mut harness = harness();
    // The first seed whose quiz has an order question, and where it is.
    let dataset = harness.state().dataset().clone();
    let (seed, at) = (1..50)
        .find_map(|seed| {
            let quiz = sco_explorer::quiz::generate(&dataset, seed, QUIZ_LENGTH);
            quiz.questions
                .iter()
                .position(|q| q.ask.form() == Form::Order)
                .map(|at| (seed, at))
        })
        .unwrap();
    harness.state_mut().view.next_quiz_seed = seed;
    press(&mut harness, Key::Q);
    // Skip to it, answering each question with its right answer.
    for _ in 0..at {
        for &choice in &current(&harness).answer {
            press(&mut harness, NUMBERS[choice]);
        }
        press(&mut harness, Key::Enter);
        press(&mut harness, Key::Enter);
    }
    let question = current(&harness);
    assert_eq!(question.ask.form(), Form::Order);
    press(&mut harness, Key::Num3);
    press(&mut harness, Key::Num1);
    assert_eq!(harness.state().view.quiz.as_ref().unwrap().picked, [2, 0]);
    // Pressing a placed one again takes it (and those after it) back.
    press(&mut harness, Key::Num3);
    assert!(
        harness
            .state()
            .view
            .quiz
            .as_ref()
            .unwrap()
            .picked
            .is_empty()
    );
    // Incomplete: Enter waits for every one to be placed.
    press(&mut harness, Key::Num2);
    press(&mut harness, Key::Enter);
    assert!(!harness.state().view.quiz.as_ref().unwrap().revealed);
    press(&mut harness, Key::Num2);
    for &choice in &question.answer {
        press(&mut harness, NUMBERS[choice]);
    }
    press(&mut harness, Key::Enter);
    harness.get_by_label("Right!");
}

/// Types a quiz code into the header's field.
fn type_code(harness: &mut Harness<'static, ExplorerApp>, code: &str) {
    let field = harness.get_by_role_and_label(Role::TextInput, "Quiz code:");
    field.click();
    field.type_text(code);
    harness.run();
}

#[test]
fn a_class_code_typed_in_the_header_draws_that_quiz_even_of_another_dataset() {
    let mut harness = harness();
    press(&mut harness, Key::Q);
    harness.get_by_label("Quiz sco-1 · question 1 of 10");
    type_code(&mut harness, "sco-7");
    // Typing digits in the field chooses no answer.
    assert_eq!(
        harness.state().view.quiz.as_ref().unwrap().code_text,
        "sco-7"
    );
    assert!(
        harness
            .state()
            .view
            .quiz
            .as_ref()
            .unwrap()
            .picked
            .is_empty()
    );
    harness
        .get_by_role_and_label(Role::Button, "Take this quiz")
        .click();
    harness.run();
    harness.get_by_label("Quiz sco-7 · question 1 of 10");
    let dataset = harness.state().dataset().clone();
    let (_, quiz) = harness.state().quiz().unwrap();
    assert_eq!(
        quiz,
        &sco_explorer::quiz::generate(&dataset, 7, QUIZ_LENGTH)
    );
    // Another bundled organisation's code shows that organisation.
    type_code(&mut harness, "asean-2");
    harness
        .get_by_role_and_label(Role::Button, "Take this quiz")
        .click();
    harness.run();
    harness.get_by_label("Quiz asean-2 · question 1 of 10");
    assert_eq!(harness.state().view.bundled.as_deref(), Some("asean"));
    // A code of nothing here is refused, and the quiz stays.
    type_code(&mut harness, "nato-1");
    harness
        .get_by_role_and_label(Role::Button, "Take this quiz")
        .click();
    harness.run();
    harness.get_by_label_contains("has a quiz of that code");
    harness.get_by_label("Quiz asean-2 · question 1 of 10");
}

#[test]
fn p_shows_the_teacher_the_answer_of_a_class_quiz_before_the_class() {
    let mut harness = harness();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Q);
    harness.run();
    let question = current(&harness);
    let right = text::answer(harness.state().dataset(), &question, Lang::En);
    let separator = if question.ask.form() == Form::Order {
        " → "
    } else {
        "; "
    };
    let answer = format!("The answer: {}", right.join(separator));
    assert!(harness.query_by_label(&answer).is_none());
    press(&mut harness, Key::P);
    // Only in the presenter view: the quiz itself has not revealed it.
    harness.get_by_label("For the teacher: the answer before the class sees it");
    assert_eq!(harness.query_all_by_label(&answer).count(), 1);
    assert!(!harness.state().view.quiz.as_ref().unwrap().revealed);
    press(&mut harness, Key::PageDown);
    assert_eq!(harness.query_all_by_label(&answer).count(), 2);
    press(&mut harness, Key::P);
    assert!(harness.query_by_label_contains("For the teacher").is_none());
}

/// What is chosen (or ticked) in the question shown.
fn picked(harness: &Harness<'static, ExplorerApp>) -> Vec<usize> {
    harness.state().view.quiz.as_ref().unwrap().picked.clone()
}

/// The label of a choice's marker on the map.
fn on_the_map(harness: &Harness<'static, ExplorerApp>, question: &Question, i: usize) -> String {
    let words = text::choice(harness.state().dataset(), question.choices[i], Lang::En);
    format!("{words}, on the map")
}

/// Clicks at a point of the window, as a user does with the mouse.
fn click_at(harness: &mut Harness<'static, ExplorerApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::default(),
        });
    }
    harness.run();
}

#[test]
fn a_status_question_is_answered_by_clicking_countries_on_the_map() {
    let mut harness = harness();
    // sco-1 starts with "which of these held the status": Belarus,
    // Azerbaijan, Sri Lanka, Saudi Arabia; the second and third did.
    press(&mut harness, Key::Q);
    let question = current(&harness);
    assert_eq!(question.ask.form(), Form::Several);
    assert_eq!(question.answer, [1, 2]);
    harness.get_by_role_and_label(Role::Canvas, "Map of the choices");
    // Saudi Arabia is big: a click on its land, below its marker, ticks it,
    // and a second click unticks it.
    let saudi = harness
        .get_by_role_and_label(Role::Button, &on_the_map(&harness, &question, 3))
        .rect();
    let land = saudi.center() + egui::vec2(0.0, saudi.height());
    click_at(&mut harness, land);
    assert_eq!(picked(&harness), [3]);
    click_at(&mut harness, land);
    assert!(picked(&harness).is_empty());
    // The markers of the small ones, by their names; a number key and the
    // map tick the same way.
    harness
        .get_by_role_and_label(Role::Button, &on_the_map(&harness, &question, 1))
        .click();
    harness.run();
    press(&mut harness, Key::Num3);
    assert_eq!(picked(&harness), [1, 2]);
    // The list and the map show the ticks, however made.
    for label in [
        choice_label(&harness, &question, 1),
        on_the_map(&harness, &question, 2),
    ] {
        let node = harness.get_by_role_and_label(Role::Button, &label);
        assert_eq!(
            node.accesskit_node().toggled(),
            Some(Toggled::True),
            "{label}"
        );
    }
    press(&mut harness, Key::Enter);
    harness.get_by_label("Right!");
    harness.get_by_label("The answer: Azerbaijan; Sri Lanka");
    // Once the answer is shown, the map takes no more ticks.
    click_at(&mut harness, land);
    harness
        .get_by_role_and_label(Role::Button, &on_the_map(&harness, &question, 0))
        .click();
    harness.run();
    assert_eq!(picked(&harness), [1, 2]);
}

#[test]
fn a_place_question_is_answered_by_clicking_a_city_on_the_map() {
    let mut harness = harness();
    harness.state_mut().view.next_quiz_seed = 2;
    press(&mut harness, Key::Q);
    let question = current(&harness);
    assert!(matches!(
        question.ask,
        sco_explorer::quiz::Ask::EventPlace { .. }
    ));
    let right = question.answer[0];
    let wrong = (0..question.choices.len()).find(|&i| i != right).unwrap();
    // The number key chooses one; a city clicked on the map replaces it.
    press(&mut harness, NUMBERS[right]);
    harness
        .get_by_role_and_label(Role::Button, &on_the_map(&harness, &question, wrong))
        .click();
    harness.run();
    assert_eq!(picked(&harness), [wrong]);
    press(&mut harness, Key::Enter);
    harness.get_by_label("Not quite.");
    let answer = text::answer(harness.state().dataset(), &question, Lang::En);
    harness.get_by_label(&format!("The answer: {}", answer[0]));
    // Recorded as given: the review counts it wrong.
    assert_eq!(
        harness.state().view.quiz.as_ref().unwrap().given,
        [vec![wrong]]
    );
}

#[test]
fn a_class_quiz_shows_the_map_at_the_slides_size_and_takes_a_click_on_it() {
    let mut harness = harness();
    // sco-2 opens with a place question.
    harness.state_mut().view.next_quiz_seed = 2;
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Q);
    harness.run();
    let question = current(&harness);
    let right = question.answer[0];
    let label = on_the_map(&harness, &question, right);
    let marker = harness.get_by_role_and_label(Role::Button, &label);
    // Whole on screen, in the map, at the zoom of the slides.
    let canvas = harness
        .get_by_role_and_label(Role::Canvas, "Map of the choices")
        .rect();
    assert!(canvas.contains_rect(marker.rect()), "{canvas:?}");
    let screen = harness.ctx.content_rect();
    assert!(screen.contains_rect(canvas), "{canvas:?} {screen:?}");
    marker.click();
    harness.run();
    assert_eq!(picked(&harness), [right]);
    // The clicker reveals the answer: no score, the map marks the right city.
    press(&mut harness, Key::PageDown);
    let answer = text::answer(harness.state().dataset(), &question, Lang::En);
    harness.get_by_label(&format!("The answer: {}", answer[0]));
    assert!(harness.query_by_label("Right!").is_none());
}
