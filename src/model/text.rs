//! Human-readable dataset text that may carry Russian and Chinese translations.
//!
//! In a file, a text field is either plain English, `title: "Peace Mission 2005"`,
//! or English with translations,
//! `title: Tr(en: "Peace Mission 2005", ru: "Мирная миссия-2005", zh: "和平使命-2005")`.
//! A missing translation falls back to English, and the UI marks it as such.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lang::Lang;

/// A text in English, with optional Russian and Chinese translations.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Text {
    // A boxed `str` (no spare capacity) and a boxed, optional set of
    // translations: a `Text` is as small as the `String` it replaced (24
    // bytes), which a 100k-event dataset feels in its memory.
    en: Box<str>,
    translations: Option<Box<Translations>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
struct Translations {
    ru: Option<String>,
    zh: Option<String>,
}

/// A text as shown in one language: the words, and whether they are the
/// English fallback for a missing translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The text to show.
    pub text: &'a str,
    /// `true` when the language asked for had no translation and this is English.
    pub fallback: bool,
}

impl<'a> Shown<'a> {
    /// Text in the language asked for (or in English when English was asked for).
    pub fn exact(text: &'a str) -> Self {
        Self {
            text,
            fallback: false,
        }
    }
}

impl Text {
    /// English text without translations.
    pub fn new(en: impl Into<String>) -> Self {
        Self {
            en: en.into().into_boxed_str(),
            translations: None,
        }
    }

    /// English text with Russian and Chinese translations (empty ones are dropped).
    pub fn with_translations(
        en: impl Into<String>,
        ru: Option<String>,
        zh: Option<String>,
    ) -> Self {
        let ru = ru.filter(|t| !is_blank(t));
        let zh = zh.filter(|t| !is_blank(t));
        Self {
            en: en.into().into_boxed_str(),
            translations: (ru.is_some() || zh.is_some()).then(|| Box::new(Translations { ru, zh })),
        }
    }

    /// The English text (what search, validation and exports use).
    pub fn en(&self) -> &str {
        &self.en
    }

    /// The translation into `lang`, if there is one (English always is).
    pub fn translation(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(&self.en),
            Lang::Ru => self.translations.as_ref()?.ru.as_deref(),
            Lang::Zh => self.translations.as_ref()?.zh.as_deref(),
        }
    }

    /// The text in `lang`, or English marked as a fallback.
    pub fn get(&self, lang: Lang) -> Shown<'_> {
        self.translation(lang).map_or(
            Shown {
                text: &self.en,
                fallback: true,
            },
            Shown::exact,
        )
    }

    /// The text in `lang` or English, without saying which.
    pub fn text(&self, lang: Lang) -> &str {
        self.get(lang).text
    }

    /// Every form of the text (English first), e.g. for search and glyph checks.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let translations = self.translations.as_deref();
        std::iter::once(&*self.en)
            .chain(translations.and_then(|t| t.ru.as_deref()))
            .chain(translations.and_then(|t| t.zh.as_deref()))
    }

    /// Whether the English text has nothing to see: only spaces or invisible
    /// characters (zero-width spaces and other format characters).
    pub fn is_blank(&self) -> bool {
        is_blank(&self.en)
    }
}

/// Whether `text` shows nothing: it is empty, or only spaces, line breaks,
/// control characters and invisible formatting characters such as the
/// zero-width space (U+200B), joiners, direction marks, the soft hyphen and
/// the byte-order mark. `str::trim` keeps those, so a label of U+200B alone
/// looked like text to the "not empty" checks while the screen showed nothing.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '\u{ad}'
                    | '\u{34f}'
                    | '\u{61c}'
                    | '\u{115f}'
                    | '\u{1160}'
                    | '\u{17b4}'
                    | '\u{17b5}'
                    | '\u{180b}'..='\u{180f}'
                    | '\u{200b}'..='\u{200f}'
                    | '\u{202a}'..='\u{202e}'
                    | '\u{2060}'..='\u{206f}'
                    | '\u{3164}'
                    | '\u{fe00}'..='\u{fe0f}'
                    | '\u{feff}'
                    | '\u{ffa0}'
                    | '\u{e0000}'..='\u{e007f}'
            )
    })
}

impl From<&str> for Text {
    fn from(en: &str) -> Self {
        Self::new(en)
    }
}

impl From<String> for Text {
    fn from(en: String) -> Self {
        Self::new(en)
    }
}

/// Compares the English text (what a test or a search by name means).
impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.en == other
    }
}

/// Compares the English text.
impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.en == *other
    }
}

impl fmt::Display for Text {
    /// Writes the English text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        match &self.translations {
            None => serializer.serialize_str(&self.en),
            Some(t) => {
                let mut s = serializer.serialize_struct("Tr", 3)?;
                s.serialize_field("en", &self.en)?;
                if let Some(ru) = &t.ru {
                    s.serialize_field("ru", ru)?;
                }
                if let Some(zh) = &t.zh {
                    s.serialize_field("zh", zh)?;
                }
                s.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text: \"English\" or Tr(en: \"English\", ru: \"Русский\", zh: \"中文\")")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::new(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::new(text))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let (mut en, mut ru, mut zh) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "en" => &mut en,
                "ru" => &mut ru,
                "zh" => &mut zh,
                // Not `unknown_field`: ron would name the record around the
                // text ("unknown field `fr` in Event(...)") instead of the text.
                other => {
                    return Err(de::Error::custom(format_args!(
                        "unknown language `{other}` in a translated text: write Tr(en: \"...\", ru: \"...\", zh: \"...\") with en and, if you have them, ru and zh"
                    )));
                }
            };
            if slot.is_some() {
                return Err(de::Error::custom(format_args!(
                    "the language `{key}` is given twice"
                )));
            }
            *slot = Some(map.next_value::<String>()?);
        }
        let en = en.ok_or_else(|| de::Error::missing_field("en"))?;
        Ok(Text::with_translations(en, ru, zh))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Holder {
        title: Text,
        city: Option<Text>,
    }

    #[test]
    fn plain_and_translated_texts_read_and_write_back() {
        let plain: Holder = ron::from_str(r#"(title: "Peace Mission 2005", city: None)"#).unwrap();
        assert_eq!(plain.title.get(Lang::Ru).text, "Peace Mission 2005");
        assert!(plain.title.get(Lang::Ru).fallback);
        assert!(!plain.title.get(Lang::En).fallback);

        let source = r#"(title: Tr(en: "Peace Mission 2005", ru: "Мирная миссия-2005", zh: "和平使命-2005"), city: Some(Tr(en: "Urumqi", zh: "乌鲁木齐")))"#;
        let translated: Holder = ron::from_str(source).unwrap();
        assert_eq!(
            translated.title.get(Lang::Ru),
            Shown::exact("Мирная миссия-2005")
        );
        assert_eq!(translated.title.text(Lang::Zh), "和平使命-2005");
        let city = translated.city.as_ref().unwrap();
        assert_eq!(city.get(Lang::Zh), Shown::exact("乌鲁木齐"));
        assert!(city.get(Lang::Ru).fallback);

        let written = ron::to_string(&translated).unwrap();
        let again: Holder = ron::from_str(&written).unwrap();
        assert_eq!(again, translated);
    }

    #[test]
    fn invisible_text_is_blank_and_visible_text_is_not() {
        for blank in [
            "",
            " \t\n",
            "\u{200b}",
            "\u{200b}\u{200d} \u{feff}",
            "\u{2060}\u{ad}",
            "\u{3000}",
        ] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for seen in ["a", "\u{200b}a", "中", "·", "\u{1f600}"] {
            assert!(!is_blank(seen), "{seen:?}");
        }
    }

    #[test]
    fn a_text_is_no_bigger_than_the_string_it_replaced() {
        assert_eq!(size_of::<Text>(), size_of::<String>());
        assert_eq!(size_of::<Option<Text>>(), size_of::<Option<String>>());
    }

    #[test]
    fn a_misspelt_or_missing_language_is_an_error_that_says_so() {
        let err = ron::from_str::<Holder>(r#"(title: Tr(en: "A", fr: "B"), city: None)"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("fr"), "{err}");
        let err = ron::from_str::<Holder>(r#"(title: Tr(ru: "Б"), city: None)"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("en"), "{err}");
    }
}
