//! English: step 4, asking for the referral.

use crate::i18n::keys::AskT;

pub(super) fn text(key: AskT) -> &'static str {
    match key {
        AskT::Intro => "After talking to your doctor, ask in writing. A written request has a date and leaves a record. Kaiser's Utilization Management team (the staff who approve or deny referrals) decides, and must answer you in writing.",
        AskT::ChecklistTitle => "Your checklist",
        AskT::DetailsTitle => "Details for your letters",
        AskT::DetailsHint => "These fill in the letters on this page and in steps 6 and 7. They stay on this device. Leave out anything you prefer not to type.",
        AskT::MemberName => "Your name",
        AskT::RecordNumber => "Your Kaiser medical record number",
        AskT::DateOfBirth => "Your date of birth",
        AskT::KaiserDoctor => "Your Kaiser doctor's name",
        AskT::Condition => "Your condition or diagnosis, in your words",
        AskT::OutsideDoctor => "The outside doctor or center you want to see",
        AskT::OutsideDoctorContact => "Where the outside doctor wants records sent (address, fax or upload)",
        AskT::OwnWords => "Why you want a second opinion, in your own words",
        AskT::OwnWordsHint => "A few sentences are enough. They go into your letters just as you type them.",
        AskT::LetterTitle => "Your request message",
        AskT::LetterLabel => "Request for an outside referral",
        AskT::LogTitle => "Log your request",
        AskT::RequestedOn => "The day you sent your written request",
        AskT::OutcomeLegend => "What did Kaiser decide?",
        AskT::DecidedOn => "The date of Kaiser's answer",
        AskT::ExpectedBy => "Kaiser's answer is due by {date}.",
        AskT::ExpectedUnknown => "When Kaiser must answer:",
        AskT::ScriptCheckTitle => "Checking on your request (a short phone script)",
        AskT::ScriptCheck => "\"I am calling about my request for a referral to an outside doctor for a second opinion. I sent it on [date].\"\n\"Can you tell me where it stands, and when I should get a decision?\"\n\"Please give me a reference number for this call, and your name.\"\n\"If it has been denied, please send me the decision in writing with the reasons and how to appeal.\"\nWrite the answers in your contact log (step 8).",
        AskT::MemberServicesTitle => "Kaiser Member Services",
    }
}
