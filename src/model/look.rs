//! How a dataset's statuses and kinds look: colours written `"#RRGGBB"` and
//! the shapes of timeline markers.

use serde::{Deserialize, Serialize};

/// A colour written `"#RRGGBB"` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub [u8; 3]);

impl Rgb {
    /// Parses `"#1f5fbf"`; `None` if it is not `#` and six hex digits.
    pub fn parse(text: &str) -> Option<Self> {
        let hex = text
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.bytes().all(|b| b.is_ascii_hexdigit()))?;
        let byte = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        };
        Some(Self([byte(0)?, byte(2)?, byte(4)?]))
    }
}

impl std::fmt::Display for Rgb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl Serialize for Rgb {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a colour: write \"#\" and six hex digits, e.g. \"#1f5fbf\""
            ))
        })
    }
}

/// The shape of an event kind's markers on the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Marker {
    /// A filled circle.
    Circle,
    /// A square.
    Square,
    /// A diamond (also the status-change lane's marker).
    Diamond,
    /// A triangle pointing up.
    Up,
    /// A triangle pointing down.
    Down,
    /// A triangle pointing left.
    Left,
    /// A triangle pointing right.
    Right,
    /// A plus sign.
    Plus,
    /// A cross.
    Cross,
    /// An asterisk.
    Asterisk,
}
