//! English: the domain's codes in plain words.

use super::DOCUMENT_WORDS;
use crate::domain::access::CountyType;
use crate::domain::case::{
    AppealOutcome, CaReason, ContactChannel, InNetworkSecondOpinion, ReferralOutcome, ReviewOutcome,
};
use crate::domain::costs::{CostInput, ReferralCostBasis, ScenarioKind};
use crate::domain::eligibility::{ActionKind, Evidence, Ground, ReasonCode, Strength, Verdict};
use crate::domain::route::{FindOut, InternalStepKind, ReviewKind, RouteKind};
use crate::domain::timeline::{DateNeeded, ItemKind, NotNeeded};
use crate::i18n::document_words::document_word;
use crate::i18n::keys::Code;
use crate::state::edit::SelfPayItem;

pub(super) fn text(key: Code) -> &'static str {
    match key {
        Code::Verdict(v) => match v {
            Verdict::Applies => "Applies",
            Verdict::MayApply => "May apply",
            Verdict::DoesNotApply => "Does not apply",
            Verdict::NotEnoughInformation => "Not enough information yet",
        },
        Code::Strength(s) => match s {
            Some(Strength::Strong) => "Strong: on your answers, at least one of the usual grounds for an outside referral applies. Kaiser still decides, and the evidence below helps.",
            Some(Strength::Possible) => "Possible: a ground may apply. Kaiser decides, and the evidence below helps.",
            Some(Strength::Weak) => "Weak for now: on your answers, none of the usual reasons applies. You can still ask, or pay for an outside opinion yourself (see Costs).",
            None => "Not enough information yet. Answer the questions above to see how strong your case is.",
        },
        Code::Ground(g) => ground(g),
        Code::Reason(r) => reason(r),
        Code::CaReason(r) => ca_reason(r),
        Code::Evidence(e) => evidence(e),
        Code::Action(a) => action(a),
        Code::Item(i) => item(i),
        Code::ItemExplain(i) => item_explain(i),
        Code::ItemOn => "{what}: {date}.",
        Code::ItemAbout => "{what}: about {date}.",
        Code::ItemUnknown => "{what}: not known yet. {needed}",
        Code::Needed(n) => needed(n),
        Code::NotNeeded(n) => match n {
            NotNeeded::AppointmentPassed => "No longer needed: your appointment has passed",
            NotNeeded::DenialLifted => "No longer needed: Kaiser's denial no longer stands",
        },
        Code::CostInput(c) => cost_input(c),
        Code::Scenario(s) => match s {
            ScenarioKind::InNetwork => "A second opinion from another Kaiser doctor",
            ScenarioKind::AuthorizedReferral => "An outside doctor, approved by Kaiser",
            ScenarioKind::SelfPay => "An outside doctor, paid by you",
        },
        Code::ScenarioExplain(s) => match s {
            ScenarioKind::InNetwork => "Your usual cost for a Kaiser specialist visit.",
            ScenarioKind::AuthorizedReferral => "Kaiser gives written approval (an authorization) before the visit.",
            ScenarioKind::SelfPay => "No approval: you pay everything, and Kaiser pays nothing.",
        },
        Code::Basis(b) => match b {
            ReferralCostBasis::InNetworkCostSharing => "The same cost as a Kaiser visit",
            ReferralCostBasis::OutOfNetworkBenefits => "Out-of-network terms (deductible and coinsurance)",
            ReferralCostBasis::NoCostToMember => "No cost to you (Medicaid's rule for a second opinion)",
        },
        Code::FindOut(f) => find_out(f),
        Code::Route(r) => route(r),
        Code::Internal(i) => match i {
            InternalStepKind::Grievance => "grievance",
            InternalStepKind::Appeal => "appeal",
            InternalStepKind::Reconsideration => "request for reconsideration",
            InternalStepKind::NotKnown => "grievance or appeal",
        },
        Code::InternalExplain(i) => match i {
            InternalStepKind::Grievance => "A grievance is a written complaint to Kaiser that asks it to change its decision.",
            InternalStepKind::Appeal => "An appeal is a written request to Kaiser to change its decision.",
            InternalStepKind::Reconsideration => "A request for reconsideration asks Kaiser to look at its decision again. It is Medicare's word for an appeal.",
            InternalStepKind::NotKnown => "Its name and deadline depend on your kind of plan. Kaiser's denial letter says which one you have.",
        },
        Code::Review(r) => review(r),
        Code::ReviewExplain(r) => review_explain(r),
        Code::Channel(c) => match c {
            ContactChannel::Call => "Phone call",
            ContactChannel::Message => "Message or email",
            ContactChannel::Letter => "Letter or fax",
            ContactChannel::InPerson => "In person",
        },
        Code::County(c) => match c {
            CountyType::Large => "Large county (such as Los Angeles or Alameda)",
            CountyType::Medium => "Medium county",
            CountyType::Small => "Small county",
            CountyType::Rural => "Rural county",
        },
        Code::Outcome(o) => match o {
            ReferralOutcome::Pending => "Waiting for an answer",
            ReferralOutcome::Approved => "Approved",
            ReferralOutcome::Denied => "Denied",
        },
        Code::AppealOutcome(o) => match o {
            AppealOutcome::Reversed => "The denial was reversed (approved)",
            AppealOutcome::PartlyReversed => "Part was approved, and the rest is still denied",
            AppealOutcome::Upheld => "The denial was kept",
        },
        Code::ReviewOutcome(o) => match o {
            ReviewOutcome::Overturned => "The reviewer decided for me (overturned the denial)",
            ReviewOutcome::Upheld => "The reviewer kept the denial",
        },
        Code::SecondOpinion(s) => match s {
            InNetworkSecondOpinion::NotOffered => "No",
            InNetworkSecondOpinion::Offered => "It was offered, but I have not had it",
            InNetworkSecondOpinion::Had => "Yes, I had one",
        },
        Code::SelfPay(i) => match i {
            SelfPayItem::Consult => "Consultation fee",
            SelfPayItem::RecordReview => "Record review fee",
            SelfPayItem::PathologyReview => "Pathology slide review",
            SelfPayItem::ImagingReview => "Imaging review (scans, X-rays)",
            SelfPayItem::Tests => "Tests the outside doctor orders",
            SelfPayItem::Travel => "Travel and lodging",
        },
        Code::PeriodBusinessDays => "{n} {n:business day|business days}",
        Code::PeriodDays => "{n} {n:day|days}",
        Code::PeriodHours => "{n} {n:hour|hours}",
        Code::PeriodMonths => "{n} {n:month|months}",
        Code::StatusDone => "Done",
        Code::StatusToday => "Today",
        Code::StatusInDays => "In {days} {days:day|days}",
        Code::StatusInOneDay => "Tomorrow",
        Code::StatusOverdue => "{days} {days:day|days} ago, and not done",
        Code::StatusReached => "{days} {days:day|days} ago",
        Code::StatusUnknown => "Not known yet",
    }
}

fn ground(g: Ground) -> &'static str {
    match g {
        Ground::ExpertiseUnavailable => "No Kaiser specialist has the skills your condition needs",
        Ground::UnreasonableDelay => {
            "The wait for a Kaiser specialist is longer than the rule allows"
        }
        Ground::ExcessiveTravel => "The nearest Kaiser specialist is too far away",
        Ground::CaliforniaReason(r) => ca_reason(r),
    }
}

fn reason(r: ReasonCode) -> &'static str {
    match r {
        ReasonCode::NoQualifiedSpecialist => "You told us Kaiser has no specialist with the right skills. Then Kaiser should send you to one outside.",
        ReasonCode::QualifiedSpecialistExists => "You told us Kaiser has a specialist with the right skills, so this reason does not help on its own.",
        ReasonCode::SpecialistUnknown => "Ask your doctor whether a Kaiser specialist has the skills your condition needs.",
        ReasonCode::WaitExceedsStandard { .. } => "The first appointment offered was {business} {business:business day|business days} ({calendar} {calendar:day|days}) after you asked. The rule is {standard}, so the wait is longer than the rule allows, unless a doctor noted in your record that a longer wait will not harm your health. Ask Kaiser for an appointment within the rule, or for one with a doctor outside Kaiser.",
        ReasonCode::WaitWithinStandard { .. } => "The first appointment offered was {business} {business:business day|business days} ({calendar} {calendar:day|days}) after you asked. The rule is {standard}, so the wait is within the rule.",
        ReasonCode::WaitExceedsOnlyIfUrgent { .. } => "The wait of {business} {business:business day|business days} ({calendar} {calendar:day|days}) is longer than the rule allows only if your case is urgent (the urgent rule is {standard}).",
        ReasonCode::WaitDatesMissing => "Enter the day you asked and the earliest appointment offered to compare the wait with the rule.",
        ReasonCode::NoWaitStandard { .. } => "We found no waiting-time rule for your plan. A long wait is still worth telling Kaiser about.",
        ReasonCode::TravelExceedsLimit { .. } => "Both the distance and the travel time are over the limit of {miles} {miles:mile|miles} or {minutes} {minutes:minute|minutes}.",
        ReasonCode::TravelPartlyExceedsLimit { .. } => "The distance or the travel time (not both) is over the limit of {miles} {miles:mile|miles} or {minutes} {minutes:minute|minutes}.",
        ReasonCode::TravelWithinLimit { .. } => "The distance and the travel time are within the limit of {miles} {miles:mile|miles} or {minutes} {minutes:minute|minutes}.",
        ReasonCode::TravelConsideredNoNumber => "California has no set distance limit for your plan, but the law says Kaiser must consider how far you can travel.",
        ReasonCode::CountyTypeMissing => "Choose your kind of county to see the Medi-Cal travel limit.",
        ReasonCode::TravelNotGiven => "Enter the distance or travel time to the nearest Kaiser specialist.",
        ReasonCode::NoTravelStandard => "We found no travel limit for your plan. A long trip is still worth telling Kaiser about.",
        ReasonCode::ReasonTicked => "You ticked this reason. California law gives you the right to a second opinion for it.",
        ReasonCode::ReasonNotTicked => "You did not tick this reason.",
        ReasonCode::ReasonNotAnswered => "Not answered yet.",
        ReasonCode::ReasonTickedPlanMayNotBeCovered => "You ticked this reason. It gives you the right to a second opinion if your plan is a California HMO plan; you are not sure of your plan type yet.",
    }
}

fn ca_reason(r: CaReason) -> &'static str {
    match r {
        CaReason::QuestionedSurgery => "My doctor recommends surgery, and I question whether it is needed.",
        CaReason::SeriousCondition => "I have a serious condition (one that could threaten my life, a limb or how my body works), and I question the diagnosis or the treatment plan.",
        CaReason::UnclearDiagnosis => "My symptoms are unclear or complex, test results conflict, or no diagnosis has been made.",
        CaReason::TreatmentNotWorking => "My treatment has not helped within a reasonable time.",
        CaReason::ConcernsNotResolved => "I followed the treatment plan, or raised serious concerns with my doctor, and I still have doubts.",
    }
}

fn evidence(e: Evidence) -> &'static str {
    match e {
        Evidence::WrittenRequestAndReplies => "Copies of your written request and every reply (save the kp.org messages).",
        Evidence::NoQualifiedSpecialistStatement => "A note from your Kaiser doctor that no Kaiser specialist has the skills your condition needs.",
        Evidence::OutsideSpecialistExpertise => "What makes the outside specialist right for your condition (their focus, their experience with it).",
        Evidence::AppointmentOfferInWriting => "The date you asked for an appointment and the earliest one offered, in writing.",
        Evidence::TravelDistanceAndTime => "The distance and travel time to the nearest Kaiser specialist (a map printout works).",
        Evidence::RecordsShowingReason => "Records that show your reason: the surgery recommended, test results that conflict, or treatment that did not help.",
        Evidence::DenialLetter => "The denial letter.",
        Evidence::OutsideDoctorSupportLetter => "A letter from the outside doctor saying why they should see you.",
    }
}

fn action(a: ActionKind) -> &'static str {
    match a {
        ActionKind::TalkToKaiserDoctor => "Talk to your Kaiser doctor about a second opinion.",
        ActionKind::PutRequestInWriting => "Put your request in writing through kp.org.",
        ActionKind::AskForUrgentDecision => "Say it is urgent and ask for a fast (expedited) decision.",
        ActionKind::AskForInNetworkSecondOpinion => "Ask for a second opinion from another Kaiser doctor too. It is your right in California, and it can support your case.",
        ActionKind::KeepCopies => "Keep copies of everything you send and get.",
        ActionKind::GatherEvidence => "Gather the evidence listed in step 3.",
        ActionKind::GetWrittenAuthorization => "Get the written approval (authorization), and check which visits and services it covers.",
        ActionKind::RequestRecords => "Ask for your records to be sent to the outside doctor.",
        ActionKind::FileGrievanceOrAppeal => "File a grievance or appeal (see step 7).",
    }
}

fn item(i: ItemKind) -> &'static str {
    // Each is a noun phrase: it heads a timeline row, and fills "{what}: {date}.".
    match i {
        ItemKind::ReferralDecisionExpected => "Expected answer to your referral request",
        ItemKind::ReferralFollowUp => "Day to follow up if Kaiser has not answered",
        ItemKind::InNetworkAppointmentDue => {
            "Last day for Kaiser to offer a specialist appointment"
        }
        ItemKind::GrievanceFilingDeadline => "Last day to file your appeal",
        ItemKind::PlanDecisionExpected => "Expected decision on your appeal",
        ItemKind::MayEscalateFrom => "First day you may ask for the independent review",
        ItemKind::ReviewFilingDeadline => "Last day to ask for the independent review",
        ItemKind::AlternativeReviewFilingDeadline => {
            "Last day to ask for the other independent review"
        }
        ItemKind::ReviewDecisionExpected => "Expected decision of the independent reviewer",
        ItemKind::AuthorizationAfterReview => {
            "Last day for Kaiser to approve your care after the reviewer's decision"
        }
        ItemKind::RecordsLegalMaxRequestBy => {
            "Safe day to ask for your records, even if Kaiser takes as long as the law allows"
        }
        ItemKind::RecordsRequestBy => "Day to ask for your records",
        ItemKind::Appointment => "Your appointment with the outside doctor",
    }
}

fn item_explain(i: ItemKind) -> &'static str {
    match i {
        ItemKind::ReferralDecisionExpected => document_word!(DOCUMENT_WORDS, "Counted from the day you sent your written request."),
        ItemKind::ReferralFollowUp => document_word!(DOCUMENT_WORDS, "Counted from the day you sent your written request. This is a day to check in, not a legal deadline."),
        ItemKind::InNetworkAppointmentDue => document_word!(DOCUMENT_WORDS, "Counted from the day you asked for an appointment, by California's waiting-time rules."),
        ItemKind::GrievanceFilingDeadline => document_word!(DOCUMENT_WORDS, "Counted from the date printed on the denial letter."),
        ItemKind::PlanDecisionExpected => document_word!(DOCUMENT_WORDS, "Counted from the day you filed."),
        ItemKind::MayEscalateFrom => document_word!(DOCUMENT_WORDS, "Once your appeal is decided, or after this wait with no decision."),
        ItemKind::ReviewFilingDeadline => document_word!(DOCUMENT_WORDS, "Counted from the date of the written decision on your appeal."),
        ItemKind::AlternativeReviewFilingDeadline => document_word!(DOCUMENT_WORDS, "Counted from the date of the written decision on your appeal."),
        ItemKind::ReviewDecisionExpected => document_word!(DOCUMENT_WORDS, "Counted from the day you asked for the review (for Medicare, from Kaiser's decision, which sends the case on)."),
        ItemKind::AuthorizationAfterReview => document_word!(DOCUMENT_WORDS, "Counted from the date of the reviewer's decision."),
        ItemKind::RecordsLegalMaxRequestBy => document_word!(DOCUMENT_WORDS, "Counted back from your appointment by the longest time the law gives Kaiser to send copies."),
        ItemKind::RecordsRequestBy => document_word!(DOCUMENT_WORDS, "Counted back from your appointment in business days (weekdays that are not federal holidays)."),
        ItemKind::Appointment => document_word!(DOCUMENT_WORDS, "The date you entered."),
    }
}

fn needed(n: DateNeeded) -> &'static str {
    match n {
        DateNeeded::ReferralRequested => "Needs the day you sent your request (step 4).",
        DateNeeded::AppointmentRequested => {
            "Needs the day you asked for a specialist appointment (step 3)."
        }
        DateNeeded::DenialLetter => "Needs the date on the denial letter (step 7).",
        DateNeeded::GrievanceFiled => "Needs the day you filed your appeal (step 7).",
        DateNeeded::GrievanceDecision => "Needs the date of the decision on your appeal (step 7).",
        DateNeeded::ReviewFiled => "Needs the day you asked for the independent review (step 7).",
        DateNeeded::ReviewDecision => {
            "Needs the date of the independent reviewer's decision (step 7)."
        }
        DateNeeded::Appointment => "Needs the date of your outside appointment (step 6).",
        DateNeeded::PlanType => "Needs your kind of plan (step 1).",
        DateNeeded::State => "Needs your state (step 1).",
        DateNeeded::RuleNotSourced => "Our sources give no time limit for this on your plan.",
    }
}

fn cost_input(c: CostInput) -> &'static str {
    match c {
        CostInput::AllowedAmount => "the allowed amount",
        CostInput::CostShare => "your copay or coinsurance",
        CostInput::ReferralBasis => {
            "which terms an approved outside referral uses (your Evidence of Coverage says)"
        }
        CostInput::OutsideBilledAmount => "what the outside doctor charges",
        CostInput::ConsultFee => "the consultation fee",
        CostInput::RecordReviewFee => "the record review fee",
        CostInput::PathologyReviewFee => "the pathology slide review",
        CostInput::ImagingReviewFee => "the imaging review",
        CostInput::Tests => "tests",
        CostInput::Travel => "travel and lodging",
    }
}

fn find_out(f: FindOut) -> &'static str {
    match f {
        FindOut::WhichPlanType => "Which kind of plan you have. Your member ID card, your employer's benefits office or Kaiser Member Services can tell you.",
        FindOut::WhetherSelfFunded => "If your plan comes from your job: ask your benefits office whether it is \"self-funded\". That changes who reviews a denial.",
        FindOut::WhichState => "Which state's law covers your plan. Your Evidence of Coverage says.",
        FindOut::DeadlinesOnDenialLetter => "The deadlines printed on your denial letter. If they differ from ours, go by the letter.",
        FindOut::EocSecondOpinionSection => "What the \"Second opinions\" part of your Evidence of Coverage says.",
        FindOut::OutsideReferralCostShare => "What an approved outside referral costs under your plan.",
        FindOut::SecondOpinionTimelines => "Kaiser's own deadlines for answering second-opinion requests (it must tell you if you ask).",
        FindOut::AccessStandards => "Which waiting-time and travel rules your plan follows.",
    }
}

fn route(r: RouteKind) -> &'static str {
    match r {
        RouteKind::CaliforniaDmhc => "Your plan follows California's rules for health plans. The state's Department of Managed Health Care (DMHC) oversees it.",
        RouteKind::MediCal => "Your plan follows Medi-Cal's rules, with California's state agencies overseeing it.",
        RouteKind::Medicaid(Some(_)) => "Your plan follows the federal Medicaid rules for health plans, and {state}'s Medicaid office runs the fair hearing.",
        RouteKind::Medicaid(None) => "Your plan follows the federal Medicaid rules for health plans, and your state's Medicaid office runs the fair hearing.",
        RouteKind::MedicareAdvantage => "Your plan follows Medicare's federal rules, not your state's.",
        RouteKind::Fehb => "Your plan follows the federal rules for federal employees, overseen by the Office of Personnel Management (OPM).",
        RouteKind::SelfFundedFederal => "Your plan follows federal rules for employer plans, not your state's.",
        RouteKind::StateExternalReview(_) => "Your plan follows {state} law and the federal rules for health plans.",
        RouteKind::Protective => "We do not know yet which rules cover your plan, so we show the earliest deadline of every plan that could be yours.",
    }
}

fn review(r: ReviewKind) -> &'static str {
    match r {
        ReviewKind::DmhcImr => "an Independent Medical Review (IMR) by the California DMHC",
        ReviewKind::MediCalStateHearing => "a Medi-Cal State Hearing",
        ReviewKind::StateFairHearing(Some(_)) => {
            "a State fair hearing by {state}'s Medicaid office"
        }
        ReviewKind::StateFairHearing(None) => {
            "a State fair hearing by your state's Medicaid office"
        }
        ReviewKind::MedicareIre => "Medicare's Independent Review Entity",
        ReviewKind::OpmReview => "a review by the Office of Personnel Management (OPM)",
        ReviewKind::FederalExternalReview => "a federal external review",
        ReviewKind::StateExternalReview(_) => "{state}'s external review",
        ReviewKind::DependsOnPlanType => {
            "an independent review (which one depends on your kind of plan)"
        }
    }
}

fn review_explain(r: ReviewKind) -> &'static str {
    match r {
        ReviewKind::DmhcImr => "In an Independent Medical Review, doctors who do not work for Kaiser look at your case. It is free.",
        ReviewKind::MediCalStateHearing => "A State Hearing is a meeting with a judge from the California Department of Social Services, by phone, video or in person.",
        ReviewKind::StateFairHearing(_) => "In a State fair hearing, a hearing officer of your state's Medicaid program, not your plan, looks at the decision. You can ask for it after the plan's appeal, or when the plan does not decide in time.",
        ReviewKind::MedicareIre => "If Kaiser keeps its denial, it must send your case to this independent reviewer by itself. You do not have to ask.",
        ReviewKind::OpmReview => "The Office of Personnel Management, which runs federal employee health plans, looks at Kaiser's decision.",
        ReviewKind::FederalExternalReview => "An independent review organization, not Kaiser, looks at your case.",
        ReviewKind::StateExternalReview(_) => "In an external review, an independent organization chosen by the state, not Kaiser, looks at your case.",
        ReviewKind::DependsOnPlanType => "Once you know your kind of plan, this page shows the exact review and whom to call.",
    }
}
