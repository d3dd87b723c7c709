//! The one entry point the interface calls: the whole evaluation of a case on a given day.

use chrono::NaiveDate;

use super::access::{self, RecordsRules, SecondOpinionRights, TimelyAccess, TravelStandard};
use super::case::Case;
use super::costs::{self, Costs};
use super::eligibility::{self, Eligibility};
use super::route::{self, Route};
use super::source::Source;
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

impl Evaluation {
    /// Every rule the evaluation rests on, once each, in the order first used: the route (its
    /// windows, decisions and offices), the grounds, the costs, then the timeline. The printable
    /// summary lists them.
    pub fn sources(&self) -> Vec<Source> {
        let route = &self.route;
        let rules = [
            Some(route.internal.filing_window),
            route.internal.decision,
            route.review.filing_window,
            route.review.decision,
        ];
        let offices = route
            .internal
            .member_services
            .iter()
            .chain(&route.review.agency)
            .chain(&route.help)
            .map(|c| c.source);
        let e = &self.eligibility;
        let costs = [
            &self.costs.in_network,
            &self.costs.referral,
            &self.costs.self_pay,
        ];
        let mut out: Vec<Source> = Vec::new();
        for s in rules
            .into_iter()
            .flatten()
            .map(|r| r.source)
            .chain(offices)
            .chain(
                e.grounds
                    .iter()
                    .chain(&e.california_reasons)
                    .map(|f| f.source),
            )
            .chain(costs.into_iter().flat_map(|s| s.sources.iter().copied()))
            .chain(self.timeline.iter().filter_map(TimelineItem::source))
        {
            // Two facts can share one page: list the page once.
            if !out.iter().any(|k| k.cited == s.cited) {
                out.push(s);
            }
        }
        out
    }
}
