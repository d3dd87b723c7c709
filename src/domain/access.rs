//! Access rules: appointment-wait and travel standards, the second-opinion law that applies, and
//! the time limits for getting medical records.

use super::plan::{PlanType, Region, UsState};
use super::rules::{self as r, Period, Rule};
use super::source::{Caveat, Source};
use super::sources as s;

/// Whether California's Knox-Keene rules (DMHC) reach this plan type in a California region.
/// Medicare Advantage, FEHB and self-funded plans follow federal rules; "not sure" may be either.
pub fn knox_keene(region: Option<Region>, plan: Option<PlanType>) -> Applies {
    if region.is_some_and(|r| !r.is_california()) {
        return Applies::No;
    }
    match plan {
        Some(PlanType::CoveredCalifornia) => Applies::Yes,
        Some(PlanType::EmployerOrIndividualHmo | PlanType::Medicaid) if region.is_some() => {
            Applies::Yes
        }
        Some(PlanType::MedicareAdvantage | PlanType::Fehb | PlanType::SelfFundedEmployer) => {
            Applies::No
        }
        _ => Applies::Maybe,
    }
}

/// Whether a rule reaches the member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Applies {
    /// It does.
    Yes,
    /// It depends on an answer the member has not given (plan type, region).
    Maybe,
    /// It does not.
    No,
}

/// California's timely-access standards (28 CCR 1300.67.2.2 / HSC 1367.03). The clock starts at
/// the request; a longer wait is allowed only if a provider notes in the record that it will not
/// harm the patient (`ca-ta-08`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelyAccess {
    /// Urgent, no prior authorization: 48 hours.
    pub urgent: Rule,
    /// Urgent, prior authorization needed: 96 hours.
    pub urgent_prior_authorization: Rule,
    /// Non-urgent primary care: 10 business days.
    pub primary_care: Rule,
    /// Non-urgent specialist: 15 business days.
    pub specialist: Rule,
    /// Non-urgent non-physician mental health: 10 business days.
    pub mental_health: Rule,
    /// Non-urgent ancillary (labs, MRI, physical therapy): 15 business days.
    pub ancillary: Rule,
    /// Non-urgent mental-health follow-up: 10 business days after the prior visit.
    pub mental_health_follow_up: Rule,
    /// Phone triage call-back: 30 minutes (`ca-ta-07`).
    pub triage_callback_minutes: u32,
    /// Source of the triage figure.
    pub triage_source: Source,
    /// Longer waits are allowed if documented as harmless (`ca-ta-08`, medium).
    pub longer_wait_if_documented: Source,
}

/// California's standards, when Knox-Keene rules may reach the plan; `None` elsewhere (no
/// appointment-wait standard is sourced outside California).
pub fn timely_access(region: Option<Region>, plan: Option<PlanType>) -> Option<TimelyAccess> {
    if knox_keene(region, plan) == Applies::No {
        return None;
    }
    Some(TimelyAccess {
        urgent: r::CA_ACCESS_URGENT,
        urgent_prior_authorization: r::CA_ACCESS_URGENT_PRIOR_AUTH,
        primary_care: r::CA_ACCESS_PRIMARY_CARE,
        specialist: r::CA_ACCESS_SPECIALIST,
        mental_health: r::CA_ACCESS_MENTAL_HEALTH,
        ancillary: r::CA_ACCESS_ANCILLARY,
        mental_health_follow_up: r::CA_ACCESS_MENTAL_HEALTH_FOLLOW_UP,
        triage_callback_minutes: 30,
        triage_source: s::CA_TA_07,
        longer_wait_if_documented: s::CA_TA_08,
    })
}

/// The member's county, by the size classes of the Medi-Cal travel standard (WIC 14197).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountyType {
    /// A large county (e.g. Alameda, Los Angeles, San Francisco, Santa Clara).
    Large,
    /// A medium county.
    Medium,
    /// A small county.
    Small,
    /// A rural county.
    Rural,
}

impl CountyType {
    /// Every county type, largest first.
    pub const ALL: [CountyType; 4] = [
        CountyType::Large,
        CountyType::Medium,
        CountyType::Small,
        CountyType::Rural,
    ];

    /// A stable code for saved state and form values.
    pub fn code(self) -> &'static str {
        match self {
            CountyType::Large => "large",
            CountyType::Medium => "medium",
            CountyType::Small => "small",
            CountyType::Rural => "rural",
        }
    }

    /// The county type whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<CountyType> {
        CountyType::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// A time-and-distance limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TravelLimit {
    /// Miles.
    pub miles: u32,
    /// Minutes.
    pub minutes: u32,
}

/// The travel standard for reaching an in-network specialist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TravelStandard {
    /// Medi-Cal managed care specialists (WIC 14197; `ca-geo-02`, high): 15 mi / 30 min in large
    /// counties, 30 / 60 medium, 45 / 75 small, 60 / 90 rural. `None` until the county type is
    /// known.
    MediCalSpecialist(Option<TravelLimit>, Source),
    /// California commercial plans: no numeric specialist standard (28 CCR 1300.67.2,
    /// verification.md item 8), but HSC 1383.15 requires the plan to consider the member's
    /// ability to travel (`ca-so-04`).
    ConsideredWithoutNumber {
        /// The regulation without a numeric standard.
        regulation: Source,
        /// The statute requiring travel to be considered.
        statute: Source,
    },
    /// No travel standard in our sources for this plan.
    NotSourced,
}

/// Medi-Cal specialist limits by county type (`ca-geo-02`, high).
pub fn medi_cal_specialist_limit(county: CountyType) -> TravelLimit {
    let (miles, minutes) = match county {
        CountyType::Large => (15, 30),
        CountyType::Medium => (30, 60),
        CountyType::Small => (45, 75),
        CountyType::Rural => (60, 90),
    };
    TravelLimit { miles, minutes }
}

/// The travel standard that applies to a member.
pub fn travel_standard(
    region: Option<Region>,
    plan: Option<PlanType>,
    county: Option<CountyType>,
) -> TravelStandard {
    match (plan, knox_keene(region, plan)) {
        (Some(PlanType::Medicaid), Applies::Yes) => {
            TravelStandard::MediCalSpecialist(county.map(medi_cal_specialist_limit), s::CA_GEO_02)
        }
        (_, Applies::Yes | Applies::Maybe) if region.is_some_and(Region::is_california) => {
            TravelStandard::ConsideredWithoutNumber {
                regulation: s::CA_1300_67_2,
                statute: s::CA_SO_04,
            }
        }
        _ => TravelStandard::NotSourced,
    }
}

/// The rule that lets a member go outside the network when no qualified in-network specialist
/// exists, for this region, plan type and state.
pub fn outside_referral_basis(
    region: Option<Region>,
    plan: Option<PlanType>,
    state: Option<UsState>,
) -> Source {
    if knox_keene(region, plan) == Applies::Yes {
        return s::CA_SO_04;
    }
    match plan {
        Some(PlanType::MedicareAdvantage) => s::MA_422_112,
        Some(PlanType::Medicaid) => s::FED_MCD_08,
        Some(PlanType::EmployerOrIndividualHmo) if oregon_plan(region, plan, state) => s::ST_OR_02,
        Some(PlanType::EmployerOrIndividualHmo) if region == Some(Region::Northwest) => s::KP_SO_02,
        _ => s::SEED,
    }
}

/// Whether the member has an Oregon-issued plan that Oregon's insurance law reaches: a Kaiser
/// Northwest employer or individual plan, with Oregon chosen as the plan's state. Never for
/// "not sure", federal programs, or a plan issued in Washington (audit A10).
fn oregon_plan(region: Option<Region>, plan: Option<PlanType>, state: Option<UsState>) -> bool {
    region == Some(Region::Northwest)
        && state == Some(UsState::Oregon)
        && plan == Some(PlanType::EmployerOrIndividualHmo)
}

/// Oregon's second-opinion rule (former ORS 743.856; `st-or-02`, medium): out of network when no
/// network doctor is available, at no more than the cost of an initial consultation. Only for
/// Oregon-issued plans.
pub fn oregon_second_opinion(
    region: Option<Region>,
    plan: Option<PlanType>,
    state: Option<UsState>,
) -> Option<Source> {
    oregon_plan(region, plan, state).then_some(s::ST_OR_02)
}

/// Time limits for getting medical records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordsRules {
    /// HIPAA: act within 30 calendar days (`rec-hipaa-02`).
    pub legal_max: Rule,
    /// HIPAA: one extension of up to 30 more days.
    pub extension: Rule,
    /// The longest Kaiser may take by law where the member lives: California's 15 days for
    /// copies (no extension), or elsewhere HIPAA's 30 days plus its one 30-day extension.
    pub safe_limit: Rule,
    /// Which law [`safe_limit`](Self::safe_limit) comes from.
    pub safe_limit_law: RecordsLaw,
    /// Kaiser's published turnaround for this region, when there is one.
    pub kaiser_turnaround: Option<Rule>,
    /// The legal limit when records are delayed, where sourced (Washington: 21 working days).
    pub delayed_limit: Option<Rule>,
    /// When Kaiser publishes no turnaround for the region, the source saying so.
    pub kaiser_turnaround_unknown: Option<Source>,
    /// The default "request records by" lead: the longer of 5 business days (the seed guide)
    /// and Kaiser's own published turnaround for the region.
    pub default_lead: Rule,
}

/// The law behind the records "safe even then" date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordsLaw {
    /// California's HSC 123110(b): copies within 15 days.
    CaliforniaCopies,
    /// HIPAA: 30 days, plus one 30-day extension with written notice.
    HipaaWithExtension,
}

/// The records rules for a region and, in a multi-state region, the member's state.
pub fn records_rules(region: Option<Region>, state: Option<UsState>) -> RecordsRules {
    let california = region.is_some_and(Region::is_california);
    let kaiser_turnaround = match region {
        Some(Region::Northwest) => Some(r::KP_NORTHWEST_RECORDS),
        Some(Region::Washington) => Some(r::KP_WASHINGTON_RECORDS),
        _ => None,
    };
    // The longer of 5 business days and Kaiser's published turnaround (audit A5).
    let seed = r::RECORDS_SEED_LEAD;
    let default_lead = match (kaiser_turnaround, seed.period) {
        (Some(turnaround), Period::BusinessDays(seed_days)) if matches!(turnaround.period, Period::BusinessDays(days) if days >= seed_days) => {
            turnaround
        }
        _ => seed,
    };
    let (safe_limit, safe_limit_law) = if california {
        (r::CA_RECORDS_COPIES, RecordsLaw::CaliforniaCopies)
    } else {
        (
            r::HIPAA_RECORDS_WITH_EXTENSION,
            RecordsLaw::HipaaWithExtension,
        )
    };
    RecordsRules {
        legal_max: r::HIPAA_RECORDS,
        extension: r::HIPAA_RECORDS_EXTENSION,
        safe_limit,
        safe_limit_law,
        kaiser_turnaround,
        // RCW 70.02.080 binds providers in Washington, Kaiser Northwest's in Southwest
        // Washington too.
        delayed_limit: (region == Some(Region::Washington) || state == Some(UsState::Washington))
            .then_some(r::WA_RECORDS_DELAYED_LIMIT),
        kaiser_turnaround_unknown: california.then_some(s::KP_ROI_03),
        default_lead,
    }
}

/// California's second-opinion law (HSC 1383.15) as it reaches a member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaliforniaSecondOpinion {
    /// Whether it reaches this plan type (`Maybe` when the plan type is not known).
    pub applies: Applies,
    /// The statute (`ca-so-01`, AB 12).
    pub statute: Source,
    /// The five reasons (`ca-so-02`); the list is not exhaustive.
    pub reasons: Source,
    /// Out of network when no qualified in-network provider; travel considered; copay only
    /// (`ca-so-04`, via the twin Insurance Code section).
    pub out_of_network: Source,
    /// Urgent requests: 72 hours (`ca-so-03`).
    pub urgent: Rule,
    /// Non-urgent: an answer expected within 5 business days after Kaiser has what it needs
    /// (HSC 1367.01, `ca-ur-01`); 14 days only as the day to follow up (`ca-so-05`, low).
    pub non_urgent: Rule,
    /// The follow-up day for a non-urgent request with no answer.
    pub follow_up: Rule,
    /// Plans must give their response timelines on request (`ca-so-06`).
    pub timelines_on_request: Source,
    /// Kaiser California's own EOC wording was not found (`kp-so-03`, low).
    pub eoc_wording: Source,
    /// The five reasons are not exhaustive, and the exact wording comes from the twin
    /// Insurance Code section (verification.md item 1).
    pub caveats: &'static [Caveat],
}

/// A federal program's rule for care outside the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FederalOutsideCare {
    /// Medicare Advantage: care outside the network at in-network cost sharing when the network
    /// cannot meet the member's medical need (42 CFR 422.112(a)(1)(iii)).
    MedicareNetworkGap(Source),
    /// Medicaid: a second opinion from a network doctor, or one arranged outside the network, at
    /// no cost to the member (42 CFR 438.206(b)(3)).
    MedicaidSecondOpinion(Source),
}

/// The second-opinion rights that reach a member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SecondOpinionRights {
    /// California's HSC 1383.15, for California Knox-Keene plans.
    pub california: Option<CaliforniaSecondOpinion>,
    /// Oregon's rule (`st-or-02`), for Oregon-issued Kaiser Northwest plans.
    pub oregon: Option<Source>,
    /// Medicare's or Medicaid's own rule, for members of those programs.
    pub federal: Option<FederalOutsideCare>,
    /// Kaiser's own published policy for the region: Northwest outside referrals (`kp-so-02`),
    /// Washington's right to a second opinion (`kp-so-01`).
    pub kaiser_policy: Option<Source>,
}

/// The second-opinion rights for a region, plan type and state.
pub fn second_opinion_rights(
    region: Option<Region>,
    plan: Option<PlanType>,
    state: Option<UsState>,
) -> SecondOpinionRights {
    let covered = knox_keene(region, plan);
    let in_california = region.map_or(plan.is_some_and(PlanType::is_california_only), |r| {
        r.is_california()
    });
    SecondOpinionRights {
        california: (covered != Applies::No && in_california).then_some(CaliforniaSecondOpinion {
            applies: covered,
            statute: s::CA_SO_01,
            reasons: s::CA_SO_02,
            out_of_network: s::CA_SO_04,
            urgent: r::CA_SECOND_OPINION_URGENT,
            non_urgent: r::CA_REFERRAL_DECISION,
            follow_up: r::CA_REFERRAL_FOLLOW_UP,
            timelines_on_request: s::CA_SO_06,
            eoc_wording: s::KP_SO_03,
            caveats: &[Caveat::ReasonsNotExhaustive, Caveat::WordingFromTwinStatute],
        }),
        oregon: oregon_second_opinion(region, plan, state),
        federal: match plan {
            Some(PlanType::MedicareAdvantage) => {
                Some(FederalOutsideCare::MedicareNetworkGap(s::MA_422_112))
            }
            Some(PlanType::Medicaid) => {
                Some(FederalOutsideCare::MedicaidSecondOpinion(s::FED_MCD_08))
            }
            _ => None,
        },
        kaiser_policy: match region {
            Some(Region::Northwest) => Some(s::KP_SO_02),
            Some(Region::Washington) => Some(s::KP_SO_01),
            _ => None,
        },
    }
}
