//! Slides that fit: a slide's text is a list of [`Piece`]s (kicker, title,
//! date, bullets, …), each with a role that fixes its type size. [`fit`]
//! finds the largest type scale at which all pieces fit the slide's body; when
//! even the smallest readable type does not fit, it splits the pieces into
//! continued pages ("2a", "2b") that the clicker steps through.
//!
//! The fitting itself works on heights only, so it is unit-tested without fonts;
//! the presentation measures the real text with egui's fonts and draws the very
//! galleys it measured, so what was fitted is what is shown.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Galley, Ui};

/// What a piece of slide text is: it decides the type size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The small line above the title ("Summit", "Country").
    Kicker,
    /// The slide's title.
    Title,
    /// The date line.
    Date,
    /// The place line.
    Place,
    /// A bullet point (an outcome).
    Bullet,
    /// Running text: status decisions, participants, a country's status periods.
    Body,
    /// A "sources disagree" / "not verified" note.
    Note,
    /// The sources line.
    Sources,
}

/// The smallest type on a slide body, in points at interface scale 1.0 (the
/// slides' own 1.75x scale comes on top): README states it as the readable floor.
pub const MIN_BODY_SIZE: f32 = 18.0;

impl Role {
    /// Type size in points at type scale 1.0.
    fn nominal_size(self) -> f32 {
        match self {
            Self::Kicker | Self::Note => 22.0,
            Self::Title => 44.0,
            Self::Date => 28.0,
            Self::Place | Self::Bullet => 26.0,
            Self::Body => 24.0,
            Self::Sources => 20.0,
        }
    }

    /// The smallest size this role may shrink to.
    fn floor_size(self) -> f32 {
        match self {
            Self::Title => 28.0,
            Self::Date => 20.0,
            _ => MIN_BODY_SIZE,
        }
    }

    /// Type size in points at type scale `scale`, never below the role's floor.
    pub fn size(self, scale: f32) -> f32 {
        (self.nominal_size() * scale)
            .max(self.floor_size())
            .min(self.nominal_size())
    }

    /// Space above a piece of this role, at type scale 1.0.
    fn gap_before(self) -> f32 {
        match self {
            Self::Bullet | Self::Note => 6.0,
            Self::Sources => 8.0,
            _ => 0.0,
        }
    }
}

/// One piece of slide text: a paragraph of its own, wrapped to the text column.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// What it is (its type size).
    pub role: Role,
    /// The text.
    pub text: String,
    /// Its colour; `None` is the slide's text colour.
    pub color: Option<Color32>,
    /// A coloured square before the text (a status's colour).
    pub marker: Option<Color32>,
    /// A small suffix after the text in a weak colour (the "EN" of an untranslated text).
    pub badge: Option<String>,
    /// Space before it is doubled (the first bullet after the heading).
    pub spaced: bool,
}

impl Piece {
    /// A plain piece of text in the slide's colour.
    pub fn new(role: Role, text: impl Into<String>) -> Self {
        Self {
            role,
            text: text.into(),
            color: None,
            marker: None,
            badge: None,
            spaced: false,
        }
    }

    /// The same piece in a colour.
    #[must_use]
    pub fn colored(mut self, color: Color32) -> Self {
        self.color = Some(color);
        self
    }

    /// The same piece with a coloured square before it.
    #[must_use]
    pub fn marked(mut self, color: Color32) -> Self {
        self.marker = Some(color);
        self
    }

    /// The same piece with a small weak suffix ("EN"), if any.
    #[must_use]
    pub fn badged(mut self, badge: Option<String>) -> Self {
        self.badge = badge;
        self
    }

    /// The same piece with more room above it.
    #[must_use]
    pub fn spaced(mut self) -> Self {
        self.spaced = true;
        self
    }

    /// Space above the piece at type scale `scale`.
    pub fn gap(&self, scale: f32) -> f32 {
        let gap = self.role.gap_before() * if self.spaced { 2.0 } else { 1.0 };
        gap * scale
    }

    /// The piece laid out at type scale `scale`, wrapped at `width`.
    pub fn galley(&self, ui: &Ui, scale: f32, width: f32) -> Arc<Galley> {
        let size = self.role.size(scale);
        let text_color = ui.visuals().text_color();
        let mut job = LayoutJob::default();
        job.wrap.max_width = width;
        if let Some(marker) = self.marker {
            job.append("■ ", 0.0, format(size, marker));
        }
        job.append(
            &self.text,
            0.0,
            format(size, self.color.unwrap_or(text_color)),
        );
        if let Some(badge) = &self.badge {
            let weak = ui.visuals().weak_text_color();
            job.append(badge, size * 0.3, format((size * 0.6).max(12.0), weak));
        }
        ui.ctx().fonts_mut(|fonts| fonts.layout_job(job))
    }

    /// The height the piece takes on the slide: its gap, its lines and the spacing after it.
    pub fn height(&self, ui: &Ui, scale: f32, width: f32) -> f32 {
        self.gap(scale) + self.galley(ui, scale, width).size().y + ui.spacing().item_spacing.y
    }
}

fn format(size: f32, color: Color32) -> TextFormat {
    TextFormat::simple(FontId::proportional(size), color)
}

/// Type scales tried, largest first; at the last every role is at its floor.
pub const SCALES: [f32; 8] = [1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.64];

/// How a slide's pieces are shown: one type scale, and the pieces of each page.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// The type scale of every page of the slide.
    pub scale: f32,
    /// Indices of the pieces on each page (one page when everything fits).
    /// Pages after the first begin with the title marked "continued", which is
    /// not a piece.
    pub pages: Vec<Vec<usize>>,
}

/// Fits pieces into `available` points of height: the largest scale at which
/// all of them fit on one page, else the fewest pages the smallest type needs,
/// at the largest scale that needs no more pages than that.
///
/// `heights_at(scale)` gives every piece's height at a scale; the first `head`
/// pieces (kicker, title, date, place) open the first page; `continued_at(scale)`
/// is the height of the "continued" title that opens the others.
pub fn fit(
    head: usize,
    available: f32,
    mut heights_at: impl FnMut(f32) -> Vec<f32>,
    continued_at: impl Fn(f32) -> f32,
) -> Fit {
    let mut best: Option<Fit> = None;
    for scale in SCALES.iter().rev().copied() {
        let heights = heights_at(scale);
        let pages = paginate(&heights, head, available, continued_at(scale));
        // From the smallest scale up: a larger scale is taken while it needs no more
        // pages, and while the first page keeps more than the heading (large type
        // that leaves a first page with only a title is worse than smaller type).
        if best
            .as_ref()
            .is_some_and(|fit| pages.len() > fit.pages.len())
        {
            break;
        }
        let heading_only = pages.len() > 1 && pages.first().is_some_and(|p| p.len() <= head);
        if best.is_none() || !heading_only {
            best = Some(Fit { scale, pages });
        }
    }
    best.unwrap_or(Fit {
        scale: 1.0,
        pages: vec![Vec::new()],
    })
}

/// Splits pieces of these heights into pages of `available` points: the first
/// opens with the `head` pieces, the others with a `continued` heading. A
/// piece taller than a page gets a page of its own.
pub fn paginate(heights: &[f32], head: usize, available: f32, continued: f32) -> Vec<Vec<usize>> {
    let head = head.min(heights.len());
    let mut pages = Vec::new();
    let mut page: Vec<usize> = (0..head).collect();
    let mut used: f32 = heights.iter().take(head).sum();
    // Pieces on this page that may move to the next (the first page's heading may not).
    let mut movable = 0;
    for (i, &height) in heights.iter().enumerate().skip(head) {
        let first_page = pages.is_empty();
        if used + height > available && (movable > 0 || (first_page && head > 0)) {
            pages.push(std::mem::take(&mut page));
            used = continued;
            movable = 0;
        }
        page.push(i);
        used += height;
        movable += 1;
    }
    pages.push(page);
    pages
}

/// "2", or "2a", "2b" for the pages of a slide split in several.
pub fn step_label(step: usize, page: usize, pages: usize) -> String {
    if pages <= 1 {
        return (step + 1).to_string();
    }
    // Letters a…z, then page numbers: no slide comes near 26 pages.
    let suffix = u8::try_from(page).ok().filter(|&p| p < 26).map_or_else(
        || format!("-{}", page + 1),
        |p| char::from(b'a' + p).to_string(),
    );
    format!("{}{suffix}", step + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_on_one_page_when_it_fits() {
        assert_eq!(
            paginate(&[10.0, 20.0, 30.0], 2, 100.0, 5.0),
            [vec![0, 1, 2]]
        );
    }

    #[test]
    fn pieces_that_do_not_fit_go_on_continued_pages() {
        let pages = paginate(&[30.0, 30.0, 30.0, 30.0, 30.0], 1, 70.0, 10.0);
        assert_eq!(pages, [vec![0, 1], vec![2, 3], vec![4]]);
    }

    #[test]
    fn a_piece_taller_than_a_page_gets_a_page_of_its_own() {
        let pages = paginate(&[10.0, 500.0, 10.0], 1, 100.0, 10.0);
        assert_eq!(pages, [vec![0], vec![1], vec![2]]);
    }

    #[test]
    fn fit_prefers_the_largest_scale_that_fits_on_one_page() {
        // Every piece is 10 points high per unit of scale.
        let fit = fit(1, 36.0, |s| vec![10.0 * s; 4], |_| 0.0);
        assert_eq!(fit.pages.len(), 1);
        assert!((fit.scale - 0.9).abs() < 1e-6, "{}", fit.scale);
    }

    #[test]
    fn fit_splits_only_when_the_smallest_type_does_not_fit() {
        let fit = fit(1, 30.0, |s| vec![10.0 * s; 6], |s| 10.0 * s);
        assert_eq!(fit.pages.len(), 2);
        // The largest scale that still needs only two pages.
        assert!(fit.scale > SCALES[SCALES.len() - 1]);
        let all: Vec<usize> = fit.pages.concat();
        assert_eq!(all, [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn a_split_slide_does_not_leave_its_heading_alone() {
        // A tall heading: at large scales only the heading fits on the first page.
        let fit = fit(
            1,
            100.0,
            |s| vec![90.0 * s, 20.0, 20.0, 20.0, 20.0],
            |_| 10.0,
        );
        assert!(fit.pages.len() > 1);
        assert!(fit.pages[0].len() > 1, "{fit:?}");
    }

    #[test]
    fn sizes_stay_at_or_above_the_floor() {
        for role in [
            Role::Kicker,
            Role::Bullet,
            Role::Body,
            Role::Note,
            Role::Sources,
        ] {
            for scale in SCALES {
                assert!(role.size(scale) >= MIN_BODY_SIZE);
            }
        }
        assert!((Role::Title.size(1.0) - 44.0).abs() < 1e-6);
    }

    #[test]
    fn continued_slides_are_lettered() {
        assert_eq!(step_label(1, 0, 1), "2");
        assert_eq!(step_label(1, 0, 2), "2a");
        assert_eq!(step_label(1, 1, 2), "2b");
    }
}
