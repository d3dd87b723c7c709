//! The "what to do next" line: one action, in the documented order of priority, with the date
//! worked out by hand from the rules.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::d;

use chrono::NaiveDate;
use second_opinion_navigator::domain::case::*;
use second_opinion_navigator::domain::next_step::{is_pressing, next_step, Approval, NextStep};
use second_opinion_navigator::domain::route::{FiledWith, InternalStepKind, ReviewKind, UsState};
use second_opinion_navigator::domain::timeline::{ItemKind, NotNeeded, Status};
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
    // Asked on Mon Feb 2: HSC 1367.01's 5 business days give about Mon Feb 9 (counted from when
    // Kaiser has what it needs, so approximate); day 14, Mon Feb 16, is the day to follow up.
    c.details.referral.requested_on = Some(d(2026, 2, 2));
    let waiting = |late| NextStep::AwaitReferralDecision {
        by: Some(d(2026, 2, 9)),
        about: true,
        follow_up: Some(d(2026, 2, 16)),
        late,
    };
    assert_eq!(next(&c, today), waiting(false), "past the approximate date");
    assert_eq!(
        next(&c, d(2026, 2, 16)),
        waiting(false),
        "the follow-up day"
    );
    assert_eq!(next(&c, d(2026, 2, 17)), waiting(true));
    c.details.referral.outcome = Some(ReferralOutcome::Approved);
    c.details.referral.decided_on = Some(d(2026, 2, 12));
    assert_eq!(
        next(&c, today),
        NextStep::BookAppointment {
            after: Approval::Referral
        }
    );
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
    // The day after, the appointment has passed; even with no records request logged, the
    // records dates no longer call for action.
    c.details.appointment.records_requested_on = None;
    assert_eq!(
        next(&c, d(2026, 3, 17)),
        NextStep::AfterAppointment { on: d(2026, 3, 16) }
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
            with: FiledWith::Kaiser,
            by: None
        }
    );
    // Apr 15 + 180 days = Oct 12.
    c.details.appeal.denial_letter = Some(d(2026, 4, 15));
    assert_eq!(
        next(&c, today),
        NextStep::FileGrievance {
            kind: InternalStepKind::Appeal,
            with: FiledWith::Kaiser,
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
    let ask = |partly| NextStep::AskIndependentReview {
        review: ReviewKind::StateExternalReview(UsState::Oregon),
        by: Some(d(2026, 11, 11)),
        partly,
    };
    assert_eq!(next(&c, today), ask(false));
    c.details.appeal.grievance_outcome = Some(AppealOutcome::Upheld);
    assert_eq!(next(&c, today), ask(false));
    c.details.appeal.grievance_outcome = Some(AppealOutcome::PartlyReversed);
    assert_eq!(next(&c, today), ask(true));
    c.details.appeal.review_filed = Some(d(2026, 5, 18));
    assert_eq!(
        next(&c, today),
        NextStep::AwaitReviewDecision {
            by: None,
            about: false
        },
        "Oregon's decision time is not in our sources"
    );
    c.details.appeal.review_outcome = Some(ReviewOutcome::Upheld);
    assert_eq!(
        next(&c, today),
        NextStep::ReviewUpheld {
            review: ReviewKind::StateExternalReview(UsState::Oregon)
        }
    );
    c.details.appeal.review_outcome = Some(ReviewOutcome::Overturned);
    assert_eq!(
        next(&c, today),
        NextStep::BookAppointment {
            after: Approval::ReviewOverturned {
                act_by: None,
                binds: true
            }
        },
        "Oregon's time to act on the decision is not in our sources"
    );
}

#[test]
fn a_reversed_denial_leaves_no_appeal_deadline_pressing() {
    let mut c = case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
    );
    c.details.referral.outcome = Some(ReferralOutcome::Denied);
    c.details.appeal.denial_letter = Some(d(2026, 1, 5));
    c.details.appeal.grievance_filed = Some(d(2026, 1, 12));
    c.details.appeal.grievance_decision = Some(d(2026, 2, 2));
    // Six months from Feb 2 for the IMR: Aug 2. A week before, it presses...
    let today = d(2026, 7, 28);
    assert!(matches!(
        next(&c, today),
        NextStep::ActNow {
            kind: ItemKind::ReviewFilingDeadline,
            ..
        }
    ));
    // ...unless Kaiser reversed its denial: then the next step is the appointment.
    c.details.appeal.grievance_outcome = Some(AppealOutcome::Reversed);
    assert_eq!(
        next(&c, today),
        NextStep::BookAppointment {
            after: Approval::AppealReversed
        }
    );
    let timeline = evaluate(&c, today).timeline;
    assert!(timeline.iter().all(|i| !is_pressing(i.status)));
    assert!(timeline
        .iter()
        .any(|i| i.kind == ItemKind::ReviewFilingDeadline
            && i.status == Status::NotNeeded(NotNeeded::DenialLifted)));
}

#[test]
fn after_an_imr_decides_for_the_member_kaiser_has_five_working_days() {
    let mut c = case(
        Region::SouthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
    );
    c.details.referral.outcome = Some(ReferralOutcome::Denied);
    c.details.appeal.denial_letter = Some(d(2026, 1, 5));
    c.details.appeal.grievance_filed = Some(d(2026, 1, 12));
    c.details.appeal.grievance_decision = Some(d(2026, 2, 9));
    c.details.appeal.grievance_outcome = Some(AppealOutcome::Upheld);
    c.details.appeal.review_filed = Some(d(2026, 2, 16));
    // Filed Feb 16: 30 days is about Mar 18 (the clock runs from DMHC having the case).
    assert_eq!(
        next(&c, d(2026, 3, 2)),
        NextStep::AwaitReviewDecision {
            by: Some(d(2026, 3, 18)),
            about: true
        }
    );
    // Decided Fri Mar 20 in the member's favour: 5 working days, Fri Mar 27 (HSC 1374.34).
    c.details.appeal.review_decision = Some(d(2026, 3, 20));
    c.details.appeal.review_outcome = Some(ReviewOutcome::Overturned);
    assert_eq!(
        next(&c, d(2026, 3, 23)),
        NextStep::BookAppointment {
            after: Approval::ReviewOverturned {
                act_by: Some(d(2026, 3, 27)),
                binds: true
            }
        }
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
            with: FiledWith::Kaiser,
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
    // Kaiser kept its denial on Apr 1 and sent the case on: the IRE's 30 days from when it
    // has the case make about May 1.
    assert_eq!(
        next(&c, d(2026, 4, 2)),
        NextStep::ReviewIsAutomatic {
            by: Some(d(2026, 5, 1))
        }
    );
    // The reviewer decided for the member on Mon May 4: 42 CFR 422.618(b)(1) gives Kaiser 72
    // hours, so Thu May 7, and it binds Kaiser.
    c.details.appeal.review_decision = Some(d(2026, 5, 4));
    c.details.appeal.review_outcome = Some(ReviewOutcome::Overturned);
    assert_eq!(
        next(&c, d(2026, 5, 5)),
        NextStep::BookAppointment {
            after: Approval::ReviewOverturned {
                act_by: Some(d(2026, 5, 7)),
                binds: true
            }
        }
    );
}

#[test]
fn an_overturned_denial_is_said_to_bind_kaiser_only_where_a_source_says_so() {
    let binds = |region, plan| {
        let mut c = case(region, plan);
        c.details.referral.outcome = Some(ReferralOutcome::Denied);
        c.details.appeal.denial_letter = Some(d(2026, 3, 5));
        c.details.appeal.grievance_filed = Some(d(2026, 3, 9));
        c.details.appeal.grievance_decision = Some(d(2026, 4, 1));
        c.details.appeal.grievance_outcome = Some(AppealOutcome::Upheld);
        c.details.appeal.review_filed = Some(d(2026, 4, 6));
        c.details.appeal.review_decision = Some(d(2026, 5, 4));
        c.details.appeal.review_outcome = Some(ReviewOutcome::Overturned);
        match next(&c, d(2026, 5, 5)) {
            NextStep::BookAppointment {
                after: Approval::ReviewOverturned { binds, .. },
            } => binds,
            other => panic!("{region:?} {plan:?}: {other:?}"),
        }
    };
    // DMHC (HSC 1374.34), the IRE (422.618), Medicaid hearings (438.424), federal external
    // review (45 CFR 147.136) bind the plan; for OPM's review our sources do not say.
    assert!(binds(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo
    ));
    assert!(binds(
        Region::SouthernCalifornia,
        PlanType::MedicareAdvantage
    ));
    assert!(binds(Region::SouthernCalifornia, PlanType::Medicaid));
    assert!(binds(Region::Colorado, PlanType::Medicaid));
    assert!(binds(Region::Georgia, PlanType::SelfFundedEmployer));
    assert!(!binds(Region::Georgia, PlanType::Fehb));
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

#[test]
fn the_summarys_sources_are_each_page_once_starting_with_the_route() {
    use second_opinion_navigator::domain::{evaluate, PlanType, Region, Urgency};
    let mut c = domain_support::case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    );
    c.details.appeal.denial_letter = Some(domain_support::d(2026, 1, 5));
    let e = evaluate(&c, domain_support::d(2026, 3, 3));
    let sources = e.sources();
    assert_eq!(sources[0], e.route.internal.filing_window.source);
    for (i, s) in sources.iter().enumerate() {
        assert!(
            !sources[..i]
                .iter()
                .any(|k| k.title() == s.title() && k.url() == s.url()),
            "{} listed twice",
            s.title()
        );
    }
    for it in e.timeline.iter().filter_map(|it| it.source()) {
        assert!(
            sources
                .iter()
                .any(|s| s.title() == it.title() && s.url() == it.url()),
            "{}",
            it.title()
        );
    }
}
