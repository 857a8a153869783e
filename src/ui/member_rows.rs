//! The rows of the membership list, worked out when the date, search or
//! language changes (not every frame): countries grouped by status, matching
//! events, the compare list's three groups, and the keyboard cursor over them.
//! No drawing here.

use crate::i18n::Lang;
use crate::model::{
    Compared, Comparison, Dataset, Pair, PartialDate, SearchHits, Target, country_matches,
    country_name,
};
use crate::state::ViewState;
use crate::tr;
use chrono::NaiveDate;

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

/// The list's rows for a date and search (cached until either changes),
/// and its keyboard cursor. Owned by the members panel; not persisted.
#[derive(Clone, Debug, Default)]
pub struct MemberList {
    /// What the rows were built for: the date, the needle of the search hits
    /// (empty for none) and the language.
    key: Option<(NaiveDate, String, Lang)>,
    pub(super) rows: Vec<ListRow>,
    /// The rows' heights as drawn, so a long list draws only those in view.
    pub(super) heights: super::row_window::RowHeights,
    /// The row the keyboard cursor is on (↑/↓ move it, Enter selects it).
    pub(super) cursor: Option<usize>,
    /// Put keyboard focus in the search box on the next frame.
    pub(super) focus_search: bool,
    /// Scroll the cursor row into view on the next frame.
    pub(super) scroll_to_cursor: bool,
    /// In compare mode, what the groups were built for, and the groups.
    compare_key: Option<(NaiveDate, String, Lang)>,
    pub(super) compare_groups: Vec<CompareGroup>,
    /// In compare mode, the keyboard cursor: a country's place in the comparison.
    pub(super) compare_cursor: Option<usize>,
}

impl MemberList {
    /// Rebuilds the rows if the view's date or language or the search hits
    /// changed since last time.
    pub fn refresh(&mut self, dataset: &Dataset, hits: Option<&SearchHits>, view: &ViewState) {
        let needle = hits.map_or("", |h| h.needle.as_str());
        if self.key.as_ref().is_none_or(|(day, built_for, lang)| {
            *day != view.as_of || built_for != needle || *lang != view.lang
        }) {
            self.rows = build_rows(dataset, view.as_of, hits, view.lang);
            self.heights.reset(self.rows.len());
            self.key = Some((view.as_of, needle.to_owned(), view.lang));
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
    pub fn move_cursor(
        &mut self,
        dataset: &Dataset,
        hits: Option<&SearchHits>,
        view: &ViewState,
        step: isize,
    ) {
        self.refresh(dataset, hits, view);
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
        self.rows.get(self.cursor?).and_then(ListRow::target)
    }

    /// What the highlighted row selects, else the first row that selects
    /// something (Enter in the search box: the first match).
    pub fn target_at_cursor_or_first(&self) -> Option<Target> {
        self.target_at_cursor().or_else(|| {
            self.rows
                .iter()
                .find(|r| r.is_selectable())
                .and_then(ListRow::target)
        })
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
            tr!(
                lang,
                "list-since",
                date = &crate::i18n::dates::partial_short(lang, period.from)
            ),
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
            .map(|d| {
                tr!(
                    lang,
                    "list-from",
                    date = &crate::i18n::dates::partial_short(lang, d)
                )
            })
            .unwrap_or_default();
        (
            statuses.len() + 1,
            tr!(lang, "list-group-not-yet"),
            detail,
            None,
        )
    }
}

/// Builds the grouped rows for a date: with search hits, the matching
/// countries and then the matching events in time order.
pub fn build_rows(
    dataset: &Dataset,
    day: NaiveDate,
    hits: Option<&SearchHits>,
    lang: Lang,
) -> Vec<ListRow> {
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
    for index in 0..file.countries.len() {
        if hits.is_some_and(|h| !h.country(index)) {
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
    if let Some(hits) = hits {
        for &index in dataset.events_in_time_order() {
            if hits.event(index) {
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

/// Where a cursor at `position` (of rows `0..=last`) goes `step` rows on;
/// with no cursor yet, down starts at the top and up at the bottom.
fn cursor_step(position: Option<usize>, last: usize, step: isize) -> usize {
    match position {
        None if step > 0 => 0,
        None => last,
        Some(p) => p.saturating_add_signed(step).min(last),
    }
}

/// One row of the compare list.
#[derive(Clone, Debug)]
pub(super) struct CompareRow {
    pub(super) pair: Pair,
    /// The country's name.
    pub(super) name: String,
    /// Its place in the comparison (what selecting it selects).
    pub(super) index: Option<usize>,
    /// "SCO: Member · ASEAN: Dialogue partner".
    pub(super) detail: String,
}

/// A group of the compare list with its heading ("In both (9)").
#[derive(Clone, Debug)]
pub(super) struct CompareGroup {
    pub(super) heading: String,
    pub(super) rows: Vec<CompareRow>,
}

/// The compare list's groups on the view's date, each sorted by name and
/// narrowed by the search: in both organisations, only in the first, only in
/// the second, each country with its status in each.
pub(super) fn compare_groups(
    dataset: &Dataset,
    compared: &Compared,
    view: &ViewState,
) -> Vec<CompareGroup> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(dataset: &Dataset, needle: &str) -> SearchHits {
        crate::model::SearchIndex::new(dataset)
            .find(needle, &|| false)
            .unwrap()
    }

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
        let rows_2010 = build_rows(&dataset, day(2010, 1, 1), None, Lang::En);
        assert!(
            titles(&rows_2010).contains(&"Members (6)".to_owned()),
            "{:?}",
            titles(&rows_2010)
        );
        let rows_2024 = build_rows(&dataset, day(2024, 8, 1), None, Lang::En);
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
        let rows = build_rows(&dataset, day, Some(&hits(&dataset, "kaz")), Lang::En);
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
        let rows = build_rows(
            &dataset,
            day,
            Some(&hits(&dataset, "peace mission")),
            Lang::En,
        );
        assert!(
            rows.iter()
                .filter(|r| matches!(r, ListRow::Event { .. }))
                .count()
                >= 10
        );
    }
}
