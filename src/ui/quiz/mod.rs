//! The quiz over the whole window: a header with the quiz's code and where
//! the quiz is, then the question shown ([`question`]) or, after the last
//! one, the score and review ([`review`]). A self-test is drawn at the
//! explorer's size; a class quiz at the slides' size (the app sets the
//! scale), with the teacher's presenter view on `P` ([`presenter`]).

mod fact;
mod presenter;
mod question;
mod quiz_map;
mod quiz_map_points;
mod review;

use egui::{Color32, RichText, Ui};

use crate::actions::{Action, hint_for};
use crate::on_screen::OnScreen;
use crate::quiz::Quiz;
use crate::state::{QuizMode, QuizState, ViewState};
use crate::tr;

/// The widest the quiz's column gets, in points: lines stay readable on a wide screen.
const COLUMN_WIDTH: f32 = 760.0;
/// The least width, in points, at which the header's title, code field and
/// buttons share one line in every language.
const ONE_LINE_HEADER_WIDTH: f32 = 900.0;
/// Width of the quiz code's field, in points (room for "brics-1234").
const CODE_FIELD_WIDTH: f32 = 90.0;

/// The colour of a right answer.
pub(super) fn right_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x5c, 0xd6, 0x8d)
    } else {
        Color32::from_rgb(0x1e, 0x84, 0x49)
    }
}

/// The colour of a wrong answer.
pub(super) fn wrong_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xff, 0x7b, 0x6b)
    } else {
        Color32::from_rgb(0xb0, 0x2a, 0x1e)
    }
}

/// The quiz being taken, over the whole window.
pub fn quiz_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    (state, quiz): (&QuizState, &Quiz),
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("quiz header").show(ui, |ui| {
        header_ui(ui, (state, quiz), view, actions);
    });
    if state.mode == QuizMode::Class && view.presenter_view {
        presenter::quiz_presenter_ui(ui, shown.dataset, (state, quiz), view, actions);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.set_max_width(COLUMN_WIDTH.min(ui.available_width()));
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        ui.add_space(12.0);
                        match quiz.questions.get(state.question) {
                            Some(q) => {
                                question::question_ui(
                                    ui,
                                    (shown.dataset, shown.map),
                                    q,
                                    state,
                                    view,
                                    actions,
                                );
                            }
                            None if quiz.questions.is_empty() => {
                                ui.label(tr!(view.lang, "quiz-empty"));
                            }
                            None => {
                                review::review_ui(ui, shown.dataset, (state, quiz), view, actions);
                            }
                        }
                    });
                });
            });
    });
}

/// "Quiz sco-3 · question 3 of 10", and the buttons for a new quiz and back
/// to the explorer.
fn header_ui(
    ui: &mut Ui,
    (state, quiz): (&QuizState, &Quiz),
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let code = quiz.code.to_string();
    // A class quiz at 720p is about 730 points wide: there the code's field
    // gets a line of its own, or the buttons would run over it (in Russian).
    let one_line = ui.available_width() >= ONE_LINE_HEADER_WIDTH;
    ui.horizontal(|ui| {
        let title = if state.question < quiz.questions.len() {
            tr!(
                lang,
                "quiz-header",
                code = &code,
                number = state.question + 1,
                count = quiz.questions.len()
            )
        } else {
            tr!(lang, "quiz-header-end", code = &code)
        };
        ui.label(RichText::new(title).strong());
        if one_line {
            ui.separator();
            code_entry_ui(ui, (state, &code), view, actions);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let leave = with_hint(tr!(lang, "quiz-leave"), &Action::LeaveQuiz);
            if ui.button(leave).clicked() {
                actions.push(Action::LeaveQuiz);
            }
            let mode = if state.mode == QuizMode::Class {
                "quiz-mode-class"
            } else {
                "quiz-mode-self-test"
            };
            if ui
                .button(tr!(lang, "quiz-new"))
                .on_hover_text(tr!(lang, mode))
                .clicked()
            {
                actions.push(Action::StartQuiz(state.mode));
            }
        });
    });
    if !one_line {
        code_entry_ui(ui, (state, &code), view, actions);
    }
}

/// "Quiz code: [sco-3] Take this quiz": the way to a class's quiz (the same
/// code gives the same questions), with a word when a code is refused. The
/// field's hint is the code of the quiz shown.
fn code_entry_ui(
    ui: &mut Ui,
    (state, code): (&QuizState, &str),
    view: &ViewState,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.horizontal(|ui| {
        let label = ui.label(tr!(lang, "quiz-code"));
        let mut text = state.code_text.clone();
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(code)
                    .desired_width(CODE_FIELD_WIDTH),
            )
            .labelled_by(label.id);
        if field.changed() {
            actions.push(Action::SetQuizCodeText(text));
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(tr!(lang, "quiz-code-take")).clicked() || entered {
            actions.push(Action::OpenQuizCode);
        }
        if state.code_refused {
            let dark = ui.visuals().dark_mode;
            ui.label(
                RichText::new(tr!(lang, "quiz-code-refused")).color(crate::ui::warning_color(dark)),
            );
        }
    });
}

/// A button's text with its key from the keymap: "Back to the explorer (Esc)".
fn with_hint(text: String, action: &Action) -> String {
    match hint_for(action) {
        Some(key) => format!("{text} ({key})"),
        None => text,
    }
}
