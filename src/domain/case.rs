//! The member's whole case: everything they have told the guide so far.

use chrono::NaiveDate;

use super::access::CountyType;
use super::costs::CostInputs;
use super::keeping::Keeping;
use super::letters::LetterKind;
use super::route::UsState;
use super::PlanAnswers;

/// Everything the member has entered. Each step owns one part; every part may be incomplete.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Case {
    /// Step 1: region, plan type, urgency.
    pub plan: PlanAnswers,
    /// Steps 2 to 8, and the contact log.
    pub details: CaseDetails,
}

impl Case {
    /// Whether nothing at all has been entered. The calendar id is made by a download and the
    /// record of copies by the guide, not entered, so a case with only those is still empty.
    pub fn is_empty(&self) -> bool {
        let mut details = self.details.clone();
        details.documents.calendar_id = None;
        details.keeping = Keeping::default();
        self.plan.is_empty() && details == CaseDetails::default()
    }
}

/// The rest of the case (steps 2 to 8). Every field is optional: a missing answer gives
/// "not enough information" or "not yet known", never an error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseDetails {
    /// For regions that span several states (Mid-Atlantic, Northwest): the member's state.
    pub state: Option<UsState>,
    /// Step 2: why a second opinion, and what has happened so far.
    pub reasons: ReasonAnswers,
    /// Step 3: the facts behind an outside referral.
    pub access: AccessAnswers,
    /// Step 4: the referral request log.
    pub referral: ReferralLog,
    /// Step 7: dates of the appeal, if the referral was denied.
    pub appeal: AppealDates,
    /// Step 6: the outside appointment and the records request.
    pub appointment: AppointmentPlan,
    /// Step 5: the plan's cost terms and the outside doctor's prices.
    pub costs: CostInputs,
    /// Names and words for the letters, inserted verbatim.
    pub letter: LetterDetails,
    /// Every call, message or letter with Kaiser or a regulator, in the order entered.
    pub contacts: Vec<ContactEntry>,
    /// The member's own wording of the letters, and the case's calendar id.
    pub documents: Documents,
    /// When a copy was last saved to a file, and which offers to save one were answered.
    pub keeping: Keeping,
}

/// What the member keeps of the documents made from the case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Documents {
    /// A random id (no personal data) that makes the calendar events' UIDs stable for this case,
    /// so importing the calendar again updates its events; made when first needed.
    pub calendar_id: Option<String>,
    /// Letters the member has changed, as they left them; a letter not here is generated.
    pub edited: EditedLetters,
}

/// The member's wording of each letter they changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditedLetters {
    /// The written referral request.
    pub referral_request: Option<String>,
    /// The appeal, grievance or reconsideration.
    pub appeal: Option<String>,
    /// The records request.
    pub records_request: Option<String>,
    /// The independent review's cover sheet.
    pub review_cover: Option<String>,
}

impl EditedLetters {
    /// The member's text for a letter, if they changed it.
    pub fn get(&self, kind: LetterKind) -> Option<&str> {
        self.slot_ref(kind).as_deref()
    }

    /// The slot for a letter's edited text.
    pub fn slot(&mut self, kind: LetterKind) -> &mut Option<String> {
        match kind {
            LetterKind::ReferralRequest => &mut self.referral_request,
            LetterKind::Appeal => &mut self.appeal,
            LetterKind::RecordsRequest => &mut self.records_request,
            LetterKind::ReviewCover => &mut self.review_cover,
        }
    }

    fn slot_ref(&self, kind: LetterKind) -> &Option<String> {
        match kind {
            LetterKind::ReferralRequest => &self.referral_request,
            LetterKind::Appeal => &self.appeal,
            LetterKind::RecordsRequest => &self.records_request,
            LetterKind::ReviewCover => &self.review_cover,
        }
    }
}

/// How a contact happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContactChannel {
    /// A phone call.
    Call,
    /// A secure message through the member portal, or an email.
    Message,
    /// A letter or fax.
    Letter,
    /// In person.
    InPerson,
}

impl ContactChannel {
    /// Every channel, in the order the app lists them.
    pub const ALL: [ContactChannel; 4] = [
        ContactChannel::Call,
        ContactChannel::Message,
        ContactChannel::Letter,
        ContactChannel::InPerson,
    ];

    /// A stable code for saved state and form values.
    pub fn code(self) -> &'static str {
        match self {
            ContactChannel::Call => "call",
            ContactChannel::Message => "message",
            ContactChannel::Letter => "letter",
            ContactChannel::InPerson => "in-person",
        }
    }

    /// The channel whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<ContactChannel> {
        ContactChannel::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// One entry of the contact log: insurers "lose" things, so the member keeps their own record.
/// Text is the member's, kept verbatim.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactEntry {
    /// When it happened.
    pub date: Option<NaiveDate>,
    /// Call, message, letter or in person.
    pub channel: Option<ContactChannel>,
    /// Who: a department, a person's name.
    pub who: String,
    /// Any reference, case or ticket number given.
    pub reference: String,
    /// What was said.
    pub summary: String,
    /// The next step agreed, if any.
    pub next_step: String,
}

/// California's five statutory reasons for a second opinion (HSC 1383.15(a)(1)–(5)); also a good
/// checklist elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CaReason {
    /// (1) The member questions whether recommended surgery is reasonable or necessary.
    QuestionedSurgery,
    /// (2) The member questions the diagnosis or plan of care for a condition that threatens
    /// life, limb or bodily function, or risks substantial impairment.
    SeriousCondition,
    /// (3) Clinical signs are unclear or complex, tests conflict, or no diagnosis can be made.
    UnclearDiagnosis,
    /// (4) The treatment plan is not improving the condition within an appropriate time.
    TreatmentNotWorking,
    /// (5) The member followed the plan of care or raised serious concerns with the doctor.
    ConcernsNotResolved,
}

impl CaReason {
    /// The five reasons in statutory order.
    pub const ALL: [CaReason; 5] = [
        CaReason::QuestionedSurgery,
        CaReason::SeriousCondition,
        CaReason::UnclearDiagnosis,
        CaReason::TreatmentNotWorking,
        CaReason::ConcernsNotResolved,
    ];

    /// A stable code for saved state and form values.
    pub fn code(self) -> &'static str {
        match self {
            CaReason::QuestionedSurgery => "questioned-surgery",
            CaReason::SeriousCondition => "serious-condition",
            CaReason::UnclearDiagnosis => "unclear-diagnosis",
            CaReason::TreatmentNotWorking => "treatment-not-working",
            CaReason::ConcernsNotResolved => "concerns-not-resolved",
        }
    }

    /// The reason whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<CaReason> {
        CaReason::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Whether an in-network second opinion has happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InNetworkSecondOpinion {
    /// Not offered (or not asked for).
    NotOffered,
    /// Offered but not had.
    Offered,
    /// Already had.
    Had,
}

/// Step 2 answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReasonAnswers {
    /// Reason (1): questions a recommended surgery.
    pub questioned_surgery: Option<bool>,
    /// Reason (2): serious condition.
    pub serious_condition: Option<bool>,
    /// Reason (3): unclear or conflicting diagnosis.
    pub unclear_diagnosis: Option<bool>,
    /// Reason (4): treatment not working.
    pub treatment_not_working: Option<bool>,
    /// Reason (5): concerns raised and not resolved.
    pub concerns_not_resolved: Option<bool>,
    /// Whether the Kaiser doctor has been asked (the mandatory first step).
    pub kaiser_doctor_asked: Option<bool>,
    /// Whether an in-network second opinion was offered or had.
    pub in_network_second_opinion: Option<InNetworkSecondOpinion>,
}

impl ReasonAnswers {
    /// The answer for one of the five reasons.
    pub fn reason(&self, reason: CaReason) -> Option<bool> {
        match reason {
            CaReason::QuestionedSurgery => self.questioned_surgery,
            CaReason::SeriousCondition => self.serious_condition,
            CaReason::UnclearDiagnosis => self.unclear_diagnosis,
            CaReason::TreatmentNotWorking => self.treatment_not_working,
            CaReason::ConcernsNotResolved => self.concerns_not_resolved,
        }
    }

    /// The reasons the member ticked, in statutory order.
    pub fn ticked(&self) -> Vec<CaReason> {
        CaReason::ALL
            .into_iter()
            .filter(|r| self.reason(*r) == Some(true))
            .collect()
    }
}

/// Step 3 answers: the facts behind an outside referral.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccessAnswers {
    /// Is there a qualified in-network specialist for this condition? `None` = not sure.
    pub qualified_specialist_in_network: Option<bool>,
    /// The date the member asked for an in-network appointment.
    pub appointment_requested_on: Option<NaiveDate>,
    /// The earliest in-network appointment offered.
    pub earliest_in_network_appointment: Option<NaiveDate>,
    /// Miles to the nearest in-network specialist.
    pub travel_miles: Option<u32>,
    /// Minutes to the nearest in-network specialist.
    pub travel_minutes: Option<u32>,
    /// The member's county type (for the Medi-Cal travel standard).
    pub county: Option<CountyType>,
}

/// What Kaiser decided about the outside referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReferralOutcome {
    /// Not decided yet.
    Pending,
    /// Approved: get the written authorization.
    Approved,
    /// Denied: the appeal route opens.
    Denied,
}

/// Step 4: the referral request log.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReferralLog {
    /// When the written referral request was sent.
    pub requested_on: Option<NaiveDate>,
    /// When Kaiser decided.
    pub decided_on: Option<NaiveDate>,
    /// What Kaiser decided.
    pub outcome: Option<ReferralOutcome>,
}

/// What Kaiser decided on the member's grievance, appeal or reconsideration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AppealOutcome {
    /// Kaiser changed its mind: the referral is approved.
    Reversed,
    /// Kaiser approved part of the request and still denies the rest.
    PartlyReversed,
    /// Kaiser kept its denial.
    Upheld,
}

impl AppealOutcome {
    /// Every outcome, in the order the app lists them.
    pub const ALL: [AppealOutcome; 3] = [
        AppealOutcome::Reversed,
        AppealOutcome::PartlyReversed,
        AppealOutcome::Upheld,
    ];

    /// A stable code for saved state and form values.
    pub fn code(self) -> &'static str {
        match self {
            AppealOutcome::Reversed => "reversed",
            AppealOutcome::PartlyReversed => "partly-reversed",
            AppealOutcome::Upheld => "upheld",
        }
    }

    /// The outcome whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<AppealOutcome> {
        AppealOutcome::ALL.into_iter().find(|o| o.code() == code)
    }
}

/// What the independent reviewer decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewOutcome {
    /// The reviewer overturned Kaiser's denial (in whole or in part).
    Overturned,
    /// The reviewer kept Kaiser's denial.
    Upheld,
}

impl ReviewOutcome {
    /// Every outcome, in the order the app lists them.
    pub const ALL: [ReviewOutcome; 2] = [ReviewOutcome::Overturned, ReviewOutcome::Upheld];

    /// A stable code for saved state and form values.
    pub fn code(self) -> &'static str {
        match self {
            ReviewOutcome::Overturned => "overturned",
            ReviewOutcome::Upheld => "upheld",
        }
    }

    /// The outcome whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<ReviewOutcome> {
        ReviewOutcome::ALL.into_iter().find(|o| o.code() == code)
    }
}

/// Step 7: the appeal dates and outcomes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppealDates {
    /// The date printed on the denial letter.
    pub denial_letter: Option<NaiveDate>,
    /// When the grievance / appeal / reconsideration was filed.
    pub grievance_filed: Option<NaiveDate>,
    /// When the plan decided it (the date on its written decision).
    pub grievance_decision: Option<NaiveDate>,
    /// What the plan decided.
    pub grievance_outcome: Option<AppealOutcome>,
    /// When the independent review was requested.
    pub review_filed: Option<NaiveDate>,
    /// When the independent reviewer decided (the date on its decision).
    pub review_decision: Option<NaiveDate>,
    /// What the independent reviewer decided.
    pub review_outcome: Option<ReviewOutcome>,
}

impl AppealDates {
    /// Whether Kaiser's denial no longer stands: Kaiser reversed it in full, or the independent
    /// reviewer overturned it.
    pub fn denial_lifted(&self) -> bool {
        self.grievance_outcome == Some(AppealOutcome::Reversed)
            || self.review_outcome == Some(ReviewOutcome::Overturned)
    }
}

/// Step 6: the outside appointment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppointmentPlan {
    /// The outside appointment's date.
    pub date: Option<NaiveDate>,
    /// Business days before the appointment to request records by (default 5).
    pub records_lead_business_days: Option<u32>,
    /// When records were requested.
    pub records_requested_on: Option<NaiveDate>,
}

/// Names and words for the letters. Inserted verbatim; never invented when missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LetterDetails {
    /// The member's name.
    pub member_name: Option<String>,
    /// The member's Kaiser medical record number.
    pub medical_record_number: Option<String>,
    /// The member's date of birth, as typed.
    pub date_of_birth: Option<String>,
    /// The Kaiser doctor's name.
    pub kaiser_doctor: Option<String>,
    /// The condition or diagnosis, in the member's words.
    pub condition: Option<String>,
    /// The outside doctor or center the member wants to see.
    pub outside_doctor: Option<String>,
    /// Where the outside doctor wants records sent (address, fax or portal).
    pub outside_doctor_contact: Option<String>,
    /// Why, in the member's own words.
    pub own_words: Option<String>,
    /// The member's phone number or address, for the records request.
    pub member_contact: Option<String>,
    /// Someone acting for the member (a relative, an advocate), if any: their name.
    pub representative_name: Option<String>,
    /// How the representative is related to the member ("my daughter", "my advocate").
    pub representative_relationship: Option<String>,
}
