//! The dataset types: what a RON dataset file contains, field for field.
//!
//! These types are the documented file format (see README, "Dataset format").
//! Every struct rejects unknown fields so that a typo in a field name is an
//! error instead of being silently ignored.
//!
//! Adding a field, the checklist:
//! 1. the field here, with `#[serde(default)]` if older files lack it;
//! 2. its checks in `validate/` (with an invalid fixture in `tests/fixtures/invalid/`
//!    whose problem names its line and column);
//! 3. version 1 (`v1.rs`): what an old file means for it;
//! 4. `export` (JSON, and CSV for events) and `generate` (synthetic datasets);
//! 5. if it is text a reader sees: `Text`, and `translations.rs`'s list of text fields;
//! 6. a valid fixture using it, and README's "Dataset format" table;
//! 7. where it is shown (details pane, slides), with a scene if it changes pixels.

use serde::{Deserialize, Serialize};
pub use smol_str::SmolStr;

use super::date::PartialDate;
pub use super::look::{Marker, Rgb};
pub use super::text::{Shown, Text};

/// An ISO 3166-1 alpha-3 country code such as `"KAZ"`, used to refer to a country.
///
/// A [`SmolStr`]: codes of up to 23 bytes are stored inline, without a heap
/// allocation of their own, which matters with a hundred thousand events naming
/// a few countries each. It reads like a `&str` (`Deref`, `Display`,
/// comparisons with `str` and `String`).
pub type CountryCode = SmolStr;

/// The id of a source (`"S12"`), an event (`"summit-2013-bishkek"`), a tour,
/// or a declared status or kind. A [`SmolStr`] like [`CountryCode`], for the
/// same reason.
pub type Id = SmolStr;

/// How sure the dataset is of a record, copied from the fact sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    /// At least one source states the fact and none contradicts it.
    #[default]
    Sourced,
    /// No source confirmed the fact; the note says what is uncertain.
    Unverified(Text),
    /// Sources disagree; the note gives both values and who says which.
    Conflict(Text),
}

impl Confidence {
    /// The note to show beside the fact, if any.
    pub fn note(&self) -> Option<&Text> {
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
    /// Format version of the file: 1 (the SCO's statuses and kinds built in) or 2.
    pub format_version: u32,
    /// Title shown in the window's top bar.
    pub title: Text,
    /// One or two sentences about the dataset (what it covers, up to when).
    pub description: Text,
    /// Facts about the organisation itself.
    pub organisation: Organisation,
    /// The statuses this organisation gives, in display order (members first).
    /// Declared in the file from version 2; version 1 files imply the SCO's.
    #[serde(default)]
    pub statuses: Vec<StatusDef>,
    /// The kinds of event, in timeline lane order (top first).
    /// Declared in the file from version 2; version 1 files imply the SCO's.
    #[serde(default)]
    pub kinds: Vec<KindDef>,
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
    pub name: Text,
    /// Abbreviation, e.g. "SCO".
    pub short_name: Text,
    /// When and where the organisation was founded.
    pub founded: Milestone,
    /// Other dated milestones (charter signed, charter in force, ...).
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Permanent bodies and councils.
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// Official languages.
    pub languages: Vec<Text>,
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
    pub title: Text,
    /// When it happened.
    pub date: PartialDate,
    /// Where it happened, if known.
    #[serde(default)]
    pub place: Option<Text>,
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
    pub name: Text,
    /// Seat (city), if it has one.
    #[serde(default)]
    pub seat: Option<Text>,
    /// What it does.
    pub description: Text,
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
    pub name: Text,
    /// Country the Secretary-General came from.
    pub country: CountryCode,
    /// Start of the term.
    pub from: PartialDate,
    /// End of the term; `None` while in office.
    #[serde(default)]
    pub to: Option<PartialDate>,
    /// Anything worth knowing about the term.
    #[serde(default)]
    pub note: Option<Text>,
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
    /// ISO 3166-1 alpha-3 code, e.g. "KAZ" (for states), or a short code that is
    /// not three capital letters, e.g. "EU" (for members that are not states).
    pub code: CountryCode,
    /// Short name (English, with translations where the dataset gives them;
    /// states without one get CLDR's Russian and Chinese names).
    pub name: Text,
    /// Russian name (the older way to give one; prefer `name: Tr(...)`).
    #[serde(default)]
    pub name_ru: Option<String>,
    /// Chinese name (the older way to give one; prefer `name: Tr(...)`).
    #[serde(default)]
    pub name_zh: Option<String>,
    /// Whether this is a state (with an ISO 3166-1 alpha-3 code and a place on
    /// the map); `false` for organisations such as the European Union, whose
    /// codes must not look like ISO codes (e.g. "EU", "UNDP").
    #[serde(default = "is_true", skip_serializing_if = "is_true_ref")]
    pub state: bool,
    /// Status periods in time order; periods must not overlap.
    pub statuses: Vec<StatusPeriod>,
    /// Anything worth knowing about the country's relation to the organisation.
    #[serde(default)]
    pub note: Option<Text>,
}

/// A period during which a country held one status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusPeriod {
    /// The status held: the id of one of the dataset's [`StatusDef`]s.
    pub status: Id,
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
    pub note: Option<Text>,
    /// Ids of the sources.
    pub sources: Vec<Id>,
    /// How sure the dataset is.
    #[serde(default)]
    pub confidence: Confidence,
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
    pub city: Option<Text>,
    /// Host country.
    #[serde(default)]
    pub country: Option<CountryCode>,
    /// Latitude in degrees north, where known.
    #[serde(default)]
    pub lat: Option<f64>,
    /// Longitude in degrees east, where known.
    #[serde(default)]
    pub lon: Option<f64>,
    /// The source of `lat` and `lon` (a source id, e.g. a GeoNames record).
    #[serde(default)]
    pub located_by: Option<Id>,
    /// The place is an area (a training range, region, border or several
    /// places at once): it has no single point, says so, and gets no dot.
    #[serde(default, skip_serializing_if = "is_false")]
    pub area: bool,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !*value
}

/// A summit, exercise or drill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id, e.g. "summit-2013-bishkek".
    pub id: Id,
    /// Kind of event: the id of one of the dataset's [`KindDef`]s (its timeline lane).
    pub kind: Id,
    /// Title, e.g. "13th SCO summit, Bishkek".
    pub title: Text,
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
    pub series: Option<Text>,
    /// Numbers in its series (numbered kinds only): one for most summits, two
    /// for joint meetings (e.g. ASEAN's 28th and 29th), none for informal ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub numbers: Vec<u32>,
    /// How the meeting was held (numbered kinds only).
    #[serde(default)]
    pub format: Option<SummitFormat>,
    /// Notable outcomes, one line each.
    #[serde(default)]
    pub outcomes: Vec<Text>,
    /// Countries that took part (exercises and drills).
    #[serde(default)]
    pub participants: Vec<CountryCode>,
    /// Countries that observed (exercises and drills).
    #[serde(default)]
    pub observers: Vec<CountryCode>,
    /// Approximate size, as the sources give it, e.g. "About 6,500 troops".
    #[serde(default)]
    pub size: Option<Text>,
    /// Anything else worth knowing.
    #[serde(default)]
    pub note: Option<Text>,
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
    pub title: Text,
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
    pub note: Option<Text>,
    /// What the slide shows of its target (a country's own record, or its
    /// memberships in every bundled organisation).
    #[serde(default, skip_serializing_if = "StepView::is_record")]
    pub view: StepView,
}

/// What a tour step's slide shows of its target.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepView {
    /// The event or the country as this dataset records it (and its map).
    #[default]
    Record,
    /// A country's status in every bundled organisation (and the opened
    /// dataset) on one date axis: the memberships slide.
    Memberships,
}

impl StepView {
    /// Whether this is the default, the step's own record.
    pub fn is_record(&self) -> bool {
        *self == Self::Record
    }
}

fn is_true() -> bool {
    true
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_true_ref(value: &bool) -> bool {
    *value
}

/// A status an organisation gives, declared once and named by id in status periods.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusDef {
    /// Id that status periods use, e.g. "member".
    pub id: Id,
    /// Label of one, e.g. "Dialogue partner".
    pub label: Text,
    /// Label of many, for list headings, e.g. "Dialogue partners".
    pub plural: Text,
    /// Colour on the light theme (map, chips, counts).
    pub color: Rgb,
    /// Colour on the dark theme.
    pub dark_color: Rgb,
    /// Whether holders count as members in the headcounts (e.g. full members).
    #[serde(default)]
    pub counts_as_member: bool,
}

/// A kind of event (a timeline lane), declared once and named by id in events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    /// Id that events use, e.g. "summit".
    pub id: Id,
    /// Label of one, e.g. "Summit".
    pub label: Text,
    /// Label of many: the lane's title and the filter's, e.g. "Summits".
    pub plural: Text,
    /// Colour on the light theme.
    pub color: Rgb,
    /// Colour on the dark theme.
    pub dark_color: Rgb,
    /// The markers' shape.
    pub marker: Marker,
    /// Whether events of this kind are numbered meetings (may carry `numbers` and `format`).
    #[serde(default)]
    pub numbered: bool,
}
