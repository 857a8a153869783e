//! Errors from reading and checking a dataset file.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

/// One problem found in a dataset file, with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Name of the file as the user gave it (or "bundled sco.ron").
    pub file: String,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            escape_controls(&self.file),
            self.line,
            self.column,
            escape_controls(&self.message)
        )
    }
}

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read (missing, unreadable).
    #[error("{}: cannot read the file: {source}", shown(path))]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The path names a folder, a device, a pipe or a socket: reading it could
    /// block forever (a pipe) or never end (`/dev/zero`), so it is not opened.
    #[error(
        "{}: this is {kind}, not a dataset file; give the path of a .ron file",
        shown(path)
    )]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead, e.g. "a named pipe (FIFO)".
        kind: &'static str,
    },
    /// The file is larger than any dataset should be.
    #[error(
        "{}: the file is {}; datasets over {} are refused, as no real dataset comes near that size (is this the right file?)",
        shown(path),
        size_text(*size, *limit),
        human_size(*limit)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes; `limit + 1` when it was found too large while reading
        /// (a file that grew after its size was looked up), so "at least this".
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file was read but has problems; all of them are listed.
    #[error("{}: {} problem{} found", escape_controls(file), problems.len(), if problems.len() == 1 { "" } else { "s" })]
    Invalid {
        /// The file.
        file: String,
        /// Every problem, in file order.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// Every problem as a `file:line:column: message` line (one line for I/O errors).
    pub fn lines(&self) -> Vec<String> {
        match self {
            Self::Invalid { problems, .. } => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }

    /// The problems with positions, if the file was readable.
    pub fn problems(&self) -> &[Problem] {
        match self {
            Self::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// The most characters of a path an error message quotes; a longer one loses
/// its middle to "…" (the folder it starts in and the file name stay).
const MAX_PATH_CHARS: usize = 160;

/// A path as shown in a message, with control characters escaped and at
/// most [`MAX_PATH_CHARS`] characters.
fn shown(path: &Path) -> String {
    let whole = path.display().to_string();
    escape_controls(&elide_middle(&whole, MAX_PATH_CHARS)).into_owned()
}

/// "N bytes", or "over LIMIT bytes" when only that much is known.
fn size_text(size: u64, limit: u64) -> String {
    if size > limit.saturating_add(1) {
        format!("{} ({size} bytes)", human_size(size))
    } else {
        format!("over {}", human_size(limit))
    }
}

/// A size as people say it: "256 MiB", "2.0 GiB", "900 bytes".
fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    const GIB: u64 = 1024 * MIB;
    let whole_or_tenths = |n: f64, unit: &str| {
        if n.fract() == 0.0 {
            format!("{n:.0} {unit}")
        } else {
            format!("{n:.1} {unit}")
        }
    };
    if bytes >= GIB {
        whole_or_tenths(bytes as f64 / GIB as f64, "GiB")
    } else if bytes >= MIB {
        whole_or_tenths(bytes as f64 / MIB as f64, "MiB")
    } else {
        format!("{bytes} bytes")
    }
}

/// `text` with control characters shown as escapes (`\n`, `\t`, `\u{1b}`), so that
/// text from a dataset cannot break a message over lines, forge a
/// `file:line:column` line or send terminal escape codes.
///
/// Line and paragraph separators and the bidirectional overrides (which can
/// make a terminal show text in another order than it is) are escaped too.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => {
                // Writing to a String cannot fail.
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `text` cut to at most `max_chars` characters by dropping its middle for
/// an ellipsis, so both ends stay readable: the folder and the file name of
/// a long path, the start and the advice of a message quoting a long value.
///
/// Whatever is drawn or printed from outside the program goes through this
/// (or a tighter cut), so a megabyte-long name costs no more to lay out
/// than a short one.
pub fn elide_middle(text: &str, max_chars: usize) -> Cow<'_, str> {
    // At most `max_chars` bytes is at most that many characters: no count needed.
    if text.len() <= max_chars || text.chars().count() <= max_chars {
        return Cow::Borrowed(text);
    }
    let kept = max_chars.saturating_sub(1);
    let head = kept.div_ceil(2);
    let tail = kept - head;
    let head_end = text.char_indices().nth(head).map_or(text.len(), |(i, _)| i);
    let tail_start = text
        .char_indices()
        .rev()
        .nth(tail.saturating_sub(1))
        .filter(|_| tail > 0)
        .map_or(text.len(), |(i, _)| i);
    let mut out = String::with_capacity(head_end + (text.len() - tail_start) + 3);
    out.push_str(text.get(..head_end).unwrap_or_default());
    out.push('…');
    out.push_str(text.get(tail_start..).unwrap_or_default());
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_lose_their_middle_and_keep_both_ends() {
        assert_eq!(elide_middle("short", 5), "short");
        assert_eq!(elide_middle("abcdefghij", 5), "ab…ij");
        assert_eq!(elide_middle("abcdefghij", 6), "abc…ij");
        assert_eq!(elide_middle("абвгдежзий", 4), "аб…й");
        assert_eq!(elide_middle("abc", 1), "…");
        assert_eq!(elide_middle("abc", 0), "…");
        let long = "x".repeat(1_000_000);
        assert_eq!(elide_middle(&long, 100).chars().count(), 100);
    }

    #[test]
    fn control_characters_are_escaped_and_text_is_kept() {
        assert_eq!(
            escape_controls("a\nb\tc\u{1b}[31md\u{202e}é"),
            "a\\nb\\tc\\u{1b}[31md\\u{202e}é"
        );
        assert!(matches!(escape_controls("Бишкек \"x\""), Cow::Borrowed(_)));
        let problem = Problem {
            file: "f.ron".to_owned(),
            line: 3,
            column: 4,
            message: "unknown source \"x\nf.ron:1:1: fake\"".to_owned(),
        };
        assert_eq!(problem.to_string().lines().count(), 1);
    }
}
