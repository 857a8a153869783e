//! The dataset types: what a RON dataset file contains, field for field.
//!
//! These types are the documented file format (see README, "Dataset format").
//! Every struct rejects unknown fields so that a typo in a field name is an
//! error instead of being silently ignored.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;

/// An ISO 3166-1 alpha-3 country code such as `"KAZ"`, used to refer to a country.
pub type CountryCode = String;

/// The id of a source (`"S12"`), an event (`"summit-2013-bishkek"`) or a tour.
pub type Id = String;

/// How sure the dataset is of a record, copied from the fact sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    /// At least one source states the fact and none contradicts it.
    #[default]
    Sourced,
    /// No source confirmed the fact; the note says what is uncertain.
    Unverified(String),
    /// Sources disagree; the note gives both values and who says which.
    Conflict(String),
}

impl Confidence {
    /// The note to show beside the fact, if any.
    pub fn note(&self) -> Option<&str> {
        match self {
            Self::Sourced => None,
            Self::Unverified(note) | Self::Conflict(note) => Some(note),
        }
    }

    /// A short label: "sourced", "unverified" or "conflict".
    pub fn label(&self) -> &'static str {
        match self {
            Self::Sourced => "sourced",
            Self::Unverified(_) => "unverified",
            Self::Conflict(_) => "conflict",
        }
    }
}

/// A whole dataset file: one organisation, its countries, events and sources.
///
/// In RON the root is written `Dataset( ... )`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Dataset", deny_unknown_fields)]
pub struct DatasetFile {
    /// Format version of the file; this program reads version 1.
    pub format_version: u32,
    /// Title shown in the window's top bar.
    pub title: String,
    /// One or two sentences about the dataset (what it covers, up to when).
    pub description: String,
    /// Facts about the organisation itself.
    pub organisation: Organisation,
    /// Every source that records cite, by id.
    pub sources: Vec<Source>,
    /// Countries and the history of their status in the organisation.
    pub countries: Vec<Country>,
    /// Summits, exercises and drills.
    pub events: Vec<Event>,
    /// Guided tours through the dataset (optional).
    #[serde(default)]
    pub tours: Vec<Tour>,
}

/// The organisation's own facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Full name, e.g. "Shanghai Cooperation Organisation".
    pub name: String,
    /// Abbreviation, e.g. "SCO".
    pub short_name: String,
    /// When and where the organisation was founded.
    pub founded: Milestone,
    /// Other dated milestones (charter signed, charter in force, ...).
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Permanent bodies and councils.
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// Official languages.
    pub languages: Vec<String>,
    /// Sources for the languages.
    pub languages_sources: Vec<Id>,
    /// Secretaries-General in order of office.
    #[serde(default)]
    pub secretaries_general: Vec<SecretaryGeneral>,
}

/// A dated fact about the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// What happened, e.g. "SCO Charter signed".
    pub title: String,
    /// When it happened.
    pub date: PartialDate,
    /// Where it happened, if known.
    #[serde(default)]
    pub place: Option<String>,
    /// Ids of the sources that state it.
    pub sources: Vec<Id>,
    /// How sure the dataset is.
    #[serde(default)]
    pub confidence: Confidence,
}

/// A body or council of the organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Name, e.g. "Secretariat".
    pub name: String,
    /// Seat (city), if it has one.
    #[serde(default)]
    pub seat: Option<String>,
    /// What it does.
    pub description: String,
    /// Ids of the sources.
    pub sources: Vec<Id>,
    /// How sure the dataset is.
    #[serde(default)]
    pub confidence: Confidence,
}

/// One Secretary-General and the term served.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SecretaryGeneral {
    /// Name.
    pub name: String,
    /// Country the Secretary-General came from.
    pub country: CountryCode,
    /// Start of the term.
    pub from: PartialDate,
    /// End of the term; `None` while in office.
    #[serde(default)]
    pub to: Option<PartialDate>,
    /// Anything worth knowing about the term.
    #[serde(default)]
    pub note: Option<String>,
    /// Ids of the sources.
    pub sources: Vec<Id>,
    /// How sure the dataset is.
    #[serde(default)]
    pub confidence: Confidence,
}

/// A cited source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Id that records cite, e.g. "S20".
    pub id: Id,
    /// Title of the page or article.
    pub title: String,
    /// Web address; must be http or https.
    pub url: String,
    /// Publisher, e.g. "Xinhua".
    #[serde(default)]
    pub publisher: Option<String>,
    /// Publication date, if known.
    #[serde(default)]
    pub date: Option<PartialDate>,
}

/// A country and the history of its status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code, e.g. "KAZ".
    pub code: CountryCode,
    /// English short name.
    pub name: String,
    /// Russian name, if filled in.
    #[serde(default)]
    pub name_ru: Option<String>,
    /// Chinese name, if filled in.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// Status periods in time order; periods must not overlap.
    pub statuses: Vec<StatusPeriod>,
    /// Anything worth knowing about the country's relation to the organisation.
    #[serde(default)]
    pub note: Option<String>,
}

/// A country's status in the organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Member of the Shanghai Five (1996-2001), the SCO's forerunner.
    ShanghaiFive,
    /// Full member state.
    Member,
    /// Observer state (until the 2025 merger into "SCO partner").
    Observer,
    /// Dialogue partner (until the 2025 merger into "SCO partner").
    DialoguePartner,
    /// "SCO partner", the single category created in 2025.
    ScoPartner,
}

impl Status {
    /// All statuses, in display order.
    pub const ALL: [Self; 5] = [
        Self::ShanghaiFive,
        Self::Member,
        Self::Observer,
        Self::DialoguePartner,
        Self::ScoPartner,
    ];

    /// Human label, e.g. "Dialogue partner".
    pub fn label(self) -> &'static str {
        match self {
            Self::ShanghaiFive => "Shanghai Five",
            Self::Member => "Member",
            Self::Observer => "Observer",
            Self::DialoguePartner => "Dialogue partner",
            Self::ScoPartner => "SCO partner",
        }
    }
}

/// A period during which a country held one status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusPeriod {
    /// The status held.
    pub status: Status,
    /// First day of the status.
    pub from: PartialDate,
    /// Day the status ended (the next status starts the same day); `None` if current.
    #[serde(default)]
    pub to: Option<PartialDate>,
    /// Id of the event (usually a summit) where the status was decided.
    #[serde(default)]
    pub decided_at: Option<Id>,
    /// Context, e.g. "Memorandum signed 2013-04-26 in Almaty".
    #[serde(default)]
    pub note: Option<String>,
    /// Ids of the sources.
    pub sources: Vec<Id>,
    /// How sure the dataset is.
    #[serde(default)]
    pub confidence: Confidence,
}

/// What kind of event a record is; decides the timeline lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EventKind {
    /// A meeting of heads of state (Shanghai Five meetings and SCO summits).
    Summit,
    /// A meeting of the Council of Heads of Government (prime ministers).
    GovernmentMeeting,
    /// A military counter-terrorism exercise (e.g. Peace Mission).
    MilitaryExercise,
    /// A security, law-enforcement or border exercise or operation.
    SecurityExercise,
    /// A civil-emergency or rescue drill.
    RescueDrill,
}

impl EventKind {
    /// All kinds, in lane order.
    pub const ALL: [Self; 5] = [
        Self::Summit,
        Self::GovernmentMeeting,
        Self::MilitaryExercise,
        Self::SecurityExercise,
        Self::RescueDrill,
    ];

    /// Human label for the kind.
    pub fn label(self) -> &'static str {
        match self {
            Self::Summit => "Summit",
            Self::GovernmentMeeting => "Heads of Government meeting",
            Self::MilitaryExercise => "Military exercise",
            Self::SecurityExercise => "Security / border exercise",
            Self::RescueDrill => "Rescue drill",
        }
    }

    /// Plural label for lane titles and filters.
    pub fn plural_label(self) -> &'static str {
        match self {
            Self::Summit => "Summits",
            Self::GovernmentMeeting => "Heads of Government",
            Self::MilitaryExercise => "Military exercises",
            Self::SecurityExercise => "Security & border",
            Self::RescueDrill => "Rescue drills",
        }
    }
}

/// How a summit was held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SummitFormat {
    /// All leaders met in one place.
    InPerson,
    /// A videoconference.
    Virtual,
    /// Some leaders in person, some by video.
    Hybrid,
}

impl SummitFormat {
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::InPerson => "In person",
            Self::Virtual => "Virtual (videoconference)",
            Self::Hybrid => "Hybrid",
        }
    }
}

/// Where an event took place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// City, range or region as the sources name it.
    #[serde(default)]
    pub city: Option<String>,
    /// Host country.
    #[serde(default)]
    pub country: Option<CountryCode>,
    /// Latitude in degrees north, where known.
    #[serde(default)]
    pub lat: Option<f64>,
    /// Longitude in degrees east, where known.
    #[serde(default)]
    pub lon: Option<f64>,
}

/// A summit, exercise or drill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id, e.g. "summit-2013-bishkek".
    pub id: Id,
    /// Kind of event; decides the timeline lane.
    pub kind: EventKind,
    /// Title, e.g. "13th SCO summit, Bishkek".
    pub title: String,
    /// First day (or month or year, when the day is not known).
    pub start: PartialDate,
    /// Last day, for events longer than one day.
    #[serde(default)]
    pub end: Option<PartialDate>,
    /// Where it took place.
    #[serde(default)]
    pub place: Place,
    /// Series, e.g. "Peace Mission", "Shanghai Five", "Heads of State Council".
    #[serde(default)]
    pub series: Option<String>,
    /// Number in its series (summits and Heads of Government meetings only).
    #[serde(default)]
    pub number: Option<u32>,
    /// How the meeting was held (summits and Heads of Government meetings only).
    #[serde(default)]
    pub format: Option<SummitFormat>,
    /// Notable outcomes, one line each.
    #[serde(default)]
    pub outcomes: Vec<String>,
    /// Countries that took part (exercises and drills).
    #[serde(default)]
    pub participants: Vec<CountryCode>,
    /// Countries that observed (exercises and drills).
    #[serde(default)]
    pub observers: Vec<CountryCode>,
    /// Approximate size, as the sources give it, e.g. "About 6,500 troops".
    #[serde(default)]
    pub size: Option<String>,
    /// Anything else worth knowing.
    #[serde(default)]
    pub note: Option<String>,
    /// Ids of the sources.
    pub sources: Vec<Id>,
    /// How sure the dataset is.
    #[serde(default)]
    pub confidence: Confidence,
}

/// A guided tour: an ordered list of steps for presenting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tour {
    /// Stable id, e.g. "ten-stops".
    pub id: Id,
    /// Title shown to the class.
    pub title: String,
    /// Steps in order.
    pub steps: Vec<TourStep>,
}

/// One step of a tour: an event or a country, with an optional teacher's note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TourStep {
    /// Event id or country code shown at this step.
    pub target: Id,
    /// Note for the teacher (shown in the presenter view only).
    #[serde(default)]
    pub note: Option<String>,
}
