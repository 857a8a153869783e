//! Quiz codes such as `sco-3`: the dataset's short name and the seed, so a
//! whole class can draw the same quiz.

use std::fmt;

use crate::model::{BUNDLED, Dataset};

/// A quiz's code: which dataset and which seed, written `NAME-SEED`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct QuizCode {
    /// The dataset's short name: a bundled dataset's (`sco`, `asean`), or a
    /// file's name in lower case letters and digits.
    pub name: String,
    /// The seed of the draw.
    pub seed: u64,
}

/// Why a text is not a quiz code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a quiz code: write the dataset's name, a hyphen and a number, e.g. sco-3")]
pub struct QuizCodeError(String);

impl QuizCode {
    /// The code of a quiz drawn from `dataset` with `seed`.
    pub fn for_dataset(dataset: &Dataset, seed: u64) -> Self {
        let name = BUNDLED
            .iter()
            .find(|b| b.display_name == dataset.name())
            .map_or_else(|| slug(dataset.name()), |b| b.name.to_owned());
        Self { name, seed }
    }

    /// Reads `sco-3` (the name may itself hold hyphens: the seed follows the last one).
    pub fn parse(text: &str) -> Result<Self, QuizCodeError> {
        let text = text.trim();
        let error = || QuizCodeError(crate::model::escape_controls(text).into_owned());
        let (name, seed) = text.rsplit_once('-').ok_or_else(error)?;
        let seed = seed.parse::<u64>().map_err(|_| error())?;
        if name.is_empty() || slug(name) != name.to_ascii_lowercase() {
            return Err(error());
        }
        Ok(Self {
            name: name.to_ascii_lowercase(),
            seed,
        })
    }
}

impl fmt::Display for QuizCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.name, self.seed)
    }
}

/// A file name as a code's name: its stem in lower-case ASCII letters and
/// digits, other characters as hyphens (none doubled, none at the ends);
/// `quiz` when nothing is left.
fn slug(file_name: &str) -> String {
    let stem = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .split('.')
        .next()
        .unwrap_or_default();
    let mut slug = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "quiz".to_owned()
    } else {
        slug.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{QuizCode, slug};

    #[test]
    fn codes_read_back_what_they_write() {
        let code = QuizCode {
            name: "my-data".to_owned(),
            seed: 42,
        };
        assert_eq!(code.to_string(), "my-data-42");
        assert_eq!(QuizCode::parse("my-data-42"), Ok(code));
        assert_eq!(
            QuizCode::parse(" SCO-3 ").map(|c| c.to_string()),
            Ok("sco-3".to_owned())
        );
        for bad in ["sco", "sco-", "-3", "sco-x", "sc o-3", "sco--3", "sco-3-"] {
            assert!(QuizCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn file_names_become_short_names() {
        assert_eq!(slug("/tmp/My Data (v2).ron"), "my-data-v2");
        assert_eq!(slug("Войны.ron"), "quiz");
        assert_eq!(slug("x.ron"), "x");
    }

    #[test]
    fn bundled_datasets_are_named_by_their_short_name() {
        let asean = crate::model::find_bundled("asean").and_then(|b| b.load().ok());
        let code = asean.map(|d| QuizCode::for_dataset(&d, 3).to_string());
        assert_eq!(code.as_deref(), Some("asean-3"));
    }
}
