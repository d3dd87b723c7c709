//! The titles and addresses of the sources, kept in a file of their own (`static/sources.txt`).
//!
//! They are read only when a "Why?" opens, in the printable summary and in the calendar file,
//! so the browser build does not carry them: about 5.5 KB gzip of every first visit (measured).
//! The app fetches the file once it runs (the offline worker keeps it). A [`Cited`] is a source's
//! line in that file; natively it keeps its title and address too, for the tests and for
//! `tests/sources_file.rs`, which writes the file from `sources.rs` and fails when it is stale.

/// The sources file: one line per distinct source, `address<TAB>title`, the address empty when
/// no public source was found; in the order of first use in `sources.rs`.
pub const SOURCES_FILE: &str = include_str!("../../static/sources.txt");

/// The file's checksum: the app reads only the file of its own build, so a newer file from a
/// later deployment never puts the wrong titles beside the rules.
pub const SOURCES_CHECKSUM: u32 = checksum(SOURCES_FILE.as_bytes());

/// A line that is not in the file (natively only; the browser build does not compile then).
const NOT_IN_FILE: u16 = u16::MAX;

/// 32-bit FNV-1a: small, and enough to tell one build's file from another's.
pub const fn checksum(bytes: &[u8]) -> u32 {
    let mut hash = 0x811c_9dc5_u32;
    let mut i = 0;
    while i < bytes.len() {
        hash = (hash ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// Where a source's title and address are: its line in the sources file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cited {
    line: u16,
    #[cfg(not(target_arch = "wasm32"))]
    url: Option<&'static str>,
    #[cfg(not(target_arch = "wasm32"))]
    title: &'static str,
}

impl Cited {
    /// The source at `url` (none when no public source was found) with the title `title`,
    /// found in the sources file when the program is compiled. The browser build does not
    /// compile when it is missing there.
    pub const fn new(url: Option<&'static str>, title: &'static str) -> Cited {
        let line = line_of(url, title);
        #[cfg(target_arch = "wasm32")]
        {
            assert!(
                line != NOT_IN_FILE,
                "a source is missing from static/sources.txt: UPDATE_STATIC_PAGES=1 cargo test --test sources_file"
            );
            Cited { line }
        }
        #[cfg(not(target_arch = "wasm32"))]
        Cited { line, url, title }
    }

    /// Its line in the sources file, from 0; `None` when it is not there (natively only).
    pub fn line(self) -> Option<usize> {
        (self.line != NOT_IN_FILE).then_some(usize::from(self.line))
    }

    /// The address, as written in `sources.rs`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn url(self) -> Option<&'static str> {
        self.url
    }

    /// The title, as written in `sources.rs`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn title(self) -> &'static str {
        self.title
    }
}

const fn line_of(url: Option<&str>, title: &str) -> u16 {
    let file = SOURCES_FILE.as_bytes();
    let url = match url {
        Some(url) => url.as_bytes(),
        None => b"",
    };
    let title = title.as_bytes();
    let (mut start, mut line) = (0, 0);
    while start < file.len() {
        let mut end = start;
        while end < file.len() && file[end] != b'\n' {
            end += 1;
        }
        if end - start == url.len() + 1 + title.len()
            && same(file, start, url)
            && file[start + url.len()] == b'\t'
            && same(file, start + url.len() + 1, title)
        {
            return line;
        }
        start = end + 1;
        line += 1;
    }
    NOT_IN_FILE
}

/// Whether `file` holds `part` at `at`.
const fn same(file: &[u8], at: usize, part: &[u8]) -> bool {
    let mut i = 0;
    while i < part.len() {
        if file[at + i] != part[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A source's title and address, as the sources file gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation<'a> {
    /// The page or statute text; `None` when no public source was found.
    pub url: Option<&'a str>,
    /// The page's title, as recorded in the facts file.
    pub title: &'a str,
}

/// The sources file, read.
#[derive(Debug, PartialEq, Eq)]
pub struct Citations<'a> {
    lines: Vec<Citation<'a>>,
}

impl<'a> Citations<'a> {
    /// The file's lines, if `text` is this build's sources file (by [`SOURCES_CHECKSUM`]).
    pub fn parse(text: &'a str) -> Option<Citations<'a>> {
        if checksum(text.as_bytes()) != SOURCES_CHECKSUM {
            return None;
        }
        let lines = text
            .lines()
            .map(|line| {
                let (url, title) = line.split_once('\t')?;
                Some(Citation {
                    url: (!url.is_empty()).then_some(url),
                    title,
                })
            })
            .collect::<Option<_>>()?;
        Some(Citations { lines })
    }

    /// The title and address of `cited`.
    pub fn get(&self, cited: Cited) -> Option<Citation<'a>> {
        self.lines.get(cited.line()?).copied()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Citations<'static> {
    /// The file as compiled in: the native build's table (the browser fetches its copy).
    pub fn bundled() -> Option<Citations<'static>> {
        Citations::parse(SOURCES_FILE)
    }
}
