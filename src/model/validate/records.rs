//! The checks of the organisation record and of the countries with their
//! status periods (the other records' checks are in `mod.rs`).

use super::{Checker, Records};
use crate::model::PartialDate;
use crate::model::locate::Seg;
use crate::model::report::Record;
use crate::model::types::{Country, Organisation};

impl Checker<'_, '_> {
    pub(in crate::model) fn check_organisation(&mut self, record: Record<'_>, org: &Organisation) {
        self.organisation_lengths(&record, org);
        self.non_empty(&record, &[Seg::Field("name")], "name", org.name.en());
        self.non_empty(
            &record,
            &[Seg::Field("short_name")],
            "short_name",
            org.short_name.en(),
        );
        self.check_cited(&record, (&org.founded.sources, vec![Seg::Field("founded")]));
        self.check_confidence(&record, &[Seg::Field("founded")], &org.founded.confidence);
        for (i, milestone) in org.milestones.iter().enumerate() {
            let path = vec![Seg::Field("milestones"), Seg::Index(i)];
            self.non_empty(&record, &path, "title", milestone.title.en());
            self.check_cited(&record, (&milestone.sources, path.clone()));
            self.check_confidence(&record, &path, &milestone.confidence);
        }
        for (i, body) in org.bodies.iter().enumerate() {
            let path = vec![Seg::Field("bodies"), Seg::Index(i)];
            self.non_empty(&record, &path, "name", body.name.en());
            self.check_cited(&record, (&body.sources, path.clone()));
            self.check_confidence(&record, &path, &body.confidence);
        }
        // A dataset that names no official language (BRICS has none) needs no
        // source for that; named languages need one.
        if !org.languages.is_empty() || !org.languages_sources.is_empty() {
            self.check_cited(&record, (&org.languages_sources, Vec::new()));
        }
        for (i, sg) in org.secretaries_general.iter().enumerate() {
            let path = vec![Seg::Field("secretaries_general"), Seg::Index(i)];
            self.non_empty(&record, &path, "name", sg.name.en());
            let mut at = path.clone();
            at.push(Seg::Field("country"));
            self.check_country_ref(&record, &at, &sg.country);
            self.check_span(&record, &path, sg.from, sg.to, ("from", "to"));
            self.check_cited(&record, (&sg.sources, path.clone()));
            self.check_confidence(&record, &path, &sg.confidence);
        }
    }

    pub(in crate::model) fn check_countries(
        &mut self,
        countries: &(impl Records<Country> + ?Sized),
    ) {
        for (record, country) in countries.each() {
            let Some(country) = country else {
                continue;
            };
            self.country_lengths(&record, country);
            self.check_code(&record, country);
            self.non_empty(&record, &[Seg::Field("name")], "name", country.name.en());
            let mut previous: Option<(usize, PartialDate, Option<PartialDate>)> = None;
            for (i, period) in country.statuses.iter().enumerate() {
                let path = vec![Seg::Field("statuses"), Seg::Index(i)];
                self.check_span(&record, &path, period.from, period.to, ("from", "to"));
                if !self.status_ids.contains(&period.status) {
                    let mut at = path.clone();
                    at.push(Seg::Field("status"));
                    let known = Self::listed(self.status_ids.iter());
                    self.report.push(
                        &record,
                        &at,
                        format!(
                            "unknown status \"{}\": declare it in `statuses`{known}",
                            period.status
                        ),
                    );
                }
                if let Some(event) = &period.decided_at
                    && !self.event_ids.contains(event)
                {
                    let mut at = path.clone();
                    at.push(Seg::Field("decided_at"));
                    self.report.push(
                        &record,
                        &at,
                        format!("unknown event \"{event}\" in decided_at: no event has this id"),
                    );
                }
                self.check_cited(&record, (&period.sources, path.clone()));
                self.check_confidence(&record, &path, &period.confidence);
                if let Some((prev_index, prev_from, prev_to)) = previous {
                    let overlaps =
                        prev_to.is_none_or(|to| to.first_day() > period.from.first_day());
                    if overlaps {
                        let until = prev_to
                            .map_or_else(|| "with no end".to_owned(), |to| format!("until {to}"));
                        let mut at = path.clone();
                        at.push(Seg::Field("from"));
                        self.report.push(
                            &record,
                            &at,
                            format!(
                                "status periods overlap: this one starts {} but period {} (from {prev_from}) runs {until}; end the earlier period on or before {}",
                                period.from,
                                prev_index + 1,
                                period.from
                            ),
                        );
                    } else if prev_from > period.from {
                        self.report.push(
                            &record,
                            &path,
                            "status periods must be in time order".to_owned(),
                        );
                    }
                }
                previous = Some((i, period.from, period.to));
            }
        }
    }

    /// A state's code looks like an ISO 3166-1 alpha-3 code; any other member's does not.
    fn check_code(&mut self, record: &Record<'_>, country: &Country) {
        let iso_like =
            country.code.len() == 3 && country.code.bytes().all(|b| b.is_ascii_uppercase());
        if country.state && !iso_like {
            self.report.push(
                record,
                &[Seg::Field("code")],
                format!("country code \"{}\" is not an ISO 3166-1 alpha-3 code: use three capital letters, e.g. \"KAZ\" (for a member that is not a state, add `state: false`)", country.code),
            );
        }
        if !country.state && (iso_like || crate::model::text::is_blank(&country.code)) {
            self.report.push(
                record,
                &[Seg::Field("code")],
                format!("\"{}\" is not a state, so its code must not look like an ISO 3166-1 alpha-3 code (three capital letters): use e.g. \"EU\" or \"UNDP\"", country.code),
            );
        }
    }
}
