//! The languages the interface and the datasets speak: a leaf that the model,
//! the catalogs and the view state all use, so none of them needs another.

use serde::{Deserialize, Serialize};

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English (the datasets' own language and every fallback).
    #[default]
    En,
    /// Russian.
    Ru,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Self; 3] = [Self::En, Self::Ru, Self::Zh];

    /// The code used on the command line and in catalogs: "en", "ru" or "zh".
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
            Self::Zh => "zh",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Ru => "Русский",
            Self::Zh => "中文",
        }
    }

    /// Reads "en", "ru" or "zh" (any case).
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language for a system locale such as "ru-RU", "zh_CN.UTF-8" or
    /// "en-GB"; English for any other language.
    pub fn from_locale(locale: &str) -> Self {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default();
        Self::from_code(primary).unwrap_or_default()
    }

    /// The language of the system's locale (English if it is none of the three).
    pub fn from_system() -> Self {
        sys_locale::get_locale().map_or_else(Self::default, |locale| Self::from_locale(&locale))
    }
}
