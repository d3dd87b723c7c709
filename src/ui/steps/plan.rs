//! Step "Your plan": Kaiser region, kind of plan, and whether it is urgent.

use yew::prelude::*;

use crate::domain::{PlanAnswers, PlanType, Region, Urgency};
use crate::i18n::{t, Lang, Text};
use crate::state::{Action, Screen};
use crate::ui::widgets::RadioGroup;
use crate::ui::HEADING_ID;

#[derive(Properties, PartialEq)]
pub struct PlanStepProps {
    pub lang: Lang,
    pub answers: PlanAnswers,
    pub on_action: Callback<Action>,
}

#[component]
pub fn PlanStep(props: &PlanStepProps) -> Html {
    let PlanStepProps {
        lang,
        answers,
        on_action,
    } = props;
    let lang = *lang;

    let on_region = on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetRegion(Region::from_code(&select.value()))
    });
    let selected_region = answers.region.map(Region::code).unwrap_or_default();

    let plan_options: Vec<_> = PlanType::ALL
        .into_iter()
        .map(|p| {
            (
                p.code(),
                t(lang, Text::PlanTypeName(p)),
                Some(t(lang, Text::PlanTypeExplain(p))),
            )
        })
        .collect();
    let urgency_options: Vec<_> = Urgency::ALL
        .into_iter()
        .map(|u| (u.code(), t(lang, Text::UrgencyName(u)), None))
        .collect();

    html! {
        <section class="screen step" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{ t(lang, Text::PlanTitle) }</h1>
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

            <RadioGroup name="plan-type" legend={t(lang, Text::PlanTypeLegend)}
                hint={t(lang, Text::PlanTypeHint)} options={plan_options}
                selected={answers.plan_type.map(PlanType::code)}
                on_select={on_action.reform(|code: &'static str| {
                    Action::SetPlanType(PlanType::from_code(code).unwrap_or(PlanType::NotSure))
                })} />

            <div class="warning" role="status">
                if answers.region_conflicts_with_plan() {
                    <p>{ t(lang, Text::RegionPlanConflict) }</p>
                }
            </div>

            <RadioGroup name="urgency" legend={t(lang, Text::UrgencyLegend)}
                hint={t(lang, Text::UrgencyHint)} options={urgency_options}
                selected={answers.urgency.map(Urgency::code)}
                on_select={on_action.reform(|code: &'static str| {
                    Action::SetUrgency(Urgency::from_code(code).unwrap_or(Urgency::NotSure))
                })} />

            <p class="saved-note">{ t(lang, Text::AnswersSavedNote) }</p>
            <nav class="step-nav" aria-label={t(lang, Text::PlanTitle)}>
                <button type="button" class="secondary"
                    onclick={on_action.reform(|_: MouseEvent| Action::Show(Screen::Welcome))}>
                    { t(lang, Text::BackToWelcome) }
                </button>
            </nav>
        </section>
    }
}
