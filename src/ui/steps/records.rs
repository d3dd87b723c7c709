//! Step 6, "Your medical records": what the outside doctor needs, the "request by" dates
//! counted back from the appointment, Kaiser's published turnaround, and the request letter.

use yew::prelude::*;

use crate::domain::letters::LetterKind;
use crate::domain::timeline::{ItemKind, NotNeeded, Status};
use crate::i18n::{fill, period, t, LaterT};
use crate::state::edit::{DateField, NumberField};
use crate::state::{Action, Step};
use crate::ui::steps::common::{date_field, dated_fact, item, letter, number_field};
use crate::ui::widgets::*;
use crate::ui::View;

pub fn records(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let records = &view.eval.records;
    let lead_hint = fill(
        t(lang, LaterT::LeadHint),
        &[("period", &period(lang, records.default_lead.period))],
    );
    let passed = matches!(
        item(view, ItemKind::RecordsRequestBy).map(|i| i.status),
        Some(Status::NotNeeded(NotNeeded::AppointmentPassed))
    );
    let body = html! {
        <>
            <p class="lead">{ t(lang, LaterT::RecordsIntro) }</p>
            <h2>{ t(lang, LaterT::ChooseDoctorTitle) }</h2>
            { lines_list(t(lang, LaterT::ChooseDoctorList)) }
            { script(t(lang, LaterT::ScriptOutsideOfficeTitle), t(lang, LaterT::ScriptOutsideOffice)) }
            <h2>{ t(lang, LaterT::RecordsListTitle) }</h2>
            { lines_list(t(lang, LaterT::RecordsList)) }

            { date_field(view, on_action, DateField::Appointment, "appointment-date", t(lang, LaterT::AppointmentLabel)) }
            { number_field(view, on_action, NumberField::RecordsLeadDays, "records-lead",
                t(lang, LaterT::LeadLabel), Some(&lead_hint)) }

            <section class="result" aria-labelledby="records-dates">
                <h2 id="records-dates" class="visually-hidden">{ t(lang, LaterT::YourDatesTitle) }</h2>
                if passed {
                    <p class="note" data-testid="records-passed">{ t(lang, LaterT::RecordsNotNeeded) }</p>
                }
                { dated_fact(view, ItemKind::RecordsRequestBy, t(lang, LaterT::RequestBy), "records-by") }
                { dated_fact(view, ItemKind::RecordsLegalMaxRequestBy, t(lang, LaterT::LegalMax(records.safe_limit_law)), "records-legal") }
                if let Some(rule) = records.kaiser_turnaround {
                    <p>{ fill(t(lang, LaterT::KaiserTurnaround), &[("period", &period(lang, rule.period))]) }</p>
                    { why(lang, rule.source) }
                }
                if let Some(delayed) = records.delayed_limit {
                    <p>{ fill(t(lang, LaterT::KaiserTurnaroundDelayed), &[("period", &period(lang, delayed.period))]) }</p>
                    { why(lang, delayed.source) }
                }
                if let Some(source) = records.kaiser_turnaround_unknown {
                    <p>{ t(lang, LaterT::KaiserTurnaroundUnknown) }</p>
                    { why(lang, source) }
                }
            </section>
            { date_field(view, on_action, DateField::RecordsRequested, "records-requested", t(lang, LaterT::RecordsRequestedLabel)) }

            <h2>{ t(lang, LaterT::HowToAskTitle) }</h2>
            <p>{ t(lang, LaterT::HowToAsk) }</p>
            { why(lang, records.legal_max.source) }
            { letter(view, on_action, LetterKind::RecordsRequest, t(lang, LaterT::RecordsLetterTitle)) }
        </>
    };
    step_frame(view, Step::Records, on_action, body)
}
