//! The languages the app speaks. A module of its own: the state holds the member's language and
//! the text layer ([`crate::i18n`]) chooses words by it, and neither has to import the other for
//! it.

/// A language the app speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The BCP 47 tag, for the `lang` attribute of the page.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}
