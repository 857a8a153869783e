//! The translation catalogs (`assets/i18n/*.ftl`): every message in all three
//! languages, no syntax errors, the same placeholders, every id the code asks
//! for present, and Russian plurals right.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use sco_explorer::i18n::{Lang, catalog_source};
use sco_explorer::tr;

/// Each message's id and the placeholders (`$name`) it uses anywhere.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(catalog_source(lang)) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{lang:?} catalog has syntax errors: {errors:#?}"),
    };
    let mut found = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut names = BTreeSet::new();
                if let Some(value) = &message.value {
                    placeholders(value, &mut names);
                }
                assert!(
                    found.insert(message.id.name.to_owned(), names).is_none(),
                    "{lang:?}: {} is defined twice",
                    message.id.name
                );
            }
            Entry::Junk { content } => panic!("{lang:?}: unreadable entry: {content}"),
            _ => {}
        }
    }
    found
}

fn placeholders(pattern: &Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_placeholders(expression, names);
        }
    }
}

fn expression_placeholders(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_placeholders(selector, names);
            for variant in variants {
                placeholders(&variant.value, names);
            }
        }
        Expression::Inline(inline) => inline_placeholders(inline, names),
    }
}

fn inline_placeholders(inline: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_placeholders(expression, names),
        _ => {}
    }
}

#[test]
fn every_message_exists_in_all_three_catalogs() {
    let english = messages(Lang::En);
    assert!(english.len() > 200, "{} messages", english.len());
    let mut problems = Vec::new();
    for lang in [Lang::Ru, Lang::Zh] {
        let other = messages(lang);
        for id in english.keys().filter(|id| !other.contains_key(*id)) {
            problems.push(format!("{}.ftl lacks {id}", lang.code()));
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}.ftl has {id}, which en.ftl lacks", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_use_the_placeholders_the_code_fills_in() {
    let english = messages(Lang::En);
    let mut problems = Vec::new();
    for lang in [Lang::Ru, Lang::Zh] {
        for (id, names) in messages(lang) {
            let Some(wanted) = english.get(&id) else {
                continue;
            };
            // A name the English lacks is a typo, unless the code fills it in
            // for every language to choose from.
            for name in names.difference(wanted) {
                if !KNOWN_EXTRAS.contains(&name.as_str()) {
                    problems.push(format!(
                        "{}: {id} uses ${name}, which the code never fills in",
                        lang.code()
                    ));
                }
            }
            // Dropping one the English shows loses information, unless it only
            // chooses a form (Chinese has no plural) or is written another way.
            for missing in wanted.difference(&names) {
                // A count that only chooses the plural form, shown grouped as $events.
                let selector_only = id == "notice-loading-events" && missing == "count";
                if !selector_only
                    && !KNOWN_EXTRAS.contains(&missing.as_str())
                    && !["one", "many"].contains(&missing.as_str())
                {
                    problems.push(format!("{}: {id} drops ${missing}", lang.code()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Placeholders the code fills in for every language to choose from: a month's
/// name or number, and a status's label as a heading.
const KNOWN_EXTRAS: &[&str] = &["month", "monthnum", "heading"];

/// Every string literal in the code that looks like a message id (a catalog's
/// prefix, then words with hyphens) names a message, so a typo in an id can
/// never reach the screen as "menu-opne".
#[test]
fn every_message_id_in_the_code_is_in_the_catalog() {
    let english = messages(Lang::En);
    let prefixes: BTreeSet<&str> = english
        .keys()
        .filter_map(|id| id.split('-').next())
        .collect();
    let mut unknown = Vec::new();
    let mut files = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for literal in source.split('"').skip(1).step_by(2) {
            let looks_like_id = literal.contains('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && literal
                    .split('-')
                    .next()
                    .is_some_and(|p| prefixes.contains(p));
            if looks_like_id && !english.contains_key(literal) {
                unknown.push(format!("{}: \"{literal}\"", path.display()));
            }
        }
    }
    // Ids that share a prefix with messages but are not messages themselves.
    let not_messages = ["dataset-switcher", "status-"];
    unknown.retain(|u| !not_messages.iter().any(|n| u.contains(&format!("\"{n}"))));
    assert!(unknown.is_empty(), "not in en.ftl:\n{}", unknown.join("\n"));
}

#[test]
fn every_keymap_description_is_a_message() {
    for binding in sco_explorer::actions::KEYMAP {
        assert!(
            sco_explorer::i18n::has_message(Lang::En, binding.description),
            "{}",
            binding.description
        );
    }
}

#[test]
fn russian_plurals_agree_with_their_numbers() {
    let forms = |id: &str| -> Vec<String> {
        [1_usize, 2, 5, 21]
            .into_iter()
            .map(|n| tr!(Lang::Ru, id, count = n))
            .collect()
    };
    assert_eq!(
        forms("count-countries"),
        ["1 страна", "2 страны", "5 стран", "21 страна"]
    );
    let members = forms("headcount-members");
    assert!(
        members[0].starts_with("1 ") && members[2].starts_with("5 "),
        "{members:?}"
    );
    assert_ne!(members[0], members[2].replace('5', "1"), "{members:?}");
    let sizes: Vec<String> = [1_usize, 2, 5, 21]
        .into_iter()
        .map(|n| {
            tr!(
                Lang::Ru,
                "status-sizes",
                countries = n,
                events = n,
                sources = n
            )
        })
        .collect();
    assert!(sizes[0].contains("1 страна"), "{sizes:?}");
    assert!(sizes[1].contains("2 страны"), "{sizes:?}");
    assert!(sizes[2].contains("5 стран"), "{sizes:?}");
    assert!(sizes[3].contains("21 страна"), "{sizes:?}");
}

#[test]
fn no_message_shows_unicode_isolation_marks_or_its_own_id() {
    for lang in Lang::ALL {
        let text = tr!(
            lang,
            "status-members-on",
            date = "1 June 2001",
            count = 6_usize
        );
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{text:?}"
        );
        for id in messages(lang).keys() {
            assert_ne!(&tr!(lang, id), id, "{lang:?} {id}");
        }
    }
}
