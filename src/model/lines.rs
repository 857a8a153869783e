//! Turns byte offsets into line and column numbers without rescanning the file.
//!
//! A file with thousands of problems asks for thousands of positions. Counting
//! newlines from the start of the file for each one made reporting quadratic,
//! so the file is indexed once: the start of every line, and every
//! [`STRIDE`] bytes the number of characters so far. A position is then a
//! binary search for the line and a count over at most [`STRIDE`] bytes for
//! the column.

/// How often (in bytes) the running character count is recorded.
const STRIDE: usize = 1024;

/// Line starts and character checkpoints of one text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset of the start of each line; the first is 0.
    line_starts: Vec<usize>,
    /// `chars_at[k]` is the number of characters in the first `k * STRIDE` bytes.
    chars_at: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text` in one pass.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        // A line ends at `\n` (Unix, and Windows' `\r\n`) or at a `\r` alone
        // (classic Mac OS files), as editors show them; counting `\n` only put
        // a whole `\r` file on line 1.
        line_starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
                .map(|(i, _)| i + 1),
        );
        let mut chars_at = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut chars = 0;
        for chunk in bytes.chunks(STRIDE) {
            chars_at.push(chars);
            chars += count_chars(chunk);
        }
        chars_at.push(chars);
        Self {
            line_starts,
            chars_at,
        }
    }

    /// The 1-based line and 1-based column (in characters; a tab is one) of byte `offset`.
    ///
    /// `text` must be the text the index was built from. Offsets past the end
    /// give the position just after the last character.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        // The number of line starts at or before `offset` is the line number.
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = line
            .checked_sub(1)
            .and_then(|i| self.line_starts.get(i))
            .copied()
            .unwrap_or(0);
        let column = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        (line.max(1), column)
    }

    /// Characters in `text[..offset]`, from the nearest checkpoint.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = offset / STRIDE;
        let base = self.chars_at.get(k).copied().unwrap_or(0);
        let from = k * STRIDE;
        base + text.as_bytes().get(from..offset).map_or(0, count_chars)
    }
}

/// Characters that start in `bytes`: every byte that is not a UTF-8 continuation byte.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The old, direct way: count from the start of the text.
    fn scan(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    #[test]
    fn positions_match_a_scan_from_the_start() {
        // Long lines of multi-byte characters cross many checkpoints.
        let text = format!(
            "ab\n\tцд\n\n{}\n{}x\n",
            "日本".repeat(1500),
            "é".repeat(3000)
        );
        let index = LineIndex::new(&text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                index.line_col(&text, offset),
                scan(&text, offset),
                "{offset}"
            );
        }
        assert_eq!(index.line_col(&text, 4), (2, 2), "a tab is one column");
        assert_eq!(index.line_col(&text, usize::MAX), scan(&text, text.len()));
    }

    #[test]
    fn a_carriage_return_alone_ends_a_line_and_one_before_a_newline_does_not() {
        let text = "ab\rcd\r\nef\nг\rx";
        let index = LineIndex::new(text);
        let at = |needle: &str| index.line_col(text, text.find(needle).unwrap());
        assert_eq!(at("cd"), (2, 1));
        assert_eq!(at("ef"), (3, 1));
        assert_eq!(at("г"), (4, 1));
        assert_eq!(at("x"), (5, 1));
    }

    #[test]
    fn empty_text_is_line_one_column_one() {
        assert_eq!(LineIndex::new("").line_col("", 0), (1, 1));
    }
}
