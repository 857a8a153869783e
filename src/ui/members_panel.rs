//! The membership list: countries grouped by their status on the "as of" date,
//! plus matching events while a search is active.
//!
//! This list is also the keyboard and screen-reader route through the data:
//! every row is a labelled, focusable widget (the plot canvas is opaque to
//! assistive technology).

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::{select_country, select_event, selected_country, selected_event, status_color};
use crate::model::{Dataset, PartialDate, Status};
use crate::state::ViewState;

/// One row of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListRow {
    /// A group heading with the number of rows in it.
    Group {
        /// Heading text, e.g. "Members".
        title: String,
        /// Rows in the group.
        count: usize,
    },
    /// A country.
    Country {
        /// Index in the dataset's countries.
        index: usize,
        /// Short note after the name, e.g. "since 2017-06-09".
        detail: String,
        /// Status on the date, for the colour chip.
        status: Option<Status>,
    },
    /// An event matching the search.
    Event {
        /// Index in the dataset's events.
        index: usize,
    },
}

impl ListRow {
    /// Whether the row can be selected (headings cannot).
    pub fn is_selectable(&self) -> bool {
        !matches!(self, Self::Group { .. })
    }
}

/// The rows for a date and search text, cached until either changes.
#[derive(Clone, Debug, Default)]
pub struct MemberList {
    key: Option<(NaiveDate, String)>,
    rows: Vec<ListRow>,
}

impl MemberList {
    /// The rows for the view's date and search, rebuilt only when those change.
    pub fn rows(&mut self, dataset: &Dataset, view: &ViewState) -> &[ListRow] {
        let key = (view.as_of, view.search.clone());
        if self.key.as_ref() != Some(&key) {
            self.rows = build_rows(dataset, view.as_of, &view.search);
            self.key = Some(key);
        }
        &self.rows
    }

    /// Forgets the rows (after a new dataset is loaded).
    pub fn invalidate(&mut self) {
        self.key = None;
    }
}

/// Case-insensitive match of the search text against any of the names.
fn matches(search: &str, names: &[Option<&str>]) -> bool {
    search.is_empty()
        || names
            .iter()
            .flatten()
            .any(|name| name.to_lowercase().contains(search))
}

/// Builds the grouped rows for a date, filtered by the search text.
pub fn build_rows(dataset: &Dataset, day: NaiveDate, search: &str) -> Vec<ListRow> {
    let search = search.trim().to_lowercase();
    let file = dataset.file();
    let mut groups: Vec<(String, Vec<ListRow>)> = Vec::new();
    let mut push = |title: &str, row: ListRow| {
        if let Some((_, rows)) = groups.iter_mut().find(|(t, _)| t == title) {
            rows.push(row);
        } else {
            groups.push((title.to_owned(), vec![row]));
        }
    };
    // Group order: members first, then the looser statuses, then the rest.
    let titles = [
        (Status::Member, "Members"),
        (Status::ShanghaiFive, "Shanghai Five"),
        (Status::Observer, "Observers"),
        (Status::DialoguePartner, "Dialogue partners"),
        (Status::ScoPartner, "SCO partners"),
    ];
    let mut ordered: Vec<(usize, &str, ListRow)> = Vec::new();
    for (index, country) in file.countries.iter().enumerate() {
        let names = [
            Some(country.name.as_str()),
            Some(country.code.as_str()),
            country.name_ru.as_deref(),
            country.name_zh.as_deref(),
        ];
        if !matches(&search, &names) {
            continue;
        }
        let (group, title, detail, status) = if let Some(period) = dataset.status_on(index, day) {
            let position = titles
                .iter()
                .position(|(s, _)| *s == period.status)
                .unwrap_or(0);
            let title = titles.get(position).map_or("Members", |(_, t)| t);
            (
                position,
                title,
                format!("since {}", period.from),
                Some(period.status),
            )
        } else if let Some(last) = country
            .statuses
            .iter()
            .rev()
            .find(|p| p.from.first_day() <= day)
        {
            let until = last.to.map(|to| format!(" until {to}")).unwrap_or_default();
            (
                5,
                "Former status",
                format!("{}{until}", last.status.label()),
                None,
            )
        } else {
            let first: Option<PartialDate> = country.statuses.first().map(|p| p.from);
            let detail = first.map(|d| format!("from {d}")).unwrap_or_default();
            (6, "Not yet associated", detail, None)
        };
        ordered.push((
            group,
            title,
            ListRow::Country {
                index,
                detail,
                status,
            },
        ));
    }
    ordered.sort_by_key(|(group, _, row)| {
        let name = match row {
            ListRow::Country { index, .. } => file.countries.get(*index).map(|c| c.name.clone()),
            _ => None,
        };
        (*group, name)
    });
    for (_, title, row) in ordered {
        push(title, row);
    }
    if !search.is_empty() {
        for &index in dataset.events_in_time_order() {
            let Some(event) = file.events.get(index) else {
                continue;
            };
            let names = [
                Some(event.title.as_str()),
                event.place.city.as_deref(),
                event.series.as_deref(),
                Some(event.id.as_str()),
            ];
            if matches(&search, &names) {
                push("Events", ListRow::Event { index });
            }
        }
    }
    let mut rows = Vec::new();
    for (title, members) in groups {
        rows.push(ListRow::Group {
            count: members.len(),
            title,
        });
        rows.extend(members);
    }
    rows
}

/// Actions the list asks of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListFocus {
    /// Put keyboard focus in the search box this frame.
    pub focus_search: bool,
    /// Scroll the cursor row into view this frame.
    pub scroll_to_cursor: bool,
}

/// The membership list panel.
pub fn members_panel_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &mut ViewState,
    rows: &[ListRow],
    cursor: Option<usize>,
    focus: ListFocus,
) {
    let dark = ui.visuals().dark_mode;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.heading("Countries");
    });
    ui.label(
        RichText::new(format!("Status as of {}", view.as_of.format("%-d %B %Y")))
            .small()
            .weak(),
    );
    ui.add_space(2.0);
    let search_response = ui
        .horizontal(|ui| {
            let label = ui.label("Search");
            let edit = egui::TextEdit::singleline(&mut view.search)
                .hint_text("countries and events (Ctrl+F)")
                .desired_width(f32::INFINITY);
            ui.add(edit).labelled_by(label.id)
        })
        .inner;
    if focus.focus_search {
        search_response.request_focus();
    }
    let counts = dataset.counts_on(view.as_of);
    ui.label(
        RichText::new(format!(
            "{} members · {} observers · {} dialogue partners · {} SCO partners",
            counts.core(),
            counts.observers,
            counts.dialogue_partners,
            counts.sco_partners
        ))
        .small(),
    );
    ui.separator();

    let selected_c = selected_country(view, dataset);
    let selected_e = selected_event(view, dataset);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if rows.is_empty() {
                ui.label(RichText::new("Nothing matches the search.").weak());
            }
            for (row_index, row) in rows.iter().enumerate() {
                let is_cursor = cursor == Some(row_index);
                let response = match row {
                    ListRow::Group { title, count } => {
                        ui.add_space(6.0);
                        ui.label(RichText::new(format!("{title} ({count})")).strong());
                        continue;
                    }
                    ListRow::Country {
                        index,
                        detail,
                        status,
                    } => {
                        let Some(country) = dataset.file().countries.get(*index) else {
                            continue;
                        };
                        ui.horizontal(|ui| {
                            let chip = status
                                .map_or(ui.visuals().weak_text_color(), |s| status_color(s, dark));
                            let (rect, _) =
                                ui.allocate_exact_size(egui::vec2(8.0, 8.0), egui::Sense::hover());
                            ui.painter().circle_filled(rect.center(), 4.0, chip);
                            let highlighted = selected_c == Some(*index)
                                || selected_e.is_some_and(|e| dataset.is_involved(*index, e));
                            let response = ui.selectable_label(highlighted, &country.name);
                            ui.label(RichText::new(detail).small().weak());
                            response
                        })
                        .inner
                    }
                    ListRow::Event { index } => {
                        let Some(event) = dataset.file().events.get(*index) else {
                            continue;
                        };
                        let response =
                            ui.selectable_label(selected_e == Some(*index), &event.title);
                        ui.label(RichText::new(event.start.to_string()).small().weak());
                        response
                    }
                };
                if is_cursor {
                    ui.painter().rect_stroke(
                        response.rect.expand(1.0),
                        2.0,
                        ui.visuals().selection.stroke,
                        egui::StrokeKind::Outside,
                    );
                    if focus.scroll_to_cursor {
                        response.scroll_to_me(None);
                    }
                }
                if response.clicked() {
                    activate_row(view, dataset, row);
                }
            }
        });
}

/// Selects what a row stands for.
pub fn activate_row(view: &mut ViewState, dataset: &Dataset, row: &ListRow) {
    match row {
        ListRow::Country { index, .. } => select_country(view, dataset, *index),
        ListRow::Event { index } => select_event(view, dataset, *index),
        ListRow::Group { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(rows: &[ListRow]) -> Vec<String> {
        rows.iter()
            .filter_map(|r| match r {
                ListRow::Group { title, count } => Some(format!("{title} ({count})")),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn groups_follow_the_date() {
        let dataset = crate::model::load_bundled().unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let rows_2010 = build_rows(&dataset, day(2010, 1, 1), "");
        assert!(
            titles(&rows_2010).contains(&"Members (6)".to_owned()),
            "{:?}",
            titles(&rows_2010)
        );
        let rows_2024 = build_rows(&dataset, day(2024, 8, 1), "");
        assert!(
            titles(&rows_2024).contains(&"Members (10)".to_owned()),
            "{:?}",
            titles(&rows_2024)
        );
    }

    #[test]
    fn search_narrows_countries_and_finds_events() {
        let dataset = crate::model::load_bundled().unwrap();
        let day = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap();
        let rows = build_rows(&dataset, day, "kaz");
        let countries: Vec<_> = rows
            .iter()
            .filter_map(|r| match r {
                ListRow::Country { index, .. } => {
                    Some(dataset.file().countries[*index].name.clone())
                }
                _ => None,
            })
            .collect();
        assert_eq!(countries, ["Kazakhstan"]);
        let rows = build_rows(&dataset, day, "peace mission");
        assert!(
            rows.iter()
                .filter(|r| matches!(r, ListRow::Event { .. }))
                .count()
                >= 10
        );
    }
}
