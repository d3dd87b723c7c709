//! The pages written by hand around the app (index.html, share/share.html) and their Spanish
//! twins, generated from them: each holds its language's words as exact pieces, and the Spanish
//! page is the English one with every piece swapped. Shared by tests/i18n_static_page.rs and
//! tests/i18n_share_page.rs.

use std::fs;
use std::path::Path;

use second_opinion_navigator::i18n::Lang;

/// A file of the repo, or "" when it is missing.
pub fn read(name: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap_or_default()
}

/// The element with `text` as its whole content, as the pages write it.
pub fn element(tag: &str, attrs: &str, text: &str) -> String {
    format!("<{tag}{attrs}>{text}</{tag}>")
}

/// Each page (by its language) holds each of its language's pieces exactly once.
pub fn assert_pieces_once(pages: [(Lang, &str); 2], pieces: fn(Lang) -> Vec<String>) {
    for (lang, name) in pages {
        let page = read(name);
        assert!(!page.is_empty(), "{name} is missing");
        for piece in pieces(lang) {
            assert_eq!(page.matches(&piece).count(), 1, "{name} lacks {piece}");
        }
    }
}

/// The Spanish page (`pages[1]`) is the English one (`pages[0]`) with every piece swapped; with
/// `UPDATE_STATIC_PAGES=1` it is written so first. `test` names the test that writes it.
pub fn assert_translated(pages: [(Lang, &str); 2], pieces: fn(Lang) -> Vec<String>, test: &str) {
    let [(english, from), (lang, to)] = pages;
    let expected = pieces(english)
        .iter()
        .zip(pieces(lang))
        .fold(read(from), |page, (en, other)| page.replace(en, &other));
    if std::env::var_os("UPDATE_STATIC_PAGES").is_some() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(to);
        fs::write(path, &expected).unwrap_or_else(|e| panic!("{to} is not writable: {e}"));
    }
    assert!(
        read(to) == expected,
        "{to} is not {from} translated: run UPDATE_STATIC_PAGES=1 cargo test --test {test}"
    );
}
