//! The languages the app speaks. A module of its own: the state holds the member's language and
//! the text layer ([`crate::i18n`]) chooses words by it, and neither has to import the other for
//! it.
//!
//! Each language is a build of its own (a page of its own: English at the root, Spanish under
//! `es/`), so a member downloads only the words of the language they read. The build's language
//! is [`PAGE`], set by the cargo feature `es`. Native builds (the tests) hold every table.

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

/// The language of this build's page.
pub const PAGE: Lang = if cfg!(feature = "es") {
    Lang::Es
} else {
    Lang::En
};

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, for `lang` attributes and the saved choice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a switch offers it ("English", "Español").
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// Where this language's page is, from the other language's page (relative, so the pages
    /// work under any path prefix).
    pub fn page_from(self, here: Lang) -> &'static str {
        match (here, self) {
            (Lang::En, Lang::Es) => "es/",
            (Lang::Es, Lang::En) => "../",
            _ => "./",
        }
    }
}

/// The table a lookup in `lang` reads in this build. A wasm build holds only its page's words,
/// so any lookup is its page's (and the other tables are left out of the download); native
/// builds hold every table. Letters too: a letter in another language is on that language's
/// page (holding the other language's letters would make the Spanish page 5.5 KB gzip larger,
/// measured).
#[inline(always)]
pub const fn ui_table(lang: Lang) -> Lang {
    if cfg!(target_arch = "wasm32") {
        PAGE
    } else {
        lang
    }
}

/// The language switch's name, in every language (it is for finding the other one).
pub const SWITCH_LABEL: &str = "Language / Idioma";
