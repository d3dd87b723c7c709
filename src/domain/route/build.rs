//! One builder per appeal system: the plan's own review, the independent review after it, who
//! runs each, and who else can help. Each figure is a rule from [`rules`](super::super::rules).

use super::super::rules::{self as r, Rule};
use super::super::source::Caveat;
use super::super::sources as s;
use super::super::{PlanType, Region};
use super::contacts::{self as c, state_agency};
use super::{
    Binding, Contact, Escalation, FiledWith, FindOut, IndependentReview, InternalStep,
    InternalStepKind, ReviewKind, Route, RouteKind, UsState,
};

fn member_services(region: Option<Region>, plan: PlanType) -> Option<Contact> {
    let in_california = region.is_some_and(Region::is_california);
    match plan {
        PlanType::MedicareAdvantage if in_california => Some(c::KP_CALIFORNIA_SENIOR_ADVANTAGE),
        PlanType::EmployerOrIndividualHmo | PlanType::CoveredCalifornia if in_california => {
            Some(c::KP_CALIFORNIA_MEMBER_SERVICES)
        }
        _ => None,
    }
}

/// A route with nothing optional filled in yet.
fn route(kind: RouteKind, internal: InternalStep, review: IndependentReview) -> Route {
    Route {
        kind,
        internal,
        review,
        alternatives: Vec::new(),
        help: Vec::new(),
        caveats: Vec::new(),
        find_out: vec![FindOut::DeadlinesOnDenialLetter],
        candidates: Vec::new(),
    }
}

/// California Knox-Keene plans: grievance, then DMHC Independent Medical Review.
pub(super) fn california_dmhc(region: Option<Region>, plan: PlanType) -> Route {
    let mut route = route(
        RouteKind::CaliforniaDmhc,
        InternalStep {
            kind: InternalStepKind::Grievance,
            filing_window: r::CA_GRIEVANCE_FILING,
            decision: Some(r::CA_GRIEVANCE_DECISION),
            urgent_decision: Some(r::CA_GRIEVANCE_URGENT_DECISION),
            member_services: member_services(region, plan),
            filed_with: FiledWith::Kaiser,
        },
        dmhc_imr(r::CA_IMR_FILING),
    );
    route.find_out.extend([
        FindOut::EocSecondOpinionSection,
        FindOut::SecondOpinionTimelines,
    ]);
    route
}

fn dmhc_imr(filing_window: Rule) -> IndependentReview {
    IndependentReview {
        kind: ReviewKind::DmhcImr,
        agency: Some(c::DMHC),
        filing_window: Some(filing_window),
        decision: Some(r::CA_IMR_DECISION),
        urgent_decision: Some(r::CA_IMR_URGENT_DECISION),
        binding: Binding::BindsPlan(s::CA_IMR_03),
        escalation: Escalation::AfterDecisionOrWait(r::CA_ESCALATE_AFTER),
        urgent_without_waiting: Some(s::CA_GRV_02),
        act_within: Some(r::CA_IMR_ACT_WITHIN),
        caveats: &[],
    }
}

/// Medi-Cal: plan appeal, then a State Hearing, or a DMHC IMR instead.
pub(super) fn medi_cal() -> Route {
    let mut imr = dmhc_imr(r::MEDI_CAL_IMR_FILING);
    imr.caveats = &[Caveat::ClosedAfterStateHearing];
    let mut route = route(
        RouteKind::MediCal,
        InternalStep {
            kind: InternalStepKind::Appeal,
            filing_window: r::MEDI_CAL_APPEAL_FILING,
            decision: Some(r::MEDI_CAL_APPEAL_DECISION),
            urgent_decision: Some(r::MEDI_CAL_APPEAL_URGENT_DECISION),
            member_services: None,
            filed_with: FiledWith::Kaiser,
        },
        IndependentReview {
            kind: ReviewKind::MediCalStateHearing,
            agency: Some(c::CDSS_STATE_HEARINGS),
            filing_window: Some(r::MEDI_CAL_HEARING_FILING),
            decision: None,
            urgent_decision: None,
            binding: Binding::BindsPlan(s::FED_MCD_11),
            escalation: Escalation::AfterDecisionOrWait(r::MEDI_CAL_ESCALATE_AFTER),
            urgent_without_waiting: None,
            act_within: Some(r::MEDICAID_ACT_WITHIN),
            caveats: &[Caveat::DecisionTimeNotSourced],
        },
    );
    route.alternatives.push(imr);
    route.help.push(c::MEDI_CAL_OMBUDSMAN);
    route
}

/// Medicaid outside California: plan appeal, then the state's fair hearing (42 CFR 438.402,
/// 438.408). The state's Medicaid office is named where it is sourced.
pub(super) fn medicaid(state: Option<UsState>) -> Route {
    // Outside California, Kaiser is itself the Medicaid plan only in Hawaii and Maryland
    // (`kp-mcd-hi`, `kp-mcd-md`); in Oregon, Washington and Colorado another organization is
    // (`kp-mcd-or`, `-wa`, `-co`), and no source names Kaiser in Virginia, DC or Georgia: there
    // the appeal goes to the plan, or state office, named on the notice.
    let filed_with = match state {
        Some(UsState::Hawaii | UsState::Maryland) => FiledWith::Kaiser,
        _ => FiledWith::PlanOnNotice,
    };
    let mut route = route(
        RouteKind::Medicaid(state),
        InternalStep {
            kind: InternalStepKind::Appeal,
            filing_window: r::MEDICAID_APPEAL_FILING,
            decision: Some(r::MEDICAID_APPEAL_DECISION),
            urgent_decision: Some(r::MEDICAID_APPEAL_URGENT_DECISION),
            member_services: None,
            filed_with,
        },
        IndependentReview {
            kind: ReviewKind::StateFairHearing(state),
            agency: state.and_then(c::medicaid_agency),
            filing_window: Some(r::MEDICAID_HEARING_FILING),
            decision: None,
            urgent_decision: None,
            binding: Binding::BindsPlan(s::FED_MCD_11),
            escalation: Escalation::AfterDecisionOrWait(r::MEDICAID_ESCALATE_AFTER),
            urgent_without_waiting: None,
            act_within: Some(r::MEDICAID_ACT_WITHIN),
            caveats: &[Caveat::DecisionTimeNotSourced],
        },
    );
    route.help.extend(state.and_then(c::medicaid_help));
    if filed_with == FiledWith::PlanOnNotice {
        route.caveats.push(Caveat::MedicaidPlanNamedOnNotice);
    }
    route
}

/// Medicare Advantage: reconsideration, then the Independent Review Entity (automatic).
pub(super) fn medicare_advantage(region: Option<Region>) -> Route {
    let mut route = route(
        RouteKind::MedicareAdvantage,
        InternalStep {
            kind: InternalStepKind::Reconsideration,
            filing_window: r::MA_RECONSIDERATION_FILING,
            decision: Some(r::MA_RECONSIDERATION_DECISION),
            urgent_decision: Some(r::MA_RECONSIDERATION_URGENT_DECISION),
            member_services: member_services(region, PlanType::MedicareAdvantage),
            filed_with: FiledWith::Kaiser,
        },
        IndependentReview {
            kind: ReviewKind::MedicareIre,
            agency: Some(c::MEDICARE_IRE),
            filing_window: None,
            decision: Some(r::MA_IRE_DECISION),
            urgent_decision: Some(r::MA_IRE_URGENT_DECISION),
            binding: Binding::BindsPlan(s::MA_IRE_REVERSAL),
            escalation: Escalation::Automatic(s::MA_03),
            urgent_without_waiting: None,
            act_within: Some(r::MA_IRE_ACT_WITHIN),
            caveats: &[],
        },
    );
    route.help.push(c::MEDICARE);
    route
}

/// Federal employees: carrier reconsideration, then OPM.
pub(super) fn fehb() -> Route {
    let mut route = route(
        RouteKind::Fehb,
        InternalStep {
            kind: InternalStepKind::Reconsideration,
            filing_window: r::FEHB_RECONSIDERATION_FILING,
            decision: Some(r::FEHB_CARRIER_DECISION),
            urgent_decision: None,
            member_services: None,
            filed_with: FiledWith::Kaiser,
        },
        IndependentReview {
            kind: ReviewKind::OpmReview,
            agency: Some(c::OPM),
            filing_window: Some(r::FEHB_OPM_FILING),
            decision: Some(r::FEHB_OPM_DECISION),
            urgent_decision: None,
            binding: Binding::NotStated,
            escalation: Escalation::AfterDecisionOrWait(r::FEHB_CARRIER_DECISION),
            urgent_without_waiting: None,
            act_within: None,
            caveats: &[],
        },
    );
    route.find_out.push(FindOut::OutsideReferralCostShare);
    route
}

fn federal_internal() -> InternalStep {
    InternalStep {
        kind: InternalStepKind::Appeal,
        filing_window: r::FEDERAL_APPEAL_FILING,
        decision: Some(r::FEDERAL_APPEAL_DECISION),
        urgent_decision: Some(r::FEDERAL_APPEAL_URGENT_DECISION),
        member_services: None,
        filed_with: FiledWith::Kaiser,
    }
}

/// Self-funded (ERISA) employer plans: internal appeal, then federal external review.
pub(super) fn self_funded() -> Route {
    let mut route = route(
        RouteKind::SelfFundedFederal,
        federal_internal(),
        IndependentReview {
            kind: ReviewKind::FederalExternalReview,
            agency: Some(c::FEDERAL_EXTERNAL_REVIEWER),
            filing_window: Some(r::SELF_FUNDED_EXTERNAL_FILING),
            decision: Some(r::FEDERAL_EXTERNAL_DECISION),
            urgent_decision: Some(r::FEDERAL_EXTERNAL_URGENT_DECISION),
            binding: Binding::BindsPlan(s::FED_ACA_06),
            escalation: Escalation::AfterDecision,
            urgent_without_waiting: Some(s::FED_ACA_01),
            act_within: None,
            caveats: &[],
        },
    );
    route.help.push(c::EBSA);
    route.find_out.push(FindOut::OutsideReferralCostShare);
    route
}

/// A fully insured plan outside California: internal appeal, then the state's external review.
pub(super) fn state_external(state: UsState) -> Route {
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
    let mut internal = federal_internal();
    if state == Maryland {
        // Maryland decides an emergency grievance within 24 hours, faster than the federal 72.
        internal.urgent_decision = Some(r::MD_GRIEVANCE_EMERGENCY_DECISION);
    }
    let mut route = route(
        RouteKind::StateExternalReview(state),
        internal,
        IndependentReview {
            kind: ReviewKind::StateExternalReview(state),
            agency: Some(state_agency(state)),
            filing_window: Some(filing),
            decision,
            urgent_decision: urgent,
            binding: Binding::BindsPlan(binding),
            escalation: Escalation::AfterDecision,
            urgent_without_waiting: Some(s::FED_ACA_01),
            act_within: None,
            caveats: if decision.is_none() {
                &[Caveat::DecisionTimeNotSourced]
            } else {
                &[]
            },
        },
    );
    route.help.extend(c::state_help(state));
    route
        .find_out
        .extend([FindOut::OutsideReferralCostShare, FindOut::AccessStandards]);
    route
}
