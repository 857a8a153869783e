//! The commands' standard output, one line at a time.
//!
//! Rust ignores SIGPIPE, so `println!` panics when the reader has gone
//! (`sco-explorer check big.ron | head -1`: "failed printing to stdout:
//! Broken pipe" and a backtrace). Here a reader that stopped reading ends
//! the program quietly, as it would end `cat`.

use std::io::Write as _;

/// The exit code a shell gives a program that SIGPIPE ended (128 + 13).
const BROKEN_PIPE_EXIT: i32 = 141;

/// Writes one line to standard output. If the reader has gone, exits at
/// once (nothing more can be said to it); any other failure is said on stderr
/// and ends the program with 1.
pub fn line(text: std::fmt::Arguments<'_>) {
    let written = writeln!(std::io::stdout().lock(), "{text}");
    match written {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
            std::process::exit(BROKEN_PIPE_EXIT)
        }
        Err(error) => {
            eprintln!("sco-explorer: cannot write to standard output: {error}");
            std::process::exit(1)
        }
    }
}
