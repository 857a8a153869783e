//! The membership list: countries grouped by their status on the "as of" date,
//! plus matching events while a search is active.
//!
//! This list is also the keyboard and screen-reader route through the data:
//! every row is a labelled, focusable widget (the plot canvas is opaque to
//! assistive technology).

pub use super::member_rows::{ListRow, MemberList};

use super::status_color;
use crate::actions::Action;
use crate::i18n::dates;
use crate::model::{Compared, Dataset, country_name};
use crate::on_screen::OnScreen;
use crate::state::ViewState;
use crate::tr;
use egui::{RichText, Ui};

/// The search box's id: Esc clears it before it lets go of the focus.
pub fn search_id() -> egui::Id {
    egui::Id::unique("member list search")
}

/// The membership list panel; in compare mode, the three groups of the comparison.
pub fn members_panel_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    view: &ViewState,
    list: &mut MemberList,
    actions: &mut Vec<Action>,
) {
    let (dataset, compared) = (shown.dataset, shown.compared());
    list.refresh(dataset, shown.search[0], view);
    header_ui(ui, dataset, view, list, actions);
    ui.separator();
    if let Some(compared) = compared {
        compare_list_ui(ui, (dataset, compared), view, list, actions);
        return;
    }
    if shown.searching {
        // A large dataset is searched on a thread: the previous results stay until then.
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(RichText::new(tr!(view.lang, "list-searching")).weak());
        });
    }
    let scroll_to_cursor = std::mem::take(&mut list.scroll_to_cursor);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            if list.rows.is_empty() {
                ui.label(RichText::new(tr!(view.lang, "list-no-match")).weak());
            }
            let estimate = row_estimate(ui, &list.rows);
            let rows = &list.rows;
            let mut row_ui = |ui: &mut Ui, row_index: usize| {
                let Some(row) = rows.get(row_index) else {
                    return;
                };
                let Some(response) = row_ui(ui, dataset, view, row) else {
                    return;
                };
                if list.cursor == Some(row_index) {
                    cursor_ring_ui(ui, &response, scroll_to_cursor);
                }
                // Tab and F6 bring rows into view, so the keyboard focus is never hidden.
                if response.gained_focus() {
                    response.scroll_to_me(None);
                }
                if response.clicked()
                    && let Some(target) = row.target()
                {
                    actions.push(Action::Select(target));
                }
            };
            super::row_window::rows_in_view_ui(
                ui,
                viewport,
                (&mut list.heights, rows.len()),
                &estimate,
                list.cursor.filter(|_| scroll_to_cursor),
                &mut row_ui,
            );
        });
}

/// A guess at a row's height before it is drawn: a heading has space above
/// it, an event a second line with its date.
fn row_estimate<'a>(ui: &Ui, rows: &'a [ListRow]) -> impl Fn(usize) -> f32 + 'a {
    let line = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    move |row| match rows.get(row) {
        Some(ListRow::Group { .. }) => line + 6.0,
        Some(ListRow::Event { .. }) => 2.0 * line,
        _ => line,
    }
}

/// The heading, the date, the search box and the headcounts.
fn header_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    list: &mut MemberList,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.add_space(4.0);
    ui.heading(tr!(lang, "list-heading"));
    let as_of = tr!(
        lang,
        "list-status-as-of",
        date = &dates::day(lang, view.as_of)
    );
    ui.add(egui::Label::new(RichText::new(as_of).small().weak()).truncate());
    ui.add_space(2.0);
    let search_response = ui
        .horizontal(|ui| {
            let label = ui.label(tr!(lang, "list-search"));
            // The field edits a copy; a change reaches the view as an action.
            let mut text = view.search.clone();
            let edit = egui::TextEdit::singleline(&mut text)
                .id(search_id())
                .hint_text(tr!(lang, "list-search-hint"))
                .desired_width(f32::INFINITY);
            let response = ui.add(edit).labelled_by(label.id);
            if text != view.search {
                actions.push(Action::SetSearch(text));
            }
            response
        })
        .inner;
    if std::mem::take(&mut list.focus_search) {
        search_response.request_focus();
    }
    // Enter picks the first match; ↓ goes from the box into the list.
    if search_response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        actions.push(Action::PickFirstMatch);
    }
    if search_response.has_focus()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown))
    {
        actions.push(Action::ListDown);
    }
    // One line whatever the date: a count that grows a word ("· 2 observers")
    // must not wrap and push every row below it down. Cut short, the whole
    // line shows on hover.
    let counts = super::headcount_text(dataset, view.as_of, " · ", lang);
    ui.add(egui::Label::new(RichText::new(counts).small()).truncate());
}

/// One row; returns the response of its selectable part (none for headings).
fn row_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &ViewState,
    row: &ListRow,
) -> Option<egui::Response> {
    let selected_e = view.selected_event(dataset);
    let lang = view.lang;
    match row {
        ListRow::Group { title, count } => {
            ui.add_space(6.0);
            ui.label(
                RichText::new(tr!(
                    lang,
                    "list-group-heading",
                    title = title,
                    count = *count
                ))
                .strong(),
            );
            None
        }
        ListRow::Country {
            index,
            detail,
            status,
        } => {
            let country = dataset.file().countries.get(*index)?;
            let dark = ui.visuals().dark_mode;
            let response = ui.horizontal(|ui| {
                let chip = status
                    .and_then(|s| dataset.statuses().get(s))
                    .map_or(ui.visuals().weak_text_color(), |s| status_color(s, dark));
                let (rect, _) = ui.allocate_exact_size(egui::vec2(8.0, 8.0), egui::Sense::hover());
                ui.painter().circle_filled(rect.center(), 4.0, chip);
                // Only the selected country gets the selection's pill; countries that
                // took part in the selected event are named in bold and say so.
                let selected = view.selected_country(dataset) == Some(*index);
                let involved = selected_e.is_some_and(|e| dataset.is_involved(*index, e));
                let shown = country_name(country, lang);
                let name = if involved {
                    RichText::new(shown.text).strong()
                } else {
                    RichText::new(shown.text)
                };
                let response = ui.selectable_label(selected, name);
                if shown.fallback {
                    super::fallback_badge_ui(ui, lang);
                }
                if involved {
                    ui.label(
                        RichText::new(tr!(lang, "list-in-this-event"))
                            .small()
                            .strong(),
                    );
                }
                // Cut short at the list's edge (whole on hover): a long
                // detail must not widen the list and squeeze the centre.
                ui.add(egui::Label::new(RichText::new(detail).small().weak()).truncate());
                response
            });
            Some(response.inner)
        }
        ListRow::Event { index } => {
            let event = dataset.file().events.get(*index)?;
            // One line per event, cut short with the whole title on hover:
            // wrapped, a Chinese title broke inside a name ("比什凯 / 克").
            let title = event.title.text(lang);
            let padding = 2.0 * ui.spacing().button_padding.x;
            let fits = super::text_width(ui, title, egui::TextStyle::Button) + padding
                <= ui.available_width();
            let button = egui::Button::selectable(selected_e == Some(*index), title).truncate();
            let mut response = ui.add(button);
            if !fits {
                response = response.on_hover_text(title);
            }
            ui.label(
                RichText::new(dates::partial_short(lang, event.start))
                    .small()
                    .weak(),
            );
            Some(response)
        }
    }
}

/// The keyboard cursor: a ring around its row, scrolled into view when it moved.
fn cursor_ring_ui(ui: &Ui, row: &egui::Response, scroll: bool) {
    ui.painter().rect_stroke(
        row.rect.expand(1.0),
        2.0,
        ui.visuals().selection.stroke,
        egui::StrokeKind::Outside,
    );
    if scroll {
        row.scroll_to_me(None);
    }
}

/// The compare list: on the date, the countries in both organisations, then
/// those only in the first and only in the second, each with its status in
/// each; ↑/↓ move a keyboard cursor through it and Enter selects. The groups
/// are built when the date, search or language changes, not every frame.
fn compare_list_ui(
    ui: &mut Ui,
    (dataset, compared): (&Dataset, &Compared),
    view: &ViewState,
    list: &mut MemberList,
    actions: &mut Vec<Action>,
) {
    list.refresh_compare(dataset, compared, view);
    let selected = match &view.selection {
        crate::state::Selection::Country(code) => compared.comparison.pair_of(code),
        _ => None,
    };
    let scroll_to_cursor = std::mem::take(&mut list.scroll_to_cursor);
    let cursor = list.compare_cursor;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for group in &list.compare_groups {
                ui.add_space(6.0);
                ui.label(RichText::new(&group.heading).strong());
                for row in &group.rows {
                    ui.horizontal_wrapped(|ui| {
                        let response =
                            ui.selectable_label(selected == Some(row.pair), row.name.as_str());
                        ui.label(RichText::new(&row.detail).small().weak());
                        if row.index.is_some() && row.index == cursor {
                            cursor_ring_ui(ui, &response, scroll_to_cursor);
                        }
                        if response.clicked()
                            && let Some(k) = row.index
                        {
                            actions.push(Action::SelectCompared(k));
                        }
                    });
                }
            }
        });
}
