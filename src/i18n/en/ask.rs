//! English: step 4, asking for the referral.

use crate::domain::route::Program;
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
        AskT::MemberContact => "Your phone number or address (for the records request)",
        AskT::RepresentativeName => "Someone who may act for you, if anyone: their name",
        AskT::RepresentativeRelationship => "How they are related to you (for example: my daughter, my advocate)",
        AskT::RepresentativeHint => "Leave empty if you are acting for yourself. If you fill it in, the letters say this person may act for you.",
        AskT::LetterTitle => "Your request message",
        AskT::LetterLabel => "Request for an outside referral",
        AskT::LogTitle => "Log your request",
        AskT::RequestedOn => "The day you sent your written request",
        AskT::OutcomeLegend => "What did Kaiser decide?",
        AskT::DecidedOn => "The date of Kaiser's answer",
        AskT::ExpectedBy => "Kaiser's answer is expected by {date}.",
        AskT::ExpectedAbout => "Kaiser's answer is expected about {date}: the rule counts from when Kaiser has the information it needs.",
        AskT::FollowUpOn => "If you have heard nothing by {date}, follow up (the script below helps).",
        AskT::ScriptCheckTitle => "Checking on your request (a short phone script)",
        AskT::ScriptCheck => "\"I am calling about my request for a referral to an outside doctor for a second opinion. I sent it on [date].\"\n\"Can you tell me where it stands, and when I should get a decision?\"\n\"Please give me a reference number for this call, and your name.\"\n\"If it has been denied, please send me the decision in writing with the reasons, the criteria you used, and how to appeal.\"\nWrite the answers in your contact log (step 8).",
        AskT::ScriptUrgentTitle => "Asking for an urgent (fast) decision (a short phone script)",
        AskT::ScriptUrgent(program) => match program {
            Program::Medicare => "\"I am calling to ask for a fast (expedited) decision on my request for a referral to an outside doctor. I sent it on [date].\"\n\"Waiting the standard time could seriously jeopardize my life, my health or my ability to regain maximum function. My doctor, [name], supports this and can tell you why.\"\n\"Medicare requires a fast decision within 72 hours. Will you treat my request as expedited?\"\n\"Please give me a reference number for this call, and your name.\"\nWrite the answers in your contact log (step 8).",
            Program::MediCal | Program::Medicaid => "\"I am calling to ask for an expedited (fast) decision on my request for a referral to an outside doctor. I sent it on [date].\"\n\"Waiting the standard time could seriously jeopardize my life, my physical or mental health, or my ability to attain, maintain or regain maximum function. My doctor, [name], supports this and can tell you why.\"\n\"Will you treat my request as expedited, and when will I have your decision?\"\n\"Please give me a reference number for this call, and your name.\"\nWrite the answers in your contact log (step 8).",
            Program::California => "\"I am calling to ask for an urgent decision on my request for a second opinion from an outside doctor. I sent it on [date].\"\n\"There is an imminent and serious threat to my health. My doctor, [name], supports this and can tell you why.\"\n\"California law requires an answer within 72 hours when it is urgent. Will you treat my request as urgent?\"\n\"Please give me a reference number for this call, and your name.\"\nWrite the answers in your contact log (step 8).",
            Program::Employer | Program::Fehb | Program::NotKnown => "\"I am calling to ask for an urgent decision on my request for a referral to an outside doctor. I sent it on [date].\"\n\"Waiting the standard time could seriously harm my health. My doctor, [name], supports this and can tell you why.\"\n\"Will you treat my request as urgent care, and when will I have your decision?\"\n\"Please give me a reference number for this call, and your name.\"\nWrite the answers in your contact log (step 8).",
        },
        AskT::MemberServicesTitle => "Kaiser Member Services",
    }
}
