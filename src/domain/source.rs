//! Where a rule comes from and how sure we are of it.
//!
//! Every figure the app shows carries a [`Source`]: the public page or statute it was taken from
//! and that page's title (kept in the sources file, see [`Cited`]), and a [`Confidence`]. Where the sources disagree or a figure is weak, the rule
//! also carries [`Caveat`] codes that the interface translates ("please check your letter", ...).

use super::cited::Cited;

/// How sure we are of a rule, as graded in the project's facts file.
///
/// - `High`: official or primary text was seen.
/// - `Medium`: a reputable secondary source, or primary text seen only in part.
/// - `Low`: a weak or conflicting source, or no public source at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    /// Weak or conflicting source, or none: "please check".
    Low,
    /// Reputable secondary source, or primary text seen in part: "please check".
    Medium,
    /// Official or primary text seen: "we are fairly sure".
    High,
}

impl Confidence {
    /// A stable code for the interface; never shown to the user as is.
    pub fn code(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }

    /// Whether the interface may say "we are fairly sure" rather than "please check".
    pub fn is_fairly_sure(self) -> bool {
        self == Confidence::High
    }
}

/// An entry's id in `facts.json` (e.g. `"ca-ta-04"`), or `"seed"` for the seed document. Only
/// native builds keep the text, for the tests that check each source against that file: it is
/// never shown, and the browser build is about 1 KB gzip smaller without the 120 of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FactId(#[cfg(not(target_arch = "wasm32"))] &'static str);

impl FactId {
    /// The id `id` (its text kept only in native builds).
    pub const fn new(id: &'static str) -> FactId {
        #[cfg(not(target_arch = "wasm32"))]
        return FactId(id);
        #[cfg(target_arch = "wasm32")]
        {
            let _ = id;
            FactId()
        }
    }

    /// The id.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl PartialEq<&str> for FactId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// A public source for a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// The entry's id in `facts.json`.
    pub fact_id: FactId,
    /// Its title and address (the page or statute text), in the sources file.
    pub cited: Cited,
    /// How sure we are of the rule this source supports.
    pub confidence: Confidence,
}

#[cfg(not(target_arch = "wasm32"))]
impl Source {
    /// The page or statute text; `None` when no public source was found.
    pub fn url(&self) -> Option<&'static str> {
        self.cited.url()
    }

    /// The page's title, as recorded in the facts file.
    pub fn title(&self) -> &'static str {
        self.cited.title()
    }

    /// Whether no public source backs this rule (it is our understanding only).
    pub fn is_unsourced(&self) -> bool {
        self.url().is_none()
    }
}

/// A warning attached to a rule: a conflict between sources, a weak source, or a choice the
/// engine made for the member. The interface translates each code into plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Caveat {
    /// The deadline printed on the member's own letter or Evidence of Coverage wins over ours.
    YourLetterWins,
    /// The regulation's own text was not seen; several plan documents agree on the figure.
    RegulationTextNotSeen,
    /// A HealthCare.gov page says "within 60 days"; the regulation (45 CFR 147.136) says 4 months.
    HealthCareGovSays60Days,
    /// Older Medicare pages still say 60 days; CMS changed it to 65 days from 1 January 2025.
    OlderPagesSay60Days,
    /// No state filing deadline was found; the federal 4-month minimum is used instead.
    StateDeadlineNotConfirmed,
    /// The agency's phone number comes from a secondary website; check the agency's own site.
    ContactFromSecondarySource,
    /// No public source was found: this is our understanding only.
    Unsourced,
    /// The figure comes from a neighbouring rule (HSC 1367.01), used by analogy only.
    AnalogyOnly,
    /// Wording is from the twin statute (Insurance Code 10123.68), not HSC 1383.15 itself.
    WordingFromTwinStatute,
    /// The plan may extend this by up to 14 days.
    MayBeExtended14Days,
    /// The statute text we saw is older; the current version may differ.
    OlderTextVerifyCurrent,
    /// The region spans several states and the member's state is not known: the earliest
    /// deadline among them is used.
    StateNotGivenEarliestUsed,
    /// The plan type is not known: the earliest deadline among the possible routes is used.
    PlanTypeNotKnownEarliestUsed,
    /// The figure is Kaiser Northwest's published turnaround, not a legal limit for this region.
    KaiserNorthwestFigure,
    /// A late application may still be accepted for good cause.
    LateAcceptedForGoodCause,
    /// The rule is in hours but only dates are known: the date shown is the day the hours run out.
    HoursRoundedToDays,
    /// A Medicare payment rate is a floor, not a quote: outside doctors usually charge more.
    MedicareRateIsFloor,
    /// The plan type does not fit the region (a California-only plan outside California).
    PlanDoesNotMatchRegion,
    /// This option closes once a State Hearing has been requested.
    ClosedAfterStateHearing,
    /// The five reasons are examples: the statute says "include, but are not limited to".
    ReasonsNotExhaustive,
    /// The decision time is not stated in our sources.
    DecisionTimeNotSourced,
    /// The reviewer's clock starts when it has the case, not on the day the member sends it,
    /// so a date counted from the filing day is approximate.
    CountedFromReviewerReceipt,
    /// The clock starts when Kaiser has the information it needs, so a date counted from the
    /// request is approximate.
    CountedFromCompleteInformation,
    /// "N months" with no published counting rule: counted the earliest way (the same date, or
    /// the last day of a shorter month, never moved off a weekend), so the member is never late.
    MonthsCountedProtectively,
    /// The federal rule is an outer limit; the state may give fewer days (at least 90).
    StateMaySetShorter,
    /// A request sent electronically must be answered sooner.
    ElectronicRequestsFaster,
    /// The state rule exempts HMOs that give most care through one medical group, which may
    /// include Kaiser's; the federal limit then applies.
    MayNotReachKaiserHmo,
    /// Outside California, Hawaii and Maryland, Kaiser is usually not the Medicaid plan itself:
    /// the appeal goes to the plan or state office named on the member's notice.
    MedicaidPlanNamedOnNotice,
    /// The Spanish line is listed for Member Services on Kaiser's Spanish-language notice
    /// (espanol.kaiserpermanente.org), not in the source of the other numbers.
    SpanishLineFromSpanishNotice,
}

impl Caveat {
    /// A stable code for the interface; never shown to the user as is.
    pub fn code(self) -> &'static str {
        match self {
            Caveat::YourLetterWins => "your-letter-wins",
            Caveat::RegulationTextNotSeen => "regulation-text-not-seen",
            Caveat::HealthCareGovSays60Days => "healthcare-gov-says-60-days",
            Caveat::OlderPagesSay60Days => "older-pages-say-60-days",
            Caveat::StateDeadlineNotConfirmed => "state-deadline-not-confirmed",
            Caveat::ContactFromSecondarySource => "contact-from-secondary-source",
            Caveat::Unsourced => "unsourced",
            Caveat::AnalogyOnly => "analogy-only",
            Caveat::WordingFromTwinStatute => "wording-from-twin-statute",
            Caveat::MayBeExtended14Days => "may-be-extended-14-days",
            Caveat::OlderTextVerifyCurrent => "older-text-verify-current",
            Caveat::StateNotGivenEarliestUsed => "state-not-given-earliest-used",
            Caveat::PlanTypeNotKnownEarliestUsed => "plan-type-not-known-earliest-used",
            Caveat::KaiserNorthwestFigure => "kaiser-northwest-figure",
            Caveat::LateAcceptedForGoodCause => "late-accepted-for-good-cause",
            Caveat::HoursRoundedToDays => "hours-rounded-to-days",
            Caveat::MedicareRateIsFloor => "medicare-rate-is-floor",
            Caveat::PlanDoesNotMatchRegion => "plan-does-not-match-region",
            Caveat::ClosedAfterStateHearing => "closed-after-state-hearing",
            Caveat::ReasonsNotExhaustive => "reasons-not-exhaustive",
            Caveat::DecisionTimeNotSourced => "decision-time-not-sourced",
            Caveat::CountedFromReviewerReceipt => "counted-from-reviewer-receipt",
            Caveat::CountedFromCompleteInformation => "counted-from-complete-information",
            Caveat::MonthsCountedProtectively => "months-counted-protectively",
            Caveat::StateMaySetShorter => "state-may-set-shorter",
            Caveat::ElectronicRequestsFaster => "electronic-requests-faster",
            Caveat::MayNotReachKaiserHmo => "may-not-reach-kaiser-hmo",
            Caveat::MedicaidPlanNamedOnNotice => "medicaid-plan-named-on-notice",
            Caveat::SpanishLineFromSpanishNotice => "spanish-line-from-spanish-notice",
        }
    }
}
