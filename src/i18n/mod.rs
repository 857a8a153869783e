//! The interface's languages: English, Russian and Simplified Chinese.
//!
//! All interface text comes from the Project Fluent catalogs in `assets/i18n/`
//! (`en.ftl`, `ru.ftl`, `zh.ftl`), embedded in the binary and read with
//! `fluent-bundle`, so Russian plurals ("1 страна, 2 страны, 5 стран") and each
//! language's word order live in the catalogs, not in code. Dates go through the
//! catalogs too ([`dates`]); country names come from CLDR (`model::cldr_name`).
//! Nothing here knows about egui.
//!
//! A message missing from a catalog falls back to English (a test makes sure
//! none is missing); a message missing from every catalog shows its id, which is
//! a bug that the catalog test catches before it ships.

pub mod dates;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::lang::Lang;

/// The catalogs' text, embedded so a fresh binary has every language.
const CATALOG_SOURCES: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../../assets/i18n/en.ftl")),
    (Lang::Ru, include_str!("../../assets/i18n/ru.ftl")),
    (Lang::Zh, include_str!("../../assets/i18n/zh.ftl")),
];

/// The Fluent source of a language's catalog (for tests and the font script).
pub fn catalog_source(lang: Lang) -> &'static str {
    CATALOG_SOURCES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("", |(_, source)| source)
}

/// The three parsed catalogs, in [`Lang::ALL`] order.
static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 3]> =
    LazyLock::new(|| Lang::ALL.map(bundle_for));

fn bundle_for(lang: Lang) -> FluentBundle<FluentResource> {
    let tag = match lang {
        Lang::En => unic_langid::LanguageIdentifier::from_bytes(b"en"),
        Lang::Ru => unic_langid::LanguageIdentifier::from_bytes(b"ru"),
        Lang::Zh => unic_langid::LanguageIdentifier::from_bytes(b"zh"),
    }
    .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // egui draws the Unicode isolation marks Fluent puts around arguments as
    // boxes; the interface has no right-to-left text to isolate.
    bundle.set_use_isolating(false);
    // A syntax error drops only the broken entry (the catalog test reports it);
    // the rest of the catalog still works.
    let resource = match FluentResource::try_new(catalog_source(lang).to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    // Each catalog defines every id once (the catalog test checks), so adding
    // cannot clash; a clash would keep the first definition.
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &BUNDLES[index]
}

/// A value for a message's `{ $name }` placeholder.
pub enum Arg<'a> {
    /// Text, inserted as is.
    Str(&'a str),
    /// A number: selects plural forms (`[one]`, `[few]`, `[many]`).
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Str(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Self::Str(text)
    }
}

macro_rules! number_arg {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg<'_> {
            fn from(n: $ty) -> Self {
                #[expect(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
                Self::Num(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u64);

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Self::Num(f64::from(n))
    }
}

impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Self::Num(f64::from(n))
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Self::Num(n)
    }
}

/// The message `id` in `lang`, its placeholders filled from `args`.
///
/// Falls back to English when the language lacks the message, and to the id
/// itself when no catalog has it (the catalog tests keep that from shipping).
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Str(text) => FluentValue::from(*text),
                Arg::Num(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        fluent_args
    });
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// Whether `lang`'s own catalog has the message (no English fallback).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// A bundled dataset's short label in `lang` ("SCO", "ШОС", "上合组织"), from
/// the catalogs' `dataset-NAME` message, or the dataset's own label without one.
pub fn bundled_label(bundled: &crate::model::Bundled, lang: Lang) -> String {
    let id = format!("dataset-{}", bundled.name);
    if has_message(Lang::En, &id) {
        message(lang, &id, &[])
    } else {
        bundled.label.to_owned()
    }
}

/// "43.25° N, 76.91° E", «43,25° с. ш., 76,91° в. д.», "北纬43.25°，东经76.91°":
/// a point to two decimals (about a kilometre), the hemisphere in words.
pub fn coordinates(lang: Lang, lat: f64, lon: f64) -> String {
    let degrees = |value: f64| {
        let text = format!("{:.2}", value.abs());
        if lang == Lang::Ru {
            text.replace('.', ",")
        } else {
            text
        }
    };
    let lat_text = message(
        lang,
        if lat < 0.0 {
            "coord-south"
        } else {
            "coord-north"
        },
        &[("deg", Arg::Str(&degrees(lat)))],
    );
    let lon_text = message(
        lang,
        if lon < 0.0 {
            "coord-west"
        } else {
            "coord-east"
        },
        &[("deg", Arg::Str(&degrees(lon)))],
    );
    message(
        lang,
        "coord-point",
        &[("lat", Arg::Str(&lat_text)), ("lon", Arg::Str(&lon_text))],
    )
}

/// A count with its thousands grouped as the language groups them: "12,288"
/// in English and Chinese, "12 288" in Russian (with a no-break space).
pub fn thousands(lang: Lang, n: usize) -> String {
    let separator = match lang {
        Lang::Ru => '\u{a0}',
        Lang::En | Lang::Zh => ',',
    };
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// A dataset's name as the window shows it: a file's path, or for a bundled
/// dataset "sco.ron (bundled)" in `lang`.
pub fn dataset_name(name: &str, lang: Lang) -> String {
    match crate::model::BUNDLED
        .iter()
        .find(|b| b.display_name == name)
    {
        Some(bundled) => message(
            lang,
            "dataset-bundled-file",
            &[("file", Arg::Str(&format!("{}.ron", bundled.name)))],
        ),
        None => name.to_owned(),
    }
}

/// A translated message: `tr!(lang, "id")` or `tr!(lang, "id", count = n, name = s)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $crate::i18n::message($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_the_three_languages_and_anything_else_to_english() {
        assert_eq!(Lang::from_locale("ru-RU"), Lang::Ru);
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("zh-Hans-CN"), Lang::Zh);
        assert_eq!(Lang::from_locale("en-GB"), Lang::En);
        assert_eq!(Lang::from_locale("de-DE"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
        assert_eq!(Lang::from_code("RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn russian_countries_take_the_plural_form_for_1_2_5_and_21() {
        let forms: Vec<String> = [1_usize, 2, 5, 21]
            .into_iter()
            .map(|n| tr!(Lang::Ru, "count-countries", count = n))
            .collect();
        assert_eq!(forms, ["1 страна", "2 страны", "5 стран", "21 страна"]);
        assert_eq!(
            tr!(Lang::En, "count-countries", count = 1_usize),
            "1 country"
        );
        assert_eq!(
            tr!(Lang::En, "count-countries", count = 5_usize),
            "5 countries"
        );
        assert_eq!(tr!(Lang::Zh, "count-countries", count = 5_usize), "5个国家");
    }

    #[test]
    fn counts_group_their_thousands_per_language() {
        assert_eq!(thousands(Lang::En, 12_288), "12,288");
        assert_eq!(thousands(Lang::Ru, 1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(thousands(Lang::Zh, 999), "999");
    }

    #[test]
    fn a_message_no_catalog_has_shows_its_id() {
        assert_eq!(tr!(Lang::Ru, "no-such-message"), "no-such-message");
    }
}
