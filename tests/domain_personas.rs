//! The four personas of the end-to-end journeys (tests/e2e/journey.spec.mjs), evaluated
//! natively: every value the browser tests assert is worked out here by hand from the rules
//! (facts.md) and checked against the engine, so the e2e expectations are not copied from the
//! screen.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::{case, d};

use chrono::NaiveDate;
use second_opinion_navigator::domain::case::*;
use second_opinion_navigator::domain::costs::{CostShare, ReferralCostBasis};
use second_opinion_navigator::domain::eligibility::{ReasonCode, Strength, Verdict, WaitLength};
use second_opinion_navigator::domain::next_step::{next_step, NextStep};
use second_opinion_navigator::domain::route::{InternalStepKind, RouteKind, UsState};
use second_opinion_navigator::domain::rules::Period;
use second_opinion_navigator::domain::timeline::{DateNeeded, ItemKind, Status};
use second_opinion_navigator::domain::{
    evaluate, BasisPoints, Evaluation, Money, PlanType, Region, Urgency,
};

fn status(e: &Evaluation, kind: ItemKind) -> (Option<NaiveDate>, Status) {
    let item = e
        .timeline
        .iter()
        .find(|i| i.kind == kind)
        .expect("timeline item");
    (item.date, item.status)
}

/// The reasons checklist as the screen fills it: the ticked box, the others "no".
fn ticked(reason: CaReason) -> ReasonAnswers {
    let mut r = ReasonAnswers::default();
    for each in CaReason::ALL {
        let v = Some(each == reason);
        match each {
            CaReason::QuestionedSurgery => r.questioned_surgery = v,
            CaReason::SeriousCondition => r.serious_condition = v,
            CaReason::UnclearDiagnosis => r.unclear_diagnosis = v,
            CaReason::TreatmentNotWorking => r.treatment_not_working = v,
            CaReason::ConcernsNotResolved => r.concerns_not_resolved = v,
        }
    }
    r
}

// (a) Northern California employer HMO, questioning a recommended surgery; asked for a
// specialist on Monday Jan 5 2026 and offered Wednesday Jan 28: Jan 6-9 (4), 12-16 (9),
// Jan 19 is Martin Luther King Jr. Day, 20-23 (13), 26, 27, 28 = 16 business days, 23 days.
#[test]
fn persona_a_northern_california_hmo() {
    let mut c = case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    );
    let dd = &mut c.details;
    dd.reasons = ticked(CaReason::QuestionedSurgery);
    dd.reasons.kaiser_doctor_asked = Some(true);
    dd.reasons.in_network_second_opinion = Some(InNetworkSecondOpinion::NotOffered);
    dd.access.qualified_specialist_in_network = Some(true);
    dd.access.appointment_requested_on = Some(d(2026, 1, 5));
    dd.access.earliest_in_network_appointment = Some(d(2026, 1, 28));
    dd.referral.requested_on = Some(d(2026, 2, 2));
    dd.referral.outcome = Some(ReferralOutcome::Pending);
    dd.costs.in_network.share = Some(CostShare::Copay(Money::from_dollars(30)));
    dd.costs.self_pay.consult = Some(Money::from_dollars(1_200));
    dd.costs.self_pay.pathology_review = Some(Money::from_cents(25_050));
    dd.appointment.date = Some(d(2026, 3, 16));
    let today = d(2026, 2, 10);
    let e = evaluate(&c, today);

    assert_eq!(e.route.kind, RouteKind::CaliforniaDmhc);
    assert_eq!(
        e.eligibility.california_reasons[0].verdict,
        Verdict::Applies
    );
    assert_eq!(
        e.eligibility.california_reasons[1].verdict,
        Verdict::DoesNotApply
    );
    let delay = e.eligibility.grounds[1];
    assert_eq!(delay.verdict, Verdict::Applies);
    assert_eq!(
        delay.reason,
        ReasonCode::WaitExceedsStandard {
            waited: WaitLength {
                business_days: 16,
                calendar_days: 23
            },
            standard: Period::BusinessDays(15)
        }
    );
    assert_eq!(e.eligibility.grounds[0].verdict, Verdict::DoesNotApply);
    assert_eq!(
        e.eligibility.grounds[2].verdict,
        Verdict::NotEnoughInformation
    );
    assert_eq!(e.eligibility.strength, Some(Strength::Strong));
    // Referral answer: Feb 2 + 14 days (HSC 1367.01 by analogy) = Feb 16, 6 days away.
    assert_eq!(
        status(&e, ItemKind::ReferralDecisionExpected),
        (Some(d(2026, 2, 16)), Status::Upcoming { days: 6 })
    );
    // Jan 5 + 15 business days = Jan 27; Jan 28 was offered, so it stays open: 14 days late.
    assert_eq!(
        status(&e, ItemKind::InNetworkAppointmentDue),
        (Some(d(2026, 1, 27)), Status::Overdue { days: 14 })
    );
    // Costs: $30 copay; the referral at the same copay (HSC 1383.15(d)); self-pay $1,450.50.
    assert_eq!(
        e.costs.in_network.shares.map(|s| s.member),
        Some(Money::from_dollars(30))
    );
    assert_eq!(
        e.costs.referral.basis,
        Some(ReferralCostBasis::InNetworkCostSharing)
    );
    assert_eq!(
        e.costs.referral.shares.map(|s| s.member),
        Some(Money::from_dollars(30))
    );
    assert_eq!(
        e.costs.self_pay.shares.map(|s| s.member),
        Some(Money::from_cents(145_050))
    );
    // Records: Mar 16 - 5 business days = Mar 9 (27 days); California's 15 days: Mar 1 (19).
    assert_eq!(
        status(&e, ItemKind::RecordsRequestBy),
        (Some(d(2026, 3, 9)), Status::Upcoming { days: 27 })
    );
    assert_eq!(
        status(&e, ItemKind::RecordsLegalMaxRequestBy),
        (Some(d(2026, 3, 1)), Status::Upcoming { days: 19 })
    );
    assert_eq!(
        next_step(&c, &e),
        NextStep::AwaitReferralDecision {
            by: Some(d(2026, 2, 16)),
            late: false
        }
    );
}

// (b) Southern California Senior Advantage, referral denied.
#[test]
fn persona_b_senior_advantage_denied() {
    let mut c = case(
        Region::SouthernCalifornia,
        PlanType::MedicareAdvantage,
        Urgency::NotUrgent,
    );
    let dd = &mut c.details;
    dd.reasons = ticked(CaReason::SeriousCondition);
    dd.reasons.kaiser_doctor_asked = Some(true);
    dd.access.qualified_specialist_in_network = Some(false);
    dd.referral.requested_on = Some(d(2026, 3, 2));
    dd.referral.outcome = Some(ReferralOutcome::Denied);
    dd.referral.decided_on = Some(d(2026, 3, 5));
    dd.costs.in_network.share = Some(CostShare::Copay(Money::from_dollars(20)));
    dd.costs.self_pay.consult = Some(Money::from_dollars(400));
    let today = d(2026, 3, 9);

    let e = evaluate(&c, today);
    assert_eq!(e.route.kind, RouteKind::MedicareAdvantage);
    assert!(e.second_opinion.california.is_none());
    assert_eq!(e.eligibility.grounds[0].verdict, Verdict::Applies);
    assert_eq!(e.eligibility.grounds[0].source.fact_id, "seed");
    assert_eq!(e.eligibility.strength, Some(Strength::Strong));
    // No default referral basis for Medicare: the member's EOC decides.
    assert_eq!(e.costs.referral.shares, None);
    c.details.costs.referral_basis = Some(ReferralCostBasis::InNetworkCostSharing);
    let e = evaluate(&c, today);
    assert_eq!(
        e.costs.referral.shares.map(|s| s.member),
        Some(Money::from_dollars(20))
    );
    // From 2026, a standard initial decision takes 7 days: Mar 2 + 7 = Mar 9, answered.
    assert_eq!(
        status(&e, ItemKind::ReferralDecisionExpected),
        (Some(d(2026, 3, 9)), Status::Done)
    );
    assert_eq!(
        next_step(&c, &e),
        NextStep::FileGrievance {
            kind: InternalStepKind::Reconsideration,
            by: None
        }
    );
    // The denial letter of Mar 5: 65 days to ask for reconsideration = May 9, 61 days away.
    c.details.appeal.denial_letter = Some(d(2026, 3, 5));
    let e = evaluate(&c, today);
    assert_eq!(
        status(&e, ItemKind::GrievanceFilingDeadline),
        (Some(d(2026, 5, 9)), Status::Upcoming { days: 61 })
    );
    assert_eq!(
        next_step(&c, &e),
        NextStep::FileGrievance {
            kind: InternalStepKind::Reconsideration,
            by: Some(d(2026, 5, 9))
        }
    );
    assert!(!e.timeline.iter().any(|i| next_step_is_pressing(i.status)));
}

fn next_step_is_pressing(s: Status) -> bool {
    second_opinion_navigator::domain::next_step::is_pressing(s)
}

// (c) Oregon (Kaiser Northwest), rare condition, no in-network subspecialist; approved.
#[test]
fn persona_c_oregon_rare_condition() {
    let mut c = case(
        Region::Northwest,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    );
    let dd = &mut c.details;
    dd.state = Some(UsState::Oregon);
    dd.reasons = ticked(CaReason::SeriousCondition);
    dd.reasons.kaiser_doctor_asked = Some(true);
    dd.access.qualified_specialist_in_network = Some(false);
    dd.referral.requested_on = Some(d(2026, 4, 1));
    dd.referral.outcome = Some(ReferralOutcome::Approved);
    dd.referral.decided_on = Some(d(2026, 4, 10));
    dd.costs.in_network.share = Some(CostShare::Coinsurance(BasisPoints::from_percent(20)));
    dd.costs.in_network.allowed = Some(Money::from_dollars(300));
    dd.costs.in_network.deductible_remaining = Some(Money::from_dollars(100));
    dd.appointment.date = Some(d(2026, 7, 6));
    let today = d(2026, 5, 20);
    let e = evaluate(&c, today);

    assert_eq!(
        e.route.kind,
        RouteKind::StateExternalReview(UsState::Oregon)
    );
    assert_eq!(
        e.route.review.agency.and_then(|a| a.phone),
        Some("888-877-4894")
    );
    assert_eq!(e.eligibility.grounds[0].verdict, Verdict::Applies);
    assert_eq!(e.eligibility.grounds[0].source.fact_id, "kp-so-02");
    assert_eq!(e.eligibility.strength, Some(Strength::Strong));
    // $100 deductible, then 20% of the remaining $200 = $40: the member pays $140, the plan
    // $160; the approved referral costs the same (Kaiser Northwest EOC, kp-so-02).
    let shares = e.costs.in_network.shares.expect("shares");
    assert_eq!(shares.member, Money::from_dollars(140));
    assert_eq!(shares.plan, Some(Money::from_dollars(160)));
    assert_eq!(
        e.costs.referral.shares.map(|s| s.member),
        Some(Money::from_dollars(140))
    );
    // Federal 15-day initial decision: Apr 1 + 15 = Apr 16, answered.
    assert_eq!(
        status(&e, ItemKind::ReferralDecisionExpected),
        (Some(d(2026, 4, 16)), Status::Done)
    );
    // Records: 5 business days before Monday Jul 6, skipping Friday Jul 3 (Independence Day
    // observed) = Friday Jun 26, 37 days away; HIPAA's 30 days before = Jun 6, 17 days away.
    assert_eq!(
        status(&e, ItemKind::RecordsRequestBy),
        (Some(d(2026, 6, 26)), Status::Upcoming { days: 37 })
    );
    assert_eq!(
        status(&e, ItemKind::RecordsLegalMaxRequestBy),
        (Some(d(2026, 6, 6)), Status::Upcoming { days: 17 })
    );
    assert_eq!(
        status(&e, ItemKind::Appointment),
        (Some(d(2026, 7, 6)), Status::Upcoming { days: 47 })
    );
    assert_eq!(
        next_step(&c, &e),
        NextStep::RequestRecords {
            by: Some(d(2026, 6, 26))
        }
    );
}

// (d) "Not sure" of the plan type, Northern California; a denial letter dated Feb 2.
#[test]
fn persona_d_not_sure() {
    let mut c = case(
        Region::NorthernCalifornia,
        PlanType::NotSure,
        Urgency::NotSure,
    );
    let dd = &mut c.details;
    dd.reasons = ticked(CaReason::UnclearDiagnosis);
    dd.reasons.kaiser_doctor_asked = Some(false);
    dd.costs.self_pay.consult = Some(Money::from_dollars(750));
    let today = d(2026, 2, 10);
    let e = evaluate(&c, today);

    assert_eq!(e.route.kind, RouteKind::Protective);
    assert_eq!(
        e.eligibility.california_reasons[2].verdict,
        Verdict::MayApply
    );
    assert_eq!(e.eligibility.strength, Some(Strength::Possible));
    assert_eq!(e.costs.referral.shares, None);
    assert_eq!(
        e.costs.self_pay.shares.map(|s| s.member),
        Some(Money::from_dollars(750))
    );
    assert_eq!(
        status(&e, ItemKind::ReferralDecisionExpected),
        (None, Status::NotYetKnown(DateNeeded::PlanType))
    );
    assert_eq!(next_step(&c, &e), NextStep::TalkToDoctor);
    // Earliest window among the possible plans: Medi-Cal's 60 days, Feb 2 + 60 = Apr 3.
    c.details.appeal.denial_letter = Some(d(2026, 2, 2));
    let e = evaluate(&c, today);
    assert_eq!(
        status(&e, ItemKind::GrievanceFilingDeadline),
        (Some(d(2026, 4, 3)), Status::Upcoming { days: 52 })
    );
    assert_eq!(
        next_step(&c, &e),
        NextStep::FileGrievance {
            kind: InternalStepKind::NotKnown,
            by: Some(d(2026, 4, 3))
        }
    );
}
