//! Editing a lesson: every change is one [`Edit`], applied by
//! [`LessonDoc::apply`], which keeps the undo and redo history.
//!
//! Typing in one text field is one undoable change, not one per letter: an
//! edit of the same field as the edit before it joins that edit's undo entry.

use std::path::PathBuf;

use super::{Lesson, LessonStep, LessonText};
use crate::lang::Lang;

/// The most changes kept for undo: a lesson is small, and so is this.
const MAX_UNDO: usize = 200;

/// A text field of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    /// The heading (a text slide's title).
    Heading,
    /// The teacher's note.
    Note,
    /// A bullet, by index.
    Bullet(usize),
}

/// One change to a lesson.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Puts a step after the selected one (or at the end) and selects it.
    AddStep(Box<LessonStep>),
    /// Replaces the view of step `0` with the view of the given step,
    /// keeping the step's words.
    ReplaceView(usize, Box<LessonStep>),
    /// Writes the lesson's title in a language.
    SetTitle(Lang, String),
    /// Writes a text of a step in a language.
    SetText {
        /// The step.
        step: usize,
        /// The field.
        field: TextField,
        /// The language written.
        lang: Lang,
        /// The new text.
        text: String,
    },
    /// Adds an empty bullet to a step.
    AddBullet(usize),
    /// Removes a bullet: the step, the bullet.
    RemoveBullet(usize, usize),
    /// Moves a step from one place to another.
    Move {
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Puts a copy of a step after it.
    Duplicate(usize),
    /// Removes a step.
    Delete(usize),
}

/// A lesson being edited: the lesson, its file, the selected step and the history.
#[derive(Clone, Debug)]
pub struct LessonDoc {
    /// The lesson as it is now.
    pub lesson: Lesson,
    /// Its file, once opened from or saved to one.
    pub path: Option<PathBuf>,
    /// The step selected in the lesson panel.
    pub selected: Option<usize>,
    /// The lesson as last opened or saved (to tell unsaved changes).
    saved: Lesson,
    undo: Vec<(Lesson, Option<usize>)>,
    redo: Vec<(Lesson, Option<usize>)>,
    /// The field the last edit typed in: typing on in it joins that undo entry.
    typing: Option<(usize, TextField, Lang)>,
}

impl LessonDoc {
    /// A lesson as opened (or made): nothing to save yet.
    pub fn new(lesson: Lesson, path: Option<PathBuf>) -> Self {
        Self {
            saved: lesson.clone(),
            selected: (!lesson.steps.is_empty()).then_some(0),
            lesson,
            path,
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
        }
    }

    /// Whether there are changes not saved to the file.
    pub fn is_dirty(&self) -> bool {
        self.lesson != self.saved
    }

    /// Marks the lesson as saved to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.saved = self.lesson.clone();
        self.path = Some(path);
        self.typing = None;
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an undone change to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last change; `false` if there was none.
    pub fn undo(&mut self) -> bool {
        let Some((lesson, selected)) = self.undo.pop() else {
            return false;
        };
        self.redo
            .push((std::mem::replace(&mut self.lesson, lesson), self.selected));
        self.selected = selected;
        self.typing = None;
        true
    }

    /// Redoes the last undone change; `false` if there was none.
    pub fn redo(&mut self) -> bool {
        let Some((lesson, selected)) = self.redo.pop() else {
            return false;
        };
        self.undo
            .push((std::mem::replace(&mut self.lesson, lesson), self.selected));
        self.selected = selected;
        self.typing = None;
        true
    }

    /// Selects a step (or none); out-of-range selections are dropped.
    pub fn select(&mut self, step: Option<usize>) {
        self.selected = step.filter(|&s| s < self.lesson.steps.len());
        self.typing = None;
    }

    /// Applies one change; `false` (and nothing recorded) when it changes nothing.
    pub fn apply(&mut self, edit: Edit) -> bool {
        let typing = match &edit {
            Edit::SetText {
                step, field, lang, ..
            } => Some((*step, *field, *lang)),
            _ => None,
        };
        let before = (self.lesson.clone(), self.selected);
        let Some(selected) = self.change(edit) else {
            return false;
        };
        if before.0 == self.lesson {
            return false;
        }
        if typing.is_none() || typing != self.typing {
            self.undo.push(before);
            if self.undo.len() > MAX_UNDO {
                self.undo.remove(0);
            }
        }
        self.typing = typing;
        self.redo.clear();
        self.selected = selected;
        true
    }

    /// Makes the change; the selection after it, or `None` if it cannot be made.
    fn change(&mut self, edit: Edit) -> Option<Option<usize>> {
        let steps = &mut self.lesson.steps;
        let len = steps.len();
        match edit {
            Edit::AddStep(step) => {
                let at = self.selected.map_or(len, |s| (s + 1).min(len));
                steps.insert(at, *step);
                Some(Some(at))
            }
            Edit::ReplaceView(i, view) => {
                let old = steps.get_mut(i)?;
                *old = with_words_of(*view, old);
                Some(Some(i))
            }
            Edit::SetTitle(lang, text) => {
                self.lesson.title.set(lang, text);
                Some(self.selected)
            }
            Edit::SetText {
                step,
                field,
                lang,
                text,
            } => {
                let (heading, note, bullets) = steps.get_mut(step)?.texts_mut();
                let slot = match field {
                    TextField::Heading => heading,
                    TextField::Note => note,
                    TextField::Bullet(b) => bullets.get_mut(b)?,
                };
                slot.set(lang, text);
                Some(Some(step))
            }
            Edit::AddBullet(step) => {
                steps
                    .get_mut(step)?
                    .texts_mut()
                    .2
                    .push(LessonText::default());
                Some(Some(step))
            }
            Edit::RemoveBullet(step, b) => {
                let bullets = steps.get_mut(step)?.texts_mut().2;
                (b < bullets.len()).then(|| bullets.remove(b))?;
                Some(Some(step))
            }
            Edit::Move { from, to } => {
                if from >= len || to >= len {
                    return None;
                }
                let step = steps.remove(from);
                steps.insert(to, step);
                Some(Some(to))
            }
            Edit::Duplicate(i) => {
                let copy = steps.get(i)?.clone();
                steps.insert(i + 1, copy);
                Some(Some(i + 1))
            }
            Edit::Delete(i) => {
                (i < len).then(|| steps.remove(i))?;
                let left = len - 1;
                Some((left > 0).then(|| i.min(left - 1)))
            }
        }
    }
}

/// `view`'s view with `old`'s heading, note and bullets.
fn with_words_of(mut view: LessonStep, old: &mut LessonStep) -> LessonStep {
    let (heading, note, bullets) = old.texts_mut();
    let (new_heading, new_note, new_bullets) = view.texts_mut();
    *new_heading = std::mem::take(heading);
    *new_note = std::mem::take(note);
    *new_bullets = std::mem::take(bullets);
    view
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_step(title: &str) -> LessonStep {
        LessonStep::Text {
            heading: LessonText::one(Lang::En, title),
            note: LessonText::default(),
            bullets: Vec::new(),
        }
    }

    fn headings(doc: &LessonDoc) -> Vec<&str> {
        doc.lesson
            .steps
            .iter()
            .map(|s| s.heading().get(Lang::En))
            .collect()
    }

    #[test]
    fn add_move_delete_and_undo_every_change() {
        let mut doc = LessonDoc::new(Lesson::new(Lang::En, "L"), None);
        for title in ["a", "b", "c"] {
            assert!(doc.apply(Edit::AddStep(Box::new(text_step(title)))));
        }
        assert_eq!(headings(&doc), ["a", "b", "c"]);
        assert!(doc.apply(Edit::Move { from: 2, to: 0 }));
        assert_eq!(headings(&doc), ["c", "a", "b"]);
        assert!(doc.apply(Edit::Delete(1)));
        assert_eq!(headings(&doc), ["c", "b"]);
        assert!(doc.is_dirty());
        assert!(doc.undo());
        assert_eq!(headings(&doc), ["c", "a", "b"]);
        assert!(doc.undo());
        assert_eq!(headings(&doc), ["a", "b", "c"]);
        assert!(doc.redo());
        assert_eq!(headings(&doc), ["c", "a", "b"]);
        assert!(!doc.apply(Edit::Delete(9)), "out of range changes nothing");
    }

    #[test]
    fn typing_in_one_field_is_one_undo() {
        let mut doc = LessonDoc::new(Lesson::new(Lang::En, "L"), None);
        doc.apply(Edit::AddStep(Box::new(text_step("a"))));
        for text in ["I", "In", "Ind"] {
            doc.apply(Edit::SetText {
                step: 0,
                field: TextField::Note,
                lang: Lang::En,
                text: text.to_owned(),
            });
        }
        assert_eq!(doc.lesson.steps[0].note().get(Lang::En), "Ind");
        assert!(doc.undo());
        assert_eq!(doc.lesson.steps[0].note().get(Lang::En), "");
        assert_eq!(doc.lesson.steps.len(), 1);
    }

    #[test]
    fn replacing_a_view_keeps_the_words() {
        let mut doc = LessonDoc::new(Lesson::new(Lang::En, "L"), None);
        let view = |date: &str| LessonStep::View {
            dataset: "sco".into(),
            date: date.into(),
            select: String::new(),
            tab: super::super::Tab::Map,
            country: String::new(),
            compare: String::new(),
            hidden_kinds: Vec::new(),
            heading: LessonText::one(Lang::En, "mine"),
            note: LessonText::default(),
            bullets: Vec::new(),
        };
        doc.apply(Edit::AddStep(Box::new(view("2001-06-15"))));
        let mut other = view("2017-06-09");
        if let LessonStep::View { heading, .. } = &mut other {
            *heading = LessonText::one(Lang::En, "theirs");
        }
        doc.apply(Edit::ReplaceView(0, Box::new(other)));
        let LessonStep::View { date, heading, .. } = &doc.lesson.steps[0] else {
            panic!("a view step")
        };
        assert_eq!(
            (date.as_str(), heading.get(Lang::En)),
            ("2017-06-09", "mine")
        );
    }
}
