//! Every date and deadline of the case on one sorted list, each with its rule, its source and
//! its status against today. Missing dates give "not yet known" items, never errors.

use chrono::NaiveDate;

use super::access::{self, knox_keene, Applies};
use super::calendar;
use super::case::{AppealOutcome, CaseDetails, ReferralOutcome, ReviewOutcome};
use super::route::{Escalation, Route, RouteKind, UsState};
use super::rules::{self as r, Period, Rule};
use super::source::{Caveat, Source};
use super::{PlanAnswers, PlanType, Urgency};

/// What a timeline item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    /// When Kaiser should answer the referral request.
    ReferralDecisionExpected,
    /// California: the day to follow up if Kaiser has not answered a non-urgent request (14
    /// days, a marker only).
    ReferralFollowUp,
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
    /// After the reviewer decided for the member: when Kaiser must have authorized the care.
    AuthorizationAfterReview,
    /// If Kaiser takes the longest the law allows, request records by this date.
    RecordsLegalMaxRequestBy,
    /// Request records by this date (default 5 business days before the appointment).
    RecordsRequestBy,
    /// The outside appointment.
    Appointment,
}

impl ItemKind {
    /// Every kind, in declaration order (for reading codes back).
    pub const ALL: [ItemKind; 13] = [
        ItemKind::ReferralDecisionExpected,
        ItemKind::ReferralFollowUp,
        ItemKind::InNetworkAppointmentDue,
        ItemKind::GrievanceFilingDeadline,
        ItemKind::PlanDecisionExpected,
        ItemKind::MayEscalateFrom,
        ItemKind::ReviewFilingDeadline,
        ItemKind::AlternativeReviewFilingDeadline,
        ItemKind::ReviewDecisionExpected,
        ItemKind::AuthorizationAfterReview,
        ItemKind::RecordsLegalMaxRequestBy,
        ItemKind::RecordsRequestBy,
        ItemKind::Appointment,
    ];

    /// A stable code: the item's test id and, with a case's calendar id, its calendar UID. Part
    /// of what members' calendars hold, so never renamed.
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::ReferralDecisionExpected => "referral-decision",
            ItemKind::ReferralFollowUp => "referral-follow-up",
            ItemKind::InNetworkAppointmentDue => "in-network-appointment",
            ItemKind::GrievanceFilingDeadline => "grievance-deadline",
            ItemKind::PlanDecisionExpected => "plan-decision",
            ItemKind::MayEscalateFrom => "may-escalate",
            ItemKind::ReviewFilingDeadline => "review-deadline",
            ItemKind::AlternativeReviewFilingDeadline => "alternative-deadline",
            ItemKind::ReviewDecisionExpected => "review-decision",
            ItemKind::AuthorizationAfterReview => "authorization-after-review",
            ItemKind::RecordsLegalMaxRequestBy => "records-legal",
            ItemKind::RecordsRequestBy => "records-by",
            ItemKind::Appointment => "appointment",
        }
    }

    /// Whether the member must act by the date (a reminder before it is worth having).
    pub fn is_deadline(self) -> bool {
        matches!(
            self,
            ItemKind::GrievanceFilingDeadline
                | ItemKind::ReviewFilingDeadline
                | ItemKind::AlternativeReviewFilingDeadline
                | ItemKind::RecordsLegalMaxRequestBy
                | ItemKind::RecordsRequestBy
        )
    }
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
    /// The date of the independent reviewer's decision.
    ReviewDecision,
    /// The outside appointment's date.
    Appointment,
    /// The plan type (or region) must be known first.
    PlanType,
    /// The member's state must be known first (a multi-state region).
    State,
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
    /// The date has stopped mattering: nothing to do for it any more.
    NotNeeded(NotNeeded),
}

/// Why a dated item no longer calls for action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NotNeeded {
    /// The outside appointment has already taken place.
    AppointmentPassed,
    /// Kaiser's denial no longer stands (reversed by Kaiser, or overturned by the reviewer).
    DenialLifted,
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

    /// Whether the date is approximate: the rule's clock starts on a day the member does not
    /// know (when the reviewer has the case, or when Kaiser has what it needs).
    pub fn is_approximate(&self) -> bool {
        self.rule.is_some_and(|rule| {
            rule.caveats.iter().any(|c| {
                matches!(
                    c,
                    Caveat::CountedFromReviewerReceipt | Caveat::CountedFromCompleteInformation
                )
            })
        })
    }
}

struct Builder {
    today: NaiveDate,
    items: Vec<TimelineItem>,
}

impl Builder {
    /// Marks the last item added as no longer needed, when it is dated and not done.
    fn not_needed(&mut self, why: Option<NotNeeded>) {
        if let (Some(why), Some(item)) = (why, self.items.last_mut()) {
            if item.date.is_some() && item.status != Status::Done {
                item.status = Status::NotNeeded(why);
            }
        }
    }

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
        let mut item = TimelineItem {
            kind,
            date: date.ok(),
            status: Status::Done,
            rule,
            caveats: Vec::new(),
        };
        // An approximate expected date (its clock starts on a day the member cannot know) that
        // has passed is reached, not overdue: the follow-up marker, where there is one, says when
        // to chase.
        let approximate = item.is_approximate();
        item.status = match date {
            Err(needed) => Status::NotYetKnown(needed),
            Ok(_) if done => Status::Done,
            Ok(date) => {
                let days = calendar::days_between(self.today, date);
                match (days, nature) {
                    (0, _) => Status::DueToday,
                    (d, _) if d > 0 => Status::Upcoming { days: d },
                    (d, Nature::Expected) if approximate => Status::Reached { days: -d },
                    (d, Nature::Deadline | Nature::Expected) => Status::Overdue { days: -d },
                    (d, Nature::Opens | Nature::Event) => Status::Reached { days: -d },
                }
            }
        };
        self.items.push(item);
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
fn missing_rule(plan: &PlanAnswers, route: &Route) -> DateNeeded {
    match (route.kind, plan.plan_type) {
        // A known plan type in a multi-state region: the state is what is missing.
        (RouteKind::Protective, Some(t)) if t != PlanType::NotSure && plan.region.is_some() => {
            DateNeeded::State
        }
        (RouteKind::Protective, _) => DateNeeded::PlanType,
        _ => DateNeeded::RuleNotSourced,
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

/// The rule for Kaiser's answer to the referral request: California's utilization-review clock,
/// Medicare's, a state's prior-authorization limit where sourced, or the federal 15 days.
/// How long Kaiser (or the Medicaid plan) has to answer the referral request itself, urgent or
/// not, where the rules say.
pub(super) fn referral_decision_rule(
    plan: &PlanAnswers,
    route: &Route,
    requested: Option<NaiveDate>,
) -> Option<Rule> {
    let urgent = plan.urgency == Some(Urgency::Urgent);
    if knox_keene(plan.region, plan.plan_type) == Applies::Yes {
        return Some(if urgent {
            r::CA_SECOND_OPINION_URGENT
        } else {
            r::CA_REFERRAL_DECISION
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
        RouteKind::StateExternalReview(state) => Some(match (state, urgent) {
            (UsState::DistrictOfColumbia, true) => r::DC_PRIOR_AUTH_URGENT_DECISION,
            (UsState::Washington, true) => r::WA_PRIOR_AUTH_URGENT_DECISION,
            (_, true) => r::FEDERAL_INITIAL_URGENT_DECISION,
            (UsState::Oregon, false) => r::OR_PRIOR_AUTH_DECISION,
            (UsState::Colorado, false) => r::CO_PRIOR_AUTH_DECISION,
            (UsState::DistrictOfColumbia, false) => r::DC_PRIOR_AUTH_DECISION,
            (UsState::Washington, false) => r::WA_PRIOR_AUTH_DECISION,
            (UsState::Georgia, false) => r::GA_PRIOR_AUTH_DECISION,
            (_, false) => r::FEDERAL_INITIAL_DECISION,
        }),
        RouteKind::SelfFundedFederal => Some(if urgent {
            r::FEDERAL_INITIAL_URGENT_DECISION
        } else {
            r::FEDERAL_INITIAL_DECISION
        }),
        RouteKind::Medicaid(_) | RouteKind::MediCal => Some(if urgent {
            r::MEDICAID_INITIAL_URGENT_DECISION
        } else if requested.is_some_and(|d| d < ma_2026()) {
            r::MEDICAID_INITIAL_DECISION_BEFORE_2026
        } else {
            r::MEDICAID_INITIAL_DECISION
        }),
        _ => None,
    }
}

/// 1 January 2026, when CMS-0057-F's 7-day standard starts (`ma-06`, `fed-mcd-pa`).
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
        None => Err(missing_rule(plan, route)),
    };
    let decided = referral.decided_on.is_some()
        || referral
            .outcome
            .is_some_and(|o| o != ReferralOutcome::Pending);
    b.add(
        ItemKind::ReferralDecisionExpected,
        Nature::Expected,
        start,
        rule,
        Dir::After,
        decided,
    );
    if rule == Some(r::CA_REFERRAL_DECISION) {
        b.add(
            ItemKind::ReferralFollowUp,
            Nature::Expected,
            start,
            Some(r::CA_REFERRAL_FOLLOW_UP),
            Dir::After,
            decided,
        );
    }

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
        // A logged offer settles the item, even a late one: the case step judges the wait.
        let offered = details.access.earliest_in_network_appointment.is_some();
        b.add(
            ItemKind::InNetworkAppointmentDue,
            Nature::Expected,
            start,
            Some(rule),
            Dir::After,
            offered,
        );
    }

    // The appeal. Once Kaiser's denial no longer stands, its deadlines stop calling for action.
    let lifted = appeal.denial_lifted().then_some(NotNeeded::DenialLifted);
    let reversed = appeal.grievance_outcome == Some(AppealOutcome::Reversed);
    let review_asked = appeal.review_filed.is_some() || appeal.review_outcome.is_some();

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
    b.not_needed(lifted);

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
            filed.and(Err(missing_rule(plan, route)))
        },
        rule,
        Dir::After,
        appeal.grievance_decision.is_some() || appeal.grievance_outcome.is_some(),
    );
    b.not_needed(lifted);

    // May escalate from.
    let review = &route.review;
    let skip_wait = urgent && review.urgent_without_waiting.is_some();
    let (start, rule) = match review.escalation {
        Escalation::Automatic(_) => (None, None),
        Escalation::AfterDecisionOrWait(rule) if !skip_wait => (Some(filed), Some(rule)),
        _ if skip_wait => (
            Some(
                appeal
                    .grievance_filed
                    .or(appeal.denial_letter)
                    .ok_or(DateNeeded::DenialLetter),
            ),
            None,
        ),
        _ => (
            Some(need(
                appeal.grievance_decision,
                DateNeeded::GrievanceDecision,
            )),
            None,
        ),
    };
    if let Some(start) = start {
        b.add(
            ItemKind::MayEscalateFrom,
            Nature::Opens,
            start,
            rule,
            Dir::After,
            review_asked,
        );
        b.not_needed(lifted);
    }

    // Independent review filing deadline.
    let decided = need(appeal.grievance_decision, DateNeeded::GrievanceDecision);
    if !matches!(review.escalation, Escalation::Automatic(_)) {
        let rule = earliest_end(route, |r| r.review.filing_window, decided.unwrap_or(today));
        let start = if rule.is_some() {
            decided
        } else {
            decided.and(Err(missing_rule(plan, route)))
        };
        b.add(
            ItemKind::ReviewFilingDeadline,
            Nature::Deadline,
            start,
            rule,
            Dir::After,
            review_asked,
        );
        b.not_needed(lifted);
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
                    review_asked,
                );
                b.not_needed(lifted);
            }
        }
    }

    // Review decision expected: from the filing, or (Medicare) from Kaiser's decision, which
    // sends the case on by itself.
    let rule = if urgent {
        review.urgent_decision.or(review.decision)
    } else {
        review.decision
    };
    let start = match review.escalation {
        Escalation::Automatic(_) => decided,
        _ => need(appeal.review_filed, DateNeeded::ReviewFiled),
    };
    b.add(
        ItemKind::ReviewDecisionExpected,
        Nature::Expected,
        if rule.is_some() {
            start
        } else {
            start.and(Err(missing_rule(plan, route)))
        },
        rule,
        Dir::After,
        appeal.review_outcome.is_some() || appeal.review_decision.is_some(),
    );
    b.not_needed(reversed.then_some(NotNeeded::DenialLifted));

    // After the reviewer decided for the member: when Kaiser must have acted on it.
    if let (Some(ReviewOutcome::Overturned), Some(rule)) =
        (appeal.review_outcome, review.act_within)
    {
        b.add(
            ItemKind::AuthorizationAfterReview,
            Nature::Expected,
            need(appeal.review_decision, DateNeeded::ReviewDecision),
            Some(rule),
            Dir::After,
            details.appointment.date.is_some(),
        );
    }

    // Records and the appointment: once the appointment has passed, records no longer press.
    let appointment = need(details.appointment.date, DateNeeded::Appointment);
    let passed = details
        .appointment
        .date
        .filter(|d| *d < today)
        .map(|_| NotNeeded::AppointmentPassed);
    let records_done = details.appointment.records_requested_on.is_some();
    let records = access::records_rules(plan.region, details.state);
    b.add(
        ItemKind::RecordsLegalMaxRequestBy,
        Nature::Deadline,
        appointment,
        Some(records.safe_limit),
        Dir::Before,
        records_done,
    );
    b.not_needed(passed);
    let lead = match details.appointment.records_lead_business_days {
        // The member's own lead time: the published figure's caveats no longer apply.
        Some(days) => Rule {
            period: Period::BusinessDays(days),
            caveats: &[],
            ..records.default_lead
        },
        None => records.default_lead,
    };
    b.add(
        ItemKind::RecordsRequestBy,
        Nature::Deadline,
        appointment,
        Some(lead),
        Dir::Before,
        records_done,
    );
    b.not_needed(passed);
    b.add(
        ItemKind::Appointment,
        Nature::Event,
        appointment,
        None,
        Dir::After,
        false,
    );

    let mut items = b.items;
    sort_by_date(&mut items);
    items
}

/// Dated items first, by date, then by kind; undated ones last. An insertion sort: a timeline
/// has about a dozen items, and the standard library's sort costs 3 KB of wasm.
fn sort_by_date(items: &mut [TimelineItem]) {
    let key = |item: &TimelineItem| (item.date.is_none(), item.date, item.kind);
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
