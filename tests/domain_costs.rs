//! The three cost scenarios: the required example, line-by-line arithmetic, defaults from the
//! rules, and the money invariants.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use second_opinion_navigator::domain::costs::*;
use second_opinion_navigator::domain::{BasisPoints, Money, PlanType, Region, UsState};

fn dollars(n: i64) -> Money {
    Money::from_dollars(n)
}

#[test]
fn the_issue_example_holds_exactly() {
    let thirty = BasisPoints::from_percent(30);
    let (shares, lines) = covered_visit(
        Some(dollars(500)),
        CostShare::Coinsurance(thirty),
        Some(dollars(300)),
        Some(dollars(2_000)),
        None,
    );
    assert_eq!(shares.member, Money::from_cents(36_000));
    assert_eq!(shares.member.to_string(), "$360.00");
    assert_eq!(shares.plan, Some(Money::from_cents(14_000)));
    assert_eq!(
        lines,
        [
            CostLine::Allowed(dollars(500)),
            CostLine::Deductible(dollars(300)),
            CostLine::Coinsurance {
                base: dollars(200),
                rate: thirty,
                amount: dollars(60)
            },
            CostLine::MemberTotal(dollars(360)),
            CostLine::PlanTotal(dollars(140)),
        ]
    );

    let (shares, lines) = covered_visit(
        Some(dollars(500)),
        CostShare::Coinsurance(thirty),
        Some(dollars(300)),
        Some(dollars(200)),
        None,
    );
    assert_eq!(shares.member.to_string(), "$200.00");
    assert_eq!(shares.plan, Some(dollars(300)));
    assert!(lines.contains(&CostLine::CappedByOutOfPocketMax {
        before: dollars(360),
        cap: dollars(200)
    }));
}

#[test]
fn a_balance_bill_is_the_members_on_top_of_the_cost_share() {
    let (shares, lines) = covered_visit(
        Some(dollars(500)),
        CostShare::Coinsurance(BasisPoints::from_percent(30)),
        Some(dollars(300)),
        Some(dollars(200)),
        Some(dollars(800)),
    );
    // $200 capped cost share + $300 billed above the allowed amount.
    assert_eq!(shares.member, dollars(500));
    assert_eq!(shares.balance_bill, dollars(300));
    assert_eq!(shares.plan, Some(dollars(300)));
    assert!(lines.contains(&CostLine::BalanceBill {
        billed: dollars(800),
        allowed: dollars(500),
        amount: dollars(300)
    }));
}

#[test]
fn a_copay_never_exceeds_the_allowed_amount_and_needs_no_allowed_amount() {
    let (shares, _) = covered_visit(
        Some(dollars(20)),
        CostShare::Copay(dollars(40)),
        None,
        None,
        None,
    );
    assert_eq!(shares.member, dollars(20));
    assert_eq!(shares.plan, Some(Money::ZERO));
    let (shares, _) = covered_visit(None, CostShare::Copay(dollars(40)), None, None, None);
    assert_eq!(shares.member, dollars(40));
    assert_eq!(shares.plan, None);
}

#[test]
fn the_referral_defaults_to_in_network_cost_sharing_where_the_rules_say_so() {
    let inputs = CostInputs {
        in_network: PlanTerms {
            allowed: Some(dollars(250)),
            share: Some(CostShare::Copay(dollars(30))),
            ..PlanTerms::default()
        },
        ..CostInputs::default()
    };
    // California HMO: HSC 1383.15(d), copay only.
    let ca = costs(
        &inputs,
        Some(Region::NorthernCalifornia),
        Some(PlanType::EmployerOrIndividualHmo),
        None,
    );
    assert_eq!(
        ca.referral.basis,
        Some(ReferralCostBasis::InNetworkCostSharing)
    );
    assert_eq!(ca.referral.sources[0].fact_id, "ca-so-04");
    assert_eq!(ca.referral.shares.map(|s| s.member), Some(dollars(30)));
    // Kaiser Northwest EOC; Oregon's own rule only for a plan issued in Oregon (audit A10).
    let nw = |state| {
        costs(
            &inputs,
            Some(Region::Northwest),
            Some(PlanType::EmployerOrIndividualHmo),
            state,
        )
    };
    let oregon = nw(Some(UsState::Oregon));
    assert_eq!(oregon.referral.sources[0].fact_id, "kp-so-02");
    assert!(oregon
        .referral
        .sources
        .iter()
        .any(|s| s.fact_id == "st-or-02"));
    for state in [Some(UsState::Washington), None] {
        let c = nw(state);
        assert_eq!(c.referral.sources[0].fact_id, "kp-so-02");
        assert!(!c.referral.sources.iter().any(|s| s.fact_id == "st-or-02"));
    }
    // Medicare Advantage: in-network cost sharing when the network cannot meet the need.
    let ma = costs(
        &inputs,
        Some(Region::Colorado),
        Some(PlanType::MedicareAdvantage),
        None,
    );
    assert_eq!(
        ma.referral.basis,
        Some(ReferralCostBasis::InNetworkCostSharing)
    );
    assert_eq!(ma.referral.sources[0].fact_id, "fed-ma-01");
    assert_eq!(ma.referral.shares.map(|s| s.member), Some(dollars(30)));
    // Georgia: no rule; the member must choose from the Evidence of Coverage.
    let ga = costs(
        &inputs,
        Some(Region::Georgia),
        Some(PlanType::EmployerOrIndividualHmo),
        None,
    );
    assert_eq!(ga.referral.shares, None);
    assert_eq!(ga.referral.missing, [CostInput::ReferralBasis]);
}

#[test]
fn a_member_not_sure_of_the_plan_type_gets_no_default_anywhere() {
    for region in Region::ALL {
        for state in [None, Some(UsState::Oregon)] {
            assert_eq!(
                default_referral_basis(Some(region), Some(PlanType::NotSure)),
                None,
                "{region:?}"
            );
            let c = costs(
                &CostInputs::default(),
                Some(region),
                Some(PlanType::NotSure),
                state,
            );
            assert_eq!(c.referral.basis, None);
            assert!(!c.referral.sources.iter().any(|s| s.fact_id == "st-or-02"));
        }
    }
}

#[test]
fn medicaid_second_opinions_outside_the_network_cost_the_member_nothing() {
    let inputs = CostInputs {
        out_of_network: PlanTerms {
            allowed: Some(dollars(400)),
            ..PlanTerms::default()
        },
        ..CostInputs::default()
    };
    for region in [
        Region::SouthernCalifornia,
        Region::Hawaii,
        Region::MidAtlantic,
    ] {
        let c = costs(&inputs, Some(region), Some(PlanType::Medicaid), None);
        assert_eq!(c.referral.basis, Some(ReferralCostBasis::NoCostToMember));
        assert_eq!(c.referral.sources[0].fact_id, "fed-mcd-08");
        let shares = c.referral.shares.expect("no cost needs no terms");
        assert_eq!(
            (shares.member, shares.plan),
            (Money::ZERO, Some(dollars(400)))
        );
        assert!(c.referral.lines.contains(&CostLine::NoCostToMember));
        assert!(c.referral.missing.is_empty());
    }
}

#[test]
fn the_good_faith_estimate_is_offered_only_to_those_it_covers() {
    use second_opinion_navigator::domain::access::Applies;
    let gfe = |plan| good_faith_estimate(Some(plan));
    assert_eq!(gfe(PlanType::MedicareAdvantage), Applies::No);
    assert_eq!(gfe(PlanType::Medicaid), Applies::No);
    assert_eq!(gfe(PlanType::NotSure), Applies::Maybe);
    for plan in [
        PlanType::EmployerOrIndividualHmo,
        PlanType::CoveredCalifornia,
        PlanType::Fehb,
        PlanType::SelfFundedEmployer,
    ] {
        assert_eq!(gfe(plan), Applies::Yes, "{plan:?}");
    }
    let cites_gfe = |plan| {
        self_pay(&SelfPayPrices::default(), Some(plan))
            .sources
            .iter()
            .any(|s| s.fact_id == "nsa-02")
    };
    assert!(!cites_gfe(PlanType::MedicareAdvantage));
    assert!(!cites_gfe(PlanType::Medicaid));
    assert!(cites_gfe(PlanType::Fehb));
}

#[test]
fn out_of_network_benefits_use_the_out_of_network_terms() {
    let inputs = CostInputs {
        referral_basis: Some(ReferralCostBasis::OutOfNetworkBenefits),
        out_of_network: PlanTerms {
            allowed: Some(dollars(500)),
            share: Some(CostShare::Coinsurance(BasisPoints::from_percent(30))),
            deductible_remaining: Some(dollars(300)),
            out_of_pocket_remaining: Some(dollars(2_000)),
        },
        ..CostInputs::default()
    };
    let c = costs(
        &inputs,
        Some(Region::Colorado),
        Some(PlanType::EmployerOrIndividualHmo),
        None,
    );
    let shares = c.referral.shares.expect("enough information");
    assert_eq!(
        (shares.member, shares.plan),
        (dollars(360), Some(dollars(140)))
    );
    assert_eq!(c.referral.missing, [CostInput::OutsideBilledAmount]);
    // Nothing entered for in-network: not enough information, not an error.
    assert_eq!(c.in_network.shares, None);
    assert_eq!(
        c.in_network.missing,
        [CostInput::CostShare, CostInput::AllowedAmount]
    );
}

#[test]
fn self_pay_is_everything_and_lists_what_is_not_counted() {
    let prices = SelfPayPrices {
        consult: Some(dollars(650)),
        pathology_review: Some(dollars(300)),
        travel: Some(Money::from_cents(12_050)),
        ..SelfPayPrices::default()
    };
    let scenario = self_pay(&prices, Some(PlanType::EmployerOrIndividualHmo));
    let shares = scenario.shares.expect("some prices");
    assert_eq!(shares.member, Money::from_cents(107_050));
    assert_eq!(shares.plan, Some(Money::ZERO));
    assert_eq!(
        scenario.missing,
        [
            CostInput::RecordReviewFee,
            CostInput::ImagingReviewFee,
            CostInput::Tests
        ]
    );
    assert_eq!(self_pay(&SelfPayPrices::default(), None).shares, None);
}

fn money() -> impl Strategy<Value = Option<Money>> {
    prop_oneof![
        Just(None),
        (-1_000_000i64..100_000_000).prop_map(|c| Some(Money::from_cents(c))),
        any::<i64>().prop_map(|c| Some(Money::from_cents(c))),
    ]
}

fn share() -> impl Strategy<Value = CostShare> {
    prop_oneof![
        (-10_000i64..1_000_000).prop_map(|c| CostShare::Copay(Money::from_cents(c))),
        any::<u32>().prop_map(|bp| CostShare::Coinsurance(BasisPoints::new(bp))),
    ]
}

proptest! {
    #[test]
    fn shares_are_never_negative_and_add_up(
        allowed in money(), share in share(), deductible in money(), oop in money(), billed in money()
    ) {
        let (shares, lines) = covered_visit(allowed, share, deductible, oop, billed);
        prop_assert!(shares.member >= Money::ZERO);
        prop_assert!(shares.balance_bill >= Money::ZERO);
        let cost_share = shares.member.saturating_sub(shares.balance_bill);
        prop_assert!(cost_share >= Money::ZERO);
        if let Some(cap) = oop {
            prop_assert!(cost_share <= cap.non_negative());
        }
        match (shares.allowed, shares.plan) {
            (Some(allowed), Some(plan)) => {
                prop_assert!(plan >= Money::ZERO);
                prop_assert_eq!(cost_share.saturating_add(plan), allowed);
            }
            (None, None) => {}
            other => prop_assert!(false, "allowed and plan disagree: {:?}", other),
        }
        prop_assert!(matches!(lines.last(), Some(CostLine::MemberTotal(_) | CostLine::PlanTotal(_))));
    }

    #[test]
    fn self_pay_totals_never_go_negative(items in proptest::collection::vec(money(), 6)) {
        let prices = SelfPayPrices {
            consult: items[0], record_review: items[1], pathology_review: items[2],
            imaging_review: items[3], tests: items[4], travel: items[5],
        };
        if let Some(shares) = self_pay(&prices, None).shares {
            prop_assert!(shares.member >= Money::ZERO);
            prop_assert_eq!(shares.plan, Some(Money::ZERO));
        }
    }
}
