//! View codes: a short text that names a view (dataset, selection, date, tab,
//! zoom, tour and step, language, comparison), for a teacher to copy, paste,
//! pass on the command line, or find inside a PNG the app saved.
//!
//! A code reads `sx1~b:sco~e:summit-2017-astana~2017-06-09~t~-~-~-~en~-`: the
//! version, then the fields in a fixed order, `-` for none, `~` and `%`
//! escaped as `%7E` and `%25` inside a field. A code of another version, or a
//! damaged one, is refused with a message and changes nothing.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::lang::Lang;
use crate::state::{CentralView, Selection};

/// The version this build writes and reads.
const PREFIX: &str = "sx1";
/// The PNG text chunk keyword under which saved PNGs carry their view code.
pub const PNG_KEYWORD: &str = "sco-explorer-view";

/// Which dataset a view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeDataset {
    /// A bundled dataset, by short name.
    Bundled(String),
    /// A file, by path.
    File(String),
}

/// A view, as a code names it.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewCode {
    /// The dataset shown.
    pub dataset: CodeDataset,
    /// What is selected.
    pub selection: Selection,
    /// The date cursor.
    pub as_of: NaiveDate,
    /// Timeline, map, memberships or overlap table.
    pub central: CentralView,
    /// The country of the memberships view (written only with that tab).
    pub membership_country: Option<String>,
    /// The timeline's visible range, if zoomed.
    pub range: Option<(f64, f64)>,
    /// The tour chosen.
    pub tour: Option<String>,
    /// The slide shown (1-based), when presenting.
    pub step: Option<usize>,
    /// The interface language.
    pub lang: Lang,
    /// The organisation compared with, if any.
    pub compare: Option<String>,
}

/// Why a code was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ViewCodeError {
    /// The text is not a view code at all.
    #[error("this is not a view code (view codes start with \"{PREFIX}~\")")]
    NotACode,
    /// A code of another version of the app.
    #[error(
        "this view code is from another version of sco-explorer ({0}); this one reads {PREFIX}"
    )]
    Version(String),
    /// The code is cut short, too long, or a part cannot be read.
    #[error("this view code is damaged: {}", .0.english())]
    Damaged(Part),
}

/// The part of a damaged code that cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// It has the wrong number of parts.
    Count,
    /// The dataset.
    Dataset,
    /// The selection.
    Selection,
    /// The date.
    Date,
    /// The tab (timeline or map).
    Tab,
    /// The zoom.
    Zoom,
    /// The slide number.
    Slide,
    /// The language.
    Language,
    /// It is far longer than any code.
    Length,
}

impl Part {
    /// What is wrong, in English (the command line's messages).
    pub fn english(self) -> &'static str {
        match self {
            Self::Count => "it has the wrong number of parts",
            Self::Dataset => "the dataset part cannot be read",
            Self::Selection => "the selection cannot be read",
            Self::Date => "the date cannot be read",
            Self::Tab => "the tab cannot be read",
            Self::Zoom => "the zoom cannot be read",
            Self::Slide => "the slide number cannot be read",
            Self::Language => "the language cannot be read",
            Self::Length => "it is far too long to be a view code",
        }
    }

    /// The id of its message in the catalogs.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Count => "code-damaged-count",
            Self::Dataset => "code-damaged-dataset",
            Self::Selection => "code-damaged-selection",
            Self::Date => "code-damaged-date",
            Self::Tab => "code-damaged-tab",
            Self::Zoom => "code-damaged-zoom",
            Self::Slide => "code-damaged-slide",
            Self::Language => "code-damaged-language",
            Self::Length => "code-damaged-length",
        }
    }
}

/// Why the app would not open a view code: the code itself, or what it names.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The code cannot be read.
    #[error("{0}")]
    Code(ViewCodeError),
    /// Its dataset could not be opened.
    #[error("its dataset could not be opened")]
    DatasetNotOpened,
    /// The dataset it compares with could not be opened (its error is shown).
    #[error("the organisation it compares with could not be opened")]
    CompareNotOpened,
    /// It names an event or a country its datasets do not have.
    #[error("it names the {} \"{id}\", which {org} does not have", if *.event { "event" } else { "country" })]
    Missing {
        /// An event (else a country).
        event: bool,
        /// The id or code it names.
        id: String,
        /// The organisation that lacks it.
        org: String,
    },
    /// A dropped PNG carries no view code.
    #[error("{} carries no view code", .0.display())]
    NoCodeInPng(std::path::PathBuf),
}

fn escape(field: &str) -> String {
    field.replace('%', "%25").replace('~', "%7E")
}

fn unescape(field: &str) -> String {
    field.replace("%7E", "~").replace("%25", "%")
}

fn optional(field: Option<&str>) -> String {
    field.map_or_else(|| "-".to_owned(), escape)
}

impl ViewCode {
    /// The code's text.
    pub fn encode(&self) -> String {
        let dataset = match &self.dataset {
            CodeDataset::Bundled(name) => format!("b:{}", escape(name)),
            CodeDataset::File(path) => format!("f:{}", escape(path)),
        };
        let selection = match &self.selection {
            Selection::None => "-".to_owned(),
            Selection::Event(id) => format!("e:{}", escape(id)),
            Selection::Country(code) => format!("c:{}", escape(code)),
        };
        let central = match (self.central, &self.membership_country) {
            (CentralView::Timeline, _) => "t".to_owned(),
            (CentralView::Map, _) => "m".to_owned(),
            (CentralView::Memberships, Some(code)) => format!("c:{}", escape(code)),
            (CentralView::Memberships, None) => "c".to_owned(),
            (CentralView::Overlap, _) => "o".to_owned(),
        };
        let range = self
            .range
            .map_or_else(|| "-".to_owned(), |(a, b)| format!("{a:.3},{b:.3}"));
        let step = self.step.map_or_else(|| "-".to_owned(), |s| s.to_string());
        let mut code = String::from(PREFIX);
        for field in [
            dataset,
            selection,
            self.as_of.format("%Y-%m-%d").to_string(),
            central,
            range,
            optional(self.tour.as_deref()),
            step,
            self.lang.code().to_owned(),
            optional(self.compare.as_deref()),
        ] {
            let _ = write!(code, "~{field}");
        }
        code
    }

    /// Reads a code (surrounding spaces are ignored).
    pub fn decode(text: &str) -> Result<Self, ViewCodeError> {
        let text = text.trim();
        // Refused before it is read: no real code comes near this, and a huge
        // one (a pasted file, a crafted PNG) would reach every label it names.
        if text.len() > MAX_CODE_BYTES {
            return Err(ViewCodeError::Damaged(Part::Length));
        }
        let mut fields = text.split('~');
        let version = fields.next().unwrap_or_default();
        if version != PREFIX {
            let looks_like_code = version.len() <= 6
                && version.starts_with("sx")
                && version[2..].chars().all(|c| c.is_ascii_digit())
                && text.contains('~');
            return Err(if looks_like_code {
                ViewCodeError::Version(version.to_owned())
            } else {
                ViewCodeError::NotACode
            });
        }
        let fields: Vec<&str> = fields.collect();
        let [
            dataset,
            selection,
            as_of,
            central,
            range,
            tour,
            step,
            lang,
            compare,
        ] = fields[..]
        else {
            return Err(ViewCodeError::Damaged(Part::Count));
        };
        let dataset = match dataset.split_once(':') {
            Some(("b", name)) if !name.is_empty() => CodeDataset::Bundled(unescape(name)),
            Some(("f", path)) if !path.is_empty() => CodeDataset::File(unescape(path)),
            _ => return Err(ViewCodeError::Damaged(Part::Dataset)),
        };
        let selection = match selection.split_once(':') {
            None if selection == "-" => Selection::None,
            Some(("e", id)) if !id.is_empty() => Selection::Event(unescape(id)),
            Some(("c", code)) if !code.is_empty() => Selection::Country(unescape(code)),
            _ => return Err(ViewCodeError::Damaged(Part::Selection)),
        };
        let as_of = NaiveDate::parse_from_str(as_of, "%Y-%m-%d")
            .map_err(|_| ViewCodeError::Damaged(Part::Date))?;
        let (central, membership_country) = match central.split_once(':') {
            None if central == "t" => (CentralView::Timeline, None),
            None if central == "m" => (CentralView::Map, None),
            None if central == "c" => (CentralView::Memberships, None),
            None if central == "o" => (CentralView::Overlap, None),
            Some(("c", code)) if !code.is_empty() => {
                (CentralView::Memberships, Some(unescape(code)))
            }
            _ => return Err(ViewCodeError::Damaged(Part::Tab)),
        };
        let range = read_range(range)?;
        let tour = (tour != "-").then(|| unescape(tour));
        let step = read_step(step)?;
        let lang = Lang::from_code(lang).ok_or(ViewCodeError::Damaged(Part::Language))?;
        let compare = (compare != "-").then(|| unescape(compare));
        Ok(Self {
            dataset,
            selection,
            as_of,
            central,
            membership_country,
            range,
            tour,
            step,
            lang,
            compare,
        })
    }
}

/// The longest text read as a view code, in bytes: a real one, with a long
/// file path, is a few hundred.
pub const MAX_CODE_BYTES: usize = 4096;

/// The zoom part of a code: `-` or `MIN,MAX` in years.
fn read_range(range: &str) -> Result<Option<(f64, f64)>, ViewCodeError> {
    if range == "-" {
        return Ok(None);
    }
    range
        .split_once(',')
        .and_then(|(a, b)| Some((a.parse::<f64>().ok()?, b.parse::<f64>().ok()?)))
        .filter(|(a, b)| a.is_finite() && b.is_finite() && a < b)
        .map(Some)
        .ok_or(ViewCodeError::Damaged(Part::Zoom))
}

/// The slide part of a code: `-` or a slide number from 1.
fn read_step(step: &str) -> Result<Option<usize>, ViewCodeError> {
    if step == "-" {
        return Ok(None);
    }
    step.parse::<usize>()
        .ok()
        .filter(|s| *s >= 1)
        .map(Some)
        .ok_or(ViewCodeError::Damaged(Part::Slide))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ViewCode {
        ViewCode {
            dataset: CodeDataset::File("/tmp/a~b%c.ron".to_owned()),
            selection: Selection::Event("summit-2017-astana".to_owned()),
            as_of: NaiveDate::from_ymd_opt(2017, 6, 9).unwrap(),
            central: CentralView::Map,
            membership_country: None,
            range: Some((2010.5, 2020.25)),
            tour: Some("ten-stops".to_owned()),
            step: Some(3),
            lang: Lang::Ru,
            compare: Some("asean".to_owned()),
        }
    }

    #[test]
    fn a_code_reads_back_as_it_was_written() {
        let code = sample();
        let text = code.encode();
        assert!(text.starts_with("sx1~f:/tmp/a%7Eb%25c.ron~e:summit-2017-astana~2017-06-09~m~"));
        assert_eq!(ViewCode::decode(&format!("  {text}\n")).unwrap(), code);
    }

    #[test]
    fn damaged_foreign_and_other_texts_are_refused_with_a_reason() {
        let text = sample().encode();
        assert_eq!(ViewCode::decode("hello"), Err(ViewCodeError::NotACode));
        assert_eq!(
            ViewCode::decode(&text.replacen("sx1", "sx2", 1)),
            Err(ViewCodeError::Version("sx2".to_owned()))
        );
        // Cut short by two parts (a copy that lost its end).
        let cut = text.rsplitn(3, '~').last().unwrap();
        assert!(
            matches!(ViewCode::decode(cut), Err(ViewCodeError::Damaged(_))),
            "{cut}"
        );
        let bad_date = text.replace("2017-06-09", "2017-13-09");
        assert_eq!(
            ViewCode::decode(&bad_date),
            Err(ViewCodeError::Damaged(Part::Date))
        );
        let bad_lang = text.replace("~ru~", "~fr~");
        assert!(matches!(
            ViewCode::decode(&bad_lang),
            Err(ViewCodeError::Damaged(_))
        ));
    }

    #[test]
    fn a_code_longer_than_the_cap_is_refused_before_it_is_read() {
        let long = format!(
            "{PREFIX}~b:sco~-~2020-01-01~t~-~-~-~en~{}",
            "x".repeat(MAX_CODE_BYTES)
        );
        assert!(matches!(
            ViewCode::decode(&long),
            Err(ViewCodeError::Damaged(Part::Length))
        ));
    }
}
