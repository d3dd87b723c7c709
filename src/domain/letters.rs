//! The letters as data: the written referral request, the grievance / appeal / reconsideration
//! after a denial, and the records request. The domain decides what each letter says and asks
//! for, from the member's case and the rules of their program; the words are chosen by the
//! translation layer (`i18n::letter_text`), so a letter can be rendered in any language.
//!
//! Only what the member entered goes in, verbatim; anything missing is a typed [`Blank`] that the
//! text layer shows as a clear bracketed placeholder ("[your medical record number]"). Nothing is
//! ever invented.

use chrono::NaiveDate;

use super::access::{knox_keene, records_rules, timely_access, Applies, RecordsLaw};
use super::calendar;
use super::case::{CaReason, CaseDetails, LetterDetails};
use super::route::{
    route_for, Contact, Escalation, FiledWith, InternalStepKind, Program, ReviewKind, Route,
    UsState,
};
use super::rules::{Period, Rule};
use super::timeline::{self, referral_decision_rule, ItemKind};
use super::{Case, PlanType, Region, Urgency};

/// Which letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LetterKind {
    /// The written referral request (short enough for a kp.org secure message).
    ReferralRequest,
    /// The grievance / appeal / reconsideration after a denial.
    Appeal,
    /// The records request to Release of Information.
    RecordsRequest,
    /// The cover sheet for the independent review: what to send, where, and by when.
    ReviewCover,
}

impl LetterKind {
    /// Every letter.
    pub const ALL: [LetterKind; 4] = [
        LetterKind::ReferralRequest,
        LetterKind::Appeal,
        LetterKind::RecordsRequest,
        LetterKind::ReviewCover,
    ];

    /// A stable code: the saved case's key for the member's wording, and the file name.
    pub fn code(self) -> &'static str {
        match self {
            LetterKind::ReferralRequest => "referral-request",
            LetterKind::Appeal => "appeal",
            LetterKind::RecordsRequest => "records-request",
            LetterKind::ReviewCover => "review-cover",
        }
    }
}

/// Something the member has not entered yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Blank {
    /// The member's name.
    YourName,
    /// The member's medical record number.
    RecordNumber,
    /// The member's date of birth.
    DateOfBirth,
    /// The member's phone number or address.
    YourContact,
    /// The Kaiser doctor's name.
    KaiserDoctor,
    /// The condition.
    Condition,
    /// The outside doctor or center.
    OutsideDoctor,
    /// Where the outside doctor wants records.
    OutsideDoctorContact,
    /// The date on the denial letter.
    DenialLetterDate,
    /// The outside appointment's date.
    AppointmentDate,
    /// The doctor who supports an urgent request.
    SupportingDoctor,
    /// The representative's relationship to the member.
    RepresentativeRelationship,
    /// The documents the member encloses.
    Enclosures,
    /// The date of the written decision on the member's appeal.
    AppealDecisionDate,
    /// The last day to ask for the independent review.
    ReviewDeadline,
    /// The independent reviewer, when the plan type decides it.
    Reviewer,
}

/// A value the member gave, or the blank that stands for it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Filled<T> {
    /// Given, and inserted as it is.
    Given(T),
    /// Not given yet.
    Blank(Blank),
}

impl<T> Filled<T> {
    /// Whether the value was given.
    pub fn is_given(&self) -> bool {
        matches!(self, Filled::Given(_))
    }
}

/// Text the member typed, or a blank when it is empty.
fn text(value: &Option<String>, blank: Blank) -> Filled<String> {
    match value.as_deref().map(str::trim) {
        Some(v) if !v.is_empty() => Filled::Given(v.to_owned()),
        _ => Filled::Blank(blank),
    }
}

fn date(value: Option<NaiveDate>, blank: Blank) -> Filled<NaiveDate> {
    value.map_or(Filled::Blank(blank), Filled::Given)
}

/// Who the letter goes to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Recipient {
    /// The member's Kaiser doctor.
    KaiserDoctor(Filled<String>),
    /// The grievances and appeals office: Kaiser's, or that of the plan named on the notice.
    AppealsOffice(FiledWith),
    /// Kaiser's Release of Information office.
    ReleaseOfInformation,
    /// The independent reviewer: its office when the route names one, else the review (`None`:
    /// it depends on the plan type).
    Reviewer {
        /// The office that runs the review.
        agency: Option<&'static str>,
        /// Which review.
        review: Option<ReviewKind>,
    },
}

/// One reason an outside referral is needed, with the member's own facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LetterGround {
    /// No qualified in-network specialist.
    NoSpecialist,
    /// The wait for an in-network appointment.
    Wait {
        /// When the member asked.
        asked: NaiveDate,
        /// The earliest appointment offered.
        offered: NaiveDate,
        /// Business days between them.
        business_days: u32,
        /// California's standard in business days, when the wait is longer than it allows.
        longer_than: Option<u32>,
    },
    /// The distance and time to the nearest in-network specialist.
    Travel {
        /// Miles, when given.
        miles: Option<u32>,
        /// Minutes, when given.
        minutes: Option<u32>,
    },
}

/// Someone acting for the member.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Representative {
    /// Their name.
    pub name: String,
    /// How they are related to the member.
    pub relationship: Filled<String>,
    /// Which form appoints them.
    pub form: RepresentativeForm,
}

/// The form that appoints a representative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RepresentativeForm {
    /// Medicare's Appointment of Representative (CMS-1696), for a Medicare appeal or request.
    MedicareCms1696,
    /// Whatever form the plan or office asks for (and, for records, its own release).
    TheirOwn,
}

/// One part of a letter. The text layer writes each as whole sentences.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Block {
    /// "I am asking for a referral to {doctor} for a second opinion about {condition}."
    AskReferral {
        /// The outside doctor or center.
        outside_doctor: Filled<String>,
        /// The condition.
        condition: Filled<String>,
    },
    /// "In a letter dated {date}, my request … was denied. … I ask you to reverse it."
    DeniedOn {
        /// The denial letter's date.
        denial_date: Filled<NaiveDate>,
        /// The outside doctor or center.
        outside_doctor: Filled<String>,
        /// The condition.
        condition: Filled<String>,
        /// What the member's request is called.
        kind: InternalStepKind,
    },
    /// California's statutory reasons the member ticked.
    Reasons(Vec<CaReason>),
    /// The member's own words.
    OwnWords(String),
    /// The grounds for going outside the network.
    Grounds(Vec<LetterGround>),
    /// California's HSC 1383.15: a qualified second opinion, outside the network when none is
    /// inside, travel considered, the usual copay only, a written denial with reasons and
    /// grievance rights, and the plan's timelines on request.
    CaliforniaSecondOpinionLaw,
    /// Medicare Advantage: out-of-network care at in-network cost sharing when the network
    /// cannot meet the need (42 CFR 422.112(a)(1)(iii)).
    MedicareNetworkRule,
    /// Medicaid: a second opinion outside the network at no cost (42 CFR 438.206(b)(3)).
    MedicaidSecondOpinionRule,
    /// Oregon: an outside second opinion when no network doctor can give one (former ORS
    /// 743.856).
    OregonSecondOpinionRule,
    /// An urgent request, in the program's own words, with the time frame the plan must meet.
    Urgent {
        /// Whose rules.
        program: Program,
        /// The plan's time limit, when sourced.
        within: Option<Period>,
    },
    /// The supporting doctor's statement that the standard time could cause serious harm.
    DoctorSupports {
        /// Whose words to use.
        program: Program,
        /// The doctor.
        doctor: Filled<String>,
    },
    /// Reply in writing; if denied, the reasons, the criteria used and how to appeal.
    ReplyInWriting,
    /// The criteria, guideline or rule used, free of charge.
    AskCriteria,
    /// Every document relevant to the request, free of charge (the case file).
    AskCaseFile,
    /// A reviewer in the same or a similar specialty who took no part in the first decision.
    AskNewReviewer,
    /// What comes after the plan's own review, in the program's words (California: a DMHC
    /// complaint or an Independent Medical Review).
    NextReview(Program),
    /// Someone acting for the member, and the program's form for it.
    Representative(Representative),
    /// The documents enclosed.
    Enclosures,
    /// Send the decision in writing.
    DecisionInWriting,
    /// The member's date of birth.
    BirthDate(Filled<String>),
    /// The member's phone number or address.
    MemberContact(Filled<String>),
    /// The request for copies, under the law that gives the time limit.
    RecordsAccess {
        /// California's HSC 123110(b) or HIPAA.
        law: RecordsLaw,
        /// Its time limit.
        within: Period,
        /// The condition.
        condition: Filled<String>,
        /// Who receives them.
        to: Filled<String>,
        /// Where.
        at: Filled<String>,
    },
    /// The list of records the outside doctor needs.
    RecordsList,
    /// How to release the pathology slides and blocks to the outside pathologist (they are the
    /// laboratory's, lent or recut, not copied).
    PathologySlides {
        /// Who receives them.
        to: Filled<String>,
    },
    /// The appointment's date, to send the records before it.
    AppointmentOn(Filled<NaiveDate>),
    /// Kaiser's own authorization form may be used instead of this signed letter.
    AuthorizationForm,
    /// A signature and date line.
    SignatureLine,
    /// The cover sheet's where: the reviewer's office, website and phone.
    SendTo(Contact),
    /// The cover sheet's when: the last day to ask.
    SendBy(Filled<NaiveDate>),
    /// The plan sends the case to the reviewer itself (Medicare); these papers add to it.
    SentOnByPlan,
    /// The request for the review of the decision on the appeal.
    AskReview {
        /// Which review (`None`: it depends on the plan type).
        review: Option<ReviewKind>,
        /// The decision's date.
        decision_date: Filled<NaiveDate>,
        /// The outside doctor or center.
        outside_doctor: Filled<String>,
        /// The condition.
        condition: Filled<String>,
    },
    /// An urgent request for a fast (expedited) review, with its time frame when sourced.
    UrgentReview(Option<Period>),
    /// What to put with the cover sheet.
    ReviewEnclosures {
        /// Whether to add the doctor's statement that the standard time could cause serious harm.
        urgent: bool,
    },
}

/// One letter, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// Which letter.
    pub kind: LetterKind,
    /// Whose rules it follows (for the words of its asks).
    pub program: Program,
    /// The plan's own review, for the appeal's subject.
    pub step: InternalStepKind,
    /// Who it goes to.
    pub to: Recipient,
    /// The member's name.
    pub from: Filled<String>,
    /// The member's medical record number.
    pub record_number: Filled<String>,
    /// The date on the letter (today, passed in).
    pub date: NaiveDate,
    /// The body.
    pub blocks: Vec<Block>,
}

fn urgent(case: &Case) -> bool {
    case.plan.urgency == Some(Urgency::Urgent)
}

/// The member's ticked reasons, own words and grounds, shared by the request and the appeal.
fn reasons_and_grounds(case: &Case, blocks: &mut Vec<Block>) {
    let details = &case.details;
    let ticked = details.reasons.ticked();
    if !ticked.is_empty() {
        blocks.push(Block::Reasons(ticked));
    }
    if let Some(words) = details
        .letter
        .own_words
        .as_deref()
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        blocks.push(Block::OwnWords(words.to_owned()));
    }
    let grounds = grounds(case);
    if !grounds.is_empty() {
        blocks.push(Block::Grounds(grounds));
    }
}

fn grounds(case: &Case) -> Vec<LetterGround> {
    let access = &case.details.access;
    let mut grounds = Vec::new();
    if access.qualified_specialist_in_network == Some(false) {
        grounds.push(LetterGround::NoSpecialist);
    }
    if let (Some(asked), Some(offered)) = (
        access.appointment_requested_on,
        access.earliest_in_network_appointment,
    ) {
        let business_days = calendar::business_days_between(asked, offered);
        let standard = timely_access(case.plan.region, case.plan.plan_type)
            .filter(|_| knox_keene(case.plan.region, case.plan.plan_type) == Applies::Yes)
            .map(|t| t.specialist.period);
        let longer_than = match standard {
            Some(Period::BusinessDays(limit)) if business_days > limit && !urgent(case) => {
                Some(limit)
            }
            _ => None,
        };
        grounds.push(LetterGround::Wait {
            asked,
            offered,
            business_days,
            longer_than,
        });
    }
    if access.travel_miles.is_some() || access.travel_minutes.is_some() {
        grounds.push(LetterGround::Travel {
            miles: access.travel_miles,
            minutes: access.travel_minutes,
        });
    }
    grounds
}

/// The rule a program's law gives for outside care, as a letter block.
fn outside_care_rule(case: &Case, program: Program) -> Option<Block> {
    let plan = &case.plan;
    match program {
        Program::California | Program::MediCal
            if knox_keene(plan.region, plan.plan_type) == Applies::Yes =>
        {
            Some(Block::CaliforniaSecondOpinionLaw)
        }
        Program::Medicare => Some(Block::MedicareNetworkRule),
        Program::Medicaid => Some(Block::MedicaidSecondOpinionRule),
        Program::Employer
            if plan.region == Some(Region::Northwest)
                && case.details.state == Some(UsState::Oregon)
                && plan.plan_type == Some(PlanType::EmployerOrIndividualHmo) =>
        {
            Some(Block::OregonSecondOpinionRule)
        }
        _ => None,
    }
}

/// The urgent request and the supporting doctor's statement, when the member says it is urgent.
fn urgent_blocks(case: &Case, program: Program, within: Option<Rule>, blocks: &mut Vec<Block>) {
    if !urgent(case) {
        return;
    }
    blocks.push(Block::Urgent {
        program,
        within: within.map(|r| r.period),
    });
    blocks.push(Block::DoctorSupports {
        program,
        doctor: Filled::Blank(Blank::SupportingDoctor),
    });
}

fn representative_form(program: Program) -> RepresentativeForm {
    match program {
        Program::Medicare => RepresentativeForm::MedicareCms1696,
        _ => RepresentativeForm::TheirOwn,
    }
}

fn representative(letter: &LetterDetails, form: RepresentativeForm, blocks: &mut Vec<Block>) {
    if let Some(name) = letter
        .representative_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        blocks.push(Block::Representative(Representative {
            name: name.to_owned(),
            relationship: text(
                &letter.representative_relationship,
                Blank::RepresentativeRelationship,
            ),
            form,
        }));
    }
}

fn route(case: &Case, today: NaiveDate) -> Route {
    route_for(
        case.plan.region,
        case.plan.plan_type,
        case.details.state,
        case.details.appeal.denial_letter.unwrap_or(today),
    )
}

fn letter(
    case: &Case,
    kind: LetterKind,
    to: Recipient,
    route: &Route,
    today: NaiveDate,
    blocks: Vec<Block>,
) -> Letter {
    let l = &case.details.letter;
    Letter {
        kind,
        program: route.kind.program(),
        step: route.internal.kind,
        to,
        from: text(&l.member_name, Blank::YourName),
        record_number: text(&l.medical_record_number, Blank::RecordNumber),
        date: today,
        blocks,
    }
}

/// The written referral request, to send through the member portal.
pub fn referral_request(case: &Case, today: NaiveDate) -> Letter {
    let l = &case.details.letter;
    let route = route(case, today);
    let program = route.kind.program();
    let mut blocks = vec![Block::AskReferral {
        outside_doctor: text(&l.outside_doctor, Blank::OutsideDoctor),
        condition: text(&l.condition, Blank::Condition),
    }];
    reasons_and_grounds(case, &mut blocks);
    blocks.extend(outside_care_rule(case, program));
    // The same time limit as the timeline's, for the member's state and program.
    let within = referral_decision_rule(&case.plan, &route, case.details.referral.requested_on);
    urgent_blocks(case, program, within, &mut blocks);
    blocks.push(Block::ReplyInWriting);
    representative(l, representative_form(program), &mut blocks);
    letter(
        case,
        LetterKind::ReferralRequest,
        Recipient::KaiserDoctor(text(&l.kaiser_doctor, Blank::KaiserDoctor)),
        &route,
        today,
        blocks,
    )
}

/// The grievance / appeal / reconsideration after a denial.
pub fn appeal_letter(case: &Case, today: NaiveDate) -> Letter {
    let details: &CaseDetails = &case.details;
    let l = &details.letter;
    let route = route(case, today);
    let program = route.kind.program();
    let mut blocks = vec![Block::DeniedOn {
        denial_date: date(details.appeal.denial_letter, Blank::DenialLetterDate),
        outside_doctor: text(&l.outside_doctor, Blank::OutsideDoctor),
        condition: text(&l.condition, Blank::Condition),
        kind: route.internal.kind,
    }];
    reasons_and_grounds(case, &mut blocks);
    blocks.extend(outside_care_rule(case, program));
    urgent_blocks(case, program, route.internal.urgent_decision, &mut blocks);
    blocks.extend([
        Block::AskCaseFile,
        Block::AskCriteria,
        Block::AskNewReviewer,
    ]);
    if program != Program::NotKnown {
        blocks.push(Block::NextReview(program));
    }
    representative(l, representative_form(program), &mut blocks);
    blocks.extend([Block::Enclosures, Block::DecisionInWriting]);
    letter(
        case,
        LetterKind::Appeal,
        Recipient::AppealsOffice(route.internal.filed_with),
        &route,
        today,
        blocks,
    )
}

/// The records request to Kaiser's Release of Information, signed by the member.
pub fn records_request(case: &Case, today: NaiveDate) -> Letter {
    let l = &case.details.letter;
    let route = route(case, today);
    let records = records_rules(case.plan.region, case.details.state);
    let (law, within) = match records.safe_limit_law {
        RecordsLaw::CaliforniaCopies => (RecordsLaw::CaliforniaCopies, records.safe_limit.period),
        RecordsLaw::HipaaWithExtension => {
            (RecordsLaw::HipaaWithExtension, records.legal_max.period)
        }
    };
    let to = text(&l.outside_doctor, Blank::OutsideDoctor);
    let mut blocks = vec![
        Block::BirthDate(text(&l.date_of_birth, Blank::DateOfBirth)),
        Block::MemberContact(text(&l.member_contact, Blank::YourContact)),
        Block::RecordsAccess {
            law,
            within,
            condition: text(&l.condition, Blank::Condition),
            to: to.clone(),
            at: text(&l.outside_doctor_contact, Blank::OutsideDoctorContact),
        },
        Block::RecordsList,
        Block::PathologySlides { to },
        Block::AppointmentOn(date(case.details.appointment.date, Blank::AppointmentDate)),
    ];
    // Medicare's appointment form is for appeals, not a records office's release.
    representative(l, RepresentativeForm::TheirOwn, &mut blocks);
    blocks.extend([Block::AuthorizationForm, Block::SignatureLine]);
    letter(
        case,
        LetterKind::RecordsRequest,
        Recipient::ReleaseOfInformation,
        &route,
        today,
        blocks,
    )
}

/// The cover sheet for the independent review: where to send it, by when, what to put with it,
/// and the request itself. The last day is the timeline's, so the two never disagree.
pub fn review_cover(case: &Case, today: NaiveDate) -> Letter {
    let details = &case.details;
    let l = &details.letter;
    let route = route(case, today);
    let review = &route.review;
    let known = review.kind != ReviewKind::DependsOnPlanType;
    let mut blocks = Vec::new();
    if let Some(agency) = review.agency {
        blocks.push(Block::SendTo(agency));
    }
    if let Escalation::Automatic(_) = review.escalation {
        blocks.push(Block::SentOnByPlan);
    } else {
        let by = timeline::timeline(&case.plan, details, &route, today)
            .into_iter()
            .find(|it| it.kind == ItemKind::ReviewFilingDeadline)
            .and_then(|it| it.date);
        blocks.push(Block::SendBy(date(by, Blank::ReviewDeadline)));
    }
    blocks.push(Block::AskReview {
        review: known.then_some(review.kind),
        decision_date: date(details.appeal.grievance_decision, Blank::AppealDecisionDate),
        outside_doctor: text(&l.outside_doctor, Blank::OutsideDoctor),
        condition: text(&l.condition, Blank::Condition),
    });
    reasons_and_grounds(case, &mut blocks);
    if urgent(case) {
        blocks.push(Block::UrgentReview(
            review.urgent_decision.map(|r| r.period),
        ));
    }
    blocks.push(Block::ReviewEnclosures {
        urgent: urgent(case),
    });
    representative(l, representative_form(route.kind.program()), &mut blocks);
    let to = Recipient::Reviewer {
        agency: review.agency.map(|a| a.name),
        review: known.then_some(review.kind),
    };
    letter(case, LetterKind::ReviewCover, to, &route, today, blocks)
}

/// A letter of the given kind.
pub fn letter_for(kind: LetterKind, case: &Case, today: NaiveDate) -> Letter {
    match kind {
        LetterKind::ReferralRequest => referral_request(case, today),
        LetterKind::Appeal => appeal_letter(case, today),
        LetterKind::RecordsRequest => records_request(case, today),
        LetterKind::ReviewCover => review_cover(case, today),
    }
}
