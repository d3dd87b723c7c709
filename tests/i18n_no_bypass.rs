//! No words for the member are written in the interface code: every sentence a component shows
//! goes through the translation layer, so a second language is a table, not a hunt through
//! `src/ui`. The test reads every file under `src/ui`, drops comments, and fails on any string
//! literal that looks like prose (a capitalised word followed by another word, or words ending
//! in sentence punctuation). Class names, ids, MIME types and icons are not prose.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

mod source_support;
use source_support::literals;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ui is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Words a member would read: "Back to", "Print this letter", "Copied.", "Why?".
fn is_prose(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised_phrase = words.windows(2).any(|pair| {
        let mut first = pair[0].chars();
        first.next().is_some_and(char::is_uppercase)
            && first.next().is_some_and(char::is_lowercase)
            && pair[1].chars().all(char::is_alphabetic)
    });
    let sentence = words.len() >= 2
        && words.iter().all(|w| w.chars().any(char::is_alphabetic))
        && text.trim_end().ends_with(['.', '!', '?']);
    capitalised_phrase || sentence
}

#[test]
fn prose_is_told_from_code_words() {
    assert!(is_prose("Print this letter") && is_prose("it is done."));
    assert!(!is_prose("field letter") && !is_prose("text/plain;charset=utf-8"));
    assert!(!is_prose("⚠ ") && !is_prose("secondary print-button"));
}

#[test]
fn no_component_writes_words_for_the_member_itself() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut files,
    );
    assert!(files.len() > 20, "found the interface code: {files:?}");
    let mut bypasses = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("readable source");
        for (line, text) in literals(&source) {
            if is_prose(&text) {
                bypasses.push(format!("{}:{line}: {text:?}", file.display()));
            }
        }
    }
    assert!(
        bypasses.is_empty(),
        "words for the member outside the translation layer (use i18n::t):\n{}",
        bypasses.join("\n")
    );
}
