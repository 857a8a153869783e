//! The class quiz's presenter view: the answer and the fact behind it for the
//! teacher before the class sees them, and the next question. Docked under
//! the quiz, or in a window of its own for the laptop's screen while the quiz
//! is on the projector (`P`, `Shift+P`, as on slides).

use egui::{RichText, Ui};

use crate::actions::{Action, KeyContext, actions_from_keys};
use crate::model::Dataset;
use crate::quiz::{Form, Quiz, text};
use crate::state::{QuizState, ViewState};
use crate::tr;

/// The presenter view of a class quiz, docked or in its own window.
pub(super) fn quiz_presenter_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    (state, quiz): (&QuizState, &Quiz),
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let ctx = ui.ctx().clone();
    // Some platforms cannot open a second window: there it is always docked.
    let can_pop_out = !ctx.embed_viewports();
    if !(view.presenter_window && can_pop_out) {
        egui::Panel::bottom("quiz presenter dock")
            .resizable(false)
            .show(ui, |ui| {
                contents_ui(
                    ui,
                    dataset,
                    (state, quiz),
                    view,
                    can_pop_out.then_some(actions),
                );
            });
        return;
    }
    let close = ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("sco_quiz_presenter_view"),
        egui::ViewportBuilder::default()
            .with_title(tr!(view.lang, "presenter-title"))
            .with_inner_size(egui::vec2(520.0, 300.0)),
        |ui, _class| {
            // With this window focused, the clicker's keys must still drive the quiz.
            actions.extend(actions_from_keys(ui.ctx(), KeyContext::Quiz));
            egui::CentralPanel::default().show(ui, |ui| {
                contents_ui(ui, dataset, (state, quiz), view, Some(actions));
            });
            ui.input(|i| i.viewport().close_requested())
        },
    );
    if close {
        actions.push(Action::TogglePresenterView);
    }
}

/// The answer to the question shown, its fact, the next question, and
/// (given `actions`) the button that moves the view between dock and window.
fn contents_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    (state, quiz): (&QuizState, &Quiz),
    view: &ViewState,
    actions: Option<&mut Vec<Action>>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!(lang, "quiz-presenter")).strong());
        if let Some(actions) = actions {
            let (id, hint) = if view.presenter_window {
                ("presenter-dock", "presenter-dock-hint")
            } else {
                ("presenter-pop-out", "presenter-pop-out-hint")
            };
            if ui
                .button(tr!(lang, id))
                .on_hover_text(tr!(lang, hint))
                .clicked()
            {
                actions.push(Action::TogglePresenterWindow);
            }
        }
    });
    match quiz.questions.get(state.question) {
        Some(question) => {
            let separator = if question.ask.form() == Form::Order {
                " → "
            } else {
                "; "
            };
            let answer = text::answer(dataset, question, lang).join(separator);
            ui.label(RichText::new(tr!(lang, "quiz-the-answer", answer = &answer)).strong());
            if let Some(fact) = question.about() {
                let fact = text::fact(dataset, fact, lang);
                ui.label(tr!(lang, "quiz-key-fact", fact = &fact));
            }
        }
        None => {
            ui.label(tr!(lang, "quiz-end"));
        }
    }
    if let Some(next) = quiz.questions.get(state.question + 1) {
        let prompt = text::prompt(dataset, next, lang);
        ui.label(RichText::new(tr!(lang, "quiz-presenter-next", question = &prompt)).weak());
    }
}
