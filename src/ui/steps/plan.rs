//! Step 1, "Your plan": Kaiser region, the state for multi-state regions, kind of plan, and
//! whether it is urgent; then what those answers mean for the route.

use yew::prelude::*;

use crate::domain::route::{RouteKind, UsState};
use crate::domain::{MedicaidProgram, PlanType, Region, Urgency};
use crate::i18n::{route_sentence, t, Code, LaterT, Nav, Text};
use crate::state::edit::Edit;
use crate::state::{Action, Step};
use crate::ui::widgets::*;
use crate::ui::View;

fn select_value(e: &Event) -> String {
    let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
    select.value()
}

pub fn plan(view: &View, on_action: &Callback<Action>) -> Html {
    let lang = view.lang;
    let answers = &view.state.case.plan;
    let edit = |f: fn(&'static str) -> Edit| on_action.reform(move |code| Action::Edit(f(code)));

    let on_region = on_action
        .reform(|e: Event| Action::Edit(Edit::Region(Region::from_code(&select_value(&e)))));
    let on_state = on_action
        .reform(|e: Event| Action::Edit(Edit::State(UsState::from_code(&select_value(&e)))));
    let selected_region = answers.region.map(Region::code).unwrap_or_default();
    let states = answers.region.map(UsState::of_region).unwrap_or(&[]);
    let selected_state = view.state.case.details.state.map(UsState::code);

    // Medicaid is named as members in the region know it (Medi-Cal, Oregon Health Plan...).
    let program = MedicaidProgram::of(answers.region, view.state.case.details.state);
    let plan_options: Vec<_> = PlanType::ALL
        .into_iter()
        .map(|p| match p {
            PlanType::Medicaid => (
                p.code(),
                t(lang, Text::MedicaidName(program)),
                Some(t(lang, Text::MedicaidExplain(program))),
            ),
            _ => (
                p.code(),
                t(lang, Text::PlanTypeName(p)),
                Some(t(lang, Text::PlanTypeExplain(p))),
            ),
        })
        .collect();
    let urgency_options: Vec<_> = Urgency::ALL
        .into_iter()
        .map(|u| (u.code(), t(lang, Text::UrgencyName(u)), None))
        .collect();

    let route = &view.eval.route;
    // The rule behind the route: the agency that oversees it, or for Medicaid (whose hearing
    // office varies by state) the federal appeal rule.
    let route_source = match route.kind {
        RouteKind::Medicaid(_) => route.internal.filing_window.source,
        _ => route
            .review
            .agency
            .map(|a| a.source)
            .unwrap_or(route.internal.filing_window.source),
    };

    let body = html! {
        <>
            <p class="lead">{ t(lang, Text::PlanIntro) }</p>

            <div class="field">
                <label for="region">{ t(lang, Text::RegionLabel) }</label>
                <p class="hint" id="region-hint">{ t(lang, Text::RegionHint) }</p>
                <select id="region" name="region" aria-describedby="region-hint" onchange={on_region}>
                    <option value="" selected={selected_region.is_empty()}>
                        { t(lang, Text::RegionChoose) }
                    </option>
                    for region in Region::ALL {
                        <option value={region.code()} selected={region.code() == selected_region}>
                            { t(lang, Text::RegionName(region)) }
                        </option>
                    }
                </select>
            </div>

            if states.len() > 1 {
                <div class="field">
                    <label for="us-state">{ t(lang, Text::StateLabel) }</label>
                    <p class="hint" id="us-state-hint">{ t(lang, Text::StateHint) }</p>
                    <select id="us-state" aria-describedby="us-state-hint" onchange={on_state}>
                        <option value="" selected={selected_state.is_none()}>
                            { t(lang, Text::StateChoose) }
                        </option>
                        for st in states.iter().copied() {
                            <option value={st.code()} selected={Some(st.code()) == selected_state}>
                                { t(lang, Nav::State(st)) }
                            </option>
                        }
                    </select>
                </div>
            }

            { radio_group("plan-type", t(lang, Text::PlanTypeLegend), t(lang, Text::PlanTypeHint),
                &plan_options, answers.plan_type.map(PlanType::code),
                &edit(|code| Edit::PlanType(PlanType::from_code(code).unwrap_or(PlanType::NotSure)))) }

            <div class="warning" role="status">
                if answers.region_conflicts_with_plan() {
                    <p>{ t(lang, Text::RegionPlanConflict) }</p>
                }
            </div>

            { radio_group("urgency", t(lang, Text::UrgencyLegend), t(lang, Text::UrgencyHint),
                &urgency_options, answers.urgency.map(Urgency::code),
                &edit(|code| Edit::Urgency(Urgency::from_code(code).unwrap_or(Urgency::NotSure)))) }

            <section class="result" aria-labelledby="plan-means">
                <h2 id="plan-means">{ t(lang, Text::PlanMeansTitle) }</h2>
                <p data-testid="route-sentence">{ route_sentence(lang, route.kind) }</p>
                for caveat in route.caveats.iter() {
                    <p class="note">{ t(lang, Nav::Caveat(*caveat)) }</p>
                }
                { why(lang, route_source) }
                if answers.plan_type == Some(PlanType::Medicaid) {
                    <p>{ t(lang, Text::MedicaidExplain(program)) }</p>
                    if let Some(source) = program.source() {
                        { why(lang, source) }
                    }
                }
                if !route.find_out.is_empty() {
                    <h3>{ t(lang, LaterT::FindOutTitle) }</h3>
                    <ul>
                        for item in route.find_out.iter() {
                            <li>{ t(lang, Code::FindOut(*item)) }</li>
                        }
                    </ul>
                }
            </section>
        </>
    };
    step_frame(view, Step::Plan, on_action, body)
}
