//! Every word of the bundled data in the class's language: each bundled
//! dataset's text is complete in English, Russian and Chinese, and
//! `check --translations` tells a dataset author where a language is missing.

use std::process::Command;

use sco_explorer::lang::Lang;
use sco_explorer::model::{BUNDLED, translation_coverage};

#[test]
fn every_bundled_dataset_is_fully_translated() {
    assert_eq!(BUNDLED.len(), 4, "SCO, ASEAN, BRICS and the CSTO ship");
    for bundled in BUNDLED {
        let coverage = translation_coverage(bundled.text);
        assert!(
            coverage.fields > 300,
            "{}: {}",
            bundled.name,
            coverage.fields
        );
        let gaps: Vec<String> = coverage
            .untranslated
            .iter()
            .map(|u| format!("{}:{}:{} {}", bundled.name, u.line, u.column, u.english))
            .collect();
        assert!(gaps.is_empty(), "untranslated: {gaps:#?}");
        assert!((coverage.percent(Lang::Ru) - 100.0).abs() < f64::EPSILON);
        assert!((coverage.percent(Lang::Zh) - 100.0).abs() < f64::EPSILON);
    }
}

#[test]
fn no_bundled_russian_or_chinese_text_is_left_in_latin_words() {
    // Proper names without a translation may stay (an outlet's name, ids), but
    // five English words in a row in a ru/zh field are a missed translation.
    for bundled in BUNDLED {
        for line in bundled.text.lines() {
            for key in ["ru: \"", "zh: \""] {
                for (at, _) in line.match_indices(key) {
                    let value: String = line[at + key.len()..]
                        .chars()
                        .take_while(|&c| c != '"')
                        .collect();
                    // The longest run of consecutive words written in Latin letters.
                    let mut run = 0;
                    let mut longest = 0;
                    // Source ids such as "(S78)" are neither words nor breaks.
                    for word in value
                        .split_whitespace()
                        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
                    {
                        let latin = word.chars().any(|c| c.is_ascii_alphabetic())
                            && word.chars().all(|c| c.is_ascii() || !c.is_alphabetic());
                        run = if latin { run + 1 } else { 0 };
                        longest = longest.max(run);
                    }
                    assert!(
                        longest < 5,
                        "{}: English left in a translation: {value}",
                        bundled.name
                    );
                }
            }
        }
    }
}

#[test]
fn check_translations_lists_each_missing_language_with_its_place() {
    let output = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args([
            "check",
            "--translations",
            "tests/fixtures/valid/translated.ron",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(!output.status.success(), "gaps make the check fail");
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some(
            "tests/fixtures/valid/translated.ron: translations: 25 text fields; en 100%, ru 24.0%, zh 20.0%"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "tests/fixtures/valid/translated.ron:6:18: `description` has no ru or zh: \"A tiny dataset used by the loader tests.\""
        )
    );
    // The title is translated: it is not listed; the status label lacks only Chinese.
    assert!(!stdout.contains("Example organisation"));
    assert!(stdout.contains("`label` has no zh: \"Member\""), "{stdout}");
}

#[test]
fn check_translations_passes_on_a_bundled_file() {
    let output = Command::new(env!("CARGO_BIN_EXE_sco-explorer"))
        .args(["check", "--translations", "assets/csto.ron"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("ru 100.0%, zh 100.0%"), "{stdout}");
}
