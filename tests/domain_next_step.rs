//! The "what to do next" line: one action, in the documented order of priority, with the date
//! worked out by hand from the rules.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::d;

use chrono::NaiveDate;
use second_opinion_navigator::domain::case::*;
use second_opinion_navigator::domain::next_step::{is_pressing, next_step, NextStep};
use second_opinion_navigator::domain::route::{InternalStepKind, ReviewKind, UsState};
use second_opinion_navigator::domain::timeline::{ItemKind, Status};
use second_opinion_navigator::domain::{evaluate, Case, PlanAnswers, PlanType, Region, Urgency};

fn case(region: Region, plan: PlanType) -> Case {
    Case {
        plan: PlanAnswers {
            region: Some(region),
            plan_type: Some(plan),
            urgency: Some(Urgency::NotUrgent),
        },
        ..Case::default()
    }
}

fn next(case: &Case, today: NaiveDate) -> NextStep {
    next_step(case, &evaluate(case, today))
}

#[test]
fn nothing_can_be_worked_out_before_the_plan() {
    assert_eq!(next(&Case::default(), d(2026, 1, 5)), NextStep::AnswerPlan);
    let mut c = case(Region::Hawaii, PlanType::Fehb);
    c.plan.plan_type = None;
    assert_eq!(next(&c, d(2026, 1, 5)), NextStep::AnswerPlan);
    // Urgency is not needed to go on.
    c.plan.plan_type = Some(PlanType::Fehb);
    c.plan.urgency = None;
    assert_eq!(next(&c, d(2026, 1, 5)), NextStep::TalkToDoctor);
}

#[test]
fn the_ordinary_path() {
    let mut c = case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
    );
    let today = d(2026, 2, 10);
    assert_eq!(next(&c, today), NextStep::TalkToDoctor);
    c.details.reasons.kaiser_doctor_asked = Some(true);
    assert_eq!(next(&c, today), NextStep::PutRequestInWriting);
    // Asked on Feb 2: California's 14 days by analogy gives Feb 16.
    c.details.referral.requested_on = Some(d(2026, 2, 2));
    assert_eq!(
        next(&c, today),
        NextStep::AwaitReferralDecision {
            by: Some(d(2026, 2, 16)),
            late: false
        }
    );
    assert_eq!(
        next(&c, d(2026, 2, 17)),
        NextStep::AwaitReferralDecision {
            by: Some(d(2026, 2, 16)),
            late: true
        }
    );
    c.details.referral.outcome = Some(ReferralOutcome::Approved);
    c.details.referral.decided_on = Some(d(2026, 2, 12));
    assert_eq!(next(&c, today), NextStep::BookAppointment);
    // Appointment Mon Mar 16: 5 business days before is Mon Mar 9.
    c.details.appointment.date = Some(d(2026, 3, 16));
    assert_eq!(
        next(&c, today),
        NextStep::RequestRecords {
            by: Some(d(2026, 3, 9))
        }
    );
    c.details.appointment.records_requested_on = Some(d(2026, 2, 11));
    assert_eq!(
        next(&c, today),
        NextStep::GoToAppointment { on: d(2026, 3, 16) }
    );
}

#[test]
fn a_close_deadline_of_the_members_own_comes_first() {
    let mut c = case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
    );
    c.details.referral.requested_on = Some(d(2026, 2, 2));
    c.details.referral.outcome = Some(ReferralOutcome::Approved);
    c.details.appointment.date = Some(d(2026, 3, 16));
    // California's 15-day records limit: Mar 16 - 15 = Mar 1, which is 6 days after Feb 23.
    let step = next(&c, d(2026, 2, 23));
    assert_eq!(
        step,
        NextStep::ActNow {
            kind: ItemKind::RecordsLegalMaxRequestBy,
            date: d(2026, 3, 1),
            status: Status::Upcoming { days: 6 }
        }
    );
    // Eight days before, it is not pressing yet.
    assert_eq!(
        next(&c, d(2026, 2, 21)),
        NextStep::RequestRecords {
            by: Some(d(2026, 3, 9))
        }
    );
}

#[test]
fn the_appeal_path_after_a_denial() {
    let mut c = case(Region::Northwest, PlanType::EmployerOrIndividualHmo);
    c.details.state = Some(UsState::Oregon);
    c.details.referral.requested_on = Some(d(2026, 4, 1));
    c.details.referral.outcome = Some(ReferralOutcome::Denied);
    let today = d(2026, 5, 20);
    // No letter date yet: file, date unknown.
    assert_eq!(
        next(&c, today),
        NextStep::FileGrievance {
            kind: InternalStepKind::Appeal,
            by: None
        }
    );
    // Apr 15 + 180 days = Oct 12.
    c.details.appeal.denial_letter = Some(d(2026, 4, 15));
    assert_eq!(
        next(&c, today),
        NextStep::FileGrievance {
            kind: InternalStepKind::Appeal,
            by: Some(d(2026, 10, 12))
        }
    );
    // Filed Apr 20: decision expected in 30 days, May 20.
    c.details.appeal.grievance_filed = Some(d(2026, 4, 20));
    assert_eq!(
        next(&c, d(2026, 5, 1)),
        NextStep::AwaitPlanDecision {
            by: Some(d(2026, 5, 20))
        }
    );
    // Decided May 15: Oregon external review within 180 days, Nov 11.
    c.details.appeal.grievance_decision = Some(d(2026, 5, 15));
    assert_eq!(
        next(&c, today),
        NextStep::AskIndependentReview {
            review: ReviewKind::StateExternalReview(UsState::Oregon),
            by: Some(d(2026, 11, 11))
        }
    );
    c.details.appeal.review_filed = Some(d(2026, 5, 18));
    assert_eq!(
        next(&c, today),
        NextStep::AwaitReviewDecision { by: None },
        "Oregon's decision time is not in our sources"
    );
}

#[test]
fn medicare_sends_the_case_on_by_itself() {
    let mut c = case(Region::SouthernCalifornia, PlanType::MedicareAdvantage);
    c.details.referral.outcome = Some(ReferralOutcome::Denied);
    c.details.appeal.denial_letter = Some(d(2026, 3, 5));
    // Mar 5 + 65 days = May 9.
    assert_eq!(
        next(&c, d(2026, 3, 9)),
        NextStep::FileGrievance {
            kind: InternalStepKind::Reconsideration,
            by: Some(d(2026, 5, 9))
        }
    );
    // Five days before the window closes, it is pressing.
    assert_eq!(
        next(&c, d(2026, 5, 4)),
        NextStep::ActNow {
            kind: ItemKind::GrievanceFilingDeadline,
            date: d(2026, 5, 9),
            status: Status::Upcoming { days: 5 }
        }
    );
    c.details.appeal.grievance_filed = Some(d(2026, 3, 9));
    c.details.appeal.grievance_decision = Some(d(2026, 4, 1));
    assert_eq!(next(&c, d(2026, 4, 2)), NextStep::ReviewIsAutomatic);
}

#[test]
fn pressing_means_within_a_week_today_or_late() {
    assert!(is_pressing(Status::DueToday));
    assert!(is_pressing(Status::Overdue { days: 40 }));
    assert!(is_pressing(Status::Upcoming { days: 7 }));
    assert!(!is_pressing(Status::Upcoming { days: 8 }));
    assert!(!is_pressing(Status::Done));
    assert!(!is_pressing(Status::Reached { days: 1 }));
}
