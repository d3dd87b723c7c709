//! How long a full evaluation (route + eligibility + costs + timeline) takes for a realistic
//! case. Run with `cargo bench --bench evaluate`.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use chrono::NaiveDate;
    use criterion::{black_box, Criterion};
    use second_opinion_navigator::domain::case::*;
    use second_opinion_navigator::domain::costs::{
        CostInputs, CostShare, PlanTerms, ReferralCostBasis, SelfPayPrices,
    };
    use second_opinion_navigator::domain::{
        evaluate, BasisPoints, Case, CaseDetails, Money, PlanAnswers, PlanType, Region, Urgency,
    };

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    fn full_case() -> Case {
        let plan = PlanAnswers {
            region: Some(Region::NorthernCalifornia),
            plan_type: Some(PlanType::EmployerOrIndividualHmo),
            urgency: Some(Urgency::NotUrgent),
        };
        let details = CaseDetails {
            reasons: ReasonAnswers {
                questioned_surgery: Some(true),
                kaiser_doctor_asked: Some(true),
                ..ReasonAnswers::default()
            },
            access: AccessAnswers {
                qualified_specialist_in_network: Some(false),
                appointment_requested_on: Some(d(2026, 1, 5)),
                earliest_in_network_appointment: Some(d(2026, 2, 3)),
                travel_miles: Some(40),
                travel_minutes: Some(70),
                county: None,
            },
            referral: ReferralLog {
                requested_on: Some(d(2026, 1, 7)),
                decided_on: Some(d(2026, 1, 20)),
                outcome: Some(ReferralOutcome::Denied),
            },
            appeal: AppealDates {
                denial_letter: Some(d(2026, 1, 20)),
                grievance_filed: Some(d(2026, 2, 2)),
                grievance_decision: Some(d(2026, 3, 3)),
                grievance_outcome: Some(AppealOutcome::Upheld),
                review_filed: None,
                review_decision: None,
                review_outcome: None,
            },
            appointment: AppointmentPlan {
                date: Some(d(2026, 4, 13)),
                records_lead_business_days: None,
                records_requested_on: None,
            },
            costs: CostInputs {
                in_network: PlanTerms {
                    allowed: Some(Money::from_dollars(250)),
                    share: Some(CostShare::Copay(Money::from_dollars(30))),
                    ..PlanTerms::default()
                },
                referral_basis: Some(ReferralCostBasis::OutOfNetworkBenefits),
                out_of_network: PlanTerms {
                    allowed: Some(Money::from_dollars(500)),
                    share: Some(CostShare::Coinsurance(BasisPoints::from_percent(30))),
                    deductible_remaining: Some(Money::from_dollars(300)),
                    out_of_pocket_remaining: Some(Money::from_dollars(2_000)),
                },
                outside_billed: Some(Money::from_dollars(800)),
                self_pay: SelfPayPrices {
                    consult: Some(Money::from_dollars(650)),
                    pathology_review: Some(Money::from_dollars(300)),
                    travel: Some(Money::from_dollars(120)),
                    ..SelfPayPrices::default()
                },
            },
            ..CaseDetails::default()
        };
        Case { plan, details }
    }

    fn bench(c: &mut Criterion) {
        let case = full_case();
        let today = d(2026, 3, 10);
        c.bench_function("evaluate full California case", |b| {
            b.iter(|| evaluate(black_box(&case), black_box(today)))
        });
        let mut not_sure = case.clone();
        not_sure.plan.plan_type = Some(PlanType::NotSure);
        c.bench_function("evaluate not-sure case (5 candidate routes)", |b| {
            b.iter(|| evaluate(black_box(&not_sure), black_box(today)))
        });
    }

    pub fn main() {
        let mut criterion = Criterion::default().configure_from_args();
        bench(&mut criterion);
        criterion.final_summary();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
