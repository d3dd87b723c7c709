//! Step 3, "Your case for an outside referral": the three grounds Kaiser's review looks at
//! (expertise, delay, travel), the overall strength, the evidence to gather and what to say.

use yew::prelude::*;

use crate::domain::access::{travel_standard, CountyType, TravelStandard};
use crate::domain::eligibility::Strength;
use crate::domain::sources as s;
use crate::i18n::{t, Code, Nav, ReasonT};
use crate::state::edit::{DateField, Edit, NumberField};
use crate::state::{Action, Step};
use crate::ui::steps::common::{date_field, finding, number_field};
use crate::ui::widgets::*;
use crate::ui::View;

pub fn case(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let case = &view.state.case;

    let options = vec![
        ("yes", t(lang, Nav::Yes), None),
        ("no", t(lang, Nav::No), None),
        ("not-sure", t(lang, Nav::NotSure), None),
    ];
    let selected = match case.details.access.qualified_specialist_in_network {
        Some(true) => Some("yes"),
        Some(false) => Some("no"),
        None if view.state.specialist_unsure => Some("not-sure"),
        None => None,
    };
    let county = case.details.access.county.map(CountyType::code);
    let on_county = on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::Edit(Edit::County(CountyType::from_code(&select.value())))
    });

    let body = html! {
        <>
            <p class="lead">{ t(lang, ReasonT::CaseIntro) }</p>
            { why(lang, s::SEED) }

            { radio_group("specialist", t(lang, ReasonT::SpecialistLegend),
                t(lang, ReasonT::SpecialistHint), &options, selected,
                &on_action.reform(|code: &'static str| Action::Edit(Edit::Specialist(match code {
                    "yes" => Some(true),
                    "no" => Some(false),
                    _ => None,
                })))) }

            <h2>{ t(lang, ReasonT::WaitTitle) }</h2>
            <p class="hint">{ t(lang, ReasonT::WaitHint) }</p>
            { date_field(view, on_action, DateField::AppointmentRequested, "asked-on", t(lang, ReasonT::AskedOnLabel)) }
            { date_field(view, on_action, DateField::EarliestOffered, "offered-on", t(lang, ReasonT::OfferedOnLabel)) }
            if let Some(timely) = view.eval.timely_access {
                <p class="note">{ t(lang, ReasonT::TimelyAccessRule) }</p>
                { why_with(lang, timely.specialist.source, timely.specialist.caveats, Html::default()) }
            } else {
                <p class="note">{ t(lang, ReasonT::NoWaitRule) }</p>
            }

            <h2>{ t(lang, ReasonT::TravelTitle) }</h2>
            <p class="hint">{ t(lang, ReasonT::TravelHint) }</p>
            <div class="pair">
                { number_field(view, on_action, NumberField::TravelMiles, "travel-miles", t(lang, ReasonT::MilesLabel), None) }
                { number_field(view, on_action, NumberField::TravelMinutes, "travel-minutes", t(lang, ReasonT::MinutesLabel), None) }
            </div>
            if matches!(travel_standard(case.plan.region, case.plan.plan_type, None),
                TravelStandard::MediCalSpecialist(..)) {
                <div class="field">
                    <label for="county">{ t(lang, ReasonT::CountyLabel) }</label>
                    <p class="hint" id="county-hint">{ t(lang, ReasonT::CountyHint) }</p>
                    <select id="county" aria-describedby="county-hint" onchange={on_county}>
                        <option value="" selected={county.is_none()}>{ t(lang, ReasonT::CountyChoose) }</option>
                        for c in CountyType::ALL {
                            <option value={c.code()} selected={county == Some(c.code())}>{ t(lang, Code::County(c)) }</option>
                        }
                    </select>
                </div>
            }

            { case_result(view) }
            { script(t(lang, ReasonT::ScriptDoctorTitle), t(lang, ReasonT::ScriptDoctor)) }
        </>
    };
    step_frame(view, Step::Case, on_action, body)
}

/// How strong the case is, each ground with its verdict, and the evidence to gather: on this
/// step and on the printable summary.
pub fn case_result(view: &View) -> Html {
    let lang = view.lang;
    let eligibility = &view.eval.eligibility;
    let strength_class = match eligibility.strength {
        Some(Strength::Strong) => "strength strong",
        Some(Strength::Possible) => "strength possible",
        Some(Strength::Weak) => "strength weak",
        None => "strength unknown",
    };
    html! {
        <section class="result" aria-labelledby="case-result">
            <h2 id="case-result">{ t(lang, ReasonT::ResultTitle) }</h2>
            <p class={strength_class} data-testid="strength">{ t(lang, Code::Strength(eligibility.strength)) }</p>
            <h3>{ t(lang, ReasonT::GroundsTitle) }</h3>
            <ul class="findings">
                for (i, f) in eligibility.grounds.iter().enumerate() {
                    { finding(lang, f, format!("ground-{i}")) }
                }
            </ul>
            <h3 class="evidence">{ t(lang, ReasonT::EvidenceTitle) }</h3>
            <ul data-testid="evidence">
                for e in eligibility.evidence.iter() {
                    <li>{ t(lang, Code::Evidence(*e)) }</li>
                }
            </ul>
        </section>
    }
}
