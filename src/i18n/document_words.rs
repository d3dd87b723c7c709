//! The words of the documents the guide writes, kept in a file of their own for each language
//! (`static/document-words.txt`, `static/document-words.es.txt`), as the sources' titles are
//! ([`crate::domain::cited`]): the letters, their tools' labels and the calendar file, and a few
//! words shown only later or on demand (how each date is counted, in its "Why?"; why a chosen
//! file was refused; what the browser does with saved answers; the offers to save a copy). A
//! member needs none of them until minutes after the guide starts, so the browser build does
//! not carry them: it fetches its language's file as it starts (the offline worker keeps it),
//! which takes 3.6 KB gzip off every first visit (measured). Each word is compiled into the
//! browser build as its line in that file, found when the program is compiled (the build fails
//! when one is missing); natively every word stays compiled in, for the tests and for
//! `tests/document_words_file.rs`, which writes the files from the tables and fails when one is
//! stale. Until the file has arrived, a letter or the calendar file says its words have not
//! loaded yet, and the rest wait.
//!
//! A line is one template, its line breaks written `\n` (no template holds a backslash).

use crate::domain::cited::checksum;

/// A word that is not in its file (natively only: the browser build does not compile then).
pub const NOT_IN_FILE: u16 = u16::MAX;

/// This build's file: its language's ([`crate::lang::PAGE`]).
pub const FILE: &str = match crate::lang::PAGE {
    crate::lang::Lang::En => super::en::DOCUMENT_WORDS,
    crate::lang::Lang::Es => super::es::DOCUMENT_WORDS,
};

/// The file's checksum: the app reads only its own build's file, so a later deployment's file
/// never puts wrong words into a document.
pub const CHECKSUM: u32 = checksum(FILE.as_bytes());

/// The line of `file` that holds `text` (with its line breaks written `\n`), from 0.
pub const fn line_of(file: &str, text: &str) -> u16 {
    let (file, text) = (file.as_bytes(), text.as_bytes());
    let (mut start, mut line) = (0, 0);
    while start < file.len() {
        // Walk the line and the text together; a line break in the text is `\n` in the file.
        let (mut at, mut i) = (start, 0);
        while i < text.len() && at < file.len() {
            let matched = if text[i] == b'\n' {
                at + 1 < file.len() && file[at] == b'\\' && file[at + 1] == b'n'
            } else {
                file[at] == text[i]
            };
            if !matched {
                break;
            }
            at += if text[i] == b'\n' { 2 } else { 1 };
            i += 1;
        }
        if i == text.len() && (at == file.len() || file[at] == b'\n') {
            return line;
        }
        while start < file.len() && file[start] != b'\n' {
            start += 1;
        }
        start += 1;
        line += 1;
    }
    NOT_IN_FILE
}

/// A document's word: natively the text itself; in the browser, its line in `$file` (the table's
/// language's file), looked up in the file the app fetched.
macro_rules! document_word {
    ($file:expr, $text:literal) => {{
        #[cfg(target_arch = "wasm32")]
        {
            const LINE: u16 = {
                let line = $crate::i18n::document_words::line_of($file, $text);
                assert!(
                    line != $crate::i18n::document_words::NOT_IN_FILE,
                    "a document's word is missing from its file in static/: UPDATE_STATIC_PAGES=1 cargo test --test document_words_file"
                );
                line
            };
            $crate::i18n::document_words::word(LINE)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _in_file: &str = $file;
            $text
        }
    }};
}
pub(crate) use document_word;

/// The file's lines as templates, if `text` is this build's file (by [`CHECKSUM`]).
pub fn parse(text: &str) -> Option<Vec<String>> {
    (checksum(text.as_bytes()) == CHECKSUM).then(|| text.lines().map(unescape).collect())
}

/// A line as its template: `\n` back to a line break (a backslash is nothing else here).
fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
                out.push('\n');
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Set once, when the file has arrived and is this build's; never changed after.
    static READ: std::cell::Cell<Option<&'static [String]>> = const { std::cell::Cell::new(None) };
}

/// Keeps the fetched file's words for the page's lifetime, if it is this build's file; says
/// whether it was.
#[cfg(target_arch = "wasm32")]
pub fn keep(text: &str) -> bool {
    let Some(lines) = parse(text) else {
        return false;
    };
    let lines: &'static [String] = Vec::leak(lines);
    READ.with(|read| read.set(Some(lines)));
    true
}

/// The word on `line`, or nothing before the file has arrived.
#[cfg(target_arch = "wasm32")]
pub fn word(line: u16) -> &'static str {
    READ.with(|read| read.get())
        .and_then(|lines| lines.get(usize::from(line)))
        .map_or("", String::as_str)
}

/// Whether the documents can be written: natively always; in the browser, once the file has
/// arrived.
pub fn ready() -> bool {
    #[cfg(target_arch = "wasm32")]
    return READ.with(|read| read.get()).is_some();
    #[cfg(not(target_arch = "wasm32"))]
    true
}
