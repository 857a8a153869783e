//! Country and territory names in Russian and Chinese from the Unicode CLDR,
//! by ISO 3166-1 alpha-3 code.
//!
//! `assets/i18n/country-names.tsv` is made by `scripts/make-country-names.py`
//! from the npm package `cldr-localenames-full` (Unicode License; see
//! `assets/i18n/NOTICE.md`), not typed by hand. A dataset's own translation of a
//! name wins over CLDR; English is the last fallback.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lang::Lang;

const TABLE: &str = include_str!("../../assets/i18n/country-names.tsv");

/// alpha-3 → (Russian, Chinese).
static NAMES: LazyLock<HashMap<&'static str, (&'static str, &'static str)>> = LazyLock::new(|| {
    TABLE
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let code = fields.next()?;
            let ru = fields.next()?;
            let zh = fields.next()?;
            Some((code, (ru, zh)))
        })
        .collect()
});

/// CLDR's name of the country with this alpha-3 code in `lang`; `None` for
/// English (the dataset's own names are English) and for codes CLDR lacks.
pub fn cldr_name(code: &str, lang: Lang) -> Option<&'static str> {
    let (ru, zh) = NAMES.get(code)?;
    match lang {
        Lang::En => None,
        Lang::Ru => Some(*ru),
        Lang::Zh => Some(*zh),
    }
    .filter(|name| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_names_the_sco_and_asean_states_in_russian_and_chinese() {
        assert!(NAMES.len() > 200, "{}", NAMES.len());
        assert_eq!(cldr_name("RUS", Lang::Ru), Some("Россия"));
        assert_eq!(cldr_name("RUS", Lang::Zh), Some("俄罗斯"));
        assert_eq!(cldr_name("KAZ", Lang::Zh), Some("哈萨克斯坦"));
        assert_eq!(cldr_name("LAO", Lang::Ru), Some("Лаос"));
        assert_eq!(cldr_name("RUS", Lang::En), None);
        assert_eq!(cldr_name("EU", Lang::Ru), None);
    }
}
