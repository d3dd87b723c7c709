//! The rules table: every filing window, decision time and agency, each with its source.
//!
//! Each constant's doc comment names its source; the same [`Source`] travels with the value so
//! the interface can show "Source: … — we are fairly sure / please check".

use chrono::NaiveDate;

use super::calendar;
use super::source::{Caveat, Confidence, Source};
use super::sources as s;

/// How long a rule gives, in the unit the source uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// Hours. Only dates are known, so the end date is the day the hours run out:
    /// start + ceil(hours / 24) days.
    Hours(u32),
    /// Calendar days: start + N days.
    CalendarDays(u32),
    /// Business days (no weekends or federal holidays): the N-th business day after the start.
    BusinessDays(u32),
    /// Months, counted as `MonthCounting` says.
    Months(u32, MonthCounting),
}

/// How "N months from D" is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonthCounting {
    /// 45 CFR 147.136(d)(2)(i): a missing day rolls to the 1st of the next month, a weekend or
    /// holiday to the next business day ([`calendar::add_months`]).
    FederalRule,
    /// No counting rule is sourced: the same day, or the last day of a shorter month, never
    /// moved later ([`calendar::add_months_protective`]).
    Protective,
}

impl Period {
    /// The last day of the period that starts on `start`.
    pub fn end_date(self, start: NaiveDate) -> NaiveDate {
        match self {
            Period::Hours(hours) => calendar::add_days(start, hours.div_ceil(24)),
            Period::CalendarDays(days) => calendar::add_days(start, days),
            Period::BusinessDays(days) => calendar::add_business_days(start, days),
            Period::Months(months, MonthCounting::FederalRule) => {
                calendar::add_months(start, months)
            }
            Period::Months(months, MonthCounting::Protective) => {
                calendar::add_months_protective(start, months)
            }
        }
    }
}

/// One sourced rule: a period, where it comes from, and any warnings about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rule {
    /// How long the rule gives.
    pub period: Period,
    /// Where the rule comes from.
    pub source: Source,
    /// Conflicts or weaknesses the interface must show with the rule.
    pub caveats: &'static [Caveat],
}

impl Rule {
    /// The last day of the rule's period starting on `start`.
    pub fn end_date(&self, start: NaiveDate) -> NaiveDate {
        self.period.end_date(start)
    }

    /// How sure we are of the rule.
    pub fn confidence(&self) -> Confidence {
        self.source.confidence
    }
}

const fn rule(period: Period, source: Source, caveats: &'static [Caveat]) -> Rule {
    Rule {
        period,
        source,
        caveats,
    }
}

use Caveat as C;
use MonthCounting::{FederalRule, Protective};
use Period::{BusinessDays, CalendarDays, Hours, Months};

// ---------------------------------------------------------------- California (DMHC) ----------

/// File a grievance with a California plan within 180 calendar days of the incident
/// (28 CCR 1300.68; `ca-grv-03`, medium: regulation text not seen, plan documents agree).
pub const CA_GRIEVANCE_FILING: Rule = rule(
    CalendarDays(180),
    s::CA_GRV_03,
    &[C::RegulationTextNotSeen, C::YourLetterWins],
);
/// The plan decides a grievance within 30 days (HSC 1368.01(a); `ca-grv-01`, high).
pub const CA_GRIEVANCE_DECISION: Rule = rule(CalendarDays(30), s::CA_GRV_01, &[]);
/// Within 3 days when there is an immediate and serious threat (HSC 1368.01(b); `ca-grv-01`).
pub const CA_GRIEVANCE_URGENT_DECISION: Rule = rule(CalendarDays(3), s::CA_GRV_01, &[]);
/// The member may go to DMHC after 30 days in the plan's grievance process, or at once when
/// urgent (`ca-grv-02`, high).
pub const CA_ESCALATE_AFTER: Rule = rule(CalendarDays(30), s::CA_GRV_02, &[]);
/// Apply for IMR within 6 months of the plan's written decision; late applications may be
/// accepted for good cause (`ca-imr-01`, high). The month counting rule is not sourced.
pub const CA_IMR_FILING: Rule = rule(
    Months(6, Protective),
    s::CA_IMR_01,
    &[
        C::MonthsCountedProtectively,
        C::LateAcceptedForGoodCause,
        C::YourLetterWins,
    ],
);
/// IMR decision within 30 days of DMHC receiving the application and documents (HSC
/// 1374.33(c); `ca-imr-02`, high): counted from the filing day, the date is approximate.
pub const CA_IMR_DECISION: Rule = rule(
    CalendarDays(30),
    s::CA_IMR_02,
    &[C::CountedFromReviewerReceipt],
);
/// Expedited IMR decision within 3 days (`ca-imr-02`, high).
pub const CA_IMR_URGENT_DECISION: Rule = rule(
    CalendarDays(3),
    s::CA_IMR_02,
    &[C::CountedFromReviewerReceipt],
);
/// Urgent second-opinion requests: the plan must reply within 72 hours (`ca-so-03`, high).
pub const CA_SECOND_OPINION_URGENT: Rule = rule(Hours(72), s::CA_SO_03, &[C::HoursRoundedToDays]);
/// A California plan's answer to a referral (a prior-authorization request): within 5 business
/// days after it has the information it needs (HSC 1367.01(h)(1); `ca-ur-01`, medium). The
/// clock starts when Kaiser has what it needs, so the date counted from the request is
/// approximate.
pub const CA_REFERRAL_DECISION: Rule = rule(
    BusinessDays(5),
    s::CA_UR_01,
    &[C::CountedFromCompleteInformation],
);
/// Non-urgent second-opinion requests have no statutory day count ("expeditious"); 14 calendar
/// days is a Medi-Cal and Medicare overlay on HSC 1367.01, kept only as the day to follow up
/// (`ca-so-05`, low; verification.md item 1; audit A2).
pub const CA_REFERRAL_FOLLOW_UP: Rule = rule(CalendarDays(14), s::CA_SO_05, &[C::AnalogyOnly]);
/// The plan must carry out an IMR decision for the member within 5 working days (HSC 1374.34;
/// `ca-imr-03`, high).
pub const CA_IMR_ACT_WITHIN: Rule = rule(BusinessDays(5), s::CA_IMR_03, &[]);

// ---------------------------------------------------------------- Medi-Cal -------------------

/// Appeal to the Medi-Cal plan within 60 calendar days of the Notice of Action (`ca-mc-01`, high).
pub const MEDI_CAL_APPEAL_FILING: Rule = rule(CalendarDays(60), s::CA_MC_01, &[C::YourLetterWins]);
/// The Medi-Cal plan resolves an appeal within 30 days (`ca-mc-01`, high).
pub const MEDI_CAL_APPEAL_DECISION: Rule = rule(CalendarDays(30), s::CA_MC_01, &[]);
/// Expedited Medi-Cal plan appeals: 72 hours (42 CFR 438.408(b)(3); `fed-mcd-03`, medium,
/// which replaces the unsourced `ca-mc-04`).
pub const MEDI_CAL_APPEAL_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::FED_MCD_03,
    &[C::MayBeExtended14Days, C::HoursRoundedToDays],
);
/// A State Hearing may be requested if the plan has not resolved the appeal in 30 days
/// (deemed exhaustion; `ca-mc-02`, high).
pub const MEDI_CAL_ESCALATE_AFTER: Rule = rule(CalendarDays(30), s::CA_MC_02, &[]);
/// Request a State Hearing within 120 calendar days of the plan's decision (WIC 10951;
/// `ca-mc-02`, high).
pub const MEDI_CAL_HEARING_FILING: Rule =
    rule(CalendarDays(120), s::CA_MC_02, &[C::YourLetterWins]);
/// Medi-Cal members may also ask DMHC for an IMR within 6 months, but not once a State Hearing
/// has been requested (`ca-mc-03`, medium).
pub const MEDI_CAL_IMR_FILING: Rule = rule(
    Months(6, Protective),
    s::CA_MC_03,
    &[
        C::MonthsCountedProtectively,
        C::ClosedAfterStateHearing,
        C::YourLetterWins,
    ],
);

// ---------------------------------------------------------------- Medicaid (other states) ---

/// The Medicaid plan's decision on a standard request for a service (prior authorization):
/// 7 calendar days for rating periods from 1 January 2026 (42 CFR 438.210(d)(1) as amended by
/// CMS-0057-F; `fed-mcd-pa`, medium: an auditor's summary, the amended text not seen). A plan
/// whose rating period starts later in 2026 may still use 14 days until it does; the member's
/// own letter wins.
pub const MEDICAID_INITIAL_DECISION: Rule = rule(
    CalendarDays(7),
    s::FED_MCD_PA,
    &[C::MayBeExtended14Days, C::RegulationTextNotSeen],
);
/// Before 2026: 14 calendar days (42 CFR 438.210(d)(1); `fed-mcd-pa`).
pub const MEDICAID_INITIAL_DECISION_BEFORE_2026: Rule = rule(
    CalendarDays(14),
    s::FED_MCD_PA,
    &[C::MayBeExtended14Days, C::RegulationTextNotSeen],
);
/// An expedited request for a service: 72 hours (42 CFR 438.210(d)(2); `fed-mcd-pa`, medium).
pub const MEDICAID_INITIAL_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::FED_MCD_PA,
    &[C::MayBeExtended14Days, C::HoursRoundedToDays],
);

/// Appeal to the Medicaid plan within 60 calendar days of the date on the notice (42 CFR
/// 438.402(c)(2)(ii); `fed-mcd-01`, medium: the regulation's text not seen, secondary sources
/// agree).
pub const MEDICAID_APPEAL_FILING: Rule = rule(
    CalendarDays(60),
    s::FED_MCD_01,
    &[C::RegulationTextNotSeen, C::YourLetterWins],
);
/// The Medicaid plan resolves a standard appeal within 30 calendar days (42 CFR 438.408(b)(2);
/// `fed-mcd-02`, medium), extendable by up to 14 days (438.408(c); `fed-mcd-04`).
pub const MEDICAID_APPEAL_DECISION: Rule =
    rule(CalendarDays(30), s::FED_MCD_02, &[C::MayBeExtended14Days]);
/// Expedited appeals: 72 hours (42 CFR 438.408(b)(3); `fed-mcd-03`, medium).
pub const MEDICAID_APPEAL_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::FED_MCD_03,
    &[C::MayBeExtended14Days, C::HoursRoundedToDays],
);
/// A plan that misses its deadline leaves the member "deemed to have exhausted" its appeal, so
/// the fair hearing opens (42 CFR 438.408(c)(3); `fed-mcd-05`, medium). Counted as the 30-day
/// standard decision time.
pub const MEDICAID_ESCALATE_AFTER: Rule = rule(CalendarDays(30), s::FED_MCD_05, &[]);
/// When the State fair hearing officer reverses a denial, the plan must authorize the care no
/// later than 72 hours after the notice (42 CFR 438.424(a); `fed-mcd-11`, medium).
pub const MEDICAID_ACT_WITHIN: Rule = rule(Hours(72), s::FED_MCD_11, &[C::HoursRoundedToDays]);
/// Ask for a State fair hearing within 120 calendar days of the plan's notice of resolution
/// (42 CFR 438.408(f)(2); `fed-mcd-06`, low: a state may set a shorter window, at least 90 days).
pub const MEDICAID_HEARING_FILING: Rule = rule(
    CalendarDays(120),
    s::FED_MCD_06,
    &[C::StateMaySetShorter, C::YourLetterWins],
);

// ---------------------------------------------------------------- Medicare Advantage ---------

/// Ask the plan to reconsider within 65 calendar days of the notice, from 1 January 2025
/// (42 CFR 422.582(b); `ma-01`, high after verification.md item 2; older pages say 60).
pub const MA_RECONSIDERATION_FILING: Rule = rule(
    CalendarDays(65),
    s::MA_01,
    &[C::OlderPagesSay60Days, C::YourLetterWins],
);
/// Standard pre-service reconsideration decision: 30 days, extendable by 14 (`ma-02`, high).
pub const MA_RECONSIDERATION_DECISION: Rule =
    rule(CalendarDays(30), s::MA_02, &[C::MayBeExtended14Days]);
/// Expedited reconsideration decision: 72 hours, extendable by 14 days (`ma-02`, high).
pub const MA_RECONSIDERATION_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::MA_02,
    &[C::MayBeExtended14Days, C::HoursRoundedToDays],
);
/// When the Independent Review Entity reverses the denial of a service, the plan must authorize
/// it within 72 hours of the notice (42 CFR 422.618(b)(1); `fed-ma-06`, medium).
pub const MA_IRE_ACT_WITHIN: Rule = rule(Hours(72), s::MA_IRE_REVERSAL, &[C::HoursRoundedToDays]);
/// Independent Review Entity decision on a service: 30 days from when it gets the case
/// (`ma-04`, medium); counted from Kaiser's decision, the date is approximate.
pub const MA_IRE_DECISION: Rule =
    rule(CalendarDays(30), s::MA_04, &[C::CountedFromReviewerReceipt]);
/// Expedited IRE decision: 72 hours (`ma-04`, medium).
pub const MA_IRE_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::MA_04,
    &[C::CountedFromReviewerReceipt, C::HoursRoundedToDays],
);
/// Initial (prior-authorization) organization determination, standard: 7 calendar days from
/// 1 January 2026 (CMS-0057-F; `ma-06`, medium); 42 CFR 422.568(b) still allows an extension of
/// up to 14 days in some cases (audit, section 1.2).
pub const MA_INITIAL_DECISION: Rule = rule(CalendarDays(7), s::MA_06, &[C::MayBeExtended14Days]);
/// Before 1 January 2026 the standard initial determination took up to 14 days (`ma-06`).
pub const MA_INITIAL_DECISION_BEFORE_2026: Rule =
    rule(CalendarDays(14), s::MA_06, &[C::MayBeExtended14Days]);
/// Expedited initial organization determination: 72 hours (`ma-06`, medium).
pub const MA_INITIAL_URGENT_DECISION: Rule = rule(Hours(72), s::MA_06, &[C::HoursRoundedToDays]);

// ---------------------------------------------------------------- FEHB -----------------------

/// Ask the FEHB carrier to reconsider within 6 months of the denial (5 CFR 890.105;
/// `fehb-01`, high, 2005 text).
pub const FEHB_RECONSIDERATION_FILING: Rule = rule(
    Months(6, Protective),
    s::FEHB_01,
    &[C::MonthsCountedProtectively, C::YourLetterWins],
);
/// The carrier has 30 days to answer; after that the member may go to OPM (`fehb-01`).
pub const FEHB_CARRIER_DECISION: Rule = rule(CalendarDays(30), s::FEHB_01, &[]);
/// Ask OPM to review within 90 days of the carrier's decision (`fehb-01`, high).
pub const FEHB_OPM_FILING: Rule = rule(CalendarDays(90), s::FEHB_01, &[C::YourLetterWins]);
/// OPM answers within about 60 days (`fehb-01`, high; `fehb-02`), from when it has the request.
pub const FEHB_OPM_DECISION: Rule = rule(
    CalendarDays(60),
    s::FEHB_01,
    &[C::CountedFromReviewerReceipt],
);

// ---------------------------------------------------------------- Federal (ACA / ERISA) ------

/// File an internal appeal within 180 days of the denial notice (45 CFR 147.136(b);
/// `fed-aca-01`, high).
pub const FEDERAL_APPEAL_FILING: Rule =
    rule(CalendarDays(180), s::FED_ACA_01, &[C::YourLetterWins]);
/// Pre-service internal appeal decision: 30 days (29 CFR 2560.503-1(i); `fed-aca-02`, high).
pub const FEDERAL_APPEAL_DECISION: Rule = rule(CalendarDays(30), s::FED_ACA_02, &[]);
/// Urgent internal appeal decision: 72 hours (`fed-aca-02`, high).
pub const FEDERAL_APPEAL_URGENT_DECISION: Rule =
    rule(Hours(72), s::FED_ACA_02, &[C::HoursRoundedToDays]);
/// Initial prior-authorization decision: 15 days (`fed-aca-03`, high), the federal outer limit;
/// several states are faster (below).
pub const FEDERAL_INITIAL_DECISION: Rule = rule(CalendarDays(15), s::FED_ACA_03, &[]);
/// Oregon: a prior-authorization decision no later than 2 business days after the request
/// (ORS 743B.423; `st-or-ur-01`, medium: a secondary copy of the statute).
pub const OR_PRIOR_AUTH_DECISION: Rule = rule(BusinessDays(2), s::ST_OR_PA, &[]);
/// Colorado: notice within 5 business days after the request (C.R.S. 10-16-112.5(3)(a)(I);
/// `st-co-ur-01`, low for Kaiser: the section exempts HMOs working through one medical group).
pub const CO_PRIOR_AUTH_DECISION: Rule =
    rule(BusinessDays(5), s::ST_CO_PA, &[C::MayNotReachKaiserHmo]);
/// Washington: a standard request not sent electronically within 5 calendar days of a complete
/// request, 3 when electronic (RCW 48.43.830; `st-wa-ur-01`, medium).
pub const WA_PRIOR_AUTH_DECISION: Rule = rule(
    CalendarDays(5),
    s::ST_WA_PA,
    &[
        C::CountedFromCompleteInformation,
        C::ElectronicRequestsFaster,
    ],
);
/// Washington: an expedited request within 2 calendar days, 1 when electronic (`st-wa-ur-01`).
pub const WA_PRIOR_AUTH_URGENT_DECISION: Rule = rule(
    CalendarDays(2),
    s::ST_WA_PA,
    &[
        C::CountedFromCompleteInformation,
        C::ElectronicRequestsFaster,
    ],
);
/// Georgia: within 7 calendar days of having all necessary information (O.C.G.A. 33-46-26;
/// `st-ga-ur-01`, medium).
pub const GA_PRIOR_AUTH_DECISION: Rule = rule(
    CalendarDays(7),
    s::ST_GA_PA,
    &[C::CountedFromCompleteInformation],
);
/// District of Columbia: 5 business days by mail, phone or fax, 3 when sent electronically
/// (D.C. Code 31-3875.01 et seq.; `st-dc-ur-01`, low: an advocacy summary).
pub const DC_PRIOR_AUTH_DECISION: Rule =
    rule(BusinessDays(5), s::ST_DC_PA, &[C::ElectronicRequestsFaster]);
/// District of Columbia: urgent prior authorization within 24 hours (`st-dc-ur-01`, low).
pub const DC_PRIOR_AUTH_URGENT_DECISION: Rule =
    rule(Hours(24), s::ST_DC_PA, &[C::HoursRoundedToDays]);
/// Urgent initial decision: 72 hours (`fed-aca-03`, high).
pub const FEDERAL_INITIAL_URGENT_DECISION: Rule =
    rule(Hours(72), s::FED_ACA_03, &[C::HoursRoundedToDays]);
/// Federal external review: within 4 months of the final internal denial, counted by the
/// federal month rule (45 CFR 147.136(d)(2)(i); `fed-aca-04`, high). A HealthCare.gov page
/// says 60 days; the regulation wins (verification.md item 3).
pub const FEDERAL_EXTERNAL_FILING: Rule = rule(
    Months(4, FederalRule),
    s::FED_ACA_04,
    &[C::HealthCareGovSays60Days, C::YourLetterWins],
);
/// Self-funded (ERISA) plans use the federal external review: 4 months, counted by the federal
/// month rule. The Labor Department's twin (29 CFR 2590.715-2719(d)(2)(i)) repeats 45 CFR
/// 147.136(d)(2)(i), whose text is the one seen (`fed-aca-04`; audit A12: no longer cited to a
/// 2005 report that predates the rule).
pub const SELF_FUNDED_EXTERNAL_FILING: Rule = rule(
    Months(4, FederalRule),
    s::FED_ACA_04,
    &[C::HealthCareGovSays60Days, C::YourLetterWins],
);
/// External review decision: 45 days after the review organization gets the request
/// (`fed-aca-05`, medium); counted from the filing day, the date is approximate.
pub const FEDERAL_EXTERNAL_DECISION: Rule = rule(
    CalendarDays(45),
    s::FED_ACA_05,
    &[C::CountedFromReviewerReceipt],
);
/// Expedited external review decision: 72 hours (`fed-aca-05`, medium).
pub const FEDERAL_EXTERNAL_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::FED_ACA_05,
    &[C::CountedFromReviewerReceipt, C::HoursRoundedToDays],
);

// ---------------------------------------------------------------- State external review ------

/// Colorado: 4 months after the final internal denial (`st-co-01`, medium).
pub const CO_EXTERNAL_FILING: Rule = rule(
    Months(4, Protective),
    s::ST_CO_01,
    &[C::MonthsCountedProtectively, C::YourLetterWins],
);
/// Colorado: decision in 45 days (`st-co-01`, medium); the request goes through the carrier,
/// so counted from the filing day the date is approximate.
pub const CO_EXTERNAL_DECISION: Rule = rule(
    CalendarDays(45),
    s::ST_CO_01,
    &[C::CountedFromReviewerReceipt],
);
/// Colorado: expedited decision in 72 hours (`st-co-01`, medium).
pub const CO_EXTERNAL_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::ST_CO_01,
    &[C::CountedFromReviewerReceipt, C::HoursRoundedToDays],
);
/// Georgia: no state filing deadline found; the federal 4 months is the fallback
/// (`st-ga-01`, low; verification.md item 6).
pub const GA_EXTERNAL_FILING: Rule = rule(
    Months(4, FederalRule),
    s::ST_GA_01,
    &[C::StateDeadlineNotConfirmed, C::YourLetterWins],
);
/// Hawaii: 130 days after the final internal determination; $15 fee (`st-hi-01`, medium).
pub const HI_EXTERNAL_FILING: Rule = rule(CalendarDays(130), s::ST_HI_01, &[C::YourLetterWins]);
/// Hawaii: decision in about 45 days (`st-hi-01`, medium).
pub const HI_EXTERNAL_DECISION: Rule = rule(
    CalendarDays(45),
    s::ST_HI_01,
    &[C::CountedFromReviewerReceipt],
);
/// Hawaii: expedited decision in 72 hours (`st-hi-01`, medium).
pub const HI_EXTERNAL_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::ST_HI_01,
    &[C::CountedFromReviewerReceipt, C::HoursRoundedToDays],
);
/// Maryland: 4 months after receiving the grievance decision (Md. Ins. 15-10A-03(a)(1);
/// `st-md-01`, high after verification.md item 5; "120 days" is wrong).
pub const MD_EXTERNAL_FILING: Rule = rule(
    Months(4, Protective),
    s::ST_MD_01,
    &[C::MonthsCountedProtectively, C::YourLetterWins],
);
/// Maryland: the Commissioner decides within 45 days after the complaint is filed
/// (verification.md item 5, high): counted from the filing day, as the statute does.
pub const MD_EXTERNAL_DECISION: Rule = rule(CalendarDays(45), s::ST_MD_01, &[]);
/// Maryland: the carrier decides an emergency grievance within 24 hours (`st-md-01`, medium),
/// faster than the federal 72 hours (audit A8).
pub const MD_GRIEVANCE_EMERGENCY_DECISION: Rule =
    rule(Hours(24), s::ST_MD_01_GRIEVANCE, &[C::HoursRoundedToDays]);
/// Maryland: 24 hours in emergency cases (verification.md item 5, high).
pub const MD_EXTERNAL_URGENT_DECISION: Rule =
    rule(Hours(24), s::ST_MD_01, &[C::HoursRoundedToDays]);
/// Virginia: 120 days after the final adverse determination (Form 216-A; `st-va-01`, medium).
pub const VA_EXTERNAL_FILING: Rule = rule(CalendarDays(120), s::ST_VA_01, &[C::YourLetterWins]);
/// Virginia: decision in 45 days (`st-va-01`, medium), from when the reviewer has the case.
pub const VA_EXTERNAL_DECISION: Rule = rule(
    CalendarDays(45),
    s::ST_VA_01,
    &[C::CountedFromReviewerReceipt],
);
/// District of Columbia: 4 months after the insurer's final decision (`st-dc-01`, medium).
pub const DC_EXTERNAL_FILING: Rule = rule(
    Months(4, Protective),
    s::ST_DC_01,
    &[C::MonthsCountedProtectively, C::YourLetterWins],
);
/// District of Columbia: decision in about 45 days (`st-dc-01`, medium).
pub const DC_EXTERNAL_DECISION: Rule = rule(
    CalendarDays(45),
    s::ST_DC_01,
    &[C::CountedFromReviewerReceipt],
);
/// District of Columbia: expedited decision in 72 hours (`st-dc-01`, medium).
pub const DC_EXTERNAL_URGENT_DECISION: Rule = rule(
    Hours(72),
    s::ST_DC_01,
    &[C::CountedFromReviewerReceipt, C::HoursRoundedToDays],
);
/// Oregon: no later than the 180th day after the final internal decision (ORS 743B.255;
/// `st-or-01`, high).
pub const OR_EXTERNAL_FILING: Rule = rule(CalendarDays(180), s::ST_OR_01, &[C::YourLetterWins]);
/// Washington: up to 180 days (WAC 284-43-3150(5); `st-wa-01`, high after verification.md
/// item 5; older "60/120 days" figures are not supported).
pub const WA_EXTERNAL_FILING: Rule = rule(CalendarDays(180), s::ST_WA_01, &[C::YourLetterWins]);

// ---------------------------------------------------------------- Timely access (California) -

/// Urgent appointment, no prior authorization: 48 hours (`ca-ta-01`, high).
pub const CA_ACCESS_URGENT: Rule = rule(Hours(48), s::CA_TA_01, &[C::HoursRoundedToDays]);
/// Urgent appointment needing prior authorization: 96 hours (`ca-ta-02`, high).
pub const CA_ACCESS_URGENT_PRIOR_AUTH: Rule =
    rule(Hours(96), s::CA_TA_02, &[C::HoursRoundedToDays]);
/// Non-urgent primary care: 10 business days (`ca-ta-03`, high).
pub const CA_ACCESS_PRIMARY_CARE: Rule = rule(BusinessDays(10), s::CA_TA_03, &[]);
/// Non-urgent specialist: 15 business days (`ca-ta-04`, high).
pub const CA_ACCESS_SPECIALIST: Rule = rule(BusinessDays(15), s::CA_TA_04, &[]);
/// Non-urgent non-physician mental health: 10 business days (`ca-ta-05`, high).
pub const CA_ACCESS_MENTAL_HEALTH: Rule = rule(BusinessDays(10), s::CA_TA_05, &[]);
/// Non-urgent ancillary services (labs, MRI, physical therapy): 15 business days (`ca-ta-06`).
pub const CA_ACCESS_ANCILLARY: Rule = rule(BusinessDays(15), s::CA_TA_06, &[]);
/// Non-urgent mental-health follow-up: 10 business days after the prior visit (`ca-ta-09`,
/// medium).
pub const CA_ACCESS_MENTAL_HEALTH_FOLLOW_UP: Rule = rule(BusinessDays(10), s::CA_TA_09, &[]);

// ---------------------------------------------------------------- Records --------------------

/// HIPAA: the provider must act within 30 calendar days (45 CFR 164.524; `rec-hipaa-02`, high).
pub const HIPAA_RECORDS: Rule = rule(CalendarDays(30), s::REC_HIPAA_02, &[]);
/// HIPAA: one extension of up to 30 more days, with written notice within the first 30
/// (`rec-hipaa-02`, high).
pub const HIPAA_RECORDS_EXTENSION: Rule = rule(CalendarDays(30), s::REC_HIPAA_02, &[]);
/// HIPAA's outer limit: 30 days plus one extension of up to 30 more, with written notice
/// (`rec-hipaa-02`, high; audit A6). The "safe even then" date outside California uses it.
pub const HIPAA_RECORDS_WITH_EXTENSION: Rule = rule(CalendarDays(60), s::REC_HIPAA_02, &[]);
/// California: copies within 15 days of the written request, no extension (HSC 123110(b);
/// `rec-ca-01`, medium, older text).
pub const CA_RECORDS_COPIES: Rule =
    rule(CalendarDays(15), s::REC_CA_01, &[C::OlderTextVerifyCurrent]);
/// Kaiser Northwest: "Allow 5 business days" for electronic records (`kp-roi-01`, high).
pub const KP_NORTHWEST_RECORDS: Rule = rule(BusinessDays(5), s::KP_ROI_01, &[]);
/// Kaiser Washington: records within 15 business days (`kp-roi-02`, high).
pub const KP_WASHINGTON_RECORDS: Rule = rule(BusinessDays(15), s::KP_ROI_02, &[]);
/// Washington's legal limit when records are delayed: 21 working days after the request (RCW
/// 70.02.080(1)(d); `rec-wa-01`, medium; audit A4: working days, not calendar days).
pub const WA_RECORDS_DELAYED_LIMIT: Rule = rule(BusinessDays(21), s::REC_WA_01, &[]);
/// The seed guide's lead time for a records request: 5 business days before the appointment,
/// the figure Kaiser Northwest publishes (`kp-roi-01`). Where Kaiser publishes a longer
/// turnaround, that is the default instead (`access::records_rules`).
pub const RECORDS_SEED_LEAD: Rule =
    rule(BusinessDays(5), s::KP_ROI_01, &[C::KaiserNorthwestFigure]);
