//! Taking a quiz: the actions that start one, choose answers and go on. The
//! questions are drawn once per quiz and kept here; the view state holds only
//! the seed and the answers (`state::QuizState`).

use crate::actions::Action;
use crate::model::find_bundled;
use crate::quiz::{Form, Quiz, QuizCode, generate};
use crate::state::{QuizMode, QuizState};

use super::ExplorerApp;

/// How many questions a quiz in the window has.
pub const QUIZ_LENGTH: usize = 10;

impl ExplorerApp {
    /// The quiz on screen, with its questions, if one is being taken.
    pub fn quiz(&self) -> Option<(&QuizState, &Quiz)> {
        self.view.quiz.as_ref().zip(self.quiz.as_ref())
    }

    /// Whether the quiz covers the window (one is being taken and was not left).
    pub(super) fn quiz_on_screen(&self) -> bool {
        self.quiz().is_some_and(|(state, _)| !state.away)
    }

    /// Applies a quiz action (see [`Self::apply`]).
    pub(super) fn apply_quiz(&mut self, action: &Action) {
        match action {
            Action::SetQuizCodeText(text) => {
                if let Some(state) = self.view.quiz.as_mut() {
                    text.clone_into(&mut state.code_text);
                    state.code_refused = false;
                }
                return;
            }
            Action::OpenQuizCode => {
                self.open_quiz_code();
                return;
            }
            _ => {}
        }
        match *action {
            Action::StartQuiz(mode) => self.start_quiz(mode),
            Action::ResumeQuiz | Action::LeaveQuiz => {
                if let Some(state) = self.view.quiz.as_mut() {
                    state.away = *action == Action::LeaveQuiz;
                }
            }
            Action::QuizChoose(choice) => self.quiz_choose(choice),
            Action::QuizNext => self.quiz_next(),
            Action::QuizPrevious => self.quiz_previous(),
            _ => {}
        }
    }

    /// A new quiz on the dataset shown, drawn with the next seed.
    fn start_quiz(&mut self, mode: QuizMode) {
        let seed = self.view.next_quiz_seed;
        self.view.next_quiz_seed = seed.wrapping_add(1);
        self.quiz = Some(generate(self.session.dataset(), seed, QUIZ_LENGTH));
        self.view.quiz = Some(QuizState {
            seed,
            mode,
            ..QuizState::default()
        });
    }

    /// Takes the quiz of the code typed in the header: on the dataset shown if
    /// the code names it, else on the bundled dataset it names; a code that
    /// names neither is refused (and says so).
    fn open_quiz_code(&mut self) {
        let Some(state) = self.view.quiz.as_mut() else {
            return;
        };
        let mode = state.mode;
        let Ok(code) = QuizCode::parse(&state.code_text) else {
            state.code_refused = true;
            return;
        };
        let here = QuizCode::for_dataset(self.session.dataset(), code.seed);
        if code.name != here.name {
            let shown = find_bundled(&code.name).is_some_and(|b| self.show_bundled(b));
            if !shown {
                if let Some(state) = self.view.quiz.as_mut() {
                    state.code_refused = true;
                }
                return;
            }
        }
        self.view.next_quiz_seed = code.seed;
        self.start_quiz(mode);
    }

    /// Drops the quiz (another dataset is shown: its questions no longer apply).
    pub(super) fn drop_quiz(&mut self) {
        self.quiz = None;
        self.view.quiz = None;
    }

    /// Chooses the one answer, ticks or unticks one, or places one next in
    /// order (placing a placed one again takes it and those after it back).
    fn quiz_choose(&mut self, choice: usize) {
        let (Some(state), Some(quiz)) = (self.view.quiz.as_mut(), self.quiz.as_ref()) else {
            return;
        };
        let Some(question) = quiz.questions.get(state.question) else {
            return;
        };
        if state.revealed || choice >= question.choices.len() {
            return;
        }
        let picked = &mut state.picked;
        match question.ask.form() {
            Form::One => *picked = vec![choice],
            Form::Several => match picked.iter().position(|&p| p == choice) {
                Some(at) => {
                    picked.remove(at);
                }
                None => picked.push(choice),
            },
            Form::Order => match picked.iter().position(|&p| p == choice) {
                Some(at) => picked.truncate(at),
                None => picked.push(choice),
            },
        }
    }

    /// Checks the answer (self-test: once one is given) or reveals it (class
    /// quiz); once it is shown, goes on to the next question (after the last:
    /// the score and review, or the end).
    fn quiz_next(&mut self) {
        let (Some(state), Some(quiz)) = (self.view.quiz.as_mut(), self.quiz.as_ref()) else {
            return;
        };
        let Some(question) = quiz.questions.get(state.question) else {
            return;
        };
        if state.revealed {
            state.question += 1;
            state.picked.clear();
            state.revealed = false;
            return;
        }
        if state.mode == QuizMode::SelfTest {
            let complete = match question.ask.form() {
                Form::One | Form::Several => !state.picked.is_empty(),
                Form::Order => state.picked.len() == question.choices.len(),
            };
            if !complete {
                return;
            }
            state.given.push(state.picked.clone());
        }
        state.revealed = true;
    }

    /// The previous question, its answer hidden again (class quiz only: a
    /// self-test's answers are given once).
    fn quiz_previous(&mut self) {
        if let Some(state) = self.view.quiz.as_mut()
            && state.mode == QuizMode::Class
            && state.question > 0
        {
            state.question -= 1;
            state.picked.clear();
            state.revealed = false;
        }
    }
}
