//! Every date and deadline of the case on one sorted list, each with its rule, its source and
//! its status against today. Missing dates give "not yet known" items, never errors.

use chrono::NaiveDate;

use super::access::{self, knox_keene, Applies};
use super::calendar;
use super::case::CaseDetails;
use super::route::{Escalation, Route, RouteKind};
use super::rules::{self as r, Period, Rule};
use super::source::{Caveat, Source};
use super::{PlanAnswers, Region, Urgency};

/// What a timeline item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    /// When Kaiser should answer the referral request.
    ReferralDecisionExpected,
    /// When an in-network appointment should have been offered (timely-access standard).
    InNetworkAppointmentDue,
    /// Last day to file the grievance / appeal / reconsideration.
    GrievanceFilingDeadline,
    /// When the plan should decide the grievance.
    PlanDecisionExpected,
    /// From when the member may go to the independent review.
    MayEscalateFrom,
    /// Last day to ask for the independent review.
    ReviewFilingDeadline,
    /// Last day for the alternative review (Medi-Cal: DMHC IMR).
    AlternativeReviewFilingDeadline,
    /// When the independent reviewer should decide.
    ReviewDecisionExpected,
    /// If Kaiser takes the longest the law allows, request records by this date.
    RecordsLegalMaxRequestBy,
    /// Request records by this date (default 5 business days before the appointment).
    RecordsRequestBy,
    /// The outside appointment.
    Appointment,
}

/// How an item relates to the member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Nature {
    /// Something the member must do by the date.
    Deadline,
    /// Something someone else should do by the date.
    Expected,
    /// Something that becomes possible on the date.
    Opens,
    /// An event on the date.
    Event,
}

/// A date the item needs before it can be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateNeeded {
    /// The date the referral was requested.
    ReferralRequested,
    /// The date an in-network appointment was requested.
    AppointmentRequested,
    /// The date on the denial letter.
    DenialLetter,
    /// The date the grievance was filed.
    GrievanceFiled,
    /// The date of the plan's decision on the grievance.
    GrievanceDecision,
    /// The date the independent review was requested.
    ReviewFiled,
    /// The outside appointment's date.
    Appointment,
    /// The plan type (or region) must be known first.
    PlanType,
    /// Our sources give no time for this step on this route.
    RuleNotSourced,
}

/// An item's status against today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Done (the case records it).
    Done,
    /// The date is today.
    DueToday,
    /// The date is `days` days away.
    Upcoming {
        /// Calendar days.
        days: i64,
    },
    /// A deadline or expected decision `days` days ago that the case does not show as done.
    Overdue {
        /// Calendar days.
        days: i64,
    },
    /// A "from" date or event `days` days ago: it has been reached.
    Reached {
        /// Calendar days.
        days: i64,
    },
    /// The date cannot be computed yet.
    NotYetKnown(DateNeeded),
}

/// One timeline item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineItem {
    /// What it is.
    pub kind: ItemKind,
    /// The date, when known.
    pub date: Option<NaiveDate>,
    /// Its status against today.
    pub status: Status,
    /// The rule that gives the date (`None` for the appointment itself).
    pub rule: Option<Rule>,
    /// Extra warnings for this item.
    pub caveats: Vec<Caveat>,
}

impl TimelineItem {
    /// The source of the item's rule, if any.
    pub fn source(&self) -> Option<Source> {
        self.rule.map(|r| r.source)
    }
}

struct Builder {
    today: NaiveDate,
    items: Vec<TimelineItem>,
}

impl Builder {
    fn add(
        &mut self,
        kind: ItemKind,
        nature: Nature,
        start: Result<NaiveDate, DateNeeded>,
        rule: Option<Rule>,
        dir: Dir,
        done: bool,
    ) {
        let date = start.map(|s| match (rule, dir) {
            (Some(rule), Dir::After) => rule.end_date(s),
            (Some(rule), Dir::Before) => before(s, rule.period),
            (None, _) => s,
        });
        let status = match date {
            Err(needed) => Status::NotYetKnown(needed),
            Ok(_) if done => Status::Done,
            Ok(date) => {
                let days = calendar::days_between(self.today, date);
                match (days, nature) {
                    (0, _) => Status::DueToday,
                    (d, _) if d > 0 => Status::Upcoming { days: d },
                    (d, Nature::Deadline | Nature::Expected) => Status::Overdue { days: -d },
                    (d, Nature::Opens | Nature::Event) => Status::Reached { days: -d },
                }
            }
        };
        self.items.push(TimelineItem {
            kind,
            date: date.ok(),
            status,
            rule,
            caveats: Vec::new(),
        });
    }
}

#[derive(Clone, Copy)]
enum Dir {
    After,
    Before,
}

fn before(date: NaiveDate, period: Period) -> NaiveDate {
    match period {
        Period::BusinessDays(n) => calendar::business_days_before(date, n),
        Period::CalendarDays(n) => calendar::sub_days(date, n),
        Period::Hours(h) => calendar::sub_days(date, h.div_ceil(24)),
        // Not used for months; step back a safe 31 days per month.
        Period::Months(m, _) => calendar::sub_days(date, m.saturating_mul(31)),
    }
}

/// Why a rule is missing: the plan type is not known, or our sources give none.
fn missing_rule(route: &Route) -> DateNeeded {
    if route.kind == RouteKind::Protective {
        DateNeeded::PlanType
    } else {
        DateNeeded::RuleNotSourced
    }
}

fn need(date: Option<NaiveDate>, needed: DateNeeded) -> Result<NaiveDate, DateNeeded> {
    date.ok_or(needed)
}

/// The earliest end over the route (or, for the protective route, over its candidates).
fn earliest_end(
    route: &Route,
    pick: impl Fn(&Route) -> Option<Rule>,
    start: NaiveDate,
) -> Option<Rule> {
    if route.candidates.is_empty() {
        pick(route)
    } else {
        route
            .candidates
            .iter()
            .filter_map(&pick)
            .min_by_key(|rule| rule.end_date(start))
    }
}

/// The rule for Kaiser's answer to the referral request.
fn referral_decision_rule(
    plan: &PlanAnswers,
    route: &Route,
    requested: Option<NaiveDate>,
) -> Option<Rule> {
    let urgent = plan.urgency == Some(Urgency::Urgent);
    if knox_keene(plan.region, plan.plan_type) == Applies::Yes {
        return Some(if urgent {
            r::CA_SECOND_OPINION_URGENT
        } else {
            r::CA_SECOND_OPINION_ANALOGY
        });
    }
    match route.kind {
        RouteKind::MedicareAdvantage => Some(if urgent {
            r::MA_INITIAL_URGENT_DECISION
        } else if requested.is_some_and(|d| d < ma_2026()) {
            r::MA_INITIAL_DECISION_BEFORE_2026
        } else {
            r::MA_INITIAL_DECISION
        }),
        RouteKind::SelfFundedFederal | RouteKind::StateExternalReview(_) => Some(if urgent {
            r::FEDERAL_INITIAL_URGENT_DECISION
        } else {
            r::FEDERAL_INITIAL_DECISION
        }),
        _ => None,
    }
}

/// 1 January 2026, when CMS-0057-F's 7-day standard starts (`ma-06`).
fn ma_2026() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// Builds the timeline for a case on the given route.
pub fn timeline(
    plan: &PlanAnswers,
    details: &CaseDetails,
    route: &Route,
    today: NaiveDate,
) -> Vec<TimelineItem> {
    let mut b = Builder {
        today,
        items: Vec::with_capacity(12),
    };
    let urgent = plan.urgency == Some(Urgency::Urgent);
    let appeal = &details.appeal;
    let referral = &details.referral;

    // Referral decision.
    let rule = referral_decision_rule(plan, route, referral.requested_on);
    let start = match rule {
        Some(_) => need(referral.requested_on, DateNeeded::ReferralRequested),
        None => Err(missing_rule(route)),
    };
    b.add(
        ItemKind::ReferralDecisionExpected,
        Nature::Expected,
        start,
        rule,
        Dir::After,
        referral.decided_on.is_some(),
    );

    // Timely access (California).
    if let Some(standards) = access::timely_access(plan.region, plan.plan_type) {
        let rule = if urgent {
            standards.urgent_prior_authorization
        } else {
            standards.specialist
        };
        let start = need(
            details.access.appointment_requested_on,
            DateNeeded::AppointmentRequested,
        );
        let offered_in_time = match (start, details.access.earliest_in_network_appointment) {
            (Ok(s), Some(offered)) => offered <= rule.end_date(s),
            _ => false,
        };
        b.add(
            ItemKind::InNetworkAppointmentDue,
            Nature::Expected,
            start,
            Some(rule),
            Dir::After,
            offered_in_time,
        );
    }

    // Grievance filing deadline.
    let denial = need(appeal.denial_letter, DateNeeded::DenialLetter);
    let rule = earliest_end(
        route,
        |r| Some(r.internal.filing_window),
        denial.unwrap_or(today),
    );
    b.add(
        ItemKind::GrievanceFilingDeadline,
        Nature::Deadline,
        denial,
        rule,
        Dir::After,
        appeal.grievance_filed.is_some(),
    );

    // Plan decision expected.
    let filed = need(appeal.grievance_filed, DateNeeded::GrievanceFiled);
    let pick = |r: &Route| {
        if urgent {
            r.internal.urgent_decision.or(r.internal.decision)
        } else {
            r.internal.decision
        }
    };
    let rule = if route.candidates.is_empty() {
        pick(route)
    } else {
        None
    };
    b.add(
        ItemKind::PlanDecisionExpected,
        Nature::Expected,
        if rule.is_some() {
            filed
        } else {
            filed.and(Err(missing_rule(route)))
        },
        rule,
        Dir::After,
        appeal.grievance_decision.is_some(),
    );

    // May escalate from.
    let review = &route.review;
    let skip_wait = urgent && review.urgent_without_waiting.is_some();
    match review.escalation {
        Escalation::Automatic(_) => {}
        Escalation::AfterDecisionOrWait(rule) if !skip_wait => b.add(
            ItemKind::MayEscalateFrom,
            Nature::Opens,
            filed,
            Some(rule),
            Dir::After,
            appeal.review_filed.is_some(),
        ),
        _ if skip_wait => b.add(
            ItemKind::MayEscalateFrom,
            Nature::Opens,
            appeal
                .grievance_filed
                .or(appeal.denial_letter)
                .ok_or(DateNeeded::DenialLetter),
            None,
            Dir::After,
            appeal.review_filed.is_some(),
        ),
        _ => b.add(
            ItemKind::MayEscalateFrom,
            Nature::Opens,
            need(appeal.grievance_decision, DateNeeded::GrievanceDecision),
            None,
            Dir::After,
            appeal.review_filed.is_some(),
        ),
    }

    // Independent review filing deadline.
    let decided = need(appeal.grievance_decision, DateNeeded::GrievanceDecision);
    if !matches!(review.escalation, Escalation::Automatic(_)) {
        let rule = earliest_end(route, |r| r.review.filing_window, decided.unwrap_or(today));
        let start = if rule.is_some() {
            decided
        } else {
            decided.and(Err(missing_rule(route)))
        };
        b.add(
            ItemKind::ReviewFilingDeadline,
            Nature::Deadline,
            start,
            rule,
            Dir::After,
            appeal.review_filed.is_some(),
        );
    }
    if route.candidates.is_empty() {
        for alt in &route.alternatives {
            if let Some(rule) = alt.filing_window {
                b.add(
                    ItemKind::AlternativeReviewFilingDeadline,
                    Nature::Deadline,
                    decided,
                    Some(rule),
                    Dir::After,
                    appeal.review_filed.is_some(),
                );
            }
        }
    }

    // Review decision expected.
    let rule = if urgent {
        review.urgent_decision.or(review.decision)
    } else {
        review.decision
    };
    let start = need(appeal.review_filed, DateNeeded::ReviewFiled);
    b.add(
        ItemKind::ReviewDecisionExpected,
        Nature::Expected,
        if rule.is_some() {
            start
        } else {
            start.and(Err(missing_rule(route)))
        },
        rule,
        Dir::After,
        false,
    );

    // Records and the appointment.
    let appointment = need(details.appointment.date, DateNeeded::Appointment);
    let records_done = details.appointment.records_requested_on.is_some();
    let records = access::records_rules(plan.region);
    let legal = records.state_max.unwrap_or(records.legal_max);
    b.add(
        ItemKind::RecordsLegalMaxRequestBy,
        Nature::Deadline,
        appointment,
        Some(legal),
        Dir::Before,
        records_done,
    );
    let mut lead = records.default_lead;
    if let Some(days) = details.appointment.records_lead_business_days {
        lead.period = Period::BusinessDays(days);
    }
    b.add(
        ItemKind::RecordsRequestBy,
        Nature::Deadline,
        appointment,
        Some(lead),
        Dir::Before,
        records_done,
    );
    if plan.region != Some(Region::Northwest) {
        if let Some(item) = b.items.last_mut() {
            item.caveats.push(Caveat::KaiserNorthwestFigure);
        }
    }
    b.add(
        ItemKind::Appointment,
        Nature::Event,
        appointment,
        None,
        Dir::After,
        false,
    );

    let mut items = b.items;
    items.sort_by_key(|item| (item.date.is_none(), item.date, item.kind));
    items
}
