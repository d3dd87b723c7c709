//! Reads a schema-3 case (see [`super::v3`]) into the domain, checking every field and noting each
//! problem with its path. Frozen with `v3`: it must keep reading every file `v3` ever wrote.
//! Older versions are migrated to version 3 first ([`super::v1`], [`super::v2`]).

use super::json::{Json, JsonObject};
use super::problems::{Expected, Found, Reader};
use super::v3::{self, BASES, IN_NETWORK, OUTCOMES, SHARE_KINDS};
use crate::domain::access::CountyType;
use crate::domain::case::{
    AccessAnswers, AppealDates, AppealOutcome, AppointmentPlan, ContactChannel, ContactEntry,
    Documents, LetterDetails, ReasonAnswers, ReferralLog, ReviewOutcome,
};
use crate::domain::costs::{CostInputs, CostShare, PlanTerms, SelfPayPrices};
use crate::domain::keeping::Keeping;
use crate::domain::route::UsState;
use crate::domain::{
    BasisPoints, Case, CaseDetails, Money, PlanAnswers, PlanType, Region, Urgency,
};
use chrono::NaiveDate;

type Obj<'v> = Option<&'v JsonObject>;

/// The case in `value` (the envelope's `case`), with every problem noted in `r`.
pub(super) fn read_case(r: &mut Reader, value: &Json) -> Case {
    let case = r.object(value);
    let plan = r.section(case, "plan");
    let details = r.section(case, "details");
    Case {
        plan: r.at("plan".to_owned(), |r| PlanAnswers {
            region: code(r, plan, "region", &Region::ALL, |v| v.code()),
            plan_type: code(r, plan, "planType", &PlanType::ALL, |v| v.code()),
            urgency: code(r, plan, "urgency", &Urgency::ALL, |v| v.code()),
        }),
        details: r.at("details".to_owned(), |r| read_details(r, details)),
    }
}

fn read_details(r: &mut Reader, d: Obj) -> CaseDetails {
    let reasons = r.section(d, "reasons");
    let access = r.section(d, "access");
    let referral = r.section(d, "referral");
    let appeal = r.section(d, "appeal");
    let appointment = r.section(d, "appointment");
    let costs = r.section(d, "costs");
    let letter = r.section(d, "letter");
    CaseDetails {
        state: code(r, d, "state", &UsState::ALL, |v| v.code()),
        reasons: r.at("reasons".to_owned(), |r| ReasonAnswers {
            questioned_surgery: flag(r, reasons, "questionedSurgery"),
            serious_condition: flag(r, reasons, "seriousCondition"),
            unclear_diagnosis: flag(r, reasons, "unclearDiagnosis"),
            treatment_not_working: flag(r, reasons, "treatmentNotWorking"),
            concerns_not_resolved: flag(r, reasons, "concernsNotResolved"),
            kaiser_doctor_asked: flag(r, reasons, "kaiserDoctorAsked"),
            in_network_second_opinion: code(
                r,
                reasons,
                "inNetworkSecondOpinion",
                &IN_NETWORK,
                v3::in_network_code,
            ),
        }),
        access: r.at("access".to_owned(), |r| AccessAnswers {
            qualified_specialist_in_network: flag(r, access, "qualifiedSpecialistInNetwork"),
            appointment_requested_on: date(r, access, "appointmentRequestedOn"),
            earliest_in_network_appointment: date(r, access, "earliestInNetworkAppointment"),
            travel_miles: count(r, access, "travelMiles"),
            travel_minutes: count(r, access, "travelMinutes"),
            county: code(r, access, "county", &CountyType::ALL, |v| v.code()),
        }),
        referral: r.at("referral".to_owned(), |r| ReferralLog {
            requested_on: date(r, referral, "requestedOn"),
            decided_on: date(r, referral, "decidedOn"),
            outcome: code(r, referral, "outcome", &OUTCOMES, v3::outcome_code),
        }),
        appeal: r.at("appeal".to_owned(), |r| AppealDates {
            denial_letter: date(r, appeal, "denialLetter"),
            grievance_filed: date(r, appeal, "grievanceFiled"),
            grievance_decision: date(r, appeal, "grievanceDecision"),
            grievance_outcome: code(
                r,
                appeal,
                "grievanceOutcome",
                &AppealOutcome::ALL,
                AppealOutcome::code,
            ),
            review_filed: date(r, appeal, "reviewFiled"),
            review_decision: date(r, appeal, "reviewDecision"),
            review_outcome: code(
                r,
                appeal,
                "reviewOutcome",
                &ReviewOutcome::ALL,
                ReviewOutcome::code,
            ),
        }),
        appointment: r.at("appointment".to_owned(), |r| AppointmentPlan {
            date: date(r, appointment, "date"),
            records_lead_business_days: count(r, appointment, "recordsLeadBusinessDays"),
            records_requested_on: date(r, appointment, "recordsRequestedOn"),
        }),
        costs: r.at("costs".to_owned(), |r| read_costs(r, costs)),
        letter: r.at("letter".to_owned(), |r| LetterDetails {
            member_name: text(r, letter, "memberName"),
            medical_record_number: text(r, letter, "medicalRecordNumber"),
            date_of_birth: text(r, letter, "dateOfBirth"),
            kaiser_doctor: text(r, letter, "kaiserDoctor"),
            condition: text(r, letter, "condition"),
            outside_doctor: text(r, letter, "outsideDoctor"),
            outside_doctor_contact: text(r, letter, "outsideDoctorContact"),
            own_words: text(r, letter, "ownWords"),
            member_contact: text(r, letter, "memberContact"),
            representative_name: text(r, letter, "representativeName"),
            representative_relationship: text(r, letter, "representativeRelationship"),
        }),
        contacts: r
            .field(d, "contacts", |r, v| r.list(v, read_contact))
            .unwrap_or_default(),
        // Version 3 kept no documents and no record of copies; versions 4 and 5 add them.
        documents: Documents::default(),
        keeping: Keeping::default(),
    }
}

fn read_costs(r: &mut Reader, c: Obj) -> CostInputs {
    let in_network = r.section(c, "inNetwork");
    let out_of_network = r.section(c, "outOfNetwork");
    let self_pay = r.section(c, "selfPay");
    CostInputs {
        in_network: r.at("inNetwork".to_owned(), |r| read_terms(r, in_network)),
        referral_basis: code(r, c, "referralBasis", &BASES, v3::basis_code),
        out_of_network: r.at("outOfNetwork".to_owned(), |r| read_terms(r, out_of_network)),
        outside_billed: money(r, c, "outsideBilledCents"),
        self_pay: r.at("selfPay".to_owned(), |r| SelfPayPrices {
            consult: money(r, self_pay, "consultCents"),
            record_review: money(r, self_pay, "recordReviewCents"),
            pathology_review: money(r, self_pay, "pathologyReviewCents"),
            imaging_review: money(r, self_pay, "imagingReviewCents"),
            tests: money(r, self_pay, "testsCents"),
            travel: money(r, self_pay, "travelCents"),
        }),
    }
}

fn read_terms(r: &mut Reader, t: Obj) -> PlanTerms {
    PlanTerms {
        allowed: money(r, t, "allowedCents"),
        share: r.field(t, "share", read_share),
        deductible_remaining: money(r, t, "deductibleRemainingCents"),
        out_of_pocket_remaining: money(r, t, "outOfPocketRemainingCents"),
    }
}

fn read_share(r: &mut Reader, value: &Json) -> Option<CostShare> {
    let share = r.object(value)?;
    let kind = share.get("kind");
    match kind.and_then(Json::as_str) {
        Some("copay") => money(r, Some(share), "cents")
            .or_else(|| {
                missing(
                    r,
                    share,
                    "cents",
                    i128::from(i64::MIN),
                    i128::from(i64::MAX),
                )
            })
            .map(CostShare::Copay),
        Some("coinsurance") => r
            .field(Some(share), "basisPoints", |r, v| r.whole(v, 0, 10_000))
            .or_else(|| missing(r, share, "basisPoints", 0, 10_000))
            .map(|bp| CostShare::Coinsurance(BasisPoints::new(u32::try_from(bp).unwrap_or(0)))),
        _ => {
            let found = kind.map_or(Found::Missing, Found::of);
            r.at("kind".to_owned(), |r| {
                r.problem(Expected::OneOf(SHARE_KINDS.to_vec()), found)
            });
            None
        }
    }
}

/// A share whose amount is absent is a problem, not "unanswered": the kind alone is meaningless.
fn missing<T>(r: &mut Reader, o: &JsonObject, name: &str, min: i128, max: i128) -> Option<T> {
    if matches!(o.get(name), None | Some(Json::Null)) {
        r.at(name.to_owned(), |r| {
            r.problem(Expected::WholeNumber { min, max }, Found::Missing)
        });
    }
    None
}

fn read_contact(r: &mut Reader, value: &Json) -> ContactEntry {
    let c = r.object(value);
    ContactEntry {
        date: date(r, c, "date"),
        channel: code(r, c, "channel", &ContactChannel::ALL, |v| v.code()),
        who: text(r, c, "who").unwrap_or_default(),
        reference: text(r, c, "reference").unwrap_or_default(),
        summary: text(r, c, "summary").unwrap_or_default(),
        next_step: text(r, c, "nextStep").unwrap_or_default(),
    }
}

/// An enum field written as one of `all`'s codes.
pub(super) fn code<T: Copy>(
    r: &mut Reader,
    o: Obj,
    name: &str,
    all: &[T],
    code_of: impl Fn(T) -> &'static str,
) -> Option<T> {
    r.field(o, name, |r, v| one_of(r, v, all, code_of))
}

/// A value written as one of `all`'s codes (a problem, and `None`, for anything else).
pub(super) fn one_of<T: Copy>(
    r: &mut Reader,
    value: &Json,
    all: &[T],
    code_of: impl Fn(T) -> &'static str,
) -> Option<T> {
    let found = value
        .as_str()
        .and_then(|s| all.iter().copied().find(|t| code_of(*t) == s));
    if found.is_none() {
        let codes = all.iter().map(|t| code_of(*t)).collect();
        r.problem(Expected::OneOf(codes), Found::of(value));
    }
    found
}

pub(super) fn flag(r: &mut Reader, o: Obj, name: &str) -> Option<bool> {
    r.field(o, name, Reader::yes_no)
}

fn text(r: &mut Reader, o: Obj, name: &str) -> Option<String> {
    r.field(o, name, Reader::text)
}

fn count(r: &mut Reader, o: Obj, name: &str) -> Option<u32> {
    r.field(o, name, |r, v| r.whole(v, 0, i128::from(u32::MAX)))
        .and_then(|n| u32::try_from(n).ok())
}

fn money(r: &mut Reader, o: Obj, name: &str) -> Option<Money> {
    r.field(o, name, |r, v| {
        r.whole(v, i128::from(i64::MIN), i128::from(i64::MAX))
    })
    .and_then(|n| i64::try_from(n).ok())
    .map(Money::from_cents)
}

/// Strictly [`v3::date_text`]'s format: `YYYY-MM-DD`, signed outside 0000–9999.
pub(super) fn date(r: &mut Reader, o: Obj, name: &str) -> Option<NaiveDate> {
    r.field(o, name, |r, v| {
        let parsed = v.as_str().and_then(v3::parse_date);
        if parsed.is_none() {
            r.problem(Expected::Date, Found::of(v));
        }
        parsed
    })
}
