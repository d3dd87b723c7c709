//! Step 4, "Ask for the referral": the checklist, the details for the letters, the generated
//! request message, and the log of the request and Kaiser's answer.

use yew::prelude::*;

use crate::domain::case::ReferralOutcome;
use crate::domain::letters::LetterKind;
use crate::domain::timeline::ItemKind;
use crate::domain::Urgency;
use crate::i18n::{fill, t, AskT, Code, Nav};
use crate::state::edit::{DateField, Edit, LetterField};
use crate::state::{Action, Step};
use crate::ui::steps::common::{date_field, dated_fact, item, letter};
use crate::ui::widgets::*;
use crate::ui::View;

const OUTCOMES: [(ReferralOutcome, &str); 3] = [
    (ReferralOutcome::Pending, "pending"),
    (ReferralOutcome::Approved, "approved"),
    (ReferralOutcome::Denied, "denied"),
];

const LETTER_FIELDS: [(LetterField, AskT, &str); 11] = [
    (LetterField::MemberName, AskT::MemberName, "member-name"),
    (
        LetterField::RecordNumber,
        AskT::RecordNumber,
        "record-number",
    ),
    (LetterField::DateOfBirth, AskT::DateOfBirth, "date-of-birth"),
    (
        LetterField::KaiserDoctor,
        AskT::KaiserDoctor,
        "kaiser-doctor",
    ),
    (LetterField::Condition, AskT::Condition, "condition"),
    (
        LetterField::OutsideDoctor,
        AskT::OutsideDoctor,
        "outside-doctor",
    ),
    (
        LetterField::OutsideDoctorContact,
        AskT::OutsideDoctorContact,
        "outside-contact",
    ),
    (LetterField::OwnWords, AskT::OwnWords, "own-words"),
    (
        LetterField::MemberContact,
        AskT::MemberContact,
        "member-contact",
    ),
    (
        LetterField::RepresentativeName,
        AskT::RepresentativeName,
        "representative-name",
    ),
    (
        LetterField::RepresentativeRelationship,
        AskT::RepresentativeRelationship,
        "representative-relationship",
    ),
];

/// The hint under a letter field, where it has one.
fn field_hint(field: LetterField) -> Option<AskT> {
    match field {
        LetterField::OwnWords => Some(AskT::OwnWordsHint),
        LetterField::RepresentativeName => Some(AskT::RepresentativeHint),
        _ => None,
    }
}

pub fn ask(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let case = &view.state.case;
    let outcomes: Vec<_> = OUTCOMES
        .iter()
        .map(|(o, code)| (*code, t(lang, Code::Outcome(*o)), None))
        .collect();
    let outcome = case
        .details
        .referral
        .outcome
        .and_then(|o| OUTCOMES.iter().find(|(x, _)| *x == o).map(|(_, c)| *c));
    let expected = match item(view, ItemKind::ReferralDecisionExpected) {
        Some(it) if it.is_approximate() => t(lang, AskT::ExpectedAbout),
        _ => t(lang, AskT::ExpectedBy),
    };
    let program = view.eval.route.kind.program();
    let urgent_script = case.plan.urgency != Some(Urgency::NotUrgent);

    let body = html! {
        <>
            <p class="lead">{ t(lang, AskT::Intro) }</p>

            <h2>{ t(lang, AskT::ChecklistTitle) }</h2>
            <ul class="checklist" data-testid="checklist">
                for a in view.eval.eligibility.next_actions.iter() {
                    <li class={if a.done { "done" } else { "todo" }}>
                        <span class="check-mark" aria-hidden="true">{ if a.done { "✓ " } else { "○ " } }</span>
                        { fill(t(lang, if a.done { Nav::DoneItem } else { Nav::ToDoItem }),
                            &[("action", t(lang, Code::Action(a.kind)))]) }
                    </li>
                }
            </ul>

            <h2>{ t(lang, AskT::DetailsTitle) }</h2>
            <p class="hint">{ t(lang, AskT::DetailsHint) }</p>
            for (field, label, id) in LETTER_FIELDS {
                { text_input(id, t(lang, label), field_hint(field).map(|h| t(lang, h)),
                    field.get(case), field == LetterField::OwnWords,
                    on_action.reform(move |text| Action::Edit(Edit::Letter(field, text)))) }
            }

            <h2>{ t(lang, AskT::LetterTitle) }</h2>
            { letter(view, on_action, LetterKind::ReferralRequest, t(lang, AskT::LetterLabel)) }

            <h2>{ t(lang, AskT::LogTitle) }</h2>
            { date_field(view, on_action, DateField::ReferralRequested, "requested-on", t(lang, AskT::RequestedOn)) }
            { dated_fact(view, ItemKind::ReferralDecisionExpected, expected, "referral-expected") }
            { dated_fact(view, ItemKind::ReferralFollowUp, t(lang, AskT::FollowUpOn), "referral-follow-up") }
            { radio_group("outcome", t(lang, AskT::OutcomeLegend), "", &outcomes, outcome,
                &on_action.reform(|code: &'static str| Action::Edit(Edit::Outcome(
                    OUTCOMES.iter().find(|(_, c)| *c == code).map(|(o, _)| *o))))) }
            { date_field(view, on_action, DateField::ReferralDecided, "decided-on", t(lang, AskT::DecidedOn)) }

            if let Some(contact) = view.eval.route.internal.member_services {
                <h2>{ t(lang, AskT::MemberServicesTitle) }</h2>
                { contact_card(lang, contact) }
            }
            { script(t(lang, AskT::ScriptCheckTitle), t(lang, AskT::ScriptCheck)) }
            if urgent_script {
                { script(t(lang, AskT::ScriptUrgentTitle), t(lang, AskT::ScriptUrgent(program))) }
            }
        </>
    };
    step_frame(view, Step::Ask, on_action, body)
}
