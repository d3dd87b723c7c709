//! Step 2, "Your reason": the five reasons as a checklist, whether the Kaiser doctor has been
//! asked, whether an in-network second opinion happened; then the second-opinion rights that
//! reach the member, with each reason's verdict.

use yew::prelude::*;

use crate::domain::access::{Applies, FederalOutsideCare};
use crate::domain::case::{CaReason, InNetworkSecondOpinion};
use crate::i18n::{t, Code, Nav, ReasonT};
use crate::state::edit::Edit;
use crate::state::{Action, Step};
use crate::ui::steps::common::finding;
use crate::ui::widgets::*;
use crate::ui::View;

const SECOND_OPINIONS: [(InNetworkSecondOpinion, &str); 3] = [
    (InNetworkSecondOpinion::NotOffered, "not-offered"),
    (InNetworkSecondOpinion::Offered, "offered"),
    (InNetworkSecondOpinion::Had, "had"),
];

pub fn reason(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let reasons = &view.state.case.details.reasons;

    let yes_no = vec![
        ("yes", t(lang, Nav::Yes), None),
        ("no", t(lang, Nav::No), None),
    ];
    let asked = reasons
        .kaiser_doctor_asked
        .map(|b| if b { "yes" } else { "no" });
    let second: Vec<_> = SECOND_OPINIONS
        .iter()
        .map(|(s, code)| (*code, t(lang, Code::SecondOpinion(*s)), None))
        .collect();
    let second_selected = reasons.in_network_second_opinion.and_then(|s| {
        SECOND_OPINIONS
            .iter()
            .find(|(o, _)| *o == s)
            .map(|(_, c)| *c)
    });

    let rights = &view.eval.second_opinion;
    let ca_findings = &view.eval.eligibility.california_reasons;

    let body = html! {
        <>
            <p class="lead">{ t(lang, ReasonT::Intro) }</p>

            <fieldset class="field checks" aria-describedby="reasons-hint">
                <legend>{ t(lang, ReasonT::ReasonsLegend) }</legend>
                <p class="hint" id="reasons-hint">{ t(lang, ReasonT::ReasonsHint) }</p>
                for reason in CaReason::ALL {
                    <div class="check">
                        <input type="checkbox" id={format!("reason-{}", reason.code())}
                            checked={reasons.reason(reason) == Some(true)}
                            onchange={on_action.reform(move |e: Event| {
                                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                                Action::Edit(Edit::Reason(reason, input.checked()))
                            })} />
                        <label for={format!("reason-{}", reason.code())}>{ t(lang, Code::CaReason(reason)) }</label>
                    </div>
                }
            </fieldset>

            { radio_group("doctor-asked", t(lang, ReasonT::DoctorAskedLegend),
                t(lang, ReasonT::DoctorAskedHint), &yes_no, asked,
                &on_action.reform(|code: &'static str| Action::Edit(Edit::DoctorAsked(code == "yes")))) }

            { radio_group("in-network-opinion", t(lang, ReasonT::InNetworkLegend),
                t(lang, ReasonT::InNetworkHint), &second, second_selected,
                &on_action.reform(|code: &'static str| {
                    let had = SECOND_OPINIONS.iter().find(|(_, c)| *c == code)
                        .map_or(InNetworkSecondOpinion::NotOffered, |(s, _)| *s);
                    Action::Edit(Edit::InNetworkSecondOpinion(had))
                })) }

            <section class="result" aria-labelledby="rights-title">
                <h2 id="rights-title">{ t(lang, ReasonT::RightsTitle) }</h2>
                if let Some(ca) = rights.california {
                    <p data-testid="california-rights">{ t(lang, if ca.applies == Applies::Yes {
                        ReasonT::CaliforniaApplies } else { ReasonT::CaliforniaMaybe }) }</p>
                    { why_with(lang, ca.statute, ca.caveats, Html::default()) }
                    <h3>{ t(lang, ReasonT::CaliforniaReasonsTitle) }</h3>
                    <ul class="findings">
                        for (i, f) in ca_findings.iter().enumerate() {
                            { finding(lang, f, format!("ca-reason-{i}")) }
                        }
                    </ul>
                } else {
                    <p data-testid="california-rights">{ t(lang, ReasonT::NotCalifornia) }</p>
                    if let Some(source) = rights.oregon {
                        <p>{ t(lang, ReasonT::OregonRule) }</p>
                        { why(lang, source) }
                    }
                    if let Some(source) = rights.kaiser_policy {
                        <p>{ t(lang, ReasonT::KaiserPolicy) }</p>
                        { why(lang, source) }
                    }
                }
                { match rights.federal {
                    Some(FederalOutsideCare::MedicareNetworkGap(source)) => html! {
                        <><p data-testid="federal-rule">{ t(lang, ReasonT::MedicareRule) }</p>{ why(lang, source) }</>
                    },
                    Some(FederalOutsideCare::MedicaidSecondOpinion(source)) => html! {
                        <><p data-testid="federal-rule">{ t(lang, ReasonT::MedicaidRule) }</p>{ why(lang, source) }</>
                    },
                    None => Html::default(),
                } }
            </section>

            <div class="tip">
                <h2>{ t(lang, ReasonT::TipTitle) }</h2>
                <p>{ t(lang, ReasonT::Tip) }</p>
            </div>
        </>
    };
    step_frame(view, Step::Reason, on_action, body)
}
