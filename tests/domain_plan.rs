//! The plan types: stable codes, labels in every language, and contradictory answers.
#![cfg(not(target_arch = "wasm32"))]

use second_opinion_navigator::domain::{PlanAnswers, PlanType, Region, Urgency};
use second_opinion_navigator::i18n::{t, Lang, Text};
use std::collections::HashSet;

#[test]
fn every_region_code_parses_back_to_its_region() {
    for region in Region::ALL {
        assert_eq!(Region::from_code(region.code()), Some(region));
    }
    let codes: HashSet<_> = Region::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes.len(), 8, "codes must be distinct");
}

#[test]
fn every_plan_type_and_urgency_code_parses_back() {
    for plan in PlanType::ALL {
        assert_eq!(PlanType::from_code(plan.code()), Some(plan));
    }
    for urgency in Urgency::ALL {
        assert_eq!(Urgency::from_code(urgency.code()), Some(urgency));
    }
}

#[test]
fn unknown_or_differently_written_codes_are_refused() {
    for code in [
        "",
        "CA-NORTH",
        "ca_north",
        "northern california",
        " ca-north",
    ] {
        assert_eq!(Region::from_code(code), None, "{code:?}");
    }
    assert_eq!(PlanType::from_code("HMO"), None);
    assert_eq!(Urgency::from_code("yes"), None);
}

#[test]
fn the_regions_are_the_eight_kaiser_regions_in_order() {
    let names: Vec<_> = Region::ALL
        .iter()
        .map(|&r| t(Lang::En, Text::RegionName(r)))
        .collect();
    assert_eq!(
        names,
        [
            "Northern California",
            "Southern California",
            "Colorado",
            "Georgia",
            "Hawaii",
            "Maryland / Virginia / Washington DC",
            "Oregon / Southwest Washington",
            "Washington",
        ]
    );
}

#[test]
fn every_label_is_present_and_distinct_in_every_language() {
    for lang in Lang::ALL {
        let regions: HashSet<_> = Region::ALL
            .iter()
            .map(|&r| t(lang, Text::RegionName(r)))
            .collect();
        let plans: HashSet<_> = PlanType::ALL
            .iter()
            .map(|&p| t(lang, Text::PlanTypeName(p)))
            .collect();
        let urgencies: HashSet<_> = Urgency::ALL
            .iter()
            .map(|&u| t(lang, Text::UrgencyName(u)))
            .collect();
        assert_eq!(regions.len(), Region::ALL.len());
        assert_eq!(plans.len(), PlanType::ALL.len());
        assert_eq!(urgencies.len(), Urgency::ALL.len());
        assert!(regions
            .iter()
            .chain(&plans)
            .chain(&urgencies)
            .all(|s| !s.trim().is_empty()));
    }
    assert_eq!(
        t(Lang::En, Text::PlanTypeName(PlanType::MedicareAdvantage)),
        "Medicare Advantage (Senior Advantage)"
    );
}

#[test]
fn california_only_plans_outside_california_are_flagged() {
    let answers = |region, plan| PlanAnswers {
        region: Some(region),
        plan_type: Some(plan),
        urgency: None,
    };
    assert!(answers(Region::Colorado, PlanType::MediCal).region_conflicts_with_plan());
    assert!(answers(Region::Hawaii, PlanType::CoveredCalifornia).region_conflicts_with_plan());
    assert!(!answers(Region::SouthernCalifornia, PlanType::MediCal).region_conflicts_with_plan());
    assert!(!answers(Region::Colorado, PlanType::Fehb).region_conflicts_with_plan());
    assert!(!PlanAnswers::default().region_conflicts_with_plan());
}

#[test]
fn completeness_needs_all_three_answers() {
    let mut answers = PlanAnswers::default();
    assert!(answers.is_empty() && !answers.is_complete());
    answers.region = Some(Region::Georgia);
    answers.plan_type = Some(PlanType::NotSure);
    assert!(!answers.is_empty() && !answers.is_complete());
    answers.urgency = Some(Urgency::NotUrgent);
    assert!(answers.is_complete());
}
