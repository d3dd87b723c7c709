//! Every rule value against ../shared/domain/facts.md (corrected by verification.md), and the
//! route table for every region and plan type.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::d;

use second_opinion_navigator::domain::access::{self, Applies, CountyType, TravelStandard};
use second_opinion_navigator::domain::costs::BALLPARKS;
use second_opinion_navigator::domain::route::contacts::{self, *};
use second_opinion_navigator::domain::route::*;
use second_opinion_navigator::domain::rules::{self as r, MonthCounting::*, Period::*, Rule};
use second_opinion_navigator::domain::sources as s;
use second_opinion_navigator::domain::{Caveat, Confidence, Money, PlanType, Region, Source};

fn check(rule: Rule, period: r::Period, fact: &str, confidence: Confidence) {
    assert_eq!(rule.period, period, "{fact}");
    assert_eq!(rule.source.fact_id, fact);
    assert_eq!(rule.source.confidence, confidence, "{fact}");
}

use Confidence::{High, Low, Medium};

#[test]
fn california_rules_match_the_facts() {
    check(
        r::CA_GRIEVANCE_FILING,
        CalendarDays(180),
        "ca-grv-03",
        Medium,
    );
    assert!(r::CA_GRIEVANCE_FILING
        .caveats
        .contains(&Caveat::RegulationTextNotSeen));
    check(
        r::CA_GRIEVANCE_DECISION,
        CalendarDays(30),
        "ca-grv-01",
        High,
    );
    check(
        r::CA_GRIEVANCE_URGENT_DECISION,
        CalendarDays(3),
        "ca-grv-01",
        High,
    );
    check(r::CA_ESCALATE_AFTER, CalendarDays(30), "ca-grv-02", High);
    check(r::CA_IMR_FILING, Months(6, Protective), "ca-imr-01", High);
    assert!(r::CA_IMR_FILING
        .caveats
        .contains(&Caveat::LateAcceptedForGoodCause));
    check(r::CA_IMR_DECISION, CalendarDays(30), "ca-imr-02", High);
    check(
        r::CA_IMR_URGENT_DECISION,
        CalendarDays(3),
        "ca-imr-02",
        High,
    );
    check(r::CA_SECOND_OPINION_URGENT, Hours(72), "ca-so-03", High);
    // Audit A2: HSC 1367.01's 5 business days after Kaiser has what it needs (approximate from
    // the request); 14 days only as a follow-up marker, by analogy (verification.md item 1).
    check(r::CA_REFERRAL_DECISION, BusinessDays(5), "ca-ur-01", Medium);
    assert!(r::CA_REFERRAL_DECISION
        .caveats
        .contains(&Caveat::CountedFromCompleteInformation));
    check(r::CA_REFERRAL_FOLLOW_UP, CalendarDays(14), "ca-so-05", Low);
    assert!(r::CA_REFERRAL_FOLLOW_UP
        .caveats
        .contains(&Caveat::AnalogyOnly));
    // Audit A11: only the twin Insurance Code section was read, so medium, as facts.json says.
    assert_eq!(s::CA_SO_04.confidence, Medium);
    assert!(!s::CA_SO_04.title().contains("official leginfo text in"));
    // HSC 1374.34: Kaiser carries out an IMR decision within 5 working days.
    check(r::CA_IMR_ACT_WITHIN, BusinessDays(5), "ca-imr-03", High);
    // Audit A16: the IMR's 30 days run from DMHC having the case.
    assert!(r::CA_IMR_DECISION
        .caveats
        .contains(&Caveat::CountedFromReviewerReceipt));
    assert_eq!(s::KP_SO_03.confidence, Low);
    assert!(s::KP_SO_03.is_unsourced());
}

#[test]
fn california_timely_access_matches_the_facts() {
    let t = access::timely_access(
        Some(Region::NorthernCalifornia),
        Some(PlanType::EmployerOrIndividualHmo),
    )
    .expect("California HMO has timely-access standards");
    check(t.urgent, Hours(48), "ca-ta-01", High);
    check(t.urgent_prior_authorization, Hours(96), "ca-ta-02", High);
    check(t.primary_care, BusinessDays(10), "ca-ta-03", High);
    check(t.specialist, BusinessDays(15), "ca-ta-04", High);
    check(t.mental_health, BusinessDays(10), "ca-ta-05", High);
    check(t.ancillary, BusinessDays(15), "ca-ta-06", High);
    check(
        t.mental_health_follow_up,
        BusinessDays(10),
        "ca-ta-09",
        Medium,
    );
    assert_eq!(t.triage_callback_minutes, 30);
    assert_eq!(t.triage_source.fact_id, "ca-ta-07");
    assert_eq!(t.longer_wait_if_documented.fact_id, "ca-ta-08");
    // No sourced standard outside California or for federal plan types.
    assert!(access::timely_access(
        Some(Region::Colorado),
        Some(PlanType::EmployerOrIndividualHmo)
    )
    .is_none());
    assert!(access::timely_access(
        Some(Region::SouthernCalifornia),
        Some(PlanType::MedicareAdvantage)
    )
    .is_none());
}

#[test]
fn travel_standards_match_the_facts() {
    use CountyType::*;
    let limits: Vec<(u32, u32)> = [Large, Medium, Small, Rural]
        .into_iter()
        .map(|c| {
            let l = access::medi_cal_specialist_limit(c);
            (l.miles, l.minutes)
        })
        .collect();
    assert_eq!(limits, [(15, 30), (30, 60), (45, 75), (60, 90)]);
    match access::travel_standard(
        Some(Region::SouthernCalifornia),
        Some(PlanType::Medicaid),
        Some(Large),
    ) {
        TravelStandard::MediCalSpecialist(Some(limit), source) => {
            assert_eq!((limit.miles, limit.minutes), (15, 30));
            assert_eq!(source.fact_id, "ca-geo-02");
            assert_eq!(source.confidence, High);
        }
        other => panic!("unexpected {other:?}"),
    }
    // verification.md item 8: commercial plans have no numeric specialist standard.
    match access::travel_standard(
        Some(Region::NorthernCalifornia),
        Some(PlanType::EmployerOrIndividualHmo),
        Some(Rural),
    ) {
        TravelStandard::ConsideredWithoutNumber {
            regulation,
            statute,
        } => {
            assert_eq!(regulation.fact_id, "verification-8");
            assert_eq!(statute.fact_id, "ca-so-04");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        access::travel_standard(
            Some(Region::Georgia),
            Some(PlanType::EmployerOrIndividualHmo),
            None
        ),
        TravelStandard::NotSourced
    );
}

#[test]
fn medi_cal_medicare_fehb_and_federal_rules_match_the_facts() {
    check(
        r::MEDI_CAL_APPEAL_FILING,
        CalendarDays(60),
        "ca-mc-01",
        High,
    );
    check(
        r::MEDI_CAL_APPEAL_DECISION,
        CalendarDays(30),
        "ca-mc-01",
        High,
    );
    // 42 CFR 438.408(b)(3), now quoted by CMS's own reporting app (replaces unsourced ca-mc-04).
    check(
        r::MEDI_CAL_APPEAL_URGENT_DECISION,
        Hours(72),
        "fed-mcd-03",
        Medium,
    );
    check(
        r::MEDI_CAL_HEARING_FILING,
        CalendarDays(120),
        "ca-mc-02",
        High,
    );
    check(
        r::MEDI_CAL_ESCALATE_AFTER,
        CalendarDays(30),
        "ca-mc-02",
        High,
    );
    check(
        r::MEDI_CAL_IMR_FILING,
        Months(6, Protective),
        "ca-mc-03",
        Medium,
    );

    // verification.md item 2: 65 days, high, CMS/HHS page; older pages say 60.
    check(
        r::MA_RECONSIDERATION_FILING,
        CalendarDays(65),
        "ma-01",
        High,
    );
    assert_eq!(
        r::MA_RECONSIDERATION_FILING.source.url(),
        Some("https://hhs.gov/guidance/document/medicare-managed-care-appeals-grievances")
    );
    assert!(r::MA_RECONSIDERATION_FILING
        .caveats
        .contains(&Caveat::OlderPagesSay60Days));
    check(
        r::MA_RECONSIDERATION_DECISION,
        CalendarDays(30),
        "ma-02",
        High,
    );
    check(
        r::MA_RECONSIDERATION_URGENT_DECISION,
        Hours(72),
        "ma-02",
        High,
    );
    check(r::MA_IRE_DECISION, CalendarDays(30), "ma-04", Medium);
    assert!(r::MA_IRE_DECISION
        .caveats
        .contains(&Caveat::CountedFromReviewerReceipt));
    check(r::MA_IRE_ACT_WITHIN, Hours(72), "fed-ma-06", Medium);
    check(r::MA_IRE_URGENT_DECISION, Hours(72), "ma-04", Medium);
    check(r::MA_INITIAL_DECISION, CalendarDays(7), "ma-06", Medium);
    check(
        r::MA_INITIAL_DECISION_BEFORE_2026,
        CalendarDays(14),
        "ma-06",
        Medium,
    );

    check(
        r::FEHB_RECONSIDERATION_FILING,
        Months(6, Protective),
        "fehb-01",
        High,
    );
    check(r::FEHB_CARRIER_DECISION, CalendarDays(30), "fehb-01", High);
    check(r::FEHB_OPM_FILING, CalendarDays(90), "fehb-01", High);
    check(r::FEHB_OPM_DECISION, CalendarDays(60), "fehb-01", High);

    check(
        r::FEDERAL_APPEAL_FILING,
        CalendarDays(180),
        "fed-aca-01",
        High,
    );
    check(
        r::FEDERAL_APPEAL_DECISION,
        CalendarDays(30),
        "fed-aca-02",
        High,
    );
    check(
        r::FEDERAL_APPEAL_URGENT_DECISION,
        Hours(72),
        "fed-aca-02",
        High,
    );
    check(
        r::FEDERAL_INITIAL_DECISION,
        CalendarDays(15),
        "fed-aca-03",
        High,
    );
    check(
        r::FEDERAL_EXTERNAL_FILING,
        Months(4, FederalRule),
        "fed-aca-04",
        High,
    );
    assert!(r::FEDERAL_EXTERNAL_FILING
        .caveats
        .contains(&Caveat::HealthCareGovSays60Days));
    // Audit A12: cited to the ACA regulation (the Labor Department's twin repeats it), not to a
    // 2005 report that predates it.
    check(
        r::SELF_FUNDED_EXTERNAL_FILING,
        Months(4, FederalRule),
        "fed-aca-04",
        High,
    );
    check(
        r::FEDERAL_EXTERNAL_DECISION,
        CalendarDays(45),
        "fed-aca-05",
        Medium,
    );
    check(
        r::FEDERAL_EXTERNAL_URGENT_DECISION,
        Hours(72),
        "fed-aca-05",
        Medium,
    );
}

#[test]
fn medicaid_rules_outside_california_match_the_federal_regulation() {
    // Audit A9: 42 CFR 438.402(c)(2)(ii), 438.408(b), (c)(3), (f)(2), 438.424.
    // 438.210(d) as CMS-0057-F amended it: the plan's answer to the request itself.
    check(
        r::MEDICAID_INITIAL_DECISION,
        CalendarDays(7),
        "fed-mcd-pa",
        Medium,
    );
    check(
        r::MEDICAID_INITIAL_DECISION_BEFORE_2026,
        CalendarDays(14),
        "fed-mcd-pa",
        Medium,
    );
    check(
        r::MEDICAID_INITIAL_URGENT_DECISION,
        Hours(72),
        "fed-mcd-pa",
        Medium,
    );
    assert!(r::MEDICAID_INITIAL_DECISION
        .caveats
        .contains(&Caveat::MayBeExtended14Days));
    check(
        r::MEDICAID_APPEAL_FILING,
        CalendarDays(60),
        "fed-mcd-01",
        Medium,
    );
    assert!(r::MEDICAID_APPEAL_FILING
        .caveats
        .contains(&Caveat::RegulationTextNotSeen));
    check(
        r::MEDICAID_APPEAL_DECISION,
        CalendarDays(30),
        "fed-mcd-02",
        Medium,
    );
    assert!(r::MEDICAID_APPEAL_DECISION
        .caveats
        .contains(&Caveat::MayBeExtended14Days));
    check(
        r::MEDICAID_APPEAL_URGENT_DECISION,
        Hours(72),
        "fed-mcd-03",
        Medium,
    );
    check(
        r::MEDICAID_ESCALATE_AFTER,
        CalendarDays(30),
        "fed-mcd-05",
        Medium,
    );
    // One reading lets the state choose 90 to 120 days: the notice's figure wins.
    check(
        r::MEDICAID_HEARING_FILING,
        CalendarDays(120),
        "fed-mcd-06",
        Low,
    );
    assert!(r::MEDICAID_HEARING_FILING
        .caveats
        .contains(&Caveat::StateMaySetShorter));
    check(r::MEDICAID_ACT_WITHIN, Hours(72), "fed-mcd-11", Medium);
    assert_eq!(
        s::FED_MCD_08.confidence,
        High,
        "438.206(b)(3), verbatim from CMS"
    );
    assert_eq!(s::MA_422_112.fact_id, "fed-ma-01");
}

#[test]
fn state_prior_authorization_limits_match_the_audit() {
    // Audit A3: Oregon, Colorado and DC (and Washington, Georgia from the same research),
    // instead of the federal 15 days everywhere.
    check(
        r::OR_PRIOR_AUTH_DECISION,
        BusinessDays(2),
        "st-or-ur-01",
        Medium,
    );
    check(
        r::CO_PRIOR_AUTH_DECISION,
        BusinessDays(5),
        "st-co-ur-01",
        Low,
    );
    assert!(r::CO_PRIOR_AUTH_DECISION
        .caveats
        .contains(&Caveat::MayNotReachKaiserHmo));
    check(
        r::DC_PRIOR_AUTH_DECISION,
        BusinessDays(5),
        "st-dc-ur-01",
        Low,
    );
    check(
        r::DC_PRIOR_AUTH_URGENT_DECISION,
        Hours(24),
        "st-dc-ur-01",
        Low,
    );
    check(
        r::WA_PRIOR_AUTH_DECISION,
        CalendarDays(5),
        "st-wa-ur-01",
        Medium,
    );
    check(
        r::WA_PRIOR_AUTH_URGENT_DECISION,
        CalendarDays(2),
        "st-wa-ur-01",
        Medium,
    );
    check(
        r::GA_PRIOR_AUTH_DECISION,
        CalendarDays(7),
        "st-ga-ur-01",
        Medium,
    );
    // Audit A8: Maryland's emergency grievance is decided in 24 hours, not the federal 72.
    check(
        r::MD_GRIEVANCE_EMERGENCY_DECISION,
        Hours(24),
        "st-md-ur-01",
        Medium,
    );
    let md = route_for(
        Some(Region::MidAtlantic),
        Some(PlanType::EmployerOrIndividualHmo),
        Some(UsState::Maryland),
        d(2026, 3, 2),
    );
    assert_eq!(
        md.internal.urgent_decision,
        Some(r::MD_GRIEVANCE_EMERGENCY_DECISION)
    );
}

#[test]
fn every_protective_month_rule_says_how_it_counts() {
    // A six-month window counted the protective way says so in words (audit A16 item).
    for rule in [
        r::CA_IMR_FILING,
        r::MEDI_CAL_IMR_FILING,
        r::FEHB_RECONSIDERATION_FILING,
        r::CO_EXTERNAL_FILING,
        r::MD_EXTERNAL_FILING,
        r::DC_EXTERNAL_FILING,
    ] {
        assert!(matches!(rule.period, Months(_, Protective)));
        assert!(
            rule.caveats.contains(&Caveat::MonthsCountedProtectively),
            "{}",
            rule.source.fact_id.as_str()
        );
    }
    for rule in [r::FEDERAL_EXTERNAL_FILING, r::GA_EXTERNAL_FILING] {
        assert!(!rule.caveats.contains(&Caveat::MonthsCountedProtectively));
    }
}

#[test]
fn state_external_review_rules_match_the_facts() {
    check(
        r::CO_EXTERNAL_FILING,
        Months(4, Protective),
        "st-co-01",
        Medium,
    );
    check(
        r::CO_EXTERNAL_DECISION,
        CalendarDays(45),
        "st-co-01",
        Medium,
    );
    // Georgia: no deadline found; federal 4 months fallback, low.
    check(
        r::GA_EXTERNAL_FILING,
        Months(4, FederalRule),
        "st-ga-01",
        Low,
    );
    assert!(r::GA_EXTERNAL_FILING
        .caveats
        .contains(&Caveat::StateDeadlineNotConfirmed));
    check(r::HI_EXTERNAL_FILING, CalendarDays(130), "st-hi-01", Medium);
    // Maryland: 4 months (not 120 days), high after verification.md item 5.
    check(
        r::MD_EXTERNAL_FILING,
        Months(4, Protective),
        "st-md-01",
        High,
    );
    check(r::MD_EXTERNAL_DECISION, CalendarDays(45), "st-md-01", High);
    check(r::MD_EXTERNAL_URGENT_DECISION, Hours(24), "st-md-01", High);
    check(r::VA_EXTERNAL_FILING, CalendarDays(120), "st-va-01", Medium);
    check(
        r::VA_EXTERNAL_DECISION,
        CalendarDays(45),
        "st-va-01",
        Medium,
    );
    check(
        r::DC_EXTERNAL_FILING,
        Months(4, Protective),
        "st-dc-01",
        Medium,
    );
    check(r::OR_EXTERNAL_FILING, CalendarDays(180), "st-or-01", High);
    // Washington: 180 days, high after verification.md item 5.
    check(r::WA_EXTERNAL_FILING, CalendarDays(180), "st-wa-01", High);
}

#[test]
fn records_rules_match_the_facts() {
    check(r::HIPAA_RECORDS, CalendarDays(30), "rec-hipaa-02", High);
    check(
        r::HIPAA_RECORDS_EXTENSION,
        CalendarDays(30),
        "rec-hipaa-02",
        High,
    );
    // Audit A6: 30 days plus one 30-day extension.
    check(
        r::HIPAA_RECORDS_WITH_EXTENSION,
        CalendarDays(60),
        "rec-hipaa-02",
        High,
    );
    check(r::CA_RECORDS_COPIES, CalendarDays(15), "rec-ca-01", Medium);
    check(r::KP_NORTHWEST_RECORDS, BusinessDays(5), "kp-roi-01", High);
    check(
        r::KP_WASHINGTON_RECORDS,
        BusinessDays(15),
        "kp-roi-02",
        High,
    );
    // Audit A4: RCW 70.02.080 says 21 working days.
    check(
        r::WA_RECORDS_DELAYED_LIMIT,
        BusinessDays(21),
        "rec-wa-01",
        Medium,
    );
    check(r::RECORDS_SEED_LEAD, BusinessDays(5), "kp-roi-01", High);
    // California keeps its 15 days; everywhere else the safe date uses HIPAA's 60.
    let ca = access::records_rules(Some(Region::SouthernCalifornia), None);
    assert_eq!(ca.safe_limit, r::CA_RECORDS_COPIES);
    assert_eq!(ca.safe_limit_law, access::RecordsLaw::CaliforniaCopies);
    assert_eq!(ca.kaiser_turnaround, None);
    assert_eq!(
        ca.kaiser_turnaround_unknown.map(|s| s.fact_id.as_str()),
        Some("kp-roi-03")
    );
    for region in [
        Region::Colorado,
        Region::Georgia,
        Region::Hawaii,
        Region::MidAtlantic,
    ] {
        let rules = access::records_rules(Some(region), None);
        assert_eq!(rules.safe_limit, r::HIPAA_RECORDS_WITH_EXTENSION);
        assert_eq!(rules.safe_limit_law, access::RecordsLaw::HipaaWithExtension);
        // No published Kaiser figure: the seed's 5 business days, said to be Northwest's.
        assert_eq!(rules.default_lead, r::RECORDS_SEED_LEAD);
        assert!(rules
            .default_lead
            .caveats
            .contains(&Caveat::KaiserNorthwestFigure));
    }
    // Audit A5: the "ask by" default is the longer of 5 business days and Kaiser's own figure.
    let nw = access::records_rules(Some(Region::Northwest), None);
    assert_eq!(nw.kaiser_turnaround, Some(r::KP_NORTHWEST_RECORDS));
    assert_eq!(nw.default_lead, r::KP_NORTHWEST_RECORDS);
    assert_eq!(nw.delayed_limit, None);
    // Kaiser Northwest in Southwest Washington: Washington's 21-working-day limit reaches it.
    let sw_wa = access::records_rules(Some(Region::Northwest), Some(UsState::Washington));
    assert_eq!(sw_wa.delayed_limit, Some(r::WA_RECORDS_DELAYED_LIMIT));
    assert_eq!(sw_wa.default_lead, r::KP_NORTHWEST_RECORDS);
    let oregon = access::records_rules(Some(Region::Northwest), Some(UsState::Oregon));
    assert_eq!(oregon.delayed_limit, None);
    let wa = access::records_rules(Some(Region::Washington), None);
    assert_eq!(wa.kaiser_turnaround, Some(r::KP_WASHINGTON_RECORDS));
    assert_eq!(wa.default_lead, r::KP_WASHINGTON_RECORDS);
    assert_eq!(wa.delayed_limit, Some(r::WA_RECORDS_DELAYED_LIMIT));
    assert_eq!(wa.safe_limit, r::HIPAA_RECORDS_WITH_EXTENSION);
}

#[test]
fn agencies_match_the_facts() {
    assert_eq!(DMHC.phone, Some("1-888-466-2219"));
    assert_eq!(DMHC.tty, Some("1-877-688-9891"));
    assert_eq!(DMHC.website, Some("https://www.dmhc.ca.gov"));
    assert_eq!(KP_CALIFORNIA_MEMBER_SERVICES.phone, Some("1-800-464-4000"));
    assert_eq!(KP_CALIFORNIA_SENIOR_ADVANTAGE.phone, Some("1-800-443-0815"));
    assert_eq!(KP_CALIFORNIA_SENIOR_ADVANTAGE.source.confidence, Medium);
    let phones: Vec<_> = UsState::ALL
        .into_iter()
        .map(|st| (st, state_agency(st).phone, state_agency(st).other_phone))
        .collect();
    assert_eq!(
        phones,
        [
            (UsState::California, Some("1-888-466-2219"), None),
            (
                UsState::Colorado,
                Some("303-894-7490"),
                Some("800-930-3745")
            ),
            (UsState::Georgia, Some("404-656-2070"), Some("800-656-2298")),
            (UsState::Hawaii, Some("808-586-2790"), None),
            (
                UsState::Maryland,
                Some("410-468-2000"),
                Some("800-492-6116")
            ),
            (
                UsState::Virginia,
                Some("1-877-310-6560"),
                Some("804-371-9691")
            ),
            // Audit A18: DISB's line is no longer an unlabelled second number of the
            // Ombudsman's; it is DISB's own card among the others who help.
            (UsState::DistrictOfColumbia, Some("1-877-685-6391"), None),
            (UsState::Oregon, Some("888-877-4894"), None),
            (UsState::Washington, Some("1-800-562-6900"), None),
        ]
    );
    // Phone numbers from aggregators say so; Virginia's two were re-checked on the SCC's page.
    assert!(state_agency(UsState::Hawaii)
        .caveats
        .contains(&Caveat::ContactFromSecondarySource));
    assert_eq!(state_agency(UsState::Virginia).source.fact_id, "ct-va-01");
    assert_eq!(state_agency(UsState::Virginia).source.confidence, High);
    assert_eq!(
        state_agency(UsState::DistrictOfColumbia).source.fact_id,
        "st-dc-02"
    );
    let disb = contacts::state_help(UsState::DistrictOfColumbia).expect("DISB");
    assert_eq!(disb.phone, Some("202-727-8000"));
    assert!(disb
        .name
        .starts_with("DC Department of Insurance, Securities and Banking"));
    // Medi-Cal's ombudsman and the Department of Labor, each sourced.
    assert_eq!(contacts::MEDI_CAL_OMBUDSMAN.phone, Some("1-888-452-8609"));
    assert_eq!(contacts::MEDI_CAL_OMBUDSMAN.source.confidence, High);
    assert_eq!(contacts::EBSA.phone, Some("1-866-444-3272"));
    assert_eq!(contacts::EBSA.source.fact_id, "fed-erisa-09");
    // Each state's Medicaid office, and its source (most from a secondary list, and flagged).
    let oregon = contacts::medicaid_agency(UsState::Oregon).expect("OHP");
    assert_eq!(oregon.phone, Some("1-800-273-0557"));
    assert_eq!(oregon.source.confidence, High);
    for state in UsState::ALL {
        match contacts::medicaid_agency(state) {
            None => assert_eq!(state, UsState::California),
            Some(c) if c.source.confidence != High => {
                assert!(
                    c.caveats.contains(&Caveat::ContactFromSecondarySource),
                    "{state:?}"
                )
            }
            Some(_) => {}
        }
    }
    // No phone is invented where the facts give none.
    assert_eq!(OPM.phone, None);
    assert_eq!(MEDICARE_IRE.phone, None);
    assert_eq!(CDSS_STATE_HEARINGS.phone, None);
}

#[test]
fn ballparks_match_the_facts() {
    assert_eq!(BALLPARKS[0].amount, Money::from_cents(16_335));
    assert_eq!(BALLPARKS[0].source.fact_id, "cost-mpfs-01");
    assert_eq!(BALLPARKS[1].amount, Money::from_cents(21_575));
    assert_eq!(BALLPARKS[2].amount, Money::from_cents(9_380));
    assert_eq!(BALLPARKS[2].source.confidence, Low);
}

fn all_sources() -> Vec<Source> {
    let today = d(2026, 3, 2);
    let mut out = vec![
        s::SEED,
        s::CA_1300_67_2,
        s::GA_OCI_RULE,
        s::ST_MD_01_CONTACTS,
        s::KP_MCD_CA,
        s::KP_MCD_OR,
        s::KP_MCD_WA,
        s::KP_MCD_CO,
        s::KP_MCD_MD,
        s::KP_MCD_HI,
        s::MA_FAST_APPEAL,
        s::MA_REPRESENTATIVE,
        s::FED_MCD_07,
        s::FED_MCD_10,
        s::FED_ERISA_DOCUMENTS,
        s::FED_ERISA_REVIEWER,
        s::FED_ERISA_CRITERIA,
        s::FED_ERISA_URGENT,
        s::NSA_04,
    ];
    for region in Region::ALL.into_iter().map(Some).chain([None]) {
        for plan in PlanType::ALL.into_iter().map(Some).chain([None]) {
            for state in UsState::ALL.into_iter().map(Some).chain([None]) {
                let route = route_for(region, plan, state, today);
                for r in std::iter::once(&route).chain(&route.candidates) {
                    out.push(r.internal.filing_window.source);
                    out.extend(r.internal.decision.map(|r| r.source));
                    out.extend(r.internal.urgent_decision.map(|r| r.source));
                    out.extend(r.review.filing_window.map(|r| r.source));
                    out.extend(r.review.decision.map(|r| r.source));
                    out.extend(r.review.act_within.map(|r| r.source));
                    out.extend(r.review.agency.map(|a| a.source));
                    out.extend(r.help.iter().map(|c| c.source));
                }
            }
        }
    }
    out
}

#[test]
fn every_source_has_a_title_and_unsourced_rules_are_low() {
    for source in all_sources() {
        assert!(!source.title().trim().is_empty(), "{source:?}");
        assert!(!source.fact_id.as_str().is_empty());
        match source.url() {
            Some(url) => assert!(
                url.starts_with("http://") || url.starts_with("https://"),
                "{url}"
            ),
            None => assert_eq!(source.confidence, Low, "{}", source.fact_id.as_str()),
        }
    }
}

#[test]
fn routes_for_every_region_and_plan_type() {
    use PlanType::*;
    use Region::*;
    let today = d(2026, 3, 2);
    let kind = |region, plan| route_for(Some(region), Some(plan), None, today).kind;
    assert_eq!(
        kind(NorthernCalifornia, EmployerOrIndividualHmo),
        RouteKind::CaliforniaDmhc
    );
    assert_eq!(
        kind(SouthernCalifornia, CoveredCalifornia),
        RouteKind::CaliforniaDmhc
    );
    assert_eq!(kind(SouthernCalifornia, Medicaid), RouteKind::MediCal);
    assert_eq!(kind(NorthernCalifornia, Medicaid), RouteKind::MediCal);
    assert_eq!(
        kind(Colorado, MedicareAdvantage),
        RouteKind::MedicareAdvantage
    );
    assert_eq!(kind(Hawaii, Fehb), RouteKind::Fehb);
    assert_eq!(
        kind(Georgia, SelfFundedEmployer),
        RouteKind::SelfFundedFederal
    );
    assert_eq!(
        kind(Colorado, EmployerOrIndividualHmo),
        RouteKind::StateExternalReview(UsState::Colorado)
    );
    assert_eq!(
        kind(Washington, EmployerOrIndividualHmo),
        RouteKind::StateExternalReview(UsState::Washington)
    );
    // Multi-state regions without a state: protective, and the member is told to find out.
    let mid = route_for(
        Some(MidAtlantic),
        Some(EmployerOrIndividualHmo),
        None,
        today,
    );
    assert_eq!(mid.kind, RouteKind::Protective);
    assert!(mid.find_out.contains(&FindOut::WhichState));
    assert!(mid.caveats.contains(&Caveat::StateNotGivenEarliestUsed));
    // Virginia's 120 days ends before Maryland's and DC's 4 months.
    assert_eq!(mid.review.filing_window, Some(r::VA_EXTERNAL_FILING));
    let md = route_for(
        Some(MidAtlantic),
        Some(EmployerOrIndividualHmo),
        Some(UsState::Maryland),
        today,
    );
    assert_eq!(md.kind, RouteKind::StateExternalReview(UsState::Maryland));
    // A California-only plan outside California is flagged and read protectively.
    let odd = route_for(Some(Colorado), Some(CoveredCalifornia), None, today);
    assert_eq!(odd.kind, RouteKind::Protective);
    assert!(odd.caveats.contains(&Caveat::PlanDoesNotMatchRegion));
    // Every combination works, including missing answers.
    for region in Region::ALL.into_iter().map(Some).chain([None]) {
        for plan in PlanType::ALL.into_iter().map(Some).chain([None]) {
            for state in UsState::ALL.into_iter().map(Some).chain([None]) {
                let route = route_for(region, plan, state, today);
                if route.kind == RouteKind::Protective {
                    assert!(!route.candidates.is_empty());
                    assert!(!route.find_out.is_empty());
                } else if route.kind == RouteKind::Medicaid(None) {
                    // The hearing office is the state's: named once the state is known.
                    assert!(route.find_out.contains(&FindOut::WhichState) || region.is_none());
                } else {
                    assert!(route.review.agency.is_some(), "{region:?} {plan:?}");
                }
            }
        }
    }
}

#[test]
fn medicaid_routes_for_every_region_written_out_by_hand() {
    use Region as R;
    use UsState as S;
    // A denial letter of Mon Mar 2, 2026: the plan appeal within 60 days is Fri May 1; a plan
    // decision of Mon Jun 1 opens 120 days for the State fair hearing, to Tue Sep 29.
    let denial = d(2026, 3, 2);
    let decision = d(2026, 6, 1);
    // (region, state chosen, route, hearing office's phone, "send it to the plan named on the
    // notice")
    type Row = (
        Region,
        Option<UsState>,
        RouteKind,
        Option<&'static str>,
        bool,
    );
    let table: [Row; 14] = [
        (R::NorthernCalifornia, None, RouteKind::MediCal, None, false),
        (R::SouthernCalifornia, None, RouteKind::MediCal, None, false),
        (
            R::Colorado,
            None,
            RouteKind::Medicaid(Some(S::Colorado)),
            Some("1-800-221-3943"),
            true,
        ),
        (
            R::Georgia,
            None,
            RouteKind::Medicaid(Some(S::Georgia)),
            Some("1-866-322-4260"),
            true,
        ),
        (
            R::Hawaii,
            None,
            RouteKind::Medicaid(Some(S::Hawaii)),
            Some("1-800-316-8005"),
            false,
        ),
        (R::MidAtlantic, None, RouteKind::Medicaid(None), None, true),
        (
            R::MidAtlantic,
            Some(S::Maryland),
            RouteKind::Medicaid(Some(S::Maryland)),
            Some("1-877-463-3464"),
            false,
        ),
        (
            R::MidAtlantic,
            Some(S::Virginia),
            RouteKind::Medicaid(Some(S::Virginia)),
            Some("804-786-6145"),
            true,
        ),
        (
            R::MidAtlantic,
            Some(S::DistrictOfColumbia),
            RouteKind::Medicaid(Some(S::DistrictOfColumbia)),
            Some("202-442-5988"),
            true,
        ),
        (R::Northwest, None, RouteKind::Medicaid(None), None, true),
        (
            R::Northwest,
            Some(S::Oregon),
            RouteKind::Medicaid(Some(S::Oregon)),
            Some("1-800-273-0557"),
            true,
        ),
        (
            R::Northwest,
            Some(S::Washington),
            RouteKind::Medicaid(Some(S::Washington)),
            Some("1-800-562-3022"),
            true,
        ),
        (
            R::Washington,
            None,
            RouteKind::Medicaid(Some(S::Washington)),
            Some("1-800-562-3022"),
            true,
        ),
        (
            R::Washington,
            Some(S::Washington),
            RouteKind::Medicaid(Some(S::Washington)),
            Some("1-800-562-3022"),
            true,
        ),
    ];
    for (region, state, kind, phone, plan_on_notice) in table {
        let route = route_for(Some(region), Some(PlanType::Medicaid), state, denial);
        assert_eq!(route.kind, kind, "{region:?} {state:?}");
        assert_eq!(route.internal.kind, InternalStepKind::Appeal);
        assert_eq!(route.internal.filing_window.end_date(denial), d(2026, 5, 1));
        let hearing = route.review.filing_window.expect("a hearing window");
        assert_eq!(hearing.end_date(decision), d(2026, 9, 29));
        assert_eq!(
            route.review.agency.and_then(|a| a.phone),
            phone
                .or(match kind {
                    RouteKind::MediCal => Some("none"),
                    _ => None,
                })
                .filter(|p| *p != "none")
        );
        assert_eq!(
            route.caveats.contains(&Caveat::MedicaidPlanNamedOnNotice),
            plan_on_notice,
            "{region:?} {state:?}"
        );
        // Every sentence and letter that says where to file follows this.
        assert_eq!(
            route.internal.filed_with,
            if plan_on_notice {
                FiledWith::PlanOnNotice
            } else {
                FiledWith::Kaiser
            },
            "{region:?} {state:?}"
        );
        match kind {
            RouteKind::MediCal => {
                assert_eq!(route.review.kind, ReviewKind::MediCalStateHearing);
                assert_eq!(route.internal.filing_window, r::MEDI_CAL_APPEAL_FILING);
                assert!(route.help.contains(&contacts::MEDI_CAL_OMBUDSMAN));
            }
            _ => {
                assert_eq!(
                    route.review.kind,
                    ReviewKind::StateFairHearing(state.or(match kind {
                        RouteKind::Medicaid(st) => st,
                        _ => None,
                    }))
                );
                assert_eq!(route.internal.filing_window, r::MEDICAID_APPEAL_FILING);
                assert_eq!(route.internal.decision, Some(r::MEDICAID_APPEAL_DECISION));
                assert_eq!(
                    route.internal.urgent_decision,
                    Some(r::MEDICAID_APPEAL_URGENT_DECISION)
                );
                assert_eq!(
                    route.review.escalation,
                    Escalation::AfterDecisionOrWait(r::MEDICAID_ESCALATE_AFTER)
                );
            }
        }
    }
    // "Not sure" includes Medicaid in every region, so its plan-level window is 60 days (it was
    // Medicare's 65 outside California).
    for region in Region::ALL {
        let route = route_for(Some(region), Some(PlanType::NotSure), None, denial);
        assert_eq!(
            route.internal.filing_window.end_date(denial),
            d(2026, 5, 1),
            "{region:?}"
        );
        assert!(route
            .candidates
            .iter()
            .any(|c| matches!(c.kind, RouteKind::MediCal | RouteKind::Medicaid(_))));
        // Not sure where to send it: where one possible plan is not Kaiser's, the member is told
        // to send it to the plan named on the notice, which is right for every candidate.
        let kaiser_everywhere = matches!(
            region,
            Region::NorthernCalifornia | Region::SouthernCalifornia | Region::Hawaii
        );
        assert_eq!(
            route.internal.filed_with == FiledWith::Kaiser,
            kaiser_everywhere,
            "{region:?}"
        );
    }
}

#[test]
fn independent_reviews_say_whether_they_bind_and_when_to_go() {
    let today = d(2026, 3, 2);
    let ca = route_for(
        Some(Region::NorthernCalifornia),
        Some(PlanType::EmployerOrIndividualHmo),
        None,
        today,
    );
    assert_eq!(ca.review.kind, ReviewKind::DmhcImr);
    assert_eq!(ca.review.binding, Binding::BindsPlan(s::CA_IMR_03));
    assert_eq!(
        ca.review.escalation,
        Escalation::AfterDecisionOrWait(r::CA_ESCALATE_AFTER)
    );
    assert_eq!(ca.review.urgent_without_waiting, Some(s::CA_GRV_02));
    let ma = route_for(
        Some(Region::Colorado),
        Some(PlanType::MedicareAdvantage),
        None,
        today,
    );
    assert_eq!(ma.review.escalation, Escalation::Automatic(s::MA_03));
    assert_eq!(ma.review.filing_window, None);
    let sf = route_for(
        Some(Region::Hawaii),
        Some(PlanType::SelfFundedEmployer),
        None,
        today,
    );
    assert_eq!(sf.review.binding, Binding::BindsPlan(s::FED_ACA_06));
    let mc = route_for(
        Some(Region::NorthernCalifornia),
        Some(PlanType::Medicaid),
        None,
        today,
    );
    assert_eq!(mc.review.kind, ReviewKind::MediCalStateHearing);
    assert_eq!(mc.alternatives[0].kind, ReviewKind::DmhcImr);
    assert_eq!(
        mc.alternatives[0].caveats,
        &[Caveat::ClosedAfterStateHearing]
    );
}

#[test]
fn knox_keene_reach() {
    use PlanType::*;
    let ca = Some(Region::SouthernCalifornia);
    assert_eq!(
        access::knox_keene(ca, Some(EmployerOrIndividualHmo)),
        Applies::Yes
    );
    assert_eq!(access::knox_keene(ca, Some(Medicaid)), Applies::Yes);
    assert_eq!(
        access::knox_keene(Some(Region::Colorado), Some(Medicaid)),
        Applies::No
    );
    assert_eq!(access::knox_keene(ca, Some(NotSure)), Applies::Maybe);
    assert_eq!(
        access::knox_keene(ca, Some(SelfFundedEmployer)),
        Applies::No
    );
    assert_eq!(access::knox_keene(ca, Some(MedicareAdvantage)), Applies::No);
    assert_eq!(
        access::knox_keene(Some(Region::Northwest), Some(EmployerOrIndividualHmo)),
        Applies::No
    );
    assert_eq!(
        access::knox_keene(None, Some(CoveredCalifornia)),
        Applies::Yes
    );
    assert_eq!(access::knox_keene(None, None), Applies::Maybe);
}

#[test]
fn california_second_opinion_rights_carry_their_caveats() {
    let rights = access::second_opinion_rights(
        Some(Region::NorthernCalifornia),
        Some(PlanType::EmployerOrIndividualHmo),
        None,
    );
    let ca = rights.california.expect("California HMO");
    assert_eq!(ca.applies, Applies::Yes);
    assert_eq!(ca.reasons.fact_id, "ca-so-02");
    assert_eq!(ca.urgent, r::CA_SECOND_OPINION_URGENT);
    assert_eq!(ca.non_urgent, r::CA_REFERRAL_DECISION);
    assert_eq!(ca.follow_up, r::CA_REFERRAL_FOLLOW_UP);
    assert!(ca.caveats.contains(&Caveat::ReasonsNotExhaustive));
    assert!(ca.caveats.contains(&Caveat::WordingFromTwinStatute));
    assert_eq!(ca.eoc_wording.confidence, Low);
    let ma = access::second_opinion_rights(
        Some(Region::NorthernCalifornia),
        Some(PlanType::MedicareAdvantage),
        None,
    );
    assert!(ma.california.is_none());
    assert_eq!(
        ma.federal,
        Some(access::FederalOutsideCare::MedicareNetworkGap(
            s::MA_422_112
        ))
    );
    // Medi-Cal members have both California's law and Medicaid's own rule.
    let mc = access::second_opinion_rights(
        Some(Region::SouthernCalifornia),
        Some(PlanType::Medicaid),
        None,
    );
    assert!(mc.california.is_some());
    assert_eq!(
        mc.federal,
        Some(access::FederalOutsideCare::MedicaidSecondOpinion(
            s::FED_MCD_08
        ))
    );
    // Audit A10: Oregon's rule only for an Oregon-issued plan of a known type.
    let nw =
        |plan, state| access::second_opinion_rights(Some(Region::Northwest), Some(plan), state);
    let oregon = nw(PlanType::EmployerOrIndividualHmo, Some(UsState::Oregon));
    assert_eq!(oregon.oregon.map(|s| s.fact_id.as_str()), Some("st-or-02"));
    assert_eq!(
        oregon.kaiser_policy.map(|s| s.fact_id.as_str()),
        Some("kp-so-02")
    );
    for (plan, state) in [
        (PlanType::EmployerOrIndividualHmo, Some(UsState::Washington)),
        (PlanType::EmployerOrIndividualHmo, None),
        (PlanType::NotSure, Some(UsState::Oregon)),
        (PlanType::Medicaid, Some(UsState::Oregon)),
    ] {
        assert_eq!(nw(plan, state).oregon, None, "{plan:?} {state:?}");
    }
}

#[test]
fn the_ground_for_going_outside_follows_the_plan() {
    let basis = |region, plan, state| {
        access::outside_referral_basis(Some(region), Some(plan), state).fact_id
    };
    use PlanType::*;
    assert_eq!(
        basis(Region::NorthernCalifornia, EmployerOrIndividualHmo, None),
        "ca-so-04"
    );
    // Audit A21: Medicare's network-adequacy rule, and Medicaid's second-opinion rule.
    assert_eq!(basis(Region::Georgia, MedicareAdvantage, None), "fed-ma-01");
    assert_eq!(basis(Region::Hawaii, Medicaid, None), "fed-mcd-08");
    assert_eq!(
        basis(
            Region::Northwest,
            EmployerOrIndividualHmo,
            Some(UsState::Oregon)
        ),
        "st-or-02"
    );
    assert_eq!(
        basis(
            Region::Northwest,
            EmployerOrIndividualHmo,
            Some(UsState::Washington)
        ),
        "kp-so-02"
    );
    assert_eq!(
        basis(Region::Northwest, NotSure, Some(UsState::Oregon)),
        "seed"
    );
    assert_eq!(basis(Region::Colorado, Fehb, None), "seed");
}

/// Every plan type a member in this region could have (Covered California only in
/// California), for the protective checks.
fn possible_plans(region: Region) -> Vec<PlanType> {
    PlanType::ALL
        .into_iter()
        .filter(|p| *p != PlanType::NotSure)
        .filter(|p| !p.is_california_only() || region.is_california())
        .collect()
}

proptest::proptest! {
    /// "Not sure" claims the earliest deadline of every possible plan: for every region, state
    /// and denial date, its windows end no later than those of any plan type the member could
    /// have (audit A9: this was false outside California, where Medicaid's 60 days were missing).
    #[test]
    fn not_sure_is_never_later_than_any_possible_plan(
        region in proptest::sample::select(Region::ALL.to_vec()),
        state_pick in 0usize..4,
        day in 0u32..3_000,
    ) {
        let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date")
            + chrono::Days::new(u64::from(day));
        let states = UsState::of_region(region);
        let state = states.get(state_pick).copied();
        let not_sure = route_for(Some(region), Some(PlanType::NotSure), state, start);
        let internal_end = not_sure.internal.filing_window.end_date(start);
        let review_end = not_sure.review.filing_window.map(|w| w.end_date(start));
        for plan in possible_plans(region) {
            let candidates: Vec<UsState> = match state {
                Some(st) => vec![st],
                None => states.to_vec(),
            };
            for st in candidates {
                let route = route_for(Some(region), Some(plan), Some(st), start);
                proptest::prop_assert!(
                    internal_end <= route.internal.filing_window.end_date(start),
                    "{region:?} {plan:?} {st:?}"
                );
                if let (Some(protective), Some(window)) = (review_end, route.review.filing_window) {
                    proptest::prop_assert!(protective <= window.end_date(start), "{region:?} {plan:?} {st:?}");
                }
            }
        }
    }
}
