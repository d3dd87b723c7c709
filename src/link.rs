//! The page's address fragment: which screen is open and in which language, as
//! `#/<screen>?lang=<tag>`. It is never sent to a server, and never carries case data. Pure, so
//! it is tested natively; anything malformed or unknown is ignored, never an error.

use crate::lang::Lang;
use crate::state::{Screen, Step};

/// A fragment longer than this is not ours: ignored whole.
const MAX_LEN: usize = 512;

/// What a fragment asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    pub screen: Option<Screen>,
    pub lang: Option<Lang>,
}

/// The screen's name in an address: a step's stable code.
pub fn slug(screen: Screen) -> &'static str {
    match screen {
        Screen::Welcome => "",
        Screen::Summary => "summary",
        Screen::Step(step) => step.code(),
    }
}

fn screen_of(slug: &str) -> Option<Screen> {
    [Screen::Welcome, Screen::Summary]
        .into_iter()
        .chain(Step::ALL.map(Screen::Step))
        .find(|s| self::slug(*s) == slug)
}

/// Reads a fragment, with or without its `#`.
pub fn parse(fragment: &str) -> Fragment {
    let mut found = Fragment::default();
    if fragment.len() > MAX_LEN {
        return found;
    }
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    if let Some(path) = path.strip_prefix('/') {
        found.screen = screen_of(path);
    }
    for pair in query.split('&') {
        if let Some(("lang", tag)) = pair.split_once('=') {
            // A tag exactly as written here ("es"), not a browser's ("es-MX").
            found.lang = Lang::ALL.into_iter().find(|l| l.tag() == tag);
        }
    }
    found
}

/// The fragment that opens `screen` in `lang`.
pub fn fragment(screen: Screen, lang: Lang) -> String {
    format!("#/{}?lang={}", slug(screen), lang.tag())
}
