//! English: the journey's frame, "Why?" and confidence, and the "what to do next" line.

use crate::domain::money::ParseError;
use crate::domain::next_step::Approval;
use crate::domain::route::{InternalStepKind, UsState};
use crate::domain::{Caveat, Confidence};
use crate::i18n::keys::{Nav, NextKey};
use crate::state::edit::NumberKind;
use crate::state::Step;

pub(super) fn text(key: Nav) -> &'static str {
    match key {
        Nav::StepName(step) => step_name(step),
        Nav::StepsLabel => "Steps of the guide",
        Nav::StepNavLabel => "Back and next",
        Nav::StepOfN => "Step {k} of {n}",
        Nav::StepDone => "(done)",
        Nav::NextTo => "Next: {step}",
        Nav::BackTo => "Back: {step}",
        Nav::NextStepLabel => "What to do next:",
        Nav::Why => "Why? The rule and its source",
        Nav::SourceWithLink => "Source: {link} {new_tab} {confidence}",
        Nav::SourceWithoutLink => "Source: {title}. We found no public source for this. It is our best understanding only. {confidence}",
        Nav::SourceNotRead => "Source: the list of sources has not loaded yet. If this stays, check your connection, then reload the page. {confidence}",
        Nav::NewTab => "(opens in a new tab)",
        Nav::Confidence(c) => confidence(c),
        Nav::LowConfidenceNote => "We are not sure of this one. Please check your own letter or your Evidence of Coverage: what they say comes first.",
        Nav::Yes => "Yes",
        Nav::No => "No",
        Nav::NotSure => "I am not sure",
        Nav::CallLine => "Call: {number}",
        Nav::TtyLine => "TTY (for people who are deaf or hard of hearing): {number}",
        Nav::SpanishLine => "In Spanish: {number}",
        Nav::WebsiteLine => "Website: {site} {new_tab}",
        Nav::DateHint => "Pick the date, or type it as month, day, year.",
        Nav::NumberProblem(kind, problem) => number_problem(kind, problem),
        Nav::LetterHint => "Select all the text in this box and copy it into a secure message on kp.org (Kaiser's member website), or print it. It is filled in from your answers; anything in [square brackets] is still for you to fill in. Keep a copy.",
        Nav::DoneItem => "Done: {action}",
        Nav::ToDoItem => "To do: {action}",
        Nav::WithStatus => "{text} ({status})",
        Nav::AboutDate => "About {date}",
        Nav::State(state) => state_name(state),
        Nav::Caveat(caveat) => caveat_text(caveat),
        Nav::Next(key) => next(key),
    }
}

pub(super) fn step_name(step: Step) -> &'static str {
    match step {
        Step::Plan => "Your plan",
        Step::Reason => "Your reason",
        Step::Case => "Your case for an outside referral",
        Step::Ask => "Ask for the referral",
        Step::Costs => "Costs",
        Step::Records => "Your medical records",
        Step::IfDenied => "If the referral is denied",
        Step::Timeline => "Your timeline and contact log",
    }
}

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "How sure we are: fairly sure. We read the official text.",
        Confidence::Medium => "How sure we are: please check. We read a good secondary source, or only part of the official text.",
        Confidence::Low => "How sure we are: not sure. The source is weak or there is none. Please check.",
    }
}

fn number_problem(kind: NumberKind, problem: ParseError) -> &'static str {
    match (kind, problem) {
        (_, ParseError::Empty) => "",
        (NumberKind::Money, ParseError::NotANumber) => "We could not read this as an amount of money. Type numbers only, like 1200 or $1,200.50.",
        (NumberKind::Money, ParseError::TooManyDecimals) => "Use at most two digits after the point (cents), like 1,200.50.",
        (NumberKind::Money, ParseError::Negative) => "An amount cannot be below zero. Type it without a minus sign.",
        (NumberKind::Money, ParseError::TooLarge) => "This amount is too large. Please check it.",
        (NumberKind::Percent, ParseError::NotANumber) => "We could not read this as a percentage. Type a number like 20 or 20%.",
        (NumberKind::Percent, ParseError::TooManyDecimals) => "Use at most two digits after the point, like 12.5%.",
        (NumberKind::Percent, ParseError::Negative) => "A percentage cannot be below zero.",
        (NumberKind::Percent, ParseError::TooLarge) => "A percentage cannot be more than 100%.",
        (NumberKind::Count, ParseError::NotANumber | ParseError::TooManyDecimals) => "Type a whole number, like 45.",
        (NumberKind::Count, ParseError::Negative) => "This cannot be below zero.",
        (NumberKind::Count, ParseError::TooLarge) => "This number is too large. Please check it.",
    }
}

fn state_name(state: UsState) -> &'static str {
    match state {
        UsState::California => "California",
        UsState::Colorado => "Colorado",
        UsState::Georgia => "Georgia",
        UsState::Hawaii => "Hawaii",
        UsState::Maryland => "Maryland",
        UsState::Virginia => "Virginia",
        UsState::DistrictOfColumbia => "Washington DC",
        UsState::Oregon => "Oregon",
        UsState::Washington => "Washington",
    }
}

fn caveat_text(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::YourLetterWins => "If your own letter or Evidence of Coverage gives a different date, go by your letter.",
        Caveat::RegulationTextNotSeen => "We did not see the regulation's own text; several plan documents agree on this figure.",
        Caveat::HealthCareGovSays60Days => "One HealthCare.gov page says 60 days; the regulation itself says 4 months. To be safe, act early.",
        Caveat::OlderPagesSay60Days => "Older Medicare pages still say 60 days. Since January 1, 2025 it is 65 days.",
        Caveat::StateDeadlineNotConfirmed => "We found no state deadline, so we use the federal minimum of 4 months.",
        Caveat::ContactFromSecondarySource => "We took this phone number from a secondary website. Check the agency's own website.",
        Caveat::Unsourced => "We found no public source for this. It is our best understanding only.",
        Caveat::AnalogyOnly => "No law sets a day count here. Day 14 is a marker only: if you have heard nothing by then, follow up.",
        Caveat::WordingFromTwinStatute => "The exact wording comes from a matching law in the Insurance Code.",
        Caveat::MayBeExtended14Days => "The plan may take up to 14 more days, and must tell you if it does.",
        Caveat::OlderTextVerifyCurrent => "The text we saw is older; the current version may differ.",
        Caveat::StateNotGivenEarliestUsed => "We do not know your state yet, so we show the earliest deadline among the possible states.",
        Caveat::PlanTypeNotKnownEarliestUsed => "We do not know your kind of plan yet, so we show the earliest deadline among the possible plans.",
        Caveat::KaiserNorthwestFigure => "This lead time is the figure Kaiser's Oregon and Washington region publishes, not a legal limit where you live.",
        Caveat::LateAcceptedForGoodCause => "A late request may still be accepted if you have a good reason.",
        Caveat::HoursRoundedToDays => "The rule counts hours; we show the day those hours run out.",
        Caveat::MedicareRateIsFloor => "What Medicare pays is a floor, not a price quote. Outside doctors usually charge more.",
        Caveat::PlanDoesNotMatchRegion => "Your plan type does not fit your region, so we use the rules that protect you most.",
        Caveat::ClosedAfterStateHearing => "This choice closes once you ask for a State Hearing.",
        Caveat::ReasonsNotExhaustive => "These five reasons are examples. The law says the reasons include, but are not limited to, these.",
        Caveat::DecisionTimeNotSourced => "Our sources do not say how long the decision takes.",
        Caveat::CountedFromReviewerReceipt => "The reviewer's clock starts when it has your case, not on the day you send it, so this date is approximate.",
        Caveat::CountedFromCompleteInformation => "The clock starts when Kaiser has the information it needs, so this date is approximate.",
        Caveat::MonthsCountedProtectively => "No rule says how to count these months, so we use the earliest reading: the same date that many months later, or the last day of a shorter month (August 31 plus 6 months is February 28), never moved off a weekend. That way you are never late.",
        Caveat::StateMaySetShorter => "This is the longest the federal rule allows. Your state may give fewer days, but at least 90: go by your notice.",
        Caveat::ElectronicRequestsFaster => "A request sent electronically must be answered sooner.",
        Caveat::MayNotReachKaiserHmo => "This state rule does not apply to an HMO that gives most care through one medical group, which may include Kaiser's. Then the federal limit of 15 days applies.",
        Caveat::SpanishLineFromSpanishNotice => "The Spanish line is the one Kaiser's Spanish-language notice lists for Member Services (espanol.kaiserpermanente.org), not our source for the other numbers: check it on your member ID card.",
        Caveat::MedicaidPlanNamedOnNotice => "Your notice names the Medicaid plan, or state office, that decided. Send your appeal there. In most states other than California, Hawaii and Maryland, that is not Kaiser itself.",
    }
}

fn next(key: NextKey) -> &'static str {
    match key {
        NextKey::AnswerPlan => "Start with your plan: choose your Kaiser region and your kind of plan. Every rule and deadline depends on them.",
        NextKey::ActNowGrievance => "Act now: file your appeal by {date}. {when}",
        NextKey::ActNowReview => "Act now: ask for the independent review by {date}. {when}",
        NextKey::ActNowRecords => "Act now: ask Kaiser to send your records to the outside doctor. The safe date to ask by is {date}. {when}",
        NextKey::DueToday => "That is today.",
        NextKey::DueInDays => "That is in {days} {days:day|days}.",
        NextKey::Overdue => "That date passed {days} {days:day|days} ago. Do it as soon as you can.",
        NextKey::FileGrievance(kind) => match kind {
            InternalStepKind::Grievance => "Kaiser said no. File a grievance with Kaiser by {date} to ask them to look again.",
            InternalStepKind::Appeal => "Kaiser said no. File an appeal with Kaiser by {date} to ask them to look again.",
            InternalStepKind::Reconsideration => "Kaiser said no. Ask Kaiser for a reconsideration by {date}, so that they look again.",
            InternalStepKind::NotKnown => "Kaiser said no. File a grievance or appeal with Kaiser by {date} to ask them to look again.",
        },
        NextKey::FileGrievanceNoDate(kind) => match kind {
            InternalStepKind::Grievance => "Kaiser said no. File a grievance with Kaiser to ask them to look again. Enter the date on the denial letter in step 7 to see your deadline.",
            InternalStepKind::Appeal => "Kaiser said no. File an appeal with Kaiser to ask them to look again. Enter the date on the denial letter in step 7 to see your deadline.",
            InternalStepKind::Reconsideration => "Kaiser said no. Ask Kaiser for a reconsideration, so that they look again. Enter the date on the denial letter in step 7 to see your deadline.",
            InternalStepKind::NotKnown => "Kaiser said no. File a grievance or appeal with Kaiser to ask them to look again. Enter the date on the denial letter in step 7 to see your deadline.",
        },
        NextKey::FileWithPlanOnNotice => "Your request was denied. File an appeal by {date} with the plan, or state office, named on the denial notice, to ask them to look again.",
        NextKey::FileWithPlanOnNoticeNoDate => "Your request was denied. File an appeal with the plan, or state office, named on the denial notice, to ask them to look again. Enter the date on the notice in step 7 to see your deadline.",
        NextKey::AwaitPlanDecision => "Wait for the decision on your appeal. It is expected by {date}. Log every call in your contact log.",
        NextKey::AwaitPlanDecisionNoDate => "Wait for the decision on your appeal, and log every call in your contact log.",
        NextKey::AskReview => "If the answer is still no, ask for the independent review ({review}) by {date}.",
        NextKey::AskReviewNoDate => "If the answer is still no, ask for the independent review ({review}).",
        NextKey::AskReviewPartly => "Only part of your request was approved. For the part still denied, ask for the independent review ({review}) by {date}.",
        NextKey::AskReviewPartlyNoDate => "Only part of your request was approved. For the part still denied, ask for the independent review ({review}).",
        NextKey::ReviewIsAutomatic => "If Kaiser kept its denial, it must send your case to the independent reviewer by itself. The decision is expected about {date}. Watch for a letter, and call if you hear nothing.",
        NextKey::ReviewIsAutomaticNoDate => "If Kaiser still says no, it must send your case to the independent reviewer by itself. Watch for a letter, and call if you hear nothing.",
        NextKey::AwaitReview => "Wait for the independent reviewer's decision, expected by {date}.",
        NextKey::AwaitReviewAbout => "Wait for the independent reviewer's decision, expected about {date}.",
        NextKey::AwaitReviewNoDate => "Wait for the independent reviewer's decision. Call them if you have not heard within a month.",
        NextKey::ReviewUpheld => "The independent reviewer kept the denial. You can still pay for an outside opinion yourself (see step 5), and the decision letter says whether any further appeal is open to you.",
        NextKey::TalkToDoctor => "Talk to your Kaiser doctor: say you want a second opinion from a doctor outside Kaiser, and why. This talk is the first step.",
        NextKey::PutRequestInWriting => "Put your request in writing: send the message in step 4 through kp.org, and keep a copy.",
        NextKey::AwaitReferral => "Wait for Kaiser's answer to your request. It is expected by {date}. If it does not come, call and ask (step 4 has a script).",
        NextKey::AwaitReferralAbout => "Wait for Kaiser's answer to your request. It is expected about {date}. If you have heard nothing by {follow_up}, call and ask (step 4 has a script).",
        NextKey::AwaitReferralLate => "Kaiser's answer was expected by {date} and has not come. Call and ask where your request stands (step 4 has a script), and note the call in your contact log.",
        NextKey::AwaitReferralNoDate => "Wait for Kaiser's answer to your request, and log it in step 4 when it comes.",
        NextKey::BookAppointment(approval) => match approval {
            Approval::Referral => "Your referral was approved. Get the written approval, then book the appointment with the outside doctor and enter its date in step 6.",
            Approval::AppealReversed => "Your appeal reversed the denial: your referral is approved. Get the written approval, then book the appointment with the outside doctor and enter its date in step 6.",
            Approval::ReviewOverturned { binds: true, .. } => "The independent reviewer decided for you, and Kaiser must follow its decision. Get the written approval, then book the appointment with the outside doctor and enter its date in step 6.",
            Approval::ReviewOverturned { binds: false, .. } => "The independent reviewer decided for you. Ask Kaiser for the written approval, then book the appointment with the outside doctor and enter its date in step 6.",
        },
        NextKey::BookAfterReviewBy => "The independent reviewer decided for you, and Kaiser must follow its decision: it must approve your care by {date}. Get the written approval, then book the appointment with the outside doctor and enter its date in step 6.",
        NextKey::RequestRecords => "Ask Kaiser to send your records to the outside doctor by {date}.",
        NextKey::RequestRecordsNoDate => "Ask Kaiser to send your records to the outside doctor.",
        NextKey::GoToAppointment => "You are ready. Your appointment is on {date}. Bring your timeline and your questions.",
        NextKey::AfterAppointment => "Your appointment with the outside doctor was on {date}. Ask for the doctor's written report, and share it with your Kaiser doctor.",
    }
}
