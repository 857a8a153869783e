//! A lesson's own words on a record's slide: its heading for the record's
//! title, its points after the record's text.

use super::layout::{Piece, Role};

/// A lesson's own words on a slide: its heading instead of the record's
/// title, and the teacher's bullets after the record's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SlideWords {
    /// The heading, if the lesson gives one.
    pub heading: Option<String>,
    /// The teacher's bullets.
    pub bullets: Vec<String>,
}

/// The lesson's heading in place of the title, its bullets at the end.
pub(super) fn with_words(pieces: &mut Vec<Piece>, words: &SlideWords) {
    if let Some(heading) = &words.heading
        && let Some(at) = pieces.iter().position(|p| p.role == Role::Title)
        && pieces[at].text != *heading
    {
        // The record's own title stays, under the lesson's heading: the
        // class still sees which summit or country this is.
        let own = std::mem::replace(&mut pieces[at].text, heading.clone());
        pieces.insert(at + 1, Piece::new(Role::Date, own));
    }
    // The teacher's points after the record's text, before its sources
    // (which close the slide, as on every slide).
    let at = pieces
        .iter()
        .position(|p| p.role == Role::Sources)
        .unwrap_or(pieces.len());
    let points = words.bullets.iter().enumerate().map(|(i, bullet)| {
        let piece = Piece::new(Role::Bullet, format!("• {bullet}"));
        if i == 0 { piece.spaced() } else { piece }
    });
    pieces.splice(at..at, points);
}
