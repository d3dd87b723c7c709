//! The appeal route for a region and plan type: the internal step, the independent review that
//! follows, who to call, and what the member still needs to find out.

use chrono::NaiveDate;

use super::rules::{self as r, Rule};
use super::source::{Caveat, Source};
use super::sources as s;
use super::{PlanType, Region};

/// A state (or DC) whose law may govern a Kaiser plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UsState {
    /// California.
    California,
    /// Colorado.
    Colorado,
    /// Georgia.
    Georgia,
    /// Hawaii.
    Hawaii,
    /// Maryland.
    Maryland,
    /// Virginia.
    Virginia,
    /// The District of Columbia.
    DistrictOfColumbia,
    /// Oregon.
    Oregon,
    /// Washington.
    Washington,
}

impl UsState {
    /// Every state in which Kaiser operates.
    pub const ALL: [UsState; 9] = [
        UsState::California,
        UsState::Colorado,
        UsState::Georgia,
        UsState::Hawaii,
        UsState::Maryland,
        UsState::Virginia,
        UsState::DistrictOfColumbia,
        UsState::Oregon,
        UsState::Washington,
    ];

    /// A stable code for saved state and form values (postal abbreviation, lower case).
    pub fn code(self) -> &'static str {
        match self {
            UsState::California => "ca",
            UsState::Colorado => "co",
            UsState::Georgia => "ga",
            UsState::Hawaii => "hi",
            UsState::Maryland => "md",
            UsState::Virginia => "va",
            UsState::DistrictOfColumbia => "dc",
            UsState::Oregon => "or",
            UsState::Washington => "wa",
        }
    }

    /// The state whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<UsState> {
        UsState::ALL.into_iter().find(|st| st.code() == code)
    }

    /// The states a Kaiser region covers (`kp-regions-01`).
    pub fn of_region(region: Region) -> &'static [UsState] {
        match region {
            Region::NorthernCalifornia | Region::SouthernCalifornia => &[UsState::California],
            Region::Colorado => &[UsState::Colorado],
            Region::Georgia => &[UsState::Georgia],
            Region::Hawaii => &[UsState::Hawaii],
            Region::MidAtlantic => &[
                UsState::Maryland,
                UsState::Virginia,
                UsState::DistrictOfColumbia,
            ],
            Region::Northwest => &[UsState::Oregon, UsState::Washington],
            Region::Washington => &[UsState::Washington],
        }
    }
}

/// An agency or plan office the member can contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Contact {
    /// The office's proper name (not translated).
    pub name: &'static str,
    /// Main phone number, when our sources give one.
    pub phone: Option<&'static str>,
    /// A second (often toll-free) number, when sourced.
    pub other_phone: Option<&'static str>,
    /// TTY/TDD number, when sourced.
    pub tty: Option<&'static str>,
    /// Website, when sourced.
    pub website: Option<&'static str>,
    /// Where the contact details come from.
    pub source: Source,
    /// Warnings about the details (e.g. taken from a secondary website).
    pub caveats: &'static [Caveat],
}

/// Which appeal system applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RouteKind {
    /// California Knox-Keene HMO (employer, individual, Covered California): plan grievance,
    /// then DMHC Independent Medical Review.
    CaliforniaDmhc,
    /// Medi-Cal managed care: plan appeal, then State Hearing (or DMHC IMR).
    MediCal,
    /// Medicare Advantage (Senior Advantage): reconsideration, then the automatic IRE.
    MedicareAdvantage,
    /// Federal employees: carrier reconsideration, then OPM review.
    Fehb,
    /// Self-funded (ERISA) employer plan: internal appeal, then federal external review.
    SelfFundedFederal,
    /// Fully insured plan outside California: internal appeal, then the state's external review.
    StateExternalReview(UsState),
    /// Plan type or state not known: the earliest deadline among the possible routes.
    Protective,
}

/// What the plan-level step is called in this route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InternalStepKind {
    /// A grievance (California plans).
    Grievance,
    /// An internal appeal (Medi-Cal plans, ACA plans).
    Appeal,
    /// A reconsideration (Medicare Advantage, FEHB).
    Reconsideration,
    /// Not known yet (protective route).
    NotKnown,
}

/// The first step: asking the plan itself to change its decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InternalStep {
    /// What the step is called.
    pub kind: InternalStepKind,
    /// Deadline to file, counted from the denial letter's date.
    pub filing_window: Rule,
    /// Standard decision time, counted from filing (`None` when it depends on the plan type).
    pub decision: Option<Rule>,
    /// Decision time when urgent.
    pub urgent_decision: Option<Rule>,
    /// The plan's Member Services, when sourced for this region and plan type.
    pub member_services: Option<Contact>,
}

/// The independent reviewer after the plan's own review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewKind {
    /// California DMHC Independent Medical Review.
    DmhcImr,
    /// Medi-Cal State Hearing (California Department of Social Services).
    MediCalStateHearing,
    /// Medicare Part C Independent Review Entity.
    MedicareIre,
    /// Office of Personnel Management review (FEHB).
    OpmReview,
    /// Federal external review by an independent review organization.
    FederalExternalReview,
    /// A state's external review program.
    StateExternalReview(UsState),
    /// Depends on the plan type (protective route).
    DependsOnPlanType,
}

/// Whether the independent reviewer's decision binds the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Binding {
    /// The plan must follow the decision; the source says so.
    BindsPlan(Source),
    /// Our sources do not say.
    NotStated,
}

/// When the member may go to the independent review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Escalation {
    /// After the plan's final decision.
    AfterDecision,
    /// After the plan's decision, or once the rule's time has passed without one.
    AfterDecisionOrWait(Rule),
    /// The plan forwards the case itself when it upholds its denial.
    Automatic(Source),
}

/// The independent review that follows the plan's own review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndependentReview {
    /// Which review.
    pub kind: ReviewKind,
    /// Who runs it (`None` when it depends on the plan type).
    pub agency: Option<Contact>,
    /// Deadline to ask, counted from the plan's final decision (`None` when automatic).
    pub filing_window: Option<Rule>,
    /// Standard decision time (`None` when not sourced).
    pub decision: Option<Rule>,
    /// Decision time when urgent (`None` when not sourced).
    pub urgent_decision: Option<Rule>,
    /// Whether it binds the plan.
    pub binding: Binding,
    /// When the member may go.
    pub escalation: Escalation,
    /// When urgent, the member may go without waiting for the plan (with the rule's source).
    pub urgent_without_waiting: Option<Source>,
    /// Warnings about this review.
    pub caveats: &'static [Caveat],
}

/// Something the member should find out because the answer changes the route or a deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindOut {
    /// Which kind of plan this is (employer, individual, Medi-Cal, Medicare, FEHB, self-funded).
    WhichPlanType,
    /// Ask the employer or HR whether the plan is self-funded (`fed-erisa-01`).
    WhetherSelfFunded,
    /// Which state's law governs the plan (multi-state regions).
    WhichState,
    /// Read the deadlines printed on the denial letter: they win over ours.
    DeadlinesOnDenialLetter,
    /// Read the "Second opinions" section of the Evidence of Coverage (`kp-so-03`).
    EocSecondOpinionSection,
    /// Ask Member Services what an authorized outside referral costs under this plan.
    OutsideReferralCostShare,
    /// Ask the plan for its filed second-opinion response timelines (`ca-so-06`).
    SecondOpinionTimelines,
    /// Ask Member Services which appointment-wait and travel standards the plan follows.
    AccessStandards,
}

/// The whole appeal route for a member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// Which system applies.
    pub kind: RouteKind,
    /// The plan's own review.
    pub internal: InternalStep,
    /// The independent review after it.
    pub review: IndependentReview,
    /// Other reviews the member may choose instead (Medi-Cal: DMHC IMR), or, for the protective
    /// route, the reviews of every possible plan type.
    pub alternatives: Vec<IndependentReview>,
    /// Warnings about the route as a whole.
    pub caveats: Vec<Caveat>,
    /// What the member should find out.
    pub find_out: Vec<FindOut>,
    /// For the protective route: the possible routes it was built from.
    pub candidates: Vec<Route>,
}

// ---------------------------------------------------------------- contacts -------------------

/// DMHC Help Center (`ca-imr-05`, high).
pub const DMHC: Contact = Contact {
    name: "California Department of Managed Health Care (DMHC) Help Center",
    phone: Some("1-888-466-2219"),
    other_phone: None,
    tty: Some("1-877-688-9891"),
    website: Some("https://www.dmhc.ca.gov"),
    source: s::CA_IMR_05,
    caveats: &[],
};
/// CDSS State Hearings (`ca-mc-01`, high): no phone number in our sources.
pub const CDSS_STATE_HEARINGS: Contact = Contact {
    name: "California Department of Social Services, State Hearings",
    phone: None,
    other_phone: None,
    tty: None,
    website: Some("https://cdss.ca.gov/hearing-requests"),
    source: s::CA_MC_01,
    caveats: &[],
};
/// Kaiser California Member Services (`kp-contact-01`, high).
pub const KP_CALIFORNIA_MEMBER_SERVICES: Contact = Contact {
    name: "Kaiser Permanente California Member Services",
    phone: Some("1-800-464-4000"),
    other_phone: None,
    tty: Some("711"),
    website: None,
    source: s::KP_CONTACT_01,
    caveats: &[],
};
/// Kaiser Senior Advantage (California) Member Services (`kp-contact-02`, medium, older EOCs).
pub const KP_CALIFORNIA_SENIOR_ADVANTAGE: Contact = Contact {
    name: "Kaiser Permanente Senior Advantage (California) Member Services",
    phone: Some("1-800-443-0815"),
    other_phone: None,
    tty: Some("711"),
    website: None,
    source: s::KP_CONTACT_02,
    caveats: &[Caveat::OlderTextVerifyCurrent],
};
/// Medicare Part C Independent Review Entity (`ma-03`, high): no phone in our sources.
pub const MEDICARE_IRE: Contact = Contact {
    name: "Medicare Part C Independent Review Entity (Maximus Federal Services)",
    phone: None,
    other_phone: None,
    tty: None,
    website: None,
    source: s::MA_03,
    caveats: &[],
};
/// OPM (`fehb-01`, high): no phone or website in our sources.
pub const OPM: Contact = Contact {
    name: "U.S. Office of Personnel Management (OPM)",
    phone: None,
    other_phone: None,
    tty: None,
    website: None,
    source: s::FEHB_01,
    caveats: &[],
};
/// Federal external review for self-funded plans (`fed-erisa-01`, medium; `fed-aca-07`).
pub const FEDERAL_EXTERNAL_REVIEWER: Contact = Contact {
    name: "Federal external review (an independent review organization, through your plan or the HHS-administered process)",
    phone: None,
    other_phone: None,
    tty: None,
    website: None,
    source: s::FED_ERISA_01,
    caveats: &[],
};

const SECONDARY: &[Caveat] = &[Caveat::ContactFromSecondarySource];

/// The state external-review agency (`st-*-01`).
pub fn state_agency(state: UsState) -> Contact {
    let (name, phone, other_phone, website, source) = match state {
        UsState::California => return DMHC,
        UsState::Colorado => (
            "Colorado Division of Insurance (DORA)",
            "303-894-7490",
            Some("800-930-3745"),
            Some("https://doi.colorado.gov/for-consumers/external-review-process"),
            s::ST_CO_01,
        ),
        UsState::Georgia => (
            "Georgia Office of Commissioner of Insurance and Safety Fire (OCI)",
            "404-656-2070",
            Some("800-656-2298"),
            Some("https://oci.georgia.gov"),
            s::ST_GA_01,
        ),
        UsState::Hawaii => (
            "Hawaii Insurance Division (DCCA)",
            "808-586-2790",
            None,
            Some("https://cca.hawaii.gov/ins"),
            s::ST_HI_01,
        ),
        UsState::Maryland => (
            "Maryland Insurance Administration",
            "410-468-2000",
            Some("800-492-6116"),
            None,
            s::ST_MD_01_CONTACTS,
        ),
        UsState::Virginia => (
            "Virginia Bureau of Insurance, Office of Independent External Review (Managed Care Ombudsman)",
            "1-877-310-6560",
            Some("804-371-9691"),
            Some("https://scc.virginia.gov"),
            s::ST_VA_01,
        ),
        UsState::DistrictOfColumbia => (
            "DC Office of Health Care Ombudsman and Bill of Rights",
            "877-685-6391",
            Some("202-727-8000"),
            None,
            s::ST_DC_01,
        ),
        UsState::Oregon => (
            "Oregon Division of Financial Regulation (DCBS)",
            "888-877-4894",
            None,
            Some("https://dfr.oregon.gov"),
            s::ST_OR_01,
        ),
        UsState::Washington => (
            "Washington Office of the Insurance Commissioner",
            "1-800-562-6900",
            None,
            Some("https://www.insurance.wa.gov"),
            s::ST_WA_01,
        ),
    };
    Contact {
        name,
        phone: Some(phone),
        other_phone,
        tty: None,
        website,
        source,
        caveats: SECONDARY,
    }
}

// ---------------------------------------------------------------- routes ---------------------

fn member_services(region: Option<Region>, plan: PlanType) -> Option<Contact> {
    let in_california = region.is_some_and(Region::is_california);
    match plan {
        PlanType::MedicareAdvantage if in_california => Some(KP_CALIFORNIA_SENIOR_ADVANTAGE),
        PlanType::EmployerOrIndividualHmo | PlanType::CoveredCalifornia if in_california => {
            Some(KP_CALIFORNIA_MEMBER_SERVICES)
        }
        _ => None,
    }
}

fn california_dmhc(region: Option<Region>, plan: PlanType) -> Route {
    Route {
        kind: RouteKind::CaliforniaDmhc,
        internal: InternalStep {
            kind: InternalStepKind::Grievance,
            filing_window: r::CA_GRIEVANCE_FILING,
            decision: Some(r::CA_GRIEVANCE_DECISION),
            urgent_decision: Some(r::CA_GRIEVANCE_URGENT_DECISION),
            member_services: member_services(region, plan),
        },
        review: dmhc_imr(r::CA_IMR_FILING),
        alternatives: Vec::new(),
        caveats: Vec::new(),
        find_out: vec![
            FindOut::DeadlinesOnDenialLetter,
            FindOut::EocSecondOpinionSection,
        ],
        candidates: Vec::new(),
    }
}

fn dmhc_imr(filing_window: Rule) -> IndependentReview {
    IndependentReview {
        kind: ReviewKind::DmhcImr,
        agency: Some(DMHC),
        filing_window: Some(filing_window),
        decision: Some(r::CA_IMR_DECISION),
        urgent_decision: Some(r::CA_IMR_URGENT_DECISION),
        binding: Binding::BindsPlan(s::CA_IMR_03),
        escalation: Escalation::AfterDecisionOrWait(r::CA_ESCALATE_AFTER),
        urgent_without_waiting: Some(s::CA_GRV_02),
        caveats: &[],
    }
}

fn medi_cal() -> Route {
    let mut imr = dmhc_imr(r::MEDI_CAL_IMR_FILING);
    imr.caveats = &[Caveat::ClosedAfterStateHearing];
    Route {
        kind: RouteKind::MediCal,
        internal: InternalStep {
            kind: InternalStepKind::Appeal,
            filing_window: r::MEDI_CAL_APPEAL_FILING,
            decision: Some(r::MEDI_CAL_APPEAL_DECISION),
            urgent_decision: Some(r::MEDI_CAL_APPEAL_URGENT_DECISION),
            member_services: None,
        },
        review: IndependentReview {
            kind: ReviewKind::MediCalStateHearing,
            agency: Some(CDSS_STATE_HEARINGS),
            filing_window: Some(r::MEDI_CAL_HEARING_FILING),
            decision: None,
            urgent_decision: None,
            binding: Binding::NotStated,
            escalation: Escalation::AfterDecisionOrWait(r::MEDI_CAL_ESCALATE_AFTER),
            urgent_without_waiting: None,
            caveats: &[Caveat::DecisionTimeNotSourced],
        },
        alternatives: vec![imr],
        caveats: Vec::new(),
        find_out: vec![FindOut::DeadlinesOnDenialLetter],
        candidates: Vec::new(),
    }
}

fn medicare_advantage(region: Option<Region>) -> Route {
    Route {
        kind: RouteKind::MedicareAdvantage,
        internal: InternalStep {
            kind: InternalStepKind::Reconsideration,
            filing_window: r::MA_RECONSIDERATION_FILING,
            decision: Some(r::MA_RECONSIDERATION_DECISION),
            urgent_decision: Some(r::MA_RECONSIDERATION_URGENT_DECISION),
            member_services: member_services(region, PlanType::MedicareAdvantage),
        },
        review: IndependentReview {
            kind: ReviewKind::MedicareIre,
            agency: Some(MEDICARE_IRE),
            filing_window: None,
            decision: Some(r::MA_IRE_DECISION),
            urgent_decision: Some(r::MA_IRE_URGENT_DECISION),
            binding: Binding::NotStated,
            escalation: Escalation::Automatic(s::MA_03),
            urgent_without_waiting: None,
            caveats: &[],
        },
        alternatives: Vec::new(),
        caveats: Vec::new(),
        find_out: vec![FindOut::DeadlinesOnDenialLetter],
        candidates: Vec::new(),
    }
}

fn fehb() -> Route {
    Route {
        kind: RouteKind::Fehb,
        internal: InternalStep {
            kind: InternalStepKind::Reconsideration,
            filing_window: r::FEHB_RECONSIDERATION_FILING,
            decision: Some(r::FEHB_CARRIER_DECISION),
            urgent_decision: None,
            member_services: None,
        },
        review: IndependentReview {
            kind: ReviewKind::OpmReview,
            agency: Some(OPM),
            filing_window: Some(r::FEHB_OPM_FILING),
            decision: Some(r::FEHB_OPM_DECISION),
            urgent_decision: None,
            binding: Binding::NotStated,
            escalation: Escalation::AfterDecisionOrWait(r::FEHB_CARRIER_DECISION),
            urgent_without_waiting: None,
            caveats: &[],
        },
        alternatives: Vec::new(),
        caveats: Vec::new(),
        find_out: vec![FindOut::DeadlinesOnDenialLetter],
        candidates: Vec::new(),
    }
}

fn federal_internal() -> InternalStep {
    InternalStep {
        kind: InternalStepKind::Appeal,
        filing_window: r::FEDERAL_APPEAL_FILING,
        decision: Some(r::FEDERAL_APPEAL_DECISION),
        urgent_decision: Some(r::FEDERAL_APPEAL_URGENT_DECISION),
        member_services: None,
    }
}

fn self_funded() -> Route {
    Route {
        kind: RouteKind::SelfFundedFederal,
        internal: federal_internal(),
        review: IndependentReview {
            kind: ReviewKind::FederalExternalReview,
            agency: Some(FEDERAL_EXTERNAL_REVIEWER),
            filing_window: Some(r::SELF_FUNDED_EXTERNAL_FILING),
            decision: Some(r::FEDERAL_EXTERNAL_DECISION),
            urgent_decision: Some(r::FEDERAL_EXTERNAL_URGENT_DECISION),
            binding: Binding::BindsPlan(s::FED_ACA_06),
            escalation: Escalation::AfterDecision,
            urgent_without_waiting: Some(s::FED_ACA_01),
            caveats: &[],
        },
        alternatives: Vec::new(),
        caveats: Vec::new(),
        find_out: vec![FindOut::DeadlinesOnDenialLetter],
        candidates: Vec::new(),
    }
}

fn state_external(state: UsState) -> Route {
    use UsState::*;
    let (filing, decision, urgent, binding) = match state {
        California => return california_dmhc(None, PlanType::EmployerOrIndividualHmo),
        Colorado => (
            r::CO_EXTERNAL_FILING,
            Some(r::CO_EXTERNAL_DECISION),
            Some(r::CO_EXTERNAL_URGENT_DECISION),
            s::ST_CO_01,
        ),
        Georgia => (r::GA_EXTERNAL_FILING, None, None, s::FED_ACA_06),
        Hawaii => (
            r::HI_EXTERNAL_FILING,
            Some(r::HI_EXTERNAL_DECISION),
            Some(r::HI_EXTERNAL_URGENT_DECISION),
            s::ST_HI_01,
        ),
        Maryland => (
            r::MD_EXTERNAL_FILING,
            Some(r::MD_EXTERNAL_DECISION),
            Some(r::MD_EXTERNAL_URGENT_DECISION),
            s::FED_ACA_06,
        ),
        Virginia => (
            r::VA_EXTERNAL_FILING,
            Some(r::VA_EXTERNAL_DECISION),
            None,
            s::FED_ACA_06,
        ),
        DistrictOfColumbia => (
            r::DC_EXTERNAL_FILING,
            Some(r::DC_EXTERNAL_DECISION),
            Some(r::DC_EXTERNAL_URGENT_DECISION),
            s::FED_ACA_06,
        ),
        Oregon => (r::OR_EXTERNAL_FILING, None, None, s::FED_ACA_06),
        Washington => (r::WA_EXTERNAL_FILING, None, None, s::FED_ACA_06),
    };
    Route {
        kind: RouteKind::StateExternalReview(state),
        internal: federal_internal(),
        review: IndependentReview {
            kind: ReviewKind::StateExternalReview(state),
            agency: Some(state_agency(state)),
            filing_window: Some(filing),
            decision,
            urgent_decision: urgent,
            binding: Binding::BindsPlan(binding),
            escalation: Escalation::AfterDecision,
            urgent_without_waiting: Some(s::FED_ACA_01),
            caveats: if decision.is_none() {
                &[Caveat::DecisionTimeNotSourced]
            } else {
                &[]
            },
        },
        alternatives: Vec::new(),
        caveats: Vec::new(),
        find_out: vec![FindOut::DeadlinesOnDenialLetter],
        candidates: Vec::new(),
    }
}

/// The route for a member. Missing or contradictory answers never fail: they give the
/// [`RouteKind::Protective`] route, whose every filing window is the earliest among the routes
/// that could apply (compared from `reference`, normally the denial date or today), with what
/// the member should find out.
pub fn route_for(
    region: Option<Region>,
    plan: Option<PlanType>,
    state: Option<UsState>,
    reference: NaiveDate,
) -> Route {
    let plan = plan.unwrap_or(PlanType::NotSure);
    let region_states: Vec<UsState> = match region {
        Some(region) => UsState::of_region(region).to_vec(),
        None => UsState::ALL.to_vec(),
    };
    let mismatch = plan.is_california_only() && region.is_some_and(|r| !r.is_california());
    match plan {
        PlanType::EmployerOrIndividualHmo | PlanType::CoveredCalifornia | PlanType::MediCal
            if mismatch =>
        {
            let mut route = route_for(region, Some(PlanType::NotSure), state, reference);
            route.caveats.insert(0, Caveat::PlanDoesNotMatchRegion);
            route
        }
        PlanType::CoveredCalifornia => california_dmhc(region, plan),
        PlanType::MediCal => medi_cal(),
        PlanType::MedicareAdvantage => medicare_advantage(region),
        PlanType::Fehb => fehb(),
        PlanType::SelfFundedEmployer => self_funded(),
        PlanType::EmployerOrIndividualHmo => {
            let states = chosen_states(&region_states, state);
            if let [only] = states.as_slice() {
                if *only == UsState::California {
                    return california_dmhc(region, plan);
                }
                return state_external(*only);
            }
            let candidates = states.into_iter().map(state_external).collect();
            let mut route = protective(candidates, reference);
            route.caveats.push(Caveat::StateNotGivenEarliestUsed);
            route.find_out.insert(0, FindOut::WhichState);
            route
        }
        PlanType::NotSure => {
            let states = chosen_states(&region_states, state);
            let mut candidates: Vec<Route> = states
                .iter()
                .map(|st| {
                    if *st == UsState::California {
                        california_dmhc(region, PlanType::EmployerOrIndividualHmo)
                    } else {
                        state_external(*st)
                    }
                })
                .collect();
            if states.contains(&UsState::California) {
                candidates.push(medi_cal());
            }
            candidates.push(medicare_advantage(region));
            candidates.push(fehb());
            candidates.push(self_funded());
            let mut route = protective(candidates, reference);
            route.caveats.push(Caveat::PlanTypeNotKnownEarliestUsed);
            route.find_out.insert(0, FindOut::WhetherSelfFunded);
            route.find_out.insert(0, FindOut::WhichPlanType);
            if states.len() > 1 {
                route.find_out.insert(0, FindOut::WhichState);
            }
            route
        }
    }
}

fn chosen_states(region_states: &[UsState], state: Option<UsState>) -> Vec<UsState> {
    match state {
        Some(st) if region_states.contains(&st) => vec![st],
        _ => region_states.to_vec(),
    }
}

/// The earliest-ending rule among `rules`, compared from `reference`.
pub fn earliest(rules: impl IntoIterator<Item = Rule>, reference: NaiveDate) -> Option<Rule> {
    rules
        .into_iter()
        .min_by_key(|rule| rule.end_date(reference))
}

/// The protective route over several candidates: each filing window is the earliest among them.
fn protective(candidates: Vec<Route>, reference: NaiveDate) -> Route {
    let internal_window = earliest(
        candidates.iter().map(|c| c.internal.filing_window),
        reference,
    )
    .unwrap_or(r::MEDI_CAL_APPEAL_FILING);
    let review_window = earliest(
        candidates.iter().filter_map(|c| c.review.filing_window),
        reference,
    );
    Route {
        kind: RouteKind::Protective,
        internal: InternalStep {
            kind: InternalStepKind::NotKnown,
            filing_window: internal_window,
            decision: None,
            urgent_decision: None,
            member_services: None,
        },
        review: IndependentReview {
            kind: ReviewKind::DependsOnPlanType,
            agency: None,
            filing_window: review_window,
            decision: None,
            urgent_decision: None,
            binding: Binding::NotStated,
            escalation: Escalation::AfterDecision,
            urgent_without_waiting: None,
            caveats: &[],
        },
        alternatives: candidates.iter().map(|c| c.review.clone()).collect(),
        caveats: Vec::new(),
        find_out: vec![FindOut::DeadlinesOnDenialLetter],
        candidates,
    }
}
