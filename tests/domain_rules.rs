//! Every rule value against ../shared/domain/facts.md (corrected by verification.md), and the
//! route table for every region and plan type.
#![cfg(not(target_arch = "wasm32"))]

mod domain_support;
use domain_support::d;

use second_opinion_navigator::domain::access::{self, Applies, CountyType, TravelStandard};
use second_opinion_navigator::domain::costs::BALLPARKS;
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
    // verification.md item 1: no statutory non-urgent day count; 1367.01 by analogy only.
    check(
        r::CA_SECOND_OPINION_ANALOGY,
        CalendarDays(14),
        "ca-so-05",
        Low,
    );
    assert!(r::CA_SECOND_OPINION_ANALOGY
        .caveats
        .contains(&Caveat::AnalogyOnly));
    // verification.md item 1 upgrades the out-of-network / travel / copay points to high.
    assert_eq!(s::CA_SO_04.confidence, High);
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
        Some(PlanType::MediCal),
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
    check(
        r::MEDI_CAL_APPEAL_URGENT_DECISION,
        Hours(72),
        "ca-mc-04",
        Low,
    );
    assert!(r::MEDI_CAL_APPEAL_URGENT_DECISION.source.is_unsourced());
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
        r::MA_RECONSIDERATION_FILING.source.url,
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
    check(
        r::SELF_FUNDED_EXTERNAL_FILING,
        Months(4, FederalRule),
        "fed-erisa-01",
        Medium,
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
    check(r::CA_RECORDS_COPIES, CalendarDays(15), "rec-ca-01", Medium);
    check(r::KP_NORTHWEST_RECORDS, BusinessDays(5), "kp-roi-01", High);
    check(
        r::KP_WASHINGTON_RECORDS,
        BusinessDays(15),
        "kp-roi-02",
        High,
    );
    check(
        r::KP_WASHINGTON_RECORDS_DELAYED,
        CalendarDays(21),
        "kp-roi-02",
        High,
    );
    check(r::RECORDS_DEFAULT_LEAD, BusinessDays(5), "kp-roi-01", High);
    let ca = access::records_rules(Some(Region::SouthernCalifornia));
    assert_eq!(ca.state_max, Some(r::CA_RECORDS_COPIES));
    assert_eq!(ca.kaiser_turnaround, None);
    assert_eq!(
        ca.kaiser_turnaround_unknown.map(|s| s.fact_id),
        Some("kp-roi-03")
    );
    let nw = access::records_rules(Some(Region::Northwest));
    assert_eq!(nw.kaiser_turnaround, Some(r::KP_NORTHWEST_RECORDS));
    let wa = access::records_rules(Some(Region::Washington));
    assert_eq!(wa.kaiser_turnaround, Some(r::KP_WASHINGTON_RECORDS));
    assert_eq!(
        wa.kaiser_turnaround_delayed,
        Some(r::KP_WASHINGTON_RECORDS_DELAYED)
    );
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
            (
                UsState::DistrictOfColumbia,
                Some("877-685-6391"),
                Some("202-727-8000")
            ),
            (UsState::Oregon, Some("888-877-4894"), None),
            (UsState::Washington, Some("1-800-562-6900"), None),
        ]
    );
    // Phone numbers from aggregators say so.
    assert!(state_agency(UsState::Hawaii)
        .caveats
        .contains(&Caveat::ContactFromSecondarySource));
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
    ];
    for region in Region::ALL.into_iter().map(Some).chain([None]) {
        for plan in PlanType::ALL.into_iter().map(Some).chain([None]) {
            let route = route_for(region, plan, None, today);
            out.push(route.internal.filing_window.source);
            out.extend(route.review.filing_window.map(|r| r.source));
            out.extend(route.review.agency.map(|a| a.source));
            for c in &route.candidates {
                out.push(c.internal.filing_window.source);
                out.extend(c.review.filing_window.map(|r| r.source));
                out.extend(c.review.decision.map(|r| r.source));
            }
        }
    }
    out
}

#[test]
fn every_source_has_a_title_and_unsourced_rules_are_low() {
    for source in all_sources() {
        assert!(!source.title.trim().is_empty(), "{source:?}");
        assert!(!source.fact_id.is_empty());
        match source.url {
            Some(url) => assert!(
                url.starts_with("http://") || url.starts_with("https://"),
                "{url}"
            ),
            None => assert_eq!(source.confidence, Low, "{}", source.fact_id),
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
    assert_eq!(kind(SouthernCalifornia, MediCal), RouteKind::MediCal);
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
    let odd = route_for(Some(Colorado), Some(MediCal), None, today);
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
                } else {
                    assert!(route.review.agency.is_some(), "{region:?} {plan:?}");
                }
            }
        }
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
        Some(PlanType::MediCal),
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
    assert_eq!(access::knox_keene(ca, Some(MediCal)), Applies::Yes);
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
    );
    let ca = rights.california.expect("California HMO");
    assert_eq!(ca.applies, Applies::Yes);
    assert_eq!(ca.reasons.fact_id, "ca-so-02");
    assert_eq!(ca.urgent, r::CA_SECOND_OPINION_URGENT);
    assert!(ca.caveats.contains(&Caveat::ReasonsNotExhaustive));
    assert!(ca.caveats.contains(&Caveat::WordingFromTwinStatute));
    assert_eq!(ca.eoc_wording.confidence, Low);
    let ma = access::second_opinion_rights(
        Some(Region::NorthernCalifornia),
        Some(PlanType::MedicareAdvantage),
    );
    assert!(ma.california.is_none());
    let nw = access::second_opinion_rights(
        Some(Region::Northwest),
        Some(PlanType::EmployerOrIndividualHmo),
    );
    assert_eq!(nw.oregon.map(|s| s.fact_id), Some("st-or-02"));
    assert_eq!(nw.kaiser_policy.map(|s| s.fact_id), Some("kp-so-02"));
}
