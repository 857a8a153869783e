//! Cutting a file's events list into pieces at record boundaries, so that the
//! pieces can be parsed on two threads (see [`super::whole`]).
//!
//! The scanner is deliberately conservative: it understands plain strings
//! (with escapes), line comments and brackets, and gives up (`None`, and the
//! file is parsed in one piece) on anything else it would have to understand
//! to be sure where a record ends: block comments, character literals, raw or
//! byte strings. A cut is only ever made at a comma between two records of the
//! events list, so parsing the pieces gives exactly the records of the list.

use std::ops::Range;

/// Pieces are about this long (a few thousand events), so that the two threads
/// stay busy to the end and a finished piece is small while it waits its turn.
const PIECE_BYTES: usize = 256 * 1024;

/// The deepest nesting the scanner follows; deeper files are parsed in one
/// piece (and refused by the record-by-record path).
const MAX_DEPTH: usize = 64;

/// The events list of a file, cut into pieces.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct EventPieces {
    /// The list's contents, between `[` and `]`.
    pub(super) list: Range<usize>,
    /// Consecutive ranges covering `list`, each a run of whole records separated
    /// by commas (the commas between pieces belong to no piece).
    pub(super) pieces: Vec<Range<usize>>,
    /// Commas between records plus one: at least the number of records.
    pub(super) records_at_most: usize,
}

/// Finds the top-level `events: [...]` list and cuts it into pieces of about
/// [`PIECE_BYTES`]; `None` when the text holds anything the scanner does not
/// follow, or no such list.
pub(super) fn event_pieces(text: &str) -> Option<EventPieces> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    // The last identifier seen at depth 1 (a field name of `Dataset(...)`).
    let mut field: &[u8] = b"";
    let mut list_start = None;
    let mut piece_start = 0;
    let mut pieces = Vec::new();
    let mut commas = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => {
                // Identifier characters right before a quote make a raw or byte string.
                if i > 0 && bytes.get(i - 1).is_some_and(|&c| is_ident_byte(c)) {
                    return None;
                }
                i = string_end(bytes, i)?;
                continue;
            }
            b'/' => {
                if bytes.get(i + 1) != Some(&b'/') {
                    return None;
                }
                i = bytes
                    .iter()
                    .skip(i)
                    .position(|&c| c == b'\n')
                    .map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'\'' | b'#' => return None,
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return None;
                }
                if depth == 2 && b == b'[' && field == b"events" && list_start.is_none() {
                    list_start = Some(i + 1);
                    piece_start = i + 1;
                }
            }
            b')' | b']' | b'}' => {
                if depth == 2
                    && let Some(start) = list_start
                {
                    pieces.push(piece_start..i);
                    return Some(EventPieces {
                        list: start..i,
                        pieces,
                        records_at_most: commas + 1,
                    });
                }
                depth = depth.checked_sub(1)?;
            }
            b',' if depth == 2 && list_start.is_some() => {
                commas += 1;
                if i - piece_start >= PIECE_BYTES {
                    pieces.push(piece_start..i);
                    piece_start = i + 1;
                }
            }
            c if depth == 1 && is_ident_byte(c) => {
                let end = bytes
                    .iter()
                    .skip(i)
                    .position(|&c| !is_ident_byte(c))
                    .map_or(bytes.len(), |n| i + n);
                field = bytes.get(i..end).unwrap_or_default();
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The byte after the string that opens at `i`; `None` if it never closes.
fn string_end(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        match bytes.get(j)? {
            b'"' => return Some(j + 1),
            b'\\' => j += 2,
            _ => j += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Option<Vec<&str>> {
        let found = event_pieces(text)?;
        Some(found.pieces.iter().map(|r| &text[r.clone()]).collect())
    }

    #[test]
    fn finds_the_events_list_past_strings_and_comments() {
        let text = r#"Dataset(title: "events: [x]", // events: [y]
            countries: [C(a: "]")], events: [E(t: "a, b \" ], c"), E(t: "(")], tours: [])"#;
        assert_eq!(
            texts(text),
            Some(vec![r#"E(t: "a, b \" ], c"), E(t: "(")"#])
        );
        let found = event_pieces(text).unwrap();
        assert_eq!(found.records_at_most, 2);
    }

    #[test]
    fn cuts_long_lists_between_records() {
        let event = format!("Event(id: \"e\", title: \"{}, ]\")", "x".repeat(1000));
        let list = vec![event.as_str(); 1000].join(",\n");
        let text = format!("Dataset(events: [{list}])");
        let pieces = texts(&text).unwrap();
        assert!(pieces.len() > 2, "{}", pieces.len());
        assert_eq!(
            pieces.join(","),
            list,
            "the pieces and the commas between them make the list"
        );
        for piece in pieces {
            assert!(piece.trim_start().starts_with("Event("), "{piece:.40}");
        }
    }

    #[test]
    fn gives_up_on_what_it_does_not_follow() {
        for text in [
            "Dataset(events: [E(t: r\"x\")])",
            "Dataset(events: [E(t: r#\"x\"#)])",
            "Dataset(events: [E(c: 'x')])",
            "Dataset(/* events: [] */ events: [E()])",
            "Dataset(events: [E(t: \"never closed)])",
            "Dataset(countries: [])",
        ] {
            assert_eq!(event_pieces(text), None, "{text}");
        }
        let deep = format!("Dataset(events: [{}])", "[".repeat(100));
        assert_eq!(event_pieces(&deep), None);
    }
}
