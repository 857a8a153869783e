//! A lesson's own text: written in the lesson's language, with the other
//! languages optional.
//!
//! In a file a text is either plain, `heading: "India joins"` (in the
//! lesson's language), or per language, `heading: (en: "India joins", ru:
//! "Индия вступает")` (or `Tr(en: …)`, as datasets write it). Unlike a dataset's [`crate::model::Text`], English is
//! not required: a Russian teacher writes a Russian lesson.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lang::Lang;

/// A text of a lesson, in up to three languages (empty means not written).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LessonText {
    en: String,
    ru: String,
    zh: String,
    /// Read from a plain string: which language it is in is known only once
    /// the lesson's language is (see [`LessonText::settle`]).
    plain: Option<String>,
}

impl LessonText {
    /// A text in one language.
    pub fn one(lang: Lang, text: impl Into<String>) -> Self {
        let mut made = Self::default();
        made.set(lang, text.into());
        made
    }

    /// The text in `lang` as written (empty when not written).
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
            Lang::Zh => &self.zh,
        }
    }

    /// Writes the text in `lang` (an empty text removes it).
    pub fn set(&mut self, lang: Lang, text: String) {
        let slot = match lang {
            Lang::En => &mut self.en,
            Lang::Ru => &mut self.ru,
            Lang::Zh => &mut self.zh,
        };
        *slot = text;
    }

    /// The text to show in `lang`: that language's, else the lesson's own
    /// (`home`), else any written one; empty when none is.
    pub fn shown(&self, lang: Lang, home: Lang) -> &str {
        [lang, home, Lang::En, Lang::Ru, Lang::Zh]
            .into_iter()
            .map(|l| self.get(l))
            .find(|t| !t.trim().is_empty())
            .unwrap_or("")
    }

    /// Whether no language has any text.
    pub fn is_empty(&self) -> bool {
        Lang::ALL.iter().all(|&l| self.get(l).trim().is_empty())
            && self.plain.as_deref().is_none_or(|p| p.trim().is_empty())
    }

    /// Every written form (for length checks and glyph coverage).
    pub fn all(&self) -> impl Iterator<Item = &str> {
        Lang::ALL
            .into_iter()
            .map(|l| self.get(l))
            .chain(self.plain.as_deref())
            .filter(|t| !t.is_empty())
    }

    /// Puts a plain string read from a file into the lesson's language.
    pub(super) fn settle(&mut self, home: Lang) {
        if let Some(plain) = self.plain.take()
            && self.get(home).is_empty()
        {
            self.set(home, plain);
        }
    }
}

impl Serialize for LessonText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if Lang::ALL.iter().all(|&l| self.get(l).is_empty()) {
            // `Tr()` would read back as an empty list, not a text.
            return serializer.serialize_str("");
        }
        let mut map = serializer.serialize_struct("Tr", 3)?;
        for lang in Lang::ALL {
            let text = self.get(lang);
            if text.is_empty() {
                map.skip_field(lang.code())?;
            } else {
                map.serialize_field(lang.code(), text)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for LessonText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LessonTextVisitor)
    }
}

struct LessonTextVisitor;

impl<'de> Visitor<'de> for LessonTextVisitor {
    type Value = LessonText;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a text: "words", or (en: "…", ru: "…", zh: "…")"#)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<LessonText, E> {
        Ok(LessonText {
            plain: Some(text.to_owned()),
            ..LessonText::default()
        })
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<LessonText, M::Error> {
        let mut made = LessonText::default();
        while let Some(key) = map.next_key::<String>()? {
            let Some(lang) = Lang::from_code(&key) else {
                return Err(de::Error::unknown_field(&key, &["en", "ru", "zh"]));
            };
            if !made.get(lang).is_empty() {
                return Err(de::Error::duplicate_field(lang.code()));
            }
            made.set(lang, map.next_value()?);
        }
        Ok(made)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_text_is_in_the_lessons_language() {
        let mut text: LessonText = ron::from_str(r#""Индия вступает""#).unwrap();
        text.settle(Lang::Ru);
        assert_eq!(text.get(Lang::Ru), "Индия вступает");
        assert_eq!(text.get(Lang::En), "");
        assert_eq!(text.shown(Lang::Zh, Lang::Ru), "Индия вступает");
    }

    #[test]
    fn per_language_texts_round_trip() {
        let text: LessonText = ron::from_str(r#"(en: "India joins", zh: "印度加入")"#).unwrap();
        let written = ron::to_string(&text).unwrap();
        assert_eq!(written, r#"(en:"India joins",zh:"印度加入")"#);
        assert_eq!(ron::from_str::<LessonText>(&written).unwrap(), text);
        assert!(ron::from_str::<LessonText>(r#"(fr: "x")"#).is_err());
    }
}
