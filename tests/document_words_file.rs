//! `static/document-words.txt` and `static/document-words.es.txt`, the files the app fetches for
//! the documents' words (`i18n::document_words`), are exactly the words each language's tables
//! write as `document_word!`: every word of the letters, and the letter tools' and calendar
//! file's words among the documents' table. One line per distinct template, in the order of
//! first use, line breaks written `\n`. Run with `UPDATE_STATIC_PAGES=1` to write them after
//! changing one.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use second_opinion_navigator::domain::cited::checksum;
use second_opinion_navigator::i18n::document_words::{self, line_of, NOT_IN_FILE};

mod source_support;
use source_support::{tokens, Token};

/// Each language's file, and its tables: every word of the first, those so written of the rest.
const FILES: [(&str, [&str; 4]); 2] = [
    (
        "static/document-words.txt",
        [
            "src/i18n/en/letters.rs",
            "src/i18n/en/docs.rs",
            "src/i18n/en/safety.rs",
            "src/i18n/en/codes.rs",
        ],
    ),
    (
        "static/document-words.es.txt",
        [
            "src/i18n/es/letters.rs",
            "src/i18n/es/docs.rs",
            "src/i18n/es/safety.rs",
            "src/i18n/es/codes.rs",
        ],
    ),
];

const MACRO: &str = "document_word!(DOCUMENT_WORDS,";

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The words in a table, in order: the literal in each `document_word!(DOCUMENT_WORDS, "…")`;
/// with `all`, every literal of the table must be one.
fn words_in(table: &str, all: bool) -> Vec<String> {
    let tokens = tokens(&read(table));
    let mut found = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        let wrapped =
            |i: usize| matches!(tokens.get(i), Some(Token::Code(c)) if c.ends_with(MACRO));
        match token {
            Token::Code(_) if wrapped(at) => match tokens.get(at + 1) {
                Some(Token::Str(_, s)) => found.push(s.clone()),
                other => panic!("{table}: a string literal expected, found {other:?}"),
            },
            Token::Str(line, s) if all && (at == 0 || !wrapped(at - 1)) => {
                panic!("{table}:{line}: a word not written as {MACRO} …): {s:?}")
            }
            _ => {}
        }
    }
    found
}

/// Every word a language's file holds, in order of first use.
fn words_for(tables: [&str; 4]) -> Vec<String> {
    let [letters, rest @ ..] = tables;
    let mut words = words_in(letters, true);
    for table in rest {
        words.extend(words_in(table, false));
    }
    words
}

/// The file a language's tables ask for.
fn expected_file(tables: [&str; 4]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in words_for(tables) {
        assert!(
            !word.contains('\\'),
            "{tables:?}: a word with a backslash: {word:?}"
        );
        let line = format!("{}\n", word.replace('\n', "\\n"));
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines.concat()
}

#[test]
fn each_file_is_its_tables_words() {
    let update = std::env::var_os("UPDATE_STATIC_PAGES").is_some();
    for (file, tables) in FILES {
        let expected = expected_file(tables);
        if update {
            std::fs::write(Path::new(env!("CARGO_MANIFEST_DIR")).join(file), &expected).unwrap();
            continue;
        }
        assert!(
            read(file) == expected,
            "{file} is stale: run UPDATE_STATIC_PAGES=1 cargo test --test document_words_file"
        );
        // Every letter's word, the letter tools' and calendar file's, the words of a refused
        // file's problems, what the browser does with saved answers, the reminders to save a
        // copy, and how each date is counted.
        assert!(words_in(tables[0], true).len() >= 100, "{tables:?}");
        assert!(words_in(tables[1], false).len() >= 15, "{tables:?}");
        assert!(words_in(tables[2], false).len() >= 25, "{tables:?}");
        assert!(words_in(tables[3], false).len() >= 13, "{tables:?}");
    }
}

#[test]
fn every_word_finds_its_own_line_and_reads_back_whole() {
    for (file, tables) in FILES {
        let text = read(file);
        let lines: Vec<String> = text.lines().map(|l| l.replace("\\n", "\n")).collect();
        for word in words_for(tables) {
            // As the browser build finds it: by its line alone.
            let line = line_of(&text, &word);
            assert_ne!(line, NOT_IN_FILE, "{file}: {word:?}");
            assert_eq!(lines[usize::from(line)], word, "{file}");
        }
        assert_eq!(line_of(&text, "not a word of any letter"), NOT_IN_FILE);
        // A word is a whole line, not the start of a longer one.
        let first = &lines[0];
        assert_eq!(line_of(&text, &first[..first.len() - 1]), NOT_IN_FILE);
    }
}

#[test]
fn the_app_reads_only_its_own_builds_file() {
    // Natively the build is the English page's.
    let own = read("static/document-words.txt");
    assert_eq!(checksum(own.as_bytes()), document_words::CHECKSUM);
    let words = document_words::parse(&own).expect("its own file reads");
    assert_eq!(words.len(), own.lines().count());
    assert!(
        words.iter().any(|w| w.contains('\n')),
        "line breaks come back"
    );
    // Another build's file, or a truncated one, is not used.
    assert_eq!(
        document_words::parse(&read("static/document-words.es.txt")),
        None
    );
    assert_eq!(document_words::parse(&own[..own.len() - 1]), None);
    assert_eq!(document_words::parse("<!doctype html>"), None);
}
