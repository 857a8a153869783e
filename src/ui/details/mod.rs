//! The details pane: the selected summit, exercise or country, or an overview
//! of the organisation when nothing is selected.
//!
//! Every country and event named here is a link that selects it, and every
//! fact shows its sources; CONFLICT and UNVERIFIED facts show their note.

mod compare;
mod country;
mod event;
mod overview;
mod widgets;

pub use widgets::sources_ui;

use crate::actions::Action;
use crate::on_screen::OnScreen;
use crate::state::{Selection, ViewState};
use compare::{also_in_other_ui, compare_country_ui, compared_event_ui};
use country::{country_ui, events_of_country_ui};
use egui::Ui;
use event::event_ui;
use overview::{kind_line, overview_ui};

/// The details pane.
pub fn details_panel_ui(
    ui: &mut Ui,
    shown: &OnScreen<'_>,
    view: &ViewState,
    actions: &mut Vec<Action>,
    focus: bool,
) {
    let (dataset, compared) = (shown.dataset, shown.compared());
    // The pane is as wide as its panel, whatever it shows: a vertical scroll
    // area grows to the width of its widest line, and the panel with it, so
    // one long line would widen the pane (and shrink the map) at each new
    // selection. Its content lives in a child that takes exactly the room
    // the panel gives and is clipped to it; text wraps inside.
    let room = ui.available_rect_before_wrap();
    let mut pane = ui.new_child(egui::UiBuilder::new().max_rect(room).layout(*ui.layout()));
    pane.shrink_clip_rect(room);
    ui.advance_cursor_after_rect(room);
    let ui = &mut pane;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // A gutter for the scroll bar: egui draws it over the content's
            // right edge, and whether it shows is known only once the content
            // is laid out, so text ran under a bar that had just appeared.
            let scroll = ui.spacing().scroll;
            let gutter = scroll.bar_width + scroll.bar_inner_margin + scroll.bar_outer_margin;
            ui.set_max_width((ui.available_width() - gutter).max(0.0));
            ui.add_space(4.0);
            // An event of the organisation compared with is shown from its own data.
            let compared_event = match (&view.selection, compared) {
                (Selection::Event(id), Some(c)) if dataset.event_index(id).is_none() => {
                    c.dataset.event_index(id).map(|e| (c, e))
                }
                _ => None,
            };
            let kind_dataset = compared_event.map_or(dataset, |(c, _)| &c.dataset);
            // The line naming what is shown ("Summit", "Country", "Overview") can
            // take the keyboard focus, so F6 has somewhere to land in this pane.
            let kind = ui.add(
                egui::Label::new(kind_line(ui, kind_dataset, view))
                    .sense(egui::Sense::focusable_noninteractive()),
            );
            if focus {
                kind.request_focus();
                kind.scroll_to_me(None);
            }
            if kind.has_focus() {
                crate::ui::focus_ring_ui(ui, kind.rect);
            }
            let lang = view.lang;
            if let Some((compared, e)) = compared_event {
                compared_event_ui(ui, dataset, compared, lang, actions, e);
                return;
            }
            match view.selection.clone() {
                Selection::Event(id) => match dataset.event_index(&id) {
                    Some(e) => {
                        event_ui(ui, dataset, lang, actions, e);
                        if let Some(compared) = compared {
                            let other_index =
                                |code: &str| compared.comparison.pair_of(code).and_then(|p| p.b);
                            also_in_other_ui(
                                ui,
                                (dataset, &compared.dataset),
                                other_index,
                                lang,
                                e,
                            );
                        }
                    }
                    None => overview_ui(ui, dataset, view, actions),
                },
                Selection::Country(code) if compared.is_some() => {
                    let pair = compared.and_then(|c| c.comparison.pair_of(&code));
                    match (compared, pair) {
                        (Some(compared), Some(pair)) => {
                            compare_country_ui(ui, dataset, compared, view, actions, pair);
                            if let Some(index) = pair.a {
                                events_of_country_ui(ui, dataset, lang, actions, index);
                            }
                        }
                        _ => overview_ui(ui, dataset, view, actions),
                    }
                }
                Selection::Country(code) => match dataset.country_index(&code) {
                    Some(c) => country_ui(ui, dataset, view, actions, c),
                    None => overview_ui(ui, dataset, view, actions),
                },
                Selection::None => overview_ui(ui, dataset, view, actions),
            }
        });
}
