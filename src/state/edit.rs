//! Every change the member can make to their case, as data, and the pure function that applies
//! it. Typed numbers (money, percentages, counts) are read here too, so a bad entry is caught in
//! one place and never panics.

use chrono::NaiveDate;

use crate::domain::access::CountyType;
use crate::domain::case::{
    AppealOutcome, CaReason, ContactChannel, ContactEntry, InNetworkSecondOpinion, ReferralOutcome,
    ReviewOutcome,
};
use crate::domain::costs::{CostShare, PlanTerms, ReferralCostBasis};
use crate::domain::letters::LetterKind;
use crate::domain::money::ParseError;
use crate::domain::route::UsState;
use crate::domain::{BasisPoints, Case, Money, PlanType, Region, Urgency};

/// A date the member enters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateField {
    /// When they asked for an in-network appointment.
    AppointmentRequested,
    /// The earliest in-network appointment offered.
    EarliestOffered,
    /// When the written referral request was sent.
    ReferralRequested,
    /// When Kaiser decided the referral.
    ReferralDecided,
    /// The date printed on the denial letter.
    DenialLetter,
    /// When the grievance / appeal was filed.
    GrievanceFiled,
    /// The date of Kaiser's written decision on it.
    GrievanceDecision,
    /// When the independent review was requested.
    ReviewFiled,
    /// The date of the independent reviewer's decision.
    ReviewDecision,
    /// The outside appointment.
    Appointment,
    /// When the records were requested.
    RecordsRequested,
}

impl DateField {
    /// The date this field holds in `case`.
    pub fn get(self, case: &Case) -> Option<NaiveDate> {
        let d = &case.details;
        match self {
            DateField::AppointmentRequested => d.access.appointment_requested_on,
            DateField::EarliestOffered => d.access.earliest_in_network_appointment,
            DateField::ReferralRequested => d.referral.requested_on,
            DateField::ReferralDecided => d.referral.decided_on,
            DateField::DenialLetter => d.appeal.denial_letter,
            DateField::GrievanceFiled => d.appeal.grievance_filed,
            DateField::GrievanceDecision => d.appeal.grievance_decision,
            DateField::ReviewFiled => d.appeal.review_filed,
            DateField::ReviewDecision => d.appeal.review_decision,
            DateField::Appointment => d.appointment.date,
            DateField::RecordsRequested => d.appointment.records_requested_on,
        }
    }

    fn slot(self, case: &mut Case) -> &mut Option<NaiveDate> {
        let d = &mut case.details;
        match self {
            DateField::AppointmentRequested => &mut d.access.appointment_requested_on,
            DateField::EarliestOffered => &mut d.access.earliest_in_network_appointment,
            DateField::ReferralRequested => &mut d.referral.requested_on,
            DateField::ReferralDecided => &mut d.referral.decided_on,
            DateField::DenialLetter => &mut d.appeal.denial_letter,
            DateField::GrievanceFiled => &mut d.appeal.grievance_filed,
            DateField::GrievanceDecision => &mut d.appeal.grievance_decision,
            DateField::ReviewFiled => &mut d.appeal.review_filed,
            DateField::ReviewDecision => &mut d.appeal.review_decision,
            DateField::Appointment => &mut d.appointment.date,
            DateField::RecordsRequested => &mut d.appointment.records_requested_on,
        }
    }
}

/// A name or words for the letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LetterField {
    MemberName,
    RecordNumber,
    DateOfBirth,
    KaiserDoctor,
    Condition,
    OutsideDoctor,
    OutsideDoctorContact,
    OwnWords,
    MemberContact,
    RepresentativeName,
    RepresentativeRelationship,
}

impl LetterField {
    /// The text this field holds in `case` (empty when not given).
    pub fn get(self, case: &Case) -> &str {
        let l = &case.details.letter;
        let value = match self {
            LetterField::MemberName => &l.member_name,
            LetterField::RecordNumber => &l.medical_record_number,
            LetterField::DateOfBirth => &l.date_of_birth,
            LetterField::KaiserDoctor => &l.kaiser_doctor,
            LetterField::Condition => &l.condition,
            LetterField::OutsideDoctor => &l.outside_doctor,
            LetterField::OutsideDoctorContact => &l.outside_doctor_contact,
            LetterField::OwnWords => &l.own_words,
            LetterField::MemberContact => &l.member_contact,
            LetterField::RepresentativeName => &l.representative_name,
            LetterField::RepresentativeRelationship => &l.representative_relationship,
        };
        value.as_deref().unwrap_or("")
    }

    fn slot(self, case: &mut Case) -> &mut Option<String> {
        let l = &mut case.details.letter;
        match self {
            LetterField::MemberName => &mut l.member_name,
            LetterField::RecordNumber => &mut l.medical_record_number,
            LetterField::DateOfBirth => &mut l.date_of_birth,
            LetterField::KaiserDoctor => &mut l.kaiser_doctor,
            LetterField::Condition => &mut l.condition,
            LetterField::OutsideDoctor => &mut l.outside_doctor,
            LetterField::OutsideDoctorContact => &mut l.outside_doctor_contact,
            LetterField::OwnWords => &mut l.own_words,
            LetterField::MemberContact => &mut l.member_contact,
            LetterField::RepresentativeName => &mut l.representative_name,
            LetterField::RepresentativeRelationship => &mut l.representative_relationship,
        }
    }
}

/// A free-text part of a contact-log entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContactField {
    Who,
    Reference,
    Summary,
    NextStep,
}

impl ContactField {
    /// The text of this part of `entry`.
    pub fn get(self, entry: &ContactEntry) -> &str {
        match self {
            ContactField::Who => &entry.who,
            ContactField::Reference => &entry.reference,
            ContactField::Summary => &entry.summary,
            ContactField::NextStep => &entry.next_step,
        }
    }

    fn slot(self, entry: &mut ContactEntry) -> &mut String {
        match self {
            ContactField::Who => &mut entry.who,
            ContactField::Reference => &mut entry.reference,
            ContactField::Summary => &mut entry.summary,
            ContactField::NextStep => &mut entry.next_step,
        }
    }
}

/// One change to the case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Region(Option<Region>),
    PlanType(PlanType),
    Urgency(Urgency),
    State(Option<UsState>),
    /// Ticks or unticks one of the five reasons. The list is a checklist: once any box is
    /// touched, the boxes left empty count as "no".
    Reason(CaReason, bool),
    DoctorAsked(bool),
    InNetworkSecondOpinion(InNetworkSecondOpinion),
    /// Whether a qualified in-network specialist exists (`None`: not sure).
    Specialist(Option<bool>),
    County(Option<CountyType>),
    Date(DateField, Option<NaiveDate>),
    Outcome(Option<ReferralOutcome>),
    GrievanceOutcome(Option<AppealOutcome>),
    ReviewOutcome(Option<ReviewOutcome>),
    Letter(LetterField, String),
    ReferralBasis(Option<ReferralCostBasis>),
    AddContact,
    RemoveContact(usize),
    ContactDate(usize, Option<NaiveDate>),
    ContactChannel(usize, Option<ContactChannel>),
    ContactText(usize, ContactField, String),
    /// The member's wording of a letter; `None` goes back to the generated text.
    LetterText(LetterKind, Option<String>),
    /// The case's calendar id, made once (a later one is ignored, so UIDs stay stable).
    CalendarId(String),
}

/// Applies one edit to the case. Never panics: an edit of a contact entry that does not exist
/// does nothing.
pub fn apply(case: &mut Case, edit: Edit) {
    let d = &mut case.details;
    match edit {
        Edit::Region(region) => case.plan.region = region,
        Edit::PlanType(plan) => case.plan.plan_type = Some(plan),
        Edit::Urgency(urgency) => case.plan.urgency = Some(urgency),
        Edit::State(state) => d.state = state,
        Edit::Reason(reason, ticked) => {
            for r in CaReason::ALL {
                let slot = reason_slot(case, r);
                if r == reason {
                    *slot = Some(ticked);
                } else if slot.is_none() {
                    *slot = Some(false);
                }
            }
        }
        Edit::DoctorAsked(asked) => d.reasons.kaiser_doctor_asked = Some(asked),
        Edit::InNetworkSecondOpinion(had) => d.reasons.in_network_second_opinion = Some(had),
        Edit::Specialist(exists) => d.access.qualified_specialist_in_network = exists,
        Edit::County(county) => d.access.county = county,
        Edit::Date(field, date) => *field.slot(case) = date,
        Edit::Outcome(outcome) => d.referral.outcome = outcome,
        Edit::GrievanceOutcome(outcome) => d.appeal.grievance_outcome = outcome,
        Edit::ReviewOutcome(outcome) => d.appeal.review_outcome = outcome,
        Edit::Letter(field, text) => {
            *field.slot(case) = if text.trim().is_empty() {
                None
            } else {
                Some(text)
            }
        }
        Edit::ReferralBasis(basis) => d.costs.referral_basis = basis,
        Edit::AddContact => d.contacts.push(ContactEntry::default()),
        Edit::RemoveContact(i) => {
            if i < d.contacts.len() {
                d.contacts.remove(i);
            }
        }
        Edit::ContactDate(i, date) => {
            if let Some(entry) = d.contacts.get_mut(i) {
                entry.date = date;
            }
        }
        Edit::ContactChannel(i, channel) => {
            if let Some(entry) = d.contacts.get_mut(i) {
                entry.channel = channel;
            }
        }
        Edit::ContactText(i, field, text) => {
            if let Some(entry) = d.contacts.get_mut(i) {
                *field.slot(entry) = text;
            }
        }
        Edit::LetterText(kind, text) => *d.documents.edited.slot(kind) = text,
        Edit::CalendarId(id) => {
            d.documents.calendar_id.get_or_insert(id);
        }
    }
}

fn reason_slot(case: &mut Case, reason: CaReason) -> &mut Option<bool> {
    let r = &mut case.details.reasons;
    match reason {
        CaReason::QuestionedSurgery => &mut r.questioned_surgery,
        CaReason::SeriousCondition => &mut r.serious_condition,
        CaReason::UnclearDiagnosis => &mut r.unclear_diagnosis,
        CaReason::TreatmentNotWorking => &mut r.treatment_not_working,
        CaReason::ConcernsNotResolved => &mut r.concerns_not_resolved,
    }
}

/// Which set of plan terms a cost field belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Terms {
    /// An in-network second opinion (also used for an authorized referral at in-network cost).
    InNetwork,
    /// Out-of-network benefits for an authorized outside referral.
    OutOfNetwork,
}

/// How the member shares the cost of a covered visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareKind {
    Copay,
    Coinsurance,
}

/// A self-pay price.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SelfPayItem {
    Consult,
    RecordReview,
    PathologyReview,
    ImagingReview,
    Tests,
    Travel,
}

impl SelfPayItem {
    pub const ALL: [SelfPayItem; 6] = [
        SelfPayItem::Consult,
        SelfPayItem::RecordReview,
        SelfPayItem::PathologyReview,
        SelfPayItem::ImagingReview,
        SelfPayItem::Tests,
        SelfPayItem::Travel,
    ];
}

/// A field where the member types a number: money, a percentage or a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberField {
    Allowed(Terms),
    /// The copay (money) or coinsurance (percentage), as the share kind says.
    Share(Terms),
    Deductible(Terms),
    OutOfPocket(Terms),
    OutsideBilled,
    SelfPay(SelfPayItem),
    TravelMiles,
    TravelMinutes,
    RecordsLeadDays,
}

/// What kind of number a field takes, which decides how it is read and what its error says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberKind {
    Money,
    Percent,
    Count,
}

/// A number read from a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Number {
    Money(Money),
    Percent(BasisPoints),
    Count(u32),
}

/// The kind of number `field` takes, given the share kind chosen for its terms.
pub fn number_kind(field: NumberField, share: Option<ShareKind>) -> NumberKind {
    match field {
        NumberField::Share(_) if share == Some(ShareKind::Coinsurance) => NumberKind::Percent,
        NumberField::TravelMiles | NumberField::TravelMinutes | NumberField::RecordsLeadDays => {
            NumberKind::Count
        }
        _ => NumberKind::Money,
    }
}

/// Reads `text` as a number of `kind`. Nothing typed is `Ok(None)`.
pub fn parse_number(kind: NumberKind, text: &str) -> Result<Option<Number>, ParseError> {
    let read = match kind {
        NumberKind::Money => Money::parse(text).map(Number::Money),
        NumberKind::Percent => BasisPoints::parse(text).map(Number::Percent),
        NumberKind::Count => parse_count(text).map(Number::Count),
    };
    match read {
        Ok(n) => Ok(Some(n)),
        Err(ParseError::Empty) => Ok(None),
        Err(e) => Err(e),
    }
}

fn parse_count(text: &str) -> Result<u32, ParseError> {
    let cleaned: String = text.chars().filter(|c| *c != ',' && *c != ' ').collect();
    if cleaned.is_empty() {
        return Err(ParseError::Empty);
    }
    if cleaned.starts_with('-') {
        return Err(ParseError::Negative);
    }
    if !cleaned.chars().all(|c| c.is_ascii_digit()) {
        return Err(ParseError::NotANumber);
    }
    cleaned.parse::<u32>().map_err(|_| ParseError::TooLarge)
}

fn terms_mut(case: &mut Case, terms: Terms) -> &mut PlanTerms {
    match terms {
        Terms::InNetwork => &mut case.details.costs.in_network,
        Terms::OutOfNetwork => &mut case.details.costs.out_of_network,
    }
}

/// The plan terms of `case` for `terms`.
pub fn terms_of(case: &Case, terms: Terms) -> &PlanTerms {
    match terms {
        Terms::InNetwork => &case.details.costs.in_network,
        Terms::OutOfNetwork => &case.details.costs.out_of_network,
    }
}

fn money(n: Option<Number>) -> Option<Money> {
    match n {
        Some(Number::Money(m)) => Some(m),
        _ => None,
    }
}

fn count(n: Option<Number>) -> Option<u32> {
    match n {
        Some(Number::Count(c)) => Some(c),
        _ => None,
    }
}

/// Stores a number read from `field` (or clears it with `None`).
pub fn set_number(case: &mut Case, field: NumberField, value: Option<Number>) {
    let prices = &mut case.details.costs.self_pay;
    match field {
        NumberField::Allowed(t) => terms_mut(case, t).allowed = money(value),
        NumberField::Share(t) => {
            terms_mut(case, t).share = match value {
                Some(Number::Money(m)) => Some(CostShare::Copay(m)),
                Some(Number::Percent(p)) => Some(CostShare::Coinsurance(p)),
                _ => None,
            }
        }
        NumberField::Deductible(t) => terms_mut(case, t).deductible_remaining = money(value),
        NumberField::OutOfPocket(t) => terms_mut(case, t).out_of_pocket_remaining = money(value),
        NumberField::OutsideBilled => case.details.costs.outside_billed = money(value),
        NumberField::SelfPay(item) => {
            let slot = match item {
                SelfPayItem::Consult => &mut prices.consult,
                SelfPayItem::RecordReview => &mut prices.record_review,
                SelfPayItem::PathologyReview => &mut prices.pathology_review,
                SelfPayItem::ImagingReview => &mut prices.imaging_review,
                SelfPayItem::Tests => &mut prices.tests,
                SelfPayItem::Travel => &mut prices.travel,
            };
            *slot = money(value);
        }
        NumberField::TravelMiles => case.details.access.travel_miles = count(value),
        NumberField::TravelMinutes => case.details.access.travel_minutes = count(value),
        NumberField::RecordsLeadDays => {
            case.details.appointment.records_lead_business_days = count(value)
        }
    }
}

/// The number `field` holds in `case`, written as the member would type it.
pub fn number_text(case: &Case, field: NumberField) -> String {
    let prices = &case.details.costs.self_pay;
    let m = |v: Option<Money>| v.map(|m| m.to_string()).unwrap_or_default();
    let c = |v: Option<u32>| v.map(|c| c.to_string()).unwrap_or_default();
    match field {
        NumberField::Allowed(t) => m(terms_of(case, t).allowed),
        NumberField::Share(t) => match terms_of(case, t).share {
            Some(CostShare::Copay(money)) => money.to_string(),
            Some(CostShare::Coinsurance(rate)) => rate.to_string(),
            None => String::new(),
        },
        NumberField::Deductible(t) => m(terms_of(case, t).deductible_remaining),
        NumberField::OutOfPocket(t) => m(terms_of(case, t).out_of_pocket_remaining),
        NumberField::OutsideBilled => m(case.details.costs.outside_billed),
        NumberField::SelfPay(item) => m(match item {
            SelfPayItem::Consult => prices.consult,
            SelfPayItem::RecordReview => prices.record_review,
            SelfPayItem::PathologyReview => prices.pathology_review,
            SelfPayItem::ImagingReview => prices.imaging_review,
            SelfPayItem::Tests => prices.tests,
            SelfPayItem::Travel => prices.travel,
        }),
        NumberField::TravelMiles => c(case.details.access.travel_miles),
        NumberField::TravelMinutes => c(case.details.access.travel_minutes),
        NumberField::RecordsLeadDays => c(case.details.appointment.records_lead_business_days),
    }
}

/// The share kind the saved terms imply, if any.
pub fn saved_share_kind(case: &Case, terms: Terms) -> Option<ShareKind> {
    match terms_of(case, terms).share {
        Some(CostShare::Copay(_)) => Some(ShareKind::Copay),
        Some(CostShare::Coinsurance(_)) => Some(ShareKind::Coinsurance),
        None => None,
    }
}
