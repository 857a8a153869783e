//! `ron`'s error messages, rewritten in words a teacher editing a file can act on.

/// Rewrites `ron`'s error messages in words a teacher editing a file can act on.
pub(crate) fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    let record_name = |outer: &Option<String>| {
        outer
            .as_deref()
            .map_or_else(|| "this record".to_owned(), |o| format!("{o}(...)"))
    };
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}` in {}; the fields allowed here are: {}",
            record_name(outer),
            expected.join(", ")
        ),
        E::MissingStructField { field, outer } => format!(
            "{} is missing the required field `{field}`",
            record_name(outer)
        ),
        E::DuplicateStructField { field, outer } => format!(
            "the field `{field}` appears twice in {}",
            record_name(outer)
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a valid {}; write one of: {}",
            outer.as_deref().unwrap_or("value"),
            expected.join(", ")
        ),
        E::InvalidValueForType { expected, found } => {
            format!("expected {expected} here, but found {found}")
        }
        E::ExpectedDifferentStructName { expected, found } => {
            format!("expected a `{expected}(...)` record here, but found `{found}(...)`")
        }
        E::ExpectedString | E::ExpectedStringEnd => {
            "expected text in double quotes here, e.g. \"Bishkek\"".to_owned()
        }
        E::ExpectedInteger => "expected a whole number here, e.g. 13".to_owned(),
        // A minus sign or too many digits: the whole numbers of the format
        // (summit numbers, the format version) are never negative.
        E::IntegerOutOfBounds => {
            "this number is negative or too large: write a whole number from 0 to 4294967295, e.g. 13".to_owned()
        }
        E::ExpectedFloat => "expected a number here, e.g. 41.3".to_owned(),
        E::ExpectedBoolean => "expected true or false here".to_owned(),
        E::ExpectedOption => {
            "expected `Some(...)` or `None` here (this field is optional)".to_owned()
        }
        E::ExpectedComma => "expected a comma `,` between fields or list items here".to_owned(),
        E::ExpectedArray => "expected a list in square brackets `[ ... ]` here".to_owned(),
        E::ExpectedArrayEnd => "expected `]` to close the list here".to_owned(),
        E::ExpectedStructLikeEnd => "expected `)` to close the record here".to_owned(),
        E::Eof => "the file ends too early: a bracket or quote is not closed".to_owned(),
        E::TrailingCharacters => {
            "unexpected text after the end of the dataset (an extra bracket?)".to_owned()
        }
        E::ExceededRecursionLimit => {
            "brackets nest too deeply; the file is probably damaged".to_owned()
        }
        E::Utf8Error(_) => "the file is not valid UTF-8 text".to_owned(),
        E::Message(message) => message.clone(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}
