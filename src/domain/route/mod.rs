//! The appeal route for a region and plan type: the internal step, the independent review that
//! follows, who to call, and what the member still needs to find out.
//!
//! - this module: the route's types, [`route_for`] and the protective merge;
//! - [`contacts`]: every agency and plan office, with its source;
//! - `build`: one builder per appeal system.

mod build;
pub mod contacts;

use chrono::NaiveDate;

use super::rules::{self as r, Rule};
use super::source::{Caveat, Source};
use super::{PlanType, Region};
use build::{
    california_dmhc, fehb, medi_cal, medicaid, medicare_advantage, self_funded, state_external,
};

pub use super::plan::UsState;
pub use contacts::state_agency;

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
    /// A line for members who speak Spanish, when one is published.
    pub spanish_phone: Option<&'static str>,
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
    /// Medicaid managed care outside California (42 CFR 438 subpart F): plan appeal, then the
    /// state's fair hearing. The state is `None` in a multi-state region until the member says.
    Medicaid(Option<UsState>),
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

/// Whose rules govern the member's plan, for the words each program uses (Medicare's "fast
/// (expedited) reconsideration", Medicaid's "expedited appeal"...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Program {
    /// California's Knox-Keene law (DMHC).
    California,
    /// Medi-Cal.
    MediCal,
    /// Medicaid outside California.
    Medicaid,
    /// Medicare Advantage.
    Medicare,
    /// Federal employees (FEHB).
    Fehb,
    /// An employer or individual plan under federal (ACA, ERISA) and state rules.
    Employer,
    /// Not known yet.
    NotKnown,
}

impl RouteKind {
    /// Whose rules these are.
    pub fn program(self) -> Program {
        match self {
            RouteKind::CaliforniaDmhc => Program::California,
            RouteKind::MediCal => Program::MediCal,
            RouteKind::Medicaid(_) => Program::Medicaid,
            RouteKind::MedicareAdvantage => Program::Medicare,
            RouteKind::Fehb => Program::Fehb,
            RouteKind::SelfFundedFederal | RouteKind::StateExternalReview(_) => Program::Employer,
            RouteKind::Protective => Program::NotKnown,
        }
    }
}

/// What the plan-level step is called in this route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InternalStepKind {
    /// A grievance (California plans).
    Grievance,
    /// An internal appeal (Medicaid plans, ACA and self-funded plans).
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
    /// Who the member files with.
    pub filed_with: FiledWith,
}

/// Who takes the member's grievance or appeal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FiledWith {
    /// Kaiser itself (its Member Services or appeals office).
    Kaiser,
    /// The plan, or state office, named on the denial notice: Medicaid where Kaiser may be only
    /// a provider in another organization's plan (`kp-mcd-or`, `kp-mcd-wa`, `kp-mcd-co`), and
    /// the protective route when one of its candidates is such a plan.
    PlanOnNotice,
}

/// The independent reviewer after the plan's own review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewKind {
    /// California DMHC Independent Medical Review.
    DmhcImr,
    /// Medi-Cal State Hearing (California Department of Social Services).
    MediCalStateHearing,
    /// A state's Medicaid fair hearing, outside California (`None`: the state is not known).
    StateFairHearing(Option<UsState>),
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
    /// Once the reviewer decides for the member, how long the plan has to act (authorize the
    /// care), when sourced.
    pub act_within: Option<Rule>,
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
    /// Others who can help with the appeal (an ombudsman, the insurance department's complaint
    /// line, the Department of Labor), each with its source.
    pub help: Vec<Contact>,
    /// Warnings about the route as a whole.
    pub caveats: Vec<Caveat>,
    /// What the member should find out.
    pub find_out: Vec<FindOut>,
    /// For the protective route: the possible routes it was built from.
    pub candidates: Vec<Route>,
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
        PlanType::CoveredCalifornia if mismatch => {
            let mut route = route_for(region, Some(PlanType::NotSure), state, reference);
            route.caveats.insert(0, Caveat::PlanDoesNotMatchRegion);
            route
        }
        PlanType::CoveredCalifornia => california_dmhc(region, plan),
        PlanType::Medicaid => {
            let states = chosen_states(&region_states, state);
            let mut route = medicaid_route(&states);
            if states.len() > 1 {
                route.find_out.insert(0, FindOut::WhichState);
            }
            route
        }
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
            // Medicaid exists in every region: Medi-Cal in California, the state's program
            // elsewhere (its 60-day appeal window is the shortest outside California).
            let (california, others): (Vec<UsState>, Vec<UsState>) =
                states.iter().partition(|st| **st == UsState::California);
            if !california.is_empty() {
                candidates.push(medi_cal());
            }
            if !others.is_empty() {
                candidates.push(medicaid_route(&others));
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

/// Medi-Cal for California, else the state's Medicaid (state unknown when there are several).
fn medicaid_route(states: &[UsState]) -> Route {
    match states {
        [UsState::California] => medi_cal(),
        [only] => medicaid(Some(*only)),
        _ => medicaid(None),
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
            filed_with: if candidates
                .iter()
                .any(|c| c.internal.filed_with == FiledWith::PlanOnNotice)
            {
                FiledWith::PlanOnNotice
            } else {
                FiledWith::Kaiser
            },
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
            act_within: None,
            caveats: &[],
        },
        alternatives: candidates.iter().map(|c| c.review.clone()).collect(),
        help: Vec::new(),
        caveats: Vec::new(),
        find_out: vec![FindOut::DeadlinesOnDenialLetter],
        candidates,
    }
}
