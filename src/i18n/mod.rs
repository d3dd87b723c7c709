//! The one translation layer: every string a user sees is a [`Text`] key looked up for a
//! [`Lang`]. Each language is one exhaustive `match`, so adding a language is adding a table
//! (the compiler lists every missing string), not rewriting components.

mod en;

use crate::domain::{PlanType, Region, Urgency};

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

/// Every user-visible string. Variants with data name a domain value whose label is wanted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    AppName,
    SkipToContent,
    // Welcome
    WelcomeTitle,
    WelcomeIntro,
    WelcomeSteps,
    PrivacyTitle,
    PrivacyPromise,
    Start,
    ContinueWhereLeftOff,
    // Step "Your plan"
    PlanTitle,
    PlanIntro,
    RegionLabel,
    RegionHint,
    RegionChoose,
    RegionName(Region),
    PlanTypeLegend,
    PlanTypeHint,
    PlanTypeName(PlanType),
    PlanTypeExplain(PlanType),
    UrgencyLegend,
    UrgencyHint,
    UrgencyName(Urgency),
    RegionPlanConflict,
    AnswersSavedNote,
    BackToWelcome,
    // Saved answers and their notices
    StorageUnavailable,
    StorageWriteFailed,
    StorageUnreadable,
    StorageNewerVersion,
    DeleteSaved,
    DeleteConfirmQuestion,
    DeleteConfirmYes,
    DeleteCancel,
    DeleteDone,
    DeleteFailed,
    DismissNotice,
    // Always visible
    Disclaimer,
}

/// The string for `text` in `lang`.
pub fn t(lang: Lang, text: Text) -> &'static str {
    match lang {
        Lang::En => en::text(text),
    }
}

/// Replaces each `{name}` in `template` with its value. Values are plain text; the UI escapes
/// everything it renders, so nothing here needs to.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |acc, (name, value)| {
            acc.replace(&format!("{{{name}}}"), value)
        })
}
