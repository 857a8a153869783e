//! Dates written the way each language writes them: "15 June 2001",
//! "15 июня 2001 г.", "2001年6月15日". The patterns and month names are in the
//! catalogs (`date-*`, `month-*`), so a translator can change them without code.

use chrono::{Datelike as _, NaiveDate};

use super::Lang;
use crate::model::{PartialDate, Precision};
use crate::tr;

/// A day in full: "15 June 2001", "15 июня 2001 г.", "2001年6月15日".
pub fn day(lang: Lang, date: NaiveDate) -> String {
    day_with_month(lang, date, "month-genitive")
}

/// A day in short: "15 Jun 2001", "15 июн. 2001 г.", "2001年6月15日" (map label).
pub fn day_short(lang: Lang, date: NaiveDate) -> String {
    day_with_month(lang, date, "month-short")
}

/// A day, its month named by the catalog message `month_id`.
fn day_with_month(lang: Lang, date: NaiveDate, month_id: &str) -> String {
    let (d, m, y) = parts(date);
    let month = tr!(lang, month_id, month = m);
    tr!(
        lang,
        "date-day",
        day = &d,
        month = &month,
        monthnum = m,
        year = &y
    )
}

/// A dataset date in short, at its own precision, for lists: "15 Jun 2001",
/// "Jun 2001" or "2001"; «15 июн. 2001 г.»; "2001年6月15日".
pub fn partial_short(lang: Lang, date: PartialDate) -> String {
    let first = date.first_day();
    match date.precision() {
        Precision::Day => day_short(lang, first),
        Precision::Month => {
            let (_, m, y) = parts(first);
            let month = tr!(lang, "month-short-alone", month = m);
            tr!(lang, "date-month", month = &month, monthnum = m, year = &y)
        }
        Precision::Year => year(lang, first.year()),
    }
}

/// A month: "June 2001", "июнь 2001 г.", "2001年6月".
pub fn month(lang: Lang, date: NaiveDate) -> String {
    let (_, m, y) = parts(date);
    let month = tr!(lang, "month-name", month = m);
    tr!(lang, "date-month", month = &month, monthnum = m, year = &y)
}

/// A dataset date after "from" / "since", at its own precision: the same as
/// [`partial`] but for the grammar of the phrase («с июня 2006 г.», not «с июнь»).
pub fn partial_since(lang: Lang, date: PartialDate) -> String {
    match date.precision() {
        Precision::Month => {
            let (_, m, y) = parts(date.first_day());
            let month = tr!(lang, "month-genitive", month = m);
            tr!(
                lang,
                "date-month-since",
                month = &month,
                monthnum = m,
                year = &y
            )
        }
        _ => partial(lang, date),
    }
}

/// A year: "2001", "2001 г.", "2001年".
pub fn year(lang: Lang, year: i32) -> String {
    tr!(lang, "date-year", year = &year.to_string())
}

/// A year as the timeline's axis writes it: "2001" ("2001年" in Chinese).
pub fn axis_year(lang: Lang, year: i32) -> String {
    tr!(lang, "date-axis-year", year = &year.to_string())
}

/// A month's short name alone ("Jun", "июн.", "6月"), for the timeline's ticks.
pub fn month_short(lang: Lang, month: u32) -> String {
    tr!(lang, "month-short-alone", month = month)
}

/// A dataset date at its own precision: a day, a month or a year.
pub fn partial(lang: Lang, date: PartialDate) -> String {
    match date.precision() {
        Precision::Day => day(lang, date.first_day()),
        Precision::Month => month(lang, date.first_day()),
        Precision::Year => year(lang, date.year()),
    }
}

/// A span of dataset dates: "15 June 2001 – 17 June 2001", or one date when it
/// is a single day.
pub fn span(lang: Lang, start: PartialDate, end: Option<PartialDate>) -> String {
    match end {
        Some(end) if end != start => {
            tr!(
                lang,
                "date-span",
                from = &partial(lang, start),
                to = &partial(lang, end)
            )
        }
        _ => partial(lang, start),
    }
}

fn parts(date: NaiveDate) -> (String, u32, String) {
    (
        date.day().to_string(),
        date.month(),
        date.year().to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_day_is_written_the_way_each_language_writes_it() {
        let date = d(2001, 6, 15);
        assert_eq!(day(Lang::En, date), "15 June 2001");
        assert_eq!(day(Lang::Ru, date), "15 июня 2001 г.");
        assert_eq!(day(Lang::Zh, date), "2001年6月15日");
    }

    #[test]
    fn months_and_years_keep_their_precision() {
        let aug = PartialDate::from_ymd(2006, 8, 1).unwrap();
        let aug = "2006-08".parse::<PartialDate>().unwrap_or(aug);
        assert_eq!(partial(Lang::En, aug), "August 2006");
        assert_eq!(partial(Lang::Ru, aug), "август 2006 г.");
        assert_eq!(partial(Lang::Zh, aug), "2006年8月");
        let y = "2009".parse::<PartialDate>().unwrap();
        assert_eq!(partial(Lang::En, y), "2009");
        assert_eq!(partial(Lang::Ru, y), "2009 г.");
        assert_eq!(partial(Lang::Zh, y), "2009年");
    }

    #[test]
    fn every_month_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            for m in 1..=12 {
                let name = day(lang, d(2020, m, 1));
                assert!(!name.contains("month"), "{lang:?} {m}: {name}");
            }
        }
        assert_eq!(day(Lang::Ru, d(2020, 3, 8)), "8 марта 2020 г.");
        assert_eq!(month(Lang::Ru, d(2020, 3, 8)), "март 2020 г.");
    }
}
