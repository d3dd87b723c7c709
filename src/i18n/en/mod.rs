//! English. Plain words, about an 8th-grade reading level; terms of art explained where used.

mod ask;
mod codes;
mod costs;
mod docs;
mod later;
mod letters;
mod nav;
pub(super) mod page;
mod reason;
mod safety;

use chrono::{Datelike, NaiveDate};

use super::Text;

/// The documents' words (letters, their tools, the calendar file), in the file the browser
/// build fetches (see `i18n::document_words`).
pub(super) const DOCUMENT_WORDS: &str = include_str!("../../../static/document-words.txt");
use crate::domain::{MedicaidProgram, PlanType, Region, Urgency};

/// A date in US English: "June 18, 2027".
pub(super) fn date(date: NaiveDate) -> String {
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
    let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("");
    format!("{month} {}, {}", date.day(), date.year())
}

pub(super) fn text(text: Text) -> &'static str {
    match text {
        Text::AppName => "Second Opinion Navigator",
        Text::SkipToContent => "Skip to main content",
        Text::WelcomeTitle => "Get a second opinion from a doctor outside Kaiser",
        Text::WelcomeIntro => "If you are a Kaiser Permanente member and want a doctor outside Kaiser to look at your case, this guide walks you through it, one step at a time. It helps you see whether Kaiser should pay for an outside doctor, what it may cost you, how to get your records sent, and what to do if Kaiser says no.",
        Text::WelcomeSteps => "It takes about 10 minutes to start. Your answers are saved in this browser as you go, so you can stop and come back later. Private browsing, clearing browser data or, in Safari, a week without a visit can erase them: keep a copy of your case file.",
        Text::PrivacyTitle => "Your answers stay on this device",
        Text::PrivacyPromise => "Everything you type stays in this browser on this device. Nothing is sent anywhere: not to Kaiser, not to us, not to anyone. You can delete your saved answers at any time.",
        Text::Start => "Start",
        Text::ContinueWhereLeftOff => "Continue where you left off",
        Text::OpenCaseFile => "Open my case file",
        Text::PlanTitle => "Your plan",
        Text::PlanIntro => "Your Kaiser region and the kind of plan you have decide which rules protect you, who you can complain to, and your deadlines. You can find both on your member ID card or in your Evidence of Coverage (the booklet that explains what your plan covers).",
        Text::RegionLabel => "Kaiser region",
        Text::RegionHint => "Where your Kaiser membership is, not where you are today.",
        Text::RegionChoose => "Choose your region",
        Text::RegionName(region) => region_name(region),
        Text::PlanTypeLegend => "Kind of plan",
        Text::PlanTypeHint => "Not sure? Choose \"Not sure\". We will use the rules that protect you most and tell you what to find out.",
        Text::PlanTypeName(plan) => plan_type_name(plan),
        Text::PlanTypeExplain(plan) => plan_type_explain(plan),
        Text::MedicaidName(program) => medicaid_name(program),
        Text::MedicaidExplain(program) => medicaid_explain(program),
        Text::UrgencyLegend => "Is there an imminent and serious threat to your health?",
        Text::UrgencyHint => "For example, waiting the usual time could seriously harm your life, your health or your ability to regain full function. If so, Kaiser must decide faster.",
        Text::UrgencyName(urgency) => urgency_name(urgency),
        Text::StateLabel => "Which state's law covers your plan?",
        Text::StateHint => "Your region covers more than one state. Choose the state where your plan was issued; it is usually where you live. Your Evidence of Coverage says.",
        Text::StateChoose => "Not sure",
        Text::PlanMeansTitle => "What your answers mean",
        Text::Nav(key) => nav::text(key),
        Text::Code(key) => codes::text(key),
        Text::Reason(key) => reason::text(key),
        Text::Ask(key) => ask::text(key),
        Text::Cost(key) => costs::text(key),
        Text::Later(key) => later::text(key),
        Text::Safety(key) => safety::text(key),
        Text::Letter(key) => letters::text(key),
        Text::Doc(key) => docs::text(key),
        Text::RegionPlanConflict => "Covered California plans exist only in California, but the region you chose is outside California. Please check your region or your plan type.",
        Text::AnswersSavedNote => "Your answers are saved on this device as you go.",
        Text::BackToWelcome => "Back to the start page",
        Text::StorageUnavailable => "This browser is not letting us save your answers, so they will be lost when you close this page. This can happen in private browsing. The guide still works: to keep your answers, use \"Export my case\" at the bottom of the page.",
        Text::StorageWriteFailed => "We could not save your latest answers on this device (the browser's storage may be full), so they will not be kept after you close this page. They are kept while this page stays open: use \"Export my case\" at the bottom of the page to keep a copy.",
        Text::StorageUnreadable => "We found saved answers we could not read. We have not thrown them away: you can download them below. Until you choose to start fresh, nothing you type here will be saved.",
        Text::StorageNewerVersion => "Your answers were saved by a newer version of this guide. To keep them safe, nothing will be changed here, and what you type now will not be saved. You can download the saved answers below.",
        Text::DeleteSaved => "Delete everything",
        Text::DeleteConfirmQuestion => "Delete everything this guide saved on this device? That is your answers, dates, contact log and letters, and any copy of unreadable saved answers kept aside. This cannot be undone.",
        Text::DeleteConfirmYes => "Yes, delete everything",
        Text::DeleteCancel => "Cancel",
        Text::DeleteDone => "Everything this guide saved on this device was deleted.",
        Text::DeleteFailed => "We could not delete everything this guide saved. Try again, or clear this site's data in your browser settings.",
        Text::DismissNotice => "Dismiss this message",
        Text::Disclaimer => "This guide gives general information to help you find your way. It is not legal or medical advice. The dates in your own letters and your plan's documents come first.",
    }
}

fn region_name(region: Region) -> &'static str {
    match region {
        Region::NorthernCalifornia => "Northern California",
        Region::SouthernCalifornia => "Southern California",
        Region::Colorado => "Colorado",
        Region::Georgia => "Georgia",
        Region::Hawaii => "Hawaii",
        Region::MidAtlantic => "Maryland / Virginia / Washington DC",
        Region::Northwest => "Oregon / Southwest Washington",
        Region::Washington => "Washington",
    }
}

fn plan_type_name(plan: PlanType) -> &'static str {
    match plan {
        PlanType::EmployerOrIndividualHmo => "Employer or individual HMO",
        PlanType::CoveredCalifornia => "Covered California",
        PlanType::Medicaid => "Medicaid",
        PlanType::MedicareAdvantage => "Medicare Advantage (Senior Advantage)",
        PlanType::Fehb => "Federal employee plan (FEHB)",
        PlanType::SelfFundedEmployer => "Self-funded employer plan",
        PlanType::NotSure => "Not sure",
    }
}

fn plan_type_explain(plan: PlanType) -> &'static str {
    match plan {
        PlanType::EmployerOrIndividualHmo => "Coverage through your job, or a plan you bought yourself.",
        PlanType::CoveredCalifornia => "A plan bought through California's health insurance marketplace.",
        PlanType::Medicaid => "Your state's Medicaid program: health coverage for people with low income or a disability.",
        PlanType::MedicareAdvantage => "Medicare coverage run by Kaiser, usually for people 65 or older.",
        PlanType::Fehb => "Coverage for federal employees and retirees.",
        PlanType::SelfFundedEmployer => "Your employer pays the claims itself and Kaiser runs the plan. Your benefits office can tell you.",
        PlanType::NotSure => "We will use the rules that protect you most.",
    }
}

fn medicaid_name(program: MedicaidProgram) -> &'static str {
    match program {
        MedicaidProgram::MediCal => "Medi-Cal",
        MedicaidProgram::HealthFirstColorado => "Medicaid: Health First Colorado",
        MedicaidProgram::QuestIntegration => "Medicaid: Med-QUEST (QUEST Integration)",
        MedicaidProgram::HealthChoice => "Medicaid: Maryland HealthChoice",
        MedicaidProgram::OregonHealthPlan => "Medicaid: Oregon Health Plan (OHP)",
        MedicaidProgram::AppleHealth => "Medicaid: Washington Apple Health",
        MedicaidProgram::Medicaid => "Medicaid",
    }
}

fn medicaid_explain(program: MedicaidProgram) -> &'static str {
    match program {
        MedicaidProgram::MediCal => "California's Medicaid program, with Kaiser as your Medi-Cal health plan.",
        MedicaidProgram::HealthFirstColorado => "Colorado's Medicaid program. Kaiser sees Health First Colorado members as a provider.",
        MedicaidProgram::QuestIntegration => "Hawaii's Medicaid program, with Kaiser as your QUEST Integration health plan.",
        MedicaidProgram::HealthChoice => "Maryland's Medicaid program, with Kaiser as your HealthChoice health plan.",
        MedicaidProgram::OregonHealthPlan => "Oregon's Medicaid program. Kaiser serves OHP members through a coordinated care organization, such as Health Share of Oregon.",
        MedicaidProgram::AppleHealth => "Washington's Medicaid program. Kaiser sees members that an Apple Health plan assigns to it.",
        MedicaidProgram::Medicaid => "Your state's Medicaid program: health coverage for people with low income or a disability.",
    }
}

fn urgency_name(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Urgent => "Yes, it is urgent",
        Urgency::NotUrgent => "No, it is not urgent",
        Urgency::NotSure => "I am not sure",
    }
}
