//! The one entry point the interface calls: the whole evaluation of a case on a given day.

use chrono::NaiveDate;

use super::access::{self, RecordsRules, SecondOpinionRights, TimelyAccess, TravelStandard};
use super::case::Case;
use super::costs::{self, Costs};
use super::eligibility::{self, Eligibility};
use super::route::{self, Route};
use super::timeline::{self, TimelineItem};

/// Everything the interface shows for a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The appeal route: internal step, independent review, agency, find-outs.
    pub route: Route,
    /// The case for an outside referral.
    pub eligibility: Eligibility,
    /// The three cost scenarios.
    pub costs: Costs,
    /// Every date and deadline, sorted; unknown dates last.
    pub timeline: Vec<TimelineItem>,
    /// California's appointment-wait standards, when they reach the plan.
    pub timely_access: Option<TimelyAccess>,
    /// The travel standard for specialists.
    pub travel: TravelStandard,
    /// The records time limits.
    pub records: RecordsRules,
    /// The second-opinion rights that reach the member.
    pub second_opinion: SecondOpinionRights,
}

/// Evaluates a case on `today`. Never fails: missing answers give "not enough information" or
/// "not yet known" parts.
pub fn evaluate(case: &Case, today: NaiveDate) -> Evaluation {
    let (plan, details) = (&case.plan, &case.details);
    let reference = details.appeal.denial_letter.unwrap_or(today);
    let route = route::route_for(plan.region, plan.plan_type, details.state, reference);
    Evaluation {
        eligibility: eligibility::assess(plan, details),
        costs: costs::costs(&details.costs, plan.region, plan.plan_type, details.state),
        timeline: timeline::timeline(plan, details, &route, today),
        timely_access: access::timely_access(plan.region, plan.plan_type),
        travel: access::travel_standard(plan.region, plan.plan_type, details.access.county),
        records: access::records_rules(plan.region, details.state),
        second_opinion: access::second_opinion_rights(plan.region, plan.plan_type, details.state),
        route,
    }
}
