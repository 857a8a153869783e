//! Reading a dataset file's bytes safely: regular files only, a capped size,
//! and a precise position for text that is not UTF-8.

use std::io::Read;
use std::path::Path;

use super::error::{LoadError, Problem};
use super::lines::LineIndex;

/// Files larger than this are refused before they are read: 256 MiB.
///
/// A real dataset stays far below it (the bundled SCO dataset is about
/// 100 KB; 100,000 generated events are about 23 MB), and everything
/// `sco-explorer generate` writes fits (its largest, a million events, is
/// about 235 MB). What it keeps out is what no one means to open: a disk image
/// or a log of several gigabytes is refused at once, from its size alone,
/// instead of taking minutes and gigabytes of memory to fail.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The bytes of a regular file of at most [`MAX_FILE_BYTES`].
pub(super) fn read_dataset_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let not_a_file = |file_type: std::fs::FileType| LoadError::NotAFile {
        path: path.to_owned(),
        kind: kind_of(file_type),
    };
    let too_large = |size| LoadError::TooLarge {
        path: path.to_owned(),
        size,
        limit: MAX_FILE_BYTES,
    };
    // Checked before opening: opening a named pipe blocks until someone writes to it.
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if !meta.is_file() {
        return Err(not_a_file(meta.file_type()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    // The path may have been replaced between the check and the open.
    let meta = file.metadata().map_err(io_error)?;
    if !meta.is_file() {
        return Err(not_a_file(meta.file_type()));
    }
    read_capped(file, MAX_FILE_BYTES, meta.len())
        .map_err(io_error)?
        .ok_or_else(|| too_large(meta.len().max(MAX_FILE_BYTES + 1)))
}

/// Reads `reader` to the end, or `None` as soon as it gives more than `limit` bytes.
///
/// The size a file system reports can be wrong (0 for many files in `/proc`) or
/// out of date (a file still being written), so the read itself is capped.
///
/// `expected` is the size the file system reports: room for it (and one byte
/// more, to see the end) is made at once, so a large file is not read into a
/// buffer that doubles as it fills (twice the memory for a moment, and up to
/// twice the room kept).
fn read_capped(reader: impl Read, limit: u64, expected: u64) -> std::io::Result<Option<Vec<u8>>> {
    let room = usize::try_from(expected.min(limit).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(room);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Names what a path is when it is not a regular file.
fn kind_of(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else {
        "not a regular file"
    }
}

/// The problem for a file that is not UTF-8, at the line and column of the first bad byte.
pub(super) fn not_utf8(file: &str, bytes: &[u8], error: std::str::Utf8Error) -> LoadError {
    let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
    // The prefix is valid UTF-8 by definition of `valid_up_to`, so this never falls back.
    let text = std::str::from_utf8(valid).unwrap_or_default();
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let (line, column) = LineIndex::new(text).line_col(text, text.len());
    let byte = bytes.get(error.valid_up_to()).copied().unwrap_or(0);
    LoadError::Invalid {
        file: file.to_owned(),
        problems: vec![Problem {
            file: file.to_owned(),
            line,
            column,
            message: format!(
                "the file is not valid UTF-8 text: byte 0x{byte:02X} here does not belong to a character; save the file as UTF-8"
            ),
        }],
    }
}

/// The byte-order mark some editors put at the start of UTF-8 files.
pub(super) const BOM: char = '\u{feff}';

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endless_input_is_cut_off_at_the_limit() {
        // `repeat` never ends, like /dev/zero or a file that keeps growing.
        assert_eq!(read_capped(std::io::repeat(b'x'), 1000, 0).unwrap(), None);
        assert_eq!(
            read_capped(&b"abc"[..], 3, 3).unwrap(),
            Some(b"abc".to_vec()),
            "exactly the limit is fine"
        );
        assert_eq!(read_capped(&b"abcd"[..], 3, 2).unwrap(), None);
    }
}
