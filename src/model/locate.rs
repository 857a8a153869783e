//! Finds where a field of a record stands in the RON text, for error positions.
//!
//! `ron` reports positions for syntax and type errors, but the checks that run
//! after parsing (duplicate ids, unknown references, overlapping periods) only
//! know a path such as `statuses[2].to`. This module walks the record's text
//! with a small tokenizer that understands strings and comments, and turns such
//! a path into a byte offset. It never fails hard: when a path cannot be
//! followed, the caller falls back to the start of the record.

use std::collections::HashMap;

/// One step of a path into a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seg {
    /// A named field of a struct, e.g. `statuses`.
    Field(&'static str),
    /// The n-th item (from 0) of a list.
    Index(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Open,
    Close,
    Comma,
    Colon,
    Ident,
    Other,
}

/// Splits RON text into the few token kinds the locator needs, with byte offsets.
fn tokenize(text: &str) -> Vec<(Tok, usize, usize)> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (kind, end) = next_token(bytes, i);
        if let Some(kind) = kind {
            tokens.push((kind, i, end));
        }
        // Every branch of `next_token` moves on by at least one byte.
        i = end.max(i + 1);
    }
    tokens
}

/// The token starting at byte `i` (`None` for space and comments) and where it ends.
fn next_token(bytes: &[u8], i: usize) -> (Option<Tok>, usize) {
    let Some(&b) = bytes.get(i) else {
        return (None, i + 1);
    };
    match b {
        b' ' | b'\t' | b'\r' | b'\n' => (None, i + 1),
        b'/' if bytes.get(i + 1) == Some(&b'/') => {
            let end = bytes
                .iter()
                .skip(i)
                .position(|&c| c == b'\n')
                .map_or(bytes.len(), |n| i + n);
            (None, end)
        }
        b'/' if bytes.get(i + 1) == Some(&b'*') => (None, block_comment_end(bytes, i)),
        b'"' | b'\'' => (Some(Tok::Other), quoted_end(bytes, i)),
        b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#')) => match raw_string_end(bytes, i) {
            Some(end) => (Some(Tok::Other), end),
            None => (Some(Tok::Ident), i + 1),
        },
        b'(' | b'[' | b'{' => (Some(Tok::Open), i + 1),
        b')' | b']' | b'}' => (Some(Tok::Close), i + 1),
        b',' => (Some(Tok::Comma), i + 1),
        b':' => (Some(Tok::Colon), i + 1),
        c if c.is_ascii_alphabetic() || c == b'_' => {
            let end = run_end(bytes, i + 1, |c| c.is_ascii_alphanumeric() || c == b'_');
            (Some(Tok::Ident), end)
        }
        _ => {
            let end = run_end(bytes, i + 1, |c| {
                !matches!(
                    c,
                    b' ' | b'\t'
                        | b'\r'
                        | b'\n'
                        | b'('
                        | b')'
                        | b'['
                        | b']'
                        | b'{'
                        | b'}'
                        | b','
                        | b':'
                        | b'"'
                )
            });
            (Some(Tok::Other), end)
        }
    }
}

/// The first byte from `i` on that is not `in_run` (or the end).
fn run_end(bytes: &[u8], i: usize, in_run: impl Fn(u8) -> bool) -> usize {
    bytes
        .iter()
        .skip(i)
        .position(|&c| !in_run(c))
        .map_or(bytes.len(), |n| i + n)
}

/// The end of the block comment opened at `i`; RON block comments nest.
fn block_comment_end(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < bytes.len() {
        if bytes.get(i..i + 2) == Some(b"/*") {
            depth += 1;
            i += 2;
        } else if bytes.get(i..i + 2) == Some(b"*/") {
            depth = depth.saturating_sub(1);
            i += 2;
            if depth == 0 {
                break;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// The end of the string or character opened by the quote at `i`, past its closing quote.
fn quoted_end(bytes: &[u8], i: usize) -> usize {
    let quote = bytes.get(i).copied();
    let mut j = i + 1;
    while let Some(&c) = bytes.get(j) {
        j += 1;
        if c == b'\\' {
            j += 1;
        } else if Some(c) == quote {
            break;
        }
    }
    j.min(bytes.len())
}

/// The end of the raw string `r#"..."#` starting at `i`, or `None` if `r` starts no raw string.
fn raw_string_end(bytes: &[u8], i: usize) -> Option<usize> {
    // Count the hashes, then find a quote followed by as many.
    let mut j = i + 1;
    let mut hashes = 0;
    while bytes.get(j) == Some(&b'#') {
        hashes += 1;
        j += 1;
    }
    if bytes.get(j) != Some(&b'"') {
        return None;
    }
    j += 1;
    loop {
        match bytes.get(j) {
            None => return Some(j),
            Some(b'"') if (1..=hashes).all(|k| bytes.get(j + k) == Some(&b'#')) => {
                return Some(j + 1 + hashes);
            }
            Some(_) => j += 1,
        }
    }
}

/// Byte offset of the thing at `path` inside `text` (one RON value, usually a record).
///
/// For a field the offset is that of its name; for a list item, that of the item.
/// Returns `None` when the path cannot be followed.
pub fn locate(text: &str, path: &[Seg]) -> Option<usize> {
    Tokens::new(text).locate(text, path)
}

/// One record's tokens, kept while several problems of the record are located.
///
/// A record with thousands of problems (a list of 10,000 unknown codes) would
/// otherwise be tokenized, and its list walked from the start, once per
/// problem: quadratic. The entries of each container are listed once, on first use.
#[derive(Debug)]
pub struct Tokens {
    tokens: Vec<(Tok, usize, usize)>,
    /// For each container (by the index of its opening token), the first token of each entry.
    entries: HashMap<usize, Vec<usize>>,
}

impl Tokens {
    /// Tokenizes `text`.
    pub fn new(text: &str) -> Self {
        Self {
            tokens: tokenize(text),
            entries: HashMap::new(),
        }
    }

    /// [`locate`] in the text these tokens came from.
    pub fn locate(&mut self, text: &str, path: &[Seg]) -> Option<usize> {
        // Index of the token that opens the current container.
        let mut open = descend(&self.tokens, 0)?;
        let mut found = self.tokens.get(open).map(|t| t.1);
        for (n, seg) in path.iter().enumerate() {
            let last = n + 1 == path.len();
            let tokens = &self.tokens;
            let entries = self
                .entries
                .entry(open)
                .or_insert_with(|| children(tokens, open).collect());
            let value_index = match *seg {
                Seg::Field(name) => {
                    let key = entries.iter().copied().find(|&i| {
                        tokens
                            .get(i)
                            .is_some_and(|t| t.0 == Tok::Ident && text.get(t.1..t.2) == Some(name))
                            && tokens.get(i + 1).is_some_and(|t| t.0 == Tok::Colon)
                    })?;
                    found = tokens.get(key).map(|t| t.1);
                    key + 2
                }
                Seg::Index(k) => {
                    let item = *entries.get(k)?;
                    found = tokens.get(item).map(|t| t.1);
                    item
                }
            };
            if !last {
                open = descend(tokens, value_index)?;
            }
        }
        found
    }
}

/// From token `i` (a value), finds the container token it opens: `Name(`, `Some(`, `(` or `[`.
fn descend(tokens: &[(Tok, usize, usize)], mut i: usize) -> Option<usize> {
    loop {
        match tokens.get(i)?.0 {
            Tok::Open => return Some(i),
            Tok::Ident => i += 1,
            _ => return None,
        }
    }
}

/// The first token of each direct entry (field or list item) of the container opened at `open`.
fn children(tokens: &[(Tok, usize, usize)], open: usize) -> impl Iterator<Item = usize> + '_ {
    let mut depth = 0usize;
    let mut at_entry_start = true;
    let mut i = open + 1;
    std::iter::from_fn(move || {
        while let Some(tok) = tokens.get(i) {
            let index = i;
            i += 1;
            match tok.0 {
                Tok::Open => {
                    let starts_entry = depth == 0 && at_entry_start;
                    depth += 1;
                    at_entry_start = false;
                    if starts_entry {
                        return Some(index);
                    }
                }
                Tok::Close => {
                    if depth == 0 {
                        i = tokens.len();
                        return None;
                    }
                    depth -= 1;
                }
                Tok::Comma if depth == 0 => at_entry_start = true,
                _ => {
                    if depth == 0 && at_entry_start {
                        at_entry_start = false;
                        return Some(index);
                    }
                }
            }
        }
        None
    })
}

/// Converts a 1-based line and character column back to a byte offset.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            return offset
                + l.char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(l.len(), |(i, _)| i);
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lines::LineIndex;

    fn line_col(text: &str, offset: usize) -> (usize, usize) {
        LineIndex::new(text).line_col(text, offset)
    }

    const RECORD: &str = r#"Country(
    code: "IRN", // a comment with statuses: inside
    name: "Iran",
    statuses: [
        StatusPeriod(status: Observer, from: "2005-07-05", to: Some("2023-07-04"), sources: ["S61"]),
        StatusPeriod(status: Member, from: "2023-07-04", sources: ["S50", "S49"]),
    ],
)"#;

    #[test]
    fn finds_fields_and_items() {
        let at = |path: &[Seg]| {
            let off = locate(RECORD, path).unwrap();
            line_col(RECORD, off)
        };
        assert_eq!(at(&[Seg::Field("name")]), (3, 5));
        assert_eq!(at(&[Seg::Field("statuses"), Seg::Index(1)]), (6, 9));
        assert_eq!(
            at(&[Seg::Field("statuses"), Seg::Index(0), Seg::Field("to")]),
            (5, 60)
        );
        assert_eq!(
            at(&[
                Seg::Field("statuses"),
                Seg::Index(1),
                Seg::Field("sources"),
                Seg::Index(1)
            ]),
            (6, 75)
        );
        assert_eq!(locate(RECORD, &[Seg::Field("missing")]), None);
        assert_eq!(
            locate(RECORD, &[Seg::Field("statuses"), Seg::Index(9)]),
            None
        );
    }

    #[test]
    fn offsets_and_positions_round_trip() {
        let text = "ab\nцд\nx";
        for (line, col) in [(1, 1), (2, 2), (3, 1)] {
            assert_eq!(line_col(text, offset_of(text, line, col)), (line, col));
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in ["", "(", "\"", "r#\"", "/*", "((((", ")]}", "a: b: c", "'"] {
            let _ = locate(text, &[Seg::Field("a"), Seg::Index(3)]);
        }
    }
}
