//! Errors from reading and checking a dataset file.

use std::fmt;
use std::path::PathBuf;

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
            self.file, self.line, self.column, self.message
        )
    }
}

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read (missing, unreadable, not UTF-8).
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file is larger than any dataset should be.
    #[error(
        "{}: the file is {size} bytes; datasets over {limit} bytes are refused (is this the right file?)",
        path.display()
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file was read but has problems; all of them are listed.
    #[error("{file}: {} problem{} found", problems.len(), if problems.len() == 1 { "" } else { "s" })]
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
