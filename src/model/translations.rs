//! How much of a dataset's text is translated: every human-readable field
//! (titles, names, places, outcomes, notes, confidence notes, labels, tours)
//! counted per language, and each field that lacks Russian or Chinese found
//! with its line and column, for `sco-explorer check --translations`.
//!
//! It reads the file's text (a file that already loads), not the parsed
//! records, because positions are the point: a dataset author goes to the
//! line and adds the missing language. A state's plain name needs no
//! translation when CLDR has one; a source's title is a citation and is not
//! translated.

use super::country_names::cldr_name;
use super::lines::LineIndex;
use crate::lang::Lang;

/// Fields whose strings are text a reader sees (in any record).
const TEXT_FIELDS: &[&str] = &[
    "title",
    "description",
    "name",
    "short_name",
    "city",
    "place",
    "seat",
    "series",
    "outcomes",
    "size",
    "note",
    "label",
    "plural",
    "languages",
];

/// A text field with a language missing, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Untranslated {
    /// 1-based line of the field's value.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
    /// The field's name, e.g. "note", or "Conflict" for a confidence note.
    pub field: String,
    /// The languages it lacks.
    pub missing: Vec<Lang>,
    /// Its English text, to recognise it by.
    pub english: String,
}

/// How much of a file's text exists in each language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Text fields in the file.
    pub fields: usize,
    /// How many of them have Russian.
    pub ru: usize,
    /// How many of them have Chinese.
    pub zh: usize,
    /// Every field that lacks a language, in file order.
    pub untranslated: Vec<Untranslated>,
}

impl Coverage {
    /// The share of fields in `lang`, in percent (100 for a file without text).
    pub fn percent(&self, lang: Lang) -> f64 {
        let have = match lang {
            Lang::En => self.fields,
            Lang::Ru => self.ru,
            Lang::Zh => self.zh,
        };
        if self.fields == 0 {
            100.0
        } else {
            100.0 * have as f64 / self.fields as f64
        }
    }
}

/// A token of RON text: what the scanner needs to follow fields and values.
#[derive(Clone, Debug, PartialEq)]
enum Token<'a> {
    Ident(&'a str),
    Str(String),
    Punct(char),
}

/// The tokens of `text` with their byte offsets (comments and other literals dropped).
fn tokens(text: &str) -> Vec<(usize, Token<'_>)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'/' && bytes.get(i + 1) == Some(&b'/') {
            i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
        } else if c == b'/' && bytes.get(i + 1) == Some(&b'*') {
            i = text[i + 2..].find("*/").map_or(bytes.len(), |n| i + n + 4);
        } else if c == b'"' {
            let (value, end) = string_at(text, i);
            out.push((i, Token::Str(value)));
            i = end;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let end = text[i..]
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_'))
                .map_or(bytes.len(), |n| i + n);
            out.push((i, Token::Ident(&text[i..end])));
            i = end;
        } else if b"()[]:,".contains(&c) {
            out.push((i, Token::Punct(char::from(c))));
            i += 1;
        } else {
            // Whitespace, numbers, other characters (inside no string): skipped.
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// The string starting at the quote at `start` (escapes kept as written, which
/// is enough to show it) and the offset after its closing quote.
fn string_at(text: &str, start: usize) -> (String, usize) {
    let mut value = String::new();
    let mut escaped = false;
    for (k, ch) in text[start + 1..].char_indices() {
        if escaped {
            value.push(ch);
            escaped = false;
        } else if ch == '\\' {
            escaped = true;
        } else if ch == '"' {
            return (value, start + 1 + k + 1);
        } else {
            value.push(ch);
        }
    }
    (value, text.len())
}

/// One text value found: where, which field, its English and its languages.
struct Found {
    offset: usize,
    field: String,
    english: String,
    ru: bool,
    zh: bool,
    /// The `code` of the `Country` record it is in, for names CLDR translates.
    country: Option<String>,
    /// Whether that record says `state: false`.
    not_state: bool,
}

/// Reads a `Tr(en: .., ru: .., zh: ..)` whose `(` is at `at`; returns the
/// English, which languages it has, and the index after its `)`.
fn read_tr(tokens: &[(usize, Token<'_>)], at: usize) -> (String, bool, bool, usize) {
    let (mut english, mut ru, mut zh) = (String::new(), false, false);
    let mut k = at + 1;
    while let Some((_, token)) = tokens.get(k) {
        match token {
            Token::Punct(')') => return (english, ru, zh, k + 1),
            Token::Ident(key) => {
                if let Some((_, Token::Str(value))) = tokens.get(k + 2) {
                    let present = !value.trim().is_empty();
                    match *key {
                        "en" => english.clone_from(value),
                        "ru" => ru = present,
                        "zh" => zh = present,
                        _ => {}
                    }
                }
                k += 1;
            }
            _ => k += 1,
        }
    }
    (english, ru, zh, k)
}

/// A bracket open around the cursor: what opened it (a record's name, or a
/// wrapper such as `Some`), where its texts start, and for a `Country` its
/// code and whether it says `state: false`.
struct Frame<'a> {
    name: &'a str,
    first: usize,
    code: Option<String>,
    not_state: bool,
}

impl<'a> Frame<'a> {
    fn new(name: &'a str, first: usize) -> Self {
        Self {
            name,
            first,
            code: None,
            not_state: false,
        }
    }
}

/// Every text value in the token stream, with the record context it needs.
fn find_texts(tokens: &[(usize, Token<'_>)]) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut frames: Vec<Frame<'_>> = Vec::new();
    let mut field: Option<&str> = None;
    let mut i = 0;
    while let Some((offset, token)) = tokens.get(i) {
        let next = tokens.get(i + 1).map(|(_, t)| t);
        let record = frames
            .iter()
            .rev()
            .find(|f| !matches!(f.name, "Some" | "Conflict" | "Unverified" | "("))
            .map(|f| f.name);
        match token {
            Token::Ident(name) if next == Some(&Token::Punct(':')) => {
                field = Some(name);
                i += 2;
                continue;
            }
            Token::Ident("Tr") if next == Some(&Token::Punct('(')) => {
                let (english, ru, zh, after) = read_tr(tokens, i + 1);
                let note = confidence_field(tokens, i);
                if let Some(f) = note.or(field.filter(|f| TEXT_FIELDS.contains(f))) {
                    push(&mut found, record, *offset, f, (english, ru, zh));
                }
                i = after;
                continue;
            }
            Token::Ident(name) if next == Some(&Token::Punct('(')) => {
                frames.push(Frame::new(name, found.len()));
                i += 2;
                continue;
            }
            Token::Punct('(') => frames.push(Frame::new("(", found.len())),
            Token::Str(value) => {
                let text_field =
                    field.filter(|f| TEXT_FIELDS.contains(f) && record != Some("Source"));
                if let Some(f) = confidence_field(tokens, i).or(text_field) {
                    push(
                        &mut found,
                        record,
                        *offset,
                        f,
                        (value.clone(), false, false),
                    );
                } else if field == Some("code")
                    && let Some(frame) = frames.last_mut()
                {
                    frame.code = Some(value.clone());
                }
            }
            Token::Ident("false") if field == Some("state") => {
                if let Some(frame) = frames.last_mut() {
                    frame.not_state = true;
                }
            }
            Token::Punct(')') => {
                if let Some(frame) = frames.pop()
                    && frame.name == "Country"
                {
                    for text in found.iter_mut().skip(frame.first) {
                        text.country.clone_from(&frame.code);
                        text.not_state = frame.not_state;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// "Conflict" or "Unverified" when the token at `i` is that mark's note.
fn confidence_field(tokens: &[(usize, Token<'_>)], i: usize) -> Option<&'static str> {
    let (_, before) = tokens.get(i.checked_sub(1)?)?;
    let (_, mark) = tokens.get(i.checked_sub(2)?)?;
    match (mark, before) {
        (Token::Ident("Conflict"), Token::Punct('(')) => Some("Conflict"),
        (Token::Ident("Unverified"), Token::Punct('(')) => Some("Unverified"),
        _ => None,
    }
}

/// Records a text found in `record` (a name in a `Country` is decided when the
/// record closes: CLDR names states).
fn push(
    found: &mut Vec<Found>,
    record: Option<&str>,
    offset: usize,
    field: &str,
    (english, ru, zh): (String, bool, bool),
) {
    let in_country = record == Some("Country");
    found.push(Found {
        offset,
        field: field.to_owned(),
        english,
        ru,
        zh,
        country: None,
        not_state: !in_country,
    });
}

/// The translation coverage of a dataset's text.
pub fn translation_coverage(text: &str) -> Coverage {
    let lines = LineIndex::new(text);
    let mut coverage = Coverage::default();
    for text_found in find_texts(&tokens(text)) {
        let Found {
            offset,
            field,
            english,
            mut ru,
            mut zh,
            country,
            not_state,
        } = text_found;
        // A state's name comes from CLDR in Russian and Chinese.
        if field == "name"
            && !not_state
            && let Some(code) = &country
        {
            ru |= cldr_name(code, Lang::Ru).is_some();
            zh |= cldr_name(code, Lang::Zh).is_some();
        }
        coverage.fields += 1;
        coverage.ru += usize::from(ru);
        coverage.zh += usize::from(zh);
        let missing: Vec<Lang> = [(Lang::Ru, ru), (Lang::Zh, zh)]
            .into_iter()
            .filter(|(_, has)| !has)
            .map(|(lang, _)| lang)
            .collect();
        if !missing.is_empty() {
            let (line, column) = lines.line_col(text, offset);
            coverage.untranslated.push(Untranslated {
                line,
                column,
                field,
                missing,
                english,
            });
        }
    }
    coverage
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_strings_and_partial_tr_are_found_with_their_place() {
        let text = "Dataset(\n  title: Tr(en: \"A\", ru: \"А\", zh: \"甲\"),\n  description: \"B\",\n  x: Some(Tr(en: \"C\", ru: \"Ц\")),\n)";
        let coverage = translation_coverage(&text.replace("x:", "note:"));
        assert_eq!((coverage.fields, coverage.ru, coverage.zh), (3, 2, 1));
        let missing: Vec<_> = coverage
            .untranslated
            .iter()
            .map(|u| (u.line, u.column, u.field.as_str(), u.missing.clone()))
            .collect();
        assert_eq!(
            missing,
            vec![
                (3, 16, "description", vec![Lang::Ru, Lang::Zh]),
                (4, 14, "note", vec![Lang::Zh]),
            ]
        );
    }

    #[test]
    fn state_names_come_from_cldr_and_sources_are_citations() {
        let text = "Dataset(countries: [Country(code: \"KAZ\", name: \"Kazakhstan\"), Country(code: \"EU\", name: \"European Union\", state: false)], sources: [Source(id: \"A\", title: \"T\")], events: [Event(confidence: Conflict(\"who says what\"))])";
        let coverage = translation_coverage(text);
        let fields: Vec<_> = coverage
            .untranslated
            .iter()
            .map(|u| u.english.as_str())
            .collect();
        assert_eq!(fields, vec!["European Union", "who says what"]);
        assert_eq!(coverage.fields, 3);
    }
}
