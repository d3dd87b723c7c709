//! Schema version 3 of the saved case: the whole case. Frozen once released: a later version adds
//! its own module and a migration from this one, and `tests/fixtures/schema-v3.json` must keep
//! decoding to the same case.
//!
//! Dates are `"YYYY-MM-DD"`, enums are stable codes, money is whole cents (fields end in `Cents`),
//! rates are basis points, the member's text is kept verbatim. An unanswered field is left out.
//! This module writes the shape; [`super::v3_read`] reads it back, field by field.
//!
//! Version 3 is version 2 (see [`super::v2`]) plus the appeal's outcomes, the independent review's
//! decision, the member's contact and a representative for the letters, a "no cost" referral
//! basis, and the plan type `medicaid` where version 2 wrote `medi-cal`.

use super::json::JsonWriter;
use crate::domain::case::{ContactEntry, InNetworkSecondOpinion, ReferralOutcome};
use crate::domain::costs::{CostShare, PlanTerms, ReferralCostBasis};
use crate::domain::{Case, Money};
use chrono::{Datelike, NaiveDate};

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
        ReferralCostBasis::NoCostToMember => "no-cost-to-member",
    }
}

pub(super) const BASES: [ReferralCostBasis; 3] = ReferralCostBasis::ALL;

/// The two kinds of cost share, written as `{"kind": "copay", "cents": n}` or
/// `{"kind": "coinsurance", "basisPoints": n}`.
pub(super) const SHARE_KINDS: [&str; 2] = ["copay", "coinsurance"];

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

/// Writes a case's members, leaving out every unanswered field. Sections are always written
/// (possibly empty) so a file shows the whole structure.
struct Out<'w>(&'w mut JsonWriter);

impl Out<'_> {
    fn text(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.0.key(name);
            self.0.string(value);
        }
    }

    fn date(&mut self, name: &str, value: Option<NaiveDate>) {
        self.text(name, value.map(date_text).as_deref());
    }

    fn flag(&mut self, name: &str, value: Option<bool>) {
        if let Some(value) = value {
            self.0.key(name);
            self.0.bool(value);
        }
    }

    fn count(&mut self, name: &str, value: Option<u32>) {
        if let Some(value) = value {
            self.0.key(name);
            self.0.uint(u64::from(value));
        }
    }

    fn cents(&mut self, name: &str, value: Option<Money>) {
        if let Some(value) = value {
            self.0.key(name);
            self.0.int(value.cents());
        }
    }

    /// A nested object, always written.
    fn section(&mut self, name: &str, fill: impl FnOnce(&mut Out)) {
        self.0.key(name);
        self.0.open_object();
        fill(self);
        self.0.close_object();
    }
}

fn terms(o: &mut Out, name: &str, t: &PlanTerms) {
    o.section(name, |o| {
        o.cents("allowedCents", t.allowed);
        if let Some(share) = t.share {
            o.section("share", |o| match share {
                CostShare::Copay(m) => {
                    o.text("kind", Some(SHARE_KINDS[0]));
                    o.cents("cents", Some(m));
                }
                CostShare::Coinsurance(bp) => {
                    o.text("kind", Some(SHARE_KINDS[1]));
                    o.count("basisPoints", Some(u32::from(bp.get())));
                }
            });
        }
        o.cents("deductibleRemainingCents", t.deductible_remaining);
        o.cents("outOfPocketRemainingCents", t.out_of_pocket_remaining);
    });
}

/// The member's own words are always written, even when empty, so an entry keeps its shape.
fn contact(w: &mut JsonWriter, c: &ContactEntry) {
    w.open_object();
    let mut o = Out(w);
    o.date("date", c.date);
    o.text("channel", c.channel.map(|ch| ch.code()));
    for (name, text) in [
        ("who", &c.who),
        ("reference", &c.reference),
        ("summary", &c.summary),
        ("nextStep", &c.next_step),
    ] {
        o.text(name, Some(text));
    }
    w.close_object();
}

/// Writes the case as the value of the envelope's `case` member, in version 3's shape;
/// `later_details` writes the members a later version adds to `details` (see [`super::v4`]).
pub(super) fn write_case(
    w: &mut JsonWriter,
    case: &Case,
    later_details: impl FnOnce(&mut JsonWriter),
) {
    let (p, d) = (&case.plan, &case.details);
    let (r, a, c, l) = (&d.reasons, &d.access, &d.costs, &d.letter);
    w.open_object();
    let mut o = Out(w);
    o.section("plan", |o| {
        o.text("region", p.region.map(|v| v.code()));
        o.text("planType", p.plan_type.map(|v| v.code()));
        o.text("urgency", p.urgency.map(|v| v.code()));
    });
    o.0.key("details");
    o.0.open_object();
    o.text("state", d.state.map(|s| s.code()));
    o.section("reasons", |o| {
        o.flag("questionedSurgery", r.questioned_surgery);
        o.flag("seriousCondition", r.serious_condition);
        o.flag("unclearDiagnosis", r.unclear_diagnosis);
        o.flag("treatmentNotWorking", r.treatment_not_working);
        o.flag("concernsNotResolved", r.concerns_not_resolved);
        o.flag("kaiserDoctorAsked", r.kaiser_doctor_asked);
        o.text(
            "inNetworkSecondOpinion",
            r.in_network_second_opinion.map(in_network_code),
        );
    });
    o.section("access", |o| {
        o.flag(
            "qualifiedSpecialistInNetwork",
            a.qualified_specialist_in_network,
        );
        o.date("appointmentRequestedOn", a.appointment_requested_on);
        o.date(
            "earliestInNetworkAppointment",
            a.earliest_in_network_appointment,
        );
        o.count("travelMiles", a.travel_miles);
        o.count("travelMinutes", a.travel_minutes);
        o.text("county", a.county.map(|v| v.code()));
    });
    o.section("referral", |o| {
        o.date("requestedOn", d.referral.requested_on);
        o.date("decidedOn", d.referral.decided_on);
        o.text("outcome", d.referral.outcome.map(outcome_code));
    });
    o.section("appeal", |o| {
        let appeal = &d.appeal;
        o.date("denialLetter", appeal.denial_letter);
        o.date("grievanceFiled", appeal.grievance_filed);
        o.date("grievanceDecision", appeal.grievance_decision);
        o.text(
            "grievanceOutcome",
            appeal.grievance_outcome.map(|v| v.code()),
        );
        o.date("reviewFiled", appeal.review_filed);
        o.date("reviewDecision", appeal.review_decision);
        o.text("reviewOutcome", appeal.review_outcome.map(|v| v.code()));
    });
    o.section("appointment", |o| {
        o.date("date", d.appointment.date);
        o.count(
            "recordsLeadBusinessDays",
            d.appointment.records_lead_business_days,
        );
        o.date("recordsRequestedOn", d.appointment.records_requested_on);
    });
    o.section("costs", |o| {
        terms(o, "inNetwork", &c.in_network);
        o.text("referralBasis", c.referral_basis.map(basis_code));
        terms(o, "outOfNetwork", &c.out_of_network);
        o.cents("outsideBilledCents", c.outside_billed);
        let s = &c.self_pay;
        o.section("selfPay", |o| {
            o.cents("consultCents", s.consult);
            o.cents("recordReviewCents", s.record_review);
            o.cents("pathologyReviewCents", s.pathology_review);
            o.cents("imagingReviewCents", s.imaging_review);
            o.cents("testsCents", s.tests);
            o.cents("travelCents", s.travel);
        });
    });
    o.section("letter", |o| {
        for (name, value) in [
            ("memberName", &l.member_name),
            ("medicalRecordNumber", &l.medical_record_number),
            ("dateOfBirth", &l.date_of_birth),
            ("kaiserDoctor", &l.kaiser_doctor),
            ("condition", &l.condition),
            ("outsideDoctor", &l.outside_doctor),
            ("outsideDoctorContact", &l.outside_doctor_contact),
            ("ownWords", &l.own_words),
            ("memberContact", &l.member_contact),
            ("representativeName", &l.representative_name),
            ("representativeRelationship", &l.representative_relationship),
        ] {
            o.text(name, value.as_deref());
        }
    });
    o.0.key("contacts");
    o.0.open_list();
    for entry in &d.contacts {
        contact(o.0, entry);
    }
    o.0.close_list();
    later_details(o.0);
    o.0.close_object();
    w.close_object();
}
