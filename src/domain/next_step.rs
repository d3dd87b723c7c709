//! The single "what to do next" line shown on every screen, computed from the case and its
//! evaluation. It names one action and, where the rules give one, the date it belongs to.
//!
//! Order of priority: answer the plan questions (nothing else can be worked out without them);
//! then anything the member must do that is due within a week or overdue; then the appeal path
//! once Kaiser has said no; then the ordinary path (talk to the doctor, ask in writing, wait for
//! the answer, book the appointment, send the records).

use chrono::NaiveDate;

use super::case::{AppealOutcome, ReferralOutcome, ReviewOutcome};
use super::evaluate::Evaluation;
use super::route::{Binding, Escalation, FiledWith, InternalStepKind, ReviewKind};
use super::timeline::{ItemKind, Status, TimelineItem};
use super::{Case, CaseDetails};

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
    /// File the grievance / appeal / reconsideration.
    FileGrievance {
        /// What the plan's own review is called.
        kind: InternalStepKind,
        /// Who takes it.
        with: FiledWith,
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
        /// Kaiser approved part of the request: the review is for the part still denied.
        partly: bool,
    },
    /// The plan must forward the case to the independent reviewer itself (Medicare).
    ReviewIsAutomatic {
        /// When the reviewer's decision is expected (always approximate), when known.
        by: Option<NaiveDate>,
    },
    /// Wait for the independent reviewer's decision.
    AwaitReviewDecision {
        /// When it is expected, when known.
        by: Option<NaiveDate>,
        /// Whether the date is approximate (the reviewer's clock starts when it has the case).
        about: bool,
    },
    /// The independent reviewer kept Kaiser's denial.
    ReviewUpheld {
        /// Which review.
        review: ReviewKind,
    },
    /// Talk to the Kaiser doctor first (the mandatory first step).
    TalkToDoctor,
    /// Put the referral request in writing.
    PutRequestInWriting,
    /// Wait for Kaiser's answer to the referral request.
    AwaitReferralDecision {
        /// When it is expected, when known.
        by: Option<NaiveDate>,
        /// Whether the date is approximate (California: counted from when Kaiser has what it
        /// needs).
        about: bool,
        /// The day to follow up if no answer has come, where the rules give one.
        follow_up: Option<NaiveDate>,
        /// Whether the answer is late: the follow-up day (or else the expected date) has passed.
        late: bool,
    },
    /// The referral was approved (or the denial lifted): get the written authorization and book
    /// the outside appointment.
    BookAppointment {
        /// How the approval came.
        after: Approval,
    },
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
    /// The outside appointment has taken place: get the report and share it.
    AfterAppointment {
        /// The appointment's date.
        on: NaiveDate,
    },
}

/// How the member's outside referral came to be approved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Approval {
    /// Kaiser approved the request.
    Referral,
    /// Kaiser reversed its denial on the member's appeal.
    AppealReversed,
    /// The independent reviewer overturned the denial.
    ReviewOverturned {
        /// When Kaiser must have authorized the care, where the rules say.
        act_by: Option<NaiveDate>,
        /// A source says the plan must follow the decision ([`Binding::BindsPlan`]).
        binds: bool,
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
    let approval = if appeal.review_outcome == Some(ReviewOutcome::Overturned) {
        Some(Approval::ReviewOverturned {
            act_by: date_of(evaluation, ItemKind::AuthorizationAfterReview),
            binds: matches!(evaluation.route.review.binding, Binding::BindsPlan(_)),
        })
    } else if appeal.grievance_outcome == Some(AppealOutcome::Reversed) {
        Some(Approval::AppealReversed)
    } else if denied {
        None
    } else if details.referral.outcome == Some(ReferralOutcome::Approved) {
        Some(Approval::Referral)
    } else {
        None
    };
    if denied && approval.is_none() {
        return appeal_step(details, evaluation);
    }

    let referral = &details.referral;
    let Some(after) = approval else {
        if referral.requested_on.is_none() {
            if details.reasons.kaiser_doctor_asked != Some(true) {
                return NextStep::TalkToDoctor;
            }
            return NextStep::PutRequestInWriting;
        }
        let expected = evaluation
            .timeline
            .iter()
            .find(|i| i.kind == ItemKind::ReferralDecisionExpected);
        let follow_up = item(evaluation, ItemKind::ReferralFollowUp);
        let late = matches!(
            follow_up.or(expected.map(|i| (i.date, i.status))),
            Some((_, Status::Overdue { .. }))
        );
        return NextStep::AwaitReferralDecision {
            by: expected.and_then(|i| i.date),
            about: expected.is_some_and(TimelineItem::is_approximate),
            follow_up: follow_up.and_then(|(date, _)| date),
            late,
        };
    };
    let Some(appointment) = details.appointment.date else {
        return NextStep::BookAppointment { after };
    };
    if matches!(
        item(evaluation, ItemKind::Appointment),
        Some((_, Status::Reached { .. }))
    ) {
        return NextStep::AfterAppointment { on: appointment };
    }
    if details.appointment.records_requested_on.is_none() {
        return NextStep::RequestRecords {
            by: date_of(evaluation, ItemKind::RecordsRequestBy),
        };
    }
    NextStep::GoToAppointment { on: appointment }
}

/// The next step on the appeal path, while Kaiser's denial stands.
fn appeal_step(details: &CaseDetails, evaluation: &Evaluation) -> NextStep {
    let appeal = &details.appeal;
    if appeal.review_outcome == Some(ReviewOutcome::Upheld) {
        return NextStep::ReviewUpheld {
            review: evaluation.route.review.kind,
        };
    }
    if appeal.grievance_filed.is_none() {
        return NextStep::FileGrievance {
            kind: evaluation.route.internal.kind,
            with: evaluation.route.internal.filed_with,
            by: date_of(evaluation, ItemKind::GrievanceFilingDeadline),
        };
    }
    let decided = appeal.grievance_decision.is_some() || appeal.grievance_outcome.is_some();
    if !decided {
        return NextStep::AwaitPlanDecision {
            by: date_of(evaluation, ItemKind::PlanDecisionExpected),
        };
    }
    let expected = evaluation
        .timeline
        .iter()
        .find(|i| i.kind == ItemKind::ReviewDecisionExpected);
    if matches!(evaluation.route.review.escalation, Escalation::Automatic(_)) {
        return NextStep::ReviewIsAutomatic {
            by: expected.and_then(|i| i.date),
        };
    }
    if appeal.review_filed.is_none() {
        return NextStep::AskIndependentReview {
            review: evaluation.route.review.kind,
            by: date_of(evaluation, ItemKind::ReviewFilingDeadline),
            partly: appeal.grievance_outcome == Some(AppealOutcome::PartlyReversed),
        };
    }
    NextStep::AwaitReviewDecision {
        by: expected.and_then(|i| i.date),
        about: expected.is_some_and(TimelineItem::is_approximate),
    }
}
