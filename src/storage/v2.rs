//! Schema version 2 of the saved case: the whole case. Frozen once released: a later version adds
//! its own module and a migration from this one, and `tests/fixtures/schema-v2.json` must keep
//! decoding to the same case.
//!
//! Dates are `"YYYY-MM-DD"`, enums are stable codes, money is whole cents (fields end in `Cents`),
//! rates are basis points, the member's text is kept verbatim. An unanswered field is left out.
//! This module writes the shape; [`super::v2_read`] reads it back, field by field.

use crate::domain::case::{ContactEntry, InNetworkSecondOpinion, ReferralOutcome};
use crate::domain::costs::{CostShare, PlanTerms, ReferralCostBasis};
use crate::domain::Case;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Codes for domain enums that have none of their own. Part of the frozen format.
pub(super) fn in_network_code(v: InNetworkSecondOpinion) -> &'static str {
    match v {
        InNetworkSecondOpinion::NotOffered => "not-offered",
        InNetworkSecondOpinion::Offered => "offered",
        InNetworkSecondOpinion::Had => "had",
    }
}

pub(super) const IN_NETWORK: [InNetworkSecondOpinion; 3] = [
    InNetworkSecondOpinion::NotOffered,
    InNetworkSecondOpinion::Offered,
    InNetworkSecondOpinion::Had,
];

pub(super) fn outcome_code(v: ReferralOutcome) -> &'static str {
    match v {
        ReferralOutcome::Pending => "pending",
        ReferralOutcome::Approved => "approved",
        ReferralOutcome::Denied => "denied",
    }
}

pub(super) const OUTCOMES: [ReferralOutcome; 3] = [
    ReferralOutcome::Pending,
    ReferralOutcome::Approved,
    ReferralOutcome::Denied,
];

pub(super) fn basis_code(v: ReferralCostBasis) -> &'static str {
    match v {
        ReferralCostBasis::InNetworkCostSharing => "in-network-cost-sharing",
        ReferralCostBasis::OutOfNetworkBenefits => "out-of-network-benefits",
    }
}

pub(super) const BASES: [ReferralCostBasis; 2] = [
    ReferralCostBasis::InNetworkCostSharing,
    ReferralCostBasis::OutOfNetworkBenefits,
];

/// The two kinds of cost share, written as `{"kind": "copay", "cents": n}` or
/// `{"kind": "coinsurance", "basisPoints": n}`.
pub(super) const SHARE_KINDS: [&str; 2] = ["copay", "coinsurance"];

type Text = Option<String>;
type Flag = Option<bool>;
type Cents = Option<i64>;

/// `YYYY-MM-DD`; a year outside 0000–9999 (a date picker allows them) is signed, as in ISO 8601's
/// expanded form (`+10000-01-01`, `-0001-01-01`), so that every domain date can be saved.
pub(super) fn date_text(d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if (0..=9999).contains(&y) {
        format!("{y:04}-{m:02}-{day:02}")
    } else {
        format!("{y:+05}-{m:02}-{day:02}")
    }
}

/// The date in [`date_text`]'s format; anything else (`2026-1-5`, `2026-02-30`) is `None`.
pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    let (sign, unsigned) = match s.as_bytes().first() {
        Some(b'+') => (1, s.get(1..)?),
        Some(b'-') => (-1, s.get(1..)?),
        _ => (1, s),
    };
    let mut parts = unsigned.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |t: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())
    };
    if parts.next().is_some()
        || !digits(year, 4..=6)
        || !digits(month, 2..=2)
        || !digits(day, 2..=2)
    {
        return None;
    }
    let year = sign * year.parse::<i32>().ok()?;
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
}

fn date(d: Option<NaiveDate>) -> Text {
    d.map(date_text)
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct CaseV2 {
    pub(super) plan: PlanV2,
    pub(super) details: DetailsV2,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PlanV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) region: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) plan_type: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) urgency: Text,
}

/// Everything but the plan. Sections are always written (possibly empty) so the file shows the
/// whole structure; their fields are left out when unanswered.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct DetailsV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Text,
    reasons: ReasonsV2,
    access: AccessV2,
    referral: ReferralV2,
    appeal: AppealV2,
    appointment: AppointmentV2,
    costs: CostsV2,
    letter: LetterV2,
    contacts: Vec<ContactV2>,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct ReasonsV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    questioned_surgery: Flag,
    #[serde(skip_serializing_if = "Option::is_none")]
    serious_condition: Flag,
    #[serde(skip_serializing_if = "Option::is_none")]
    unclear_diagnosis: Flag,
    #[serde(skip_serializing_if = "Option::is_none")]
    treatment_not_working: Flag,
    #[serde(skip_serializing_if = "Option::is_none")]
    concerns_not_resolved: Flag,
    #[serde(skip_serializing_if = "Option::is_none")]
    kaiser_doctor_asked: Flag,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_network_second_opinion: Text,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct AccessV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    qualified_specialist_in_network: Flag,
    #[serde(skip_serializing_if = "Option::is_none")]
    appointment_requested_on: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    earliest_in_network_appointment: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    travel_miles: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    travel_minutes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    county: Text,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct ReferralV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    requested_on: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    decided_on: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Text,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct AppealV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    denial_letter: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    grievance_filed: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    grievance_decision: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    review_filed: Text,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct AppointmentV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    records_lead_business_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records_requested_on: Text,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct CostsV2 {
    in_network: TermsV2,
    #[serde(skip_serializing_if = "Option::is_none")]
    referral_basis: Text,
    out_of_network: TermsV2,
    #[serde(skip_serializing_if = "Option::is_none")]
    outside_billed_cents: Cents,
    self_pay: SelfPayV2,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct TermsV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    allowed_cents: Cents,
    #[serde(skip_serializing_if = "Option::is_none")]
    share: Option<ShareV2>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deductible_remaining_cents: Cents,
    #[serde(skip_serializing_if = "Option::is_none")]
    out_of_pocket_remaining_cents: Cents,
}

#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
enum ShareV2 {
    Copay {
        cents: i64,
    },
    Coinsurance {
        #[serde(rename = "basisPoints")]
        basis_points: u16,
    },
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct SelfPayV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    consult_cents: Cents,
    #[serde(skip_serializing_if = "Option::is_none")]
    record_review_cents: Cents,
    #[serde(skip_serializing_if = "Option::is_none")]
    pathology_review_cents: Cents,
    #[serde(skip_serializing_if = "Option::is_none")]
    imaging_review_cents: Cents,
    #[serde(skip_serializing_if = "Option::is_none")]
    tests_cents: Cents,
    #[serde(skip_serializing_if = "Option::is_none")]
    travel_cents: Cents,
}

#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct LetterV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    member_name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    medical_record_number: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_of_birth: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    kaiser_doctor: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    condition: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    outside_doctor: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    outside_doctor_contact: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    own_words: Text,
}

/// The member's own words are always written, even when empty, so an entry keeps its shape.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
struct ContactV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    channel: Text,
    who: String,
    reference: String,
    summary: String,
    next_step: String,
}

fn terms(t: &PlanTerms) -> TermsV2 {
    TermsV2 {
        allowed_cents: t.allowed.map(|m| m.cents()),
        share: t.share.map(|s| match s {
            CostShare::Copay(m) => ShareV2::Copay { cents: m.cents() },
            CostShare::Coinsurance(bp) => ShareV2::Coinsurance {
                basis_points: bp.get(),
            },
        }),
        deductible_remaining_cents: t.deductible_remaining.map(|m| m.cents()),
        out_of_pocket_remaining_cents: t.out_of_pocket_remaining.map(|m| m.cents()),
    }
}

fn contact(c: &ContactEntry) -> ContactV2 {
    ContactV2 {
        date: date(c.date),
        channel: c.channel.map(|ch| ch.code().to_owned()),
        who: c.who.clone(),
        reference: c.reference.clone(),
        summary: c.summary.clone(),
        next_step: c.next_step.clone(),
    }
}

impl CaseV2 {
    pub(super) fn from_domain(case: &Case) -> CaseV2 {
        let (p, d) = (&case.plan, &case.details);
        let (r, a, c, l) = (&d.reasons, &d.access, &d.costs, &d.letter);
        let cents = |m: Option<crate::domain::Money>| m.map(|m| m.cents());
        CaseV2 {
            plan: PlanV2 {
                region: p.region.map(|v| v.code().to_owned()),
                plan_type: p.plan_type.map(|v| v.code().to_owned()),
                urgency: p.urgency.map(|v| v.code().to_owned()),
            },
            details: DetailsV2 {
                state: d.state.map(|s| s.code().to_owned()),
                reasons: ReasonsV2 {
                    questioned_surgery: r.questioned_surgery,
                    serious_condition: r.serious_condition,
                    unclear_diagnosis: r.unclear_diagnosis,
                    treatment_not_working: r.treatment_not_working,
                    concerns_not_resolved: r.concerns_not_resolved,
                    kaiser_doctor_asked: r.kaiser_doctor_asked,
                    in_network_second_opinion: r
                        .in_network_second_opinion
                        .map(|v| in_network_code(v).to_owned()),
                },
                access: AccessV2 {
                    qualified_specialist_in_network: a.qualified_specialist_in_network,
                    appointment_requested_on: date(a.appointment_requested_on),
                    earliest_in_network_appointment: date(a.earliest_in_network_appointment),
                    travel_miles: a.travel_miles,
                    travel_minutes: a.travel_minutes,
                    county: a.county.map(|v| v.code().to_owned()),
                },
                referral: ReferralV2 {
                    requested_on: date(d.referral.requested_on),
                    decided_on: date(d.referral.decided_on),
                    outcome: d.referral.outcome.map(|v| outcome_code(v).to_owned()),
                },
                appeal: AppealV2 {
                    denial_letter: date(d.appeal.denial_letter),
                    grievance_filed: date(d.appeal.grievance_filed),
                    grievance_decision: date(d.appeal.grievance_decision),
                    review_filed: date(d.appeal.review_filed),
                },
                appointment: AppointmentV2 {
                    date: date(d.appointment.date),
                    records_lead_business_days: d.appointment.records_lead_business_days,
                    records_requested_on: date(d.appointment.records_requested_on),
                },
                costs: CostsV2 {
                    in_network: terms(&c.in_network),
                    referral_basis: c.referral_basis.map(|v| basis_code(v).to_owned()),
                    out_of_network: terms(&c.out_of_network),
                    outside_billed_cents: cents(c.outside_billed),
                    self_pay: SelfPayV2 {
                        consult_cents: cents(c.self_pay.consult),
                        record_review_cents: cents(c.self_pay.record_review),
                        pathology_review_cents: cents(c.self_pay.pathology_review),
                        imaging_review_cents: cents(c.self_pay.imaging_review),
                        tests_cents: cents(c.self_pay.tests),
                        travel_cents: cents(c.self_pay.travel),
                    },
                },
                letter: LetterV2 {
                    member_name: l.member_name.clone(),
                    medical_record_number: l.medical_record_number.clone(),
                    date_of_birth: l.date_of_birth.clone(),
                    kaiser_doctor: l.kaiser_doctor.clone(),
                    condition: l.condition.clone(),
                    outside_doctor: l.outside_doctor.clone(),
                    outside_doctor_contact: l.outside_doctor_contact.clone(),
                    own_words: l.own_words.clone(),
                },
                contacts: d.contacts.iter().map(contact).collect(),
            },
        }
    }
}
