//! The membership list: countries grouped by their status on the "as of" date,
//! plus matching events while a search is active.
//!
//! This list is also the keyboard and screen-reader route through the data:
//! every row is a labelled, focusable widget (the plot canvas is opaque to
//! assistive technology).

use chrono::NaiveDate;
use egui::{RichText, Ui};

use super::status_color;
use crate::actions::Action;
use crate::i18n::{Lang, dates};
use crate::model::{
    Compared, Comparison, Dataset, Pair, PartialDate, Target, country_matches, country_name,
};
use crate::state::ViewState;
use crate::tr;

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
        /// Index of the status held on the date, for the colour chip.
        status: Option<usize>,
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

    /// What selecting the row selects.
    pub fn target(&self) -> Option<Target> {
        match self {
            Self::Country { index, .. } => Some(Target::Country(*index)),
            Self::Event { index } => Some(Target::Event(*index)),
            Self::Group { .. } => None,
        }
    }
}

/// The list's rows for a date and search text (cached until either changes),
/// and its keyboard cursor. Owned by the members panel; not persisted.
#[derive(Clone, Debug, Default)]
pub struct MemberList {
    key: Option<(NaiveDate, String, Lang)>,
    rows: Vec<ListRow>,
    /// The row the keyboard cursor is on (↑/↓ move it, Enter selects it).
    cursor: Option<usize>,
    /// Put keyboard focus in the search box on the next frame.
    focus_search: bool,
    /// Scroll the cursor row into view on the next frame.
    scroll_to_cursor: bool,
    /// In compare mode, what the groups were built for, and the groups.
    compare_key: Option<(NaiveDate, String, Lang)>,
    compare_groups: Vec<CompareGroup>,
    /// In compare mode, the keyboard cursor: a country's place in the comparison.
    compare_cursor: Option<usize>,
}

impl MemberList {
    /// Rebuilds the rows if the view's date or search changed since last time.
    pub fn refresh(&mut self, dataset: &Dataset, view: &ViewState) {
        if self.key.as_ref().is_none_or(|(day, search, lang)| {
            *day != view.as_of || *search != view.search || *lang != view.lang
        }) {
            self.rows = build_rows(dataset, view.as_of, &view.search, view.lang);
            self.key = Some((view.as_of, view.search.clone(), view.lang));
            self.cursor = None;
        }
    }

    /// Forgets the rows and the cursor (after a new dataset is loaded).
    pub fn invalidate(&mut self) {
        self.key = None;
        self.cursor = None;
        self.compare_key = None;
        self.compare_cursor = None;
    }

    /// In compare mode, rebuilds the groups (and drops the cursor) if the
    /// view's date, search or language changed since last time; comparing
    /// with another organisation invalidates the list.
    pub fn refresh_compare(&mut self, dataset: &Dataset, compared: &Compared, view: &ViewState) {
        if self.compare_key.as_ref().is_none_or(|(day, search, lang)| {
            *day != view.as_of || *search != view.search || *lang != view.lang
        }) {
            self.compare_groups = compare_groups(dataset, compared, view);
            self.compare_key = Some((view.as_of, view.search.clone(), view.lang));
            self.compare_cursor = None;
        }
    }

    /// Asks for the keyboard focus in the search box on the next frame.
    pub fn focus_search(&mut self) {
        self.focus_search = true;
    }

    /// Moves the keyboard cursor `step` selectable rows down (negative: up),
    /// starting from the selected country when there is no cursor yet.
    pub fn move_cursor(&mut self, dataset: &Dataset, view: &ViewState, step: isize) {
        self.refresh(dataset, view);
        let selectable: Vec<usize> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.is_selectable())
            .map(|(i, _)| i)
            .collect();
        let Some(last) = selectable.len().checked_sub(1) else {
            self.cursor = None;
            return;
        };
        let start = self.cursor.or_else(|| {
            let selected = view.selected_country(dataset)?;
            self.rows
                .iter()
                .position(|r| matches!(r, ListRow::Country { index, .. } if *index == selected))
        });
        let position = start.and_then(|s| selectable.iter().position(|&i| i == s));
        let next = cursor_step(position, last, step);
        self.cursor = selectable.get(next).copied();
        self.scroll_to_cursor = true;
    }

    /// In compare mode, moves the keyboard cursor `step` countries down the
    /// compare list (negative: up), from the selected country when there is
    /// no cursor yet.
    pub fn move_compare_cursor(
        &mut self,
        dataset: &Dataset,
        compared: &Compared,
        view: &ViewState,
        step: isize,
    ) {
        self.refresh_compare(dataset, compared, view);
        let order: Vec<usize> = self
            .compare_groups
            .iter()
            .flat_map(|group| group.rows.iter().filter_map(|row| row.index))
            .collect();
        let Some(last) = order.len().checked_sub(1) else {
            self.compare_cursor = None;
            return;
        };
        let selected = match &view.selection {
            crate::state::Selection::Country(code) => compared.comparison.index_of(code),
            _ => None,
        };
        let position = self
            .compare_cursor
            .or(selected)
            .and_then(|k| order.iter().position(|&o| o == k));
        let next = cursor_step(position, last, step);
        self.compare_cursor = order.get(next).copied();
        self.scroll_to_cursor = true;
    }

    /// In compare mode, the country under the cursor (its place in the
    /// comparison), unless the date, search or language changed since it moved.
    pub fn compare_cursor(&self, view: &ViewState) -> Option<usize> {
        let current = self
            .compare_key
            .as_ref()
            .is_some_and(|(day, search, lang)| {
                *day == view.as_of && *search == view.search && *lang == view.lang
            });
        self.compare_cursor.filter(|_| current)
    }

    /// What the cursor row stands for; with no cursor, the first selectable row
    /// (so Enter in the search box picks the first match).
    pub fn target_at_cursor(&self) -> Option<Target> {
        let row = match self.cursor {
            Some(i) => self.rows.get(i),
            None => self.rows.iter().find(|r| r.is_selectable()),
        };
        row.and_then(ListRow::target)
    }
}

/// Which group a country is listed in on `day` (its position, title), the
/// note after its name, and its status for the colour chip. Groups follow the
/// dataset's statuses in their declared order, then former and future ones.
fn country_group(
    dataset: &Dataset,
    index: usize,
    day: NaiveDate,
    lang: Lang,
) -> (usize, String, String, Option<usize>) {
    let statuses = dataset.statuses();
    if let Some(period) = dataset.status_on(index, day)
        && let Some(position) = dataset.status_index(&period.status)
        && let Some(def) = statuses.get(position)
    {
        return (
            position,
            def.plural.text(lang).to_owned(),
            tr!(lang, "list-since", date = &period.from.to_string()),
            Some(position),
        );
    }
    let periods = dataset
        .file()
        .countries
        .get(index)
        .map_or(&[][..], |c| c.statuses.as_slice());
    if let Some(last) = periods.iter().rev().find(|p| p.from.first_day() <= day) {
        let label = super::status_label(dataset, &last.status, lang);
        let detail = match last.to {
            Some(to) => tr!(
                lang,
                "list-former-until",
                status = label,
                date = &to.to_string()
            ),
            None => label.to_owned(),
        };
        (statuses.len(), tr!(lang, "list-group-former"), detail, None)
    } else {
        let first: Option<PartialDate> = periods.first().map(|p| p.from);
        let detail = first
            .map(|d| tr!(lang, "list-from", date = &d.to_string()))
            .unwrap_or_default();
        (
            statuses.len() + 1,
            tr!(lang, "list-group-not-yet"),
            detail,
            None,
        )
    }
}

/// Builds the grouped rows for a date, filtered by the search text.
pub fn build_rows(dataset: &Dataset, day: NaiveDate, search: &str, lang: Lang) -> Vec<ListRow> {
    let search = crate::model::search_needle(search);
    let file = dataset.file();
    let mut groups: Vec<(String, Vec<ListRow>)> = Vec::new();
    let mut push = |title: &str, row: ListRow| {
        if let Some((_, rows)) = groups.iter_mut().find(|(t, _)| t == title) {
            rows.push(row);
        } else {
            groups.push((title.to_owned(), vec![row]));
        }
    };
    let mut ordered: Vec<(usize, String, ListRow)> = Vec::new();
    for (index, country) in file.countries.iter().enumerate() {
        if !country_matches(country, &search) {
            continue;
        }
        let (group, title, detail, status) = country_group(dataset, index, day, lang);
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
    // Compared by reference: a key function would clone each name per comparison.
    let name = |row: &ListRow| match row {
        ListRow::Country { index, .. } => file
            .countries
            .get(*index)
            .map(|c| country_name(c, lang).text),
        _ => None,
    };
    ordered.sort_by(|a, b| (a.0, name(&a.2)).cmp(&(b.0, name(&b.2))));
    for (_, title, row) in ordered {
        push(&title, row);
    }
    let events_title = tr!(lang, "list-group-events");
    if !search.is_empty() {
        for &index in dataset.events_in_time_order() {
            let Some(event) = file.events.get(index) else {
                continue;
            };
            if crate::model::event_matches(event, &search) {
                push(&events_title, ListRow::Event { index });
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

/// The membership list panel; in compare mode, the three groups of the comparison.
pub fn members_panel_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    compared: Option<&Compared>,
    view: &mut ViewState,
    list: &mut MemberList,
    actions: &mut Vec<Action>,
) {
    list.refresh(dataset, view);
    header_ui(ui, dataset, view, list, actions);
    ui.separator();
    if let Some(compared) = compared {
        compare_list_ui(ui, (dataset, compared), view, list, actions);
        return;
    }
    let scroll_to_cursor = std::mem::take(&mut list.scroll_to_cursor);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if list.rows.is_empty() {
                ui.label(RichText::new(tr!(view.lang, "list-no-match")).weak());
            }
            for (row_index, row) in list.rows.iter().enumerate() {
                let Some(response) = row_ui(ui, dataset, view, row) else {
                    continue;
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
            }
        });
}

/// The heading, the date, the search box and the headcounts.
fn header_ui(
    ui: &mut Ui,
    dataset: &Dataset,
    view: &mut ViewState,
    list: &mut MemberList,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    ui.add_space(4.0);
    ui.heading(tr!(lang, "list-heading"));
    ui.label(
        RichText::new(tr!(
            lang,
            "list-status-as-of",
            date = &dates::day(lang, view.as_of)
        ))
        .small()
        .weak(),
    );
    ui.add_space(2.0);
    let search_response = ui
        .horizontal(|ui| {
            let label = ui.label(tr!(lang, "list-search"));
            let edit = egui::TextEdit::singleline(&mut view.search)
                .hint_text(tr!(lang, "list-search-hint"))
                .desired_width(f32::INFINITY);
            ui.add(edit).labelled_by(label.id)
        })
        .inner;
    if std::mem::take(&mut list.focus_search) {
        search_response.request_focus();
    }
    // Enter picks the first match; ↓ goes from the box into the list.
    if search_response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        actions.push(Action::ListActivate);
    }
    if search_response.has_focus()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown))
    {
        actions.push(Action::ListDown);
    }
    ui.label(RichText::new(super::headcount_text(dataset, view.as_of, " · ", lang)).small());
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
                ui.label(RichText::new(detail).small().weak());
                response
            });
            Some(response.inner)
        }
        ListRow::Event { index } => {
            let event = dataset.file().events.get(*index)?;
            let response = ui.selectable_label(selected_e == Some(*index), event.title.text(lang));
            ui.label(RichText::new(event.start.to_string()).small().weak());
            Some(response)
        }
    }
}

/// Where a cursor at `position` (of rows `0..=last`) goes `step` rows on;
/// with no cursor yet, down starts at the top and up at the bottom.
fn cursor_step(position: Option<usize>, last: usize, step: isize) -> usize {
    match position {
        None if step > 0 => 0,
        None => last,
        Some(p) => p.saturating_add_signed(step).min(last),
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

/// One row of the compare list.
#[derive(Clone, Debug)]
struct CompareRow {
    pair: Pair,
    /// The country's name.
    name: String,
    /// Its place in the comparison (what selecting it selects).
    index: Option<usize>,
    /// "SCO: Member · ASEAN: Dialogue partner".
    detail: String,
}

/// A group of the compare list with its heading ("In both (9)").
#[derive(Clone, Debug)]
struct CompareGroup {
    heading: String,
    rows: Vec<CompareRow>,
}

/// The compare list's groups on the view's date, each sorted by name and
/// narrowed by the search: in both organisations, only in the first, only in
/// the second, each country with its status in each.
fn compare_groups(dataset: &Dataset, compared: &Compared, view: &ViewState) -> Vec<CompareGroup> {
    let lang = view.lang;
    let other = &compared.dataset;
    let groups = compared.comparison.groups_on(dataset, other, view.as_of);
    let short_a = dataset.file().organisation.short_name.text(lang);
    let short_b = other.file().organisation.short_name.text(lang);
    let needle = crate::model::search_needle(&view.search);
    let status = |d: &Dataset, p: Option<&crate::model::StatusPeriod>| {
        p.map_or_else(
            || tr!(lang, "compare-no-status"),
            |p| super::status_label(d, &p.status, lang).to_owned(),
        )
    };
    [
        (tr!(lang, "compare-both"), &groups.both),
        (tr!(lang, "compare-only", org = short_a), &groups.only_a),
        (tr!(lang, "compare-only", org = short_b), &groups.only_b),
    ]
    .into_iter()
    .map(|(title, pairs)| {
        let mut rows: Vec<CompareRow> = pairs
            .iter()
            .filter_map(|&pair| {
                let country = Comparison::country(pair, dataset, other)?;
                country_matches(country, &needle).then(|| {
                    let (in_a, in_b) = Comparison::statuses_on(pair, dataset, other, view.as_of);
                    CompareRow {
                        pair,
                        name: country_name(country, lang).text.to_owned(),
                        index: compared.comparison.index_of(&country.code),
                        detail: tr!(
                            lang,
                            "compare-statuses",
                            a = short_a,
                            a_status = &status(dataset, in_a),
                            b = short_b,
                            b_status = &status(other, in_b)
                        ),
                    }
                })
            })
            .collect();
        rows.sort_by(|x, y| x.name.cmp(&y.name));
        let heading = tr!(
            lang,
            "list-group-heading",
            title = &title,
            count = rows.len()
        );
        CompareGroup { heading, rows }
    })
    .collect()
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
        let rows_2010 = build_rows(&dataset, day(2010, 1, 1), "", Lang::En);
        assert!(
            titles(&rows_2010).contains(&"Members (6)".to_owned()),
            "{:?}",
            titles(&rows_2010)
        );
        let rows_2024 = build_rows(&dataset, day(2024, 8, 1), "", Lang::En);
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
        let rows = build_rows(&dataset, day, "kaz", Lang::En);
        let countries: Vec<_> = rows
            .iter()
            .filter_map(|r| match r {
                ListRow::Country { index, .. } => {
                    Some(dataset.file().countries[*index].name.en().to_owned())
                }
                _ => None,
            })
            .collect();
        assert_eq!(countries, ["Kazakhstan"]);
        let rows = build_rows(&dataset, day, "peace mission", Lang::En);
        assert!(
            rows.iter()
                .filter(|r| matches!(r, ListRow::Event { .. }))
                .count()
                >= 10
        );
    }
}
