//! Format version 1: the SCO's statuses and event kinds built into the format
//! as fixed names (`status: Member`, `kind: Summit`), and one summit `number`.
//!
//! Version 1 files keep loading unchanged: their records are read with these
//! types and turned into the current ones, with the SCO's definitions
//! ([`sco_definitions`]) standing in for the `statuses` and `kinds` that
//! version 2 files declare themselves.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::types::{
    Confidence, Country, CountryCode, Event, Id, KindDef, Marker, Place, Rgb, StatusDef,
    StatusPeriod, SummitFormat,
};

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

impl Status {
    /// The id of this status in the definitions a version 1 file implies.
    pub fn id(self) -> &'static str {
        match self {
            Self::ShanghaiFive => "shanghai-five",
            Self::Member => "member",
            Self::Observer => "observer",
            Self::DialoguePartner => "dialogue-partner",
            Self::ScoPartner => "sco-partner",
        }
    }
}

impl EventKind {
    /// The id of this kind in the definitions a version 1 file implies.
    pub fn id(self) -> &'static str {
        match self {
            Self::Summit => "summit",
            Self::GovernmentMeeting => "government-meeting",
            Self::MilitaryExercise => "military-exercise",
            Self::SecurityExercise => "security-exercise",
            Self::RescueDrill => "rescue-drill",
        }
    }
}

/// The statuses and kinds a version 1 file implies: the SCO's, with the
/// colours and labels the app has always shown for them.
#[expect(
    clippy::too_many_lines,
    reason = "a data table: the SCO's statuses and kinds as version 1 implied them"
)]
pub fn sco_definitions() -> (Vec<StatusDef>, Vec<KindDef>) {
    let status = |s: Status, plural: &str, light: [u8; 3], dark: [u8; 3], member: bool| StatusDef {
        id: s.id().into(),
        label: s.label().into(),
        plural: plural.into(),
        color: Rgb(light),
        dark_color: Rgb(dark),
        counts_as_member: member,
    };
    let statuses = vec![
        status(
            Status::Member,
            "Members",
            [0x1f, 0x5f, 0xbf],
            [0x6a, 0xa8, 0xff],
            true,
        ),
        // Slate, not teal: teal was too close to the dialogue partners' green.
        status(
            Status::ShanghaiFive,
            "Shanghai Five",
            [0x59, 0x68, 0x78],
            [0xa9, 0xb8, 0xc6],
            true,
        ),
        status(
            Status::Observer,
            "Observers",
            [0xa6, 0x5f, 0x00],
            [0xf5, 0xb0, 0x41],
            false,
        ),
        status(
            Status::DialoguePartner,
            "Dialogue partners",
            [0x1e, 0x84, 0x49],
            [0x5c, 0xd6, 0x8d],
            false,
        ),
        status(
            Status::ScoPartner,
            "SCO partners",
            [0x7d, 0x3c, 0x98],
            [0xc3, 0x8b, 0xf0],
            false,
        ),
    ];
    let kind =
        |k: EventKind, light: [u8; 3], dark: [u8; 3], marker: Marker, numbered: bool| KindDef {
            id: k.id().into(),
            label: k.label().into(),
            plural: k.plural_label().into(),
            color: Rgb(light),
            dark_color: Rgb(dark),
            marker,
            numbered,
        };
    let kinds = vec![
        kind(
            EventKind::Summit,
            [0x1f, 0x5f, 0xbf],
            [0x6a, 0xa8, 0xff],
            Marker::Circle,
            true,
        ),
        kind(
            EventKind::GovernmentMeeting,
            [0xa8, 0x19, 0x6f],
            [0xf7, 0x7f, 0xc6],
            Marker::Down,
            true,
        ),
        kind(
            EventKind::MilitaryExercise,
            [0xc0, 0x39, 0x2b],
            [0xff, 0x7b, 0x6b],
            Marker::Up,
            false,
        ),
        kind(
            EventKind::SecurityExercise,
            [0x7d, 0x3c, 0x98],
            [0xc3, 0x8b, 0xf0],
            Marker::Square,
            false,
        ),
        kind(
            EventKind::RescueDrill,
            [0x1e, 0x84, 0x49],
            [0x5c, 0xd6, 0x8d],
            Marker::Plus,
            false,
        ),
    ];
    (statuses, kinds)
}

/// A version 1 country: statuses by fixed name, always a state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Country", deny_unknown_fields)]
pub struct V1Country {
    /// ISO 3166-1 alpha-3 code.
    pub code: CountryCode,
    /// English short name.
    pub name: String,
    /// Russian name.
    #[serde(default)]
    pub name_ru: Option<String>,
    /// Chinese name.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// Status periods.
    pub statuses: Vec<V1StatusPeriod>,
    /// Note.
    #[serde(default)]
    pub note: Option<String>,
}

/// A version 1 status period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "StatusPeriod", deny_unknown_fields)]
pub struct V1StatusPeriod {
    /// The status, by fixed name.
    pub status: Status,
    /// First day.
    pub from: PartialDate,
    /// Day it ended.
    #[serde(default)]
    pub to: Option<PartialDate>,
    /// Event where it was decided.
    #[serde(default)]
    pub decided_at: Option<Id>,
    /// Note.
    #[serde(default)]
    pub note: Option<String>,
    /// Sources.
    pub sources: Vec<Id>,
    /// Confidence.
    #[serde(default)]
    pub confidence: Confidence,
}

/// A version 1 event: kind by fixed name, at most one number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Event", deny_unknown_fields)]
pub struct V1Event {
    /// Id.
    pub id: Id,
    /// Kind, by fixed name.
    pub kind: EventKind,
    /// Title.
    pub title: String,
    /// Start.
    pub start: PartialDate,
    /// End.
    #[serde(default)]
    pub end: Option<PartialDate>,
    /// Place.
    #[serde(default)]
    pub place: Place,
    /// Series.
    #[serde(default)]
    pub series: Option<String>,
    /// Number in its series.
    #[serde(default)]
    pub number: Option<u32>,
    /// Format.
    #[serde(default)]
    pub format: Option<SummitFormat>,
    /// Outcomes.
    #[serde(default)]
    pub outcomes: Vec<String>,
    /// Participants.
    #[serde(default)]
    pub participants: Vec<CountryCode>,
    /// Observers.
    #[serde(default)]
    pub observers: Vec<CountryCode>,
    /// Size.
    #[serde(default)]
    pub size: Option<String>,
    /// Note.
    #[serde(default)]
    pub note: Option<String>,
    /// Sources.
    pub sources: Vec<Id>,
    /// Confidence.
    #[serde(default)]
    pub confidence: Confidence,
}

impl From<V1Country> for Country {
    fn from(c: V1Country) -> Self {
        Self {
            code: c.code,
            name: c.name.into(),
            name_ru: c.name_ru,
            name_zh: c.name_zh,
            state: true,
            statuses: c.statuses.into_iter().map(Into::into).collect(),
            note: c.note.map(Into::into),
        }
    }
}

impl From<V1StatusPeriod> for StatusPeriod {
    fn from(p: V1StatusPeriod) -> Self {
        Self {
            status: p.status.id().into(),
            from: p.from,
            to: p.to,
            decided_at: p.decided_at,
            note: p.note.map(Into::into),
            sources: p.sources,
            confidence: p.confidence,
        }
    }
}

impl From<V1Event> for Event {
    fn from(e: V1Event) -> Self {
        Self {
            id: e.id,
            kind: e.kind.id().into(),
            title: e.title.into(),
            start: e.start,
            end: e.end,
            place: e.place,
            series: e.series.map(Into::into),
            numbers: e.number.into_iter().collect(),
            format: e.format,
            outcomes: e.outcomes.into_iter().map(Into::into).collect(),
            participants: e.participants,
            observers: e.observers,
            size: e.size.map(Into::into),
            note: e.note.map(Into::into),
            sources: e.sources,
            confidence: e.confidence,
        }
    }
}
