//! The frame every step shares: "Step k of n", the heading (which takes focus on navigation),
//! the "what to do next" line, the step's own content, and Back / Next.

use yew::prelude::*;

use crate::i18n::{fill, t, Nav, Text};
use crate::state::{Action, Screen, Step};
use crate::ui::{View, HEADING_ID};

pub fn step_frame(view: &View, step: Step, on_action: &Callback<Action>, body: Html) -> Html {
    let lang = view.lang;
    let count = fill(
        t(lang, Nav::StepOfN),
        &[
            ("k", &step.number().to_string()),
            ("n", &Step::ALL.len().to_string()),
        ],
    );
    let go = |to: Screen| on_action.reform(move |_: MouseEvent| Action::Show(to));
    let label = |key: Nav, to: Step| fill(t(lang, key), &[("step", t(lang, Nav::StepName(to)))]);
    html! {
        <section class={classes!("screen", "step", format!("step-{}", step.code()))}
            aria-labelledby={HEADING_ID}>
            <p class="step-count">{ count }</p>
            <h1 id={HEADING_ID} tabindex="-1">{ t(lang, Nav::StepName(step)) }</h1>
            <div class="next-step" aria-live="polite" data-testid="next-step">
                <p><strong>{ t(lang, Nav::NextStepLabel) }</strong>{ " " }{ view.next_line.clone() }</p>
            </div>
            { body }
            <p class="saved-note">{ t(lang, Text::AnswersSavedNote) }</p>
            <nav class="step-nav" aria-label={t(lang, Nav::StepNavLabel)}>
                if let Some(previous) = step.previous() {
                    <button type="button" class="secondary" onclick={go(Screen::Step(previous))}>
                        { label(Nav::BackTo, previous) }
                    </button>
                } else {
                    <button type="button" class="secondary" onclick={go(Screen::Welcome)}>
                        { t(lang, Text::BackToWelcome) }
                    </button>
                }
                if let Some(next) = step.next() {
                    <button type="button" class="primary" onclick={go(Screen::Step(next))}>
                        { label(Nav::NextTo, next) }
                    </button>
                }
            </nav>
        </section>
    }
}
