//! Where the loader keeps what it found: the problems of a file with their
//! positions ([`Report`]), a record's raw text and offset ([`Record`]), and a
//! record that parsed or did not ([`Parsed`]). Shared by the loader, the
//! checks across records and the version upgrade, so none needs another.

use ron::value::RawValue;

use std::borrow::Cow;

use super::error::{Problem, elide_middle};
use super::lines::LineIndex;
use super::locate::{Seg, Tokens, locate};

/// The longest problem message, in characters: a message quoting a value
/// (an unknown id, a bad web address) quotes at most this much of it, however
/// long the value, so a list of problems is quick to draw and print.
const MAX_MESSAGE_CHARS: usize = 600;

/// Collects problems and turns record-relative positions into file positions.
pub(super) struct Report<'a> {
    pub(super) file: &'a str,
    /// The whole file's text.
    pub(super) text: &'a str,
    /// Built on the first problem: a valid file never needs it.
    pub(super) lines: Option<LineIndex>,
    /// The tokens of the record last reported in, keyed by its offset and length:
    /// a record's problems are reported one after the other.
    tokens: Option<((usize, usize), Tokens)>,
    pub(super) problems: Vec<Problem>,
}

impl<'a> Report<'a> {
    pub(super) fn new(file: &'a str, text: &'a str) -> Self {
        Self {
            file,
            text,
            lines: None,
            tokens: None,
            problems: Vec::new(),
        }
    }

    /// Line and column of a byte offset in the file.
    pub(super) fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let text = self.text;
        self.lines
            .get_or_insert_with(|| LineIndex::new(text))
            .line_col(text, offset)
    }

    pub(super) fn push_at_offset(&mut self, offset: usize, message: String) {
        let (line, column) = self.line_col(offset);
        let message = match elide_middle(&message, MAX_MESSAGE_CHARS) {
            Cow::Borrowed(_) => message,
            Cow::Owned(cut) => cut,
        };
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            column,
            message,
        });
    }

    /// Reports a problem at `path` inside `record`, or at the record's start if the path is not found.
    pub(super) fn push(&mut self, record: &Record<'_>, path: &[Seg], message: String) {
        self.push_first(record, &[path], message);
    }

    /// Reports a problem at the first of `paths` found inside `record`, or at
    /// the record's start if none is (for a value that may be written in
    /// several ways, such as a text with or without translations).
    pub(super) fn push_first(&mut self, record: &Record<'_>, paths: &[&[Seg]], message: String) {
        let key = (record.offset, record.text.len());
        let tokens = match &mut self.tokens {
            Some((cached, tokens)) if *cached == key => tokens,
            slot => &mut slot.insert((key, Tokens::new(record.text))).1,
        };
        let relative = paths
            .iter()
            .find_map(|path| tokens.locate(record.text, path))
            .or_else(|| tokens.locate(record.text, &[]))
            .unwrap_or(0);
        self.push_at_offset(record.offset + relative, message);
    }
}

/// A record's raw text and where it starts in the file.
#[derive(Clone, Copy)]
pub(super) struct Record<'a> {
    /// The record's text.
    pub(super) text: &'a str,
    /// Byte offset of the record in the file.
    pub(super) offset: usize,
}

impl<'a> Record<'a> {
    /// The place of a record read by the fast path, which keeps no positions
    /// (any problem sends the file to the record-by-record path).
    pub(super) const DETACHED: Record<'static> = Record {
        text: "",
        offset: 0,
    };

    pub(super) fn new(file_text: &'a str, raw: &'a RawValue) -> Self {
        let text = raw.get_ron();
        // The raw value borrows from the file text, so its address gives its offset.
        let offset = (text.as_ptr() as usize)
            .checked_sub(file_text.as_ptr() as usize)
            .filter(|&o| o <= file_text.len())
            .unwrap_or(0);
        Self { text, offset }
    }

    /// The string value of a top-level field, read from the text (used for records that failed to parse).
    pub(super) fn string_field(&self, name: &'static str) -> Option<String> {
        let key = locate(self.text, &[Seg::Field(name)])?;
        let rest = self.text.get(key..)?;
        let quote = rest.find('"')?;
        let after = rest.get(quote + 1..)?;
        let end = after.find('"')?;
        after.get(..end).map(str::to_owned)
    }
}

/// A record that parsed, or the raw text of one that did not.
pub(super) struct Parsed<'a, T> {
    /// Where the record is.
    pub(super) record: Record<'a>,
    /// The record, if it parsed.
    pub(super) value: Option<T>,
}
