//! Lessons: a teacher's own sequence of slides, kept in a small RON file of
//! its own (format documented in README, "Lessons").
//!
//! A step is either a view of the explorer (which dataset, date, selection,
//! tab, comparison and kind filter: what a view code holds) with a heading,
//! the teacher's note and bullets of the teacher's own, or a text-only slide.
//! Datasets are named by their bundled name ("sco") or by a path ending in
//! `.ron`, relative to the lesson's file, so a folder with a lesson and its
//! dataset can be shared.

mod edit;
mod from_tour;
mod load;
mod refs;
mod text;

use serde::{Deserialize, Serialize};

pub use edit::{Edit, LessonDoc, TextField};
pub use from_tour::tour_lesson;
pub use load::{
    LESSON_FORMAT_VERSION, is_lesson_file, lesson_from_str, load_lesson, looks_like_lesson,
};
pub use refs::{CheckedLesson, check_lesson, dataset_location};
pub use text::LessonText;

use crate::lang::Lang;

/// A lesson as read from (and written to) its file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Lesson", deny_unknown_fields)]
pub struct Lesson {
    /// The file format's version ([`LESSON_FORMAT_VERSION`]).
    pub format_version: u32,
    /// The lesson's title (its title page and the presentation's header).
    pub title: LessonText,
    /// The language the lesson is written in, by code ("en", "ru", "zh"):
    /// plain texts are in it, and it is shown when another is missing.
    pub language: String,
    /// The slides, in order.
    pub steps: Vec<LessonStep>,
}

/// One slide of a lesson.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum LessonStep {
    /// A view of the explorer, with the teacher's words.
    View {
        /// A bundled dataset's name ("sco") or a `.ron` path relative to the lesson.
        dataset: String,
        /// The date shown, `YYYY-MM-DD`.
        date: String,
        /// An event id or a country code; empty when nothing is selected.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        select: String,
        /// Which tab of the centre the view shows.
        #[serde(default, skip_serializing_if = "Tab::is_timeline")]
        tab: Tab,
        /// The country of the memberships tab; empty for the selection's.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        country: String,
        /// The organisation compared with (a bundled name or a path); empty for none.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        compare: String,
        /// Event kinds the timeline hides.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        hidden_kinds: Vec<String>,
        /// The slide's heading (empty: the selection's title).
        #[serde(default, skip_serializing_if = "LessonText::is_empty")]
        heading: LessonText,
        /// The teacher's note (presenter view and handout with notes).
        #[serde(default, skip_serializing_if = "LessonText::is_empty")]
        note: LessonText,
        /// The teacher's own points, shown under the slide's text.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        bullets: Vec<LessonText>,
    },
    /// A slide of the teacher's own words: a title and bullets.
    Text {
        /// The slide's title.
        heading: LessonText,
        /// The teacher's note.
        #[serde(default, skip_serializing_if = "LessonText::is_empty")]
        note: LessonText,
        /// The points on the slide.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        bullets: Vec<LessonText>,
    },
}

/// The tab of the explorer's centre a view step shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    /// The timeline.
    #[default]
    Timeline,
    /// The map.
    Map,
    /// One country's memberships in every organisation.
    Memberships,
    /// Every country against every organisation.
    Overlap,
}

impl Tab {
    /// Whether this is the default tab.
    pub fn is_timeline(&self) -> bool {
        *self == Self::Timeline
    }
}

impl LessonStep {
    /// The heading as written (may be empty for a view step).
    pub fn heading(&self) -> &LessonText {
        match self {
            Self::View { heading, .. } | Self::Text { heading, .. } => heading,
        }
    }

    /// The teacher's note.
    pub fn note(&self) -> &LessonText {
        match self {
            Self::View { note, .. } | Self::Text { note, .. } => note,
        }
    }

    /// The teacher's bullets.
    pub fn bullets(&self) -> &[LessonText] {
        match self {
            Self::View { bullets, .. } | Self::Text { bullets, .. } => bullets,
        }
    }

    /// The text field `field` (a bullet past the end is empty).
    pub fn field(&self, field: TextField) -> Option<&LessonText> {
        match field {
            TextField::Heading => Some(self.heading()),
            TextField::Note => Some(self.note()),
            TextField::Bullet(i) => self.bullets().get(i),
        }
    }

    fn texts_mut(&mut self) -> (&mut LessonText, &mut LessonText, &mut Vec<LessonText>) {
        match self {
            Self::View {
                heading,
                note,
                bullets,
                ..
            }
            | Self::Text {
                heading,
                note,
                bullets,
            } => (heading, note, bullets),
        }
    }
}

impl Lesson {
    /// An empty lesson in `lang`.
    pub fn new(lang: Lang, title: impl Into<String>) -> Self {
        Self {
            format_version: LESSON_FORMAT_VERSION,
            title: LessonText::one(lang, title),
            language: lang.code().to_owned(),
            steps: Vec::new(),
        }
    }

    /// The lesson's language (English if the file's cannot be read; the
    /// loader refuses such a file, so this is only a fallback).
    pub fn lang(&self) -> Lang {
        Lang::from_code(&self.language).unwrap_or_default()
    }

    /// The lesson as RON text, as the app saves it.
    /// Points left empty in the panel are not written: the file keeps
    /// only what the slides show.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let mut written = self.clone();
        for step in &mut written.steps {
            step.texts_mut().2.retain(|b| !b.is_empty());
        }
        let config = ron::ser::PrettyConfig::new()
            .struct_names(true)
            .indentor("    ".to_owned());
        let mut text = ron::ser::to_string_pretty(&written, config)?;
        text.push('\n');
        Ok(text)
    }

    /// Puts plain texts into the lesson's language (after reading).
    fn settle(&mut self) {
        let home = self.lang();
        self.title.settle(home);
        for step in &mut self.steps {
            let (heading, note, bullets) = step.texts_mut();
            heading.settle(home);
            note.settle(home);
            for bullet in bullets {
                bullet.settle(home);
            }
        }
    }
}
