//! The single "what to do next" line shown on every screen, computed from the case and its
//! evaluation. It names one action and, where the rules give one, the date it belongs to.
//!
//! Order of priority: answer the plan questions (nothing else can be worked out without them);
//! then anything the member must do that is due within a week or overdue; then the appeal path
//! once Kaiser has said no; then the ordinary path (talk to the doctor, ask in writing, wait for
//! the answer, book the appointment, send the records).

use chrono::NaiveDate;

use super::case::ReferralOutcome;
use super::evaluate::Evaluation;
use super::route::{Escalation, InternalStepKind, ReviewKind};
use super::timeline::{ItemKind, Status};
use super::Case;

/// How many days ahead a member's own deadline counts as "act now".
pub const SOON_DAYS: i64 = 7;

/// The one thing to do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NextStep {
    /// The region or the kind of plan is still missing.
    AnswerPlan,
    /// A deadline of the member's own is due within [`SOON_DAYS`], due today, or overdue.
    ActNow {
        /// Which deadline.
        kind: ItemKind,
        /// Its date.
        date: NaiveDate,
        /// Due today, upcoming (days) or overdue (days).
        status: Status,
    },
    /// File the grievance / appeal / reconsideration with Kaiser.
    FileGrievance {
        /// What the plan's own review is called.
        kind: InternalStepKind,
        /// The last day to file, when known.
        by: Option<NaiveDate>,
    },
    /// Wait for Kaiser's decision on the grievance.
    AwaitPlanDecision {
        /// When it is expected, when known.
        by: Option<NaiveDate>,
    },
    /// Kaiser decided the grievance: if it still says no, ask for the independent review.
    AskIndependentReview {
        /// Which review.
        review: ReviewKind,
        /// The last day to ask, when known.
        by: Option<NaiveDate>,
    },
    /// The plan must forward the case to the independent reviewer itself (Medicare).
    ReviewIsAutomatic,
    /// Wait for the independent reviewer's decision.
    AwaitReviewDecision {
        /// When it is expected, when known.
        by: Option<NaiveDate>,
    },
    /// Talk to the Kaiser doctor first (the mandatory first step).
    TalkToDoctor,
    /// Put the referral request in writing.
    PutRequestInWriting,
    /// Wait for Kaiser's answer to the referral request.
    AwaitReferralDecision {
        /// When it is expected, when known.
        by: Option<NaiveDate>,
        /// Whether that date has passed without an answer.
        late: bool,
    },
    /// The referral was approved: book the outside appointment.
    BookAppointment,
    /// Ask Kaiser's Release of Information to send the records.
    RequestRecords {
        /// Request by this date (the records lead before the appointment), when known.
        by: Option<NaiveDate>,
    },
    /// Everything is in place: go to the appointment.
    GoToAppointment {
        /// The appointment's date.
        on: NaiveDate,
    },
}

fn item(evaluation: &Evaluation, kind: ItemKind) -> Option<(Option<NaiveDate>, Status)> {
    evaluation
        .timeline
        .iter()
        .find(|i| i.kind == kind)
        .map(|i| (i.date, i.status))
}

fn date_of(evaluation: &Evaluation, kind: ItemKind) -> Option<NaiveDate> {
    item(evaluation, kind).and_then(|(date, _)| date)
}

/// Whether a status is due within [`SOON_DAYS`], today, or overdue.
pub fn is_pressing(status: Status) -> bool {
    match status {
        Status::DueToday | Status::Overdue { .. } => true,
        Status::Upcoming { days } => days <= SOON_DAYS,
        _ => false,
    }
}

/// The member's own deadlines, in the order they are checked.
const MEMBER_DEADLINES: [ItemKind; 5] = [
    ItemKind::GrievanceFilingDeadline,
    ItemKind::ReviewFilingDeadline,
    ItemKind::AlternativeReviewFilingDeadline,
    ItemKind::RecordsLegalMaxRequestBy,
    ItemKind::RecordsRequestBy,
];

/// The one thing to do next for this case.
pub fn next_step(case: &Case, evaluation: &Evaluation) -> NextStep {
    let plan = &case.plan;
    let details = &case.details;
    if plan.region.is_none() || plan.plan_type.is_none() {
        return NextStep::AnswerPlan;
    }

    // A deadline of the member's own that is close or past comes first (timeline is sorted).
    let pressing = evaluation
        .timeline
        .iter()
        .filter(|i| MEMBER_DEADLINES.contains(&i.kind) && is_pressing(i.status))
        .find_map(|i| i.date.map(|date| (i.kind, date, i.status)));
    if let Some((kind, date, status)) = pressing {
        return NextStep::ActNow { kind, date, status };
    }

    let appeal = &details.appeal;
    let denied =
        details.referral.outcome == Some(ReferralOutcome::Denied) || appeal.denial_letter.is_some();
    if denied {
        if appeal.grievance_filed.is_none() {
            return NextStep::FileGrievance {
                kind: evaluation.route.internal.kind,
                by: date_of(evaluation, ItemKind::GrievanceFilingDeadline),
            };
        }
        if appeal.grievance_decision.is_none() {
            return NextStep::AwaitPlanDecision {
                by: date_of(evaluation, ItemKind::PlanDecisionExpected),
            };
        }
        if appeal.review_filed.is_none() {
            if matches!(evaluation.route.review.escalation, Escalation::Automatic(_)) {
                return NextStep::ReviewIsAutomatic;
            }
            return NextStep::AskIndependentReview {
                review: evaluation.route.review.kind,
                by: date_of(evaluation, ItemKind::ReviewFilingDeadline),
            };
        }
        return NextStep::AwaitReviewDecision {
            by: date_of(evaluation, ItemKind::ReviewDecisionExpected),
        };
    }

    let referral = &details.referral;
    if referral.requested_on.is_none() {
        if details.reasons.kaiser_doctor_asked != Some(true) {
            return NextStep::TalkToDoctor;
        }
        return NextStep::PutRequestInWriting;
    }
    if referral.outcome != Some(ReferralOutcome::Approved) {
        let expected = item(evaluation, ItemKind::ReferralDecisionExpected);
        let by = expected.and_then(|(date, _)| date);
        let late = matches!(expected, Some((_, Status::Overdue { .. })));
        return NextStep::AwaitReferralDecision { by, late };
    }
    let Some(appointment) = details.appointment.date else {
        return NextStep::BookAppointment;
    };
    if details.appointment.records_requested_on.is_none() {
        return NextStep::RequestRecords {
            by: date_of(evaluation, ItemKind::RecordsRequestBy),
        };
    }
    NextStep::GoToAppointment { on: appointment }
}
