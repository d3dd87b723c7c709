//! The one translation layer: every string a user sees is a [`Text`] key looked up for a
//! [`Lang`]. Each language is one exhaustive `match`, so adding a language is adding a table
//! (the compiler lists every missing string), not rewriting components.

mod calendar;
pub mod document_words;
mod en;
mod es;
mod format;
pub mod keys;
mod letters;
mod problems;
mod summary;
pub mod template;

pub use calendar::calendar_file;
pub use format::{date, next_step, period, reason_text, review_name, route_sentence, status};
pub use letters::letter_text;
pub use summary::{contact_line, source_line};
pub use template::fill;

pub use keys::{AskT, Code, CostT, DocT, LaterT, LetterT, Nav, NextKey, PageT, ReasonT, SafetyT};
pub use problems::{import_problem, more_problems, problem_line};

/// The language type lives in a module of its own ([`crate::lang`]), so the state can name it
/// without importing the text layer, which itself names the state's steps and fields.
pub use crate::lang::Lang;

use crate::domain::{MedicaidProgram, PlanType, Region, Urgency};
use crate::lang::ui_table;

/// Every user-visible string. Variants with data name a domain value whose label is wanted;
/// the journey's strings are grouped by area (see [`keys`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// Beside Start: import a case file kept from before.
    OpenCaseFile,
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
    /// Medicaid, named as members in the region know it.
    MedicaidName(MedicaidProgram),
    MedicaidExplain(MedicaidProgram),
    UrgencyLegend,
    UrgencyHint,
    UrgencyName(Urgency),
    RegionPlanConflict,
    StateLabel,
    StateHint,
    StateChoose,
    PlanMeansTitle,
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
    // The journey, by area
    Nav(Nav),
    Code(Code),
    Reason(ReasonT),
    Ask(AskT),
    Cost(CostT),
    Later(LaterT),
    Safety(SafetyT),
    Letter(LetterT),
    Doc(DocT),
}

macro_rules! group {
    ($($key:ident => $variant:ident),*) => {$(
        impl From<$key> for Text {
            fn from(key: $key) -> Text {
                Text::$variant(key)
            }
        }
    )*};
}
group!(Nav => Nav, Code => Code, ReasonT => Reason, AskT => Ask, CostT => Cost, LaterT => Later, SafetyT => Safety, LetterT => Letter, DocT => Doc);

/// The string for `text` in `lang` (in a wasm build, always the page's language: see
/// [`crate::lang::ui_table`]).
pub fn t(lang: Lang, text: impl Into<Text>) -> &'static str {
    match ui_table(lang) {
        Lang::En => en::text(text.into()),
        Lang::Es => es::text(text.into()),
    }
}

/// The words only the static page carries, in `lang` (for the tests that hold index.html and
/// index.es.html to the tables; the app never shows them).
pub fn page_text(lang: Lang, key: PageT) -> &'static str {
    match lang {
        Lang::En => en::page::text(key),
        Lang::Es => es::page::text(key),
    }
}
