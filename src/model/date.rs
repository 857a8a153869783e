//! Dates as the sources give them: a day, or only a month, or only a year.
//!
//! Historical sources often give "August 2006" or just "2009". The dataset keeps
//! that precision instead of inventing a day, and the timeline places such a
//! date at its first day.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date known to the day, the month or the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    first: NaiveDate,
    precision: Precision,
}

/// How precisely a [`PartialDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// Only the year.
    Year,
    /// Year and month.
    Month,
    /// The exact day.
    Day,
}

/// Why a date string could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text is not of the form YYYY, YYYY-MM or YYYY-MM-DD.
    #[error(
        "\"{0}\" is not a date: write YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)"
    )]
    Format(String),
    /// The parts are well formed but no such day exists (2023-02-30).
    #[error("\"{0}\" is not a real calendar date ({1})")]
    Impossible(String, &'static str),
}

impl PartialDate {
    /// A date known to the day.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(|first| Self {
            first,
            precision: Precision::Day,
        })
    }

    /// A date known to the day, from a chrono date.
    pub fn from_naive(date: NaiveDate) -> Self {
        Self {
            first: date,
            precision: Precision::Day,
        }
    }

    /// The first day the date can mean (1 January for a bare year).
    pub fn first_day(self) -> NaiveDate {
        self.first
    }

    /// How precisely the date is known.
    pub fn precision(self) -> Precision {
        self.precision
    }

    /// The last day the date can mean (31 December for a bare year).
    pub fn last_day(self) -> NaiveDate {
        let next = match self.precision {
            Precision::Day => return self.first,
            Precision::Month => self.first.checked_add_months(chrono::Months::new(1)),
            Precision::Year => self.first.checked_add_months(chrono::Months::new(12)),
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(self.first)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.first.year()
    }

    /// Position on a continuous year axis: 2001-07-02 is about 2001.5.
    pub fn as_year_f64(self) -> f64 {
        year_f64_from_date(self.first)
    }

    /// A readable form such as "15 June 2001", "August 2006" or "2009".
    pub fn long_form(self) -> String {
        match self.precision {
            Precision::Day => self.first.format("%-d %B %Y").to_string(),
            Precision::Month => self.first.format("%B %Y").to_string(),
            Precision::Year => self.first.format("%Y").to_string(),
        }
    }
}

/// Converts a day to a fractional year (2001-01-01 is 2001.0).
pub fn year_f64_from_date(date: NaiveDate) -> f64 {
    let year = date.year();
    let days_in_year = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366.0
    } else {
        365.0
    };
    f64::from(year) + f64::from(date.ordinal0()) / days_in_year
}

/// Converts a fractional year back to the day it falls in (the inverse of [`year_f64_from_date`]).
pub fn date_from_year_f64(value: f64) -> Option<NaiveDate> {
    if !value.is_finite() || !(-9999.0..=9999.0).contains(&value) {
        return None;
    }
    let year = value.floor();
    #[expect(
        clippy::cast_possible_truncation,
        reason = "range-checked above to fit in i32"
    )]
    let year_i = year as i32;
    let start = NaiveDate::from_ymd_opt(year_i, 1, 1)?;
    let days_in_year = if NaiveDate::from_ymd_opt(year_i, 2, 29).is_some() {
        366.0
    } else {
        365.0
    };
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "the fraction is in 0..1, so the day offset is in 0..366"
    )]
    // A small epsilon undoes the rounding of the forward conversion.
    let offset = ((value - year) * days_in_year + 1e-6).floor() as u64;
    start.checked_add_days(chrono::Days::new(offset))
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first, self.precision).cmp(&(other.first, other.precision))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{}", self.first.format("%Y-%m-%d")),
            Precision::Month => write!(f, "{}", self.first.format("%Y-%m")),
            Precision::Year => write!(f, "{}", self.first.format("%Y")),
        }
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let format_error = || DateError::Format(text.to_owned());
        let parts: Vec<&str> = text.split('-').collect();
        let expected_lengths: &[usize] = match parts.len() {
            1 => &[4],
            2 => &[4, 2],
            3 => &[4, 2, 2],
            _ => return Err(format_error()),
        };
        for (part, &len) in parts.iter().zip(expected_lengths) {
            if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format_error());
            }
        }
        let number = |i: usize| -> Result<u32, DateError> {
            parts
                .get(i)
                .map_or(Ok(1), |p| p.parse::<u32>().map_err(|_| format_error()))
        };
        let year = i32::try_from(number(0)?).map_err(|_| format_error())?;
        let month = number(1)?;
        let day = number(2)?;
        if !(1..=12).contains(&month) {
            return Err(DateError::Impossible(
                text.to_owned(),
                "months run from 01 to 12",
            ));
        }
        let first = NaiveDate::from_ymd_opt(year, month, day)
            .ok_or_else(|| DateError::Impossible(text.to_owned(), "that month has fewer days"))?;
        let precision = match parts.len() {
            1 => Precision::Year,
            2 => Precision::Month,
            _ => Precision::Day,
        };
        Ok(Self { first, precision })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_three_precisions() {
        let day: PartialDate = "2013-06-11".parse().unwrap();
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(day.long_form(), "11 June 2013");
        let month: PartialDate = "2006-08".parse().unwrap();
        assert_eq!(month.long_form(), "August 2006");
        assert_eq!(
            month.last_day(),
            NaiveDate::from_ymd_opt(2006, 8, 31).unwrap()
        );
        let year: PartialDate = "2009".parse().unwrap();
        assert_eq!(year.to_string(), "2009");
        assert_eq!(
            year.last_day(),
            NaiveDate::from_ymd_opt(2009, 12, 31).unwrap()
        );
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert!(matches!(
            "2023-02-30".parse::<PartialDate>(),
            Err(DateError::Impossible(..))
        ));
        assert!(matches!(
            "2023-13".parse::<PartialDate>(),
            Err(DateError::Impossible(..))
        ));
        for bad in [
            "",
            "23-01-01",
            "2023/01/01",
            "2023-1-1",
            "June 2013",
            "2023-01-01-01",
        ] {
            assert!(
                matches!(bad.parse::<PartialDate>(), Err(DateError::Format(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn year_axis_round_trips() {
        let date = NaiveDate::from_ymd_opt(2010, 9, 10).unwrap();
        let x = year_f64_from_date(date);
        assert!((2010.0..2011.0).contains(&x));
        assert_eq!(date_from_year_f64(x), Some(date));
        assert_eq!(date_from_year_f64(f64::NAN), None);
    }
}
