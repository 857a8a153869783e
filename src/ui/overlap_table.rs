//! The overlap table: every country of the region against every organisation,
//! each cell its status on the date (coloured by that organisation's own
//! statuses), sortable by any column, filtered by the search box, animated by
//! Play, driven by the arrow keys; a cell opens the country in that
//! organisation.

use chrono::NaiveDate;
use egui::{RichText, Sense, Stroke, Ui, vec2};

use super::play_bar::{Player, play_controls_ui};
use super::{status_color, warning_color};
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{Region, search_needle};
use crate::on_screen::OnScreen;
use crate::state::{OverlapColumn, ViewState};
use crate::tr;

/// The narrowest an organisation's column gets, in points.
const MIN_CELL_WIDTH: f32 = 84.0;

/// The widths of the countries' column and of each organisation's column:
/// the table fills the panel's width.
#[derive(Clone, Copy, Debug)]
struct Widths {
    name: f32,
    cell: f32,
}

impl Widths {
    fn fitting(ui: &Ui, orgs: usize) -> Self {
        let spacing = ui.spacing().item_spacing.x;
        let available = ui.available_width() - 16.0;
        let name = (available * 0.24).clamp(110.0, 220.0);
        let orgs = orgs.max(1) as f32;
        let cell = ((available - name) / orgs - spacing).max(MIN_CELL_WIDTH);
        Self { name, cell }
    }
}

/// What decides the rows: the date, the search, the language and the order.
type RowsKey = (NaiveDate, String, Lang, OverlapColumn, bool, usize);

/// What the table remembers between frames (not persisted).
#[derive(Clone, Debug, Default)]
pub struct OverlapMemory {
    /// The rows shown (countries of the region), for the key they were built for.
    rows: Vec<usize>,
    /// The line above the table for those rows ("On 1 Dec 2025: 59 countries…").
    summary: String,
    key: Option<RowsKey>,
    /// The keyboard cursor: a row of `rows` and an organisation's column.
    cursor: Option<(usize, usize)>,
    /// Whether the arrow keys move the cursor (the table was clicked, or F6
    /// put the focus here) rather than the list and the timeline.
    pub has_keys: bool,
}

impl OverlapMemory {
    /// The rows as last shown (country indices of the region).
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// Builds the rows unless they are built for this view already.
    pub fn refresh(&mut self, region: &Region, view: &ViewState) {
        let key = (
            view.as_of,
            view.search.clone(),
            view.lang,
            view.overlap_sort.column,
            view.overlap_sort.descending,
            region.countries().len() * 16 + region.orgs().len(),
        );
        if self.key.as_ref() == Some(&key) {
            return;
        }
        let by = match view.overlap_sort.column {
            OverlapColumn::Name => None,
            OverlapColumn::Org(o) => Some(o),
        };
        self.rows = region.table_rows(
            view.as_of,
            (&search_needle(&view.search), view.lang),
            by,
            view.overlap_sort.descending,
        );
        self.summary = summary_text(region, &self.rows, view);
        self.key = Some(key);
        if let Some((row, col)) = self.cursor {
            self.cursor = (!self.rows.is_empty()).then(|| {
                (
                    row.min(self.rows.len() - 1),
                    col.min(region.orgs().len().saturating_sub(1)),
                )
            });
        }
    }

    /// Forgets the rows (the region changed).
    pub fn invalidate(&mut self) {
        self.key = None;
    }

    /// Moves the keyboard cursor by rows and columns, starting at the top left.
    pub fn move_cursor(&mut self, rows: isize, cols: isize, orgs: usize) {
        if self.rows.is_empty() || orgs == 0 {
            return;
        }
        let (row, col) = self.cursor.unwrap_or((0, 0));
        let moved = |at: usize, by: isize, len: usize| at.saturating_add_signed(by).min(len - 1);
        self.cursor = Some(if self.cursor.is_none() {
            (0, 0)
        } else {
            (moved(row, rows, self.rows.len()), moved(col, cols, orgs))
        });
        self.has_keys = true;
    }

    /// The country and organisation under the keyboard cursor.
    pub fn at_cursor(&self) -> Option<(usize, usize)> {
        let (row, col) = self.cursor?;
        Some((*self.rows.get(row)?, col))
    }
}

/// The overlap table with Play and the date above it.
pub fn overlap_table_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    view: &ViewState,
    (memory, player): (&mut OverlapMemory, &mut Player),
    actions: &mut Vec<Action>,
) {
    let Some(region) = shown.region else {
        ui.spinner();
        return;
    };
    memory.refresh(region, view);
    player.stop_on_input(ui);
    let span = shown.date_span_for(view);
    let lang = view.lang;
    ui.horizontal(|ui| {
        play_controls_ui(ui, span, view, player, actions);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr!(lang, "overlap-export"))
                .on_hover_text(tr!(lang, "overlap-export-tip"))
                .clicked()
            {
                actions.push(Action::ExportOverlapCsv);
            }
        });
    });
    ui.label(RichText::new(&memory.summary).strong());
    let widths = Widths::fitting(ui, region.orgs().len());
    header_ui(ui, region, view, widths, actions);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 10.0;
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, memory.rows.len(), |ui, range| {
            for r in range {
                let size = (widths, row_height);
                if let Some(cell) = row_ui(ui, region, view, memory, (r, size), actions) {
                    clicked = Some(cell);
                }
            }
        });
    if let Some(cell) = clicked {
        memory.cursor = Some(cell);
        memory.has_keys = true;
    }
    player.advance_ui(ui, span, view, actions);
}

/// "On 1 Dec 2025: 63 countries in at least one organisation, 14 in two or more."
fn summary_text(region: &Region, rows: &[usize], view: &ViewState) -> String {
    let orgs = region.orgs().len();
    let held = |c: usize| {
        (0..orgs)
            .filter(|&o| region.span_on(c, o, view.as_of).is_some())
            .count()
    };
    let in_any = rows.iter().filter(|&&c| held(c) >= 1).count();
    let in_two = rows.iter().filter(|&&c| held(c) >= 2).count();
    tr!(
        view.lang,
        "overlap-summary",
        date = dates::day_short(view.lang, view.as_of).as_str(),
        any = in_any as f64,
        two = in_two as f64,
    )
}

fn header_ui(
    ui: &mut Ui,
    region: &Region,
    view: &ViewState,
    widths: Widths,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let sort = view.overlap_sort;
    let arrow = |column: OverlapColumn| match (sort.column == column, sort.descending) {
        (false, _) => "",
        (true, false) => " ↓",
        (true, true) => " ↑",
    };
    ui.horizontal(|ui| {
        let columns = std::iter::once((
            OverlapColumn::Name,
            tr!(lang, "overlap-country"),
            widths.name,
        ))
        .chain(region.orgs().iter().enumerate().map(|(o, org)| {
            (
                OverlapColumn::Org(o),
                org.label(lang).to_owned(),
                widths.cell,
            )
        }));
        for (column, title, width) in columns {
            let text = RichText::new(format!("{title}{}", arrow(column))).strong();
            let button = egui::Button::new(text).min_size(vec2(width, 0.0));
            if ui
                .add(button)
                .on_hover_text(tr!(lang, "overlap-sort-tip"))
                .clicked()
            {
                actions.push(Action::SortOverlap(column));
            }
        }
    });
}

fn row_ui(
    ui: &mut Ui,
    region: &Region,
    view: &ViewState,
    memory: &OverlapMemory,
    (r, (widths, height)): (usize, (Widths, f32)),
    actions: &mut Vec<Action>,
) -> Option<(usize, usize)> {
    let &country = memory.rows.get(r)?;
    let mut clicked = None;
    let lang = view.lang;
    let name = region.country_name(country, lang);
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(widths.name, height), Sense::hover());
        let color = ui.visuals().text_color();
        one_line(ui, (rect.shrink2(vec2(4.0, 0.0)), &name), color);
        for (o, org) in region.orgs().iter().enumerate() {
            let span = region.span_on(country, o, view.as_of);
            let status = span.and_then(|s| org.dataset.statuses().get(s.status));
            let label = status.map_or_else(
                || tr!(lang, "memberships-none"),
                |s| s.label.text(lang).to_owned(),
            );
            let (rect, response) =
                ui.allocate_exact_size(vec2(widths.cell, height), Sense::click());
            let accessible = format!("{name}, {}: {label}", org.label(lang));
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &accessible));
            let dark = ui.visuals().dark_mode;
            let painter = ui.painter().clone();
            let cell = rect.shrink(1.5);
            if let Some(status) = status {
                let color = status_color(status, dark);
                painter.rect_filled(cell, 3.0, color.gamma_multiply(0.28));
                let swatch = egui::Rect::from_center_size(
                    cell.left_center() + vec2(9.0, 0.0),
                    vec2(10.0, 10.0),
                );
                painter.rect_filled(swatch, 2.0, color);
            }
            let uncertain = span.is_some_and(|s| s.uncertain);
            let text = if uncertain {
                format!("⚠ {label}")
            } else {
                label.clone()
            };
            let text_color = if uncertain {
                warning_color(dark)
            } else {
                ui.visuals().text_color()
            };
            let text_rect = cell.with_min_x(cell.left() + 18.0).shrink2(vec2(2.0, 0.0));
            one_line(ui, (text_rect, &text), text_color);
            let at_cursor = memory.has_keys && memory.cursor == Some((r, o));
            if at_cursor || response.hovered() {
                let stroke = Stroke::new(
                    if at_cursor { 2.5 } else { 1.0 },
                    ui.visuals().selection.stroke.color,
                );
                painter.rect_stroke(cell, 3.0, stroke, egui::StrokeKind::Inside);
            }
            let listed = region.target_of(country, o).is_some();
            let response = response.on_hover_ui(|ui| {
                ui.label(RichText::new(&accessible).strong());
                // A country the organisation never listed has nothing to open.
                if listed {
                    ui.label(tr!(lang, "overlap-cell-tip"));
                }
            });
            if response.clicked() {
                clicked = Some((r, o));
                if let Some((org, target)) = region.target_of(country, o) {
                    actions.push(Action::OpenInOrg { org, target });
                }
            }
        }
    });
    clicked
}

/// Text on one line inside `rect`, cut with "…" when it does not fit.
fn one_line(ui: &Ui, (rect, text): (egui::Rect, &str), color: egui::Color32) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = egui::text::LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = egui::text::TextWrapping::truncate_at_width(rect.width().max(0.0));
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let pos = egui::pos2(rect.left(), rect.center().y - galley.size().y / 2.0);
    ui.painter().with_clip_rect(rect).galley(pos, galley, color);
}
