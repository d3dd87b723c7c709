//! End-to-end scenarios through `evaluate`, with every expected date worked out by hand from
//! facts.md (and verification.md) and written down here.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::{case, d};

use chrono::NaiveDate;
use proptest::prelude::*;
use second_opinion_navigator::domain::case::*;
use second_opinion_navigator::domain::costs::{
    CostInput, CostShare, PlanTerms, ReferralCostBasis, SelfPayPrices,
};
use second_opinion_navigator::domain::eligibility::{
    ActionKind, Evidence, Ground, ReasonCode, Strength, Verdict, WaitLength,
};
use second_opinion_navigator::domain::route::{
    Escalation, FindOut, ReviewKind, RouteKind, UsState,
};
use second_opinion_navigator::domain::rules::{self as r, Period};
use second_opinion_navigator::domain::timeline::{DateNeeded, ItemKind, Status};
use second_opinion_navigator::domain::{
    evaluate, letters, Case, CaseDetails, Caveat, Evaluation, Money, PlanAnswers, PlanType, Region,
    Urgency,
};
use second_opinion_navigator::i18n::{letter_text, Lang};

/// A letter rendered in English, as the member sees it.
fn render(letter: letters::Letter) -> String {
    letter_text(Lang::En, &letter)
}

fn with_details(case: &Case, details: &CaseDetails) -> Case {
    Case {
        details: details.clone(),
        ..case.clone()
    }
}

/// The timeline as (kind, date, status), in order.
fn timeline(e: &Evaluation) -> Vec<(ItemKind, Option<NaiveDate>, Status)> {
    e.timeline
        .iter()
        .map(|i| (i.kind, i.date, i.status))
        .collect()
}

fn verdicts(e: &Evaluation) -> Vec<(Ground, Verdict)> {
    e.eligibility
        .grounds
        .iter()
        .map(|f| (f.ground, f.verdict))
        .collect()
}

use ItemKind::*;
use Status::*;

// 1. California commercial HMO member questioning a recommended surgery; the in-network
//    specialist wait is 20 business days; the referral was denied and a grievance filed.
#[test]
fn california_commercial_member_with_a_questioned_surgery() {
    let c = case(
        Region::NorthernCalifornia,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    );
    let details = CaseDetails {
        reasons: ReasonAnswers {
            questioned_surgery: Some(true),
            serious_condition: Some(false),
            kaiser_doctor_asked: Some(true),
            in_network_second_opinion: Some(InNetworkSecondOpinion::NotOffered),
            ..ReasonAnswers::default()
        },
        access: AccessAnswers {
            qualified_specialist_in_network: Some(true),
            appointment_requested_on: Some(d(2026, 1, 5)),
            earliest_in_network_appointment: Some(d(2026, 2, 3)),
            travel_miles: Some(20),
            ..AccessAnswers::default()
        },
        referral: ReferralLog {
            requested_on: Some(d(2026, 1, 7)),
            decided_on: Some(d(2026, 1, 20)),
            outcome: Some(ReferralOutcome::Denied),
        },
        appeal: AppealDates {
            denial_letter: Some(d(2026, 1, 20)),
            grievance_filed: Some(d(2026, 2, 2)),
            ..AppealDates::default()
        },
        appointment: AppointmentPlan {
            date: Some(d(2026, 3, 16)),
            ..AppointmentPlan::default()
        },
        costs: second_opinion_navigator::domain::costs::CostInputs {
            in_network: PlanTerms {
                share: Some(CostShare::Copay(Money::from_dollars(30))),
                ..PlanTerms::default()
            },
            self_pay: SelfPayPrices {
                consult: Some(Money::from_dollars(600)),
                pathology_review: Some(Money::from_dollars(250)),
                ..SelfPayPrices::default()
            },
            ..Default::default()
        },
        ..CaseDetails::default()
    };
    let e = evaluate(&with_details(&c, &details), d(2026, 2, 10));

    // Route: plan grievance, then DMHC IMR (binding), DMHC Help Center.
    assert_eq!(e.route.kind, RouteKind::CaliforniaDmhc);
    assert_eq!(e.route.review.kind, ReviewKind::DmhcImr);
    let dmhc = e.route.review.agency.expect("DMHC");
    assert_eq!(dmhc.phone, Some("1-888-466-2219"));
    assert_eq!(
        e.route.internal.member_services.and_then(|m| m.phone),
        Some("1-800-464-4000")
    );

    // Jan 5 -> Feb 3 2026: 20 business days (MLK Day on Jan 19 skipped) > 15: longer than the
    // rule allows, so the ground may apply (Kaiser may answer with a timely appointment).
    let delay = e.eligibility.grounds[1];
    assert_eq!(delay.verdict, Verdict::MayApply);
    assert_eq!(
        delay.reason,
        ReasonCode::WaitExceedsStandard {
            waited: WaitLength {
                business_days: 20,
                calendar_days: 29
            },
            standard: Period::BusinessDays(15),
        }
    );
    assert_eq!(delay.source.fact_id, "ca-ta-04");
    assert_eq!(
        verdicts(&e),
        [
            (Ground::ExpertiseUnavailable, Verdict::DoesNotApply),
            (Ground::UnreasonableDelay, Verdict::MayApply),
            (Ground::ExcessiveTravel, Verdict::MayApply),
        ]
    );
    let reasons: Vec<_> = e
        .eligibility
        .california_reasons
        .iter()
        .map(|f| f.verdict)
        .collect();
    assert_eq!(
        reasons,
        [
            Verdict::Applies,
            Verdict::DoesNotApply,
            Verdict::NotEnoughInformation,
            Verdict::NotEnoughInformation,
            Verdict::NotEnoughInformation,
        ]
    );
    assert_eq!(e.eligibility.strength, Some(Strength::Possible));
    let actions: Vec<_> = e
        .eligibility
        .next_actions
        .iter()
        .map(|a| (a.kind, a.done))
        .collect();
    assert_eq!(
        actions,
        [
            (ActionKind::TalkToKaiserDoctor, true),
            (ActionKind::PutRequestInWriting, true),
            (ActionKind::AskForInNetworkSecondOpinion, false),
            (ActionKind::KeepCopies, false),
            (ActionKind::GatherEvidence, false),
            (ActionKind::FileGrievanceOrAppeal, true),
        ]
    );
    assert_eq!(
        e.eligibility.evidence,
        [
            Evidence::WrittenRequestAndReplies,
            Evidence::AppointmentOfferInWriting,
            Evidence::TravelDistanceAndTime,
            Evidence::RecordsShowingReason,
            Evidence::DenialLetter,
            Evidence::OutsideDoctorSupportLetter,
        ]
    );

    // Timeline, today = Tuesday 10 February 2026:
    // - referral answer: Wed Jan 7 + 5 business days (HSC 1367.01) = Wed Jan 14, answered; the
    //   day-14 follow-up marker, Jan 21, answered too;
    // - in-network appointment due: Jan 5 + 15 business days = Jan 27; the Feb 3 offer is logged;
    // - records if Kaiser takes California's 15 days: Mar 16 - 15 = Mar 1;
    // - plan decision: Feb 2 + 30 = Mar 4; may go to DMHC from Feb 2 + 30 = Mar 4;
    // - records by: Mar 16 - 5 business days = Mon Mar 9;
    // - grievance deadline: Jan 20 + 180 = Jul 19, done;
    // - IMR deadline and decision: not yet known.
    assert_eq!(
        timeline(&e),
        [
            (ReferralDecisionExpected, Some(d(2026, 1, 14)), Done),
            (ReferralFollowUp, Some(d(2026, 1, 21)), Done),
            (InNetworkAppointmentDue, Some(d(2026, 1, 27)), Done),
            (
                RecordsLegalMaxRequestBy,
                Some(d(2026, 3, 1)),
                Upcoming { days: 19 }
            ),
            (
                PlanDecisionExpected,
                Some(d(2026, 3, 4)),
                Upcoming { days: 22 }
            ),
            (MayEscalateFrom, Some(d(2026, 3, 4)), Upcoming { days: 22 }),
            (RecordsRequestBy, Some(d(2026, 3, 9)), Upcoming { days: 27 }),
            (Appointment, Some(d(2026, 3, 16)), Upcoming { days: 34 }),
            (GrievanceFilingDeadline, Some(d(2026, 7, 19)), Done),
            (
                ReviewFilingDeadline,
                None,
                NotYetKnown(DateNeeded::GrievanceDecision)
            ),
            (
                ReviewDecisionExpected,
                None,
                NotYetKnown(DateNeeded::ReviewFiled)
            ),
        ]
    );
    let by = e
        .timeline
        .iter()
        .find(|i| i.kind == RecordsRequestBy)
        .expect("item");
    assert!(by
        .rule
        .is_some_and(|r| r.caveats.contains(&Caveat::KaiserNorthwestFigure)));
    assert_eq!(by.source().map(|s| s.fact_id.as_str()), Some("kp-roi-01"));

    // Costs: the referral is at the in-network copay (HSC 1383.15(d)); self-pay is $850.
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
        Some(Money::from_dollars(850))
    );

    // Letters: the user's facts, and blanks for what is missing.
    let request = render(letters::referral_request(
        &with_details(&c, &details),
        d(2026, 1, 7),
    ));
    assert!(
        request.contains("I question whether the recommended surgery is reasonable or necessary.")
    );
    assert!(request.contains("the earliest offered was February 3, 2026, 20 business days later."));
    assert!(request.contains("within 15 business days"));
    assert!(request.contains("section 1383.15"));
    assert!(request.contains("[your name]"));
    assert!(!request.contains("My situation is urgent"));
    let grievance = render(letters::appeal_letter(
        &with_details(&c, &details),
        d(2026, 2, 2),
    ));
    assert!(grievance.contains("In a letter dated January 20, 2026"));
    assert!(grievance.contains("Subject: Grievance"));
    assert!(grievance.contains("Independent Medical Review"));
}

// 2. Senior Advantage (Medicare Advantage) member in Southern California, urgent.
#[test]
fn senior_advantage_member() {
    let c = case(
        Region::SouthernCalifornia,
        PlanType::MedicareAdvantage,
        Urgency::Urgent,
    );
    let details = CaseDetails {
        access: AccessAnswers {
            qualified_specialist_in_network: Some(false),
            ..AccessAnswers::default()
        },
        referral: ReferralLog {
            requested_on: Some(d(2026, 3, 2)),
            decided_on: Some(d(2026, 3, 5)),
            outcome: Some(ReferralOutcome::Denied),
        },
        appeal: AppealDates {
            denial_letter: Some(d(2026, 3, 5)),
            grievance_filed: Some(d(2026, 3, 6)),
            ..AppealDates::default()
        },
        ..CaseDetails::default()
    };
    let e = evaluate(&with_details(&c, &details), d(2026, 3, 9));
    assert_eq!(e.route.kind, RouteKind::MedicareAdvantage);
    assert_eq!(e.route.internal.filing_window, r::MA_RECONSIDERATION_FILING);
    assert_eq!(
        e.route.internal.member_services.and_then(|m| m.phone),
        Some("1-800-443-0815")
    );
    assert_eq!(e.route.review.kind, ReviewKind::MedicareIre);
    // California's second-opinion statute and timely-access rules do not reach Medicare.
    assert!(e.eligibility.california_reasons.is_empty());
    assert!(e.timely_access.is_none());
    // Medicare's own rule for care the network cannot give (audit A21), not the seed guide.
    assert_eq!(e.eligibility.grounds[0].verdict, Verdict::Applies);
    assert_eq!(e.eligibility.grounds[0].source.fact_id, "fed-ma-01");
    assert_eq!(e.eligibility.strength, Some(Strength::Strong));
    assert!(e
        .eligibility
        .next_actions
        .iter()
        .any(|a| a.kind == ActionKind::AskForUrgentDecision));
    // Referral answer: 72 hours from Mar 2 = Mar 5 (answered). Reconsideration: 65 days from
    // Mar 5 = May 9 (filed). Expedited decision: 72 hours from Mar 6 = Mar 9 = today. The IRE
    // review is automatic, so there is no escalation or filing item, and its decision is
    // counted from Kaiser's decision, which sends the case on.
    assert_eq!(
        timeline(&e),
        [
            (ReferralDecisionExpected, Some(d(2026, 3, 5)), Done),
            (PlanDecisionExpected, Some(d(2026, 3, 9)), DueToday),
            (GrievanceFilingDeadline, Some(d(2026, 5, 9)), Done),
            (
                ReviewDecisionExpected,
                None,
                NotYetKnown(DateNeeded::GrievanceDecision)
            ),
            (
                RecordsLegalMaxRequestBy,
                None,
                NotYetKnown(DateNeeded::Appointment)
            ),
            (RecordsRequestBy, None, NotYetKnown(DateNeeded::Appointment)),
            (Appointment, None, NotYetKnown(DateNeeded::Appointment)),
        ]
    );
    let grievance = render(letters::appeal_letter(
        &with_details(&c, &details),
        d(2026, 3, 6),
    ));
    assert!(grievance.contains("Subject: Request for reconsideration"));
    // Medicare's own words for an urgent appeal, its time frame, and the doctor's support.
    assert!(grievance.contains("I ask for a fast (expedited) reconsideration"));
    assert!(grievance.contains("Medicare requires a decision within 72 hours."));
    assert!(grievance.contains("My doctor, [your doctor's name], supports this request"));
    assert!(grievance.contains("42 CFR 422.112(a)(1)(iii)"));
    assert!(grievance.contains("please send my case to the Independent Review Entity"));
    assert!(!grievance.contains("Independent Medical Review"));
    assert!(!grievance.contains("imminent and serious threat"));
}

// 3. Oregon member (Kaiser Northwest): no in-network expert; grievance upheld.
#[test]
fn oregon_member() {
    let c = case(
        Region::Northwest,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    );
    let details = CaseDetails {
        state: Some(UsState::Oregon),
        access: AccessAnswers {
            qualified_specialist_in_network: Some(false),
            ..AccessAnswers::default()
        },
        appeal: AppealDates {
            denial_letter: Some(d(2026, 4, 15)),
            grievance_filed: Some(d(2026, 4, 20)),
            grievance_decision: Some(d(2026, 5, 15)),
            ..AppealDates::default()
        },
        appointment: AppointmentPlan {
            date: Some(d(2026, 7, 6)),
            ..AppointmentPlan::default()
        },
        ..CaseDetails::default()
    };
    let e = evaluate(&with_details(&c, &details), d(2026, 5, 20));
    assert_eq!(
        e.route.kind,
        RouteKind::StateExternalReview(UsState::Oregon)
    );
    let agency = e.route.review.agency.expect("Oregon DFR");
    assert_eq!(agency.phone, Some("888-877-4894"));
    assert_eq!(e.route.review.filing_window, Some(r::OR_EXTERNAL_FILING));
    assert_eq!(e.eligibility.grounds[0].source.fact_id, "st-or-02");
    assert_eq!(
        e.second_opinion.oregon.map(|s| s.fact_id.as_str()),
        Some("st-or-02")
    );
    assert_eq!(e.records.kaiser_turnaround, Some(r::KP_NORTHWEST_RECORDS));
    assert_eq!(
        e.costs.referral.basis,
        Some(ReferralCostBasis::InNetworkCostSharing)
    );
    // Grievance: Apr 15 + 180 = Oct 12 (filed). Decision expected Apr 20 + 30 = May 20 (made).
    // External review may be asked from the decision (May 15) until May 15 + 180 = Nov 11.
    // Records: HIPAA's 30 days and one 30-day extension, 60 days before Jul 6 = May 7, already
    // 13 days past; 5 business days before Monday Jul 6, skipping Friday Jul 3 (Independence Day
    // observed) = Friday Jun 26.
    assert_eq!(
        timeline(&e),
        [
            (
                RecordsLegalMaxRequestBy,
                Some(d(2026, 5, 7)),
                Overdue { days: 13 }
            ),
            (MayEscalateFrom, Some(d(2026, 5, 15)), Reached { days: 5 }),
            (PlanDecisionExpected, Some(d(2026, 5, 20)), Done),
            (
                RecordsRequestBy,
                Some(d(2026, 6, 26)),
                Upcoming { days: 37 }
            ),
            (Appointment, Some(d(2026, 7, 6)), Upcoming { days: 47 }),
            (GrievanceFilingDeadline, Some(d(2026, 10, 12)), Done),
            (
                ReviewFilingDeadline,
                Some(d(2026, 11, 11)),
                Upcoming { days: 175 }
            ),
            (
                ReferralDecisionExpected,
                None,
                NotYetKnown(DateNeeded::ReferralRequested)
            ),
            (
                ReviewDecisionExpected,
                None,
                NotYetKnown(DateNeeded::ReviewFiled)
            ),
        ]
    );
    let by = e
        .timeline
        .iter()
        .find(|i| i.kind == RecordsRequestBy)
        .expect("item");
    assert!(by.caveats.is_empty());
    assert_eq!(by.rule, Some(r::KP_NORTHWEST_RECORDS));
}

// 4. Self-funded employer plan in Colorado: federal external review, 4 months by the federal
//    month rule.
#[test]
fn self_funded_employer_plan() {
    let c = case(
        Region::Colorado,
        PlanType::SelfFundedEmployer,
        Urgency::NotUrgent,
    );
    let details = CaseDetails {
        appeal: AppealDates {
            denial_letter: Some(d(2026, 5, 20)),
            grievance_filed: Some(d(2026, 6, 1)),
            grievance_decision: Some(d(2026, 10, 30)),
            ..AppealDates::default()
        },
        ..CaseDetails::default()
    };
    let e = evaluate(&with_details(&c, &details), d(2026, 11, 2));
    assert_eq!(e.route.kind, RouteKind::SelfFundedFederal);
    assert_eq!(e.route.review.kind, ReviewKind::FederalExternalReview);
    assert!(e
        .route
        .review
        .filing_window
        .is_some_and(|w| w.caveats.contains(&Caveat::HealthCareGovSays60Days)));
    // Nothing entered about the grounds: not enough information, no strength yet.
    assert_eq!(e.eligibility.strength, None);
    assert!(e.eligibility.california_reasons.is_empty());
    // Internal appeal: May 20 + 180 = Nov 16 (filed). Decision Jun 1 + 30 = Jul 1 (made).
    // External review: Oct 30 + 4 months -> no Feb 30 -> Monday Mar 1 2027.
    assert_eq!(
        timeline(&e),
        [
            (PlanDecisionExpected, Some(d(2026, 7, 1)), Done),
            (MayEscalateFrom, Some(d(2026, 10, 30)), Reached { days: 3 }),
            (GrievanceFilingDeadline, Some(d(2026, 11, 16)), Done),
            (
                ReviewFilingDeadline,
                Some(d(2027, 3, 1)),
                Upcoming { days: 119 }
            ),
            (
                ReferralDecisionExpected,
                None,
                NotYetKnown(DateNeeded::ReferralRequested)
            ),
            (
                ReviewDecisionExpected,
                None,
                NotYetKnown(DateNeeded::ReviewFiled)
            ),
            (
                RecordsLegalMaxRequestBy,
                None,
                NotYetKnown(DateNeeded::Appointment)
            ),
            (RecordsRequestBy, None, NotYetKnown(DateNeeded::Appointment)),
            (Appointment, None, NotYetKnown(DateNeeded::Appointment)),
        ]
    );
}

// 5. "Not sure" of the plan type, in Northern California: the most protective reading.
#[test]
fn not_sure_of_the_plan_type() {
    let c = case(
        Region::NorthernCalifornia,
        PlanType::NotSure,
        Urgency::NotSure,
    );
    let details = CaseDetails {
        reasons: ReasonAnswers {
            unclear_diagnosis: Some(true),
            ..ReasonAnswers::default()
        },
        appeal: AppealDates {
            denial_letter: Some(d(2026, 2, 2)),
            ..AppealDates::default()
        },
        ..CaseDetails::default()
    };
    let e = evaluate(&with_details(&c, &details), d(2026, 2, 10));
    assert_eq!(e.route.kind, RouteKind::Protective);
    assert_eq!(
        e.route.find_out,
        [
            FindOut::WhichPlanType,
            FindOut::WhetherSelfFunded,
            FindOut::DeadlinesOnDenialLetter
        ]
    );
    assert!(e
        .route
        .caveats
        .contains(&Caveat::PlanTypeNotKnownEarliestUsed));
    // Earliest internal window: Medi-Cal's 60 days (before Medicare's 65, California's 180).
    assert_eq!(e.route.internal.filing_window, r::MEDI_CAL_APPEAL_FILING);
    // Earliest review window: FEHB's 90 days to OPM.
    assert_eq!(e.route.review.filing_window, Some(r::FEHB_OPM_FILING));
    assert_eq!(e.route.review.kind, ReviewKind::DependsOnPlanType);
    assert_eq!(e.route.candidates.len(), 5);
    // The California reason may apply (the statute may not reach the plan).
    assert_eq!(
        e.eligibility.california_reasons[2].verdict,
        Verdict::MayApply
    );
    assert_eq!(e.eligibility.strength, Some(Strength::Possible));
    assert_eq!(e.costs.referral.missing, [CostInput::ReferralBasis]);
    // Feb 2 + 60 = Apr 3.
    assert_eq!(
        timeline(&e),
        [
            (
                GrievanceFilingDeadline,
                Some(d(2026, 4, 3)),
                Upcoming { days: 52 }
            ),
            (
                ReferralDecisionExpected,
                None,
                NotYetKnown(DateNeeded::PlanType)
            ),
            (
                InNetworkAppointmentDue,
                None,
                NotYetKnown(DateNeeded::AppointmentRequested)
            ),
            (
                PlanDecisionExpected,
                None,
                NotYetKnown(DateNeeded::GrievanceFiled)
            ),
            (
                MayEscalateFrom,
                None,
                NotYetKnown(DateNeeded::GrievanceDecision)
            ),
            (
                ReviewFilingDeadline,
                None,
                NotYetKnown(DateNeeded::GrievanceDecision)
            ),
            (
                ReviewDecisionExpected,
                None,
                NotYetKnown(DateNeeded::ReviewFiled)
            ),
            (
                RecordsLegalMaxRequestBy,
                None,
                NotYetKnown(DateNeeded::Appointment)
            ),
            (RecordsRequestBy, None, NotYetKnown(DateNeeded::Appointment)),
            (Appointment, None, NotYetKnown(DateNeeded::Appointment)),
        ]
    );
    let grievance = render(letters::appeal_letter(
        &with_details(&c, &details),
        d(2026, 2, 10),
    ));
    assert!(grievance.contains("[the outside doctor or center]"));
    assert!(grievance.contains("In a letter dated February 2, 2026"));
}

#[test]
fn an_empty_case_is_not_an_error() {
    let e = evaluate(&Case::default(), d(2026, 1, 1));
    assert_eq!(e.route.kind, RouteKind::Protective);
    assert_eq!(e.eligibility.strength, None);
    assert!(e
        .timeline
        .iter()
        .all(|i| matches!(i.status, NotYetKnown(_))));
    let letter = render(letters::appeal_letter(&Case::default(), d(2026, 1, 1)));
    assert!(letter.contains("[date of your denial letter]"));
    let records = render(letters::records_request(&Case::default(), d(2026, 1, 1)));
    assert!(records.contains("[date of your appointment]"));
    assert!(records.contains("45 CFR 164.524"));
}

#[test]
fn user_text_is_inserted_verbatim() {
    let details = CaseDetails {
        letter: LetterDetails {
            member_name: Some("Ana <b>Pérez</b> & co".into()),
            own_words: Some("I want\na second look.".into()),
            ..LetterDetails::default()
        },
        reasons: ReasonAnswers {
            questioned_surgery: Some(true),
            ..ReasonAnswers::default()
        },
        ..CaseDetails::default()
    };
    let letter = render(letters::referral_request(
        &with_details(&Case::default(), &details),
        d(2026, 1, 1),
    ));
    assert!(letter.contains("From: Ana <b>Pérez</b> & co"));
    assert!(letter.contains("In my own words: I want\na second look."));
}

fn opt_date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (1990i32..2100, 1u32..=366)
            .prop_map(|(y, o)| NaiveDate::from_yo_opt(y, o).or(NaiveDate::from_yo_opt(y, 1))),
        Just(Some(NaiveDate::MAX)),
        Just(Some(NaiveDate::MIN)),
    ]
}

fn pick<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop_oneof![Just(None), proptest::sample::select(all).prop_map(Some)]
}

proptest! {
    #[test]
    fn no_input_panics_and_deadlines_never_precede_their_start(
        region in pick(&Region::ALL),
        plan in pick(&PlanType::ALL),
        urgency in pick(&Urgency::ALL),
        state in pick(&UsState::ALL),
        dates in proptest::collection::vec(opt_date(), 9),
        outcomes in (pick(&AppealOutcome::ALL), pick(&ReviewOutcome::ALL)),
        today in opt_date(),
        specialist in proptest::option::of(any::<bool>()),
        miles in proptest::option::of(any::<u32>()),
        lead in proptest::option::of(0u32..2_000),
    ) {
        let c = Case { plan: PlanAnswers { region, plan_type: plan, urgency }, ..Case::default() };
        let details = CaseDetails {
            state,
            access: AccessAnswers {
                qualified_specialist_in_network: specialist,
                appointment_requested_on: dates[0],
                earliest_in_network_appointment: dates[1],
                travel_miles: miles,
                travel_minutes: miles,
                ..AccessAnswers::default()
            },
            referral: ReferralLog { requested_on: dates[2], ..ReferralLog::default() },
            appeal: AppealDates {
                denial_letter: dates[3],
                grievance_filed: dates[4],
                grievance_decision: dates[5],
                grievance_outcome: outcomes.0,
                review_filed: dates[6],
                review_decision: dates[8],
                review_outcome: outcomes.1,
            },
            appointment: AppointmentPlan {
                date: dates[7],
                records_lead_business_days: lead,
                ..AppointmentPlan::default()
            },
            ..CaseDetails::default()
        };
        let today = today.unwrap_or(NaiveDate::MIN);
        let e = evaluate(&with_details(&c, &details), today);
        let automatic = matches!(e.route.review.escalation, Escalation::Automatic(_));
        let start_of = |kind: ItemKind| match kind {
            ReferralDecisionExpected | ReferralFollowUp => details.referral.requested_on,
            InNetworkAppointmentDue => details.access.appointment_requested_on,
            GrievanceFilingDeadline => details.appeal.denial_letter,
            PlanDecisionExpected => details.appeal.grievance_filed,
            ReviewFilingDeadline | AlternativeReviewFilingDeadline => details.appeal.grievance_decision,
            ReviewDecisionExpected if automatic => details.appeal.grievance_decision,
            ReviewDecisionExpected => details.appeal.review_filed,
            AuthorizationAfterReview => details.appeal.review_decision,
            _ => None,
        };
        for item in &e.timeline {
            if let (Some(date), Some(start)) = (item.date, start_of(item.kind)) {
                prop_assert!(date >= start, "{:?} {} before {}", item.kind, date, start);
            }
            if matches!(item.kind, RecordsRequestBy | RecordsLegalMaxRequestBy) {
                if let (Some(date), Some(appt)) = (item.date, details.appointment.date) {
                    prop_assert!(date <= appt);
                }
            }
        }
        // Sorted: known dates ascending, unknown ones last.
        let keys: Vec<_> = e.timeline.iter().map(|i| (i.date.is_none(), i.date)).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        prop_assert_eq!(keys, sorted);
        // Every letter renders, and no template placeholder is left unfilled.
        let case = with_details(&c, &details);
        for letter in [
            letters::referral_request(&case, today),
            letters::appeal_letter(&case, today),
            letters::records_request(&case, today),
        ] {
            let text = render(letter);
            prop_assert!(!text.contains('{') && !text.contains('}'), "{}", text);
        }
    }
}

/// Medicaid outside California: the plan answers a standard request in 7 calendar days from
/// 2026 (14 before), an expedited one in 72 hours (42 CFR 438.210(d), CMS-0057-F); the urgent
/// letter asks for the same time frame as the timeline shows, here and for state laws.
#[test]
fn a_medicaid_referral_request_has_the_federal_clock_and_the_letter_asks_for_it() {
    let expected = |c: &Case, today| {
        let e = evaluate(c, today);
        e.timeline
            .iter()
            .find(|i| i.kind == ItemKind::ReferralDecisionExpected)
            .map(|i| (i.date, i.rule))
            .expect("the item")
    };
    let mut c = case(Region::Colorado, PlanType::Medicaid, Urgency::NotUrgent);
    // Sent Mon Mar 2, 2026: + 7 days = Mon Mar 9.
    c.details.referral.requested_on = Some(d(2026, 3, 2));
    assert_eq!(
        expected(&c, d(2026, 3, 3)),
        (Some(d(2026, 3, 9)), Some(r::MEDICAID_INITIAL_DECISION))
    );
    // Sent Mon Dec 1, 2025, before the 7-day rule: + 14 days = Mon Dec 15.
    c.details.referral.requested_on = Some(d(2025, 12, 1));
    assert_eq!(
        expected(&c, d(2025, 12, 2)),
        (
            Some(d(2025, 12, 15)),
            Some(r::MEDICAID_INITIAL_DECISION_BEFORE_2026)
        )
    );
    // Urgent: 72 hours, and the letter says so in Medicaid's words.
    c.plan.urgency = Some(Urgency::Urgent);
    c.details.referral.requested_on = Some(d(2026, 3, 2));
    assert_eq!(
        expected(&c, d(2026, 3, 3)),
        (
            Some(d(2026, 3, 5)),
            Some(r::MEDICAID_INITIAL_URGENT_DECISION)
        )
    );
    let letter = render(letters::referral_request(&c, d(2026, 3, 3)));
    assert!(
        letter
            .contains("Please make an expedited (fast) decision on this request, within 72 hours,"),
        "{letter}"
    );
    // An employer plan in DC or Washington: the state's shorter urgent limit, in the letter too.
    for (state, within) in [
        (UsState::DistrictOfColumbia, "within 24 hours"),
        (UsState::Washington, "within 2 days"),
        (UsState::Virginia, "within 72 hours"),
    ] {
        let region = if state == UsState::Washington {
            Region::Washington
        } else {
            Region::MidAtlantic
        };
        let mut c = case(region, PlanType::EmployerOrIndividualHmo, Urgency::Urgent);
        c.details.state = Some(state);
        let letter = render(letters::referral_request(&c, d(2026, 3, 3)));
        assert!(
            letter.contains(&format!(
                "Please decide {within}, as the rules for urgent care require."
            )),
            "{state:?}: {letter}"
        );
    }
}

/// A known plan type in a multi-state region, with the state not chosen: the dates that wait
/// on the state say so, not "needs your kind of plan".
#[test]
fn a_missing_state_is_named_as_what_is_missing() {
    let mut c = case(
        Region::MidAtlantic,
        PlanType::EmployerOrIndividualHmo,
        Urgency::NotUrgent,
    );
    c.details.referral.requested_on = Some(d(2026, 3, 2));
    let needed = |c: &Case| {
        evaluate(c, d(2026, 3, 3))
            .timeline
            .iter()
            .find(|i| i.kind == ItemKind::ReferralDecisionExpected)
            .map(|i| i.status)
            .expect("the item")
    };
    assert_eq!(needed(&c), Status::NotYetKnown(DateNeeded::State));
    c.plan.plan_type = Some(PlanType::NotSure);
    assert_eq!(needed(&c), Status::NotYetKnown(DateNeeded::PlanType));
    // Once the state is known (Virginia: the federal limit), the date follows.
    c.plan.plan_type = Some(PlanType::EmployerOrIndividualHmo);
    c.details.state = Some(UsState::Virginia);
    assert!(matches!(needed(&c), Status::Upcoming { .. }));
}
