//! `static/sources.txt`, the file the app fetches for the sources' titles and addresses, is
//! exactly what `src/domain/sources.rs` cites: one line per distinct address and title, in the
//! order of first use. Run with `UPDATE_STATIC_PAGES=1` to write it after changing a source.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use second_opinion_navigator::domain::cited::{
    checksum, Citation, Citations, Cited, SOURCES_CHECKSUM, SOURCES_FILE,
};

mod source_support;
use source_support::{tokens, Token};

/// Every `Cited::new(url, title)` in `sources.rs`, in order, as (address or "", title).
fn cited_in_sources_rs() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain/sources.rs");
    let text = std::fs::read_to_string(path).unwrap();
    let tokens = tokens(&text);
    let mut found = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        let Token::Code(code) = token else { continue };
        let string = |i: usize| match tokens.get(i) {
            Some(Token::Str(_, s)) => s.clone(),
            other => panic!("a string literal expected in Cited::new, found {other:?}"),
        };
        if code.ends_with("Cited::new(Some(") {
            found.push((string(at + 1), string(at + 3)));
        } else if code.ends_with("Cited::new(None,") {
            found.push((String::new(), string(at + 1)));
        } else {
            assert!(
                !code.contains("Cited::new("),
                "a source written another way: {code}"
            );
        }
    }
    found
}

/// The file `sources.rs` asks for.
fn expected_file() -> String {
    let mut lines: Vec<String> = Vec::new();
    for (url, title) in cited_in_sources_rs() {
        let line = format!("{url}\t{title}\n");
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines.concat()
}

#[test]
fn the_file_is_what_sources_rs_cites() {
    let expected = expected_file();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/sources.txt");
    if std::env::var_os("UPDATE_STATIC_PAGES").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    assert!(
        SOURCES_FILE == expected,
        "static/sources.txt is stale: run UPDATE_STATIC_PAGES=1 cargo test --test sources_file"
    );
    // All 120 sources, some sharing one page.
    let cited = cited_in_sources_rs();
    assert!(cited.len() >= 120, "{}", cited.len());
    assert!(expected.lines().count() < cited.len());
}

#[test]
fn every_source_finds_its_own_line_with_its_title_and_address() {
    let read = Citations::bundled().expect("the compiled-in file reads");
    for (url, title) in cited_in_sources_rs() {
        let url: &'static str = Box::leak(url.into_boxed_str());
        let title: &'static str = Box::leak(title.into_boxed_str());
        let url = (!url.is_empty()).then_some(url);
        // As the browser build finds it: by its line alone.
        let cited = Cited::new(url, title);
        assert!(cited.line().is_some(), "{title}");
        assert_eq!(read.get(cited), Some(Citation { url, title }));
    }
    // A source not in the file has no line (the browser build does not compile then).
    let missing = Cited::new(Some("https://example.org/"), "Not a source of ours");
    assert_eq!(missing.line(), None);
    assert_eq!(read.get(missing), None);
}

#[test]
fn every_line_has_an_address_or_none_and_a_title() {
    for line in SOURCES_FILE.split_terminator('\n') {
        let (url, title) = line.split_once('\t').expect("address<TAB>title");
        assert!(
            url.is_empty() || url.starts_with("https://") || url.starts_with("http://"),
            "{line}"
        );
        assert!(!title.trim().is_empty() && !title.contains('\t'), "{line}");
    }
    assert!(SOURCES_FILE.ends_with('\n'));
}

#[test]
fn only_this_builds_file_is_read() {
    assert_eq!(checksum(SOURCES_FILE.as_bytes()), SOURCES_CHECKSUM);
    assert!(Citations::parse(SOURCES_FILE).is_some());
    // Another deployment's file (one title changed), a truncated one, an error page: refused,
    // so no rule is ever shown beside another build's title.
    let changed = SOURCES_FILE.replacen("Kaiser", "Kaiserr", 1);
    let truncated = &SOURCES_FILE[..SOURCES_FILE.len() / 2];
    for other in [
        changed.as_str(),
        truncated,
        "",
        "<!doctype html><title>404</title>",
    ] {
        assert_eq!(Citations::parse(other), None, "{other:.40}");
    }
    // The checksum is FNV-1a, 32 bits (its published test values).
    assert_eq!(checksum(b""), 0x811c_9dc5);
    assert_eq!(checksum(b"a"), 0xe40c_292c);
    assert_eq!(checksum(b"foobar"), 0xbf9c_f968);
}
