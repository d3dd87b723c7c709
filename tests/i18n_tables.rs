//! The Spanish table is the English one, translated: each file of `src/i18n/es` mirrors its
//! file in `src/i18n/en` arm for arm (the same code, token for token), no string is empty in
//! one language only, its placeholders and plural counts are the same, and a string the code
//! splits into lines has as many lines. The compiler already fails when a key is missing from a
//! table (each is an exhaustive `match`); this fails when the two tables say different things in
//! form.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use second_opinion_navigator::i18n::template::{segments, Segment};

mod source_support;
use source_support::{tokens, Token};

/// The placeholders of a template, sorted: `{name}` as `name`, `{name:a|b}` as `name:plural`.
fn placeholders(template: &str) -> Vec<String> {
    let mut names: Vec<String> = segments(template)
        .into_iter()
        .filter_map(|segment| match segment {
            Segment::Value(name) => Some(name.to_owned()),
            Segment::Plural { name, .. } => Some(format!("{name}:plural")),
            Segment::Text(_) => None,
        })
        .collect();
    names.sort();
    names
}

/// What differs in form between an English table file and its Spanish mirror.
fn differences(en: &str, es: &str) -> Vec<String> {
    let (en, es) = (tokens(en), tokens(es));
    let mut found = Vec::new();
    if en.len() != es.len() {
        found.push(format!(
            "{} pieces of code and text in English, {} in Spanish",
            en.len(),
            es.len()
        ));
    }
    for (en, es) in en.iter().zip(&es) {
        match (en, es) {
            (Token::Code(a), Token::Code(b)) if a != b => {
                found.push(format!("code differs: {a:?} / {b:?}"));
                // Everything after is out of step.
                break;
            }
            (Token::Str(line, a), Token::Str(es_line, b)) => {
                // One string is empty on purpose in both (no message for an empty field).
                if a.trim().is_empty() != b.trim().is_empty() {
                    found.push(format!("line {line}/{es_line}: empty in one language only"));
                }
                if placeholders(a) != placeholders(b) {
                    found.push(format!(
                        "line {line}/{es_line}: placeholders {:?} in English, {:?} in Spanish",
                        placeholders(a),
                        placeholders(b)
                    ));
                }
                if a.lines().count() != b.lines().count() {
                    found.push(format!(
                        "line {line}/{es_line}: {} lines in English, {} in Spanish",
                        a.lines().count(),
                        b.lines().count()
                    ));
                }
            }
            (Token::Code(_), Token::Code(_)) => {}
            _ => {
                found.push(format!("out of step: {en:?} / {es:?}"));
                break;
            }
        }
    }
    found
}

#[test]
fn every_spanish_file_mirrors_its_english_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    let mut files: Vec<_> = fs::read_dir(root.join("en"))
        .expect("src/i18n/en is readable")
        .map(|entry| entry.expect("a directory entry").file_name())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "found the English table: {files:?}");
    let mut problems = Vec::new();
    for name in &files {
        let en = fs::read_to_string(root.join("en").join(name)).expect("readable");
        let Ok(es) = fs::read_to_string(root.join("es").join(name)) else {
            problems.push(format!("{name:?}: no Spanish file"));
            continue;
        };
        // The files' own code differs in one place: each language's month names.
        let (en, es) = (without_months(&en), without_months(&es));
        for problem in differences(&en, &es) {
            problems.push(format!("{name:?}: {problem}"));
        }
    }
    assert!(
        problems.is_empty(),
        "the tables differ in form:\n{}",
        problems.join("\n")
    );
}

/// The source with its date function taken out (each language writes dates its own way).
fn without_months(source: &str) -> String {
    match (
        source.find("pub(super) fn date("),
        source.find("pub(super) fn text("),
    ) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{}", &source[..start], &source[end..])
        }
        _ => source.to_owned(),
    }
}

#[test]
fn the_comparison_finds_each_kind_of_difference() {
    let en = "fn f(k: K) -> &'static str { match k { K::A => \"In {days} {days:day|days}\", K::B => \"One\\nTwo\" } }";
    assert!(differences(en, en).is_empty());
    let translated = en
        .replace("In {days} {days:day|days}", "En {days} {days:día|días}")
        .replace("One\\nTwo", "Uno\\nDos");
    assert!(differences(en, &translated).is_empty());
    let lost_placeholder = en.replace("In {days} {days:day|days}", "En unos días");
    assert_eq!(differences(en, &lost_placeholder).len(), 1);
    let renamed = en.replace("In {days} {days:day|days}", "En {dias} {dias:día|días}");
    assert_eq!(differences(en, &renamed).len(), 1);
    let empty = translated.replace("Uno\\nDos", "");
    assert!(!differences(en, &empty).is_empty());
    let one_line = en.replace("One\\nTwo", "Uno y dos");
    assert_eq!(differences(en, &one_line).len(), 1);
    let new_arm = en.replace("K::B =>", "K::B | K::C =>");
    assert_eq!(differences(en, &new_arm).len(), 1);
}
