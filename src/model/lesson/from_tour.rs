//! A bundled tour (or any dataset's) turned into a lesson to edit: one view
//! step per tour step, its heading and note in every language the dataset has.

use super::{Lesson, LessonStep, LessonText, Tab};
use crate::lang::Lang;
use crate::model::{Dataset, StepView, Target, Text, Tour, country_name};

/// `tour` of `dataset` as a lesson in `lang`; `dataset_name` is how the
/// lesson names the dataset (a bundled name, or a path).
pub fn tour_lesson(dataset: &Dataset, dataset_name: &str, tour: &Tour, lang: Lang) -> Lesson {
    let mut lesson = Lesson::new(lang, "");
    lesson.title = all_languages(&tour.title);
    lesson.steps = dataset
        .presentation_steps(Some(tour.id.as_str()))
        .into_iter()
        .filter_map(|step| {
            let file = dataset.file();
            let (select, date, heading) = match step.target {
                Target::Event(e) => {
                    let event = file.events.get(e)?;
                    (
                        event.id.to_string(),
                        event.start.first_day(),
                        all_languages(&event.title),
                    )
                }
                Target::Country(c) => {
                    let country = file.countries.get(c)?;
                    let date = country
                        .statuses
                        .first()
                        .map_or(dataset.last_day(), |p| p.from.first_day());
                    let mut heading = LessonText::default();
                    for l in Lang::ALL {
                        heading.set(l, country_name(country, l).text.to_owned());
                    }
                    (country.code.to_string(), date, heading)
                }
            };
            Some(LessonStep::View {
                dataset: dataset_name.to_owned(),
                date: date.format("%Y-%m-%d").to_string(),
                select,
                tab: if step.view == StepView::Memberships {
                    Tab::Memberships
                } else {
                    Tab::Timeline
                },
                country: String::new(),
                compare: String::new(),
                hidden_kinds: Vec::new(),
                heading,
                note: step.note.as_ref().map(all_languages).unwrap_or_default(),
                bullets: Vec::new(),
            })
        })
        .collect();
    lesson
}

/// A dataset's text as a lesson's: every translation it has.
fn all_languages(text: &Text) -> LessonText {
    let mut made = LessonText::default();
    for lang in Lang::ALL {
        if let Some(t) = text.translation(lang) {
            made.set(lang, t.to_owned());
        }
    }
    made
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BUNDLED, lesson::lesson_from_str};

    #[test]
    fn every_bundled_tour_round_trips_through_a_lesson_file() {
        for bundled in BUNDLED {
            let dataset = bundled.load().unwrap();
            for tour in &dataset.file().tours {
                let lesson = tour_lesson(&dataset, bundled.name, tour, Lang::Ru);
                assert_eq!(lesson.steps.len(), tour.steps.len(), "{}", tour.id);
                let text = lesson.to_ron().unwrap();
                let again = lesson_from_str("tour.ron", &text)
                    .unwrap_or_else(|e| panic!("{}: {:#?}", tour.id, e.lines()));
                assert_eq!(again, lesson, "{}", tour.id);
                assert!(
                    lesson
                        .steps
                        .iter()
                        .all(|s| !s.heading().get(Lang::Zh).is_empty())
                );
            }
        }
    }
}
