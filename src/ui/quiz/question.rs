//! One question: the question, what to do, the numbered choices, and once
//! the answer is shown, whether it was right and the fact behind it.

use egui::{RichText, Ui};

use super::fact::fact_ui;
use super::quiz_map;
use super::{right_color, with_hint, wrong_color};
use crate::actions::Action;
use crate::map::MapData;
use crate::model::Dataset;
use crate::quiz::{Form, Question, text};
use crate::state::{QuizMode, QuizState, ViewState};
use crate::tr;

/// Size of the question's text, in points (a class quiz is scaled up further).
const PROMPT_SIZE: f32 = 22.0;
/// Size of a choice's text, in points.
const CHOICE_SIZE: f32 = 18.0;

/// The share of the column the choices take beside a map.
const LIST_SHARE: f32 = 0.38;
/// The least width of the choices beside a map, in points.
const MIN_LIST_WIDTH: f32 = 200.0;
/// The least height of a question's map, in points (more scrolls).
const MIN_MAP_HEIGHT: f32 = 150.0;

/// The question shown, its choices, and its answer once revealed.
pub(super) fn question_ui(
    ui: &mut Ui,
    (dataset, map): (&Dataset, &MapData),
    question: &Question,
    state: &QuizState,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.label(
        RichText::new(text::prompt(dataset, question, lang))
            .size(PROMPT_SIZE)
            .strong(),
    );
    let spots = quiz_map::spots(dataset, map, question);
    let hint = match (question.ask.form(), spots.is_some()) {
        (Form::One, false) => "quiz-hint-one",
        (Form::One, true) => "quiz-hint-map-one",
        (Form::Several, false) => "quiz-hint-several",
        (Form::Several, true) => "quiz-hint-map-several",
        (Form::Order, _) => "quiz-hint-order",
    };
    if !state.revealed {
        ui.label(RichText::new(tr!(lang, hint)).weak());
    }
    ui.add_space(8.0);
    match spots {
        Some(spots) => {
            choices_beside_map_ui(ui, (dataset, map), (question, state), &spots, view, actions);
        }
        None => choices_ui(ui, dataset, question, state, view, actions),
    }
    ui.add_space(10.0);
    if state.revealed {
        answer_ui(ui, dataset, question, state, view, actions);
    } else {
        let id = if state.mode == QuizMode::Class {
            "quiz-reveal"
        } else {
            "quiz-check"
        };
        if ui
            .button(RichText::new(with_hint(tr!(lang, id), &Action::QuizNext)).size(CHOICE_SIZE))
            .clicked()
        {
            actions.push(Action::QuizNext);
        }
    }
}

/// The choices on the left and the map of their places on the right, as
/// tall as the window leaves room for under the question (with the answer's
/// button below it), so a class quiz's map is seen whole on the projector.
fn choices_beside_map_ui(
    ui: &mut Ui,
    (dataset, map): (&Dataset, &MapData),
    (question, state): (&Question, &QuizState),
    spots: &[quiz_map::Spot],
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_top(|ui| {
        let list_width = (ui.available_width() * LIST_SHARE).max(MIN_LIST_WIDTH);
        ui.vertical(|ui| {
            ui.set_width(list_width);
            choices_ui(ui, dataset, question, state, view, actions);
        });
        let width = ui.available_width();
        // Room for the answer's lines and button under the map.
        let below = if state.revealed { 140.0 } else { 60.0 };
        let room = ui.clip_rect().bottom() - ui.cursor().top() - below;
        // At most three quarters of its width high; never too short to read.
        let height = room.min(width * 0.75).max(MIN_MAP_HEIGHT);
        quiz_map::quiz_map_ui(
            ui,
            (dataset, map),
            (question, state),
            spots,
            egui::vec2(width, height),
            view.lang,
            actions,
        );
    });
}

/// The numbered choices: chosen ones marked; once revealed, the right ones
/// in green and wrongly chosen ones in red; an order question shows the place
/// given to each.
fn choices_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    question: &Question,
    state: &QuizState,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let dark = ui.visuals().dark_mode;
    let order = question.ask.form() == Form::Order;
    for (i, choice) in text::choices(dataset, question, view.lang)
        .iter()
        .enumerate()
    {
        let picked_at = state.picked.iter().position(|&p| p == i);
        let right = question.answer.contains(&i);
        let mut label = format!("{}   {choice}", i + 1);
        if order && let Some(at) = picked_at {
            label = format!("{label}   → {}", at + 1);
        }
        if order
            && state.revealed
            && let Some(at) = question.answer.iter().position(|&a| a == i)
        {
            label = format!("{label}   ✔ {}", at + 1);
        }
        let mut text = RichText::new(label).size(CHOICE_SIZE);
        if state.revealed && !order {
            if right {
                text = text.color(right_color(dark)).strong();
            } else if picked_at.is_some() {
                text = text.color(wrong_color(dark)).strikethrough();
            }
        }
        let button = egui::Button::selectable(picked_at.is_some(), text)
            .min_size(egui::vec2(ui.available_width(), 0.0));
        let response = ui.add(button);
        if response.clicked() {
            // Enter then checks the answer instead of pressing the choice again.
            response.surrender_focus();
            actions.push(Action::QuizChoose(i));
        }
    }
}

/// After the answer is revealed: right or not (self-test), the answer, the
/// next question's button, and the fact behind the answer.
fn answer_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    question: &Question,
    state: &QuizState,
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let dark = ui.visuals().dark_mode;
    if state.mode == QuizMode::SelfTest {
        let (id, color) = if question.is_right(&state.picked) {
            ("quiz-right", right_color(dark))
        } else {
            ("quiz-wrong", wrong_color(dark))
        };
        ui.label(
            RichText::new(tr!(lang, id))
                .size(PROMPT_SIZE)
                .color(color)
                .strong(),
        );
    }
    let separator = if question.ask.form() == Form::Order {
        " → "
    } else {
        "; "
    };
    let answer = text::answer(dataset, question, lang).join(separator);
    ui.label(RichText::new(tr!(lang, "quiz-the-answer", answer = &answer)).size(CHOICE_SIZE));
    // The way on comes before the fact, whose sources may run long.
    ui.add_space(4.0);
    if ui
        .button(
            RichText::new(with_hint(tr!(lang, "quiz-next"), &Action::QuizNext)).size(CHOICE_SIZE),
        )
        .clicked()
    {
        actions.push(Action::QuizNext);
    }
    ui.add_space(4.0);
    fact_ui(ui, dataset, question, lang, actions);
}
