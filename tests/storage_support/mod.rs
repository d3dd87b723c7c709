//! Cases shared by the storage tests: the frozen fixtures' expected cases and a proptest
//! strategy for any case the domain can hold.
#![allow(dead_code)] // each test file uses a different part

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use proptest::sample::select;
use second_opinion_navigator::domain::access::CountyType;
use second_opinion_navigator::domain::case::{
    AccessAnswers, AppealDates, AppealOutcome, AppointmentPlan, ContactChannel, ContactEntry,
    Documents, EditedLetters, InNetworkSecondOpinion, LetterDetails, ReasonAnswers, ReferralLog,
    ReferralOutcome, ReviewOutcome,
};
use second_opinion_navigator::domain::costs::{
    CostInputs, CostShare, PlanTerms, ReferralCostBasis, SelfPayPrices,
};
use second_opinion_navigator::domain::keeping::{Keeping, Milestone, Offer};
use second_opinion_navigator::domain::route::UsState;
use second_opinion_navigator::domain::timeline::ItemKind;
use second_opinion_navigator::domain::{
    BasisPoints, Case, CaseDetails, Money, PlanAnswers, PlanType, Region, Urgency,
};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
}

/// What `tests/fixtures/schema-v1.json` holds (version 1 saved the plan only).
pub fn v1_fixture_case() -> Case {
    Case {
        plan: PlanAnswers {
            region: Some(Region::NorthernCalifornia),
            plan_type: Some(PlanType::MedicareAdvantage),
            urgency: Some(Urgency::Urgent),
        },
        ..Case::default()
    }
}

/// What `tests/fixtures/schema-v2.json` holds: every field answered, awkward text included.
pub fn v2_fixture_case() -> Case {
    let dollars = Money::from_dollars;
    Case {
        plan: PlanAnswers {
            region: Some(Region::MidAtlantic),
            plan_type: Some(PlanType::EmployerOrIndividualHmo),
            urgency: Some(Urgency::NotSure),
        },
        details: CaseDetails {
            state: Some(UsState::Virginia),
            reasons: ReasonAnswers {
                questioned_surgery: Some(true),
                serious_condition: Some(false),
                unclear_diagnosis: None,
                treatment_not_working: Some(true),
                concerns_not_resolved: Some(false),
                kaiser_doctor_asked: Some(true),
                in_network_second_opinion: Some(InNetworkSecondOpinion::Offered),
            },
            access: AccessAnswers {
                qualified_specialist_in_network: Some(false),
                appointment_requested_on: Some(d(2026, 1, 5)),
                earliest_in_network_appointment: Some(d(2026, 3, 2)),
                travel_miles: Some(85),
                travel_minutes: Some(0),
                county: Some(CountyType::Rural),
            },
            referral: ReferralLog {
                requested_on: Some(d(2026, 1, 12)),
                decided_on: Some(d(2026, 1, 30)),
                outcome: Some(ReferralOutcome::Denied),
            },
            appeal: AppealDates {
                denial_letter: Some(d(2026, 1, 29)),
                grievance_filed: Some(d(2026, 2, 9)),
                grievance_decision: None,
                grievance_outcome: None,
                review_filed: None,
                review_decision: None,
                review_outcome: None,
            },
            appointment: AppointmentPlan {
                date: Some(d(2026, 4, 20)),
                records_lead_business_days: Some(7),
                records_requested_on: Some(d(2026, 4, 1)),
            },
            costs: CostInputs {
                in_network: PlanTerms {
                    allowed: Some(Money::from_cents(31_250)),
                    share: Some(CostShare::Copay(dollars(40))),
                    deductible_remaining: None,
                    out_of_pocket_remaining: Some(dollars(1_800)),
                },
                referral_basis: Some(ReferralCostBasis::OutOfNetworkBenefits),
                out_of_network: PlanTerms {
                    allowed: Some(dollars(450)),
                    share: Some(CostShare::Coinsurance(BasisPoints::new(3_050))),
                    deductible_remaining: Some(dollars(1_000)),
                    out_of_pocket_remaining: Some(Money::from_cents(420_099)),
                },
                outside_billed: Some(dollars(900)),
                self_pay: SelfPayPrices {
                    consult: Some(dollars(750)),
                    record_review: Some(dollars(300)),
                    pathology_review: Some(Money::from_cents(45_001)),
                    imaging_review: Some(dollars(250)),
                    tests: Some(Money::ZERO),
                    travel: Some(dollars(620)),
                },
            },
            letter: LetterDetails {
                member_name: Some("María José O'Brien-Nguyễn".to_owned()),
                medical_record_number: Some("0012-345678".to_owned()),
                date_of_birth: Some("3/4/1961".to_owned()),
                kaiser_doctor: Some("Dr. A. \"Sam\" Patel".to_owned()),
                condition: Some("Stage II follicular lymphoma\n(grade 3A?)".to_owned()),
                outside_doctor: Some("Johns Hopkins — Hematology".to_owned()),
                outside_doctor_contact: Some("Fax 410-555-0100; portal: \\\\records".to_owned()),
                own_words: Some(String::new()),
                member_contact: None,
                representative_name: None,
                representative_relationship: None,
            },
            contacts: vec![
                ContactEntry {
                    date: Some(d(2026, 1, 12)),
                    channel: Some(ContactChannel::Message),
                    who: "Member Services".to_owned(),
                    reference: "REF#88-1".to_owned(),
                    summary: "Asked for a referral in writing 📝".to_owned(),
                    next_step: "Wait 5 business days".to_owned(),
                },
                ContactEntry {
                    date: None,
                    channel: Some(ContactChannel::InPerson),
                    who: String::new(),
                    reference: String::new(),
                    summary: "<b>not markup</b> & ' \t tab".to_owned(),
                    next_step: String::new(),
                },
                ContactEntry::default(),
            ],
            documents: Documents::default(),
            keeping: Keeping::default(),
        },
    }
}

/// What `tests/fixtures/schema-v3.json` holds: version 2's fixture case, with every field new in
/// version 3 answered (a Medicaid plan, both outcomes, a representative, a "no cost" basis).
pub fn v3_fixture_case() -> Case {
    let mut case = v2_fixture_case();
    case.plan.plan_type = Some(PlanType::Medicaid);
    let appeal = &mut case.details.appeal;
    appeal.grievance_decision = Some(d(2026, 3, 6));
    appeal.grievance_outcome = Some(AppealOutcome::PartlyReversed);
    appeal.review_filed = Some(d(2026, 3, 20));
    appeal.review_decision = Some(d(2026, 4, 24));
    appeal.review_outcome = Some(ReviewOutcome::Overturned);
    case.details.costs.referral_basis = Some(ReferralCostBasis::NoCostToMember);
    let letter = &mut case.details.letter;
    letter.member_contact = Some("(301) 555-0142, 12 Elm St., Apt. 4".to_owned());
    letter.representative_name = Some("Lucía O'Brien".to_owned());
    letter.representative_relationship = Some("my daughter".to_owned());
    case
}

/// What `tests/fixtures/schema-v4.json` holds: version 3's fixture case, with a calendar id and
/// two letters in the member's own wording (markup and a line break in one of them).
pub fn v4_fixture_case() -> Case {
    let mut case = v3_fixture_case();
    let documents = &mut case.details.documents;
    documents.calendar_id = Some("0a1b2c3d4e5f60718293a4b5c6".to_owned());
    documents.edited.appeal = Some("Dear Sir or Madam,\n<b>I appeal</b> & ask again.".to_owned());
    documents.edited.review_cover = Some("Cover sheet, as I wrote it".to_owned());
    case
}

/// What `tests/fixtures/schema-v5.json` holds: version 4's fixture case, with a copy saved to
/// a file, answers changed since, and four offers answered (two moments, a deadline, the note).
pub fn v5_fixture_case() -> Case {
    let mut case = v4_fixture_case();
    case.details.keeping = Keeping {
        last_copy: Some(d(2026, 3, 21)),
        changed_since_copy: true,
        offered: vec![
            Offer::After(Milestone::ReferralRequested),
            Offer::After(Milestone::Denied),
            Offer::Before(ItemKind::GrievanceFilingDeadline),
            Offer::ClearingNote,
        ],
    };
    case
}

/// Any date the domain can hold, biased towards real ones.
pub fn date() -> impl Strategy<Value = NaiveDate> {
    let (min, max) = (
        NaiveDate::MIN.num_days_from_ce(),
        NaiveDate::MAX.num_days_from_ce(),
    );
    prop_oneof![
        3 => (1900i32..2100, 1u32..=12, 1u32..=31)
            .prop_filter_map("real date", |(y, m, day)| NaiveDate::from_ymd_opt(y, m, day)),
        1 => (min..=max).prop_filter_map("in range", NaiveDate::from_num_days_from_ce_opt),
    ]
}

fn opt<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(s)
}

fn money() -> impl Strategy<Value = Money> {
    prop_oneof![0i64..10_000_000, any::<i64>()].prop_map(Money::from_cents)
}

fn share() -> impl Strategy<Value = CostShare> {
    prop_oneof![
        money().prop_map(CostShare::Copay),
        (0u32..=10_000).prop_map(|bp| CostShare::Coinsurance(BasisPoints::new(bp))),
    ]
}

fn terms() -> impl Strategy<Value = PlanTerms> {
    (opt(money()), opt(share()), opt(money()), opt(money())).prop_map(|(a, s, d, o)| PlanTerms {
        allowed: a,
        share: s,
        deductible_remaining: d,
        out_of_pocket_remaining: o,
    })
}

fn costs() -> impl Strategy<Value = CostInputs> {
    let basis = select(vec![
        ReferralCostBasis::InNetworkCostSharing,
        ReferralCostBasis::OutOfNetworkBenefits,
        ReferralCostBasis::NoCostToMember,
    ]);
    let self_pay = proptest::collection::vec(opt(money()), 6).prop_map(|m| SelfPayPrices {
        consult: m[0],
        record_review: m[1],
        pathology_review: m[2],
        imaging_review: m[3],
        tests: m[4],
        travel: m[5],
    });
    (terms(), opt(basis), terms(), opt(money()), self_pay).prop_map(|(i, b, o, billed, sp)| {
        CostInputs {
            in_network: i,
            referral_basis: b,
            out_of_network: o,
            outside_billed: billed,
            self_pay: sp,
        }
    })
}

fn contact() -> impl Strategy<Value = ContactEntry> {
    let channel = select(ContactChannel::ALL.to_vec());
    (opt(date()), opt(channel), any::<[String; 4]>()).prop_map(|(date, channel, [w, r, s, n])| {
        ContactEntry {
            date,
            channel,
            who: w,
            reference: r,
            summary: s,
            next_step: n,
        }
    })
}

fn reasons() -> impl Strategy<Value = ReasonAnswers> {
    let in_network = select(vec![
        InNetworkSecondOpinion::NotOffered,
        InNetworkSecondOpinion::Offered,
        InNetworkSecondOpinion::Had,
    ]);
    (any::<[Option<bool>; 6]>(), opt(in_network)).prop_map(|(f, n)| ReasonAnswers {
        questioned_surgery: f[0],
        serious_condition: f[1],
        unclear_diagnosis: f[2],
        treatment_not_working: f[3],
        concerns_not_resolved: f[4],
        kaiser_doctor_asked: f[5],
        in_network_second_opinion: n,
    })
}

fn dates<const N: usize>() -> impl Strategy<Value = Vec<Option<NaiveDate>>> {
    proptest::collection::vec(opt(date()), N)
}

fn timeline() -> impl Strategy<Value = (AccessAnswers, ReferralLog, AppealDates, AppointmentPlan)> {
    let outcome = select(vec![
        ReferralOutcome::Pending,
        ReferralOutcome::Approved,
        ReferralOutcome::Denied,
    ]);
    let county = select(CountyType::ALL.to_vec());
    (
        dates::<11>(),
        opt(any::<bool>()),
        any::<[Option<u32>; 3]>(),
        opt(county),
        opt(outcome),
        opt(select(AppealOutcome::ALL.to_vec())),
        opt(select(ReviewOutcome::ALL.to_vec())),
    )
        .prop_map(
            |(ds, q, n, county, outcome, grievance_outcome, review_outcome)| {
                (
                    AccessAnswers {
                        qualified_specialist_in_network: q,
                        appointment_requested_on: ds[0],
                        earliest_in_network_appointment: ds[1],
                        travel_miles: n[0],
                        travel_minutes: n[1],
                        county,
                    },
                    ReferralLog {
                        requested_on: ds[2],
                        decided_on: ds[3],
                        outcome,
                    },
                    AppealDates {
                        denial_letter: ds[4],
                        grievance_filed: ds[5],
                        grievance_decision: ds[6],
                        grievance_outcome,
                        review_filed: ds[7],
                        review_decision: ds[10],
                        review_outcome,
                    },
                    AppointmentPlan {
                        date: ds[8],
                        records_lead_business_days: n[2],
                        records_requested_on: ds[9],
                    },
                )
            },
        )
}

fn documents() -> impl Strategy<Value = Documents> {
    (any::<Option<String>>(), any::<[Option<String>; 4]>()).prop_map(
        |(calendar_id, [referral_request, appeal, records_request, review_cover])| Documents {
            calendar_id,
            edited: EditedLetters {
                referral_request,
                appeal,
                records_request,
                review_cover,
            },
        },
    )
}

fn keeping() -> impl Strategy<Value = Keeping> {
    (
        opt(date()),
        any::<bool>(),
        proptest::collection::vec(select(Offer::ALL.to_vec()), 0..6),
    )
        .prop_map(|(last_copy, changed_since_copy, offers)| {
            let mut keeping = Keeping {
                last_copy,
                changed_since_copy,
                offered: Vec::new(),
            };
            // Each once, as the reader keeps them.
            for offer in offers {
                keeping.answer(offer);
            }
            keeping
        })
}

fn letter() -> impl Strategy<Value = LetterDetails> {
    (any::<[Option<String>; 8]>(), any::<[Option<String>; 3]>()).prop_map(
        |([a, b, c, d, e, f, g, h], [i, j, k])| LetterDetails {
            member_name: a,
            medical_record_number: b,
            date_of_birth: c,
            kaiser_doctor: d,
            condition: e,
            outside_doctor: f,
            outside_doctor_contact: g,
            own_words: h,
            member_contact: i,
            representative_name: j,
            representative_relationship: k,
        },
    )
}

/// Any case the domain can hold.
pub fn any_case() -> impl Strategy<Value = Case> {
    let plan = (
        opt(select(Region::ALL.to_vec())),
        opt(select(PlanType::ALL.to_vec())),
        opt(select(Urgency::ALL.to_vec())),
    )
        .prop_map(|(region, plan_type, urgency)| PlanAnswers {
            region,
            plan_type,
            urgency,
        });
    (
        plan,
        opt(select(UsState::ALL.to_vec())),
        reasons(),
        timeline(),
        costs(),
        (letter(), documents(), keeping()),
        proptest::collection::vec(contact(), 0..4),
    )
        .prop_map(
            |(
                plan,
                state,
                reasons,
                (access, referral, appeal, appointment),
                costs,
                (letter, documents, keeping),
                contacts,
            )| {
                Case {
                    plan,
                    details: CaseDetails {
                        state,
                        reasons,
                        access,
                        referral,
                        appeal,
                        appointment,
                        costs,
                        letter,
                        contacts,
                        documents,
                        keeping,
                    },
                }
            },
        )
}
