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
use second_opinion_navigator::domain::route::{FiledWith, InternalStepKind, RouteKind, UsState};
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
    // Longer than the rule allows: Kaiser must offer timely care, which may be in network, so
    // the ground may apply (audit A15), and the case is possible, not strong.
    let delay = e.eligibility.grounds[1];
    assert_eq!(delay.verdict, Verdict::MayApply);
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
    assert_eq!(e.eligibility.strength, Some(Strength::Possible));
    // Referral answer (audit A2): expected within 5 business days after Kaiser has what it needs
    // (HSC 1367.01), so about Mon Feb 2 + 5 business days = Mon Feb 9, reached yesterday; day
    // 14, Mon Feb 16, is the day to follow up, 6 days away.
    assert_eq!(
        status(&e, ItemKind::ReferralDecisionExpected),
        (Some(d(2026, 2, 9)), Status::Reached { days: 1 })
    );
    assert_eq!(
        status(&e, ItemKind::ReferralFollowUp),
        (Some(d(2026, 2, 16)), Status::Upcoming { days: 6 })
    );
    // Jan 5 + 15 business days = Jan 27; the Jan 28 offer is logged, so it is settled (the wait
    // itself is judged in step 3).
    assert_eq!(
        status(&e, ItemKind::InNetworkAppointmentDue),
        (Some(d(2026, 1, 27)), Status::Done)
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
            by: Some(d(2026, 2, 9)),
            about: true,
            follow_up: Some(d(2026, 2, 16)),
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
    // Audit A21: Medicare's own rule (42 CFR 422.112(a)(1)(iii)) is the ground, not the seed.
    assert_eq!(e.eligibility.grounds[0].verdict, Verdict::Applies);
    assert_eq!(e.eligibility.grounds[0].source.fact_id, "fed-ma-01");
    assert_eq!(e.eligibility.strength, Some(Strength::Strong));
    // ...and the cost default: in-network cost sharing, the $20 copay.
    assert_eq!(
        e.costs.referral.basis,
        Some(ReferralCostBasis::InNetworkCostSharing)
    );
    assert_eq!(e.costs.referral.sources[0].fact_id, "fed-ma-01");
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
            with: FiledWith::Kaiser,
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
            with: FiledWith::Kaiser,
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
    // An Oregon-issued plan: Oregon's second-opinion rule is the ground.
    assert_eq!(e.eligibility.grounds[0].verdict, Verdict::Applies);
    assert_eq!(e.eligibility.grounds[0].source.fact_id, "st-or-02");
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
    // Oregon's prior-authorization limit (audit A3), 2 business days: Wed Apr 1 -> Fri Apr 3,
    // answered.
    assert_eq!(
        status(&e, ItemKind::ReferralDecisionExpected),
        (Some(d(2026, 4, 3)), Status::Done)
    );
    // Records: Kaiser Northwest's 5 business days before Monday Jul 6, skipping Friday Jul 3
    // (Independence Day observed) = Friday Jun 26, 37 days away. If Kaiser takes all HIPAA
    // allows, 30 days and one 30-day extension (audit A6), the safe date is Jul 6 - 60 = May 7,
    // already 13 days past: the member is told to ask now.
    assert_eq!(
        status(&e, ItemKind::RecordsRequestBy),
        (Some(d(2026, 6, 26)), Status::Upcoming { days: 37 })
    );
    assert_eq!(
        status(&e, ItemKind::RecordsLegalMaxRequestBy),
        (Some(d(2026, 5, 7)), Status::Overdue { days: 13 })
    );
    assert_eq!(
        status(&e, ItemKind::Appointment),
        (Some(d(2026, 7, 6)), Status::Upcoming { days: 47 })
    );
    assert_eq!(
        next_step(&c, &e),
        NextStep::ActNow {
            kind: ItemKind::RecordsLegalMaxRequestBy,
            date: d(2026, 5, 7),
            status: Status::Overdue { days: 13 }
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
            with: FiledWith::Kaiser,
            by: Some(d(2026, 4, 3))
        }
    );
}

// (e) A Maryland HealthChoice (Medicaid) member of Kaiser Mid-Atlantic, denied a referral
// (tests/e2e/appeals.spec.mjs): 42 CFR 438.402(c)(2)(ii) gives 60 days from the notice of Fri
// Jun 5 2026, so Tue Aug 4; the plan decides within 30 days of Wed Jun 10, Fri Jul 10
// (438.408(b)(2)); after its decision of Jul 10, a State fair hearing within 120 days, Sat
// Nov 7 (438.408(f)(2)). Today is Mon Jul 20.
#[test]
fn persona_e_maryland_medicaid_denied() {
    let mut c = case(Region::MidAtlantic, PlanType::Medicaid, Urgency::NotUrgent);
    let dd = &mut c.details;
    dd.state = Some(UsState::Maryland);
    dd.referral.requested_on = Some(d(2026, 6, 1));
    dd.referral.outcome = Some(ReferralOutcome::Denied);
    dd.referral.decided_on = Some(d(2026, 6, 5));
    dd.appeal.denial_letter = Some(d(2026, 6, 5));
    dd.appeal.grievance_filed = Some(d(2026, 6, 10));
    let today = d(2026, 7, 20);
    let e = evaluate(&c, today);
    assert_eq!(e.route.kind, RouteKind::Medicaid(Some(UsState::Maryland)));
    assert_eq!(e.route.internal.kind, InternalStepKind::Appeal);
    assert_eq!(
        e.route.review.agency.and_then(|a| a.phone),
        Some("1-877-463-3464")
    );
    assert_eq!(
        e.route.help.first().and_then(|h| h.phone),
        Some("1-800-284-4510")
    );
    // No "send it to the plan on your notice" warning: Kaiser is the HealthChoice plan.
    assert!(e.route.caveats.is_empty());
    assert_eq!(
        status(&e, ItemKind::GrievanceFilingDeadline),
        (Some(d(2026, 8, 4)), Status::Done)
    );
    assert_eq!(
        status(&e, ItemKind::PlanDecisionExpected),
        (Some(d(2026, 7, 10)), Status::Overdue { days: 10 })
    );
    // A second opinion outside the network is at no cost (438.206(b)(3)).
    assert_eq!(
        e.costs.referral.basis,
        Some(ReferralCostBasis::NoCostToMember)
    );
    c.details.appeal.grievance_decision = Some(d(2026, 7, 10));
    c.details.appeal.grievance_outcome = Some(AppealOutcome::Upheld);
    let e = evaluate(&c, today);
    assert_eq!(
        status(&e, ItemKind::ReviewFilingDeadline),
        (Some(d(2026, 11, 7)), Status::Upcoming { days: 110 })
    );
    assert_eq!(
        next_step(&c, &e),
        NextStep::AskIndependentReview {
            review: second_opinion_navigator::domain::route::ReviewKind::StateFairHearing(Some(
                UsState::Maryland
            )),
            by: Some(d(2026, 11, 7)),
            partly: false
        }
    );
    // Before the filing, the appeal deadline is 15 days away: not yet pressing.
    c.details.appeal = AppealDates {
        denial_letter: Some(d(2026, 6, 5)),
        ..AppealDates::default()
    };
    let e = evaluate(&c, today);
    assert_eq!(
        status(&e, ItemKind::GrievanceFilingDeadline),
        (Some(d(2026, 8, 4)), Status::Upcoming { days: 15 })
    );
}
