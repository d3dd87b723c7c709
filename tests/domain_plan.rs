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
fn medicaid_is_named_as_members_know_it_where_kaiser_serves_it() {
    use second_opinion_navigator::domain::{MedicaidProgram as M, UsState};
    let name = |region, state| t(Lang::En, Text::MedicaidName(M::of(Some(region), state)));
    assert_eq!(name(Region::NorthernCalifornia, None), "Medi-Cal");
    assert_eq!(
        name(Region::Colorado, None),
        "Medicaid: Health First Colorado"
    );
    assert_eq!(
        name(Region::Hawaii, None),
        "Medicaid: Med-QUEST (QUEST Integration)"
    );
    assert_eq!(
        name(Region::MidAtlantic, Some(UsState::Maryland)),
        "Medicaid: Maryland HealthChoice"
    );
    assert_eq!(
        name(Region::Northwest, Some(UsState::Oregon)),
        "Medicaid: Oregon Health Plan (OHP)"
    );
    assert_eq!(
        name(Region::Washington, None),
        "Medicaid: Washington Apple Health"
    );
    // A plain "Medicaid" where no source says Kaiser serves the state's program, or the state
    // is not known yet.
    for (region, state) in [
        (Region::Georgia, None),
        (Region::MidAtlantic, Some(UsState::Virginia)),
        (Region::MidAtlantic, Some(UsState::DistrictOfColumbia)),
        (Region::MidAtlantic, None),
        (Region::Northwest, Some(UsState::Washington)),
        (Region::Northwest, None),
    ] {
        assert_eq!(name(region, state), "Medicaid", "{region:?} {state:?}");
        assert_eq!(M::of(Some(region), state).source(), None);
    }
    // Each named program shows the source for how Kaiser takes part in it.
    for (region, state, fact) in [
        (Region::SouthernCalifornia, None, "kp-mcd-ca"),
        (Region::Colorado, None, "kp-mcd-co"),
        (Region::Hawaii, None, "kp-mcd-hi"),
        (Region::MidAtlantic, Some(UsState::Maryland), "kp-mcd-md"),
        (Region::Northwest, Some(UsState::Oregon), "kp-mcd-or"),
        (Region::Washington, None, "kp-mcd-wa"),
    ] {
        let source = M::of(Some(region), state).source().expect("a source");
        assert_eq!(source.fact_id, fact);
        assert!(source.url().is_some_and(|u| u.starts_with("http")));
    }
}

#[test]
fn california_only_plans_outside_california_are_flagged() {
    let answers = |region, plan| PlanAnswers {
        region: Some(region),
        plan_type: Some(plan),
        urgency: None,
    };
    assert!(answers(Region::Hawaii, PlanType::CoveredCalifornia).region_conflicts_with_plan());
    // Medicaid exists in every region (Medi-Cal in California).
    for region in Region::ALL {
        assert!(!answers(region, PlanType::Medicaid).region_conflicts_with_plan());
    }
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
