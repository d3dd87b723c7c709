//! Letters as plain English text: the written referral request, the grievance / appeal letter
//! and the records request. Built only from what the member entered: the member's own words are
//! inserted verbatim (the interface escapes them), and anything missing is left as a clear blank
//! in square brackets, such as "[date of your denial letter]".

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::access::{knox_keene, timely_access, Applies};
use super::calendar;
use super::case::{CaReason, CaseDetails};
use super::route::{route_for, InternalStepKind, ReviewKind, RouteKind};
use super::rules::Period;
use super::{Case, Urgency};

/// A date in US English: "June 18, 2027".
pub fn format_date(date: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS
        .get(date.month0() as usize)
        .copied()
        .unwrap_or("[month]");
    format!("{month} {}, {}", date.day(), date.year())
}

fn text_or<'a>(value: &'a Option<String>, blank: &'a str) -> &'a str {
    match value.as_deref().map(str::trim) {
        Some(v) if !v.is_empty() => v,
        _ => blank,
    }
}

fn date_or(value: Option<NaiveDate>, blank: &str) -> String {
    value.map_or_else(|| blank.to_string(), format_date)
}

fn reason_sentence(reason: CaReason) -> &'static str {
    match reason {
        CaReason::QuestionedSurgery => {
            "I question whether the recommended surgery is reasonable or necessary."
        }
        CaReason::SeriousCondition => {
            "I question the diagnosis or plan of care for a condition that threatens my life, limb or bodily function, or risks substantial impairment."
        }
        CaReason::UnclearDiagnosis => {
            "The clinical signs are unclear or complex, test results conflict, or my doctor has not been able to make a diagnosis."
        }
        CaReason::TreatmentNotWorking => {
            "My treatment plan has not improved my condition within an appropriate time."
        }
        CaReason::ConcernsNotResolved => {
            "I have followed the plan of care, or raised serious concerns about the diagnosis or plan of care with my doctor."
        }
    }
}

fn header(out: &mut String, to: &str, case: &CaseDetails, today: NaiveDate, subject: &str) {
    let l = &case.letter;
    let _ = writeln!(out, "To: {to}");
    let _ = writeln!(out, "From: {}", text_or(&l.member_name, "[your name]"));
    let _ = writeln!(
        out,
        "Medical record number: {}",
        text_or(&l.medical_record_number, "[your medical record number]")
    );
    let _ = writeln!(out, "Date: {}", format_date(today));
    let _ = writeln!(out);
    let _ = writeln!(out, "Subject: {subject}");
    let _ = writeln!(out);
}

fn footer(out: &mut String, case: &CaseDetails) {
    let _ = writeln!(out, "Sincerely,");
    let _ = writeln!(out, "{}", text_or(&case.letter.member_name, "[your name]"));
}

/// The reasons, grounds and own words shared by the request and the grievance.
fn reasons_and_grounds(out: &mut String, case: &Case, details: &CaseDetails) {
    let ticked = details.reasons.ticked();
    if !ticked.is_empty() {
        let _ = writeln!(out, "I am asking for a second opinion because:");
        for reason in ticked {
            let _ = writeln!(out, "- {}", reason_sentence(reason));
        }
        let _ = writeln!(out);
    }
    if let Some(words) = details
        .letter
        .own_words
        .as_deref()
        .filter(|w| !w.trim().is_empty())
    {
        let _ = writeln!(out, "In my own words: {words}");
        let _ = writeln!(out);
    }
    let access = &details.access;
    let mut grounds = Vec::new();
    if access.qualified_specialist_in_network == Some(false) {
        grounds.push(
            "No in-network specialist with the expertise my condition needs is available."
                .to_string(),
        );
    }
    if let (Some(asked), Some(offered)) = (
        access.appointment_requested_on,
        access.earliest_in_network_appointment,
    ) {
        let days = calendar::business_days_between(asked, offered);
        let mut line = format!(
            "I asked for an in-network appointment on {}; the earliest offered was {}, {days} business days later.",
            format_date(asked),
            format_date(offered)
        );
        let standard = timely_access(case.plan.region, case.plan.plan_type)
            .filter(|_| knox_keene(case.plan.region, case.plan.plan_type) == Applies::Yes)
            .map(|t| t.specialist.period);
        if let Some(Period::BusinessDays(limit)) = standard {
            if days > limit && case.plan.urgency != Some(Urgency::Urgent) {
                let _ = write!(
                    line,
                    " California's timely-access rules (28 CCR 1300.67.2.2) require a non-urgent specialist appointment within {limit} business days."
                );
            }
        }
        grounds.push(line);
    }
    match (access.travel_miles, access.travel_minutes) {
        (Some(miles), Some(minutes)) => grounds.push(format!(
            "The nearest in-network specialist is {miles} miles and {minutes} minutes away from me."
        )),
        (Some(miles), None) => grounds.push(format!(
            "The nearest in-network specialist is {miles} miles away from me."
        )),
        (None, Some(minutes)) => grounds.push(format!(
            "The nearest in-network specialist is {minutes} minutes away from me."
        )),
        (None, None) => {}
    }
    if !grounds.is_empty() {
        let _ = writeln!(out, "An outside referral is needed because:");
        for g in grounds {
            let _ = writeln!(out, "- {g}");
        }
        let _ = writeln!(out);
    }
}

/// The written referral request, to send through the member portal.
pub fn referral_request(case: &Case, details: &CaseDetails, today: NaiveDate) -> String {
    let l = &details.letter;
    let mut out = String::with_capacity(2048);
    let to = match l.kaiser_doctor.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(doctor) => format!("{doctor}, Kaiser Permanente"),
        None => "[your Kaiser doctor], Kaiser Permanente".to_string(),
    };
    header(
        &mut out,
        &to,
        details,
        today,
        "Request for a referral for a second opinion outside Kaiser Permanente",
    );
    let _ = writeln!(
        out,
        "I am asking for a referral to {} for a second opinion about {}.",
        text_or(&l.outside_doctor, "[the outside doctor or center]"),
        text_or(&l.condition, "[your condition]")
    );
    let _ = writeln!(out);
    reasons_and_grounds(&mut out, case, details);
    let california = knox_keene(case.plan.region, case.plan.plan_type) == Applies::Yes;
    if california {
        let _ = writeln!(
            out,
            "California Health and Safety Code section 1383.15 requires my health plan to provide or authorize a second opinion by an appropriately qualified health care professional, and to authorize one outside the network when no appropriately qualified in-network provider is available."
        );
        let _ = writeln!(out);
    }
    if case.plan.urgency == Some(Urgency::Urgent) {
        if california {
            let _ = writeln!(
                out,
                "My situation is urgent: there is an imminent and serious threat to my health. Please respond within 72 hours."
            );
        } else {
            let _ = writeln!(
                out,
                "My situation is urgent: there is an imminent and serious threat to my health. Please treat this request as urgent."
            );
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(
        out,
        "Please reply in writing. If this request is denied, please tell me in writing the reasons and how I can appeal."
    );
    let _ = writeln!(out);
    footer(&mut out, details);
    out
}

/// The grievance / appeal / reconsideration letter after a denial.
pub fn grievance_letter(case: &Case, details: &CaseDetails, today: NaiveDate) -> String {
    let l = &details.letter;
    let reference = details.appeal.denial_letter.unwrap_or(today);
    let route = route_for(
        case.plan.region,
        case.plan.plan_type,
        details.state,
        reference,
    );
    let (what, verb) = match route.internal.kind {
        InternalStepKind::Grievance => ("Grievance", "grievance"),
        InternalStepKind::Appeal => ("Appeal", "appeal"),
        InternalStepKind::Reconsideration => ("Request for reconsideration", "request"),
        InternalStepKind::NotKnown => ("Grievance and appeal", "grievance and appeal"),
    };
    let mut out = String::with_capacity(2048);
    header(
        &mut out,
        "Kaiser Permanente, Member Services (grievances and appeals)",
        details,
        today,
        &format!("{what}: denial of an outside referral for a second opinion"),
    );
    let _ = writeln!(
        out,
        "In a letter dated {}, Kaiser Permanente denied my request for a referral to {} for a second opinion about {}. With this {verb} I ask you to reverse that decision and authorize the referral.",
        date_or(details.appeal.denial_letter, "[date of your denial letter]"),
        text_or(&l.outside_doctor, "[the outside doctor or center]"),
        text_or(&l.condition, "[your condition]")
    );
    let _ = writeln!(out);
    reasons_and_grounds(&mut out, case, details);
    if case.plan.urgency == Some(Urgency::Urgent) {
        let _ = writeln!(
            out,
            "There is an imminent and serious threat to my health, so I ask for an expedited (urgent) review."
        );
        let _ = writeln!(out);
    }
    if route.kind == RouteKind::CaliforniaDmhc && route.review.kind == ReviewKind::DmhcImr {
        let _ = writeln!(
            out,
            "I understand that if this grievance is not resolved within 30 days, or sooner if it is urgent, I may contact the California Department of Managed Health Care and ask for an Independent Medical Review."
        );
        let _ = writeln!(out);
    }
    let _ = writeln!(
        out,
        "I have enclosed: [list the documents you are enclosing]"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "Please send me your decision in writing.");
    let _ = writeln!(out);
    footer(&mut out, details);
    out
}

/// The records request to Kaiser's Release of Information.
pub fn records_request(case: &Case, details: &CaseDetails, today: NaiveDate) -> String {
    let _ = case;
    let l = &details.letter;
    let mut out = String::with_capacity(2048);
    header(
        &mut out,
        "Kaiser Permanente, Release of Information",
        details,
        today,
        "Request for copies of my medical records",
    );
    let _ = writeln!(
        out,
        "Date of birth: {}",
        text_or(&l.date_of_birth, "[your date of birth]")
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Under my HIPAA right of access (45 CFR 164.524), I ask for copies of my medical records about {}, in electronic form, sent directly to {} at {}.",
        text_or(&l.condition, "[your condition]"),
        text_or(&l.outside_doctor, "[the outside doctor or center]"),
        text_or(&l.outside_doctor_contact, "[their address, fax or secure upload]")
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "Please include:");
    for item in [
        "visit notes",
        "imaging reports and the images themselves",
        "pathology reports and the slides",
        "lab results",
        "my medication list",
        "operative notes",
    ] {
        let _ = writeln!(out, "- {item}");
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "My appointment is on {}. Please send the records before then.",
        date_or(details.appointment.date, "[date of your appointment]")
    );
    let _ = writeln!(out);
    footer(&mut out, details);
    out
}
