//! Small pieces between lessons and the explorer: how a step names its
//! dataset, the heading a new step gets, and a tour turned into a lesson.

use std::path::Path;

use crate::lang::Lang;
use crate::model::lesson::{Lesson, tour_lesson};
use crate::model::{Dataset, country_name, find_bundled};
use crate::session::Session;
use crate::state::{Selection, ViewState};
use crate::view_code::CodeDataset;

/// The dataset a step names: a bundled one by its name, else a file, by a
/// path relative to the lesson's folder (`dir`) unless absolute.
pub(super) fn code_dataset(name: &str, dir: Option<&Path>) -> CodeDataset {
    if !name.ends_with(".ron")
        && let Some(bundled) = find_bundled(name)
    {
        return CodeDataset::Bundled(bundled.name.to_owned());
    }
    let path = Path::new(name);
    let path = match dir {
        Some(dir) if path.is_relative() => dir.join(path),
        _ => path.to_owned(),
    };
    CodeDataset::File(path.display().to_string())
}

/// The heading a new step starts with: the selection's title, else the
/// organisation and the date.
pub(super) fn view_heading(dataset: &Dataset, view: &ViewState, lang: Lang) -> String {
    let file = dataset.file();
    match &view.selection {
        Selection::Event(id) => dataset
            .event(id)
            .map(|e| e.title.text(lang).to_owned())
            .unwrap_or_default(),
        Selection::Country(code) => dataset
            .country(code)
            .map(|c| country_name(c, lang).text.to_owned())
            .unwrap_or_default(),
        Selection::None => format!(
            "{}, {}",
            file.organisation.short_name.text(lang),
            crate::i18n::dates::day(lang, view.as_of)
        ),
    }
}

/// The tour `id` of the dataset on screen as a new lesson in the interface's language.
pub(super) fn tour_as_lesson(session: &Session, id: &str, lang: Lang) -> Option<Lesson> {
    let dataset = session.dataset();
    let tour = dataset.file().tours.iter().find(|t| t.id == id)?;
    let name = match session.path() {
        Some(path) => path.display().to_string(),
        None => crate::model::BUNDLED
            .iter()
            .find(|b| b.display_name == dataset.name())
            .map_or("sco", |b| b.name)
            .to_owned(),
    };
    Some(tour_lesson(dataset, &name, tour, lang))
}
